"""Planning read jobs: excluded paths are never read, and they are counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.discover import Excludes, plan
from scanner.options import ReadOptions
from scanner.pipeline import read_all
from scanner.registry import reader_for_file


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("db/schema.sql", "db/legacy/old.sql", "db/legacy/deep/older.sql", "app/models.py",
                 "app/tests/test_models.py", "vendor/lib/client.py", "settings.yaml", "notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("-- x\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def targets(work_plan: object) -> list[str]:
    return sorted(t for job in work_plan.jobs for t in job.targets)  # type: ignore[attr-defined]


def test_without_excludes_every_readable_file_is_planned(tree: Path) -> None:
    work = plan(["."])
    assert targets(work) == ["app/models.py", "app/tests/test_models.py", "db/legacy/deep/older.sql",
                             "db/legacy/old.sql", "db/schema.sql", "settings.yaml", "vendor/lib/client.py"]
    assert (work.ignored_files, work.excluded_files) == (1, 0)


@pytest.mark.parametrize(("globs", "left", "excluded"), [
    (("vendor/**",), 6, 1),
    (("db/legacy/*",), 5, 2),
    (("**/test_*.py", "app/tests/*"), 6, 1),
    (("*.yaml", "db"), 3, 4),
])
def test_excluded_files_and_folders_are_not_planned_but_counted(tree: Path, globs: tuple[str, ...], left: int,
                                                                  excluded: int) -> None:
    work = plan(["."], Excludes(globs))
    assert len(targets(work)) == left
    assert work.excluded_files == excluded
    assert not any(Excludes(globs)(t) for t in targets(work))


def test_a_named_target_that_is_excluded_is_skipped(tree: Path) -> None:
    work = plan(["db/schema.sql", "vendor"], Excludes(("vendor/**", "db/schema.sql")))
    assert (work.jobs, work.excluded_files) == ([], 2)


@pytest.mark.parametrize(("name", "reader"), [
    ("schema.sql", "sql"), ("full.sql.postgres", "sql"), ("full.sql.sqlite", "sql"), ("init.pgsql", "sql"),
    ("dump.psql", "sql"), ("v1.2.sql", "sql"), ("backup.sql.gz", None), ("schema.sql.json", "config"),
    ("schema.sql.bak", None), ("notes.txt", None),
])
def test_sql_files_are_known_by_their_suffixes(name: str, reader: str | None) -> None:
    assert reader_for_file(Path(name)) == reader


def test_a_folder_per_migration_is_read_forward_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Diesel's layout: migrations/<version>_<name>/up.sql and down.sql; the down scripts undo the schema."""
    for version, up, down in (("2020-01-01-000000_users", "CREATE TABLE users (id int, email text);",
                               "DROP TABLE users;"),
                              ("2020-02-01-000000_phone", "ALTER TABLE users ADD COLUMN phone text;",
                               "ALTER TABLE users DROP COLUMN phone;")):
        (tmp_path / "migrations" / version).mkdir(parents=True)
        (tmp_path / "migrations" / version / "up.sql").write_text(up + "\n")
        (tmp_path / "migrations" / version / "down.sql").write_text(down + "\n")
    monkeypatch.chdir(tmp_path)
    work = plan(["migrations"])
    assert targets(work) == ["migrations/2020-01-01-000000_users/up.sql",
                             "migrations/2020-02-01-000000_phone/up.sql"]
    assert work.rollback_files == 2
    result = read_all(["migrations"], ReadOptions())
    assert [f.name for f in result.fields] == ["id", "email", "phone"]
    assert result.stats["migrations_rollbacks_skipped"] == 2
