"""The baseline file: deterministic text, triage kept, fixed findings dropped, broken files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.baseline import (
    VERSION,
    Baseline,
    build_baseline,
    changes,
    load_baseline,
    render_baseline,
    upgrade,
    write_baseline,
)
from catalog.errors import DatamapError
from catalog.model import Evidence, Finding

EMAIL = Finding("DM104", "error", "m", "db/a.sql::app.users.email", "user.contact.email", None, Evidence("db/a.sql", 3))
PHONE = Finding("DM104", "error", "m", "db/a.sql::app.users.phone", "user.contact.phone_number")
ADS = Finding("DM101", "error", "m", "field:app.users.email -> recipient:meta", "user.contact.email", "meta")


def test_entries_are_sorted_deduplicated_and_record_what_made_them() -> None:
    moved = Finding("DM104", "error", "m", EMAIL.subject, EMAIL.category, None, Evidence("db/a.sql", 40))
    baseline = build_baseline([PHONE, EMAIL, ADS, moved], "0.1.0", "abc")
    assert [e.fingerprint for e in baseline.findings] == [ADS.fingerprint, EMAIL.fingerprint, PHONE.fingerprint]
    assert baseline.generated_by.datamap == "0.1.0"
    assert baseline.generated_by.policy_sha256 == "abc"


def test_the_file_text_is_exact_and_has_no_timestamp() -> None:
    text = render_baseline(build_baseline([EMAIL], "0.1.0", None))
    assert text == f"""{{
  "version": 1,
  "generated_by": {{
    "datamap": "0.1.0",
    "policy_sha256": null
  }},
  "findings": [
    {{
      "fingerprint": "{EMAIL.fingerprint}",
      "rule": "DM104",
      "subject": "db/a.sql::app.users.email",
      "category": "user.contact.email",
      "recipient": null,
      "triage": null,
      "note": null
    }}
  ]
}}
"""
    assert render_baseline(build_baseline([EMAIL], "0.1.0", None)) == text


def test_update_keeps_triage_of_present_findings_and_drops_fixed_ones(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    write_baseline(path, build_baseline([EMAIL, PHONE], "0.1.0", None))
    document = json.loads(path.read_text())
    document["findings"][0]["triage"] = "accepted"
    document["findings"][0]["note"] = "approved by legal"
    document["findings"][1]["triage"] = "false_positive"
    path.write_text(json.dumps(document))
    previous = load_baseline(path)
    updated = build_baseline([EMAIL, ADS], "0.2.0", "def", previous)
    by_fp = updated.by_fingerprint()
    assert set(by_fp) == {EMAIL.fingerprint, ADS.fingerprint}
    assert (by_fp[EMAIL.fingerprint].triage, by_fp[EMAIL.fingerprint].note) == ("accepted", "approved by legal")
    assert (by_fp[ADS.fingerprint].triage, by_fp[ADS.fingerprint].note) == (None, None)
    assert changes(previous, updated) == type(changes(None, updated))(added=1, kept=1, dropped=1)


def test_write_then_load_round_trips_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "b.json"
    baseline = build_baseline([EMAIL, ADS], "0.1.0", "abc")
    write_baseline(path, baseline)
    assert load_baseline(path) == baseline
    assert [p.name for p in path.parent.iterdir()] == ["b.json"]


def test_version_0_a_list_of_fingerprints_is_upgraded() -> None:
    upgraded = upgrade([PHONE.fingerprint, EMAIL.fingerprint, PHONE.fingerprint])
    baseline = Baseline.model_validate(upgraded)
    assert baseline.version == VERSION
    assert [e.fingerprint for e in baseline.findings] == sorted([PHONE.fingerprint, EMAIL.fingerprint])
    assert baseline.findings[0].rule is None
    assert baseline.fingerprints == {PHONE.fingerprint, EMAIL.fingerprint}


def test_an_upgraded_baseline_is_filled_in_by_an_update(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps([EMAIL.fingerprint]))
    updated = build_baseline([EMAIL], "0.1.0", None, load_baseline(path))
    assert updated.findings[0].rule == "DM104"
    assert updated.findings[0].subject == EMAIL.subject


def broken(tmp_path: Path, text: str) -> DatamapError:
    path = tmp_path / "baseline.json"
    path.write_text(text)
    with pytest.raises(DatamapError) as caught:
        load_baseline(path)
    assert caught.value.path == str(path)
    return caught.value


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    error = broken(tmp_path, '{\n  "version": 1,\n  "findings": [\n    {"fingerprint": }\n  ]\n}\n')
    assert error.line == 4
    assert error.message == "baseline is not valid JSON: Expecting value (column 21)"


def test_a_bad_triage_value_is_refused(tmp_path: Path) -> None:
    document = json.loads(render_baseline(build_baseline([EMAIL], "0.1.0", None)))
    document["findings"][0]["triage"] = "ok"
    error = broken(tmp_path, json.dumps(document))
    assert error.message == "baseline is broken: findings[0].triage: Input should be 'accepted' or 'false_positive'"


def test_a_hand_edited_subject_no_longer_matches_its_fingerprint(tmp_path: Path) -> None:
    document = json.loads(render_baseline(build_baseline([EMAIL], "0.1.0", None)))
    document["findings"][0]["subject"] = "db/a.sql::app.users.mail"
    error = broken(tmp_path, json.dumps(document))
    assert error.message == (f"baseline is broken: findings[0]: fingerprint {EMAIL.fingerprint} does not match its "
                             "rule, subject, category and recipient (was the entry edited by hand?)")


def test_unknown_keys_missing_keys_and_wrong_shapes_are_refused(tmp_path: Path) -> None:
    assert broken(tmp_path, '{"version": 1, "generated_by": {"datamap": null, "policy_sha256": null}, '
                            '"findings": [], "when": "today"}').message == (
        "baseline is broken: when: Extra inputs are not permitted")
    assert broken(tmp_path, '{"version": 1, "findings": []}').message == (
        "baseline is broken: generated_by: Field required")
    assert broken(tmp_path, '"fingerprints"').message == "baseline is broken: not a datamap baseline (no 'version')"
    assert broken(tmp_path, "[1, 2]").message == (
        "baseline is broken: a version 0 baseline is a list of fingerprints")
    assert broken(tmp_path, '["not-hex"]').message == (
        "baseline is broken: findings[0].fingerprint: String should match pattern '^[0-9a-f]{16}$'")


def test_a_newer_version_is_refused(tmp_path: Path) -> None:
    assert broken(tmp_path, '{"version": 7}').message == (
        "baseline is broken: baseline version 7 was written by a newer datamap (this one reads 1)")


def test_an_empty_file_is_an_error_not_an_empty_baseline(tmp_path: Path) -> None:
    assert broken(tmp_path, "").message.startswith("baseline is not valid JSON")


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DatamapError) as caught:
        load_baseline(tmp_path / "none.json")
    assert caught.value.message == "no such baseline file (create it with `datamap baseline`)"
