"""History: personal fields, flows and findings by rule across the snapshots at this location."""

from __future__ import annotations

import streamlit as st

from dashboard import state
from dashboard.history import Summary, rule_frame, trend_frame
from dashboard.loading import Estate
from dashboard.location import SnapshotProblem
from dashboard.views.common import header


def _summaries() -> tuple[list[Summary], list[str]]:
    summaries: list[Summary] = []
    unreadable: list[str] = []
    for folder in state.current_location().folders:
        try:
            summaries.append(state.summary(folder))
        except SnapshotProblem as problem:
            unreadable.append(f"`{folder}`: {problem.what}")
    return summaries, unreadable


def render(estate: Estate) -> None:
    header("History", estate, "How the estate changed from one scan to the next.")
    summaries, unreadable = _summaries()
    if unreadable:
        st.warning("Some snapshots cannot be read and are left out:\n\n" + "\n".join(f"- {u}" for u in unreadable))
    if len(summaries) < 2:
        st.info("There is only one snapshot here. Scan again later (`datamap scan …` writes a new snapshot each "
                "time) to see trends.")
    trends = trend_frame(summaries)
    chart = trends.set_index("created")
    st.subheader("Personal fields and flows")
    st.line_chart(chart[["personal fields", "flows", "flows not covered"]], height=320)
    st.subheader("Findings by rule")
    st.line_chart(rule_frame(summaries), height=320)
    st.subheader("Snapshots")
    st.dataframe(trends, hide_index=True, width="stretch")
