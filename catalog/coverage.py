"""Hold every flow against the policy: decide its purpose, then whether a declaration covers it.

Purpose precedence: declared in code (``# datamap: purpose=…``), in config (a
``purpose`` key on an integration or export), in the project's datamap config
(``purposes`` mapping recipients, modules or functions to data uses), else
inferred from the recipient's kind in the knowledge base — and the decision
says which.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from catalog.inventory import Inventory
from catalog.lineage import LineageGraph
from catalog.model import Evidence, Finding, Flow, line_free
from catalog.policy import Policy
from catalog.recipients import KnowledgeBase

LOG_SINKS = frozenset({"logs", "stdout"})
LOW_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Verdict:
    """A flow with its decided purpose and whether the policy covers it (None: no policy)."""

    flow: Flow
    covered: bool | None
    rule: str | None = None


def decide_purpose(flow: Flow, recipients: KnowledgeBase, project: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The flow's purpose and where it was decided: code, config, project, recipient (or None)."""
    if flow.purpose:
        return flow.purpose, flow.purpose_source or "code"
    places = [flow.recipient, *flow.path, *((flow.evidence.path,) if flow.evidence else ())]
    for pattern, use in project.items():
        if any(fnmatch.fnmatchcase(place, pattern) for place in places):
            return use, "project"
    known = recipients.get(flow.recipient)
    if known is not None and known.purposes:
        return known.purposes[0], "recipient"
    return None, None


def flow_subject(flow: Flow) -> str:
    """A line-free identity of a flow: its path with line numbers taken out of code places."""
    return " -> ".join(line_free(node) for node in flow.path)


def _kind(graph: LineageGraph, recipients: KnowledgeBase, recipient: str) -> str | None:
    attributes = graph.attributes(f"recipient:{recipient}")
    if attributes.get("kind"):
        return str(attributes["kind"])
    known = recipients.get(recipient)
    return known.kind if known else None


def _hops(graph: LineageGraph, flow: Flow) -> tuple[Evidence | None, ...]:
    between = graph.edge_between
    return tuple(edge.evidence if edge else None
                 for edge in (between(s, t) for s, t in zip(flow.path, flow.path[1:], strict=False)))


@dataclass(frozen=True)
class _Judgement:
    """What the policy says of one (category, recipient, kind, purpose): a rule broken, or None."""

    rule: str
    severity: str
    message: str
    citation: str | None = None


def _judge(category: str, recipient: str, kind: str | None, purpose: str | None, source: str | None,
           policy: Policy) -> _Judgement | None:
    where = recipient + (f" ({kind})" if kind else "")
    if recipient in LOG_SINKS:
        return _Judgement("DM107", "warning", f"{category} is written to logs")
    entries = policy.recipients_covering(recipient, kind)
    if not entries:
        return _Judgement("DM102", "error", f"{category} is sent to {where}, a recipient the policy neither names "
                          "nor classes")
    policy_category = policy.category_for(category)
    anyway = policy.declarations_covering(category, recipient, kind)
    if policy_category is None or not anyway:
        what = policy_category.id if policy_category else f"{category} (not disclosed)"
        return _Judgement("DM101", "error", f"{what} is sent to {where} for {purpose or 'an unknown purpose'}, and "
                          f"no declaration of the policy lets it go to {', '.join(entries)}")
    if purpose and not policy.declarations_covering(category, recipient, kind, purpose):
        allowed = sorted({p for d in anyway for p in d.purposes})
        return _Judgement("DM103", "error", f"{policy_category.id} is sent to {where} for {purpose} ({source}); "
                          f"the policy allows it only for {', '.join(allowed)}", " / ".join(d.citation for d in anyway))
    return None


def evaluate_flows(flows: Sequence[Flow], graph: LineageGraph, policy: Policy | None, recipients: KnowledgeBase,
                   project_purposes: Mapping[str, str] | None = None) -> tuple[list[Verdict], list[Finding]]:
    """Decide each flow's purpose and coverage; findings for what the policy does not allow."""
    verdicts: list[Verdict] = []
    findings: list[Finding] = []
    judged: dict[tuple[str, str, str | None, str | None, str | None], _Judgement | None] = {}
    kinds: dict[str, str | None] = {}
    for flow in flows:
        purpose, source = decide_purpose(flow, recipients, project_purposes or {})
        if (purpose, source) != (flow.purpose, flow.purpose_source):
            flow = replace(flow, purpose=purpose, purpose_source=source)
        if policy is None:
            verdicts.append(Verdict(flow, None))
            continue
        if flow.recipient not in kinds:
            kinds[flow.recipient] = _kind(graph, recipients, flow.recipient)
        kind = kinds[flow.recipient]
        problems: list[Finding] = []
        hops: tuple[Evidence | None, ...] | None = None
        for category in flow.categories:
            key = (category, flow.recipient, kind, purpose, source)
            if key not in judged:
                judged[key] = _judge(category, flow.recipient, kind, purpose, source, policy)
            judgement = judged[key]
            if judgement is not None:
                hops = _hops(graph, flow) if hops is None else hops
                problems.append(Finding(
                    judgement.rule, judgement.severity, judgement.message, subject=flow_subject(flow),
                    category=category, recipient=flow.recipient, evidence=flow.evidence, path=flow.path,
                    hops=hops, purpose=purpose, purpose_source=source, citation=judgement.citation))
        findings.extend(problems)
        verdicts.append(Verdict(flow, not problems, problems[0].rule if problems else None))
    return verdicts, findings


def low_confidence(inventory: Inventory) -> list[Finding]:
    """Personal fields the classifier cannot place with confidence (DM105)."""
    findings: list[Finding] = []
    for record in inventory.records:
        c = record.classification
        if c.category is not None and not c.pinned and c.confidence < LOW_CONFIDENCE:
            f = record.field
            findings.append(Finding("DM105", "warning", f"{f.qualified_table}.{f.name} looks personal ({c.category}?) "
                                    f"but cannot be placed with confidence ({c.confidence:.2f})", subject=f.key,
                                    category=c.category, evidence=f.evidence))
    return findings


def unused_disclosures(used: Collection[str], reached: Collection[str], policy: Policy) -> list[Finding]:
    """Disclosures nothing in the estate uses (DM106): policy categories no field falls under (``used``: the
    ids of those some field does), recipients no flow reaches (``reached``: the recipients flows reach)."""
    findings: list[Finding] = []
    for category in policy.categories:
        if category.id not in used:
            findings.append(Finding("DM106", "info", f"the policy discloses {category.id} ({category.name}) but no "
                                    "field in the estate holds it", subject=f"policy:category:{category.id}",
                                    citation=category.citation))
    for entry in policy.recipients:
        if not entry.is_class and not any(entry.stands_for(recipient, None) for recipient in reached):
            findings.append(Finding("DM106", "info", f"the policy names {entry.name} as a recipient but no flow "
                                    "reaches it", subject=f"policy:recipient:{entry.id}", recipient=entry.id,
                                    citation=entry.citation))
    return findings
