"""A warm check joins again only the parts of the estate whose jobs found something new."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from catalog.model import Edge, Evidence, Field, Finding, ReadResult, ValueProfile
from datamap.parts import Owners, Part, joined, parts
from scanner.cache import JobSummary, links
from scanner.cache.codec import encode_result
from scanner.discover import Job
from tests.cli.invoke import cache_line, git_repo, run

POLICY = Path(__file__).resolve().parents[2] / "sample_schemas" / "policy.yaml"
MEMBERS = """\
CREATE TABLE app.members (
  id bigint PRIMARY KEY,
  username text,
  email text,
  last_login_ip inet
);
"""
PAYOUTS = """\
CREATE TABLE app.payouts (
  id bigint PRIMARY KEY,
  member_id bigint,
  amount numeric
);
"""
ROOMS = """\
CREATE TABLE app.rooms (
  id bigint PRIMARY KEY,
  topic text,
  created_at timestamp
);
"""
MODULE = '''\
import stripe


def charge(email, phone):
    stripe.Customer.create(email=email, phone=phone)
'''


def summary(*links: int) -> JobSummary:
    return JobSummary("output", (), links=links)


def test_jobs_that_name_a_node_in_common_are_one_part() -> None:
    assert parts([summary(1, 2), summary(3), summary(2, 4), summary(5, 3), summary(6)]) == [[0, 2], [1, 3], [4]]
    assert parts([summary(1), summary(2), summary(1, 2)]) == [[0, 1, 2]]
    assert parts([summary(1), JobSummary("output", ())]) is None  # links not known: no parts


def test_a_job_links_every_lineage_node_its_output_names() -> None:
    column = Field("db/a.sql", "app", "Users", "Email")
    profile = ValueProfile(10, nested_keys=("contact.phone",))
    edge = Edge("field:app.users.email", "code:app/x.py:f(email)", "reads")
    found = links(encode_result(ReadResult([column], profiles={column.key: profile}, edges=[edge])))
    expected = {"field:app.users.email", "field:app.users.email.contact.phone", "code:app/x.py:f(email)"}
    assert found == sorted(zlib.crc32(name.encode()) for name in expected)
    model = Field("app/models.py", "APP", "users", "email", "str")  # another reader, the same column
    assert set(links(encode_result(ReadResult([model]))) or ()) < set(found)
    assert links({"fields": [["not a field"]], "profiles": [], "nodes": [], "edges": []}) is None


def test_a_file_belongs_to_the_job_that_names_it_or_a_folder_above_it() -> None:
    owner = Owners([Job("sql", ("db/a.sql", "db/b.sql")), Job("migrations", ("migrations",)), Job("dbt", ("./etl",))],
                   range(3))
    paths = ("db/b.sql", "./db/a.sql", "migrations/0001_init.sql", "etl/models/x.sql")
    assert [owner(p) for p in paths] == [0, 0, 1, 2]
    assert owner("db/c.sql") is None and owner("/elsewhere/a.sql") is None


def test_what_only_the_whole_estate_tells_is_worked_out_from_the_parts() -> None:
    from catalog.policy import load_policy

    policy = load_policy(str(POLICY))
    finding = Finding("DM104", "error", "m", subject="s", evidence=Evidence("db/a.sql", 3))
    used = {c.id for c in policy.categories} - {"language"}
    kept = [Part(frozenset({"users"}), "e", frozenset(used), frozenset(), {"fields": 2, "flows": 1}, [], [finding]),
            Part(frozenset(), "e", frozenset(), frozenset({"facebook", "google_analytics"}), {"fields": 3}, [], [])]
    estate = joined(kept, policy)
    assert estate.findings == [finding]
    assert [f.subject for f in estate.whole] == ["policy:category:language"]
    assert estate.counts["fields"] == 5 and estate.counts["flows"] == 1


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = git_repo(tmp_path / "repo", {"db/members.sql": MEMBERS, "db/payouts.sql": PAYOUTS, "db/rooms.sql": ROOMS,
                                         "app/billing.py": MODULE, "policy.yaml": POLICY.read_text()})
    monkeypatch.chdir(root)
    return root


def same_as_cold(output: str = "json") -> str:
    """Check warm and without the cache, assert both report the same, and give the warm one's cache line."""
    warm = run("check", "-v", "--policy", "policy.yaml", "--format", output)
    cold = run("check", "-v", "--policy", "policy.yaml", "--format", output, "--no-cache")
    assert warm[:2] == cold[:2]
    return cache_line(warm[2])


def test_a_changed_schema_file_is_joined_alone(repo: Path) -> None:
    run("check", "--policy", "policy.yaml")
    (repo / "db" / "rooms.sql").write_text(ROOMS.replace("  topic text,", "  topic text,\n  host_nickname text,"))
    assert same_as_cold().endswith("findings of 4 of 5 parts of the estate reused; "
                                   "classifications of 1 of 1 sources computed")
    for output in ("sarif", "text", "markdown"):
        same_as_cold(output)


def test_the_disclosures_nothing_uses_follow_the_whole_estate(repo: Path) -> None:
    assert "discloses language" in run("check", "--policy", "policy.yaml")[1]
    (repo / "db" / "members.sql").write_text(MEMBERS.replace("inet\n", "inet,\n  preferred_language text\n"))
    assert "parts of the estate reused" in same_as_cold()
    assert "discloses language" not in run("check", "--policy", "policy.yaml")[1]
    (repo / "db" / "members.sql").write_text(MEMBERS + "ALTER TABLE app.members ADD COLUMN nickname text;\n")
    assert "parts of the estate reused" in same_as_cold()
    assert "discloses language" in run("check", "--policy", "policy.yaml")[1]


def test_a_change_to_the_estates_person_tables_checks_the_whole_estate(repo: Path) -> None:
    run("check", "--policy", "policy.yaml")
    (repo / "db" / "members.sql").write_text(MEMBERS.replace("app.members", "app.products").replace(
        "  username text,\n  email text,\n  last_login_ip inet", "  sku text,\n  price numeric"))
    assert "parts" not in same_as_cold()


def test_a_part_whose_lines_moved_is_placed_where_they_are_now(repo: Path) -> None:
    run("check", "--policy", "policy.yaml")
    (repo / "app" / "billing.py").write_text("# billing\n\n" + MODULE)
    assert same_as_cold().endswith("findings reused (lines moved)")
    (repo / "db" / "rooms.sql").write_text(ROOMS + "ALTER TABLE app.rooms ADD COLUMN host_email text;\n")
    assert "findings of 4 of 5 parts" in same_as_cold()
    assert "app/billing.py:7" in run("check", "--policy", "policy.yaml")[1]


def test_kept_parts_that_are_corrupt_or_gone_are_joined_afresh(repo: Path) -> None:
    run("check", "--policy", "policy.yaml")
    kept = sorted((repo / ".datamap" / "cache" / "part").rglob("*.json.z"))
    assert len(kept) == 5
    kept[0].write_bytes(zlib.compress(b'{"format": 2, "data": {"persons": 1}}'))
    kept[1].unlink()
    (repo / "db" / "rooms.sql").write_text(ROOMS + "ALTER TABLE app.rooms ADD COLUMN host_email text;\n")
    same_as_cold()
    for entry in (repo / ".datamap" / "cache" / "part").rglob("*.json.z"):  # a kept check names parts now gone
        entry.unlink()
    same_as_cold("sarif")
