"""The JSON output: a stable contract that later commands extend."""

from __future__ import annotations

import json
from typing import Any

from catalog.inventory import Inventory, Record
from catalog.model import Finding, ScanError
from catalog.rules import RULES

FORMAT_VERSION = 1


def field_json(record: Record) -> dict[str, Any]:
    f, c = record.field, record.classification
    return {
        "source": f.source, "dataset": f.dataset, "table": f.table, "name": f.name, "type": f.type,
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
        "evidence": {"path": finding.evidence.path, "line": finding.evidence.line} if finding.evidence else None,
    }


def render(inventory: Inventory, errors: list[ScanError], stats: dict[str, int]) -> str:
    payload = {
        "version": FORMAT_VERSION,
        "fields": [field_json(r) for r in inventory.records],
        "findings": [finding_json(f) for f in inventory.findings],
        "stats": stats,
        "errors": [{"path": e.path, "line": e.line, "reason": e.reason, "kind": e.kind} for e in errors],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
