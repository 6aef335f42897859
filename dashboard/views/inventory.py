"""Inventory: every field with its category, the policy category, confidence, explanation and evidence."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.loading import Estate
from dashboard.views.common import header

COLUMNS = {"qualified_table": "table", "name": "field", "type": "type", "category": "category",
           "policy_category": "policy category", "confidence": "confidence", "explanation": "explanation",
           "evidence": "evidence"}


def _filtered(fields: pd.DataFrame) -> pd.DataFrame:
    one, two, three = st.columns([2, 2, 1])
    text = one.text_input("Search", placeholder="table, field, category or explanation words")
    categories = two.multiselect("Category", sorted(fields["category"].dropna().unique()),
                                 placeholder="all categories")
    personal = three.toggle("Personal fields only", value=True)
    keep = pd.Series(True, index=fields.index)
    if personal:
        keep &= fields["personal"]
    if categories:
        keep &= fields["category"].isin(categories)
    if text:
        needle = text.lower()
        haystack = (fields["qualified_table"].astype(str) + " " + fields["name"].astype(str) + " "
                    + fields["category"].fillna("") + " " + fields["policy_category"].fillna("") + " "
                    + fields["explanation"].fillna("")).str.lower()
        keep &= haystack.str.contains(needle, regex=False)
    return fields.loc[keep, list(COLUMNS)].rename(columns=COLUMNS)


def render(estate: Estate) -> None:
    header("Inventory", estate, "Every field datamap read, with the personal-data category it decided and why. "
           "Click a column title to sort.")
    table = _filtered(estate.fields)
    st.markdown(f"**{len(table):,} of {len(estate.fields):,} fields**")
    st.dataframe(table, hide_index=True, width="stretch", height=620, column_config={
        "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0, format="%.2f"),
        "explanation": st.column_config.TextColumn("explanation", width="large"),
    })
    st.download_button("Download these fields as CSV", table.to_csv(index=False).encode("utf-8"),
                       file_name=f"datamap-inventory-{estate.id}.csv", mime="text/csv")
