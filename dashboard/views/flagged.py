"""Flagged flows: every finding, filtered; one at a time with its path, evidence, policy sentence and purpose."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from catalog.rules import RULES
from dashboard import state
from dashboard.findings import hops, ordered, policy_model, sentences
from dashboard.loading import Estate, evidence_text
from dashboard.views.common import header

CHOSEN_KEY = "flagged_finding"
MAX_LISTED = 5000
PURPOSE_SOURCES = {"code": "declared in the code", "config": "declared in config", "project": "the project's "
                   "datamap config", "recipient": "inferred from the recipient's kind"}


def _options(findings: pd.DataFrame, column: str) -> list[str]:
    return sorted({str(v) for v in findings[column].dropna()})


def _filter(findings: pd.DataFrame) -> pd.DataFrame:
    one, two, three = st.columns(3)
    rules = one.multiselect("Rule", _options(findings, "rule"),
                            format_func=lambda r: f"{r} {RULES[r].name}" if r in RULES else r, placeholder="all rules")
    severities = two.multiselect("Severity", _options(findings, "severity"), placeholder="all severities")
    flows_only = three.toggle("Only findings on flows", value=True)
    four, five, six = st.columns(3)
    categories = four.multiselect("Category", _options(findings, "category"), placeholder="all categories")
    recipients = five.multiselect("Recipient", _options(findings, "recipient"), placeholder="all recipients")
    text = six.text_input("Path contains", placeholder="e.g. app.users.email or facebook.py")
    keep = pd.Series(True, index=findings.index)
    if rules:
        keep &= findings["rule"].isin(rules)
    if severities:
        keep &= findings["severity"].isin(severities)
    if flows_only:
        keep &= findings["path"].map(len) > 0
    if categories:
        keep &= findings["category"].isin(categories)
    if recipients:
        keep &= findings["recipient"].isin(recipients)
    if text:
        needle = text.lower()
        keep &= findings["subject"].fillna("").str.lower().str.contains(needle, regex=False)
    return findings[keep]


def _table(findings: pd.DataFrame) -> None:
    table = findings[["rule", "severity", "category", "recipient", "purpose", "message"]].copy()
    table.insert(0, "#", range(1, len(table) + 1))
    table["evidence"] = evidence_text(findings["evidence_path"], findings["evidence_line"])
    st.dataframe(table, hide_index=True, width="stretch", height=min(420, 38 + 35 * len(table)))


def _detail(estate: Estate, finding: pd.Series) -> None:
    rule = RULES.get(str(finding["rule"]))
    st.subheader(f"{finding['rule']} {rule.name if rule else ''}: {finding['message']}")
    if rule:
        st.caption(rule.doc)
    grouper = state.grouper(estate.folder, "table")
    steps = hops(finding, estate.fields, state.node_labels(estate.folder), grouper.root)
    st.markdown("**Path, with the evidence of each hop**")
    for number, hop in enumerate(steps, start=1):
        where = f" — `{hop.place}`" if hop.place else " — no evidence recorded"
        st.markdown(f"{number}. {'→ ' if number > 1 else ''}**{hop.label}**{where}")
        if hop.excerpt is not None:
            st.code(hop.excerpt.text, language=hop.excerpt.language)
    left, right = st.columns(2)
    with left:
        st.markdown("**Policy sentence held against**")
        kind = estate.recipient_kinds().get(str(finding["recipient"]))
        found = sentences(finding, policy_model(estate.policy), kind)
        if not found:
            st.markdown("_No sentence of the policy speaks to this category or recipient._")
        for sentence in found:
            st.markdown(f"> {sentence.text}\n\n— {sentence.entry}")
    with right:
        st.markdown("**Purpose decided**")
        if isinstance(finding["purpose"], str) and finding["purpose"]:
            source = PURPOSE_SOURCES.get(str(finding["purpose_source"]), str(finding["purpose_source"]))
            st.markdown(f"`{finding['purpose']}` — {source}")
        else:
            st.markdown("_No purpose could be decided for this flow._")


def render(estate: Estate) -> None:
    header("Flagged flows", estate, "Every finding, flows first. Pick one to see its full path with the code or "
           "SQL at each hop, the policy sentence it was held against and the purpose datamap decided.")
    findings = ordered(estate.findings)
    if not len(findings):
        st.success("No findings in this snapshot.")
        return
    shown = _filter(findings)
    st.markdown(f"**{len(shown):,} of {len(findings):,} findings**")
    if not len(shown):
        st.info("No finding matches these filters.")
        return
    head = shown.head(MAX_LISTED)
    if len(shown) > MAX_LISTED:
        st.caption(f"Listing the first {MAX_LISTED:,}; filter to narrow the list.")
    _table(head)
    rows = {f"#{n} {rule} · {message}": index for n, (index, rule, message) in
            enumerate(zip(head.index, head["rule"], head["message"], strict=True), start=1)}
    if st.session_state.get(CHOSEN_KEY) not in rows:
        st.session_state[CHOSEN_KEY] = next(iter(rows))
    chosen = st.selectbox("Finding to explain", list(rows), key=CHOSEN_KEY)
    _detail(estate, shown.loc[rows[chosen]])
