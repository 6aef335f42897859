"""Keys and type names as the file wrote them, in the forms dumps and generated scripts use."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.options import ReadOptions
from scanner.sql.reader import read_sql_file


def _fields(tmp_path: Path, text: str) -> list[tuple[str, str, str | None, bool]]:
    path = tmp_path / "schema.sql"
    path.write_text(text, "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert result.errors == []
    return [(f.table, f.name, f.type, f.primary_key) for f in result.fields]


def test_tsql_clustered_primary_keys_in_create_and_alter(tmp_path: Path) -> None:
    assert _fields(tmp_path, (
        "CREATE TABLE [dbo].[Customers](\n"
        "\t[CustomerID] [int] IDENTITY(1,1) NOT NULL,\n"
        "\t[Email] [nvarchar](256) NULL,\n"
        " CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED \n(\n\t[CustomerID] ASC\n)"
        "WITH (PAD_INDEX = OFF) ON [PRIMARY]\n"
        ") ON [PRIMARY]\nGO\n"
        "CREATE TABLE [dbo].[Visits]([VisitID] [int] NOT NULL, [Ip] [varchar](45) NULL)\nGO\n"
        "ALTER TABLE [dbo].[Visits] ADD CONSTRAINT [PK_Visits] PRIMARY KEY NONCLUSTERED ([VisitID] DESC)\nGO\n")) == [
        ("Customers", "CustomerID", "INT", True), ("Customers", "Email", "NVARCHAR(256)", False),
        ("Visits", "VisitID", "INT", True), ("Visits", "Ip", "VARCHAR(45)", False)]


def test_tsql_unnamed_primary_key_with_an_index_kind_in_alter(tmp_path: Path) -> None:
    assert _fields(tmp_path, (
        "CREATE TABLE [dbo].[Members]([MemberID] [int] NOT NULL, [Email] [varchar](100) NULL) ON [PRIMARY]\nGO\n"
        "ALTER TABLE [dbo].[Members] ADD PRIMARY KEY CLUSTERED \n(\n\t[MemberID] ASC\n)"
        "WITH (SORT_IN_TEMPDB = OFF, ONLINE = OFF) ON [PRIMARY]\nGO\n"
        "ALTER TABLE [dbo].[Members] ADD UNIQUE NONCLUSTERED ([Email] ASC)\nGO\n")) == [
        ("Members", "MemberID", "INT", True), ("Members", "Email", "VARCHAR(100)", False)]


def test_tsql_constraints_after_a_column_in_one_alter_add(tmp_path: Path) -> None:
    assert _fields(tmp_path, (
        "CREATE TABLE [dbo].[Visits]([PatientID] [int] NOT NULL, [Note] [ntext] NULL) ON [PRIMARY]\nGO\n"
        "ALTER TABLE [dbo].[Visits]\n   ADD [VisitID] [bigint] IDENTITY(1,1) NOT NULL,\n"
        "   CONSTRAINT [PK_Visits] PRIMARY KEY CLUSTERED ( [VisitID] ASC ) ON [PRIMARY]\nGO\n"
        "ALTER TABLE [dbo].[Visits] ADD [Ward] [int] NULL, CONSTRAINT [U_Ward] UNIQUE ([Ward])\nGO\n")) == [
        ("Visits", "PatientID", "INT", False), ("Visits", "Note", "TEXT", False),
        ("Visits", "VisitID", "BIGINT", True), ("Visits", "Ward", "INT", False)]


def test_mysql_key_columns_with_prefix_lengths(tmp_path: Path) -> None:
    assert _fields(tmp_path, "CREATE TABLE `notes` (`author` varchar(80), `body` text, "
                             "PRIMARY KEY (`author`(20), `body`(100))) ENGINE=InnoDB;") == [
        ("notes", "author", "VARCHAR(80)", True), ("notes", "body", "TEXT", True)]


@pytest.mark.parametrize(("written", "read"), [("timestamp", "TIMESTAMP"), ("TIMESTAMP(6)", "TIMESTAMP(6)"),
                                               ("datetime", "DATETIME")])
def test_mysql_timestamp_keeps_its_name(tmp_path: Path, written: str, read: str) -> None:
    text = f"CREATE TABLE `logins` (`at` {written} NOT NULL DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB;"
    assert _fields(tmp_path, text) == [("logins", "at", read, False)]


@pytest.mark.parametrize(("written", "read"), [
    ("datetimeoffset", "DATETIMEOFFSET"), ("[datetimeoffset](7)", "DATETIMEOFFSET(7)"),
    ("[uniqueidentifier]", "UNIQUEIDENTIFIER"), ("datetime2(3)", "DATETIME2(3)")])
def test_sql_server_types_keep_their_names(tmp_path: Path, written: str, read: str) -> None:
    text = f"CREATE TABLE [dbo].[Logins] ([At] {written} NOT NULL)\nGO\n"
    assert _fields(tmp_path, text) == [("Logins", "At", read, False)]


def test_postgres_real_and_float_keep_their_names(tmp_path: Path) -> None:
    text = "CREATE TABLE public.readings (weight real, height float4, score float, ratio double precision);"
    assert _fields(tmp_path, text) == [
        ("readings", "weight", "REAL", False), ("readings", "height", "REAL", False),
        ("readings", "score", "DOUBLE PRECISION", False), ("readings", "ratio", "DOUBLE PRECISION", False)]


def test_postgres_bit_varying_keeps_its_name(tmp_path: Path) -> None:
    text = "CREATE TABLE public.flags (id integer NOT NULL, mask bit varying(8), code character varying(3));"
    assert _fields(tmp_path, text) == [
        ("flags", "id", "INT", False), ("flags", "mask", "BIT VARYING(8)", False),
        ("flags", "code", "VARCHAR(3)", False)]


def test_partitions_and_inheriting_tables_take_their_parents_columns(tmp_path: Path) -> None:
    assert _fields(tmp_path, (
        "CREATE TABLE public.visits (id bigint, patient_email text, at date) PARTITION BY RANGE (at);\n"
        "CREATE TABLE public.visits_2024 PARTITION OF public.visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n"
        "CREATE TABLE public.home_visits (address text) INHERITS (public.visits);\n"
        "CREATE TABLE public.visits_copy (LIKE public.visits INCLUDING ALL, note text);\n")) == [
        ("visits", "id", "BIGINT", False), ("visits", "patient_email", "TEXT", False), ("visits", "at", "DATE", False),
        ("visits_2024", "id", "BIGINT", False), ("visits_2024", "patient_email", "TEXT", False),
        ("visits_2024", "at", "DATE", False),
        ("home_visits", "id", "BIGINT", False), ("home_visits", "patient_email", "TEXT", False),
        ("home_visits", "at", "DATE", False), ("home_visits", "address", "TEXT", False),
        ("visits_copy", "id", "BIGINT", False), ("visits_copy", "patient_email", "TEXT", False),
        ("visits_copy", "at", "DATE", False), ("visits_copy", "note", "TEXT", False)]


def test_sqlite_columns_without_a_type(tmp_path: Path) -> None:
    assert _fields(tmp_path, (
        "CREATE TABLE contacts (email, phone);\n"
        "CREATE TABLE notes (id PRIMARY KEY, author REFERENCES contacts(email), body TEXT);\n")) == [
        ("contacts", "email", None, False), ("contacts", "phone", None, False),
        ("notes", "id", None, True), ("notes", "author", None, False), ("notes", "body", "TEXT", False)]
