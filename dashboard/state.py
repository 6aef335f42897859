"""The app's cached view of the snapshots: read once per snapshot, derived data once per snapshot and choice.

Snapshot folders never change once written, so a folder path identifies its
content; every cache below is keyed by it (and by the choice that shapes the
derived data).
"""

from __future__ import annotations

import streamlit as st

from dashboard.grouping import Group, Grouper, common_root
from dashboard.history import Summary, summarize
from dashboard.loading import Estate, load_estate
from dashboard.location import Located, configured_location, locate
from dashboard.mapgraph import flow_groups

SNAPSHOT_KEY = "snapshot"


@st.cache_resource(show_spinner="Reading the snapshot…", max_entries=4)
def estate(folder: str) -> Estate:
    """The snapshot at ``folder`` (shared between sessions; never modified)."""
    return load_estate(folder)


@st.cache_data(show_spinner=False, ttl=30)
def located(location: str) -> Located:
    return locate(location)


def current_location() -> Located:
    return located(configured_location())


def current_estate() -> Estate:
    """The snapshot chosen in the sidebar (the latest by default)."""
    found = current_location()
    folder = st.session_state.get(SNAPSHOT_KEY)
    return estate(folder if folder in found.folders else found.chosen)


def previous_folder(current: Estate) -> str | None:
    """The snapshot before ``current`` at the same location, if any."""
    folders = current_location().folders
    if current.folder not in folders:
        return None
    index = folders.index(current.folder)
    return folders[index - 1] if index > 0 else None


@st.cache_resource(show_spinner=False, max_entries=8)
def grouper(folder: str, level: str) -> Grouper:
    data = estate(folder)
    labels = {str(i).removeprefix("recipient:"): str(label)
              for i, label, kind in zip(data.nodes["id"], data.nodes["label"], data.nodes["kind"], strict=True)
              if kind == "recipient"}
    files = data.fields["source"].dropna().astype(str).unique()
    return Grouper(data.fields, labels, level, common_root(files, data.inputs))


@st.cache_resource(show_spinner=False, max_entries=8)
def grouped_flows(folder: str, level: str) -> list[list[Group]]:
    return flow_groups(estate(folder).flows, grouper(folder, level))


@st.cache_resource(show_spinner=False, max_entries=8)
def node_labels(folder: str) -> dict[str, str]:
    nodes = estate(folder).nodes
    return {str(i): str(label) for i, label in zip(nodes["id"], nodes["label"], strict=True) if label}


@st.cache_data(show_spinner=False, max_entries=256)
def summary(folder: str) -> Summary:
    return summarize(estate(folder))


@st.cache_resource(show_spinner=False, max_entries=8)
def field_groups(folder: str, level: str) -> list[str]:
    """The group id of each field row, in row order."""
    group = grouper(folder, level).group
    return [group(node_id).id for node_id in estate(folder).fields["node_id"]]
