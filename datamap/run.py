"""The wiring every command shares: policy, classifier, scan, pins, inventory and lineage graph."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import Progress

from catalog import taxonomy
from catalog.coverage import Verdict, evaluate_flows, low_confidence, unused_disclosures
from catalog.inventory import Inventory, build_inventory
from catalog.lineage import LineageGraph
from catalog.model import Finding, Flow
from catalog.overrides import apply_overrides, load_overrides
from catalog.policy import Policy, load_policy
from catalog.recipients import KnowledgeBase, load_recipients
from datamap import __version__
from scanner.cache import ScanCache
from scanner.cache.keys import digest, file_digest
from scanner.discover import Excludes, Plan
from scanner.options import ReadOptions
from scanner.pipeline import ScanOutcome
from scanner.pipeline import scan as run_pipeline

if TYPE_CHECKING:
    from scanner.classify.classifier import Classifier


@dataclass(frozen=True)
class ScanRequest:
    """What the user asked to scan, and how."""

    paths: tuple[str, ...]
    policy: str | None = None
    dialect: str | None = None
    overrides: str | None = None
    knowledge: tuple[str, ...] = ()
    sample: int | None = None
    purposes: Mapping[str, str] = field(default_factory=dict)  # project config: recipient/path glob -> data use
    cache_dir: str | None = None  # content-hash cache folder (None: read everything afresh)
    recipients: tuple[str, ...] = ()  # users' recipient files, added to the packaged knowledge base
    exclude: tuple[str, ...] = ()  # globs of paths never read
    rules_only: bool = False  # classify by the rules alone, without the learned model


@dataclass
class ScanRun:
    """A finished scan: what was read, the inventory, the lineage graph and its flows."""

    request: ScanRequest
    policy: Policy | None
    outcome: ScanOutcome
    inventory: Inventory
    graph: LineageGraph
    flows: list[Flow] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def stats(self) -> dict[str, int]:
        return {**self.outcome.stats, "fields": len(self.inventory.records),
                "personal_fields": len(self.inventory.personal), "edges": len(self.outcome.edges),
                "flows": len(self.flows)}


#: the counts of a run's ``stats`` that follow from what was read (the others are the plan's and the jobs')
DERIVED_STATS = ("errors", "fields", "personal_fields", "edges", "flows")


def _extensions(policy: Policy | None) -> list[list[Any]]:
    """The policy's category extensions as plain data: key, parent and the words that select it."""
    return [[e.key, e.parent or "", [w.split() for w in e.match]] for e in (policy.extensions if policy else ())]


def _categories(policy: Policy | None) -> frozenset[str]:
    return frozenset(taxonomy.category_keys() | {e.key for e in (policy.extensions if policy else ())})


def build_classifier(policy: Policy | None, knowledge_files: tuple[str, ...], rules_only: bool = False) -> Classifier:
    from scanner.classify.classifier import Classifier, Extension  # only when something must be classified
    from scanner.classify.knowledge import load_knowledge

    extensions = [Extension(key, parent, tuple(tuple(words) for words in match))
                  for key, parent, match in _extensions(policy)]
    categories = _categories(policy)
    return Classifier(load_knowledge([Path(p) for p in knowledge_files], categories), extensions, categories,
                      learned=not rules_only)


def open_cache(request: ScanRequest) -> ScanCache | None:
    """The request's cache of read jobs (None without a cache folder)."""
    return ScanCache(Path(request.cache_dir), __version__) if request.cache_dir is not None else None


def scan_cache(request: ScanRequest, policy: Policy | None, cache: ScanCache | None = None) -> ScanCache | None:
    """The request's cache (``cache``, when already opened); classifications are keyed by what configures
    the classifier too."""
    cache = cache or open_cache(request)
    if cache is not None:
        cache.classifier_key = digest([_extensions(policy), sorted(_categories(policy)),
                                       [file_digest(Path(p)) for p in request.knowledge], request.rules_only])
    return cache


def read_options(request: ScanRequest) -> ReadOptions:
    """The options every reader of the request gets."""
    dialect = None
    if request.dialect:
        from scanner.sql.statements import check_dialect  # the SQL parser loads only when a dialect is named

        dialect = check_dialect(request.dialect)
    return ReadOptions(dialect=dialect, sample=request.sample, recipients=request.recipients)


def run_scan(request: ScanRequest, status: Console | None = None, work: Plan | None = None,
             cache: ScanCache | None = None, others: frozenset[str] | None = None) -> ScanRun:
    """Read, classify, pin, join with the policy and build the lineage graph (``work``: the request's plan,
    when the caller already made it; ``cache``: the request's cache, when the caller already opened it).
    With ``others`` (the person tables of the rest of the estate), ``work`` is some parts of an estate
    (``datamap.parts``): what only the whole estate tells, the disclosures nothing uses, is left out.

    The classifier (and its knowledge) is built only when some classification is not in the cache."""
    policy = load_policy(request.policy) if request.policy else None
    recipients = load_recipients([Path(p) for p in request.recipients])  # a bad file stops here, before reading
    classifier = functools.cache(lambda: build_classifier(policy, request.knowledge, request.rules_only))
    options = read_options(request)
    cache = scan_cache(request, policy, cache)
    outcome = _with_progress(request.paths, options, classifier, status, cache, Excludes(request.exclude), work,
                             others or frozenset())
    gc.freeze()  # what was read lives on: the collections building the graph allocates need not rescan it
    try:
        return _join(request, policy, recipients, outcome, cache, whole=others is None)
    finally:
        gc.unfreeze()


def _join(request: ScanRequest, policy: Policy | None, recipients: KnowledgeBase, outcome: ScanOutcome,
          cache: ScanCache | None, whole: bool = True) -> ScanRun:
    """Pins, inventory, lineage graph and coverage of what was read (``whole``: the whole estate)."""
    if cache is not None:
        outcome.cache_counts = dict(cache.counts)
    classifications = outcome.classifications
    pin_findings: list[Finding] = []
    if request.overrides:
        overrides = load_overrides(request.overrides, _categories(policy))
        classifications, pin_findings = apply_overrides(outcome.fields, classifications, overrides, request.overrides)
    inventory = build_inventory(outcome.fields, classifications, policy)
    inventory.findings.extend(pin_findings)
    graph = LineageGraph.build(outcome.fields, classifications, outcome.nodes, outcome.edges)
    verdicts, flow_findings = evaluate_flows(graph.flows(), graph, policy, recipients, request.purposes)
    inventory.findings.extend(flow_findings)
    if policy is not None:
        inventory.findings.extend(low_confidence(inventory))
        if whole:
            used = {r.policy_category for r in inventory.records if r.policy_category}
            inventory.findings.extend(unused_disclosures(used, {v.flow.recipient for v in verdicts}, policy))
    return ScanRun(request, policy, outcome, inventory, graph, [v.flow for v in verdicts], verdicts)


def _with_progress(paths: tuple[str, ...], options: ReadOptions, classifier: Callable[[], Classifier],
                   status: Console | None, cache: ScanCache | None, excludes: Excludes,
                   work: Plan | None, others: frozenset[str]) -> ScanOutcome:
    if status is None or not status.is_terminal:
        return run_pipeline(paths, options, classifier, cache=cache, excludes=excludes, work=work, others=others)
    with Progress(console=status, transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def advance(done: int, total: int, current: str) -> None:
            progress.update(task, completed=done, total=total, description=f"reading {Path(current).name}")

        return run_pipeline(paths, options, classifier, advance, cache, excludes, work, others)
