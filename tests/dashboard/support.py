"""Helpers for reading what an AppTest run shows."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def texts(test: AppTest) -> str:
    """All markdown, captions and headings of a run, as one text."""
    parts = [e.value for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning",
                                  "success", "error", "code") for e in getattr(test, kind)]
    return "\n".join(str(p) for p in parts)
