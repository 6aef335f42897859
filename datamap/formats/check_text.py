"""The text output of ``check``: one line per new finding, then a summary."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from catalog.model import Finding
from catalog.rules import RULES

if TYPE_CHECKING:
    from datamap.ci import CheckReport


def line(finding: Finding) -> str:
    """``path:line: DM104 undisclosed-category [error] message``."""
    info = RULES.get(finding.rule)
    name = f" {info.name}" if info else ""
    where = str(finding.evidence) if finding.evidence else "-"
    return f"{where}: {finding.rule}{name} [{finding.severity}] {finding.message}"


def summary(report: CheckReport) -> str:
    """One sentence: what was found, what the baseline and suppressions took, and the verdict."""
    by_severity = Counter(item.finding.severity for item in report.new)
    detail = ", ".join(f"{by_severity[s]} {s}" for s in ("error", "warning", "info") if by_severity[s])
    scope = f" since {report.diff_ref}" if report.diff_ref else ""
    noun = "finding" if len(report.new) == 1 else "findings"
    parts = [f"{len(report.new)} new {noun}{scope}" + (f" ({detail})" if detail else "")]
    if report.baseline:
        parts.append(f"{len(report.in_baseline)} in the baseline")
    if report.suppressed:
        parts.append(f"{len(report.suppressed)} suppressed inline")
    failing = len(report.failing)
    verdict = (f"{failing} at or above {report.fail_on}: failed" if failing
               else f"none at or above {report.fail_on}: passed")
    return ", ".join(parts) + f"; {verdict}"


def render(report: CheckReport, verbose: bool = False) -> str:
    lines = [line(item.finding) for item in report.new]
    problems = [e for e in report.errors if verbose or e.kind != "warning"]
    if problems:
        lines.append(f"input problems: {len(problems)} (the rest was scanned)")
        lines.extend(f"  {error.kind}: {error}" for error in problems)
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
