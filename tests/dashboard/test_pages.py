"""Every page of the dashboard on the sample estate's snapshots, through Streamlit's AppTest."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from catalog.store import list_snapshots
from dashboard.matrix import ALLOWED_AND_SENT, ALLOWED_ONLY, PURPOSE_NOT_ALLOWED, SENT_NOT_ALLOWED
from tests.dashboard.support import texts


@pytest.fixture(scope="module")
def latest(sample_location: Path) -> Path:
    return list_snapshots(sample_location)[-1]


def test_overview_counts_and_changes(app, sample_location: Path, latest: Path) -> None:
    fields = pq.read_table(latest / "fields.parquet").to_pandas()
    flows = pq.read_table(latest / "flows.parquet").to_pandas()
    test = app(sample_location)
    metrics = {m.label: m.value for m in test.metric}
    assert metrics["Fields"] == f"{len(fields):,}"
    assert metrics["Personal fields"] == f"{int(fields['category'].notna().sum()):,}"
    assert metrics["Flows"] == f"{len(flows):,}"
    assert metrics["Flows not covered"] == f"{int((~flows['covered'].astype(bool)).sum()):,}"
    assert metrics["New personal fields"] == "3"
    assert metrics["Removed personal fields"] == "0"
    shown = texts(test)
    assert "Compared with snapshot" in shown
    new_fields = next(d.value for d in test.dataframe if "qualified_table" in d.value.columns)
    assert sorted(zip(new_fields["name"], new_fields["category"], strict=True)) == [
        ("backup_email", "user.contact.email"), ("mobile_phone", "user.contact.phone_number"),
        ("user_id", "user.unique_id")]
    assert set(new_fields["qualified_table"]) == {"app.member_backup_contacts"}


def test_data_map_inspects_recipients_and_their_paths(app, sample_location: Path) -> None:
    test = app(sample_location, "data_map")
    shown = texts(test)
    assert "boxes," in shown and "flows." in shown
    inspect = test.selectbox(key="map_inspect")
    inspect.set_value("recipient:meta_ads").run()
    shown = texts(test)
    assert "Meta Conversions API" in shown
    paths = test.dataframe[-1].value
    assert set(paths["recipient"]) == {"meta_ads"}
    assert "app.users.email" in " ".join(paths["path"])
    assert "user.contact.email" in set(paths["categories"])


def test_data_map_expands_a_table_into_its_fields(app, sample_location: Path) -> None:
    test = app(sample_location, "data_map")
    expand = test.sidebar.multiselect[-1]
    assert expand.label == "Expand into fields and code places"
    expand.set_value(["table:app.users"]).run()
    options = test.selectbox(key="map_inspect").options
    assert any(o.startswith("app.users.email") for o in options)
    assert not any(o.startswith("app.users (") for o in options)


def test_flagged_flows_show_the_planted_meta_ads_flow_with_evidence_and_policy(app, sample_location: Path) -> None:
    test = app(sample_location, "flagged_flows")
    table = test.dataframe[0].value
    planted = table[(table["recipient"] == "meta_ads") & (table["category"] == "user.contact.email")]
    assert set(planted["rule"]) == {"DM101"}
    assert len(planted) >= 1
    recipient = next(m for m in test.multiselect if m.label == "Recipient")
    recipient.set_value(["meta_ads"]).run()
    table = test.dataframe[0].value
    assert set(table["recipient"]) == {"meta_ads"}
    chosen = test.selectbox(key="flagged_finding")
    email = next(v for v in chosen.options if "DM101 · email is sent to meta_ads" in v)
    chosen.select(email).run()
    shown = texts(test)
    assert "DM101 uncovered-flow: email is sent to meta_ads" in shown
    assert "**app.users.email**" in shown
    assert "facebook.py:29" in shown
    assert any("EventRequest" in c.value and "▶" in c.value for c in test.code)
    assert "> Facebook\n\n— recipient 'facebook'" in shown
    assert "> E-mail address\n\n— category 'email'" in shown
    assert "`marketing.advertising.third_party.targeted` — declared in the code" in shown


def test_flagged_flows_purpose_rule_cites_the_declaration(app, sample_location: Path) -> None:
    test = app(sample_location, "flagged_flows")
    rule = next(m for m in test.multiselect if m.label == "Rule")
    rule.set_value(["DM103"]).run()
    assert set(test.dataframe[0].value["rule"]) == {"DM103"}
    shown = texts(test)
    assert "— declaration" in shown


def test_inventory_lists_personal_fields_and_searches(app, sample_location: Path, latest: Path) -> None:
    fields = pq.read_table(latest / "fields.parquet").to_pandas()
    test = app(sample_location, "inventory")
    table = test.dataframe[0].value
    assert len(table) == int(fields["category"].notna().sum())
    assert list(table.columns) == ["table", "field", "type", "category", "policy category", "confidence",
                                   "explanation", "evidence"]
    test.toggle[0].set_value(False).run()
    assert len(test.dataframe[0].value) == len(fields)
    test.text_input[0].input("contact.email").run()
    found = test.dataframe[0].value
    assert len(found) > 0 and set(found["category"]) == {"user.contact.email"}
    assert test.get("download_button")[0].proto.label == "Download these fields as CSV"


def test_policy_page_matrix_and_citations(app, sample_location: Path) -> None:
    test = app(sample_location, "policy")
    matrix = test.dataframe[0].value
    assert matrix.loc["email — E-mail address", "meta_ads"] == SENT_NOT_ALLOWED
    assert matrix.loc["email — E-mail address", "mailchimp"] == PURPOSE_NOT_ALLOWED
    assert matrix.loc["ip_address — IP address", "appsflyer"] == ALLOWED_AND_SENT
    assert matrix.loc["audio_video — Real-time or recorded video and audio", "hubspot"] == ALLOWED_ONLY
    assert "stripe" in matrix.columns and "logs" not in matrix.columns
    recipients = next(d.value for d in test.dataframe if "covers" in d.value.columns)
    facebook = recipients[recipients["id"] == "facebook"].iloc[0]
    assert facebook["citation"] == "Facebook"
    assert facebook["covers"] == "facebook, meta_ads"
    declarations = next(d.value for d in test.dataframe if "purposes" in d.value.columns)
    assert "payment_processing" in set(declarations["id"])


def test_history_has_a_row_per_snapshot(app, sample_location: Path) -> None:
    test = app(sample_location, "history")
    trends = test.dataframe[-1].value
    assert len(trends) == 2
    assert trends["personal fields"].iloc[1] - trends["personal fields"].iloc[0] == 3


def test_sidebar_switches_to_the_older_snapshot(app, sample_location: Path) -> None:
    test = app(sample_location)
    older = list_snapshots(sample_location)[0]
    test.sidebar.selectbox[0].set_value(str(older.resolve())).run()
    assert "This is the first snapshot here" in texts(test)
