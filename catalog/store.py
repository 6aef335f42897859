"""Snapshots on disk: the inventory as Parquet tables plus a small metadata record.

Layout: ``<root>/snapshots/<id>/fields.parquet``, ``findings.parquet``,
``metadata.json``. Ids sort by time. Raw sampled values are never written.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from catalog.inventory import Inventory
from catalog.model import Edge, Flow, ScanError

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
    ("evidence_path", pa.string()), ("evidence_line", pa.int64()),
])


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
        values = (finding.rule, finding.severity, finding.message, finding.subject, finding.category,
                  finding.recipient, finding.fingerprint, ev.path if ev else None, ev.line if ev else None)
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
    ("evidence_path", pa.string()), ("evidence_line", pa.int64()),
])


def edge_rows(edges: Sequence[Edge]) -> dict[str, list[Any]]:
    return {
        "source": [e.source for e in edges], "target": [e.target for e in edges], "kind": [e.kind for e in edges],
        "transform": [e.transform for e in edges], "purpose": [e.purpose for e in edges],
        "purpose_source": [e.purpose_source for e in edges],
        "evidence_path": [e.evidence.path if e.evidence else None for e in edges],
        "evidence_line": [e.evidence.line if e.evidence else None for e in edges],
    }


def flow_rows(flows: Sequence[Flow]) -> dict[str, list[Any]]:
    return {
        "categories": [list(f.categories) for f in flows], "recipient": [f.recipient for f in flows],
        "path": [list(f.path) for f in flows], "purpose": [f.purpose for f in flows],
        "purpose_source": [f.purpose_source for f in flows], "transforms": [list(f.transforms) for f in flows],
        "evidence_path": [f.evidence.path if f.evidence else None for f in flows],
        "evidence_line": [f.evidence.line if f.evidence else None for f in flows],
    }


def git_commit(folder: Path) -> str | None:
    """The commit checked out where the scan ran, when it is a git work tree."""
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True,
                              timeout=5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def write_snapshot(root: Path, inventory: Inventory, errors: list[ScanError], stats: dict[str, int],
                   meta: dict[str, Any], edges: Sequence[Edge] = (), flows: Sequence[Flow] = ()) -> Path:
    """Write one snapshot under ``root/snapshots`` and return its folder."""
    now = datetime.now(UTC)
    snapshot_id = now.strftime("%Y%m%dT%H%M%S%fZ")
    folder = root / "snapshots" / snapshot_id
    folder.mkdir(parents=True, exist_ok=False)
    pq.write_table(pa.table(field_rows(inventory), schema=FIELDS_SCHEMA), folder / "fields.parquet")
    pq.write_table(pa.table(finding_rows(inventory), schema=FINDINGS_SCHEMA), folder / "findings.parquet")
    pq.write_table(pa.table(edge_rows(edges), schema=EDGES_SCHEMA), folder / "edges.parquet")
    pq.write_table(pa.table(flow_rows(flows), schema=FLOWS_SCHEMA), folder / "flows.parquet")
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


def read_fields(folder: Path) -> pa.Table:
    """The fields table of a snapshot folder."""
    return pq.read_table(folder / "fields.parquet")
