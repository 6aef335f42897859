"""``datamap trace`` through the CLI on a small estate: DDL, a view, and an export job."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from datamap.cli import main


def _estate(root: Path) -> Path:
    (root / "schema.sql").write_text(
        "CREATE TABLE app.users (id bigint PRIMARY KEY, email text, country text);\n"
        "CREATE VIEW app.newsletter AS SELECT email, country FROM app.users;\n"
        "CREATE VIEW app.by_country AS SELECT country, count(email) AS members FROM app.users GROUP BY country;\n")
    (root / "exports.yaml").write_text(
        "datamap_exports:\n"
        "  - name: audience\n"
        "    source: {table: app.newsletter}\n"
        "    fields: [email]\n"
        "    destination: {recipient: mailchimp}\n"
        "    purpose: marketing.communications.email\n"
        "  - name: stats\n"
        "    source: {table: app.by_country}\n"
        "    fields: [members]\n"
        "    destination: {recipient: mixpanel}\n")
    return root


def test_trace_a_field_prints_every_hop_with_evidence(tmp_path: Path) -> None:
    root = _estate(tmp_path)
    result = CliRunner().invoke(main, ["trace", "users.email", str(root), "--no-color"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "app.users.email (user.contact.email): 1 path(s) to third parties"
    assert lines[1] == "  → mailchimp"
    assert lines[2].startswith("      field:app.users.email → field:app.newsletter.email: copies at ")
    assert lines[2].endswith("schema.sql:2")
    assert "recipient:mailchimp: sends, purpose marketing.communications.email at" in lines[4]
    assert "mixpanel" not in result.stdout  # the count over many people is not personal


def test_trace_a_category(tmp_path: Path) -> None:
    root = _estate(tmp_path)
    result = CliRunner().invoke(main, ["trace", "user.contact.email", str(root), "--no-color"])
    assert result.exit_code == 0
    assert result.stdout.count("→ mailchimp") == 1  # traced from the field that holds it, app.users.email
    assert result.stdout.startswith("app.users.email (user.contact.email): 1 path(s)")


def test_trace_nothing_matches(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["trace", "nope.nothing", str(_estate(tmp_path)), "--no-color"])
    assert result.exit_code == 0
    assert "no field matches 'nope.nothing'" in result.stderr
