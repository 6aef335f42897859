"""Validate every labeled column set in benchmarks/data (files named *_columns.csv)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from fideslang.default_taxonomy import DEFAULT_TAXONOMY

DATA_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
HEADER = ["app", "dialect", "table", "column", "type", "pk", "references", "comment", "label"]
# The dialects the labeled applications declare their schemas in (Fasten, a health record, uses SQLite;
# DentneD, a dental practice's, SQL Server).
DIALECTS = {"postgres", "mysql", "sqlite", "tsql"}
USER_KEYS = frozenset(c.fides_key for c in DEFAULT_TAXONOMY.data_category if c.fides_key.startswith("user"))
LABELED_SETS = sorted(DATA_DIR.glob("*_columns.csv"))


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, record, strict=True)) for record in reader]
    return header, rows


def test_labeled_sets_exist() -> None:
    assert LABELED_SETS, f"no *_columns.csv file in {DATA_DIR}"


@pytest.mark.parametrize("path", LABELED_SETS, ids=lambda p: p.name)
def test_header_is_exact(path: Path) -> None:
    header, _ = _read(path)
    assert header == HEADER


@pytest.mark.parametrize("path", LABELED_SETS, ids=lambda p: p.name)
def test_labels_are_fideslang_user_keys_or_empty(path: Path) -> None:
    _, rows = _read(path)
    bad = [(r["app"], r["table"], r["column"], r["label"]) for r in rows if r["label"] and r["label"] not in USER_KEYS]
    assert bad == []


@pytest.mark.parametrize("path", LABELED_SETS, ids=lambda p: p.name)
def test_pk_is_zero_or_one(path: Path) -> None:
    _, rows = _read(path)
    bad = [(r["app"], r["table"], r["column"], r["pk"]) for r in rows if r["pk"] not in {"0", "1"}]
    assert bad == []


@pytest.mark.parametrize("path", LABELED_SETS, ids=lambda p: p.name)
def test_rows_are_complete(path: Path) -> None:
    _, rows = _read(path)
    bad = [
        (r["app"], r["table"], r["column"])
        for r in rows
        if r["dialect"] not in DIALECTS or not all(r[k] for k in ("app", "table", "column", "type"))
    ]
    assert bad == []


@pytest.mark.parametrize("path", LABELED_SETS, ids=lambda p: p.name)
def test_no_duplicate_columns(path: Path) -> None:
    _, rows = _read(path)
    counts = Counter((r["app"], r["table"], r["column"]) for r in rows)
    assert [key for key, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("path", sorted((DATA_DIR / "agreement").glob("*.csv")), ids=lambda p: p.name)
def test_a_second_labeling_covers_labeled_columns_as_they_were_recorded(path: Path) -> None:
    header, second = _read(path)
    assert header == HEADER and second
    recorded = {(r["app"], r["table"], r["column"]): r for path in LABELED_SETS for r in _read(path)[1]}
    fields = HEADER[:-1]
    assert [r["column"] for r in second if [r[k] for k in fields] !=
            [recorded.get((r["app"], r["table"], r["column"]), {}).get(k) for k in fields]] == []
    apps = {r["app"] for r in second}
    assert sum(1 for key in recorded if key[0] in apps) == len(second)  # every column of its applications
    assert [r["label"] for r in second if r["label"] and r["label"] not in USER_KEYS] == []
