"""The baseline: findings a team has seen and accepted, so ``check`` reports only new ones.

The file is versioned, sorted JSON with no timestamps, so it diffs cleanly in
review. It records what produced it (datamap version, policy hash). Entries are
matched by fingerprint, which holds no line numbers. Updating keeps the human
triage of findings still present and drops the ones that were fixed. An older
file is brought to the current version by the steps in ``UPGRADES``; a corrupt
or hand-broken file is an error, never an empty baseline.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from catalog.errors import DatamapError
from catalog.model import Finding

VERSION: Literal[1] = 1

Triage = Literal["accepted", "false_positive"]


class Entry(BaseModel):
    """One baselined finding. ``triage`` and ``note`` belong to people; datamap keeps them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fingerprint: str = Field(pattern=r"^[0-9a-f]{16}$")
    rule: str | None
    subject: str | None
    category: str | None
    recipient: str | None
    triage: Triage | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _fingerprint_matches(self) -> Entry:
        if self.rule is not None and self.subject is not None and self.fingerprint != self.expected():
            raise ValueError(f"fingerprint {self.fingerprint} does not match its rule, subject, category and "
                             "recipient (was the entry edited by hand?)")
        return self

    def expected(self) -> str:
        return Finding(self.rule or "", "", "", self.subject or "", self.category, self.recipient).fingerprint


class GeneratedBy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    datamap: str | None
    policy_sha256: str | None


class Baseline(BaseModel):
    """A whole baseline file (the current version)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1]
    generated_by: GeneratedBy
    findings: tuple[Entry, ...]

    @property
    def fingerprints(self) -> frozenset[str]:
        return frozenset(entry.fingerprint for entry in self.findings)

    def by_fingerprint(self) -> dict[str, Entry]:
        return {entry.fingerprint: entry for entry in self.findings}


def _from_v0(document: Any) -> dict[str, Any]:
    """Version 0 was a bare list of fingerprints."""
    if not isinstance(document, list) or not all(isinstance(item, str) for item in document):
        raise ValueError("a version 0 baseline is a list of fingerprints")
    entries = [{"fingerprint": fp, "rule": None, "subject": None, "category": None, "recipient": None,
                "triage": None, "note": None} for fp in sorted(set(document))]
    return {"version": 1, "generated_by": {"datamap": None, "policy_sha256": None}, "findings": entries}


#: version n -> the step that turns a version-n document into version n+1
UPGRADES: dict[int, Callable[[Any], dict[str, Any]]] = {0: _from_v0}


def version_of(document: Any) -> int:
    """A bare list is version 0; an object says its version."""
    if isinstance(document, list):
        return 0
    if isinstance(document, dict) and isinstance(document.get("version"), int):
        return int(document["version"])
    raise ValueError("not a datamap baseline (no 'version')")


def upgrade(document: Any) -> Any:
    """Apply the upgrade steps until the document is at ``VERSION``."""
    version = version_of(document)
    if version > VERSION:
        raise ValueError(f"baseline version {version} was written by a newer datamap (this one reads {VERSION})")
    while version < VERSION:
        document = UPGRADES[version](document)
        version += 1
    return document


def load_baseline(path: Path) -> Baseline:
    """Read, upgrade and validate a baseline file. Any problem is a DatamapError naming the place."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DatamapError("no such baseline file (create it with `datamap baseline`)", str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise DatamapError(f"cannot read baseline: {error}", str(path)) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise DatamapError(f"baseline is not valid JSON: {error.msg} (column {error.colno})",
                           str(path), error.lineno) from None
    try:
        return Baseline.model_validate(upgrade(document))
    except ValueError as error:
        raise DatamapError(f"baseline is broken: {_describe(error)}", str(path)) from None


def _describe(error: ValueError) -> str:
    if not isinstance(error, ValidationError):
        return str(error)
    first = error.errors()[0]
    place = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]).lstrip(".")
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{place}: {message}" if place else message


def _entry_of(finding: Finding, previous: Entry | None) -> Entry:
    return Entry(fingerprint=finding.fingerprint, rule=finding.rule, subject=finding.subject,
                 category=finding.category, recipient=finding.recipient,
                 triage=previous.triage if previous else None, note=previous.note if previous else None)


def build_baseline(findings: Iterable[Finding], tool_version: str, policy_sha256: str | None,
                   previous: Baseline | None = None) -> Baseline:
    """A baseline of ``findings``; triage from ``previous`` is kept for findings still present."""
    old = previous.by_fingerprint() if previous else {}
    by_fingerprint: dict[str, Entry] = {}
    for finding in findings:
        if finding.fingerprint not in by_fingerprint:
            by_fingerprint[finding.fingerprint] = _entry_of(finding, old.get(finding.fingerprint))
    entries = sorted(by_fingerprint.values(),
                     key=lambda e: (e.rule or "", e.subject or "", e.category or "", e.recipient or "", e.fingerprint))
    return Baseline(version=VERSION, generated_by=GeneratedBy(datamap=tool_version, policy_sha256=policy_sha256),
                    findings=tuple(entries))


@dataclass(frozen=True)
class Changes:
    """What an update did: findings added, kept (with their triage) and dropped as fixed."""

    added: int
    kept: int
    dropped: int


def changes(previous: Baseline | None, current: Baseline) -> Changes:
    before = previous.fingerprints if previous else frozenset()
    after = current.fingerprints
    return Changes(len(after - before), len(after & before), len(before - after))


def render_baseline(baseline: Baseline) -> str:
    """The file's text: fixed key order, sorted entries, two-space indent, final newline."""
    return json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: Path, baseline: Baseline) -> None:
    """Write atomically: the old file stays whole until the new one is complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".datamap-baseline-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(render_baseline(baseline))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
