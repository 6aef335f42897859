"""``datamap scan`` on live databases through the CLI: value sampling fixes misleading names,
and neither raw values nor passwords ever reach the output."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from datamap.cli import main
from tests.postgres_fixture import PostgresServer

EMAILS = [f"member{i}@mail{i % 7}.example.org" for i in range(60)]
IPS = [f"203.0.113.{i}" for i in range(1, 61)]


def _scan(*args: str) -> dict:
    result = CliRunner().invoke(main, ["scan", *args, "--format", "json", "--no-snapshot"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _by_name(payload: dict) -> dict[tuple[str, str], dict]:
    return {(f["table"], f["name"]): f for f in payload["fields"]}


def _assert_no_raw_values(text: str) -> None:
    assert not any(value in text for value in EMAILS + IPS)


def test_sqlite_values_override_misleading_names(tmp_path: Path) -> None:
    path = tmp_path / "support.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, notes TEXT, x1 TEXT, status TEXT)")
        db.executemany("INSERT INTO tickets (notes, x1, status) VALUES (?, ?, ?)",
                       [(e, ip, "open") for e, ip in zip(EMAILS, IPS, strict=True)])
    payload = _scan(f"sqlite:///{path}", "--sample", "40")
    fields = _by_name(payload)
    notes, x1, status = fields[("tickets", "notes")], fields[("tickets", "x1")], fields[("tickets", "status")]
    assert notes["category"] == "user.contact.email"
    assert "sampled values look like user.contact.email" in notes["explanation"]
    assert x1["category"] == "user.device.ip_address"
    assert "values decided" in x1["explanation"]
    assert status["category"] is None
    assert payload["stats"]["rows_sampled"] == 40
    _assert_no_raw_values(json.dumps(payload))


def test_keys_inside_json_columns_are_classified(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, data JSON)")
        rows = [json.dumps({"contact": {"phone": f"+1 202 555 01{i:02d}"}, "ui": {"theme": "dark"}}) for i in range(40)]
        db.executemany("INSERT INTO events (data) VALUES (?)", [(r,) for r in rows])
    fields = _by_name(_scan(f"sqlite:///{path}", "--sample", "20"))
    assert fields[("events", "data.contact.phone")]["category"] == "user.contact.phone_number"
    assert ("events", "data.ui.theme") in fields
    assert "+1 202 555" not in json.dumps(list(fields.values()))


def test_sqlite_without_sampling_reads_names_only(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT, notes TEXT)")
        db.executemany("INSERT INTO members (email, notes) VALUES (?, ?)", [(e, e) for e in EMAILS])
    fields = _by_name(_scan(f"sqlite:///{path}"))
    assert fields[("members", "email")]["category"] == "user.contact.email"
    assert "sampled" not in fields[("members", "notes")]["explanation"]


def test_postgres_through_the_cli(postgres_server: PostgresServer) -> None:
    postgres_server.create_database("datamap_cli")
    rng = random.Random(3)
    try:
        postgres_server.execute(
            "CREATE TABLE public.orders (id serial PRIMARY KEY, buyer_note text, origin text, total numeric);"
            "COMMENT ON COLUMN public.orders.origin IS 'where the order came from'", "datamap_cli")
        for email, ip in zip(EMAILS, IPS, strict=True):
            postgres_server.execute("INSERT INTO public.orders (buyer_note, origin, total) VALUES (%s, %s, %s)",
                                    "datamap_cli", (email, ip, rng.randint(1, 99)))
        url = postgres_server.admin_url("datamap_cli")
        result = CliRunner().invoke(main, ["scan", url, "--sample", "30", "--format", "json", "--no-snapshot"])
        assert result.exit_code == 0, result.stderr
        assert postgres_server.password not in result.stdout + result.stderr
        _assert_no_raw_values(result.stdout)
        fields = _by_name(json.loads(result.stdout))
        assert fields[("orders", "buyer_note")]["category"] == "user.contact.email"
        assert fields[("orders", "origin")]["category"] == "user.device.ip_address"
        assert fields[("orders", "total")]["category"] is None
        assert fields[("orders", "origin")]["dataset"] == "public"
    finally:
        postgres_server.execute('DROP DATABASE "datamap_cli" WITH (FORCE)')


def test_wrong_password_is_exit_2_without_the_password(postgres_server: PostgresServer) -> None:
    url = postgres_server.url(postgres_server.superuser, "not-the-password-123", "postgres")
    result = CliRunner().invoke(main, ["scan", url, "--no-snapshot"])
    assert result.exit_code == 2
    assert "not-the-password-123" not in result.stdout + result.stderr
    assert result.stderr.startswith("datamap: error: postgresql://")
    assert "cannot connect" in result.stderr


@pytest.mark.parametrize("url", ["mysqlx://nowhere/db", "nosuchdriver+db://u@h/d"])
def test_unknown_database_url_is_a_clear_error(url: str) -> None:
    result = CliRunner().invoke(main, ["scan", url, "--no-snapshot"])
    assert result.exit_code == 2
    assert result.stderr.startswith("datamap: error: ")
