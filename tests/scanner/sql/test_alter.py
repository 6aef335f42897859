"""ALTER TABLE as dumps and upgrade scripts write it: column changes applied, housekeeping skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.model import ForeignKey
from scanner.options import ReadOptions
from scanner.sql.reader import read_sql_file
from scanner.sql.statements import read_statements


def test_mysql_modify_and_change_replace_the_definition_in_place(tmp_path: Path) -> None:
    path = tmp_path / "upgrade.sql"
    path.write_text(
        "CREATE TABLE `patient_data` (`pid` int(11) NOT NULL, `phone_cell` varchar(20), `email` varchar(80), "
        "`doc` int, PRIMARY KEY (`pid`), CONSTRAINT `fk` FOREIGN KEY (`doc`) REFERENCES `users` (`id`));\n"
        "ALTER TABLE `patient_data` CHANGE `phone_cell` `phone_mobile` varchar(32) COMMENT 'mobile number';\n"
        "ALTER TABLE `patient_data` MODIFY COLUMN `email` varchar(255) NOT NULL COMMENT 'contact e-mail';\n"
        "ALTER TABLE `patient_data` MODIFY `pid` bigint NOT NULL AUTO_INCREMENT, MODIFY `doc` bigint;\n"
        "ALTER TABLE `patient_data` MODIFY `allergies` text;\n", "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert [(f.name, f.type, f.comment, f.primary_key, f.references, f.evidence.line if f.evidence else None)
            for f in result.fields] == [
        ("pid", "BIGINT", None, True, None, 1),
        ("phone_mobile", "VARCHAR(32)", "mobile number", False, None, 2),
        ("email", "VARCHAR(255)", "contact e-mail", False, None, 1),
        ("doc", "BIGINT", None, False, ForeignKey("users", "id"), 1),
        ("allergies", "TEXT", None, False, None, 5),
    ]
    assert result.errors == []


@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE public.patients OWNER TO app",
        "ALTER TABLE ONLY public.patients REPLICA IDENTITY FULL",
        "ALTER TABLE IF EXISTS public.patients ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM (1) TO (2)",
        "ALTER TABLE public.patients CLUSTER ON patients_pkey",
        "ALTER TABLE public.patients SET (fillfactor = 70)",
        "ALTER TABLE [dbo].[Orders] CHECK CONSTRAINT [FK_Orders_Customers]",
        "ALTER TABLE [dbo].[Orders] ADD  DEFAULT ((0)) FOR [Freight]",
        "ALTER TABLE [dbo].[Orders] ADD CONSTRAINT [DF_Orders_Date] DEFAULT (getdate()) FOR [OrderDate]",
        "ALTER TABLE `orders` ENGINE=InnoDB",
        "ALTER TABLE `orders` AUTO_INCREMENT = 1000",
        "ALTER TABLE `orders` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        "ALTER TABLE `orders` DEFAULT CHARSET=utf8mb4",
    ],
)
def test_alter_table_housekeeping_is_skipped_unparsed(statement: str) -> None:
    [read] = read_statements(statement + ";", None)
    assert (read.expression, read.error) == (None, None)


@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE [dbo].[Orders] WITH CHECK ADD CONSTRAINT [FK_x] FOREIGN KEY([CustomerID]) "
        "REFERENCES [dbo].[Customers] ([CustomerID])",
        "ALTER TABLE public.patients ADD COLUMN owner_email text",
        "ALTER TABLE `orders` ADD `engine_code` int",
        "ALTER TABLE ONLY public.patients ADD CONSTRAINT patients_pkey PRIMARY KEY (id)",
    ],
)
def test_alter_table_column_and_key_changes_are_parsed(statement: str) -> None:
    [read] = read_statements(statement + ";", None)
    assert read.expression is not None and not read.partial


def _final(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    path = tmp_path / "migration.sql"
    path.write_text(text, "utf-8")
    result = read_sql_file(str(path), ReadOptions())
    assert result.errors == []
    return [(f.table, f.name, f.type) for f in result.fields]


def test_mysql_renames_and_parenthesised_add(tmp_path: Path) -> None:
    assert _final(tmp_path, (
        "CREATE TABLE `member` (`id` int, `mail` varchar(80)) ENGINE=InnoDB;\n"
        "CREATE TABLE other (`note` text);\n"
        "ALTER TABLE `member` ADD COLUMN (`phone` varchar(32), `city` text);\n"
        "ALTER TABLE `member` ADD (`zip` varchar(10));\n"
        "RENAME TABLE `member` TO `members`, `other` TO `others`;\n"
        "ALTER TABLE `members` RENAME COLUMN `mail` TO `email`;\n")) == [
        ("members", "id", "INT"), ("members", "email", "VARCHAR(80)"), ("members", "phone", "VARCHAR(32)"),
        ("members", "city", "TEXT"), ("members", "zip", "VARCHAR(10)"), ("others", "note", "TEXT")]


def test_postgres_rename_without_the_column_keyword_renames_a_column(tmp_path: Path) -> None:
    assert _final(tmp_path, "CREATE TABLE visit (id int, who text);\nALTER TABLE visit RENAME who TO visitor;\n"
                            "ALTER TABLE visit RENAME TO visits;\n") == [
        ("visits", "id", "INT"), ("visits", "visitor", "TEXT")]


def test_sql_server_sp_rename(tmp_path: Path) -> None:
    assert _final(tmp_path, (
        "CREATE TABLE dbo.Patient (Id int, Nm nvarchar(80))\nGO\n"
        "EXEC sp_rename 'dbo.Patient.Nm', 'FullName', 'COLUMN'\nGO\n"
        "EXEC sys.sp_rename N'dbo.Patient', N'Patients'\nGO\n"
        "ALTER TABLE dbo.Patients ADD Mrn nvarchar(20) NULL\nGO\n")) == [
        ("Patients", "Id", "INT"), ("Patients", "FullName", "NVARCHAR(80)"), ("Patients", "Mrn", "NVARCHAR(20)")]
