"""SQLite virtual tables (full-text, R*Tree) are tables whose columns hold data."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.options import ReadOptions
from scanner.sql.reader import read_sql_file


@pytest.mark.parametrize(
    ("statement", "table", "columns"),
    [
        ("CREATE VIRTUAL TABLE message_index USING fts4 ( message_id, sender, body )\n"
         "/* message_index(message_id,sender,body) */;", "message_index", ["message_id", "sender", "body"]),
        ("CREATE VIRTUAL TABLE IF NOT EXISTS main.notes_fts USING fts5(title, body UNINDEXED, "
         "tokenize='porter unicode61', content='notes', content_rowid='id');", "notes_fts", ["title", "body"]),
        ("CREATE VIRTUAL TABLE places USING rtree(id, min_lat, max_lat, min_lon, max_lon);", "places",
         ["id", "min_lat", "max_lat", "min_lon", "max_lon"]),
    ],
)
def test_virtual_table_columns(tmp_path: Path, statement: str, table: str, columns: list[str]) -> None:
    path = tmp_path / "schema.sql"
    path.write_text("CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT);\n" + statement + "\n",
                    "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert [(f.name, f.type, f.evidence.line if f.evidence else None) for f in result.fields if f.table == table] == [
        (name, None, 2) for name in columns]
    assert result.errors == []
