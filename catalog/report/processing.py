"""Third parties and records of processing activities (GDPR Article 30) from a snapshot's flows and policy."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from catalog.report.facts import Facts
from catalog.report.knowledge import ProcessingKnowledge
from catalog.report.model import NOT_RECORDED, RecipientRow, RopaRow

FIRST_PARTY = "none (first party only)"


def _joined(values: Iterable[str], empty: str = NOT_RECORDED) -> str:
    items = sorted(set(values))
    return "; ".join(items) if items else empty


def _status(flows: list[dict[str, Any]]) -> str:
    verdicts = [f["covered"] for f in flows]
    if any(v is None for v in verdicts):
        return "no policy"
    uncovered = sum(1 for v in verdicts if not v)
    if not uncovered:
        return "covered"
    return "not covered" if uncovered == len(verdicts) else f"partly covered ({uncovered} of {len(verdicts)} not)"


def location(facts: Facts, knowledge: ProcessingKnowledge, rid: str) -> str:
    company = facts.recipient(rid).company
    code = knowledge.country_of(company)
    return knowledge.transfer(code) if code else NOT_RECORDED


def recipient_rows(facts: Facts, knowledge: ProcessingKnowledge) -> list[RecipientRow]:
    """What each third party receives, for which purposes, and whether the policy covers it."""
    by_recipient: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for flow in facts.third_party_flows:
        by_recipient[flow["recipient"]].append(flow)
    policy = facts.policy
    rows = []
    for rid, flows in by_recipient.items():
        info = facts.recipient(rid)
        uses = sorted({f["purpose"] for f in flows if f["purpose"]})
        purposes = tuple(f"{facts.name(u)} ({u})" for u in uses) or ("unknown",)
        entries = tuple(e.name for e in policy.recipients if e.stands_for(rid, info.kind)) if policy else ()
        rows.append(RecipientRow(
            rid, info.name, info.company, info.kind, location(facts, knowledge, rid),
            tuple(sorted({c for f in flows for c in f["categories"]})), purposes, len(flows),
            sum(1 for f in flows if f["covered"] is False), _status(flows), entries))
    return sorted(rows, key=lambda r: (-r.uncovered, r.name))


def _subjects(facts: Facts, knowledge: ProcessingKnowledge, flows: list[dict[str, Any]]) -> set[str]:
    subjects = set()
    for flow in flows:
        row = facts.field_by_node.get((flow["path"] or [""])[0])
        table = row["table"] if row else ""
        subjects.add(knowledge.subject_of(table) if table else knowledge.subject_names[knowledge.default_subject])
    return subjects


def _retention(facts: Facts, knowledge: ProcessingKnowledge, flows: list[dict[str, Any]]) -> str:
    periods = set()
    for flow in flows:
        for node in flow["path"] or ():
            row = facts.field_by_node.get(node)
            period = knowledge.retention(row["comment"]) if row else None
            if period:
                periods.add(f"{period} ({row['table']}.{row['name']})" if row else period)
    return _joined(periods)


def _observed(facts: Facts, knowledge: ProcessingKnowledge) -> list[RopaRow]:
    by_use: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for flow in facts.third_party_flows:
        by_use[flow["purpose"]].append(flow)
    rows = []
    for use, flows in sorted(by_use.items(), key=lambda item: item[0] or "~"):
        rids = sorted({f["recipient"] for f in flows})
        infos = [facts.recipient(r) for r in rids]
        transfers = [f"{i.company}: {location(facts, knowledge, i.id)}" for i in infos]
        rows.append(RopaRow(
            activity=f"{facts.name(use)} ({use})" if use else "purpose unknown",
            purposes=_joined(facts.policy_purposes_for(use),
                             "not stated in the policy" if facts.policy else "no policy in the snapshot"),
            data_subjects=_joined(_subjects(facts, knowledge, flows)),
            data_categories=_joined(f"{facts.name(c)} ({c})" for f in flows for c in f["categories"]),
            recipient_categories=_joined(knowledge.recipient_kinds.get(i.kind, i.kind) for i in infos),
            recipients=_joined(i.name for i in infos),
            transfers=_joined((t for t in transfers if "third country" in t or NOT_RECORDED in t),
                              "none: every recipient is established in the EEA"),
            retention=_retention(facts, knowledge, flows),
            policy_status=_status(flows),
            source=f"{len(flows)} observed flow{'s' if len(flows) != 1 else ''}",
        ))
    return rows


def _declared(facts: Facts, knowledge: ProcessingKnowledge, observed_uses: set[str]) -> list[RopaRow]:
    """Policy purposes no observed flow serves, as the policy declares them."""
    policy = facts.policy
    if policy is None:
        return []
    rows = []
    for purpose in policy.purposes:
        if any(any(u == d or u.startswith(d + ".") for d in purpose.uses) for u in observed_uses):
            continue
        declarations = [d for d in policy.declarations if purpose.id in d.purposes]
        categories = {c for d in declarations for c in d.categories}
        recipients = {r for d in declarations for r in d.recipients}
        names = [getattr(policy.category(c), "name", c) for c in categories]
        recipient_names = [getattr(policy.recipient(r), "name", r) for r in recipients]
        rows.append(RopaRow(
            activity=purpose.name, purposes=f"{purpose.name} \u2014 \u201c{purpose.citation}\u201d",
            data_subjects=knowledge.subject_names[knowledge.default_subject],
            data_categories=_joined(names, "none declared"),
            recipient_categories=_joined(recipient_names, FIRST_PARTY) if recipients else FIRST_PARTY,
            recipients=_joined(recipient_names, FIRST_PARTY), transfers="none observed",
            retention=NOT_RECORDED, policy_status="declared",
            source="policy declaration; no flow observed"))
    return sorted(rows, key=lambda r: r.activity)


def ropa_rows(facts: Facts, knowledge: ProcessingKnowledge) -> list[RopaRow]:
    """Observed processing by purpose, then the policy's purposes nothing observed serves."""
    observed = _observed(facts, knowledge)
    uses = {f["purpose"] for f in facts.third_party_flows if f["purpose"]}
    return observed + _declared(facts, knowledge, uses)
