"""The report on the sample estate, scanned twice: a personal column and an export job to Braze added."""

from __future__ import annotations

import re

import pytest

from catalog.report import html, markdown
from catalog.report.build import build_report
from catalog.report.model import SECTIONS, Report
from catalog.store import Snapshot


@pytest.fixture(scope="module")
def report(sample_pair: tuple[Snapshot, Snapshot]) -> Report:
    before, after = sample_pair
    return build_report(after, before)


def test_key_figures_change_by_what_was_added(report: Report) -> None:
    changes = {f.label: f.change for f in report.figures}
    assert changes["Fields scanned"] == 1
    assert changes["Fields holding personal data"] == 1
    assert changes["Third parties receiving personal data"] == 1
    assert changes["Flows of personal data to third parties"] == changes["Flows the policy does not cover"]
    assert changes["Flows of personal data to third parties"] >= 3


def test_changes_name_the_new_column_and_the_new_flows(report: Report) -> None:
    assert report.changes is not None
    assert [(f.label, f.category) for f in report.changes.fields_added] == [
        ("app.users.home_address", "user.contact.address")]
    assert not report.changes.fields_removed and not report.changes.reclassified
    assert {f.recipient for f in report.changes.flows_added} == {"braze"}
    assert {"user.contact.address", "user.contact.email", "user.contact.phone_number"} == {
        c for f in report.changes.flows_added for c in f.categories}
    assert not report.changes.flows_removed


def test_braze_is_a_third_party_in_a_third_country_not_covered(report: Report) -> None:
    (braze,) = [r for r in report.recipients if r.id == "braze"]
    assert braze.status == "not covered" and braze.uncovered == braze.flows
    assert braze.company == "Braze, Inc."
    assert braze.location.startswith("United States (third country")
    assert braze.purposes == ("Marketing Communications (marketing.communications)",)


def test_flagged_flow_has_evidence_and_policy_text(report: Report) -> None:
    (group,) = [g for g in report.flagged if g.recipient == "Braze" and g.category == "user.contact.address"]
    assert group.rule == "DM101" and group.rule_name == "uncovered-flow"
    assert group.example[0].node == "app.users.home_address"
    assert group.example[0].evidence is not None and group.example[0].evidence.startswith("postgres/accounts.sql:")
    assert group.places and all(p.startswith("config/exports.yaml:") for p in group.places)
    assert "no declaration lets" in group.policy_text


def test_records_of_processing_carry_retention_from_comments(report: Report) -> None:
    (row,) = [r for r in report.ropa if r.activity == "Marketing Communications (marketing.communications)"]
    assert "Braze" in row.recipients
    assert "2 years (users.home_address)" in row.retention
    assert "United States (third country" in row.transfers
    assert row.source.endswith("observed flows")
    declared = [r for r in report.ropa if r.source == "policy declaration; no flow observed"]
    assert declared and all(r.transfers == "none observed" for r in declared)


def test_every_section_is_in_markdown_and_html(report: Report) -> None:
    text, page = markdown.render(report), html.render(report)
    for _, title in SECTIONS:
        assert f"## {title}" in text
        assert title.replace("&", "&amp;") in page
    assert report.empty == {}


def test_html_is_self_contained(report: Report) -> None:
    page = html.render(report)
    assert not re.search(r"(?i)(https?:|//[a-z0-9-]+\.|<script|<link|@import|url\()", page)
    assert page.count("<svg") == 3
