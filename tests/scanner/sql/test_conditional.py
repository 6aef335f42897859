"""T-SQL IF guards around DDL: the guarded statements are read, the condition is not."""

from __future__ import annotations

from pathlib import Path

from catalog.model import ForeignKey
from scanner.options import ReadOptions
from scanner.sql.reader import read_sql_file
from scanner.sql.statements import read_statements


def test_guarded_create_tables_are_read(tmp_path: Path) -> None:
    path = tmp_path / "install.sql"
    path.write_text(
        "IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[dbo].[Guests]') AND type in (N'U'))\n"
        "BEGIN\n"
        "CREATE TABLE [dbo].[Guests](\n"
        "\t[GuestID] [uniqueidentifier] ROWGUIDCOL NOT NULL,\n"
        "\t[Mail] [nvarchar](256) NULL,\n"
        " CONSTRAINT [PK_Guests] PRIMARY KEY CLUSTERED ([GuestID] ASC) WITH (DATA_COMPRESSION = PAGE) ON [PRIMARY]\n"
        ") ON [PRIMARY]\n"
        "END\nGO\n"
        "IF OBJECT_ID('dbo.Stays', 'U') IS NULL\n"
        "CREATE TABLE dbo.Stays (StayID INT NOT NULL CONSTRAINT PK_Stays PRIMARY KEY,\n"
        "  GuestID uniqueidentifier NOT NULL CONSTRAINT FK_Stays_Guests REFERENCES dbo.Guests(GuestID))\n"
        "GO\n", "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert [(f.table, f.name, f.type, f.primary_key, f.references, f.evidence.line if f.evidence else None)
            for f in result.fields] == [
        ("Guests", "GuestID", "UNIQUEIDENTIFIER", True, None, 4),
        ("Guests", "Mail", "NVARCHAR(256)", False, None, 5),
        ("Stays", "StayID", "INT", True, None, 11),
        ("Stays", "GuestID", "UNIQUEIDENTIFIER", False, ForeignKey("dbo.Guests", "GuestID"), 12),
    ]
    assert result.errors == []


def test_a_guard_block_holds_several_statements_without_semicolons() -> None:
    text = ("IF NOT EXISTS (SELECT 1 FROM sys.tables WHERE name = 'Cards')\nBEGIN\n"
            "  CREATE TABLE dbo.Cards (Number varchar(19))\n"
            "  ALTER TABLE dbo.Cards ADD Holder nvarchar(80)\n"
            "  INSERT INTO dbo.Cards (Number) SELECT Number FROM dbo.OldCards\n"
            "  PRINT 'done'\nEND\nGO\n")
    assert [(s.line, s.head, type(s.expression).__name__) for s in read_statements(text, "tsql")] == [
        (3, "CREATE TABLE", "Create"), (4, "ALTER TABLE", "Alter"), (5, "INSERT INTO", "Insert"),
        (6, "PRINT DONE", "NoneType")]


def test_a_guarded_alter_table_keeps_its_drop_and_alter_column_actions() -> None:
    text = ("IF EXISTS (SELECT 1 FROM sys.columns WHERE name = 'Fax')\nBEGIN\n"
            "  ALTER TABLE dbo.Cards DROP COLUMN Fax\n"
            "  ALTER TABLE dbo.Cards ALTER COLUMN Holder nvarchar(120) NOT NULL\n"
            "  DROP TABLE dbo.OldCards\nEND\nGO\n")
    assert [(s.line, s.head, type(s.expression).__name__, s.partial) for s in read_statements(text, "tsql")] == [
        (3, "ALTER TABLE", "Alter", False), (4, "ALTER TABLE", "Alter", False), (5, "DROP TABLE", "Drop", False)]


def test_the_last_statement_of_a_guard_block_is_read_without_the_blocks_end() -> None:
    text = ("IF NOT EXISTS (SELECT 1 FROM sys.tables WHERE name = 'Cards')\nBEGIN\n"
            "  CREATE TABLE dbo.Cards (Number varchar(19));\n"
            "  ALTER TABLE dbo.Cards ADD Holder nvarchar(80)\nEND\nGO\n")
    assert [(s.line, s.head, type(s.expression).__name__, s.partial) for s in read_statements(text, "tsql")] == [
        (3, "CREATE TABLE", "Create", False), (4, "ALTER TABLE", "Alter", False)]


def test_an_if_without_a_statement_is_skipped_whole() -> None:
    assert [(s.head, s.expression) for s in read_statements("IF @x = 1 PRINT 'x'\nGO\n", "tsql")] == [
        ("PRINT X", None)]
