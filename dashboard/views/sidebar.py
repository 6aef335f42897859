"""The sidebar: which snapshot is shown, and where it came from."""

from __future__ import annotations

import os

import streamlit as st

from dashboard.location import Located
from dashboard.state import SNAPSHOT_KEY


def _label(folder: str, latest: str) -> str:
    name = os.path.basename(folder.rstrip("/")) or folder
    return f"{name} (latest)" if folder == latest else name


def snapshot_picker(found: Located) -> None:
    """A choice of snapshot (latest first) when the location holds several."""
    with st.sidebar:
        st.markdown("**datamap** · data map of personal data")
        folders = list(reversed(found.folders))
        if len(folders) > 1:
            default = folders.index(found.chosen) if found.chosen in folders else 0
            st.selectbox("Snapshot", folders, index=default, key=SNAPSHOT_KEY,
                         format_func=lambda f: _label(f, found.folders[-1]))
        st.caption(f"Location: `{found.location}` · {len(folders)} snapshot{'s' if len(folders) != 1 else ''}")
