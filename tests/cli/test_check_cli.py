"""``datamap check`` and ``datamap baseline`` through the CLI on a small project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datamap.exit_codes import FINDINGS, OK, USAGE_ERROR
from tests.cli.invoke import run

POLICY = (Path(__file__).parent / "fixtures" / "example_policy.yaml").read_text()

USERS = """\
-- accounts
CREATE TABLE app.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    nickname text
);
"""

PHONE = """\
ALTER TABLE app.users ADD COLUMN phone_number text;
ALTER TABLE app.users ADD COLUMN date_of_birth date;
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (no git) with a config, a policy that discloses everything, and one schema."""
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "0001_users.sql").write_text(USERS)
    (tmp_path / "policy.yaml").write_text(POLICY)
    (tmp_path / "pyproject.toml").write_text('[tool.datamap]\npaths = ["db"]\npolicy = "policy.yaml"\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def add_phone(project: Path) -> None:
    (project / "db" / "0002_phone.sql").write_text(PHONE)


PHONE_LINE = ("db/0002_phone.sql:1: DM104 undisclosed-category [error] app.users.phone_number holds "
              "user.contact.phone_number, a category the policy 'Example' does not disclose")
BIRTH_LINE = ("db/0002_phone.sql:2: DM104 undisclosed-category [error] app.users.date_of_birth holds "
              "user.demographic.date_of_birth, a category the policy 'Example' does not disclose")


def test_a_clean_project_exits_0(project: Path) -> None:
    assert run("check") == (OK, "0 new findings; none at or above warning: passed\n", "")


def test_undisclosed_columns_exit_1_naming_file_and_line(project: Path) -> None:
    add_phone(project)
    code, stdout, _ = run("check")
    assert code == FINDINGS
    assert stdout.splitlines() == [PHONE_LINE, BIRTH_LINE,
                                   "2 new findings (2 error); 2 at or above warning: failed"]


def test_paths_and_policy_flags_override_the_config(project: Path) -> None:
    add_phone(project)
    (project / "other.yaml").write_text(POLICY.replace("[user.unique_id, user.account.username]",
                                                       "[user.unique_id, user.account.username, user.contact]"))
    code, stdout, _ = run("check", "--policy", "other.yaml")
    assert (code, stdout.splitlines()[-1]) == (FINDINGS, "1 new finding (1 error); 1 at or above warning: failed")
    code, stdout, _ = run("check", str(project / "db" / "0001_users.sql"))
    assert (code, stdout) == (OK, "0 new findings; none at or above warning: passed\n")


def test_fail_on_comes_from_the_config_and_the_flag_overrides_it(project: Path) -> None:
    (project / "db" / "0001_users.sql").write_text("-- datamap: ignore[DM101] reason=\"old approval\"\n" + USERS)
    code, stdout, _ = run("check")
    assert code == OK
    assert stdout.splitlines() == [
        "db/0001_users.sql:1: DM303 unused-suppression [info] suppression of DM101 matches no finding on this "
        "line or the next; remove it",
        "1 new finding (1 info); none at or above warning: passed"]
    assert run("check", "--fail-on", "info")[0] == FINDINGS
    (project / "pyproject.toml").write_text(
        '[tool.datamap]\npaths = ["db"]\npolicy = "policy.yaml"\nfail_on = "info"\n')
    assert run("check")[0] == FINDINGS
    assert run("check", "--fail-on", "error")[0] == OK


def test_a_misspelled_config_key_is_exit_2_with_a_suggestion(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.datamap]\npaths = ["db"]\npolcy = "policy.yaml"\n')
    code, stdout, stderr = run("check")
    assert (code, stdout) == (USAGE_ERROR, "")
    assert stderr == (f"datamap: error: {project / 'pyproject.toml'}:3: unknown key 'polcy' in [tool.datamap]; "
                      "did you mean 'policy'?\n")


def test_a_policy_that_fails_validation_is_exit_2(project: Path) -> None:
    (project / "policy.yaml").write_text(POLICY.replace("version: 1", "version: 9"))
    code, stdout, stderr = run("check")
    assert (code, stdout) == (USAGE_ERROR, "")
    assert "policy.yaml" in stderr and "unsupported policy version 9" in stderr


def test_inline_suppression_with_a_reason_hides_the_finding(project: Path) -> None:
    (project / "db" / "0002_phone.sql").write_text(
        "-- datamap: ignore[DM104] reason=\"support calls, approved by legal\" until=2999-01-01\n" + PHONE)
    code, stdout, _ = run("check", "--format", "json")
    payload = json.loads(stdout)
    assert code == FINDINGS
    assert [(f["rule"], f["evidence"]["line"]) for f in payload["findings"]] == [("DM104", 3)]
    assert [(s["subject"], s["reason"], s["until"], s["suppression"]) for s in payload["suppressed"]] == [
        ("db::app.users.phone_number", "support calls, approved by legal", "2999-01-01",
         {"path": "db/0002_phone.sql", "line": 1})]
    assert payload["summary"] == {"new": 1, "baseline": 0, "suppressed": 1, "failing": 1}


def test_a_suppression_without_reason_or_expired_does_not_hide(project: Path) -> None:
    (project / "db" / "0002_phone.sql").write_text(
        "ALTER TABLE app.users ADD COLUMN phone_number text; -- datamap: ignore[DM104]\n"
        "-- datamap: ignore[DM104] reason=\"until launch\" until=2020-01-01\n"
        "ALTER TABLE app.users ADD COLUMN date_of_birth date;\n")
    code, stdout, _ = run("check")
    assert code == FINDINGS
    assert stdout.splitlines() == [
        PHONE_LINE,
        'db/0002_phone.sql:1: DM301 suppression-without-reason [warning] suppression of DM104 gives no reason '
        '(add reason="…"); it is not applied',
        "db/0002_phone.sql:2: DM302 expired-suppression [warning] suppression of DM104 expired on 2020-01-01; "
        "it is no longer applied",
        BIRTH_LINE.replace(":2:", ":3:"),
        "4 new findings (2 error, 2 warning); 4 at or above warning: failed"]


def test_exclude_globs_drop_findings_in_those_files(project: Path) -> None:
    add_phone(project)
    (project / "pyproject.toml").write_text(
        '[tool.datamap]\npaths = ["db"]\npolicy = "policy.yaml"\nexclude = ["db/0002_*"]\n')
    assert run("check")[0] == OK


def test_excluded_files_are_not_read_at_all_and_are_counted(project: Path) -> None:
    (project / "db" / "vendor").mkdir()
    (project / "db" / "vendor" / "broken.sql").write_text("CREATE TABLE (((;\n")
    (project / "db" / "vendor" / "contacts.sql").write_text("CREATE TABLE crm.contacts (email text, phone text);\n")
    code, out, _ = run("check", "--format", "json")
    assert code == 1 and "db/vendor/broken.sql" in out
    (project / "pyproject.toml").write_text(
        '[tool.datamap]\npaths = ["db"]\npolicy = "policy.yaml"\nexclude = ["db/vendor/**"]\n')
    code, out, _ = run("check", "--format", "json")
    report = json.loads(out)
    assert code == OK and "db/vendor" not in out
    assert report["stats"]["files_excluded"] == 2


def test_baseline_then_check_reports_only_new_findings(project: Path) -> None:
    add_phone(project)
    code, stdout, stderr = run("baseline")
    assert (code, stdout) == (OK, "")
    assert stderr == "baseline .datamap-baseline.json: 2 findings (2 added, 0 kept, 0 dropped as fixed)\n"
    assert run("check") == (OK, "0 new findings, 2 in the baseline; none at or above warning: passed\n", "")
    (project / "db" / "0003_mail.sql").write_text("ALTER TABLE app.users ADD COLUMN home_address text;\n")
    code, stdout, _ = run("check")
    assert code == FINDINGS
    assert stdout.splitlines() == [
        "db/0003_mail.sql:1: DM104 undisclosed-category [error] app.users.home_address holds user.contact.address, "
        "a category the policy 'Example' does not disclose",
        "1 new finding (1 error), 2 in the baseline; 1 at or above warning: failed"]
    payload = json.loads(run("check", "--format", "json")[1])
    assert [(f["name"], f["status"]) for f in payload["findings"]] == [
        ("undisclosed-category", "baseline"), ("undisclosed-category", "baseline"), ("undisclosed-category", "new")]


def test_baseline_refuses_to_overwrite_and_update_keeps_triage_and_drops_fixed(project: Path) -> None:
    add_phone(project)
    run("baseline")
    path = project / ".datamap-baseline.json"
    document = json.loads(path.read_text())
    for entry in document["findings"]:
        entry["triage"], entry["note"] = "accepted", f"reviewed {entry['subject'].rsplit('.', 1)[1]}"
    path.write_text(json.dumps(document, indent=2))
    before = path.read_text()
    code, _, stderr = run("baseline")
    assert code == USAGE_ERROR
    assert stderr == (f"datamap: error: {path}: a baseline exists already; use --update to refresh it "
                      "(triage is kept)\n")
    assert path.read_text() == before
    (project / "db" / "0002_phone.sql").write_text("ALTER TABLE app.users ADD COLUMN phone_number text;\n")
    code, _, stderr = run("baseline", "--update")
    assert (code, stderr) == (OK, "baseline .datamap-baseline.json: 1 finding (0 added, 1 kept, 1 dropped as fixed)\n")
    entries = json.loads(path.read_text())["findings"]
    assert [(e["subject"], e["triage"], e["note"]) for e in entries] == [
        ("db::app.users.phone_number", "accepted", "reviewed phone_number")]


def test_a_corrupt_baseline_is_exit_2_and_is_not_overwritten(project: Path) -> None:
    path = project / ".datamap-baseline.json"
    path.write_text('{\n  "version": 1,\n  "findings": [,]\n}\n')
    for args in (("check",), ("baseline", "--update")):
        code, stdout, stderr = run(*args)
        assert (code, stdout) == (USAGE_ERROR, "")
        assert stderr == f"datamap: error: {path}:3: baseline is not valid JSON: Expecting value (column 16)\n"
    assert path.read_text() == '{\n  "version": 1,\n  "findings": [,]\n}\n'


def test_a_named_baseline_that_does_not_exist_is_exit_2(project: Path) -> None:
    code, _, stderr = run("check", "--baseline", "missing.json")
    assert code == USAGE_ERROR
    assert stderr == (f"datamap: error: {project / 'missing.json'}: no such baseline file "
                      "(create it with `datamap baseline`)\n")


def test_an_old_baseline_is_read_through_the_upgrade(project: Path) -> None:
    add_phone(project)
    run("baseline")
    path = project / ".datamap-baseline.json"
    fingerprints = [e["fingerprint"] for e in json.loads(path.read_text())["findings"]]
    path.write_text(json.dumps(fingerprints))
    assert run("check")[0] == OK
    assert path.read_text() == json.dumps(fingerprints)
    run("baseline", "--update")
    assert json.loads(path.read_text())["version"] == 1


def test_output_goes_to_a_file_and_never_over_the_baseline(project: Path) -> None:
    add_phone(project)
    code, stdout, stderr = run("check", "--format", "markdown", "--output", "report.md")
    assert (code, stdout) == (FINDINGS, "")
    assert stderr == "2 new findings (2 error); 2 at or above warning: failed\n"
    assert (project / "report.md").read_text().startswith("## datamap: 2 new findings\n")
    code, _, stderr = run("check", "--output", ".datamap-baseline.json")
    assert code == USAGE_ERROR
    assert "--output would overwrite" in stderr
    assert not (project / ".datamap-baseline.json").exists()


def test_a_missing_path_is_exit_2(project: Path) -> None:
    code, _, stderr = run("check", "nowhere")
    assert code == USAGE_ERROR
    assert stderr == "datamap: error: nowhere: no such file or folder\n"


def test_help_shows_examples() -> None:
    for command in ("check", "baseline"):
        code, stdout, _ = run(command, "--help")
        assert code == OK and "Examples:" in stdout
