"""SARIF 2.1.0 for code-scanning tools: every rule with its help, new findings as results.

Locations are relative to the project root (``%SRCROOT%``), the fingerprint goes
in ``partialFingerprints``, each hop of a flow is a related location (and a code
flow), and scan errors are tool execution notifications.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog.model import Evidence, Finding, ScanError
from catalog.rules import RULES, RuleInfo
from datamap.formats import indented

if TYPE_CHECKING:
    from datamap.ci import CheckReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"
FINGERPRINT_KEY = "datamapFingerprint/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@functools.lru_cache(maxsize=1 << 14)  # a report names the same files over and over
def uri_of(path: str, root: Path) -> tuple[str, bool]:
    """The path as a URI, and whether it is relative to the root (a database or outside path is not)."""
    if "://" in path:
        return path, False
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(root)
        except ValueError:
            return candidate.as_uri(), False
    return candidate.as_posix(), True


def physical(evidence: Evidence, root: Path) -> dict[str, Any]:
    uri, relative = uri_of(evidence.path, root)
    artifact: dict[str, Any] = {"uri": uri, "uriBaseId": ROOT_ID} if relative else {"uri": uri}
    location: dict[str, Any] = {"artifactLocation": artifact}
    if evidence.line:
        location["region"] = {"startLine": evidence.line}
    return location


def rule_json(rule: RuleInfo) -> dict[str, Any]:
    return {
        "id": rule.id, "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
        "help": {"text": rule.doc, "markdown": f"**{rule.id} {rule.name}**: {rule.summary}\n\n{rule.doc}"},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"tags": ["privacy", "personal-data"]},
    }


def _hops(finding: Finding, root: Path) -> list[tuple[str, dict[str, Any]]]:
    hops = []
    for index, evidence in enumerate(finding.hops):
        if evidence is not None and index + 1 < len(finding.path):
            hops.append((f"{finding.path[index]} → {finding.path[index + 1]}", physical(evidence, root)))
    return hops


def result_json(finding: Finding, rule_index: dict[str, int], report: CheckReport) -> dict[str, Any]:
    text = finding.message + (f' Policy: "{finding.citation}"' if finding.citation else "")
    result: dict[str, Any] = {
        "ruleId": finding.rule, "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": text},
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "baselineState": "new",
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    evidence = finding.evidence or report_policy_evidence(report)
    if evidence is not None:
        result["locations"] = [{"physicalLocation": physical(evidence, report.root)}]
    hops = _hops(finding, report.root)
    if hops:
        result["relatedLocations"] = [{"id": i, "message": {"text": label}, "physicalLocation": loc}
                                      for i, (label, loc) in enumerate(hops, start=1)]
        result["codeFlows"] = [{"threadFlows": [{"locations": [
            {"location": {"message": {"text": label}, "physicalLocation": loc}} for label, loc in hops]}]}]
    properties = {"subject": finding.subject, "category": finding.category, "recipient": finding.recipient,
                  "purpose": finding.purpose, "purposeSource": finding.purpose_source,
                  "policySentence": finding.citation}
    result["properties"] = {key: value for key, value in properties.items() if value is not None}
    return result


def report_policy_evidence(report: CheckReport) -> Evidence | None:
    """Where a finding about the policy as a whole points: the policy file."""
    return Evidence(report.policy) if report.policy else None


def notification_json(error: ScanError, root: Path) -> dict[str, Any]:
    return {"level": "error" if error.kind == "error" else "warning", "message": {"text": error.reason},
            "locations": [{"physicalLocation": physical(Evidence(error.path, error.line), root)}]}


def render(report: CheckReport) -> str:
    rules = sorted(RULES.values(), key=lambda rule: rule.id)
    rule_index = {rule.id: index for index, rule in enumerate(rules)}
    run = {
        "tool": {"driver": {"name": "datamap", "version": report.version, "semanticVersion": report.version,
                            "rules": [rule_json(rule) for rule in rules]}},
        "originalUriBaseIds": {ROOT_ID: {"uri": report.root.as_uri() + "/"}},
        "invocations": [{"executionSuccessful": True,
                         "toolExecutionNotifications": [notification_json(e, report.root) for e in report.errors]}],
        "results": [result_json(item.finding, rule_index, report) for item in report.new],
        "columnKind": "unicodeCodePoints",
    }
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return indented.dumps(document) + "\n"
