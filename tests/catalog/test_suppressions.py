"""Inline suppressions: parsing, reasons, expiry, unused ones."""

from __future__ import annotations

from datetime import date

from catalog.model import Evidence, Finding
from catalog.suppressions import Suppression, apply_suppressions, parse_suppressions

TODAY = date(2026, 6, 1)


def finding(rule: str = "DM104", path: str = "db/users.sql", line: int | None = 5, subject: str = "s") -> Finding:
    return Finding(rule, "error", f"{rule} message", subject=subject, evidence=Evidence(path, line))


def test_python_yaml_and_sql_comments_are_read() -> None:
    text = "\n".join([
        'send(email)  # datamap: ignore[DM101] reason="marketing approved by legal 2026-10"',
        "-- datamap: ignore[DM104] reason=kept for fraud checks until=2027-01-31",
        "key: 1 # datamap: ignore[DM101, DM103] reason='ok' until=2026-12-31",
        "# datamap: purpose=marketing.advertising",
        "x = 1",
    ])
    assert parse_suppressions("f.py", text) == [
        Suppression("f.py", 1, ("DM101",), "marketing approved by legal 2026-10"),
        Suppression("f.py", 2, ("DM104",), "kept for fraud checks", "2027-01-31"),
        Suppression("f.py", 3, ("DM101", "DM103"), "ok", "2026-12-31"),
    ]


def test_rule_names_stand_for_their_ids_and_a_missing_reason_is_none() -> None:
    text = "# datamap: ignore[undisclosed-category]\n# datamap: ignore[dm101] reason=\"\"\n"
    assert parse_suppressions("a.yaml", text) == [
        Suppression("a.yaml", 1, ("DM104",), None),
        Suppression("a.yaml", 2, ("DM101",), None),
    ]


def test_a_text_without_the_marker_is_not_parsed() -> None:
    assert parse_suppressions("a.sql", "select 1; -- ignore[DM104] reason=x\n") == []


def test_a_suppression_covers_its_line_and_the_line_below() -> None:
    same = finding(line=5)
    below = finding(line=6, subject="below")
    further = finding(line=7, subject="further")
    other_rule = finding("DM101", line=5)
    other_file = finding(path="db/other.sql", line=5)
    suppression = Suppression("db/users.sql", 5, ("DM104",), "approved")
    outcome = apply_suppressions([same, below, further, other_rule, other_file], [suppression], TODAY)
    assert outcome.findings == [further, other_rule, other_file]
    assert outcome.suppressed == [(same, suppression), (below, suppression)]


def test_a_suppression_without_a_reason_does_not_suppress_and_is_a_finding() -> None:
    target = finding()
    outcome = apply_suppressions([target], [Suppression("db/users.sql", 4, ("DM104",), None)], TODAY)
    assert [(f.rule, f.severity, f.message, f.evidence) for f in outcome.findings] == [
        ("DM104", "error", "DM104 message", Evidence("db/users.sql", 5)),
        ("DM301", "warning", 'suppression of DM104 gives no reason (add reason="…"); it is not applied',
         Evidence("db/users.sql", 4)),
    ]
    assert outcome.suppressed == []


def test_an_expired_suppression_stops_suppressing() -> None:
    target = finding()
    expired = Suppression("db/users.sql", 4, ("DM104",), "until the migration", "2026-05-31")
    outcome = apply_suppressions([target], [expired], TODAY)
    assert [(f.rule, f.message) for f in outcome.findings] == [
        ("DM104", "DM104 message"),
        ("DM302", "suppression of DM104 expired on 2026-05-31; it is no longer applied"),
    ]


def test_a_suppression_is_valid_through_its_until_day() -> None:
    target = finding()
    last_day = Suppression("db/users.sql", 4, ("DM104",), "approved", "2026-06-01")
    assert apply_suppressions([target], [last_day], TODAY).findings == []


def test_an_unreadable_date_is_reported_and_not_applied() -> None:
    target = finding()
    outcome = apply_suppressions([target], [Suppression("db/users.sql", 4, ("DM104",), "ok", "soon")], TODAY)
    assert [(f.rule, f.message) for f in outcome.findings] == [
        ("DM104", "DM104 message"),
        ("DM302", "suppression of DM104 has until=soon, not a YYYY-MM-DD date; it is not applied"),
    ]


def test_unused_suppressions_are_reported_per_rule_as_info() -> None:
    target = finding()
    both = Suppression("db/users.sql", 5, ("DM104", "DM101"), "approved")
    stray = Suppression("app/ads.py", 9, ("DM999",), "old")
    outcome = apply_suppressions([target], [both, stray], TODAY)
    assert [(f.rule, f.severity, f.message, f.evidence) for f in outcome.findings] == [
        ("DM303", "info", "suppression of DM101 matches no finding on this line or the next; remove it",
         Evidence("db/users.sql", 5)),
        ("DM303", "info", "suppression of DM999 (no such rule) matches no finding on this line or the next; remove it",
         Evidence("app/ads.py", 9)),
    ]


def test_findings_about_suppressions_have_line_free_fingerprints() -> None:
    a = apply_suppressions([], [Suppression("a.py", 3, ("DM101",), "r")], TODAY).findings[0]
    b = apply_suppressions([], [Suppression("a.py", 30, ("DM101",), "r")], TODAY).findings[0]
    assert a.fingerprint == b.fingerprint
    assert a.subject == "a.py::ignore[DM101]"


def test_findings_without_a_line_are_never_suppressed() -> None:
    target = finding(line=None)
    outcome = apply_suppressions([target], [Suppression("db/users.sql", 1, ("DM104",), "r")], TODAY)
    assert outcome.findings[0] == target
