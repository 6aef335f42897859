"""The database reader against a real PostgreSQL server started by the test run."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import phonenumbers
import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from catalog.errors import DatamapError
from catalog.model import Field, ForeignKey, ReadResult, ScanError
from scanner.database import (
    open_engine,
    parse_target,
    read_database,
    sample_statement,
    view_definitions,
)
from scanner.options import ReadOptions

if TYPE_CHECKING:
    from tests.postgres_fixture import PostgresServer

DATABASE = "videochat"
READER, READER_PASSWORD = "reader", "Rd-pw-91xQ"
EVENTS = 20_000

SCHEMA = """
CREATE TYPE complex AS (r double precision, i double precision);
CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    nickname text NOT NULL,
    email varchar(320),
    password_hash text,
    birth_date date,
    country char(2),
    created_at timestamptz NOT NULL DEFAULT now(),
    notes text,
    data jsonb,
    last_ip inet,
    device_id uuid
);
COMMENT ON COLUMN accounts.nickname IS 'Name shown to other users';
COMMENT ON COLUMN accounts.notes IS 'Support notes';
CREATE TABLE rooms (id serial PRIMARY KEY, name text NOT NULL, topic text);
CREATE TABLE sessions (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    x1 text,
    user_agent text,
    lat numeric(9, 6),
    lon numeric(9, 6)
);
CREATE TABLE messages (
    id bigserial PRIMARY KEY,
    room_id integer REFERENCES rooms (id),
    sender_id bigint REFERENCES accounts (id),
    body text
);
CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    card_number text,
    iban text,
    amount numeric(10, 2),
    currency char(3)
);
CREATE TABLE secrets_vault (id integer PRIMARY KEY, api_key text);
CREATE TABLE events (id bigserial PRIMARY KEY, account_id bigint, kind text);
CREATE VIEW active_accounts AS SELECT id, nickname, email FROM accounts WHERE email IS NOT NULL;
CREATE SCHEMA analytics;
CREATE TABLE analytics.daily_active (
    day date NOT NULL,
    account_id bigint REFERENCES public.accounts (id),
    signal complex,
    PRIMARY KEY (day, account_id)
);
"""

GRANTS = f"""
CREATE ROLE {READER} LOGIN PASSWORD '{READER_PASSWORD}';
GRANT USAGE ON SCHEMA public, analytics TO {READER};
GRANT SELECT ON ALL TABLES IN SCHEMA public, analytics TO {READER};
REVOKE SELECT ON secrets_vault FROM {READER};
"""

FIRST = ["ana", "ben", "chloe", "dmitri", "eva", "farid", "grace", "hiro", "ines", "jon"]
DOMAINS = ["gmail.com", "outlook.com", "example.org", "yahoo.co.uk", "web.de"]
AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "okhttp/4.12.0",
]
CARDS = ["4111 1111 1111 1111", "5500 0000 0000 0004", "3400 0000 0000 009", "4012888888881881"]
IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606"]


def _phone(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.5:
            text = f"+1 {rng.choice(['212', '415', '617', '312'])}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        else:
            text = f"+44 20 7946 {rng.randint(0, 999):04d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text, None)):
            return text


def _email(rng: random.Random, index: int) -> str:
    return f"{rng.choice(FIRST)}.{index}{rng.randint(10, 99)}@{rng.choice(DOMAINS)}"


def _load(connection: psycopg.Connection) -> None:
    rng = random.Random(7)
    connection.execute(SCHEMA)
    for index in range(1, 61):
        connection.execute(
            "INSERT INTO accounts (nickname, email, password_hash, birth_date, country, notes, "
            "data, last_ip, device_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                f"{rng.choice(FIRST)}_{index}",
                _email(rng, index),
                "$2b$12$" + "".join(rng.choices("abcdefghijk0123456789", k=53)),
                f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.choice(["US", "GB", "DE", "FR"]),
                _email(rng, index + 1000),
                psycopg.types.json.Jsonb(
                    {"contact": {"phone": _phone(rng)}, "prefs": {"theme": rng.choice(["dark", "light"])}}
                ),
                f"198.51.100.{index}",
                f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
                f"a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
            ),
        )
    connection.execute("INSERT INTO rooms (name, topic) VALUES ('lobby', 'Say hi'), ('music', 'Jazz')")
    for index in range(1, 81):
        connection.execute(
            "INSERT INTO sessions (account_id, x1, user_agent, lat, lon) VALUES (%s, %s, %s, %s, %s)",
            (
                1 + index % 60,
                f"{rng.choice([10, 172, 192, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                rng.choice(AGENTS),
                round(rng.uniform(-60, 70), 6),
                round(rng.uniform(-170, 170), 6),
            ),
        )
    for index in range(1, 41):
        body = (
            f"hey, write to me at {_email(rng, index)} when you are back"
            if index % 2
            else "see you all in the music room tonight at eight"
        )
        connection.execute(
            "INSERT INTO messages (room_id, sender_id, body) VALUES (%s, %s, %s)",
            (1 + index % 2, 1 + index % 60, body),
        )
    for index in range(1, 31):
        connection.execute(
            "INSERT INTO payments (account_id, card_number, iban, amount, currency) VALUES (%s, %s, %s, %s, 'USD')",
            (index, CARDS[index % 4], IBANS[index % 3], round(rng.uniform(1, 99), 2)),
        )
    connection.execute("INSERT INTO secrets_vault VALUES (1, 'sk_live_abc')")
    connection.execute(
        f"INSERT INTO events (account_id, kind) SELECT g % 60 + 1, 'login' FROM generate_series(1, {EVENTS}) AS g"
    )
    connection.execute(
        "INSERT INTO analytics.daily_active VALUES ('2024-05-01', 1, ROW(1.0, 2.0)), ('2024-05-01', 2, NULL)"
    )
    connection.execute("ANALYZE")
    connection.execute(GRANTS)


@pytest.fixture(scope="module")
def server(postgres_server: PostgresServer) -> Iterator[PostgresServer]:
    postgres_server.execute(f"DROP ROLE IF EXISTS {READER}")
    postgres_server.create_database(DATABASE)
    with psycopg.connect(postgres_server.admin_url(DATABASE), autocommit=True) as connection:
        _load(connection)
    yield postgres_server
    postgres_server.execute(f"DROP DATABASE {DATABASE} WITH (FORCE)")
    postgres_server.execute(f"DROP ROLE {READER}")


@pytest.fixture(scope="module")
def reader_url(server: PostgresServer) -> str:
    return server.url(READER, READER_PASSWORD, DATABASE)


@pytest.fixture(scope="module")
def sampled(reader_url: str) -> ReadResult:
    return read_database(reader_url, ReadOptions(sample=50, workers=3))


def _row(field: Field) -> tuple[object, ...]:
    return (field.qualified_table, field.name, field.type, field.comment, field.primary_key, field.references)


def test_reads_every_schema_exactly(server: PostgresServer, reader_url: str) -> None:
    result = read_database(reader_url, ReadOptions())
    accounts = ForeignKey("public.accounts", "id")
    assert [_row(field) for field in result.fields] == [
        ("analytics.daily_active", "day", "DATE", None, True, None),
        ("analytics.daily_active", "account_id", "BIGINT", None, True, accounts),
        ("analytics.daily_active", "signal", "complex", None, False, None),
        ("public.accounts", "id", "BIGINT", None, True, None),
        ("public.accounts", "nickname", "TEXT", "Name shown to other users", False, None),
        ("public.accounts", "email", "VARCHAR(320)", None, False, None),
        ("public.accounts", "password_hash", "TEXT", None, False, None),
        ("public.accounts", "birth_date", "DATE", None, False, None),
        ("public.accounts", "country", "CHAR(2)", None, False, None),
        ("public.accounts", "created_at", "TIMESTAMP WITH TIME ZONE", None, False, None),
        ("public.accounts", "notes", "TEXT", "Support notes", False, None),
        ("public.accounts", "data", "JSONB", None, False, None),
        ("public.accounts", "last_ip", "INET", None, False, None),
        ("public.accounts", "device_id", "UUID", None, False, None),
        ("public.active_accounts", "id", "BIGINT", None, False, None),
        ("public.active_accounts", "nickname", "TEXT", None, False, None),
        ("public.active_accounts", "email", "VARCHAR(320)", None, False, None),
        ("public.events", "id", "BIGINT", None, True, None),
        ("public.events", "account_id", "BIGINT", None, False, None),
        ("public.events", "kind", "TEXT", None, False, None),
        ("public.messages", "id", "BIGINT", None, True, None),
        ("public.messages", "room_id", "INTEGER", None, False, ForeignKey("public.rooms", "id")),
        ("public.messages", "sender_id", "BIGINT", None, False, accounts),
        ("public.messages", "body", "TEXT", None, False, None),
        ("public.payments", "id", "BIGINT", None, True, None),
        ("public.payments", "account_id", "BIGINT", None, False, accounts),
        ("public.payments", "card_number", "TEXT", None, False, None),
        ("public.payments", "iban", "TEXT", None, False, None),
        ("public.payments", "amount", "NUMERIC(10, 2)", None, False, None),
        ("public.payments", "currency", "CHAR(3)", None, False, None),
        ("public.rooms", "id", "INTEGER", None, True, None),
        ("public.rooms", "name", "TEXT", None, False, None),
        ("public.rooms", "topic", "TEXT", None, False, None),
        ("public.secrets_vault", "id", "INTEGER", None, True, None),
        ("public.secrets_vault", "api_key", "TEXT", None, False, None),
        ("public.sessions", "id", "BIGINT", None, True, None),
        ("public.sessions", "account_id", "BIGINT", None, False, accounts),
        ("public.sessions", "x1", "TEXT", None, False, None),
        ("public.sessions", "user_agent", "TEXT", None, False, None),
        ("public.sessions", "lat", "NUMERIC(9, 6)", None, False, None),
        ("public.sessions", "lon", "NUMERIC(9, 6)", None, False, None),
    ]
    source = f"postgresql://{READER}@{server.host}:{server.port}/{DATABASE}"
    assert {field.source for field in result.fields} == {source}
    assert result.fields[3].evidence is not None
    assert result.fields[3].evidence.path == f"{source}#public.accounts.id"
    assert result.errors == []
    assert result.stats == {"tables_read": 9, "tables_skipped": 0, "columns_read": 41, "rows_sampled": 0}
    assert READER_PASSWORD not in repr(result)


def test_values_reveal_what_names_hide(sampled: ReadResult, reader_url: str) -> None:
    source = sampled.fields[0].source
    best = {key.removeprefix(f"{source}::"): profile.best() for key, profile in sampled.profiles.items()}
    expected = {
        "public.accounts.email": ("user.contact.email", 1.0),
        "public.accounts.notes": ("user.contact.email", 1.0),
        "public.accounts.data": ("user.contact.phone_number", 1.0),
        "public.accounts.birth_date": ("user.demographic.date_of_birth", 1.0),
        "public.accounts.last_ip": ("user.device.ip_address", 1.0),
        "public.accounts.device_id": ("user.device.device_id", 1.0),
        "public.accounts.password_hash": ("user.authorization.password", 1.0),
        "public.sessions.x1": ("user.device.ip_address", 1.0),
        "public.sessions.user_agent": ("user.device", 1.0),
        "public.sessions.lat": ("user.location.precise", 1.0),
        "public.sessions.lon": ("user.location.precise", 1.0),
        "public.messages.body": ("user.content", 1.0),
        "public.payments.card_number": ("user.financial.credit_card", 1.0),
        "public.payments.iban": ("user.financial.bank_account", 1.0),
    }
    assert {key: best[key] for key in expected} == expected
    quiet = {key for key, value in best.items() if value is None}
    assert quiet == {
        "analytics.daily_active.day",
        "analytics.daily_active.account_id",
        "public.accounts.id",
        "public.accounts.nickname",
        "public.accounts.country",
        "public.accounts.created_at",
        "public.events.id",
        "public.events.account_id",
        "public.events.kind",
        "public.messages.id",
        "public.messages.room_id",
        "public.messages.sender_id",
        "public.payments.id",
        "public.payments.account_id",
        "public.payments.amount",
        "public.payments.currency",
        "public.rooms.id",
        "public.rooms.name",
        "public.rooms.topic",
        "public.sessions.id",
        "public.sessions.account_id",
    }
    data = sampled.profiles[f"{source}::public.accounts.data"]
    assert data.nested_keys == ("contact.phone", "prefs.theme")
    assert all(example.startswith("contact.phone: +") for example in data.masked_examples)
    body = sampled.profiles[f"{source}::public.messages.body"]
    assert body.matches == (("user.content", 1.0), ("user.contact.email", 0.5))


def test_sampling_is_bounded_and_skips_what_cannot_be_read(sampled: ReadResult, server: PostgresServer) -> None:
    source = sampled.fields[0].source
    assert sampled.errors == [
        ScanError(
            f"{source}#public.secrets_vault", None, "values not sampled: permission denied for table secrets_vault"
        )
    ]
    # 60 accounts, 2 rooms, 80 sessions, 40 messages, 30 payments, 2 daily rows, events: 50
    assert sampled.stats == {
        "tables_read": 9,
        "tables_skipped": 1,
        "columns_read": 41,
        "rows_sampled": 50 + 2 + 50 + 40 + 30 + 2 + 50,
    }
    assert max(profile.sampled for profile in sampled.profiles.values()) == 50
    assert f"{source}::analytics.daily_active.signal" not in sampled.profiles  # unknown type
    text = repr(sampled)
    for secret in ("sk_live_abc", "198.51.100.", "4111 1111", "@gmail.com", "+44 20 7946"):
        assert secret not in text


def test_large_tables_use_tablesample(server: PostgresServer) -> None:
    statement = sample_statement("postgresql", "public", "events", ["id", "kind"], 50, EVENTS)
    sql = str(statement.compile(dialect=postgresql.dialect()))
    assert "TABLESAMPLE system(" in sql and "REPEATABLE (" in sql and "LIMIT" in sql
    small = sample_statement("postgresql", "public", "rooms", ["id"], 50, 2)
    assert "TABLESAMPLE" not in str(small.compile(dialect=postgresql.dialect()))
    engine = sa.create_engine(parse_target(server.admin_url(DATABASE)).url)
    with engine.connect() as connection:
        rows = connection.execute(statement).all()
    engine.dispose()
    assert len(rows) == 50
    assert {kind for _, kind in rows} == {"login"}


def test_nothing_is_written(server: PostgresServer, reader_url: str) -> None:
    counts = "SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables"
    before = server.execute(counts, DATABASE)
    read_database(server.url(database=DATABASE, password=server.password), ReadOptions(sample=10))
    assert server.execute(counts, DATABASE) == before
    engine = open_engine(parse_target(server.admin_url(DATABASE)), ReadOptions())
    with engine.connect() as connection:
        assert connection.execute(sa.text("SHOW default_transaction_read_only")).scalar() == "on"
        with pytest.raises(sa.exc.InternalError, match="read-only transaction"):
            connection.execute(sa.text("DELETE FROM rooms"))
    engine.dispose()
    assert server.execute("SELECT count(*) FROM rooms", DATABASE) == [(2,)]


def test_a_locked_table_times_out_and_the_rest_completes(server: PostgresServer, reader_url: str) -> None:
    locked = threading.Event()
    release = threading.Event()

    def hold_lock() -> None:
        with psycopg.connect(server.admin_url(DATABASE)) as connection:
            connection.execute("LOCK TABLE rooms IN ACCESS EXCLUSIVE MODE")
            locked.set()
            release.wait(30)
            connection.rollback()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(10)
        started = time.monotonic()
        result = read_database(reader_url, ReadOptions(sample=5, table_timeout=1.0))
        elapsed = time.monotonic() - started
    finally:
        release.set()
        holder.join()
    source = result.fields[0].source
    assert [error.path for error in result.errors] == [f"{source}#public.rooms", f"{source}#public.secrets_vault"]
    # reading the catalog of a table under an exclusive lock waits on the lock too
    assert result.errors[0].reason == "table not read: canceling statement due to statement timeout"
    assert "public.rooms" not in {field.qualified_table for field in result.fields}
    assert result.stats["tables_read"] == 8
    assert f"{source}::public.accounts.email" in result.profiles
    assert elapsed < 10


def test_wrong_password_is_a_clear_error_without_the_password(server: PostgresServer) -> None:
    with pytest.raises(DatamapError) as raised:
        read_database(server.url(READER, "not-the-Password-42", DATABASE), ReadOptions())
    message = str(raised.value)
    assert "not-the-Password-42" not in message
    assert message.startswith(f"postgresql://{READER}@{server.host}:{server.port}/{DATABASE}: ")
    assert 'password authentication failed for user "reader"' in message


def test_unreachable_server_is_a_clear_error(server: PostgresServer) -> None:
    with pytest.raises(DatamapError) as raised:
        read_database(f"postgresql://{READER}:hunter2@127.0.0.1:1/{DATABASE}", ReadOptions())
    message = str(raised.value)
    assert message.startswith(f"postgresql://{READER}@127.0.0.1:1/{DATABASE}: cannot connect: ")
    assert "hunter2" not in message


def test_credentials_from_the_environment_and_a_pgpass_file(
    server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.url(READER, database=DATABASE)  # no password in the URL
    monkeypatch.setenv("PGPASSWORD", READER_PASSWORD)
    assert read_database(url, ReadOptions()).stats["tables_read"] == 9
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{server.host}:{server.port}:{DATABASE}:{READER}:{READER_PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert read_database(url, ReadOptions()).stats["tables_read"] == 9


def test_view_definitions(reader_url: str) -> None:
    assert view_definitions(reader_url) == {
        "public.active_accounts": "SELECT accounts.id,\n    accounts.nickname,\n"
        "    accounts.email\n   FROM accounts\n  WHERE (accounts.email IS NOT NULL);"
    }


ESTATE = Path(__file__).resolve().parents[2] / "sample_schemas" / "postgres"
ESTATE_ORDER = ["accounts", "chat", "media", "billing", "telemetry", "ops"]
ESTATE_ROLES = ["chat_service", "media_service", "billing_service", "analytics_ro", "admin_console"]


def test_reads_the_sample_estate_as_postgresql_sees_it(server: PostgresServer) -> None:
    if not all((ESTATE / f"{name}.sql").is_file() for name in ESTATE_ORDER):
        pytest.skip("the sample estate's PostgreSQL schema is not in this checkout")
    server.create_database("estate")
    for role in ESTATE_ROLES:
        server.execute(f"DROP ROLE IF EXISTS {role}")
        server.execute(f"CREATE ROLE {role}")
    try:
        for name in ESTATE_ORDER:
            server.load(ESTATE / f"{name}.sql", "estate")
        columns = server.execute(
            "SELECT table_schema, table_name, column_name, "
            "(SELECT description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid "
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = table_schema "
            " AND c.relname = table_name AND d.objsubid = ordinal_position) "
            "FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
            "ORDER BY table_schema, table_name, ordinal_position",
            "estate",
        )
        result = read_database(server.admin_url("estate"), ReadOptions(sample=20))
    finally:
        server.execute('DROP DATABASE IF EXISTS "estate" WITH (FORCE)')
        for role in ESTATE_ROLES:
            server.execute(f"DROP ROLE IF EXISTS {role}")
    assert result.errors == []
    assert [(f.dataset, f.table, f.name, f.comment) for f in result.fields] == columns
    assert result.stats["columns_read"] == len(columns)
    users = {f.name: f for f in result.fields if f.qualified_table == "app.users"}
    assert users["referred_by"].references == ForeignKey("app.users", "id")
    assert users["id"].primary_key
    assert users["nickname"].type == "CITEXT"
