"""A warm ``datamap check`` after a change reports exactly what a check without the cache reports."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.invoke import git_repo, run

POLICY = Path(__file__).resolve().parents[2] / "sample_schemas" / "policy.yaml"
USERS = """\
CREATE TABLE app.users (
  id bigint PRIMARY KEY,
  username text,
  email text,
  last_login_ip inet
);
"""
ORDERS = """\
CREATE TABLE app.orders (
  id bigint PRIMARY KEY,
  user_id bigint REFERENCES app.users (id),
  buyer_id bigint REFERENCES app.users (id),
  amount numeric,
  shipping_address text
);
CREATE VIEW app.order_emails AS SELECT o.id, u.email FROM app.orders o JOIN app.users u ON u.id = o.user_id;
"""
ROOMS = """\
CREATE TABLE app.rooms (
  id bigint PRIMARY KEY,
  owner_id bigint REFERENCES app.users (id),
  topic text,
  created_at timestamp
);
"""
MODULE = '''\
import stripe


def charge(email, phone):
    stripe.Customer.create(email=email, phone=phone)
'''


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = git_repo(tmp_path / "repo", {"db/users.sql": USERS, "db/orders.sql": ORDERS, "db/rooms.sql": ROOMS,
                                         "app/billing.py": MODULE, "policy.yaml": POLICY.read_text()})
    monkeypatch.chdir(root)
    return root


def _add_column(root: Path) -> None:
    (root / "db" / "rooms.sql").write_text(ROOMS + "ALTER TABLE app.rooms ADD COLUMN host_phone_number text;\n")


def _rename_referenced_column(root: Path) -> None:
    (root / "db" / "users.sql").write_text(USERS.replace("  id bigint PRIMARY KEY", "  user_key bigint PRIMARY KEY"))


def _new_person_table(root: Path) -> None:
    (root / "db" / "members.sql").write_text(
        "CREATE TABLE app.members (\n  username text PRIMARY KEY,\n  password text,\n  email text,\n"
        "  first_name text,\n  birth_date date\n);\n"
        "CREATE TABLE app.payouts (id bigint PRIMARY KEY, username text, amount numeric);\n")


def _policy_extension(root: Path) -> None:
    policy = root / "policy.yaml"
    policy.write_text(policy.read_text().replace("match: [session, sessions, visit, visits]", "match: [visit]"))


def _policy_declaration(root: Path) -> None:
    policy = root / "policy.yaml"
    text = policy.read_text()
    assert "      - email\n      - audio_video\n" in text
    policy.write_text(text.replace("      - email\n      - audio_video\n", "      - audio_video\n", 1))


CHANGES: dict[str, Callable[[Path], None]] = {
    "a SQL file gains a personal column": _add_column,
    "a column other tables reference is renamed": _rename_referenced_column,
    "a new person table changes the estate": _new_person_table,
    "the policy's extensions change": _policy_extension,
    "the policy's declarations change": _policy_declaration,
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_warm_check_after_a_change_reports_what_a_cold_one_does(repo: Path, change: str) -> None:
    before = run("check", "--policy", "policy.yaml", "--format", "json")
    CHANGES[change](repo)
    for output in ("json", "sarif", "text"):
        warm = run("check", "--policy", "policy.yaml", "--format", output)
        cold = run("check", "--policy", "policy.yaml", "--format", output, "--no-cache")
        assert warm[:2] == cold[:2], output
    assert before[1] != cold[1] or change == "the policy's extensions change"


def test_changes_one_after_another_keep_reporting_what_a_cold_check_does(repo: Path) -> None:
    for change in CHANGES.values():
        run("check", "--policy", "policy.yaml")
        change(repo)
        assert run("check", "--policy", "policy.yaml", "--format", "json")[:2] == \
            run("check", "--policy", "policy.yaml", "--format", "json", "--no-cache")[:2]


def _reports(root: Path) -> list[Path]:
    return sorted((root / ".datamap" / "cache" / "report").rglob("*.json.z"))


def test_an_unchanged_check_shows_its_kept_report_and_a_new_baseline_shows_through(repo: Path) -> None:
    first = run("check", "--policy", "policy.yaml", "--format", "json")
    assert len(_reports(repo)) == 1
    assert run("check", "--policy", "policy.yaml", "--format", "json") == first
    assert run("baseline", "--policy", "policy.yaml")[0] == 0
    baselined = run("check", "--policy", "policy.yaml", "--format", "json")
    assert baselined[:2] == run("check", "--policy", "policy.yaml", "--format", "json", "--no-cache")[:2]
    assert baselined[0] == 0 and first[0] == 1 and '"status": "baseline"' in baselined[1]


def test_a_new_suppression_comment_shows_in_the_report(repo: Path) -> None:
    before = run("check", "--policy", "policy.yaml", "--format", "sarif")
    (repo / "db" / "orders.sql").write_text(ORDERS.replace(
        "  shipping_address text", "  shipping_address text -- datamap: ignore[DM104] reason=\"reviewed\""))
    after = run("check", "--policy", "policy.yaml", "--format", "sarif")
    assert after[:2] == run("check", "--policy", "policy.yaml", "--format", "sarif", "--no-cache")[:2]
    assert after[1] != before[1]


def test_a_corrupt_kept_report_is_rendered_afresh(repo: Path) -> None:
    first = run("check", "--policy", "policy.yaml", "--format", "markdown")
    for path in _reports(repo):
        path.write_bytes(b"not a cache entry")
    assert run("check", "--policy", "policy.yaml", "--format", "markdown") == first
    assert len(_reports(repo)) == 1


def test_kept_findings_that_turn_out_corrupt_are_found_afresh(repo: Path) -> None:
    run("check", "--policy", "policy.yaml")
    for path in (repo / ".datamap" / "cache" / "findings").rglob("*.json.z"):
        path.write_bytes(zlib.compress(json.dumps({"format": 2, "data": [["not a finding"]]}).encode()))
    warm = run("check", "-v", "--policy", "policy.yaml", "--format", "json")  # the kept report is text
    assert warm[:2] == run("check", "--policy", "policy.yaml", "--format", "json", "--no-cache")[:2]
    assert "findings of 3 of 3 parts of the estate reused" in warm[2]  # joined afresh from the kept parts
    assert run("check", "-v", "--policy", "policy.yaml", "--format", "text")[2].endswith(
        "findings reused (no input changed)\n")


SERVICE = '''\
import stripe


def signup(email):
    stripe.Customer.create(email=email)


def call(phone):
    stripe.Customer.create(phone=phone)
'''


def _move_lines(root: Path) -> None:
    """A statement at the top of a module's first function, and a line above an annotated column: later
    lines move, and what the classifier reads does not change."""
    (root / "app" / "service.py").write_text(SERVICE.replace(
        "def signup(email):\n", "def signup(email):\n    email = email.strip()\n"))
    (root / "db" / "users.sql").write_text("-- the users\n" + ANNOTATED)


ANNOTATED = USERS.replace("  username text,", "  username text, -- datamap: user.account.username\n  notes text,"
                          " -- datamap: none")


@pytest.mark.parametrize("output", ["json", "sarif"])
def test_an_edit_that_only_moves_lines_reuses_classifications_and_reports_what_a_cold_check_does(
        repo: Path, output: str) -> None:
    (repo / "app" / "service.py").write_text(SERVICE)
    (repo / "db" / "users.sql").write_text(ANNOTATED)
    before = run("check", "--policy", "policy.yaml", "--format", output)
    _move_lines(repo)
    warm = run("check", "-v", "--policy", "policy.yaml", "--format", output)
    assert warm[:2] == run("check", "--policy", "policy.yaml", "--format", output, "--no-cache")[:2]
    assert "classifications reused" in warm[2]
    assert warm[1] != before[1]  # the lines the report names moved


def test_a_scan_after_an_edit_that_only_moves_lines_names_the_annotations_where_they_are_now(repo: Path) -> None:
    (repo / "app" / "service.py").write_text(SERVICE)
    (repo / "db" / "users.sql").write_text(ANNOTATED)
    run("scan", "db", "app", "--out", "out", "--format", "json")
    _move_lines(repo)
    warm = run("scan", "db", "app", "--out", "out", "--format", "json")
    assert warm[:2] == run("scan", "db", "app", "--out", "cold", "--format", "json", "--no-cache")[:2]
    pinned = [f["explanation"] for f in json.loads(warm[1])["fields"] if f["pinned"]]
    assert sorted(pinned) == ["not personal data: pinned by a datamap annotation at db/users.sql:5",
                              "user.account.username: pinned by a datamap annotation at db/users.sql:4"]


def test_an_edit_that_changes_a_classification_classifies_again(repo: Path) -> None:
    (repo / "app" / "service.py").write_text(SERVICE)
    run("check", "--policy", "policy.yaml")
    (repo / "app" / "service.py").write_text(SERVICE.replace("phone", "date_of_birth"))
    warm = run("check", "-v", "--policy", "policy.yaml", "--format", "json")
    assert "findings of 2 of 3 parts of the estate reused; classifications of 1 of 2 sources computed" in warm[2]
    for output in ("json", "sarif"):
        warm = run("check", "--policy", "policy.yaml", "--format", output)
        assert warm[:2] == run("check", "--policy", "policy.yaml", "--format", output, "--no-cache")[:2]
        assert "date_of_birth" in warm[1]


def test_corrupt_kept_classifications_are_classified_afresh_after_a_line_moving_edit(repo: Path) -> None:
    (repo / "app" / "service.py").write_text(SERVICE)
    (repo / "db" / "users.sql").write_text(ANNOTATED)
    run("check", "--policy", "policy.yaml")
    entries = [p for kind in ("classify", "classify-sources")
               for p in (repo / ".datamap" / "cache" / kind).rglob("*.json.z")]
    assert len(entries) == 2
    for path in entries:
        path.write_bytes(b"not a cache entry")
    _move_lines(repo)
    warm = run("check", "-v", "--policy", "policy.yaml", "--format", "json")
    assert warm[:2] == run("check", "--policy", "policy.yaml", "--format", "json", "--no-cache")[:2]
    assert "classifications computed" in warm[2]


@pytest.mark.parametrize("damage", ["fields", "edges"])
def test_a_kept_python_output_that_does_not_decode_is_analysed_afresh(damage: str, repo: Path) -> None:
    """After an edit the Python reader sees through, its recorded output is reused undecoded: records in it
    that turn out not to be a reader's give way to an analysis when read, and the report is a fresh check's."""
    (repo / "app" / "service.py").write_text(SERVICE)
    run("check", "--policy", "policy.yaml")
    tampered = 0
    for path in (repo / ".datamap" / "cache" / "pytrace").rglob("*.json.z"):
        entry = json.loads(zlib.decompress(path.read_bytes()))
        data = entry["data"]
        if isinstance(data, dict) and data.get(damage):
            data[damage] = [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]] if damage == "fields" else [["a", "b", "copies", 1]]
            path.write_bytes(zlib.compress(json.dumps(entry).encode()))
            tampered += 1
    assert tampered == 1
    (repo / "app" / "service.py").write_text(SERVICE + "    region = 'eu'\n")  # the output stays the same
    for output in ("json", "sarif"):
        warm = run("check", "--policy", "policy.yaml", "--format", output)
        assert warm[:2] == run("check", "--policy", "policy.yaml", "--format", output, "--no-cache")[:2]
    kept = [json.loads(zlib.decompress(p.read_bytes()))["data"]
            for p in (repo / ".datamap" / "cache" / "pytrace").rglob("*.json.z")]
    assert sum(isinstance(d, dict) and "edges" in d for d in kept) == 2  # analysed again: a new trace's output
