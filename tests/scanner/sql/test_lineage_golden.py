"""Golden files for SQL column lineage: each fixture's edges, new fields, errors and counts, exactly.

Regenerate after an intended change with:
    DATAMAP_REGEN_GOLDEN=1 python -m pytest tests/scanner/sql/test_lineage_golden.py
and review the diff of ``fixtures/lineage/*.expected.json``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from catalog.model import ReadResult
from scanner.options import ReadOptions
from scanner.sql.reader import read_sql_file

FIXTURES = Path(__file__).parent / "fixtures" / "lineage"


def snapshot(result: ReadResult) -> dict[str, object]:
    """Edges as ``source -> target kind[/transform] @line``; fields as ``table.column``."""
    edges = [
        f"{e.source} -> {e.target} {e.kind}{'/' + e.transform if e.transform else ''} @{e.evidence.line}"
        for e in result.edges
        if e.evidence is not None
    ]
    fields = [f"{f.qualified_table}.{f.name} @{f.evidence.line if f.evidence else None}" for f in result.fields]
    errors = [f"{e.line}: {e.kind}: {e.reason}" for e in result.errors]
    return {"edges": edges, "fields": fields, "errors": errors, "stats": dict(sorted(result.stats.items()))}


CASES = sorted(p.stem for p in FIXTURES.glob("*.sql"))


@pytest.mark.parametrize("name", CASES)
def test_lineage_matches_golden_file(name: str) -> None:
    actual = snapshot(read_sql_file(str(FIXTURES / f"{name}.sql"), ReadOptions()))
    expected_path = FIXTURES / f"{name}.expected.json"
    if os.environ.get("DATAMAP_REGEN_GOLDEN"):
        expected_path.write_text(json.dumps(actual, indent=2) + "\n", "utf-8")
    assert actual == json.loads(expected_path.read_text("utf-8"))


def test_every_edge_names_contract_node_ids() -> None:
    for name in CASES:
        for edge in read_sql_file(str(FIXTURES / f"{name}.sql"), ReadOptions()).edges:
            for end in (edge.source, edge.target):
                assert end.startswith("field:") and end == end.lower() and end.count(".") in (1, 2), end
            assert (edge.kind, edge.transform) in {
                ("copies", None), ("derives", "expression"), ("derives", "hashed"), ("derives", "aggregate")}
