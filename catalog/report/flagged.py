"""Flagged flows (with evidence and the policy sentence) and policy gaps, from a snapshot's findings."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from catalog.model import code_place
from catalog.report.facts import Facts
from catalog.report.model import FlaggedGroup, GapRow, Hop, UnusedRow
from catalog.rules import RULES

FLOW_RULES = ("DM101", "DM102", "DM103", "DM107")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _node_label(node: str) -> str:
    """``code:path:signup+3:send`` -> ``send in path``; fields and recipients without their prefix."""
    kind, _, rest = node.partition(":")
    if kind == "code":
        place = code_place(node)
        return f"{place.name} in {place.path}" if place else rest
    if kind == "config":
        path, _, key = rest.partition("#")
        return f"config {key} in {path}" if key else f"config {path}"
    return rest or node


def _field_evidence(facts: Facts, node: str) -> str | None:
    row = facts.field_by_node.get(node)
    if row is None or not row["evidence_path"]:
        return None
    return f"{row['evidence_path']}:{row['evidence_line']}" if row["evidence_line"] else row["evidence_path"]


def _policy_text(facts: Facts, finding: dict[str, Any]) -> str:
    """The policy sentence held against the flow, or what the policy says about the recipient."""
    if finding["citation"]:
        return str(finding["citation"])
    policy = facts.policy
    if finding["rule"] == "DM107":
        return "Not a policy question: personal data must not be written to logs in clear."
    if policy is None:
        return facts.no_policy_reason
    recipient = facts.recipient(finding["recipient"] or "")
    entries = [e for e in policy.recipients if e.stands_for(recipient.id, recipient.kind)]
    if not entries:
        return f"No sentence of the policy names {recipient.name} or a class of {recipient.kind} recipients."
    named = "; ".join(f"{e.name}: \u201c{e.citation}\u201d" for e in entries)
    category = policy.category_for(finding["category"] or "")
    what = f"the category {category.name}" if category else f"{finding['category']} (not disclosed)"
    return f"The policy names the recipient ({named}) but no declaration lets {what} go to it."


def flagged_groups(facts: Facts) -> list[FlaggedGroup]:
    """Flow findings grouped by rule, recipient, category and purpose; worst and largest first."""
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for finding in facts.findings:
        if finding["rule"] in FLOW_RULES:
            key = (finding["rule"], finding["recipient"] or "", finding["category"] or "", finding["purpose"] or "")
            groups[key].append(finding)
    result = []
    for (rule, recipient, category, purpose), items in groups.items():
        items.sort(key=lambda f: (f["evidence_path"] or "", f["evidence_line"] or 0))
        first = items[0]
        hops = [_field_evidence(facts, (first["path"] or [""])[0]), *(first["hops"] or [])]
        example = tuple(Hop(_node_label(node), hops[i] if i < len(hops) else None)
                        for i, node in enumerate(first["path"] or []))
        places = sorted({f"{f['evidence_path']}:{f['evidence_line']}" if f["evidence_line"] else f["evidence_path"]
                         for f in items if f["evidence_path"]})
        info = RULES.get(rule)
        result.append(FlaggedGroup(
            rule, info.name if info else rule, first["severity"], facts.recipient(recipient).name, category,
            purpose or None, first["purpose_source"], first["message"], len(items), example, tuple(places),
            _policy_text(facts, first)))
    return sorted(result, key=lambda g: (_SEVERITY_ORDER.get(g.severity, 3), g.rule, -g.count, g.recipient,
                                         g.category))


def undisclosed(facts: Facts) -> list[GapRow]:
    """Categories collected that the policy does not disclose, with the fields holding them."""
    by_category: dict[str, list[str]] = defaultdict(list)
    for row in facts.personal:
        if row["undisclosed"]:
            table = f"{row['dataset']}.{row['table']}" if row["dataset"] else row["table"]
            by_category[row["category"]].append(f"{table}.{row['name']}")
    return sorted((GapRow(key, facts.name(key), len(names), tuple(sorted(names)[:3]))
                   for key, names in by_category.items()), key=lambda g: (-g.fields, g.category))


def unused(facts: Facts) -> list[UnusedRow]:
    """Disclosures of the policy that nothing in the estate uses (DM106 findings)."""
    rows = []
    for finding in facts.findings:
        if finding["rule"] != "DM106":
            continue
        what = "recipient" if finding["subject"].startswith("policy:recipient:") else "category"
        rows.append(UnusedRow(what, finding["message"], finding["citation"]))
    return sorted(rows, key=lambda r: (r.what, r.name))
