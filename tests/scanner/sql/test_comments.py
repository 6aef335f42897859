"""Remarks written after a column on its line describe the column; section remarks do not."""

from __future__ import annotations

from pathlib import Path

from scanner.options import ReadOptions
from scanner.sql.reader import read_sql_file


def _comments(tmp_path: Path, text: str) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "schema.sql"
    path.write_text(text, "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert result.errors == []
    return [(f.name, f.comment, f.annotation) for f in result.fields]


def test_trailing_remarks_become_column_comments(tmp_path: Path) -> None:
    assert _comments(tmp_path, (
        "create table clinic.visitor (\n"
        "\tid uuid primary key,\n"
        "\t-- who came in\n"
        "\tfull_name text, -- name as written on the badge\n"
        "\t--    badge_no text, -- retired\n"
        "\thost uuid not null references clinic.staff(id), -- the member of staff visited\n"
        "\tnotes text, -- datamap: user.content.private\n"
        "\tcame_at timestamp not null -- arrival time\n"
        "\t-- left_at timestamp, -- not yet\n"
        ");\n")) == [
        ("id", None, None),
        ("full_name", "name as written on the badge", None),
        ("host", "the member of staff visited", None),
        ("notes", None, "user.content.private"),
        ("came_at", "arrival time", None),
    ]


def test_a_comment_clause_wins_over_a_remark_and_separators_are_dropped(tmp_path: Path) -> None:
    assert _comments(tmp_path, (
        "CREATE TABLE `buyer` (\n"
        "  `mail` varchar(255) COMMENT 'login e-mail', # legacy column\n"
        "  `zip` varchar(10), -- -------------------\n"
        "  `dob` date /* date of birth */\n"
        ") ENGINE=InnoDB;\n")) == [
        ("mail", "login e-mail", None), ("zip", None, None), ("dob", "date of birth", None)]
