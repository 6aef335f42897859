"""A scan of schema files through the CLI gives the categories the accuracy benchmark scores.

The benchmark classifies recorded column facts; users scan SQL files. Each app of three labeled sets
(PostgreSQL and MySQL, schema-qualified names, column comments, keys recorded as a table or as
table.column) is written back out as DDL and scanned on its own; every column must come back with the
benchmark's category.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.classification import DATA, evaluate, load_set  # noqa: E402
from benchmarks.labeled_ddl import write_ddl  # noqa: E402
from scanner.classify.classifier import Classifier  # noqa: E402
from scanner.classify.knowledge import load_knowledge  # noqa: E402
from tests.cli.invoke import run  # noqa: E402


@pytest.mark.parametrize("set_name", ["holdout3a", "holdout3b", "holdout31a"])
def test_scanning_the_ddl_gives_the_benchmarks_categories(set_name: str, tmp_path: Path) -> None:
    expected = {(row.app, row.field.dataset, row.field.table, row.field.name): predicted
                for row, predicted, _ in evaluate(load_set(DATA / f"{set_name}_columns.csv"),
                                                  Classifier(load_knowledge()))}
    scanned: dict[tuple[str, str | None, str, str], str | None] = {}
    for app, (folder, dialect) in write_ddl(set_name, tmp_path).items():
        code, out, err = run("scan", str(folder), "--dialect", dialect, "--format", "json", "--no-snapshot")
        assert code == 0, err
        report = json.loads(out)
        assert report["stats"]["errors"] == 0
        scanned.update(((app, f["dataset"], f["table"], f["name"]), f["category"]) for f in report["fields"])
    assert scanned.keys() == expected.keys()
    differing = {key: (scanned[key], expected[key]) for key in expected if scanned[key] != expected[key]}
    assert not differing
    assert sum(1 for category in scanned.values() if category) > len(expected) // 4
