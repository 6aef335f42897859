"""The database reader on real SQLite files made in the test."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog.errors import DatamapError
from catalog.model import Evidence, Field, ForeignKey, ScanError
from scanner.database import open_engine, parse_target, read_database, safe_url, view_definitions
from scanner.options import ReadOptions

SCHEMA = """
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    nickname TEXT NOT NULL,
    email VARCHAR(255),
    birth_date DATE,
    notes TEXT,
    location GEOMETRY
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id),
    x1 TEXT,
    user_agent TEXT,
    avatar BLOB
);
CREATE VIEW active_accounts AS SELECT id, nickname FROM accounts WHERE email IS NOT NULL;
"""
AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.1"


@pytest.fixture()
def database(tmp_path: Path) -> Path:
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as connection:
        connection.executescript(SCHEMA)
        connection.executemany(
            "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, NULL)",
            [
                (
                    i,
                    f"player{i}",
                    f"user{i}@example.com",
                    f"{1960 + i % 40}-0{1 + i % 9}-1{i % 9}",
                    f"backup.contact{i}@mail.example.org",
                )
                for i in range(1, 31)
            ],
        )
        connection.executemany(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?)",
            [(i, 1 + i % 30, f"203.0.113.{i % 250}", AGENT, b"\x89PNG") for i in range(1, 51)],
        )
    connection.close()
    return path


def fields_of(path: Path) -> list[Field]:
    source = f"sqlite:///{path}"

    def field(table: str, name: str, type_: str, **extra: object) -> Field:
        evidence = Evidence(f"{source}#{table}.{name}")
        return Field(source, None, table, name, type_, evidence=evidence, **extra)  # type: ignore[arg-type]

    fk = ForeignKey("accounts", "id")
    return [
        field("accounts", "id", "INTEGER", primary_key=True),
        field("accounts", "nickname", "TEXT"),
        field("accounts", "email", "VARCHAR(255)"),
        field("accounts", "birth_date", "DATE"),
        field("accounts", "notes", "TEXT"),
        field("accounts", "location", "GEOMETRY"),
        field("active_accounts", "id", "INTEGER"),
        field("active_accounts", "nickname", "TEXT"),
        field("sessions", "id", "INTEGER", primary_key=True),
        field("sessions", "account_id", "INTEGER", references=fk),
        field("sessions", "x1", "TEXT"),
        field("sessions", "user_agent", "TEXT"),
        field("sessions", "avatar", "BLOB"),
    ]


def exact(fields: list[Field]) -> list[tuple[object, ...]]:
    """Every attribute, including those left out of equality."""
    return [
        (f.source, f.dataset, f.table, f.name, f.type, f.comment, f.primary_key, f.references, f.evidence)
        for f in fields
    ]


def test_reads_tables_views_types_and_keys(database: Path) -> None:
    result = read_database(f"sqlite:///{database}", ReadOptions())
    assert exact(result.fields) == exact(fields_of(database))
    assert result.errors == []
    assert result.profiles == {}
    assert result.stats == {"tables_read": 3, "tables_skipped": 0, "columns_read": 13, "rows_sampled": 0}


def test_sampling_profiles_columns_whose_names_say_nothing(database: Path) -> None:
    url = f"sqlite:///{database}"
    result = read_database(url, ReadOptions(sample=20))
    assert result.errors == []
    assert result.stats["rows_sampled"] == 40  # 20 per table, views are not sampled
    best = {key.rpartition("::")[2]: profile.best() for key, profile in result.profiles.items()}
    assert best == {
        "accounts.id": None,
        "accounts.nickname": None,
        "accounts.email": ("user.contact.email", 1.0),
        "accounts.birth_date": ("user.demographic.date_of_birth", 1.0),
        "accounts.notes": ("user.contact.email", 1.0),
        "accounts.location": None,
        "sessions.id": None,
        "sessions.account_id": None,
        "sessions.x1": ("user.device.ip_address", 1.0),
        "sessions.user_agent": ("user.device", 1.0),
    }  # BLOB columns are not sampled
    notes = result.profiles[f"{url}::accounts.notes"]
    assert notes.sampled == 20
    assert notes.masked_examples == ("b***@m***.org",)
    assert "backup.contact" not in repr(result)


def test_connection_is_read_only_and_the_file_is_untouched(database: Path) -> None:
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    read_database(f"sqlite:///{database}", ReadOptions(sample=5))
    engine = open_engine(parse_target(f"sqlite:///{database}"), ReadOptions())
    with engine.connect() as connection, pytest.raises(sa.exc.OperationalError, match="readonly"):
        connection.execute(sa.text("DELETE FROM accounts"))
    engine.dispose()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_a_locked_table_is_reported_and_the_rest_completes(database: Path) -> None:
    locker = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    calls: list[tuple[int, int]] = []

    def lock_after_first_table(done: int, total: int) -> None:
        calls.append((done, total))
        if done == 1:
            locker.execute("BEGIN EXCLUSIVE")

    url = f"sqlite:///{database}"
    options = ReadOptions(sample=10, workers=1, table_timeout=0.5)
    result = read_database(url, options, progress=lock_after_first_table)
    locker.execute("ROLLBACK")
    locker.close()
    assert calls == [(1, 2), (2, 2)]
    assert result.errors == [ScanError(f"{url}#sessions", None, "values not sampled: database is locked")]
    assert result.stats == {"tables_read": 3, "tables_skipped": 1, "columns_read": 13, "rows_sampled": 10}
    assert f"{url}::accounts.email" in result.profiles
    assert f"{url}::sessions.x1" not in result.profiles


def test_view_definitions(database: Path) -> None:
    assert view_definitions(f"sqlite:///{database}") == {
        "active_accounts": "CREATE VIEW active_accounts AS SELECT id, nickname FROM accounts WHERE email IS NOT NULL"
    }


def test_missing_database_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    with pytest.raises(DatamapError) as raised:
        read_database(f"sqlite:///{missing}", ReadOptions())
    assert str(raised.value) == f"{missing}: no such SQLite database file"
    assert not missing.exists()


def test_unknown_driver_is_a_clear_error() -> None:
    with pytest.raises(DatamapError, match="no database driver installed for 'nosuchdb'"):
        read_database("nosuchdb://user:pw@host/db", ReadOptions())


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://bob:s3cret@db.internal:5432/app", "postgresql://bob@db.internal:5432/app"),
        ("postgres://bob:s3cret@db/app?sslmode=require&sslpassword=x", "postgresql://bob@db/app?sslmode=require"),
        ("mysql+pymysql://root:pw@localhost/shop", "mysql://root@localhost/shop"),
        ("sqlite:///data/app.db", "sqlite:///data/app.db"),
    ],
)
def test_urls_are_shown_without_credentials(url: str, shown: str) -> None:
    assert safe_url(url) == shown


def test_plain_scheme_maps_to_the_installed_driver() -> None:
    assert parse_target("postgresql://h/db").url.drivername == "postgresql+psycopg"
    assert parse_target("mysql://h/db").url.drivername == "mysql+pymysql"
    assert parse_target("postgresql+psycopg2://h/db").url.drivername == "postgresql+psycopg2"
