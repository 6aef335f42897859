"""What a change did to personal data: two scans (before and after) compared by line-free identity.

Fields are matched by their lineage node id (``field:dataset.table.column``),
so a column moved to another file or line is the same column; flows by their
(category, recipient) pairs. Each change is a finding of an informational rule
(DM401-DM404), so every output format shows it next to the policy findings.
"""

from __future__ import annotations

from collections.abc import Sequence

from catalog.coverage import flow_subject
from catalog.inventory import Record
from catalog.lineage import LineageGraph
from catalog.model import Evidence, Finding, Flow
from catalog.rules import RULES


def field_changes(before: Sequence[Record], after: Sequence[Record]) -> list[Finding]:
    """New personal fields (DM401) and fields whose personal category changed (DM402)."""
    old: dict[str, set[str]] = {}
    for record in before:
        old.setdefault(record.field.node_id, set()).update(
            {record.classification.category} if record.classification.category else set())
    seen_nodes = {record.field.node_id for record in before}
    findings: list[Finding] = []
    reported: set[tuple[str, str]] = set()
    for record in after:
        category, node = record.classification.category, record.field.node_id
        if category is None or (node, category) in reported or category in old.get(node, set()):
            continue
        reported.add((node, category))
        name = f"{record.field.qualified_table}.{record.field.name}"
        if node not in seen_nodes:
            rule, message = "DM401", f"new field {name} holds {category}"
        else:
            was = ", ".join(sorted(old[node])) or "not personal"
            rule, message = "DM402", f"{name} is now classified {category} (was {was})"
        findings.append(Finding(rule, RULES[rule].severity, message, subject=node, category=category,
                                evidence=record.field.evidence))
    return findings


def flow_changes(before: Sequence[Flow], after: Sequence[Flow], graph: LineageGraph) -> list[Finding]:
    """Flows to recipients that received nothing before (DM403) or now receive more categories (DM404)."""
    received: dict[str, set[str]] = {}
    for flow in before:
        received.setdefault(flow.recipient, set()).update(flow.categories)
    findings: list[Finding] = []
    for flow in after:
        known = received.get(flow.recipient)
        for category in sorted(set(flow.categories) - (known or set())):
            if known is None:
                rule, message = "DM403", f"{category} now flows to {flow.recipient}, which received no personal data"
            else:
                rule, message = "DM404", (f"{category} now also flows to {flow.recipient} "
                                          f"(it received {', '.join(sorted(known))})")
            findings.append(Finding(rule, RULES[rule].severity, message, subject=flow_subject(flow),
                                    category=category, recipient=flow.recipient, evidence=flow.evidence,
                                    path=flow.path, hops=_hops(graph, flow), purpose=flow.purpose,
                                    purpose_source=flow.purpose_source))
    return findings


def _hops(graph: LineageGraph, flow: Flow) -> tuple[Evidence | None, ...]:
    edges = (graph.edge_between(a, b) for a, b in zip(flow.path, flow.path[1:], strict=False))
    return tuple(edge.evidence if edge else None for edge in edges)


def new_findings(before: Sequence[Finding], after: Sequence[Finding]) -> list[Finding]:
    """Findings of ``after`` whose fingerprint ``before`` does not have."""
    known = {finding.fingerprint for finding in before}
    return [finding for finding in after if finding.fingerprint not in known]
