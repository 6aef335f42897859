"""CREATE TABLE statements no dialect parses whole still give all their columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.model import ForeignKey
from scanner.options import ReadOptions
from scanner.sql.reader import read_sql_file


def _read(tmp_path: Path, text: str, dialect: str | None = None) -> tuple[list[tuple[object, ...]], dict[str, int],
                                                                          list[str]]:
    path = tmp_path / "schema.sql"
    path.write_text(text, "utf-8")
    result = read_sql_file(str(path), ReadOptions(dialect=dialect))
    fields = [(f.table, f.name, f.type, f.comment, f.primary_key, f.references, f.evidence.line if f.evidence else None)
              for f in result.fields]
    return fields, result.stats, [f"{e.line}: {e.reason}" for e in result.errors]


def test_table_options_after_the_column_list_do_not_lose_the_columns(tmp_path: Path) -> None:
    fields, stats, errors = _read(tmp_path, (
        "CREATE TABLE [dbo].[inbox] (\n"
        "        [username] [varchar] (250) NOT NULL,\n"
        "        [body] [ntext] NULL,\n"
        "        [seq] [bigint] IDENTITY(1,1) NOT NULL,\n"
        " CONSTRAINT [inbox_PK] PRIMARY KEY CLUSTERED \n(\n        [seq] ASC\n)WITH (PAD_INDEX = OFF)\n"
        ") TEXTIMAGE_ON [PRIMARY];\n"))
    assert [(f[0], f[1], f[4], f[6]) for f in fields] == [
        ("inbox", "username", False, 2), ("inbox", "body", False, 3), ("inbox", "seq", True, 4)]
    assert stats["statements_parsed"] == 1 and stats["statements_recovered"] == 1
    assert errors == []


def test_a_table_comment_after_unknown_options_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "schema.sql"
    path.write_text("CREATE TABLE visits (id int, ip varchar(40)) ENGINE=InnoDB COMMENT='site visits'\n"
                    "PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (10), PARTITION p1 VALUES LESS THAN "
                    "MAXVALUE);\n", "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert [(f.name, f.type) for f in result.fields] == [("id", "INT"), ("ip", "VARCHAR(40)")]
    assert result.stats["statements_recovered"] == 1


def test_sqlite_without_rowid_table_is_read(tmp_path: Path) -> None:
    fields, _, errors = _read(tmp_path, 'CREATE TABLE IF NOT EXISTS "members" (\n  "id" integer PRIMARY KEY '
                                        'AUTOINCREMENT NOT NULL,\n  "org_id" integer REFERENCES "orgs" ("id")\n'
                                        ") WITHOUT ROWID;\n")
    assert [(f[1], f[4], f[5], f[6]) for f in fields] == [
        ("id", True, None, 2), ("org_id", False, ForeignKey("orgs", "id"), 3)]
    assert errors == []


def test_a_column_of_an_unknown_type_is_read_by_its_words(tmp_path: Path) -> None:
    fields, stats, errors = _read(tmp_path, (
        "CREATE TABLE `clinic` (\n"
        "  `id` int NOT NULL,\n"
        "  `location` point NOT NULL /*!80003 SRID 4326 */ COMMENT 'where the clinic is',\n"
        "  `doctor_id` int NOT NULL,\n"
        "  PRIMARY KEY (`id`),\n"
        "  CONSTRAINT `fk_doc` FOREIGN KEY (`doctor_id`) REFERENCES `doctor` (`id`)\n"
        ") ENGINE=InnoDB;\n"))
    assert fields == [
        ("clinic", "id", "INT", None, True, None, 2),
        ("clinic", "location", "POINT", "where the clinic is", False, None, 3),
        ("clinic", "doctor_id", "INT", None, False, ForeignKey("doctor", "id"), 4),
    ]
    assert stats["statements_recovered"] == 1 and errors == []


def test_key_constraints_no_dialect_parses_are_read_by_their_words(tmp_path: Path) -> None:
    fields, _, errors = _read(tmp_path, (
        "CREATE TABLE [dbo].[Notes](\n"
        "\t[NoteID] [int] NOT NULL,\n"
        "\t[AuthorID] [int] NOT NULL,\n"
        "\tPRIMARY KEY CLUSTERED ([NoteID] ASC),\n"
        "\tFOREIGN KEY ([AuthorID]) REFERENCES [dbo].[Authors] ([AuthorID]) NOT FOR REPLICATION\n"
        ")\nGO\n"))
    assert [(f[1], f[4], f[5]) for f in fields] == [
        ("NoteID", True, None), ("AuthorID", False, ForeignKey("dbo.Authors", "AuthorID"))]
    assert errors == []


def test_an_item_nothing_can_read_is_reported(tmp_path: Path) -> None:
    text = "CREATE TABLE t (\n  a int,\n  CONSTRAINT c FOO BAR,\n  b text\n) WITHOUT ROWID;\n"
    fields, stats, errors = _read(tmp_path, text, dialect="sqlite")
    assert [f[1] for f in fields] == ["a", "b"]
    assert errors == ["1: CREATE TABLE statement: could not read 'CONSTRAINT c FOO BAR'"]
    assert stats["statements_recovered"] == 1


_NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
_OPTIONS = st.sampled_from(["TEXTIMAGE_ON [PRIMARY]", "WITHOUT ROWID", "ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]",
                            "ENGINE=InnoDB PARTITION BY HASH (c0) PARTITIONS 4 (PARTITION p0 MAXVALUE)"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=8, unique=True), _OPTIONS)
def test_every_column_survives_unknown_table_options(names: list[str], options: str) -> None:
    import tempfile

    columns = ",\n".join(f"  c{i}_{name} varchar(20)" for i, name in enumerate(names))
    with tempfile.TemporaryDirectory() as folder:
        fields, _, errors = _read(Path(folder), f"CREATE TABLE t (\n{columns}\n) {options};\n")
    assert [f[1] for f in fields] == [f"c{i}_{name}" for i, name in enumerate(names)]
    assert [f[6] for f in fields] == list(range(2, 2 + len(names)))
    assert errors == []


@pytest.mark.parametrize("text", ["CREATE TABLE t AS SELECT 1 AS a;", "CREATE TABLE t ();"])
def test_statements_without_a_column_list_are_not_rebuilt(tmp_path: Path, text: str) -> None:
    _, stats, _ = _read(tmp_path, text, dialect="postgres")
    assert "statements_recovered" not in stats


def test_a_postgres_foreign_table_is_read(tmp_path: Path) -> None:
    fields, stats, errors = _read(tmp_path, (
        "CREATE FOREIGN TABLE IF NOT EXISTS crm.contacts (\n  id integer,\n  email text\n)\n"
        "SERVER crm_server OPTIONS (schema_name 'public', table_name 'contacts');\n"
        "CREATE FOREIGN DATA WRAPPER crm_wrapper;\n"))
    assert [(f[0], f[1], f[2], f[6]) for f in fields] == [
        ("contacts", "id", "INT", 2), ("contacts", "email", "TEXT", 3)]
    assert stats["statements_recovered"] == 1 and errors == []
