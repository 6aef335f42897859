"""Snapshots: the inventory, lineage and findings as Parquet tables plus metadata, on any filesystem.

A snapshot location is a folder (default ``.datamap``) or any URI a pyarrow filesystem
supports (``s3://bucket/team/datamap``, ``gs://…``, ``file:///…``). Layout:
``<location>/snapshots/<id>/`` holding ``fields``, ``findings``, ``edges``, ``flows``
and ``nodes`` (``.parquet``), ``policy.json`` (the policy the scan was held against,
when there was one) and ``metadata.json``. Ids sort by time. Raw sampled values are
never written.

Versions: ``schema_version`` in the metadata is the layout of the snapshot folder;
each table carries its own version (in the metadata's ``tables`` and in the Parquet
schema metadata). Older tables are upgraded on read by ``catalog.snapshot_tables``;
a newer one is refused with a message saying so.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata as dist_metadata
from pathlib import Path, PurePosixPath
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from catalog.coverage import Verdict
from catalog.errors import DatamapError
from catalog.inventory import Inventory
from catalog.lineage import LineageGraph
from catalog.model import Edge, ScanError
from catalog.snapshot_tables import (
    EDGES_SCHEMA,
    FIELDS_SCHEMA,
    FINDINGS_SCHEMA,
    FLOWS_SCHEMA,
    NODES_SCHEMA,
    TABLE_VERSIONS,
    VERSION_KEY,
    edge_rows,
    field_rows,
    finding_rows,
    flow_rows,
    node_rows,
    upgrade_table,
)

__all__ = [
    "EDGES_SCHEMA", "FIELDS_SCHEMA", "FINDINGS_SCHEMA", "FLOWS_SCHEMA", "NODES_SCHEMA", "SCHEMA_VERSION",
    "SNAPSHOT_TABLES", "Snapshot", "SnapshotStore", "edge_rows", "field_rows", "finding_rows", "flow_rows",
    "list_snapshots", "node_rows", "open_snapshot", "write_snapshot",
]

SCHEMA_VERSION = 1
"""The layout of a snapshot folder and its metadata; table versions are in ``TABLE_VERSIONS``."""
SNAPSHOT_TABLES = ("fields", "findings", "edges", "flows", "nodes")
DEFAULT_LOCATION = ".datamap"


def git_commit(folder: Path) -> str | None:
    """The commit checked out where ``folder`` is, when it is in a git work tree."""
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True,
                              timeout=5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def _scan_commit(inputs: Sequence[str]) -> str | None:
    """The commit of the first scanned folder in a repository; of the working directory when no input is a path."""
    paths = [Path(item) for item in inputs if Path(item).exists()]
    if not paths:
        return git_commit(Path.cwd())
    for path in paths:
        if commit := git_commit(path if path.is_dir() else path.parent):
            return commit
    return None


def _datamap_version() -> str | None:
    try:
        return dist_metadata.version("datamap")
    except dist_metadata.PackageNotFoundError:
        return None


def is_uri(location: str | Path) -> bool:
    """True for ``scheme://…`` locations, which go through pyarrow's filesystems."""
    return isinstance(location, str) and "://" in location


@dataclass(frozen=True)
class Snapshot:
    """A snapshot read back: its metadata, its tables and the policy it was held against.

    ``folder`` is the snapshot's path (inside its filesystem for a URI); ``location``
    is how to name it to a person (a local path or the URI).
    """

    folder: Path
    metadata: dict[str, Any]
    tables: dict[str, pa.Table]
    policy: dict[str, Any] | None
    location: str = ""

    @property
    def id(self) -> str:
        return str(self.metadata["id"])

    @property
    def created_at(self) -> str:
        return str(self.metadata.get("created_at", ""))


class SnapshotStore:
    """The snapshots under one location, read and written through a pyarrow filesystem."""

    def __init__(self, filesystem: pafs.FileSystem, root: str, display: str) -> None:
        self.filesystem = filesystem
        self.root = root if root == "/" else root.rstrip("/")
        self.display = display

    @classmethod
    def at(cls, location: str | Path = DEFAULT_LOCATION) -> SnapshotStore:
        """The store at a local folder or a filesystem URI; an unusable URI is a DatamapError."""
        if not is_uri(location):
            path = Path(location).absolute()
            return cls(pafs.LocalFileSystem(), path.as_posix(), str(location))
        try:
            filesystem, root = pafs.FileSystem.from_uri(str(location))
        except (pa.ArrowException, OSError, ValueError) as error:
            raise DatamapError(f"cannot open snapshot location: {_reason(error)}", str(location)) from None
        return cls(filesystem, root, str(location))

    def _join(self, *parts: str) -> str:
        return _join(self.root, *parts)

    def _info(self, path: str) -> pafs.FileInfo:
        try:
            return self.filesystem.get_file_info(path)
        except (pa.ArrowException, OSError) as error:
            raise DatamapError(f"cannot reach snapshot location: {_reason(error)}", self.display) from None

    def _base(self) -> str:
        nested = self._join("snapshots")
        return nested if self._info(nested).type == pafs.FileType.Directory else self.root

    def ids(self) -> list[str]:
        """The ids of the snapshots here, oldest first."""
        base = self._base()
        try:
            infos = self.filesystem.get_file_info(pafs.FileSelector(base, allow_not_found=True))
        except (pa.ArrowException, OSError) as error:
            raise DatamapError(f"cannot list snapshots: {_reason(error)}", self.display) from None
        folders = sorted(i.base_name for i in infos if i.type == pafs.FileType.Directory)
        return [f for f in folders if self._info(_join(base, f, "metadata.json")).type == pafs.FileType.File]

    def folder(self, snapshot_id: str) -> str:
        return _join(self._base(), snapshot_id)

    def describe(self, snapshot_id: str) -> str:
        """How to name a snapshot to a person: its local path or its URI."""
        if isinstance(self.filesystem, pafs.LocalFileSystem) and not is_uri(self.display):
            return str(Path(self.display) / Path(self.folder(snapshot_id)).relative_to(self.root))
        return f"{self.display.rstrip('/')}/{self.folder(snapshot_id)[len(self.root):].lstrip('/')}"

    def metadata(self, snapshot_id: str) -> dict[str, Any]:
        """Only the metadata of one snapshot (cheap: no table is read)."""
        return _read_json(self.filesystem, f"{self.folder(snapshot_id)}/metadata.json", self.describe(snapshot_id))

    def open(self, snapshot_id: str) -> Snapshot:
        """Read one snapshot, upgrading older tables; a missing or unreadable part is a DatamapError."""
        return _open(self.filesystem, self.folder(snapshot_id), self.describe(snapshot_id))

    def write(self, inventory: Inventory, errors: list[ScanError], stats: dict[str, int], meta: dict[str, Any],
              edges: Sequence[Edge] = (), verdicts: Sequence[Verdict] = (), graph: LineageGraph | None = None,
              policy: dict[str, Any] | None = None, now: datetime | None = None) -> str:
        """Write one snapshot under ``<location>/snapshots`` and return its id."""
        now = now or datetime.now(UTC)
        snapshot_id = now.strftime("%Y%m%dT%H%M%S%fZ")
        folder = self._join("snapshots", snapshot_id)
        inputs = [str(p) for p in meta.get("inputs", ())]
        tables = {
            "fields": pa.table(field_rows(inventory, inputs), schema=FIELDS_SCHEMA),
            "findings": pa.table(finding_rows(inventory), schema=FINDINGS_SCHEMA),
            "edges": pa.table(edge_rows(edges), schema=EDGES_SCHEMA),
            "flows": pa.table(flow_rows(verdicts, inputs), schema=FLOWS_SCHEMA),
            "nodes": pa.table(node_rows(graph), schema=NODES_SCHEMA),
        }
        try:
            if self._info(folder).type != pafs.FileType.NotFound:
                raise DatamapError("a snapshot with this id already exists", f"{self.display}/{snapshot_id}")
            self.filesystem.create_dir(folder, recursive=True)
            for name, table in tables.items():
                pq.write_table(table, f"{folder}/{name}.parquet", filesystem=self.filesystem)
            if policy is not None:
                _write_json(self.filesystem, f"{folder}/policy.json", policy)
            _write_json(self.filesystem, f"{folder}/metadata.json", {
                "id": snapshot_id,
                "schema_version": SCHEMA_VERSION,
                "tables": {name: {"version": TABLE_VERSIONS[name], "rows": t.num_rows} for name, t in tables.items()},
                "created_at": now.isoformat(timespec="seconds"),
                "git_commit": _scan_commit(inputs),
                "datamap_version": _datamap_version(),
                "stats": stats,
                "errors": [{"path": e.path, "line": e.line, "reason": e.reason, "kind": e.kind} for e in errors],
                **meta,
            })
        except (pa.ArrowException, OSError) as error:
            raise DatamapError(f"cannot write snapshot: {_reason(error)}", self.display) from None
        return snapshot_id


def _join(*parts: str) -> str:
    """Join filesystem path parts with '/', keeping a leading '/' and skipping empty parts."""
    lead = "/" if parts and parts[0].startswith("/") else ""
    return lead + "/".join(p.strip("/") for p in parts if p.strip("/"))


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _write_json(filesystem: pafs.FileSystem, path: str, data: dict[str, Any]) -> None:
    with filesystem.open_output_stream(path) as out:
        out.write((json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def _read_json(filesystem: pafs.FileSystem, path: str, where: str) -> dict[str, Any]:
    try:
        with filesystem.open_input_stream(path) as stream:
            data = json.loads(stream.read().decode("utf-8"))
    except (pa.ArrowException, OSError, ValueError) as error:
        raise DatamapError(f"not a readable snapshot: {_reason(error)}", where) from None
    if not isinstance(data, dict):
        raise DatamapError(f"not a readable snapshot: {PurePosixPath(path).name} is not a JSON object", where)
    return data


def _open(filesystem: pafs.FileSystem, folder: str, where: str) -> Snapshot:
    metadata = _read_json(filesystem, f"{folder}/metadata.json", where)
    version = metadata.get("schema_version")
    if version != SCHEMA_VERSION:
        raise DatamapError(f"snapshot layout version {version} is not one this datamap reads ({SCHEMA_VERSION}); "
                           "it was written by another datamap version: scan again to write a current snapshot", where)
    declared = metadata.get("tables") or {}
    tables: dict[str, pa.Table] = {}
    for name in SNAPSHOT_TABLES:
        try:
            table = pq.read_table(f"{folder}/{name}.parquet", filesystem=filesystem)
        except (pa.ArrowException, OSError) as error:
            raise DatamapError(f"cannot read {name}.parquet: {_reason(error)}", where) from None
        stored = (table.schema.metadata or {}).get(VERSION_KEY)
        table_version = int(stored) if stored else int((declared.get(name) or {}).get("version", 1))
        tables[name] = upgrade_table(name, table, table_version, metadata, where)
    policy_path = f"{folder}/policy.json"
    has_policy = filesystem.get_file_info(policy_path).type == pafs.FileType.File
    policy = _read_json(filesystem, policy_path, where) if has_policy else None
    return Snapshot(Path(folder), metadata, tables, policy, where)


# Compatibility with the first API: local folders as Paths -------------------------------


def write_snapshot(root: Path | str, inventory: Inventory, errors: list[ScanError], stats: dict[str, int],
                   meta: dict[str, Any], edges: Sequence[Edge] = (), verdicts: Sequence[Verdict] = (),
                   graph: LineageGraph | None = None, policy: dict[str, Any] | None = None) -> str:
    """Write one snapshot under ``root/snapshots`` (a folder or URI) and return where it went."""
    store = SnapshotStore.at(root)
    snapshot_id = store.write(inventory, errors, stats, meta, edges, verdicts, graph, policy)
    return store.describe(snapshot_id)


def list_snapshots(root: Path | str) -> list[Path | str]:
    """Snapshot folders under ``root`` (a ``.datamap`` folder or its ``snapshots`` folder), oldest first.

    Local folders come back as Paths; for a URI, the URI of each snapshot folder.
    """
    store = SnapshotStore.at(root if is_uri(root) else Path(root))
    if isinstance(store.filesystem, pafs.LocalFileSystem) and not is_uri(root):
        return [Path(store.folder(snapshot_id)) for snapshot_id in store.ids()]
    return [store.describe(snapshot_id) for snapshot_id in store.ids()]


def open_snapshot(folder: Path | str) -> Snapshot:
    """Read a snapshot folder (a local path or a URI); a missing or unreadable part is a DatamapError."""
    if is_uri(folder):
        store = SnapshotStore.at(str(folder))
        return _open(store.filesystem, store.root, str(folder))
    return _open(pafs.LocalFileSystem(), Path(folder).absolute().as_posix(), str(folder))
