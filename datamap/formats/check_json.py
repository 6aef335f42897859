"""The JSON output of ``check``: the scan JSON's findings, each with its status (new or baseline)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from catalog.model import Finding
from datamap.formats import indented
from datamap.formats.json_format import evidence_json, finding_json

if TYPE_CHECKING:
    from datamap.ci import CheckReport, Item

FORMAT_VERSION = 1


def flow_details(finding: Finding) -> dict[str, Any]:
    return {"path": list(finding.path), "hops": [evidence_json(hop) for hop in finding.hops],
            "purpose": finding.purpose, "purpose_source": finding.purpose_source, "citation": finding.citation}


def item_json(item: Item) -> dict[str, Any]:
    return {**finding_json(item.finding), **flow_details(item.finding), "status": item.status,
            "triage": item.triage, "note": item.note}


def render(report: CheckReport) -> str:
    payload = {
        "version": FORMAT_VERSION,
        "diff": report.diff_ref, "baseline": report.baseline, "fail_on": report.fail_on,
        "findings": [item_json(item) for item in report.items],
        "suppressed": [{**finding_json(finding), "status": "suppressed", "reason": by.reason, "until": by.until,
                        "suppression": evidence_json(by.evidence)} for finding, by in report.suppressed],
        "summary": {"new": len(report.new), "baseline": len(report.in_baseline),
                    "suppressed": len(report.suppressed), "failing": len(report.failing)},
        "stats": report.stats,
        "errors": [{"path": e.path, "line": e.line, "reason": e.reason, "kind": e.kind} for e in report.errors],
    }
    return indented.dumps(payload) + "\n"
