"""DDL run from strings (guarded migrations) is read; rollback migrations are not applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.options import ReadOptions
from scanner.sql.files import is_rollback
from scanner.sql.reader import read_migrations, read_sql_file

_GUARDED = (
    "CREATE TABLE IF NOT EXISTS Members (Id varchar(26) NOT NULL, Nick varchar(64), PRIMARY KEY (Id))"
    " ENGINE=InnoDB;\n"
    "SET @s = (SELECT IF(\n"
    "    (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE table_name = 'Members'\n"
    "     AND column_name = 'Phone') > 0,\n"
    "    'SELECT 1',\n"
    "    'ALTER TABLE Members ADD Phone varchar(32) DEFAULT \\'{\"kind\":\"mobile\"}\\';'\n"
    "));\n"
    "PREPARE addIfMissing FROM @s;\nEXECUTE addIfMissing;\nDEALLOCATE PREPARE addIfMissing;\n"
    "SET @s = (SELECT IF((SELECT 1) > 0, 'ALTER TABLE Members DROP COLUMN Nick;', 'SELECT 1'));\n"
    "PREPARE s2 FROM 'CREATE TABLE IF NOT EXISTS MemberNotes (MemberId varchar(26), Body text)';\n"
    "SET @s = (SELECT IF((SELECT 1) > 0, 'CREATE INDEX i ON Members (Phone)', 'SELECT 1'));\n"
)


def test_ddl_in_prepared_strings_is_applied(tmp_path: Path) -> None:
    path = tmp_path / "000010_members.up.sql"
    path.write_text(_GUARDED, "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert [(f.table, f.name, f.type, f.evidence.line if f.evidence else None) for f in result.fields] == [
        ("Members", "Id", "VARCHAR(26)", 1), ("Members", "Phone", "VARCHAR(32)", 6),
        ("MemberNotes", "MemberId", "VARCHAR(26)", 12), ("MemberNotes", "Body", "TEXT", 12)]
    assert result.errors == []


def test_tsql_exec_of_a_string_is_applied(tmp_path: Path) -> None:
    path = tmp_path / "upgrade.sql"
    path.write_text("CREATE TABLE dbo.Patients (Id int NOT NULL)\nGO\n"
                    "IF COL_LENGTH('dbo.Patients', 'Mrn') IS NULL\n"
                    "    EXEC('ALTER TABLE dbo.Patients ADD Mrn nvarchar(20) NULL')\nGO\n"
                    "EXEC sp_executesql N'ALTER TABLE dbo.Patients ADD Allergies nvarchar(max) NULL'\nGO\n", "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert [(f.name, f.type, f.evidence.line if f.evidence else None) for f in result.fields] == [
        ("Id", "INT", 1), ("Mrn", "NVARCHAR(20)", 4), ("Allergies", "NVARCHAR(MAX)", 6)]
    assert result.errors == []


@pytest.mark.parametrize(
    ("name", "rollback"),
    [("000002_users.down.sql", True), ("000002_users.up.sql", False), ("down.sql", True), ("U3__undo.sql", True),
     ("0004_users_undo.sql", True), ("0005_countdown.sql", False), ("V3__users.sql", False)],
)
def test_rollback_names(name: str, rollback: bool) -> None:
    assert is_rollback(name) is rollback


def test_rollbacks_in_a_migrations_folder_are_not_applied(tmp_path: Path) -> None:
    (tmp_path / "000001_create_users.up.sql").write_text("CREATE TABLE users (id int, email text);\n", "utf-8")
    (tmp_path / "000001_create_users.down.sql").write_text("DROP TABLE users;\n", "utf-8")
    (tmp_path / "000002_phone.up.sql").write_text("ALTER TABLE users ADD COLUMN phone text;\n", "utf-8")
    (tmp_path / "000002_phone.down.sql").write_text("ALTER TABLE users ADD COLUMN fax text;\n", "utf-8")
    result = read_migrations(str(tmp_path), ReadOptions())
    assert [f.name for f in result.fields] == ["id", "email", "phone"]
    assert (result.stats["migrations_applied"], result.stats["migrations_rollbacks_skipped"]) == (2, 2)


def test_postgres_do_blocks_apply_their_schema_changes(tmp_path: Path) -> None:
    path = tmp_path / "20240101_members.sql"
    path.write_text(
        "CREATE TABLE public.members (id bigint PRIMARY KEY);\n"
        "DO $$\nBEGIN\n"
        "  IF NOT EXISTS (SELECT 1 FROM information_schema.columns\n"
        "                 WHERE table_name = 'members' AND column_name = 'phone') THEN\n"
        "    ALTER TABLE public.members ADD COLUMN phone text;\n"
        "  END IF;\n"
        "  CREATE TABLE IF NOT EXISTS public.member_notes (member_id bigint REFERENCES public.members(id), note text)"
        ";\n"
        "EXCEPTION WHEN duplicate_table THEN NULL;\n"
        "END $$;\n"
        "DO LANGUAGE plpgsql $body$ BEGIN EXECUTE 'ALTER TABLE public.members ADD COLUMN birth_date date'; "
        "END $body$;\n"
        "DO $$ BEGIN CREATE TYPE public.mood AS ENUM ('calm'); EXCEPTION WHEN duplicate_object THEN null; END $$;\n",
        "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert [(f.table, f.name, f.type, f.evidence.line if f.evidence else None) for f in result.fields] == [
        ("members", "id", "BIGINT", 1), ("members", "phone", "TEXT", 6), ("members", "birth_date", "DATE", 11),
        ("member_notes", "member_id", "BIGINT", 8), ("member_notes", "note", "TEXT", 8)]
    assert result.errors == []
