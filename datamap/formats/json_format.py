"""The JSON output: a stable contract that later commands extend."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from catalog.inventory import Record
from catalog.lineage import LineageGraph
from catalog.model import Edge, Evidence, Finding, Flow
from catalog.rules import RULES
from datamap.formats import indented

if TYPE_CHECKING:
    from datamap.run import ScanRun

FORMAT_VERSION = 1


def field_json(record: Record) -> dict[str, Any]:
    f, c = record.field, record.classification
    return {
        "source": f.source, "dataset": f.dataset, "table": f.table, "name": f.name, "type": f.type,
        "comment": f.comment, "primary_key": f.primary_key,
        "references": {"table": f.references.table, "column": f.references.column} if f.references else None,
        "category": c.category, "policy_category": record.policy_category,
        "confidence": c.confidence, "explanation": c.explanation, "pinned": c.pinned,
        "signals": [{"kind": s.kind, "detail": s.detail, "category": s.category} for s in c.signals],
        "evidence": {"path": f.evidence.path if f.evidence else None,
                     "line": f.evidence.line if f.evidence else None},
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    rule = RULES.get(finding.rule)
    return {
        "rule": finding.rule, "name": rule.name if rule else None, "severity": finding.severity,
        "message": finding.message, "subject": finding.subject, "category": finding.category,
        "recipient": finding.recipient, "fingerprint": finding.fingerprint,
        "evidence": evidence_json(finding.evidence),
    }


def evidence_json(evidence: Evidence | None) -> dict[str, Any] | None:
    return {"path": evidence.path, "line": evidence.line} if evidence else None


def node_json(graph: LineageGraph, node: str) -> dict[str, Any] | str:
    """A field node as {table, column}; any other node as its id."""
    data = graph.graph.nodes.get(node, {})
    if data.get("kind") != "field":
        return node
    fields = data.get("fields") or []
    if fields:
        return {"table": fields[0].qualified_table, "column": fields[0].name}
    table, _, column = node.removeprefix("field:").rpartition(".")
    return {"table": table, "column": column}


def edge_json(graph: LineageGraph, edge: Edge) -> dict[str, Any]:
    return {"source": node_json(graph, edge.source), "target": node_json(graph, edge.target), "kind": edge.kind,
            "transform": edge.transform, "purpose": edge.purpose, "evidence": evidence_json(edge.evidence)}


def recipient_json(graph: LineageGraph, recipient: str) -> dict[str, Any]:
    attributes = graph.graph.nodes.get(f"recipient:{recipient}", {}).get("attributes") or {}
    return {"id": recipient, "company": attributes.get("company"), "kind": attributes.get("kind")}


def flow_json(graph: LineageGraph, flow: Flow) -> dict[str, Any]:
    return {"categories": list(flow.categories), "recipient": recipient_json(graph, flow.recipient),
            "path": list(flow.path), "purpose": flow.purpose, "purpose_source": flow.purpose_source,
            "transforms": list(flow.transforms), "evidence": evidence_json(flow.evidence)}


def render(run: ScanRun) -> str:
    errors = run.outcome.errors
    payload = {
        "version": FORMAT_VERSION,
        "fields": [field_json(r) for r in run.inventory.records],
        "edges": [edge_json(run.graph, e) for e in run.outcome.edges],
        "flows": [{**flow_json(run.graph, v.flow), "covered": v.covered, "rule": v.rule} for v in run.verdicts],
        "findings": [finding_json(f) for f in run.inventory.findings],
        "stats": run.stats,
        "errors": [{"path": e.path, "line": e.line, "reason": e.reason, "kind": e.kind} for e in errors],
    }
    return indented.dumps(payload) + "\n"
