"""Golden files for the SQL reader: each fixture's fields, errors and counts, exactly.

Regenerate after an intended change with:
    DATAMAP_REGEN_GOLDEN=1 python -m pytest tests/scanner/sql/test_golden.py
and review the diff of ``fixtures/*.expected.json``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from catalog.model import ReadResult
from scanner.options import ReadOptions
from scanner.sql.reader import read_migrations, read_sql_file

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[3]


def _relative(path: str) -> str:
    return Path(path).resolve().relative_to(ROOT).as_posix()


def snapshot(result: ReadResult) -> dict[str, object]:
    fields = []
    for field in result.fields:
        item = asdict(field)
        item["source"] = _relative(field.source)
        evidence = field.evidence
        item["evidence"] = {"path": _relative(evidence.path), "line": evidence.line} if evidence else None
        fields.append(item)
    errors = [{"path": _relative(e.path), "line": e.line, "reason": e.reason, "kind": e.kind} for e in result.errors]
    return {"fields": fields, "errors": errors, "stats": dict(sorted(result.stats.items()))}


CASES = {
    "postgres_features": lambda: read_sql_file(str(FIXTURES / "postgres_features.sql"), ReadOptions()),
    "mysql_features": lambda: read_sql_file(str(FIXTURES / "mysql_features.sql"), ReadOptions()),
    "bad_statements": lambda: read_sql_file(str(FIXTURES / "bad_statements.sql"), ReadOptions(dialect="postgres")),
    "flyway": lambda: read_migrations(str(FIXTURES / "flyway"), ReadOptions()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_reader_matches_golden_file(name: str) -> None:
    actual = snapshot(CASES[name]())
    expected_path = FIXTURES / f"{name}.expected.json"
    if os.environ.get("DATAMAP_REGEN_GOLDEN"):
        expected_path.write_text(json.dumps(actual, indent=2, sort_keys=True) + "\n", "utf-8")
    expected = json.loads(expected_path.read_text("utf-8"))
    assert actual == expected
