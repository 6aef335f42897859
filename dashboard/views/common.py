"""Small pieces shared by the pages: the page header, category and recipient names, frame helpers."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from dashboard.loading import Estate

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def header(title: str, estate: Estate, intro: str) -> None:
    st.title(title)
    policy = (estate.policy or {}).get("name")
    parts = [f"snapshot `{estate.id}`", f"scanned {estate.created_at.replace('T', ' ')}" if estate.created_at else ""]
    if estate.metadata.get("git_commit"):
        parts.append(f"commit `{str(estate.metadata['git_commit'])[:10]}`")
    parts.append(f"policy **{policy}**" if policy else "no policy")
    st.caption(" · ".join(p for p in parts if p))
    st.markdown(intro)


def joined(values: Iterable[object]) -> str:
    return ", ".join(str(v) for v in values if v is not None and v == v)


def recipients(estate: Estate) -> list[str]:
    return sorted({str(r) for r in estate.flows["recipient"].dropna()})


def flow_categories(estate: Estate) -> list[str]:
    return sorted({str(c) for cats in estate.flows["categories"] for c in cats})


def as_text_lists(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """Copies ``frame`` with list columns written as comma-separated text (for tables and CSV)."""
    frame = frame.copy()
    for column in columns:
        frame[column] = [joined(v) if v is not None and not isinstance(v, float) else "" for v in frame[column]]
    return frame
