"""Policy: its categories, purposes, recipients and declarations with their citations, and the coverage matrix."""

from __future__ import annotations

from typing import cast

import pandas as pd
import streamlit as st

from dashboard.changes import flow_pairs
from dashboard.findings import policy_model
from dashboard.loading import Estate
from dashboard.matrix import ALLOWED_AND_SENT, ALLOWED_ONLY, PURPOSE_NOT_ALLOWED, SENT_NOT_ALLOWED, coverage_matrix
from dashboard.views.common import header, joined

CELL_STYLES = {ALLOWED_AND_SENT: "background-color:#d8f0d8", SENT_NOT_ALLOWED: "background-color:#f8c4c4",
               PURPOSE_NOT_ALLOWED: "background-color:#fde2b8", ALLOWED_ONLY: "background-color:#eef3fb"}
SECTIONS = {
    "categories": ("Categories", ["id", "name", "keys", "citation"]),
    "purposes": ("Purposes", ["id", "name", "uses", "citation"]),
    "recipients": ("Recipients", ["id", "name", "kind", "class", "covers", "citation"]),
    "declarations": ("Declarations", ["id", "categories", "recipients", "purposes", "citation"]),
}


def _section(entries: list[dict[str, object]], columns: list[str]) -> pd.DataFrame:
    rows = [{c: joined(cast(list[object], e.get(c))) if isinstance(e.get(c), list) else e.get(c) for c in columns}
            for e in entries]
    return pd.DataFrame(rows, columns=columns)


def render(estate: Estate) -> None:
    header("Policy", estate, "The policy the scan was held against, each entry with the sentence of the policy "
           "text it cites, and what the estate really does with each category.")
    raw = estate.policy
    if raw is None:
        st.info("This snapshot was made without a policy. Scan with `--policy policy.yaml` to hold the estate "
                "against one.")
        return
    st.markdown(f"**{raw.get('name', '')}** — {raw.get('description') or ''}")
    st.subheader("Coverage: category × recipient")
    policy = policy_model(raw)
    if policy is None:
        st.warning("The policy stored in this snapshot cannot be read by this datamap version, so the coverage "
                   "matrix is not shown.")
    else:
        matrix = coverage_matrix(policy, flow_pairs(estate), estate.recipient_kinds())
        st.markdown(f"<span style='{CELL_STYLES[ALLOWED_AND_SENT]}'>&nbsp;{ALLOWED_AND_SENT}&nbsp;</span> the estate "
                    f"sends it and the policy allows it · <span style='{CELL_STYLES[SENT_NOT_ALLOWED]}'>&nbsp;"
                    f"{SENT_NOT_ALLOWED}&nbsp;</span> sent, but no declaration allows it · "
                    f"<span style='{CELL_STYLES[PURPOSE_NOT_ALLOWED]}'>&nbsp;{PURPOSE_NOT_ALLOWED}&nbsp;</span> "
                    "allowed to go there, but not for the purpose it is sent for · "
                    f"<span style='{CELL_STYLES[ALLOWED_ONLY]}'>&nbsp;{ALLOWED_ONLY}&nbsp;</span> the policy allows "
                    "it, nothing sends it · empty: neither.", unsafe_allow_html=True)
        st.dataframe(matrix.style.map(lambda v: CELL_STYLES.get(v, "")), width="stretch",
                     height=min(900, 40 + 35 * len(matrix)))
    for key, (title, columns) in SECTIONS.items():
        entries = raw.get(key) or []
        st.subheader(f"{title} ({len(entries)})")
        st.dataframe(_section(entries, columns), hide_index=True, width="stretch",
                     column_config={"citation": st.column_config.TextColumn("citation", width="large")})
