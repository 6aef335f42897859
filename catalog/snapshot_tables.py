"""The Parquet tables of a snapshot: their schemas, versions, rows, and upgrades of older versions.

Each table has its own version, written into the Parquet schema metadata under
``datamap.version``. A table written by an older datamap is upgraded on read, one
version at a time, by the functions in ``UPGRADES``; a newer one is refused.

Version history:

- fields 2, flows 2: a line-free ``key`` column (sources relative to the scanned
  inputs, no line numbers), so history can match a field or flow across scans made
  from different checkouts. Version 1 tables get it computed on read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import pyarrow as pa

from catalog.coverage import Verdict
from catalog.errors import DatamapError
from catalog.inventory import Inventory
from catalog.lineage import LineageGraph
from catalog.model import Edge, line_free

VERSION_KEY = b"datamap.version"


def _versioned(columns: list[tuple[str, pa.DataType]], version: int) -> pa.Schema:
    return pa.schema(columns, metadata={VERSION_KEY: str(version).encode()})


FIELDS_SCHEMA = _versioned([
    ("source", pa.string()), ("dataset", pa.string()), ("table", pa.string()), ("name", pa.string()),
    ("type", pa.string()), ("comment", pa.string()), ("primary_key", pa.bool_()),
    ("references", pa.string()), ("category", pa.string()), ("policy_category", pa.string()),
    ("undisclosed", pa.bool_()), ("confidence", pa.float64()), ("pinned", pa.bool_()),
    ("explanation", pa.string()), ("evidence_path", pa.string()), ("evidence_line", pa.int64()),
    ("key", pa.string()),
], 2)
FINDINGS_SCHEMA = _versioned([
    ("rule", pa.string()), ("severity", pa.string()), ("message", pa.string()), ("subject", pa.string()),
    ("category", pa.string()), ("recipient", pa.string()), ("fingerprint", pa.string()),
    ("evidence_path", pa.string()), ("evidence_line", pa.int64()), ("path", pa.list_(pa.string())),
    ("hops", pa.list_(pa.string())), ("purpose", pa.string()), ("purpose_source", pa.string()),
    ("citation", pa.string()),
], 1)
EDGES_SCHEMA = _versioned([
    ("source", pa.string()), ("target", pa.string()), ("kind", pa.string()), ("transform", pa.string()),
    ("purpose", pa.string()), ("purpose_source", pa.string()), ("evidence_path", pa.string()),
    ("evidence_line", pa.int64()),
], 1)
FLOWS_SCHEMA = _versioned([
    ("categories", pa.list_(pa.string())), ("recipient", pa.string()), ("path", pa.list_(pa.string())),
    ("purpose", pa.string()), ("purpose_source", pa.string()), ("transforms", pa.list_(pa.string())),
    ("evidence_path", pa.string()), ("evidence_line", pa.int64()), ("covered", pa.bool_()), ("rule", pa.string()),
    ("key", pa.string()),
], 2)
NODES_SCHEMA = _versioned([
    ("id", pa.string()), ("kind", pa.string()), ("label", pa.string()), ("categories", pa.list_(pa.string())),
    ("attributes", pa.string()),
], 1)
SCHEMAS: dict[str, pa.Schema] = {
    "fields": FIELDS_SCHEMA, "findings": FINDINGS_SCHEMA, "edges": EDGES_SCHEMA, "flows": FLOWS_SCHEMA,
    "nodes": NODES_SCHEMA,
}
TABLE_VERSIONS = {name: int(schema.metadata[VERSION_KEY]) for name, schema in SCHEMAS.items()}


# Line-free identities ------------------------------------------------------------------


def relative_to_inputs(text: str, inputs: Sequence[str]) -> str:
    """``text`` with every scanned input folder taken off the paths it contains."""
    for root in sorted((i.rstrip("/") for i in inputs if i.strip("/")), key=len, reverse=True):
        text = text.replace(root + "/", "")
    return text


def field_key(source: str, dataset: str | None, table: str, name: str, inputs: Sequence[str]) -> str:
    """A field's identity across scans: its source relative to the inputs, its table and name."""
    qualified = f"{dataset}.{table}" if dataset else table
    return f"{relative_to_inputs(source, inputs)}::{qualified}.{name}"


def flow_key(categories: Sequence[str], recipient: str, path: Sequence[str], inputs: Sequence[str]) -> str:
    """A flow's identity across scans: categories, recipient, and its path without line numbers."""
    hops = " -> ".join(line_free(relative_to_inputs(node, inputs)) for node in path)
    return f"{','.join(sorted(categories))} | {recipient} | {hops}"


# Rows ----------------------------------------------------------------------------------


def field_rows(inventory: Inventory, inputs: Sequence[str] = ()) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {name: [] for name in FIELDS_SCHEMA.names}
    for record in inventory.records:
        f, c = record.field, record.classification
        ref = f"{f.references.table}.{f.references.column}" if f.references and f.references.column else (
            f.references.table if f.references else None)
        values = (f.source, f.dataset, f.table, f.name, f.type, f.comment, f.primary_key, ref, c.category,
                  record.policy_category, record.undisclosed, c.confidence, c.pinned, c.explanation,
                  f.evidence.path if f.evidence else None, f.evidence.line if f.evidence else None,
                  field_key(f.source, f.dataset, f.table, f.name, inputs))
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


def edge_rows(edges: Sequence[Edge]) -> dict[str, list[Any]]:
    return {
        "source": [e.source for e in edges], "target": [e.target for e in edges], "kind": [e.kind for e in edges],
        "transform": [e.transform for e in edges], "purpose": [e.purpose for e in edges],
        "purpose_source": [e.purpose_source for e in edges],
        "evidence_path": [e.evidence.path if e.evidence else None for e in edges],
        "evidence_line": [e.evidence.line if e.evidence else None for e in edges],
    }


def flow_rows(verdicts: Sequence[Verdict], inputs: Sequence[str] = ()) -> dict[str, list[Any]]:
    flows = [v.flow for v in verdicts]
    return {
        "categories": [list(f.categories) for f in flows], "recipient": [f.recipient for f in flows],
        "path": [list(f.path) for f in flows], "purpose": [f.purpose for f in flows],
        "purpose_source": [f.purpose_source for f in flows], "transforms": [list(f.transforms) for f in flows],
        "evidence_path": [f.evidence.path if f.evidence else None for f in flows],
        "evidence_line": [f.evidence.line if f.evidence else None for f in flows],
        "covered": [v.covered for v in verdicts], "rule": [v.rule for v in verdicts],
        "key": [flow_key(f.categories, f.recipient, f.path, inputs) for f in flows],
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


# Upgrades ------------------------------------------------------------------------------

Upgrade = Callable[[pa.Table, dict[str, Any]], pa.Table]


def _fields_1_to_2(table: pa.Table, metadata: dict[str, Any]) -> pa.Table:
    inputs = [str(i) for i in metadata.get("inputs") or ()]
    rows = table.select(["source", "dataset", "table", "name"]).to_pylist()
    keys = [field_key(r["source"] or "", r["dataset"], r["table"] or "", r["name"] or "", inputs) for r in rows]
    return table.append_column("key", pa.array(keys, pa.string()))


def _flows_1_to_2(table: pa.Table, metadata: dict[str, Any]) -> pa.Table:
    inputs = [str(i) for i in metadata.get("inputs") or ()]
    rows = table.select(["categories", "recipient", "path"]).to_pylist()
    keys = [flow_key(r["categories"] or [], r["recipient"] or "", r["path"] or [], inputs) for r in rows]
    return table.append_column("key", pa.array(keys, pa.string()))


UPGRADES: dict[tuple[str, int], Upgrade] = {
    ("fields", 1): _fields_1_to_2,
    ("flows", 1): _flows_1_to_2,
}


def upgrade_table(name: str, table: pa.Table, version: int, metadata: dict[str, Any], where: str) -> pa.Table:
    """Bring a table read at ``version`` to the current schema, or raise a DatamapError saying why not."""
    current = TABLE_VERSIONS[name]
    if version > current:
        raise DatamapError(f"table {name} has version {version}, newer than this datamap reads ({current}); "
                           "upgrade datamap to read this snapshot", where)
    while version < current:
        step = UPGRADES.get((name, version))
        if step is None:
            raise DatamapError(f"table {name} version {version} cannot be upgraded to {current}; "
                               "scan again to write a current snapshot", where)
        table = step(table, metadata)
        version += 1
    missing = [n for n in SCHEMAS[name].names if n not in table.column_names]
    if missing:
        raise DatamapError(f"table {name} lacks columns {', '.join(missing)}", where)
    return table.select(SCHEMAS[name].names).cast(SCHEMAS[name])
