"""Install-script placeholders in table names: the table is read under its bare name."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.options import ReadOptions
from scanner.sql.placeholders import fill_placeholders
from scanner.sql.reader import read_sql_file


@pytest.mark.parametrize(
    ("text", "filled"),
    [
        ("CREATE TABLE {$db_prefix}members (a int) ENGINE={$engine};",
         "CREATE TABLE members (a int) ENGINE=engine;"),
        ("CREATE TABLE `#__users` (id int);", "CREATE TABLE `users` (id int);"),
        ("CREATE TABLE ${schema}.patients (id int);", "CREATE TABLE patients (id int);"),
        ("CREATE TABLE PREFIX_customer (id int) ENGINE=ENGINE_TYPE;",
         "CREATE TABLE customer (id int) ENGINE=ENGINE_TYPE;"),
        ("CREATE TABLE {{ prefix }}orders (id int);", "CREATE TABLE orders (id int);"),
        ("SELECT * FROM {users};", "SELECT * FROM users;"),
        ("CREATE TABLE %prefix%orders (id int);", "CREATE TABLE orders (id int);"),
        ("CREATE TABLE `%%TBL-PREFIX%%base_user` (id int);", "CREATE TABLE `base_user` (id int);"),
        ("USE @ZM_DB_NAME@;\nCREATE TABLE @PREFIX@Users (Id int);", "USE ZM_DB_NAME;\nCREATE TABLE Users (Id int);"),
        ("USE [$(DatabaseName)];\nCREATE TABLE [$(Schema)].[Users] ([Id] int);",
         "USE [DatabaseName];\nCREATE TABLE [Schema].[Users] ([Id] int);"),
        ("CREATE TABLE {forum_webtag}_POST (id int);\nINSERT INTO {forum_webtag}_POST VALUES (1);",
         "CREATE TABLE POST (id int);\nINSERT INTO POST VALUES (1);"),
    ],
)
def test_placeholders_are_filled(text: str, filled: str) -> None:
    assert fill_placeholders(text) == filled


@pytest.mark.parametrize(
    "text",
    ["#______________\n# section\n", "a jsonb DEFAULT '{}'::jsonb, b text[] DEFAULT '{x,y}'",
     "SET @saved_cs_client = @@character_set_client;", "CREATE DEFINER=`root`@`localhost` TRIGGER t",
     "CREATE DEFINER=root@localhost PROCEDURE p", "SET @a = 1, @b = @a;",
     "CREATE TABLE prefix_log (a int);", "INSERT INTO t VALUES ('100%');"],
)
def test_text_without_placeholders_is_unchanged(text: str) -> None:
    assert fill_placeholders(text) == text


def test_an_install_script_with_prefixed_tables_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "install.sql"
    path.write_text(
        "# Table structure for table `members`\n"
        "CREATE TABLE {$db_prefix}members (\n"
        "  id_member mediumint(8) unsigned NOT NULL auto_increment,\n"
        "  email_address varchar(255) NOT NULL default '',\n"
        "  PRIMARY KEY (id_member)\n"
        ") ENGINE={$engine};\n"
        "INSERT INTO {$db_prefix}members (id_member, email_address) VALUES (1, '{$admin_email}');\n"
        "CREATE TABLE `#__sessions` (`member_id` int REFERENCES `#__members` (`id_member`));\n",
        "utf-8",
    )
    result = read_sql_file(str(path), ReadOptions())
    assert [(f.table, f.name, f.primary_key, f.evidence.line if f.evidence else None) for f in result.fields] == [
        ("members", "id_member", True, 3), ("members", "email_address", False, 4), ("sessions", "member_id", False, 8)]
    assert result.fields[2].references is not None and result.fields[2].references.table == "members"
    assert result.errors == []


_NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
_SYNTAXES = st.sampled_from(["{$db_prefix}", "{prefix}", "{{prefix}}", "#__", "PREFIX_", "${schema}.",
                             "{forum_webtag}_", "%%TBL-PREFIX%%"])


@settings(max_examples=100, deadline=None)
@given(_SYNTAXES, _NAMES, st.integers(min_value=0, max_value=5))
def test_any_prefixed_table_keeps_its_name_and_lines(syntax: str, name: str, blank_lines: int) -> None:
    text = "\n" * blank_lines + f"CREATE TABLE `{syntax}{name}` (\n  `email` text\n);\n"
    filled = fill_placeholders(text)
    assert filled.count("\n") == text.count("\n")
    assert f"CREATE TABLE `{name}` (" in filled
