"""Markdown for a pull-request comment: a summary table, then each new finding with its evidence."""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING

from catalog.model import Evidence, Finding
from catalog.rules import RULES

if TYPE_CHECKING:
    from datamap.ci import CheckReport

#: more new findings than this and the list folds into a <details> block
FOLD_AFTER = 10
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _text(value: str) -> str:
    """Plain text safe in Markdown (no HTML tags, no table breaks)."""
    return html.escape(value, quote=False).replace("|", "\\|")


def _code(value: str) -> str:
    plain = value.replace("`", "'")
    return f"`{plain}`"


def _where(evidence: Evidence | None) -> str:
    return _code(str(evidence)) if evidence else "(no location)"


def _title(report: CheckReport) -> str:
    scope = f" since `{report.diff_ref}`" if report.diff_ref else ""
    count = len(report.new)
    noun = "finding" if count == 1 else "findings"
    return f"## datamap: {count} new {noun}{scope}"


def _verdict(report: CheckReport) -> str:
    failing = len(report.failing)
    if failing:
        return f"**{failing} at or above `{report.fail_on}`: the check fails.**"
    return f"No new finding at or above `{report.fail_on}`: the check passes."


def _table(report: CheckReport) -> list[str]:
    new = Counter(item.finding.rule for item in report.new)
    old = Counter(item.finding.rule for item in report.in_baseline)
    rules = sorted(set(new) | set(old), key=lambda r: (SEVERITY_ORDER.get(_severity(r), 3), r))
    if not rules:
        return []
    lines = ["| rule | name | severity | new | in baseline |", "| --- | --- | --- | ---: | ---: |"]
    for rule in rules:
        info = RULES.get(rule)
        lines.append(f"| {rule} | {info.name if info else '?'} | {_severity(rule)} | {new[rule]} | {old[rule]} |")
    return lines


def _severity(rule: str) -> str:
    info = RULES.get(rule)
    return info.severity if info else "error"


def _finding(finding: Finding, policy: str | None) -> list[str]:
    info = RULES.get(finding.rule)
    name = f" {info.name}" if info else ""
    evidence = finding.evidence or (Evidence(policy) if policy else None)
    lines = [f"- **{finding.rule}{name}** ({finding.severity}) at {_where(evidence)}  ",
             f"  {_text(finding.message)}  "]
    if finding.path:
        lines.append(f"  Path: {' → '.join(_code(node) for node in finding.path)}  ")
        hops = [f"{_code(str(hop))}" for hop in finding.hops if hop is not None]
        if hops:
            lines.append(f"  Evidence: {', '.join(hops)}  ")
    if finding.purpose:
        source = f" (from {finding.purpose_source})" if finding.purpose_source else ""
        lines.append(f"  Purpose: {_code(finding.purpose)}{source}  ")
    if finding.rule.startswith("DM1"):
        sentence = f'"{_text(finding.citation)}"' if finding.citation else "the policy says nothing that applies"
        lines.append(f"  Policy: {sentence}")
    lines[-1] = lines[-1].rstrip()
    return lines


def _findings(report: CheckReport) -> list[str]:
    if not report.new:
        return []
    body: list[str] = []
    for item in report.new:
        body.extend(_finding(item.finding, report.policy))
    if len(report.new) <= FOLD_AFTER:
        return ["### New findings", "", *body]
    return ["### New findings", "", f"<details><summary>{len(report.new)} new findings</summary>", "", *body, "",
            "</details>"]


def _errors(report: CheckReport) -> list[str]:
    if not report.errors:
        return []
    lines = [f"<details><summary>Input problems: {len(report.errors)} (the rest was scanned)</summary>", ""]
    lines.extend(f"- {_code(str(Evidence(e.path, e.line)))} {e.kind}: {_text(e.reason)}" for e in report.errors)
    return [*lines, "", "</details>"]


def render(report: CheckReport) -> str:
    parts = [[_title(report)], [_verdict(report)], _table(report), _findings(report), _errors(report)]
    counts = [f"{len(report.in_baseline)} in the baseline"] if report.baseline else []
    if report.suppressed:
        counts.append(f"{len(report.suppressed)} suppressed inline")
    if counts:
        parts.append([f"<sub>{', '.join(counts)}.</sub>"])
    return "\n\n".join("\n".join(part) for part in parts if part) + "\n"
