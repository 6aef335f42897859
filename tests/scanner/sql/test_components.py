"""Loose SQL files read in groups that name none of each other's tables give what one read gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.options import ReadOptions
from scanner.sql.components import independent_groups
from scanner.sql.reader import read_sql_files

TABLES = ["users", "orders", "rooms", "messages", "payments", "devices"]


def write(folder: Path, texts: list[str]) -> list[Path]:
    paths = []
    for index, text in enumerate(texts):
        path = folder / f"{index:02d}.sql"
        path.write_text(text)
        paths.append(path)
    return paths


def test_files_naming_no_other_files_tables_are_read_apart(tmp_path: Path) -> None:
    paths = write(tmp_path, [
        "CREATE TABLE app.users (id bigint PRIMARY KEY, email text);",
        "CREATE TABLE rooms (id bigint PRIMARY KEY, name text);",
        "CREATE TABLE messages (id bigint, author_id bigint REFERENCES app.users (id), body text);",
        "ALTER TABLE rooms ADD COLUMN topic text;",
        "CREATE VIEW `Audit`.recent AS SELECT 1 AS one;",
    ])
    assert [[p.name for p in group] for group in independent_groups(paths)] == [
        ["00.sql", "02.sql"], ["01.sql", "03.sql"], ["04.sql"]]


def test_a_file_too_big_or_unreadable_keeps_one_group(tmp_path: Path) -> None:
    paths = write(tmp_path, ["CREATE TABLE a (x int);", "CREATE TABLE b (y int);"])
    assert len(independent_groups(paths)) == 2
    paths[1].write_bytes(b"\x00\x01binary")
    assert independent_groups(paths) == [paths]
    assert independent_groups([]) == []


def _file(draw: st.DrawFn, index: int) -> str:
    own = draw(st.sampled_from(TABLES)) + f"_{index}"
    other = f"{draw(st.sampled_from(TABLES))}_{draw(st.integers(0, index))}"
    kind = draw(st.sampled_from(["plain", "key", "alter", "view", "comment"]))
    create = f"CREATE TABLE {own} (id bigint PRIMARY KEY, email text, user_id bigint);"
    extra = {
        "plain": "",
        "key": f"\nALTER TABLE {own} ADD CONSTRAINT fk_{index} FOREIGN KEY (user_id) REFERENCES {other} (id);",
        "alter": f"\nALTER TABLE {other} ADD COLUMN note_{index} text;",
        "view": f"\nCREATE VIEW v_{index} AS SELECT id, email FROM {other};",
        "comment": f"\nCOMMENT ON COLUMN {other}.email IS 'contact {index}';",
    }[kind]
    return create + extra + "\n"


@st.composite
def estates(draw: st.DrawFn) -> list[str]:
    return [_file(draw, index) for index in range(draw(st.integers(1, 7)))]


def _facts(paths: list[Path]) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    result = read_sql_files(paths, ReadOptions(dialect="postgres"))
    fields = {(f.dataset, f.table, f.name, f.type, f.comment, f.primary_key, f.references) for f in result.fields}
    edges = {(e.source, e.target, e.kind, e.transform) for e in result.edges}
    return fields, edges


@settings(max_examples=40, deadline=None)
@given(estates())
def test_reading_the_groups_apart_gives_what_one_read_gives(tmp_path_factory: object, texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("estate")  # type: ignore[attr-defined]
    paths = write(folder, texts)
    whole = _facts(paths)
    fields: set[tuple[object, ...]] = set()
    edges: set[tuple[object, ...]] = set()
    for group in independent_groups(paths):
        part = _facts(group)
        fields |= part[0]
        edges |= part[1]
    assert (fields, edges) == whole
