"""Statement splitting, skipping, dialect choice and fallback."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.errors import DatamapError
from scanner.sql.statements import check_dialect, clean_text, guess_dialect, read_statements


def test_needed_statements_are_parsed_and_the_rest_skipped_unparsed() -> None:
    text = "SET x = 1;\nCREATE TABLE t (a int);\nCREATE INDEX i ON t (a);\nGRANT SELECT ON t TO u;\n"
    statements = list(read_statements(text, "postgres"))
    assert [(s.line, s.head, s.expression is not None) for s in statements] == [
        (1, "SET X", False), (2, "CREATE TABLE", True), (3, "CREATE INDEX", False), (4, "GRANT SELECT", False)]


def test_a_bad_statement_is_reported_with_its_line_and_the_rest_is_read() -> None:
    text = "CREATE TABLE a (id int);\n\nCREATE TABLE b (id int REFERENCES (;\nCREATE TABLE c (id int);\n"
    statements = list(read_statements(text, "postgres"))
    assert [(s.line, s.error is None) for s in statements] == [(1, True), (3, False), (4, True)]
    assert statements[1].error is not None and statements[1].error.startswith("cannot parse CREATE TABLE statement")


def test_statement_in_another_dialect_falls_back() -> None:
    statements = list(read_statements("CREATE TABLE `t` (`a` int) ENGINE=InnoDB;", "postgres"))
    assert len(statements) == 1
    assert statements[0].expression is not None
    assert statements[0].dialect == "mysql"


@pytest.mark.parametrize(
    ("text", "dialect"),
    [("CREATE TABLE `t` (a int);", "mysql"), ("CREATE TABLE t (a int) ENGINE=InnoDB;", "mysql"),
     ("CREATE TABLE [dbo].[t] ([a] NVARCHAR(10));\nGO\n", "tsql"), ("CREATE TABLE t (a inet);", "postgres")],
)
def test_guess_dialect(text: str, dialect: str) -> None:
    assert guess_dialect(text) == dialect


def test_unknown_dialect_suggests_the_closest() -> None:
    with pytest.raises(DatamapError, match="unknown SQL dialect 'postgress'; did you mean 'postgres'"):
        check_dialect("postgress")
    assert check_dialect("MySQL") == "mysql"


def test_clean_text_blanks_copy_data_and_keeps_line_numbers() -> None:
    text = "COPY t (a) FROM stdin;\n1\tx;y\n2\tz\n\\.\nCREATE TABLE u (a int);\n"
    cleaned = clean_text(text)
    assert cleaned.count("\n") == text.count("\n")
    assert "x;y" not in cleaned
    statements = [s for s in read_statements(text, "postgres") if s.expression is not None]
    assert [(s.line, s.head) for s in statements] == [(5, "CREATE TABLE")]


def test_mysql_delimiter_blocks_do_not_break_the_file() -> None:
    text = ("DELIMITER ;;\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END ;;\n"
            "DELIMITER ;\nCREATE TABLE t2 (a int);\n")
    parsed = [s for s in read_statements(text, "mysql") if s.expression is not None]
    assert [(s.line, s.head) for s in parsed] == [(4, "CREATE TABLE")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_reading_any_text_never_raises_and_is_deterministic(text: str) -> None:
    first = list(read_statements(text, None))
    second = list(read_statements(text, None))
    assert [(s.line, s.head, s.error) for s in first] == [(s.line, s.head, s.error) for s in second]
    lines = len(re.split(r"\r\n|\r|\n", text))
    assert all(1 <= s.line <= lines for s in first)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["CREATE TABLE t (a int)", "CREATE TABLE (", "GRANT ALL ON t TO u",
                                 "ALTER TABLE t ADD COLUMN b text", "CREATE INDEX i ON t (a)", "garbage here"]),
                max_size=12))
def test_each_statement_is_accounted_for(chunks: list[str]) -> None:
    text = ";\n".join(chunks) + (";" if chunks else "")
    statements = list(read_statements(text, "postgres"))
    assert len(statements) == len(chunks)


def test_writes_from_queries_are_parsed_and_value_dumps_are_not() -> None:
    rows = ",\n".join(f"({i}, 'user{i}@example.org', 'SELECT (1)')" for i in range(5000))
    text = (
        f"INSERT INTO t (id, email, note) VALUES\n{rows};\n"
        "INSERT INTO t SELECT * FROM s;\n"
        "INSERT INTO t (SELECT * FROM s);\n"
        "WITH c AS (SELECT 1) INSERT INTO t SELECT * FROM c;\n"
        "WITH c AS (SELECT 1) SELECT * FROM c;\n"
        "CREATE MATERIALIZED VIEW v AS SELECT 1 AS a;\n"
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET email = s.email;\n"
        "REPLACE INTO t VALUES (1, 'a', 'b');\n"
    )
    statements = list(read_statements(text, "postgres"))
    assert [(s.head, type(s.expression).__name__) for s in statements] == [
        ("INSERT INTO", "NoneType"),
        ("INSERT INTO", "Insert"),
        ("INSERT INTO", "Insert"),
        ("WITH C", "Insert"),
        ("WITH C", "NoneType"),
        ("CREATE MATERIALIZED", "Create"),
        ("MERGE INTO", "Merge"),
        ("REPLACE INTO", "NoneType"),
    ]
