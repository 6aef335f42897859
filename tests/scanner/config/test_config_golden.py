"""Golden files for the config reader: each fixture's fields, nodes, edges, errors and counts, exactly.

Regenerate after an intended change with:
    DATAMAP_REGEN_GOLDEN=1 python -m pytest tests/scanner/config/test_config_golden.py
and review the diff of ``golden/*.json``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from catalog.model import Edge, Evidence, Field, Node, ReadResult
from scanner.config.reader import read_config_file
from scanner.options import ReadOptions

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parents[3]
CASES = sorted(
    p.relative_to(FIXTURES).as_posix()
    for p in FIXTURES.rglob("*")
    if p.is_file() and not p.name.endswith(".bin")
)


def _relative(text: str) -> str:
    """Fixture paths inside ids and evidence, relative to the repository root."""
    return text.replace(str(FIXTURES) + os.sep, "fixtures/").replace(str(FIXTURES) + "/", "fixtures/")


def _evidence(evidence: Evidence | None) -> dict[str, object] | None:
    return {"path": _relative(evidence.path), "line": evidence.line} if evidence else None


def _field(item: Field) -> dict[str, object]:
    return {"node": item.node_id, "dataset": item.dataset, "table": item.table, "name": item.name,
            "source": _relative(item.source), "evidence": _evidence(item.evidence)}


def _node(node: Node) -> dict[str, object]:
    return {"id": _relative(node.id), "kind": node.kind, "label": node.label, "evidence": _evidence(node.evidence),
            "attributes": [list(pair) for pair in node.attributes]}


def _edge(edge: Edge) -> dict[str, object]:
    return {"source": _relative(edge.source), "target": _relative(edge.target), "kind": edge.kind,
            "transform": edge.transform, "purpose": edge.purpose, "purpose_source": edge.purpose_source,
            "evidence": _evidence(edge.evidence)}


def snapshot(result: ReadResult) -> dict[str, object]:
    return {
        "fields": [_field(f) for f in result.fields],
        "nodes": [_node(n) for n in result.nodes],
        "edges": [_edge(e) for e in result.edges],
        "errors": [{"path": _relative(e.path), "line": e.line, "reason": e.reason, "kind": e.kind}
                   for e in result.errors],
        "stats": dict(sorted(result.stats.items())),
    }


def golden_name(case: str) -> str:
    return case.replace("/", "__").lstrip(".") + ".json"


@pytest.mark.parametrize("case", CASES)
def test_reader_matches_golden_file(case: str) -> None:
    actual = snapshot(read_config_file(str(FIXTURES / case), ReadOptions()))
    expected_path = GOLDEN / golden_name(case)
    if os.environ.get("DATAMAP_REGEN_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        expected_path.write_text(json.dumps(actual, indent=2, sort_keys=True) + "\n", "utf-8")
    expected = json.loads(expected_path.read_text("utf-8"))
    assert actual == expected


def test_every_golden_file_has_a_fixture() -> None:
    assert sorted(p.name for p in GOLDEN.glob("*.json")) == sorted(golden_name(c) for c in CASES)


def test_no_secret_value_reaches_the_output() -> None:
    """Fixtures mark every secret with SECRETVALUE; names, labels, attributes and errors never hold one."""
    for case in CASES:
        result = read_config_file(str(FIXTURES / case), ReadOptions())
        text = json.dumps(snapshot(result)) + repr(result)
        assert "SECRETVALUE" not in text, case
