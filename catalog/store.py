"""Snapshots on disk: the inventory, lineage and findings as Parquet tables plus metadata.

Layout: ``<root>/snapshots/<id>/`` holding ``fields``, ``findings``, ``edges``,
``flows`` and ``nodes`` (``.parquet``), ``policy.json`` (the policy the scan was
held against, when there was one) and ``metadata.json``. Ids sort by time. Raw
sampled values are never written.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from catalog.coverage import Verdict
from catalog.errors import DatamapError
from catalog.inventory import Inventory
from catalog.lineage import LineageGraph
from catalog.model import Edge, ScanError

SCHEMA_VERSION = 1

FIELDS_SCHEMA = pa.schema([
    ("source", pa.string()), ("dataset", pa.string()), ("table", pa.string()), ("name", pa.string()),
    ("type", pa.string()), ("comment", pa.string()), ("primary_key", pa.bool_()),
    ("references", pa.string()), ("category", pa.string()), ("policy_category", pa.string()),
    ("undisclosed", pa.bool_()), ("confidence", pa.float64()), ("pinned", pa.bool_()),
    ("explanation", pa.string()), ("evidence_path", pa.string()), ("evidence_line", pa.int64()),
])
FINDINGS_SCHEMA = pa.schema([
    ("rule", pa.string()), ("severity", pa.string()), ("message", pa.string()), ("subject", pa.string()),
    ("category", pa.string()), ("recipient", pa.string()), ("fingerprint", pa.string()),
    ("evidence_path", pa.string()), ("evidence_line", pa.int64()), ("path", pa.list_(pa.string())),
    ("hops", pa.list_(pa.string())), ("purpose", pa.string()), ("purpose_source", pa.string()),
    ("citation", pa.string()),
])
NODES_SCHEMA = pa.schema([
    ("id", pa.string()), ("kind", pa.string()), ("label", pa.string()), ("categories", pa.list_(pa.string())),
    ("attributes", pa.string()),
])
SNAPSHOT_TABLES = ("fields", "findings", "edges", "flows", "nodes")


def field_rows(inventory: Inventory) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {name: [] for name in FIELDS_SCHEMA.names}
    for record in inventory.records:
        f, c = record.field, record.classification
        ref = f"{f.references.table}.{f.references.column}" if f.references and f.references.column else (
            f.references.table if f.references else None)
        values = (f.source, f.dataset, f.table, f.name, f.type, f.comment, f.primary_key, ref, c.category,
                  record.policy_category, record.undisclosed, c.confidence, c.pinned, c.explanation,
                  f.evidence.path if f.evidence else None, f.evidence.line if f.evidence else None)
        for name, value in zip(FIELDS_SCHEMA.names, values, strict=True):
            columns[name].append(value)
    return columns


def finding_rows(inventory: Inventory) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {name: [] for name in FINDINGS_SCHEMA.names}
    for finding in inventory.findings:
        ev = finding.evidence
        hops = [str(hop) if hop else None for hop in finding.hops]
        values = (finding.rule, finding.severity, finding.message, finding.subject, finding.category,
                  finding.recipient, finding.fingerprint, ev.path if ev else None, ev.line if ev else None,
                  list(finding.path), hops, finding.purpose, finding.purpose_source, finding.citation)
        for name, value in zip(FINDINGS_SCHEMA.names, values, strict=True):
            columns[name].append(value)
    return columns


EDGES_SCHEMA = pa.schema([
    ("source", pa.string()), ("target", pa.string()), ("kind", pa.string()), ("transform", pa.string()),
    ("purpose", pa.string()), ("purpose_source", pa.string()), ("evidence_path", pa.string()),
    ("evidence_line", pa.int64()),
])
FLOWS_SCHEMA = pa.schema([
    ("categories", pa.list_(pa.string())), ("recipient", pa.string()), ("path", pa.list_(pa.string())),
    ("purpose", pa.string()), ("purpose_source", pa.string()), ("transforms", pa.list_(pa.string())),
    ("evidence_path", pa.string()), ("evidence_line", pa.int64()), ("covered", pa.bool_()), ("rule", pa.string()),
])


def edge_rows(edges: Sequence[Edge]) -> dict[str, list[Any]]:
    return {
        "source": [e.source for e in edges], "target": [e.target for e in edges], "kind": [e.kind for e in edges],
        "transform": [e.transform for e in edges], "purpose": [e.purpose for e in edges],
        "purpose_source": [e.purpose_source for e in edges],
        "evidence_path": [e.evidence.path if e.evidence else None for e in edges],
        "evidence_line": [e.evidence.line if e.evidence else None for e in edges],
    }


def flow_rows(verdicts: Sequence[Verdict]) -> dict[str, list[Any]]:
    flows = [v.flow for v in verdicts]
    return {
        "categories": [list(f.categories) for f in flows], "recipient": [f.recipient for f in flows],
        "path": [list(f.path) for f in flows], "purpose": [f.purpose for f in flows],
        "purpose_source": [f.purpose_source for f in flows], "transforms": [list(f.transforms) for f in flows],
        "evidence_path": [f.evidence.path if f.evidence else None for f in flows],
        "evidence_line": [f.evidence.line if f.evidence else None for f in flows],
        "covered": [v.covered for v in verdicts], "rule": [v.rule for v in verdicts],
    }


def node_rows(graph: LineageGraph | None) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {name: [] for name in NODES_SCHEMA.names}
    if graph is None:
        return columns
    for node, data in graph.graph.nodes(data=True):
        columns["id"].append(node)
        columns["kind"].append(data.get("kind"))
        columns["label"].append(data.get("label"))
        columns["categories"].append(sorted(data.get("categories", ())))
        columns["attributes"].append(json.dumps(data.get("attributes") or {}, sort_keys=True))
    return columns


def git_commit(folder: Path) -> str | None:
    """The commit checked out where the scan ran, when it is a git work tree."""
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True,
                              timeout=5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def write_snapshot(root: Path, inventory: Inventory, errors: list[ScanError], stats: dict[str, int],
                   meta: dict[str, Any], edges: Sequence[Edge] = (), verdicts: Sequence[Verdict] = (),
                   graph: LineageGraph | None = None, policy: dict[str, Any] | None = None) -> Path:
    """Write one snapshot under ``root/snapshots`` and return its folder."""
    now = datetime.now(UTC)
    snapshot_id = now.strftime("%Y%m%dT%H%M%S%fZ")
    folder = root / "snapshots" / snapshot_id
    folder.mkdir(parents=True, exist_ok=False)
    tables = {
        "fields": (field_rows(inventory), FIELDS_SCHEMA), "findings": (finding_rows(inventory), FINDINGS_SCHEMA),
        "edges": (edge_rows(edges), EDGES_SCHEMA), "flows": (flow_rows(verdicts), FLOWS_SCHEMA),
        "nodes": (node_rows(graph), NODES_SCHEMA),
    }
    for name, (rows, schema) in tables.items():
        pq.write_table(pa.table(rows, schema=schema), folder / f"{name}.parquet")
    if policy is not None:
        (folder / "policy.json").write_text(json.dumps(policy, indent=2, sort_keys=True) + "\n", "utf-8")
    metadata = {
        "id": snapshot_id,
        "schema_version": SCHEMA_VERSION,
        "created_at": now.isoformat(timespec="seconds"),
        "git_commit": git_commit(Path.cwd()),
        "stats": stats,
        "errors": [{"path": e.path, "line": e.line, "reason": e.reason, "kind": e.kind} for e in errors],
        **meta,
    }
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", "utf-8")
    return folder


@dataclass(frozen=True)
class Snapshot:
    """A snapshot read back: its metadata, its tables and the policy it was held against."""

    folder: Path
    metadata: dict[str, Any]
    tables: dict[str, pa.Table]
    policy: dict[str, Any] | None

    @property
    def id(self) -> str:
        return str(self.metadata["id"])


def list_snapshots(root: Path) -> list[Path]:
    """Snapshot folders under ``root`` (a ``.datamap`` folder or its ``snapshots`` folder), oldest first."""
    base = root / "snapshots" if (root / "snapshots").is_dir() else root
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if (p / "metadata.json").is_file())


def open_snapshot(folder: Path) -> Snapshot:
    """Read a snapshot folder; a missing or unreadable part is a DatamapError naming it."""
    try:
        metadata = json.loads((folder / "metadata.json").read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise DatamapError(f"not a readable snapshot: {error}", str(folder)) from None
    version = metadata.get("schema_version")
    if version != SCHEMA_VERSION:
        raise DatamapError(f"snapshot schema version {version} is not the version this datamap reads "
                           f"({SCHEMA_VERSION}); scan again to write a current snapshot", str(folder))
    tables: dict[str, pa.Table] = {}
    for name in SNAPSHOT_TABLES:
        path = folder / f"{name}.parquet"
        try:
            tables[name] = pq.read_table(path)
        except (OSError, pa.ArrowInvalid) as error:
            raise DatamapError(f"cannot read {name}.parquet: {error}", str(path)) from None
    policy_path = folder / "policy.json"
    policy = json.loads(policy_path.read_text("utf-8")) if policy_path.is_file() else None
    return Snapshot(folder, metadata, tables, policy)
