"""Overview: what the estate holds, where it goes, what is flagged, what changed since the last scan."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import state
from dashboard.changes import Changes, compare
from dashboard.loading import Estate
from dashboard.location import SnapshotProblem
from dashboard.views.common import SEVERITY_ORDER, header


def _metrics(estate: Estate) -> None:
    fields, flows, findings = estate.fields, estate.flows, estate.findings
    flagged = findings[findings["path"].map(len) > 0]
    values = [
        ("Stores (tables)", fields.loc[fields["store"], "qualified_table"].nunique()),
        ("Fields", len(fields)),
        ("Personal fields", int(fields["personal"].sum())),
        ("Recipients", flows["recipient"].nunique()),
        ("Flows", len(flows)),
        ("Flows not covered", int((flows["covered"] == False).sum())),  # noqa: E712 (None is not False)
        ("Flagged flows", len(flagged)),
    ]
    for column, (label, value) in zip(st.columns(len(values)), values, strict=True):
        column.metric(label, f"{value:,}")


def _category_chart(estate: Estate) -> None:
    counts = estate.fields.loc[estate.fields["personal"], "category"].value_counts().head(30)
    frame = counts.rename_axis("category").rename("fields").reset_index()
    chart = alt.Chart(frame).mark_bar(color="#3b6fb6").encode(
        x=alt.X("fields:Q", title="fields"),
        y=alt.Y("category:N", sort="-x", title=None, axis=alt.Axis(labelLimit=360, labelOverlap=False)),
        tooltip=["category", "fields"])
    st.altair_chart(chart.properties(height=max(160, 24 * len(frame))), width="stretch")


def _by_severity(findings: pd.DataFrame) -> pd.DataFrame:
    flagged = findings.assign(kind=["flow" if len(p) else "field or policy" for p in findings["path"]])
    table = flagged.groupby(["severity", "kind"]).size().unstack(fill_value=0)
    return table.sort_index(key=lambda s: s.map(SEVERITY_ORDER).fillna(9))


def _recipient_table(estate: Estate) -> pd.DataFrame:
    flows = estate.flows
    labels = dict(zip(estate.nodes["id"], estate.nodes["label"], strict=True))
    kinds = estate.recipient_kinds()
    rows = []
    for recipient, group in flows.groupby("recipient"):
        categories = sorted({c for cats in group["categories"] for c in cats})
        rows.append({"recipient": recipient, "name": labels.get(f"recipient:{recipient}", recipient),
                     "kind": kinds.get(str(recipient), ""), "categories": ", ".join(categories),
                     "flows": len(group), "not covered": int((group["covered"] == False).sum())})  # noqa: E712
    return pd.DataFrame(rows).sort_values(["not covered", "flows"], ascending=False) if rows else pd.DataFrame()


def _changes(changes: Changes) -> None:
    if changes.empty:
        st.success("Nothing changed in personal fields, flows or findings since the previous snapshot.")
        return
    counts = [("New personal fields", changes.new_fields), ("Removed personal fields", changes.removed_fields),
              ("New flows", changes.new_flows), ("Stopped flows", changes.removed_flows),
              ("New findings", changes.new_findings), ("Fixed findings", changes.fixed_findings)]
    for column, (label, frame) in zip(st.columns(len(counts)), counts, strict=True):
        column.metric(label, len(frame))
    for label, frame in counts:
        if len(frame):
            with st.expander(f"{label} ({len(frame)})"):
                st.dataframe(frame.drop(columns=[c for c in ("node_id", "fingerprint") if c in frame]),
                             hide_index=True, width="stretch")


def render(estate: Estate) -> None:
    header("Overview", estate, "Where personal data lives, where it goes, and what the policy does not cover.")
    _metrics(estate)
    left, right = st.columns(2)
    with left:
        st.subheader("Personal fields by category")
        _category_chart(estate)
    with right:
        st.subheader("Findings by severity")
        if len(estate.findings):
            st.dataframe(_by_severity(estate.findings), width="stretch")
            rules = estate.findings.groupby(["rule", "severity"]).size().rename("findings").reset_index()
            st.dataframe(rules, hide_index=True, width="stretch")
        else:
            st.success("No findings.")
    st.subheader("Recipients")
    st.dataframe(_recipient_table(estate), hide_index=True, width="stretch")
    st.subheader("Changes since the previous snapshot")
    previous = state.previous_folder(estate)
    if previous is None:
        st.info("This is the first snapshot here: there is nothing to compare it with yet.")
        return
    try:
        before = state.estate(previous)
    except SnapshotProblem as problem:
        st.warning(f"The previous snapshot cannot be read, so changes are not shown: {problem.what}")
        return
    st.caption(f"Compared with snapshot `{before.id}` ({before.created_at.replace('T', ' ')}).")
    _changes(compare(before, estate))
