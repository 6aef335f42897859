"""``datamap check`` twice: the same report, and the second run reads only what changed."""

from __future__ import annotations

import json
import subprocess
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli.invoke import cache_line, git_repo, run

SCHEMA = "CREATE TABLE app.users (id bigint PRIMARY KEY, email text, phone text);\n"
VIEW = "CREATE VIEW app.contacts AS SELECT id, email FROM app.users;\n"
MODULE = '''\
import stripe


def charge(email):
    stripe.Customer.create(email=email)
'''
SETTINGS = "mailchimp:\n  api_key: x\n"
POLICY = Path(__file__).resolve().parents[2] / "sample_schemas" / "policy.yaml"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = git_repo(tmp_path / "repo", {"db/schema.sql": SCHEMA, "db/views.sql": VIEW, "app/billing.py": MODULE,
                                         "settings.yaml": SETTINGS})
    monkeypatch.chdir(root)
    return root


def test_a_second_check_reads_nothing_and_reports_the_same(repo: Path) -> None:
    code, first, stderr = run("check", "-v")
    assert cache_line(stderr) == "cache: 4 files read, 0 reused; classifications computed"
    again, second, stderr = run("check", "-v")
    assert (again, second) == (code, first)
    assert cache_line(stderr) == "cache: 0 files read, 4 reused; findings reused (no input changed)"
    assert run("check", "-v", "--no-cache")[:2] == (code, first)


def test_a_change_to_a_file_datamap_does_not_scan_reuses_the_findings(repo: Path) -> None:
    code, first, _ = run("check")
    (repo / "README.md").write_text("# the shop\n")
    again, second, stderr = run("check", "-v")
    assert (again, second) == (code, first)
    assert cache_line(stderr).endswith("findings reused (no input changed)")


def test_a_changed_policy_or_exclude_checks_again(repo: Path) -> None:
    policy = POLICY
    (repo / "policy.yaml").write_text(policy.read_text())
    run("check", "--policy", "policy.yaml")
    (repo / "policy.yaml").write_text(policy.read_text() + "\n# reviewed\n")
    _, with_policy, stderr = run("check", "-v", "--policy", "policy.yaml")
    assert cache_line(stderr).endswith("classifications reused")
    assert with_policy == run("check", "--no-cache", "--policy", "policy.yaml")[1]
    (repo / "datamap.toml").write_text('exclude = ["app/**"]\n')
    _, excluded, stderr = run("check", "-v", "--policy", "policy.yaml")
    assert "findings reused" not in cache_line(stderr)
    assert "app/billing.py" not in excluded and "app/billing.py" in with_policy


def test_an_earlier_tree_comes_back_from_the_cache_with_its_suppressions(repo: Path) -> None:
    (repo / "policy.yaml").write_text(POLICY.read_text())
    code, first, _ = run("check", "--policy", "policy.yaml")
    assert code == 1 and "app/billing.py:5" in first
    (repo / "app" / "billing.py").write_text(MODULE.replace(
        "create(email=email)", "create(email=email)  # datamap: ignore[DM101] reason=\"tested\""))
    assert "app/billing.py:5: DM101" not in run("check", "--policy", "policy.yaml")[1]
    (repo / "app" / "billing.py").write_text(MODULE)
    again, second, stderr = run("check", "-v", "--policy", "policy.yaml")
    assert (again, second) == (code, first)
    assert cache_line(stderr).endswith("findings reused (no input changed)")


def test_after_a_one_file_change_only_that_file_is_read(repo: Path) -> None:
    run("check")
    (repo / "settings.yaml").write_text(SETTINGS + "segment:\n  write_key: y\n")
    code, changed, stderr = run("check", "-v")
    assert cache_line(stderr) == "cache: 1 files read, 3 reused; findings of 2 of 3 parts of the estate reused"
    assert (code, changed) == run("check", "-v", "--no-cache")[:2]


def test_the_cache_lives_in_dot_datamap_and_git_ignores_it(repo: Path) -> None:
    run("check")
    assert (repo / ".datamap" / "cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True, check=True)
    assert ".datamap" not in status.stdout


def test_no_cache_writes_no_cache(repo: Path) -> None:
    run("check", "--no-cache")
    assert not (repo / ".datamap").exists()


def test_a_change_the_readers_see_through_reuses_the_findings_with_fresh_counts(repo: Path) -> None:
    (repo / "policy.yaml").write_text(POLICY.read_text())
    run("check", "--policy", "policy.yaml")
    (repo / "app" / "billing.py").write_text(MODULE + "\n\n# charged through Stripe\n")
    code, report, stderr = run("check", "-v", "--policy", "policy.yaml", "--format", "json")
    assert cache_line(stderr) == "cache: 1 files read, 4 reused; findings reused (what was read is unchanged)"
    assert (code, report) == run("check", "--no-cache", "--policy", "policy.yaml", "--format", "json")[:2]
    assert '"python_lines": 8' in report


def test_a_report_that_shows_no_counts_is_reused_when_only_the_counts_change(repo: Path) -> None:
    (repo / "policy.yaml").write_text(POLICY.read_text())
    first = {output: run("check", "-v", "--policy", "policy.yaml", "--format", output)
             for output in ("text", "sarif", "markdown", "json")}
    reports = sorted((repo / ".datamap" / "cache" / "report").rglob("*.json.z"))
    assert len(reports) == 4
    (repo / "app" / "billing.py").write_text(MODULE + "\n\n# charged through Stripe\n")
    for output in ("text", "sarif", "markdown"):
        code, report, stderr = run("check", "-v", "--policy", "policy.yaml", "--format", output)
        assert cache_line(stderr).endswith("findings reused (what was read is unchanged)")
        assert (code, report) == first[output][:2] == \
            run("check", "-v", "--no-cache", "--policy", "policy.yaml", "--format", output)[:2]
    assert sorted((repo / ".datamap" / "cache" / "report").rglob("*.json.z")) == reports  # none rendered again
    json_report = run("check", "-v", "--policy", "policy.yaml", "--format", "json")
    assert json_report[:2] == run("check", "-v", "--no-cache", "--policy", "policy.yaml", "--format", "json")[:2]
    assert json_report[1] != first["json"][1] and '"python_lines": 8' in json_report[1]
    for path in reports:  # a corrupt kept report is rendered afresh
        path.write_bytes(b"not a cache entry")
    assert run("check", "-v", "--policy", "policy.yaml", "--format", "text")[:2] == first["text"][:2]


def test_a_seen_through_change_with_a_new_policy_checks_again(repo: Path) -> None:
    (repo / "policy.yaml").write_text(POLICY.read_text())
    run("check", "--policy", "policy.yaml")
    (repo / "app" / "billing.py").write_text(MODULE + "# reviewed\n")
    (repo / "policy.yaml").write_text(POLICY.read_text() + "\n# reviewed\n")
    code, report, stderr = run("check", "-v", "--policy", "policy.yaml")
    assert "findings reused" not in cache_line(stderr)
    assert (code, report) == run("check", "--no-cache", "--policy", "policy.yaml")[:2]


def test_a_changed_finding_is_not_taken_for_the_old_one(repo: Path) -> None:
    (repo / "policy.yaml").write_text(POLICY.read_text())
    run("check", "--policy", "policy.yaml")
    (repo / "app" / "billing.py").write_text("\n" + MODULE)  # every line moves: the evidence changes
    code, report, stderr = run("check", "-v", "--policy", "policy.yaml", "--format", "sarif")
    assert cache_line(stderr) == "cache: 1 files read, 4 reused; findings reused (lines moved)"
    assert (code, report) == run("check", "--no-cache", "--policy", "policy.yaml", "--format", "sarif")[:2]


def test_findings_in_moved_lines_are_placed_where_the_lines_are_now(repo: Path) -> None:
    """Lines moved twice, then a suppression comment on the sending call's new line: each report is the one a
    check without the cache gives, and the suppression finds the finding where its line is now."""
    (repo / "policy.yaml").write_text(POLICY.read_text())
    run("check", "--policy", "policy.yaml")
    billing = repo / "app" / "billing.py"
    for text in ("# billing\n" + MODULE, "# billing\n# payments\n" + MODULE):
        billing.write_text(text)
        code, report, stderr = run("check", "-v", "--policy", "policy.yaml", "--format", "json")
        assert cache_line(stderr) == "cache: 1 files read, 4 reused; findings reused (lines moved)"
        assert (code, report) == run("check", "--no-cache", "--policy", "policy.yaml", "--format", "json")[:2]
        assert f'"path": "app/billing.py",\n        "line": {text.count(chr(10)) - MODULE.count(chr(10)) + 5}' \
            in report
    comment = '  # datamap: ignore[DM101,DM102,DM103] reason="reviewed with legal"\n'
    billing.write_text(billing.read_text().replace("email=email)\n", "email=email)" + comment))
    code, report, stderr = run("check", "-v", "--policy", "policy.yaml", "--format", "json")
    assert (code, report) == run("check", "--no-cache", "--policy", "policy.yaml", "--format", "json")[:2]
    assert '"suppressed": [' in report and "reviewed with legal" in report


def test_corrupt_job_summaries_are_read_afresh(repo: Path) -> None:
    (repo / "policy.yaml").write_text(POLICY.read_text())
    run("check", "--policy", "policy.yaml")
    summaries = sorted((repo / ".datamap" / "cache" / "summary").rglob("*.json.z"))
    assert len(summaries) == 4  # the view joins its table's file: one job
    for path in summaries:
        path.write_bytes(b"not a cache entry")
    (repo / "app" / "billing.py").write_text(MODULE + "# reviewed\n")
    code, report, stderr = run("check", "-v", "--policy", "policy.yaml", "--format", "json")
    assert cache_line(stderr) == "cache: 1 files read, 4 reused; findings reused (what was read is unchanged)"
    assert (code, report) == run("check", "--no-cache", "--policy", "policy.yaml", "--format", "json")[:2]


def test_corrupt_kept_findings_are_checked_afresh(repo: Path) -> None:
    (repo / "policy.yaml").write_text(POLICY.read_text())
    run("check", "--policy", "policy.yaml")
    kept = sorted((repo / ".datamap" / "cache" / "check").rglob("*.json.z"))
    assert len(kept) == 2  # one check, under the key of its inputs and the key of what its jobs found
    for path in kept:
        entry = json.loads(zlib.decompress(path.read_bytes()))
        entry["data"]["findings"] = [["not a finding"]]
        path.write_bytes(zlib.compress(json.dumps(entry).encode()))
    (repo / "app" / "billing.py").write_text(MODULE + "# reviewed\n")
    code, report, stderr = run("check", "-v", "--policy", "policy.yaml", "--format", "json")
    assert "findings reused" not in cache_line(stderr)
    assert (code, report) == run("check", "--no-cache", "--policy", "policy.yaml", "--format", "json")[:2]


MODULES = {
    "app/billing.py": MODULE,
    "app/mailer.py": "import logging\n\nimport mailchimp\n\nlog = logging.getLogger(__name__)\n\n\n"
                     "def subscribe(email, name):\n    log.info('subscribing')\n"
                     "    mailchimp.lists.members.create(email_address=email, merge_fields={'NAME': name})\n\n\n"
                     "def forget(email):\n    return email.lower()\n",
    "app/ads.py": "import requests\n\n\ndef track(ip_address, device_id):\n"
                  "    requests.post('https://graph.facebook.com/events',\n"
                  "                  json={'ip': ip_address, 'device': device_id})\n",
}


@settings(max_examples=6, deadline=None)
@given(edits=st.lists(st.tuples(st.sampled_from(sorted(MODULES)), st.integers(0, 30), st.sampled_from(
    ["", "# moved", "\n\n", "    pass", "x = 1"])), min_size=1, max_size=4))
def test_checks_after_edits_that_move_lines_report_what_a_check_without_the_cache_reports(
        tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[str, int, str]]) -> None:
    """Lines inserted anywhere in the modules (blank, comment, or a statement: some move lines only, some change
    what the code does or make it invalid): after each edit, the warm check's report is the cold one's."""
    root = tmp_path_factory.mktemp("moves")
    (root / "app").mkdir()
    for name, text in MODULES.items():
        (root / name).write_text(text)
    (root / "policy.yaml").write_text(POLICY.read_text())
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        run("check", "--policy", "policy.yaml")
        for name, at, line in edits:
            lines = (root / name).read_text().splitlines()
            lines.insert(min(at, len(lines)), line)
            (root / name).write_text("\n".join(lines) + "\n")
            warm = run("check", "--policy", "policy.yaml", "--format", "json")[:2]
            assert warm == run("check", "--no-cache", "--policy", "policy.yaml", "--format", "json")[:2]
