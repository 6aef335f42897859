"""Inline suppressions: ``# datamap: ignore[DM101] reason="…" until=2026-12-31``.

A suppression comment (``#`` in Python, YAML, TOML and shell; ``--`` in SQL)
names one or more rules (ids or names) and must give a reason. It applies to a
finding whose evidence is on the comment's line or on the line below it.
A suppression without a reason does not suppress and is itself a finding
(DM301); one past its ``until`` date stops suppressing (DM302); one that
suppresses nothing is reported (DM303).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from catalog.model import Evidence, Finding
from catalog.rules import RULES

_COMMENT = re.compile(r"(?:#|--)\s*datamap:\s*ignore\[(?P<rules>[^\]]*)\](?P<rest>.*)$")
_OPTION = re.compile(r"\b(reason|until)\s*=\s*")
_BY_NAME = {rule.name: rule.id for rule in RULES.values()}


@dataclass(frozen=True)
class Suppression:
    """One ``datamap: ignore[...]`` comment."""

    path: str
    line: int
    rules: tuple[str, ...]
    reason: str | None
    until: str | None = None

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.path, self.line)

    def expiry(self) -> date | None:
        """The ``until`` date; raises ValueError when it is not YYYY-MM-DD."""
        return date.fromisoformat(self.until) if self.until else None

    def covers(self, finding: Finding) -> bool:
        evidence = finding.evidence
        return (evidence is not None and evidence.line is not None and finding.rule in self.rules
                and _same_path(evidence.path, self.path) and evidence.line in (self.line, self.line + 1))


@dataclass
class Outcome:
    """Findings left after suppressions, the ones suppressed, and findings about the suppressions."""

    findings: list[Finding] = field(default_factory=list)
    suppressed: list[tuple[Finding, Suppression]] = field(default_factory=list)


def parse_suppressions(path: str, text: str) -> list[Suppression]:
    """Every suppression comment in one file's text."""
    if "datamap:" not in text:
        return []
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _COMMENT.search(line)
        if match:
            options = _options(match.group("rest"))
            rules = tuple(_rule_id(r.strip()) for r in match.group("rules").split(",") if r.strip())
            found.append(Suppression(path, number, rules, options.get("reason") or None, options.get("until")))
    return found


def _options(rest: str) -> dict[str, str]:
    """``reason=… until=…``: a value is quoted, or runs to the next option or the end of the line."""
    marks = list(_OPTION.finditer(rest))
    options: dict[str, str] = {}
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(rest)
        value = rest[mark.end():end].strip()
        quoted = re.match(r"""^(["'])(.*?)\1""", value)
        options[mark.group(1)] = quoted.group(2).strip() if quoted else value
    return options


def _rule_id(name: str) -> str:
    return _BY_NAME.get(name, name.upper())


def _same_path(a: str, b: str) -> bool:
    return a.replace("\\", "/").removeprefix("./") == b.replace("\\", "/").removeprefix("./")


def apply_suppressions(findings: Sequence[Finding], suppressions: Iterable[Suppression], today: date) -> Outcome:
    """Drop findings an active suppression covers; report bad, expired and unused suppressions."""
    active: list[Suppression] = []
    problems: list[Finding] = []
    for suppression in suppressions:
        problem = _problem(suppression, today)
        if problem:
            problems.append(problem)
        else:
            active.append(suppression)
    outcome = Outcome()
    used: set[tuple[Suppression, str]] = set()
    for finding in findings:
        cover = next((s for s in active if s.covers(finding)), None)
        if cover is None:
            outcome.findings.append(finding)
        else:
            outcome.suppressed.append((finding, cover))
            used.add((cover, finding.rule))
    outcome.findings.extend(problems)
    outcome.findings.extend(_unused(s, rule) for s in active for rule in s.rules if (s, rule) not in used)
    return outcome


def _problem(suppression: Suppression, today: date) -> Finding | None:
    rules = ",".join(suppression.rules)
    subject = f"{suppression.path}::ignore[{rules}]"
    if not suppression.reason:
        return Finding("DM301", RULES["DM301"].severity,
                       f"suppression of {rules or 'no rule'} gives no reason (add reason=\"…\"); it is not applied",
                       subject=subject, evidence=suppression.evidence)
    if not suppression.rules:
        return Finding("DM303", RULES["DM303"].severity, "suppression names no rule; it suppresses nothing",
                       subject=subject, evidence=suppression.evidence)
    try:
        expiry = suppression.expiry()
    except ValueError:
        return Finding("DM302", RULES["DM302"].severity,
                       f"suppression of {rules} has until={suppression.until}, not a YYYY-MM-DD date; "
                       "it is not applied", subject=subject, evidence=suppression.evidence)
    if expiry is not None and expiry < today:
        return Finding("DM302", RULES["DM302"].severity,
                       f"suppression of {rules} expired on {expiry.isoformat()}; it is no longer applied",
                       subject=subject, evidence=suppression.evidence)
    return None


def _unused(suppression: Suppression, rule: str) -> Finding:
    known = "" if rule in RULES else " (no such rule)"
    return Finding("DM303", RULES["DM303"].severity,
                   f"suppression of {rule}{known} matches no finding on this line or the next; remove it",
                   subject=f"{suppression.path}::ignore[{rule}]", evidence=suppression.evidence)
