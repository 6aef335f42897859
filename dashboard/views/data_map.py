"""Data map: stores → ETL and code → recipients, flows coloured by whether the policy covers them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import state
from dashboard.graphview import EDGE_COVERED, EDGE_UNCOVERED, EDGE_UNJUDGED, draw
from dashboard.loading import Estate
from dashboard.mapgraph import DataMap, FlowFilter, build_map, select_flows
from dashboard.views.common import as_text_lists, flow_categories, header, recipients

INSPECT_KEY = "map_inspect"
LAST_CLICK_KEY = "map_last_click"
LEVEL_NAMES = {"table": "Tables and files", "service": "Schemas and folders"}
DEFAULT_MAX_BOXES = 60


def _default_level(estate: Estate) -> str:
    tables = estate.fields.loc[estate.fields["personal"], "qualified_table"].nunique()
    return "table" if tables <= 150 else "service"


def _controls(estate: Estate, level: str) -> tuple[FlowFilter, list[str], int]:
    groups = state.grouped_flows(estate.folder, level)
    stores = sorted({g[0].id: g[0].label for g in groups if g}.items(), key=lambda item: item[1])
    names = dict(stores)
    side = st.sidebar
    side.markdown("**Data map filters**")
    categories = side.multiselect("Category", flow_categories(estate), placeholder="all categories")
    chosen_recipients = side.multiselect("Recipient", recipients(estate), placeholder="all recipients")
    chosen_stores = side.multiselect("Store (where the flow starts)", [s for s, _ in stores],
                                     format_func=lambda s: names.get(s, s), placeholder="all stores")
    uncovered = side.toggle("Only flows the policy does not cover", value=False)
    max_boxes = side.slider("Most boxes to draw", 10, 200, DEFAULT_MAX_BOXES, step=10)
    group_names = {g.id: g.label for path in groups for g in path if g.kind != "recipient"}
    expand = side.multiselect("Expand into fields and code places", sorted(group_names, key=lambda g: group_names[g]),
                              format_func=lambda g: group_names.get(g, g), placeholder="nothing expanded")
    return FlowFilter(categories, chosen_recipients, chosen_stores, uncovered), expand, max_boxes


def _legend() -> None:
    st.markdown(
        f"<span style='color:{EDGE_UNCOVERED}'>━━ not covered by the policy</span> &nbsp; "
        f"<span style='color:{EDGE_COVERED}'>━━ covered</span> &nbsp; "
        f"<span style='color:{EDGE_UNJUDGED}'>━━ not judged (no policy)</span> &nbsp;·&nbsp; "
        "boxes: <span style='background:#cfe2ff;padding:0 4px'>table or schema</span> "
        "<span style='background:#e9e3f5;padding:0 4px'>code</span> "
        "<span style='background:#fff0c2;padding:0 4px'>config</span> "
        "<span style='background:#fbd5d5;padding:0 4px'>recipient receiving uncovered flows</span> "
        "<span style='background:#d8f0d8;padding:0 4px'>recipient, all covered</span> · "
        "arrow width grows with the number of flows; click a box for its fields and paths.",
        unsafe_allow_html=True)


def _pick(data: DataMap, clicked: str | None) -> str | None:
    if clicked and clicked != st.session_state.get(LAST_CLICK_KEY):
        st.session_state[LAST_CLICK_KEY] = clicked
        if clicked in data.nodes:
            st.session_state[INSPECT_KEY] = clicked
    ordered = sorted(data.nodes.values(), key=lambda n: (n.kind != "recipient", -n.uncovered, n.label))
    if not ordered:
        return None
    if st.session_state.get(INSPECT_KEY) not in data.nodes:
        st.session_state[INSPECT_KEY] = ordered[0].id
    return st.selectbox("Box to inspect", [n.id for n in ordered], key=INSPECT_KEY,
                        format_func=lambda i: f"{data.nodes[i].label} ({data.nodes[i].kind})")


def _details(estate: Estate, level: str, data: DataMap, node_id: str, rows: list[int]) -> None:
    node = data.nodes[node_id]
    group_id = node.expanded_from or node_id
    st.subheader(f"{node.label}")
    st.caption(f"{node.kind} · {node.flows} flows shown, {node.uncovered} not covered")
    st.markdown("**Categories:** " + (", ".join(f"`{c}`" for c in sorted(node.categories)) or "none"))
    fields = estate.fields
    groups = state.field_groups(estate.folder, level)
    mask = (fields["node_id"] == node_id) if node.expanded_from else pd.Series(
        [g == group_id for g in groups], index=fields.index)
    members = fields[mask & fields["personal"]]
    if len(members):
        st.markdown(f"**Personal fields ({len(members)})**")
        st.dataframe(members[["qualified_table", "name", "type", "category", "policy_category", "confidence",
                              "evidence"]], hide_index=True, width="stretch")
    flow_groups = state.grouped_flows(estate.folder, level)
    labels = state.node_labels(estate.folder)
    paths = estate.flows["path"]
    through = [i for i in rows if any(g.id == group_id for g in flow_groups[i]) or node_id in paths.iat[i]]
    if through:
        flows = estate.flows.iloc[through]
        table = as_text_lists(flows[["categories", "recipient", "covered", "rule", "purpose", "purpose_source"]],
                              ["categories"])
        table.insert(2, "path", [" → ".join(labels.get(n, n) for n in p) for p in flows["path"]])
        st.markdown(f"**Paths through it ({len(flows)})**")
        st.dataframe(table, hide_index=True, width="stretch")


def render(estate: Estate) -> None:
    header("Data map", estate, "Personal data from the stores that hold it, through ETL and code, to the third "
           "parties that receive it. Red arrows are flows no declaration of the policy covers.")
    if not len(estate.flows):
        st.info("This snapshot has no flows of personal data to recipients.")
        return
    default = _default_level(estate)
    level = st.sidebar.radio("Boxes are", list(LEVEL_NAMES), format_func=LEVEL_NAMES.get,
                             index=list(LEVEL_NAMES).index(default))
    wanted, expand, max_boxes = _controls(estate, level)
    groups = state.grouped_flows(estate.folder, level)
    rows = select_flows(estate.flows, groups, wanted)
    grouper = state.grouper(estate.folder, level)
    data = build_map(estate.flows, groups, rows, grouper, state.node_labels(estate.folder), expand, max_boxes)
    if len(data.nodes) < data.total_nodes:
        st.warning(f"Showing {len(data.nodes)} of {data.total_nodes} boxes ({data.shown_flows:,} of {len(rows):,} "
                   "flows), those with flows not covered first. Filter, or raise the number of boxes, to see more.")
    else:
        st.caption(f"{len(data.nodes)} boxes, {len(rows):,} of {len(estate.flows):,} flows.")
    _legend()
    if not data.nodes:
        st.info("No flow matches these filters.")
        return
    clicked = draw(data, st.session_state.get(INSPECT_KEY))
    chosen = _pick(data, clicked)
    if chosen:
        _details(estate, level, data, chosen, rows)
