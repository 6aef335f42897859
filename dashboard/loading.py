"""A snapshot read into the frames the pages show, with the columns they derive once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from catalog.errors import DatamapError
from catalog.store import open_snapshot
from dashboard.location import HOW_TO_SCAN, SnapshotProblem

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "fields": ("source", "dataset", "table", "name", "type", "category", "policy_category", "confidence",
               "explanation", "evidence_path", "evidence_line"),
    "findings": ("rule", "severity", "message", "subject", "category", "recipient", "fingerprint",
                 "evidence_path", "evidence_line", "path", "hops", "purpose", "purpose_source", "citation"),
    "edges": ("source", "target", "kind", "evidence_path", "evidence_line"),
    "flows": ("categories", "recipient", "path", "purpose", "purpose_source", "covered", "rule"),
    "nodes": ("id", "kind", "label", "categories", "attributes"),
}


@dataclass(frozen=True)
class Estate:
    """One snapshot as frames.

    ``fields`` gains ``node_id``, ``qualified_table``, ``personal``, ``store`` (not a code
    object) and ``evidence`` (``path:line``).
    """

    id: str
    folder: str
    metadata: dict[str, Any]
    fields: pd.DataFrame
    findings: pd.DataFrame
    edges: pd.DataFrame
    flows: pd.DataFrame
    nodes: pd.DataFrame
    policy: dict[str, Any] | None

    @property
    def created_at(self) -> str:
        return str(self.metadata.get("created_at", ""))

    @property
    def inputs(self) -> tuple[str, ...]:
        return tuple(str(i) for i in self.metadata.get("inputs") or ())

    def recipient_kinds(self) -> dict[str, str]:
        """Recipient id → its kind (advertising, payments…), from the lineage nodes."""
        rows = self.nodes[self.nodes["kind"] == "recipient"]
        kinds: dict[str, str] = {}
        for node_id, attributes in zip(rows["id"], rows["attributes"], strict=True):
            kind = _attributes(attributes).get("kind")
            if kind:
                kinds[node_id.removeprefix("recipient:")] = str(kind)
        return kinds


def _attributes(raw: Any) -> dict[str, Any]:
    try:
        value = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def evidence_text(paths: pd.Series, lines: pd.Series) -> pd.Series:
    """``path:line`` (or the path alone) for each row; empty where there is no path."""
    text = paths.fillna("").astype(str)
    numbers = lines.astype("Int64").astype(str).where(lines.notna(), "")
    return text.where(numbers == "", text + ":" + numbers)


def _field_frame(table: pa.Table) -> pd.DataFrame:
    fields = table.to_pandas()
    qualified = fields["table"].astype(str).where(fields["dataset"].isna(),
                                                  fields["dataset"].astype(str) + "." + fields["table"].astype(str))
    fields["qualified_table"] = qualified
    fields["node_id"] = "field:" + qualified.str.lower() + "." + fields["name"].astype(str).str.lower()
    fields["personal"] = fields["category"].notna()
    fields["store"] = fields["dataset"].notna() | ~fields["source"].astype(str).str.endswith(".py")
    fields["evidence"] = evidence_text(fields["evidence_path"], fields["evidence_line"])
    return fields


def _verdicts(flows: pa.Table) -> list[bool | None]:
    """The ``covered`` column as Python values: True, False, or None when there was no policy."""
    return flows.column("covered").to_pylist()


def _check_columns(name: str, table: pa.Table, where: str) -> None:
    missing = [c for c in REQUIRED_COLUMNS[name] if c not in table.column_names]
    if missing:
        raise SnapshotProblem(f"The {name} table of the snapshot lacks the columns {', '.join(missing)}: it was "
                              "written by a datamap version this dashboard does not read.", where,
                              f"Scan again to write a current snapshot: `{HOW_TO_SCAN}`.")


def load_estate(folder: str) -> Estate:
    """Read the snapshot at ``folder``; anything wrong with it is a SnapshotProblem."""
    try:
        snapshot = open_snapshot(folder if "://" in folder else Path(folder))
    except DatamapError as error:
        raise SnapshotProblem(f"The snapshot cannot be read: {error.message}", error.path or folder,
                              f"Scan again to write a fresh snapshot: `{HOW_TO_SCAN}`.") from None
    for name in REQUIRED_COLUMNS:
        if name not in snapshot.tables:
            raise SnapshotProblem(f"The snapshot has no {name} table.", folder,
                                  f"Scan again to write a complete snapshot: `{HOW_TO_SCAN}`.")
        _check_columns(name, snapshot.tables[name], folder)
    try:
        frames = {name: snapshot.tables[name].to_pandas() for name in ("findings", "edges", "flows", "nodes")}
        frames["flows"]["covered"] = pd.Series(_verdicts(snapshot.tables["flows"]), dtype=object)
        fields = _field_frame(snapshot.tables["fields"])
    except (pa.ArrowException, ValueError, TypeError) as error:
        raise SnapshotProblem(f"The snapshot's tables cannot be read: {error}", folder,
                              f"Scan again to write a fresh snapshot: `{HOW_TO_SCAN}`.") from None
    return Estate(snapshot.id, folder, snapshot.metadata, fields, frames["findings"], frames["edges"],
                  frames["flows"], frames["nodes"], snapshot.policy)
