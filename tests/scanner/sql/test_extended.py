"""SQL Server MS_Description extended properties are read as table and column comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.options import ReadOptions
from scanner.sql.reader import read_sql_file
from scanner.sql.statements import read_statements

_TABLE = (
    "CREATE TABLE [dbo].[Members](\n"
    "\t[MemberID] [int] IDENTITY(1,1) NOT NULL,\n"
    "\t[Mail] [nvarchar](256) NULL,\n"
    "\t[Born] [date] NULL\n"
    ") ON [PRIMARY]\nGO\n"
)


def _read(tmp_path: Path, text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    path = tmp_path / "schema.sql"
    path.write_text(text, "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    return [(f.name, f.comment) for f in result.fields], [e.reason for e in result.errors]


def test_named_arguments_describe_a_column(tmp_path: Path) -> None:
    fields, errors = _read(tmp_path, _TABLE + (
        "EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'member''s login e-mail' , "
        "@level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Members', "
        "@level2type=N'COLUMN',@level2name=N'Mail'\nGO\n"))
    assert fields == [("MemberID", None), ("Mail", "member's login e-mail"), ("Born", None)]
    assert errors == []


def test_positional_arguments_and_the_update_procedure(tmp_path: Path) -> None:
    fields, errors = _read(tmp_path, _TABLE + (
        "EXECUTE sp_addextendedproperty N'MS_Description', 'date of birth', 'user', dbo, 'table', [Members], "
        "'column', Born\nGO\n"
        "EXEC sp_updateextendedproperty N'MS_Description', N'date of birth (day precision)', N'SCHEMA', N'dbo', "
        "N'TABLE', N'Members', N'COLUMN', N'Born'\nGO\n"))
    assert fields == [("MemberID", None), ("Mail", None), ("Born", "date of birth (day precision)")]
    assert errors == []


def test_a_table_description(tmp_path: Path) -> None:
    path = tmp_path / "schema.sql"
    path.write_text(_TABLE + "EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'club members', "
                    "@level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Members'\nGO\n",
                    "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert result.errors == [] and result.stats["statements_parsed"] == 2


@pytest.mark.parametrize(
    "call",
    ["EXEC sys.sp_addextendedproperty @name=N'Caption', @value=N'x', @level0type=N'SCHEMA', @level0name=N'dbo', "
     "@level1type=N'TABLE', @level1name=N'Members', @level2type=N'COLUMN', @level2name=N'Mail'",
     "EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'x', @level0type=N'SCHEMA', "
     "@level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Members', @level2type=N'INDEX', @level2name=N'ix'",
     "EXEC dbo.refresh_members"],
)
def test_other_procedure_calls_are_skipped(call: str) -> None:
    [statement] = read_statements(call + "\nGO\n", "tsql")
    assert (statement.expression, statement.error) == (None, None)
