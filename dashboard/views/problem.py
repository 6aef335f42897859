"""What the app shows instead of a page when there is no snapshot it can read."""

from __future__ import annotations

import streamlit as st

from dashboard.location import HOW_TO_SCAN, SnapshotProblem


def show_problem(problem: SnapshotProblem) -> None:
    st.title("datamap")
    st.error(f"**No data map to show.** {problem.what}", icon=":material/error:")
    st.markdown(f"Location: `{problem.location}`")
    st.info(problem.hint, icon=":material/lightbulb:")
    st.markdown("To make a snapshot of the sample estate and open it:")
    st.code(f"{HOW_TO_SCAN.replace('PATH', 'sample_schemas/').replace('policy.yaml', 'sample_schemas/policy.yaml')}\n"
            "datamap dashboard .datamap", language="bash")
