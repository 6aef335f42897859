"""Run the readers over a plan and classify what they found.

One input that fails never stops the others: a reader's failure becomes a
counted ``ScanError`` and the scan goes on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from catalog.errors import DatamapError
from catalog.model import Classification, Edge, Field, Node, ReadResult, ScanError, ValueProfile
from scanner.cache import JobSummary, ScanCache
from scanner.discover import NOTHING_EXCLUDED, Excludes, Job, Plan, plan
from scanner.options import ReadOptions
from scanner.registry import load_reader

if TYPE_CHECKING:
    from scanner.classify.classifier import Classifier

Progress = Callable[[int, int, str], None]


@dataclass
class ScanOutcome:
    """Everything a scan found: fields with their classifications, errors and counts."""

    fields: list[Field] = field(default_factory=list)
    classifications: list[Classification] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    cache_counts: dict[str, int] = field(default_factory=dict)  # what the cache reused and what was read afresh


def _reader(job: Job, options: ReadOptions, cache: ScanCache | None) -> Callable[[], ReadResult]:
    """What reads ``job`` when the cache does not hold it."""
    def run() -> ReadResult:
        reader = load_reader(job.reader, group=job.group)
        if job.reader == "python" and cache is not None and cache.enabled:  # keeps its functions' runs
            found: ReadResult = reader(job.targets, options, store=cache.store)
            return found
        result: ReadResult = reader(job.targets if job.group else job.targets[0], options)
        return result

    return run


def _run(job: Job, options: ReadOptions, cache: ScanCache | None = None) -> ReadResult:
    run = _reader(job, options, cache)
    return cache.read(job.reader, job.group, job.targets, options, run) if cache else run()


def summarise(work: Plan, options: ReadOptions, cache: ScanCache) -> list[JobSummary] | None:
    """Each job's summary, in plan order: from the cache, else read (only what changed is read). None when
    some job is never cached or fails to read (a scan then reads it again and records the failure)."""
    found: list[JobSummary] = []
    for job in work.jobs:
        try:
            summary = cache.summary(job.reader, job.group, job.targets, options, _reader(job, options, cache))
        except (DatamapError, ImportError, OSError, ValueError, RecursionError):
            return None
        if summary is None:
            return None
        found.append(summary)
    return found


def plan_stats(work: Plan) -> dict[str, int]:
    """The counts a plan adds to a scan's, before any job's."""
    stats = {"files_ignored": work.ignored_files}
    if work.excluded_files:
        stats["files_excluded"] = work.excluded_files
    if work.rollback_files:
        stats["migrations_rollbacks_skipped"] = work.rollback_files
    return stats


def read_all(targets: Sequence[str], options: ReadOptions, progress: Progress | None = None,
             cache: ScanCache | None = None, excludes: Excludes = NOTHING_EXCLUDED,
             work: Plan | None = None) -> ReadResult:
    """Read every target but what ``excludes`` covers (a job whose bytes ``cache`` has seen is not read
    again); per-input failures are recorded, not raised. ``work``: the targets' plan, if already made."""
    work = work if work is not None else plan(targets, excludes)
    result = ReadResult(stats=plan_stats(work))
    if cache:
        cache.begin_scan()
    for index, job in enumerate(work.jobs):
        if progress:
            progress(index, len(work.jobs), job.targets[0])
        try:
            result.merge(_run(job, options, cache))
        except DatamapError as error:
            if job.reader == "database":
                raise
            result.errors.append(ScanError(error.path or job.targets[0], error.line, error.message))
        except ImportError as error:
            result.errors.append(ScanError(job.targets[0], None, f"the {job.reader} reader is unavailable: {error}"))
        except (OSError, ValueError, RecursionError) as error:
            result.errors.append(ScanError(job.targets[0], None, f"{type(error).__name__}: {error}"))
    if progress:
        progress(len(work.jobs), len(work.jobs), "")
    return result


def nested_fields(fields: Sequence[Field], profiles: dict[str, ValueProfile]) -> list[Field]:
    """The keys found inside sampled JSON columns, as fields of their own (``data.contact.phone``),
    so that they are classified by their names like columns are."""
    nested: list[Field] = []
    if not profiles:  # nothing was sampled
        return nested
    for item in fields:
        profile = profiles.get(item.key)
        for path in profile.nested_keys if profile else ():
            nested.append(replace(item, name=f"{item.name}.{path}", type=None, primary_key=False, references=None,
                                  comment=f"a key inside the JSON column {item.name}", annotation=None))
    return nested


def unique_fields(fields: Sequence[Field]) -> list[Field]:
    """One field per lineage node: a column that several readers name (the DDL, a model, an export job)
    is kept as the reader that knows most about it saw it (a type, a comment), else as first seen."""
    kept: dict[str, Field] = {}
    for item in fields:
        node = item.node_id
        current = kept.get(node)
        if current is None or (current.type is None and item.type is not None):
            kept[node] = item
    return list(kept.values())


def scan(targets: Sequence[str], options: ReadOptions, classifier: Classifier | Callable[[], Classifier],
         progress: Progress | None = None, cache: ScanCache | None = None,
         excludes: Excludes = NOTHING_EXCLUDED, work: Plan | None = None,
         others: frozenset[str] = frozenset()) -> ScanOutcome:
    """Read and classify; ``classifier`` may be a function that builds it, called only when needed
    (with a ``cache`` that holds the classifications, it is not). ``others``: the person tables of the rest
    of the estate, when ``work`` is only part of it."""
    read = read_all(targets, options, progress, cache, excludes, work)
    read.fields = unique_fields([*read.fields, *nested_fields(read.fields, read.profiles)])
    fields, profiles = read.fields, read.profiles

    @functools.cache
    def built() -> Classifier:  # once, however many sources are classified
        return classifier() if callable(classifier) else classifier

    if cache:
        classifications = cache.classify(fields, profiles, built, others)
    else:
        persons = built().persons(fields) | others if others else None
        classifications = built().classify_fields(fields, profiles, persons)
    if cache:
        cache.close()
    stats = dict(read.stats)
    stats["errors"] = sum(1 for e in read.errors if e.kind != "warning")
    return ScanOutcome(read.fields, classifications, read.errors, stats, read.nodes, read.edges)
