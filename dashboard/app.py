"""The datamap dashboard: ``datamap dashboard [LOCATION]`` runs this file with ``streamlit run``."""

from __future__ import annotations

import streamlit as st

from dashboard import state
from dashboard.location import SnapshotProblem
from dashboard.views.problem import show_problem
from dashboard.views.sidebar import snapshot_picker

PAGES = (
    ("screens/overview.py", "Overview", "overview", ":material/dashboard:"),
    ("screens/data_map.py", "Data map", "data-map", ":material/account_tree:"),
    ("screens/flagged_flows.py", "Flagged flows", "flagged-flows", ":material/flag:"),
    ("screens/inventory.py", "Inventory", "inventory", ":material/table_view:"),
    ("screens/policy.py", "Policy", "policy", ":material/policy:"),
    ("screens/history.py", "History", "history", ":material/timeline:"),
)


def main() -> None:
    st.set_page_config(page_title="datamap", layout="wide")
    navigation = st.navigation([st.Page(path, title=title, url_path=url, icon=icon, default=index == 0)
                                for index, (path, title, url, icon) in enumerate(PAGES)])
    try:
        snapshot_picker(state.current_location())
        state.current_estate()
    except SnapshotProblem as problem:
        show_problem(problem)
        return
    navigation.run()


main()
