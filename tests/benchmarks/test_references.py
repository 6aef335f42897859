"""How a labeled row's recorded foreign key is read: a table, a schema-qualified table, or a table's column."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.classification import DATA, load_set, reference  # noqa: E402
from catalog.model import ForeignKey  # noqa: E402


def test_a_dotted_reference_names_a_tables_column_when_its_head_is_a_table() -> None:
    tables = {"users", "mimiciv_hosp.patients", "app.users"}
    assert reference("users.id", tables) == ForeignKey("users", "id")
    assert reference("app.users.user_id", tables) == ForeignKey("app.users", "user_id")
    assert reference("mimiciv_hosp.patients", tables) == ForeignKey("mimiciv_hosp.patients")
    assert reference("users", tables) == ForeignKey("users")
    assert reference("accounts.id", tables) == ForeignKey("accounts.id")
    assert reference("  ", tables) is None


def test_every_recorded_reference_of_a_labeled_set_names_a_table_of_its_application() -> None:
    """In the sets that record table.column (holdout28 on), nearly every key reaches a table of the set."""
    rows = [r for name in ("holdout30a", "holdout31c") for r in load_set(DATA / f"{name}_columns.csv")]
    tables = {(r.app, f"{r.field.dataset}.{r.field.table}" if r.field.dataset else r.field.table) for r in rows}
    keys = [(r.app, r.field.references.table) for r in rows if r.field.references]
    assert len(keys) > 300
    assert sum(1 for k in keys if k in tables) / len(keys) > 0.95
