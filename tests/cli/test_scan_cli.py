"""End-to-end tests of ``datamap scan`` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from datamap.exit_codes import OK, USAGE_ERROR
from tests.cli.invoke import run

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_schemas"
POLICY = SAMPLE / "policy.yaml"
SCHEMAS = [str(SAMPLE / part) for part in ("postgres", "mysql", "migrations")]


@pytest.fixture(scope="module")
def sample_json(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("out")
    code, stdout, _ = run("scan", *SCHEMAS, "--policy", str(POLICY), "--format", "json", "--out", str(out))
    assert code == OK
    return json.loads(stdout)


def _field(payload: dict, table: str, name: str) -> dict:
    matches = [f for f in payload["fields"] if f["table"] == table and f["name"] == name]
    assert len(matches) == 1, (table, name, matches)
    return matches[0]


def test_json_contract_has_fields_findings_stats(sample_json: dict) -> None:
    assert set(sample_json) == {"version", "fields", "edges", "flows", "findings", "stats", "errors"}
    field = sample_json["fields"][0]
    assert set(field) == {"source", "dataset", "table", "name", "type", "comment", "primary_key", "references",
                          "category", "policy_category", "confidence", "explanation", "pinned", "signals",
                          "evidence"}
    assert set(field["evidence"]) == {"path", "line"}
    keyed = [f for f in sample_json["fields"] if f["references"]]
    assert keyed and all(set(f["references"]) == {"table", "column"} for f in keyed)
    assert any(f["primary_key"] for f in sample_json["fields"]) and any(f["comment"] for f in sample_json["fields"])
    stats = sample_json["stats"]
    assert stats["files_read"] == 16
    assert stats["migrations_applied"] == 8
    assert stats["tables"] == 62
    assert stats["fields"] == 506
    assert stats["errors"] == 0
    assert stats["statements_skipped"] > 0
    assert all(0.0 <= f["confidence"] <= 1.0 for f in sample_json["fields"])


def test_sample_estate_fields_are_classified_with_policy_view(sample_json: dict) -> None:
    email = _field(sample_json, "users", "email")
    assert (email["dataset"], email["category"], email["policy_category"]) == ("app", "user.contact.email", "email")
    assert email["evidence"]["path"].endswith("sample_schemas/postgres/accounts.sql")
    assert email["evidence"]["line"] > 0
    assert "email" in email["explanation"]
    ip = _field(sample_json, "login_history", "ip_address")
    assert (ip["category"], ip["policy_category"]) == ("user.device.ip_address", "ip_address")
    assert _field(sample_json, "countries", "name")["category"] is None


def test_inline_annotation_pins_a_field(sample_json: dict) -> None:
    pinned = [f for f in sample_json["fields"] if f["pinned"]]
    assert pinned, "the sample estate carries datamap: annotations"
    assert all(f["confidence"] == 1.0 and "pinned" in f["explanation"] for f in pinned)


def test_undisclosed_categories_are_findings(sample_json: dict) -> None:
    findings = sample_json["findings"]
    assert findings
    assert {f["rule"] for f in findings} <= {"DM104", "DM105", "DM106"}
    assert all(f["severity"] == "info" for f in findings if f["rule"] == "DM106")
    by_subject = {(f["subject"].split("::")[1], f["category"]) for f in findings if f["rule"] == "DM104"}
    assert ("app.users.date_of_birth", "user.demographic.date_of_birth") in by_subject
    disclosed = {f["category"] for f in sample_json["fields"] if f["policy_category"]}
    assert not disclosed & {f["category"] for f in findings if f["rule"] == "DM104"}
    assert len({f["fingerprint"] for f in findings}) == len(findings)


def test_text_output_summarises_by_category(tmp_path: Path) -> None:
    code, stdout, stderr = run("scan", *SCHEMAS, "--policy", str(POLICY), "--out", str(tmp_path), "--no-color")
    assert code == OK
    assert stdout.startswith("506 fields in 62 tables")
    assert "Personal data by category" in stdout
    assert "user.contact.email" in stdout and "not disclosed" in stdout
    assert "snapshot written to" in stderr


def test_snapshot_is_parquet_with_metadata(tmp_path: Path) -> None:
    code, _, _ = run("scan", str(SAMPLE / "migrations"), "--out", str(tmp_path), "--format", "json")
    assert code == OK
    (snapshot,) = (tmp_path / "snapshots").iterdir()
    fields = pq.read_table(snapshot / "fields.parquet")
    assert fields.num_rows == 34
    assert {"category", "confidence", "explanation", "evidence_path", "evidence_line"} <= set(fields.column_names)
    meta = json.loads((snapshot / "metadata.json").read_text())
    assert meta["schema_version"] == 1 and meta["stats"]["migrations_applied"] == 8


def test_bad_files_are_counted_and_the_scan_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.sql").write_text("CREATE TABLE users (id int PRIMARY KEY, email text);\n")
    (tmp_path / "broken.sql").write_text("CREATE TABLE a (id int);\nCREATE TABLE b (x int REFERENCES (;\n")
    (tmp_path / "latin1.sql").write_bytes("CREATE TABLE c (caf\xe9 int);\n".encode("latin-1"))
    (tmp_path / "binary.sql").write_bytes(b"\x00\x01\x02SQLite format 3\x00")
    (tmp_path / "empty.sql").write_text("")
    code, stdout, _ = run("scan", str(tmp_path), "--format", "json", "--no-snapshot")
    assert code == OK
    payload = json.loads(stdout)
    assert {(f["table"], f["name"]) for f in payload["fields"]} == {("users", "id"), ("users", "email"), ("a", "id")}
    reasons = {(Path(e["path"]).name, e["line"], e["kind"]): e["reason"] for e in payload["errors"]}
    assert reasons[("broken.sql", 2, "statement")].startswith("cannot parse CREATE TABLE statement")
    assert reasons[("latin1.sql", None, "error")] == "not UTF-8 text (invalid byte at line 1)"
    assert reasons[("binary.sql", None, "error")] == "binary file, not SQL text"
    assert reasons[("empty.sql", None, "warning")] == "empty file"
    assert payload["stats"]["files_unreadable"] == 2
    assert payload["stats"]["statements_failed"] == 1
    assert payload["stats"]["errors"] == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan", "no/such/dir"], "datamap: error: no/such/dir: no such file or folder"),
        (["scan", str(SAMPLE), "--dialect", "postgress"],
         "datamap: error: unknown SQL dialect 'postgress'; did you mean 'postgres'?"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    code, stdout, stderr = run(*args, "--no-snapshot")
    assert code == USAGE_ERROR
    assert stdout == ""
    assert stderr.strip() == message


def test_malformed_policy_names_file_and_line(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\nname: x\ncategories:\n  - id: email\n    name: E-mail\n"
                      "    keys: [user.contact.email]\n    citation: E-mail\n    nmae: typo\n")
    code, _, stderr = run("scan", str(SAMPLE / "migrations"), "--policy", str(policy), "--no-snapshot")
    assert code == USAGE_ERROR
    assert stderr.startswith(f"datamap: error: {policy}:8:")
    assert "nmae" in stderr


def test_reviewed_override_pins_and_stale_pin_is_reported(tmp_path: Path) -> None:
    sql = tmp_path / "schema.sql"
    sql.write_text("CREATE TABLE tickets (id int PRIMARY KEY, notes text, handle varchar(20));\n")
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text(
        "overrides:\n"
        "  - field: tickets.notes\n    category: user.contact.email\n    reason: agents paste e-mails\n"
        "    reviewed_by: dpo\n    reviewed_type: varchar(200)\n"
        "  - field: tickets.gone\n    category: none\n    reason: old\n    reviewed_by: dpo\n")
    code, stdout, _ = run("scan", str(sql), "--overrides", str(overrides), "--format", "json", "--no-snapshot")
    assert code == OK
    payload = json.loads(stdout)
    notes = _field(payload, "tickets", "notes")
    assert (notes["category"], notes["pinned"], notes["confidence"]) == ("user.contact.email", True, 1.0)
    assert "pinned by dpo" in notes["explanation"]
    stale = sorted((f["rule"], f["message"]) for f in payload["findings"])
    assert stale == [
        ("DM201", "pin for tickets.gone matches no field"),
        ("DM201", "pin for tickets.notes was reviewed for type varchar(200), the field is now TEXT"),
    ]


def test_overrides_with_unknown_category_is_a_usage_error(tmp_path: Path) -> None:
    overrides = tmp_path / "o.yaml"
    overrides.write_text("overrides:\n  - field: a.b\n    category: user.emial\n    reason: r\n    reviewed_by: me\n")
    code, _, stderr = run("scan", str(SAMPLE / "migrations"), "--overrides", str(overrides), "--no-snapshot")
    assert code == USAGE_ERROR
    assert stderr.strip() == f"datamap: error: {overrides}:2: unknown category 'user.emial'"


def test_a_second_scan_reuses_what_the_first_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "users.sql").write_text("CREATE TABLE users (id bigint PRIMARY KEY, email text);\n")
    monkeypatch.chdir(tmp_path)
    first = run("scan", "db", "--format", "json")
    assert (tmp_path / ".datamap" / "cache" / "read").is_dir()

    def unread(*args: object, **kwargs: object) -> None:
        raise AssertionError("the SQL file was read again")

    with monkeypatch.context() as patched:
        patched.setattr("scanner.sql.reader.read_sql_files", unread)
        second = run("scan", "db", "--format", "json")
    assert json.loads(first[1])["fields"] == json.loads(second[1])["fields"]
    assert run("scan", "db", "--out", "elsewhere", "--no-cache")[0] == 0
    assert (tmp_path / "elsewhere" / "snapshots").is_dir() and not (tmp_path / "elsewhere" / "cache").exists()


def test_rules_only_leaves_the_learned_model_out(sample_json: dict) -> None:
    learned = [f for f in sample_json["fields"] if "a model learned from labeled schemas" in f["explanation"]]
    assert learned, "the sample estate has columns no rule reads"
    assert all(0.0 <= f["confidence"] <= 1.0 for f in learned)
    code, stdout, _ = run("scan", *SCHEMAS, "--policy", str(POLICY), "--format", "json", "--rules-only")
    assert code == OK
    rules = json.loads(stdout)
    assert not [f for f in rules["fields"] if "a model learned" in f["explanation"]]
    by_rules = {(f["table"], f["name"]): f["category"] for f in rules["fields"]}
    assert len(by_rules) == len(sample_json["fields"])
    assert any(by_rules[(f["table"], f["name"])] != f["category"] for f in learned)
