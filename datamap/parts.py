"""A check's findings kept per part of the estate, so that a check joins again only the parts that changed.

Read jobs meet in the lineage graph only at the nodes they name (a column, a code
place, a config key, a recipient): jobs that name none in common are separate
parts. A part's findings (its fields' undisclosed and uncertain categories, its
flows and their verdicts) follow from its own jobs' outputs, the check's settings
and the person tables of the whole estate, which the classifier reads. So each
part is kept under the outputs of its jobs and the settings, beside the person
tables its sources name and the digest of the estate's it was classified with.
A check whose jobs found something new reads and joins only the parts that are
not kept, as long as the estate's person tables are still those the kept parts
were classified with; what only the whole estate tells (the disclosures nothing
uses, DM106, and the counts) is worked out from what each part keeps.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from catalog.coverage import unused_disclosures
from catalog.groups import connected
from catalog.model import Finding, ScanError
from catalog.policy import Policy
from datamap.run import DERIVED_STATS, ScanRun
from scanner.cache import JobSummary
from scanner.discover import Excludes, Job

#: the rule of the findings only the whole estate tells: they are never kept with a part
WHOLE_ESTATE_RULE = "DM106"


@dataclass(frozen=True)
class Part:
    """What one part of the estate gave a check."""

    persons: frozenset[str]  # the person tables its sources name
    estate: str  # the digest of the estate's person tables it was classified with
    used: frozenset[str]  # the policy categories its fields fall under
    reached: frozenset[str]  # the recipients its flows reach
    counts: dict[str, int]  # its share of the counts that follow from what was read (``DERIVED_STATS``)
    errors: list[ScanError]  # outside excluded paths
    findings: list[Finding]  # outside excluded paths, but those of the whole estate


def parts(summaries: Sequence[JobSummary]) -> list[list[int]] | None:
    """The jobs (indexes into ``summaries``) of each part, in order of their first job; None when some job's
    links are not known."""
    if any(summary.links is None for summary in summaries):
        return None
    first: dict[int, int] = {}
    pairs = ((first.setdefault(link, index), index) for index, summary in enumerate(summaries)
             for link in summary.links or ())
    return connected(len(summaries), pairs)


class Owners:
    """Which job of a plan reads a file: the one that names it, else the one that names a folder above it."""

    def __init__(self, jobs: Sequence[Job], indexes: Iterable[int]) -> None:
        self._of = {posixpath.normpath(target): index for index in indexes for target in jobs[index].targets}
        self._seen: dict[str, int | None] = {}  # each path asked for, as given (many things share a file)

    def __call__(self, path: str) -> int | None:
        if path in self._seen:
            return self._seen[path]
        place = posixpath.normpath(path)
        while True:
            found = self._of.get(place)
            if found is not None or place in (".", "/"):
                self._seen[path] = found
                return found
            place = posixpath.dirname(place) or "."


class _Building:
    """A part being split off a scan."""

    def __init__(self) -> None:
        self.persons: set[str] = set()
        self.used: set[str] = set()
        self.reached: set[str] = set()
        self.counts = dict.fromkeys(DERIVED_STATS, 0)
        self.errors: list[ScanError] = []
        self.findings: list[Finding] = []

    def done(self, estate: str) -> Part:
        return Part(frozenset(self.persons), estate, frozenset(self.used), frozenset(self.reached), self.counts,
                    self.errors, self.findings)


def split(run: ScanRun, jobs: Sequence[Job], groups: Sequence[Sequence[int]], persons: dict[str, frozenset[str]],
          estate: str, excluded: Excludes) -> list[Part] | None:
    """``run`` (a scan of the jobs of ``groups``, indexes into ``jobs``) split into its parts (``persons``: each
    source's person tables; ``estate``: the digest of the estate's); None when something it found cannot be
    placed in one part (no file, or a file no job of the groups reads)."""
    owner = Owners(jobs, (index for group in groups for index in group))
    part_of = {index: number for number, group in enumerate(groups) for index in group}
    building = [_Building() for _ in groups]

    def at(path: str | None) -> _Building | None:
        index = owner(path) if path is not None else None
        return None if index is None else building[part_of[index]]

    for source, tables in persons.items():
        if tables:
            if (part := at(source)) is None:
                return None
            part.persons.update(tables)
    for record in run.inventory.records:
        item = record.field
        if (part := at(item.evidence.path if item.evidence else item.source)) is None:
            return None
        part.counts["fields"] += 1
        if record.personal:
            part.counts["personal_fields"] += 1
        if record.policy_category:
            part.used.add(record.policy_category)
    for verdict in run.verdicts:
        flow = verdict.flow
        if (part := at(flow.evidence.path if flow.evidence else None)) is None:
            return None
        part.counts["flows"] += 1
        part.reached.add(flow.recipient)
    for edge in run.outcome.edges:
        if (part := at(edge.evidence.path if edge.evidence else None)) is None:
            return None
        part.counts["edges"] += 1
    for error in run.outcome.errors:
        if (part := at(error.path)) is None:
            return None
        part.counts["errors"] += error.kind != "warning"
        if not excluded(error.path):
            part.errors.append(error)
    for finding in run.inventory.findings:
        if finding.rule == WHOLE_ESTATE_RULE and finding.evidence is None:
            continue
        if finding.evidence is not None and excluded(finding.evidence.path):
            continue
        if (part := at(finding.evidence.path if finding.evidence else None)) is None:
            return None
        part.findings.append(finding)
    return [part.done(estate) for part in building]


@dataclass(frozen=True)
class Joined:
    """An estate made of parts: their findings, those only the whole estate tells, their errors and counts."""

    findings: list[Finding]
    whole: list[Finding]
    errors: list[ScanError]
    counts: dict[str, int]


def joined(kept: Sequence[Part], policy: Policy | None) -> Joined:
    """The estate made of the parts ``kept``."""
    whole: list[Finding] = []
    if policy is not None:
        used = frozenset().union(*(part.used for part in kept))
        reached = frozenset().union(*(part.reached for part in kept))
        whole = unused_disclosures(used, reached, policy)
    counts = dict.fromkeys(DERIVED_STATS, 0)
    for part in kept:
        for name, count in part.counts.items():
            counts[name] = counts.get(name, 0) + count
    return Joined([finding for part in kept for finding in part.findings], whole,
                  [error for part in kept for error in part.errors], counts)
