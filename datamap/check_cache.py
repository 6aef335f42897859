"""A whole check's findings kept in the cache, reused while nothing they depend on has changed.

Two keys lead to the same kept findings. The first names every input of the
check: each read job's key (reader, targets, every byte they hold, read
options), the bytes of the policy, overrides and knowledge files, the project's
purposes and excludes, and datamap's build (the code and data of its readers,
classifier, catalog and CLI). A re-run on the same commit, or a change to files
datamap does not scan, then costs hashing the inputs. The second names what the
jobs found instead of what they read (each job's summary: a digest of its
fields, profiles, nodes, edges and errors), with the same policy, files and
settings: a change that the readers see through (a comment, a log line, a
statement that moves no personal data) costs reading the changed jobs, and the
counts are summed afresh from the jobs' own. Suppression comments are read
afresh every time; database targets are never cached.

The findings are kept once, under the first key, apart from a small entry (the
errors, the counts and the files the findings point at) that the other key
names; they are read only when the report has to be rendered. The report itself
is kept under a key naming the kept findings and everything else it shows
(``report_key``), so that a check with nothing new renders nothing.

The findings of each part of the estate are kept too (``datamap.parts``), under
the outputs of the part's jobs and the same settings (``part_key``); a check
joined from parts keeps its findings as the keys of the parts they come from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.model import Finding, ScanError
from catalog.moves import Gone, LineMoves
from catalog.suppressions import Suppression
from datamap import __version__
from datamap.parts import Part
from datamap.run import DERIVED_STATS, ScanRequest, read_options
from scanner.cache import UNCACHED_READERS, JobSummary, ScanCache
from scanner.cache.codec import (
    CorruptEntry,
    decode_errors,
    decode_findings,
    encode_errors,
    encode_findings,
)
from scanner.cache.keys import build_id, digest, file_digest, options_key
from scanner.cache.store import CacheStore
from scanner.collector import no_gc
from scanner.discover import Job, Plan
from scanner.pipeline import plan_stats

_KIND = "check"
_FINDINGS = "findings"
_REPORT = "report"
_PART = "part"
_PART_FIELDS = frozenset({"persons", "estate", "used", "reached", "counts", "errors", "findings"})
_BUILD = ("scanner", "catalog", "datamap")


@dataclass(frozen=True)
class Rendered:
    """A check's report as written: the payload, the one-line summary and whether the check fails."""

    payload: str
    summary: str
    failing: bool


@dataclass(frozen=True)
class CheckedTree:
    """What a check of a tree found, as the cache keeps it."""

    findings: list[Finding]
    errors: list[ScanError]
    stats: dict[str, int]
    files: int


@dataclass(frozen=True)
class KeptTree:
    """A check kept in the cache, its findings not read yet: the key they are kept under, the errors and
    counts, and the files the findings point at (each once, in the findings' order)."""

    key: str
    errors: list[ScanError]
    stats: dict[str, int]
    files: int
    paths: list[str]


def evidence_paths(findings: Iterable[Finding]) -> list[str]:
    """The files ``findings`` point at, each once, in order."""
    return list(dict.fromkeys(f.evidence.path for f in findings if f.evidence is not None))


def _settings(request: ScanRequest) -> dict[str, object]:
    """What a check depends on besides its read jobs: files, purposes, excludes and paths."""
    files = [request.policy, request.overrides, *request.knowledge, *request.recipients]
    return {"files": [[name, file_digest(Path(name))] for name in files if name],
            "purposes": sorted(request.purposes.items()), "exclude": list(request.exclude),
            "paths": list(request.paths)}


def check_key(request: ScanRequest, jobs: Sequence[Job], reads: ScanCache) -> tuple[str, int] | None:
    """The key of a check of ``request`` whose plan is ``jobs`` (and how many files it names), or None when
    it cannot be cached; ``reads`` hashes each job (once per check)."""
    options = read_options(request)
    if any(job.reader in UNCACHED_READERS for job in jobs):
        return None
    key = digest({"jobs": [reads.job_key(job.reader, job.group, job.targets, options) for job in jobs],
                  **_settings(request)})
    return key, sum(len(job.targets) for job in jobs)


def output_key(request: ScanRequest, summaries: Sequence[JobSummary]) -> str:
    """The key of a check of ``request`` whose jobs found what ``summaries`` (in plan order) say."""
    return digest({"outputs": [s.output for s in summaries], "options": options_key(read_options(request)),
                   **_settings(request)})


def summed_stats(work: Plan, summaries: Sequence[JobSummary], kept: dict[str, int]) -> dict[str, int]:
    """A check's counts: the plan's, the jobs' (summed in plan order, as a scan merges them), then those
    that follow from what was read, taken from ``kept`` (the counts of a check whose jobs found the same)."""
    stats = plan_stats(work)
    for summary in summaries:
        for name, count in summary.stats:
            stats[name] = stats.get(name, 0) + count
    for name in DERIVED_STATS:
        if name in kept:
            stats[name] = kept[name]
    return stats


class CheckCache:
    """Checked trees under ``folder`` (the scan's cache folder), keyed by ``check_key``."""

    def __init__(self, folder: Path) -> None:
        self.store = CacheStore(folder, build_id(__version__, _BUILD))

    def get(self, key: str, files: int) -> KeptTree | None:
        """The check kept under ``key`` (its findings are read by ``findings``)."""
        data = self.store.get(_KIND, key)
        if isinstance(data, dict) and isinstance(data.get("same_as"), str):  # kept once, under the first key
            key = data["same_as"]
            data = self.store.get(_KIND, key)
        if not isinstance(data, dict):
            return None
        try:
            if set(data) != {"errors", "stats", "paths"}:
                raise CorruptEntry("unexpected kept check")
            stats, paths = data["stats"], data["paths"]
            if not (isinstance(stats, dict) and all(type(v) is int for v in stats.values())):
                raise CorruptEntry("unexpected stats")
            if not (isinstance(paths, list) and all(type(p) is str for p in paths)):
                raise CorruptEntry("unexpected paths")
            return KeptTree(key, decode_errors(data["errors"]), stats, files, paths)
        except CorruptEntry:
            self.store.discard(_KIND, key)
            return None

    def findings(self, kept: KeptTree) -> list[Finding] | None:
        """The findings of ``kept``; None when they are gone or corrupt (then the whole entry is dropped)."""
        data = self.store.get(_FINDINGS, kept.key)
        try:
            if data is None:
                raise CorruptEntry("no kept findings")
            if isinstance(data, dict) and "parts" in data:
                return self._joined_findings(data)
            return decode_findings(data)
        except (CorruptEntry, Gone):
            self.store.discard(_FINDINGS, kept.key)
            self.store.discard(_KIND, kept.key)
            return None

    def _joined_findings(self, data: dict[str, Any]) -> list[Finding]:
        """The findings of an estate kept as its parts (``put_joined``)."""
        if not (set(data) == {"parts", "whole"} and type(data["parts"]) is list):
            raise CorruptEntry("unexpected kept parts")
        findings: list[Finding] = []
        for item in data["parts"]:
            if not (type(item) is list and len(item) == 2 and type(item[0]) is str):
                raise CorruptEntry("unexpected kept part")
            part = self.get_part(item[0])
            if part is None:
                raise CorruptEntry("a kept part is gone")
            if item[1] is None:
                findings.extend(part.findings)
                continue
            try:
                moves = LineMoves.from_plain(item[1])
            except (TypeError, ValueError):
                raise CorruptEntry("unexpected moves of a kept part") from None
            findings.extend(moves.finding(f) for f in part.findings)
        return [*findings, *decode_findings(data["whole"])]

    def moved_findings(self, kept: KeptTree, moves: LineMoves) -> list[Finding] | None:
        """The findings of ``kept``, placed where ``moves`` put their lines; None when they are gone or corrupt,
        or one is on a line the edit took away (then the whole entry is dropped)."""
        findings = self.findings(kept)
        if findings is None:
            return None
        try:
            return [moves.finding(f) for f in findings]
        except Gone:
            self.store.discard(_FINDINGS, kept.key)
            self.store.discard(_KIND, kept.key)
            return None

    def put(self, keys: Sequence[str], tree: CheckedTree) -> None:
        """Keep ``tree`` under the first of ``keys``; the others name that key."""
        if not keys:
            return
        with no_gc():  # a big heap of long-lived objects: collections while encoding would rescan it
            self.store.put(_FINDINGS, keys[0], encode_findings(tree.findings))
        self._put_tree(keys, tree)

    def _put_tree(self, keys: Sequence[str], tree: CheckedTree) -> None:
        self.store.put(_KIND, keys[0], {"errors": encode_errors(tree.errors), "stats": tree.stats,
                                        "paths": evidence_paths(tree.findings)})
        for key in keys[1:]:
            self.store.put(_KIND, key, {"same_as": keys[0]})

    def get_part(self, key: str) -> Part | None:
        """The part of an estate kept under ``key`` (``part_key``), if any."""
        data = self.store.get(_PART, key)
        if data is None:
            return None
        try:
            if not (isinstance(data, dict) and set(data) == _PART_FIELDS and type(data["estate"]) is str):
                raise CorruptEntry("unexpected kept part")
            names = [data[name] for name in ("persons", "used", "reached")]
            counts = data["counts"]
            if not (all(type(n) is list and all(type(s) is str for s in n) for n in names)
                    and type(counts) is dict and all(type(v) is int for v in counts.values())):
                raise CorruptEntry("unexpected kept part")
            persons, used, reached = (frozenset(n) for n in names)
            return Part(persons, data["estate"], used, reached, counts, decode_errors(data["errors"]),
                        decode_findings(data["findings"]))
        except CorruptEntry:
            self.store.discard(_PART, key)
            return None

    def put_part(self, key: str, part: Part) -> None:
        with no_gc():
            self.store.put(_PART, key, {
                "persons": sorted(part.persons), "estate": part.estate, "used": sorted(part.used),
                "reached": sorted(part.reached), "counts": part.counts, "errors": encode_errors(part.errors),
                "findings": encode_findings(part.findings)})

    def put_joined(self, keys: Sequence[str], parts: Sequence[tuple[str, LineMoves | None]], whole: list[Finding],
                   tree: CheckedTree) -> None:
        """Keep ``tree``, an estate made of ``parts`` (each the key of a part and where an edit moved its lines
        since) and ``whole`` (its findings only the whole estate tells), under the first of ``keys``; its
        findings are kept as the parts they come from."""
        if not keys:
            return
        self.store.put(_FINDINGS, keys[0], {"parts": [[key, None if moves is None else moves.plain()]
                                                      for key, moves in parts], "whole": encode_findings(whole)})
        self._put_tree(keys, tree)

    def get_rendered(self, key: str) -> Rendered | None:
        """The report kept under ``key`` (``report_key``), if any."""
        data = self.store.get(_REPORT, key)
        if not (isinstance(data, dict) and isinstance(data.get("payload"), str)
                and isinstance(data.get("summary"), str) and isinstance(data.get("failing"), bool)):
            if data is not None:
                self.store.discard(_REPORT, key)
            return None
        return Rendered(data["payload"], data["summary"], data["failing"])

    def put_rendered(self, key: str, rendered: Rendered) -> None:
        self.store.put(_REPORT, key, {"payload": rendered.payload, "summary": rendered.summary,
                                      "failing": rendered.failing})


def part_key(request: ScanRequest, summaries: Sequence[JobSummary]) -> str:
    """The key of a part of an estate checked for ``request`` whose jobs found what ``summaries`` say."""
    return digest({"part": [s.output for s in summaries], "options": options_key(read_options(request)),
                   **_settings(request)})


def moved_key(kept: str, moves: LineMoves) -> str:
    """The key that names the findings kept under ``kept`` with their lines moved by ``moves``."""
    return digest({"kept": kept, "moves": moves.plain()})


def report_key(kept: str, stats: dict[str, int], suppressions: Sequence[Suppression], settings: dict[str, Any]) -> str:
    """The key of the report of a check whose findings are kept under ``kept``, with its counts, the
    suppression comments found, and what else the report shows (``settings``: format, baseline, date...)."""
    return digest({"kept": kept, "stats": sorted(stats.items()), "settings": settings,
                   "suppressions": [[s.path, s.line, list(s.rules), s.reason, s.until] for s in suppressions]})
