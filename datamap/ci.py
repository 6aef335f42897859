"""The CI pipeline shared by ``check`` and ``baseline``: config, scan, excludes, suppressions, baseline.

Every scan runs from the project root (the git repository's top folder, else
the config file's folder, else the working directory) with paths relative to
it, so findings, fingerprints and SARIF locations read the same wherever
datamap is started from, and a checkout of another ref scans identically.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from rich.console import Console

from catalog.baseline import Baseline, load_baseline
from catalog.config import Config, discover_config, severity_rank
from catalog.gitdiff import repo_root
from catalog.model import Finding, ScanError
from catalog.moves import Gone, LineMoves
from catalog.policy import load_policy
from catalog.suppressions import Outcome, Suppression, apply_suppressions, parse_suppressions
from datamap.check_cache import (
    CheckCache,
    CheckedTree,
    KeptTree,
    check_key,
    evidence_paths,
    moved_key,
    output_key,
    part_key,
    summed_stats,
)
from datamap.parts import Owners, Part, joined, parts, split
from datamap.run import ScanRequest, ScanRun, open_cache, read_options, run_scan
from scanner.cache import JobSummary, ScanCache
from scanner.cache.filestat import FileFacts
from scanner.discover import IGNORED_DIRS, Excludes, Plan, plan
from scanner.pipeline import summarise
from scanner.registry import is_url

#: files that cannot hold a suppression comment (data, or JSON without comments)
NO_COMMENTS = frozenset({".parquet", ".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".db", ".sqlite"})
MAX_COMMENT_FILE = 4_000_000


@dataclass(frozen=True)
class Project:
    """Where and what to check: the merged config, the root, and the scan request (paths relative to root)."""

    config: Config
    root: Path
    request: ScanRequest

    @property
    def baseline(self) -> Path:
        return self.config.baseline_path(self.config.folder or self.root)


def _absolute(value: str | None) -> str | None:
    return str(Path(value).resolve()) if value and not is_url(value) else value


def load_project(paths: Sequence[str], *, policy: str | None = None, dialect: str | None = None,
                 overrides: str | None = None, knowledge: Sequence[str] = (), baseline: str | None = None,
                 fail_on: str | None = None, recipients: Sequence[str] = (), rules_only: bool = False,
                 cwd: Path | None = None) -> Project:
    """Find the config, let the flags override it, and settle the root and the paths to scan."""
    cwd = (cwd or Path.cwd()).resolve()
    config = discover_config(paths, cwd).merged(
        policy=_absolute(policy), dialect=dialect, overrides=_absolute(overrides),
        knowledge=tuple(str(_absolute(k)) for k in knowledge), baseline=_absolute(baseline), fail_on=fail_on,
        recipients=tuple(str(_absolute(r)) for r in recipients), rules_only=rules_only)
    targets = [str(_absolute(p)) for p in paths] or list(config.paths) or [str(config.folder or cwd)]
    local = next((Path(t) for t in targets if not is_url(t)), None)
    root = (repo_root(local) if local else None) or config.folder or cwd
    relative = tuple(t if is_url(t) else _relative(Path(t), root) for t in targets)
    request = ScanRequest(relative, config.policy, config.dialect, config.overrides, config.knowledge,
                          purposes=config.purposes, recipients=config.recipients, exclude=config.exclude,
                          rules_only=config.rules_only)
    return Project(config, root, request)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix() or "."
    except ValueError:
        return str(path)


@dataclass
class TreeCheck:
    """One tree scanned: the run (None when nothing was scanned or the findings came from the cache), its
    findings outside excluded paths, its suppression comments, errors, counts, and what the cache reused."""

    run: ScanRun | None
    findings: list[Finding] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    cache_counts: dict[str, int] = field(default_factory=dict)
    kept: str | None = None  # the key the findings are kept under in the check cache (None: not kept)
    #: reads the findings when they are still in the cache (``loaded``); None once they are here
    pending: Callable[[], list[Finding] | None] | None = None

    def loaded(self) -> TreeCheck | None:
        """This check with its findings read from the cache (None when they turn out gone or corrupt)."""
        if self.pending is None:
            return self
        findings = self.pending()
        return None if findings is None else replace(self, findings=findings, pending=None)

    def settle(self, today: date, extra: Iterable[Finding] = ()) -> Outcome:
        """Apply the suppressions to the findings (and to ``extra`` ones, such as changes)."""
        if self.pending is not None:
            raise ValueError("the findings of this check are still in the cache: settle what loaded() returns")
        return apply_suppressions([*self.findings, *extra], self.suppressions, today)


def check_tree(project: Project, tree: Path, status: Console | None = None, missing_ok: bool = False,
               reuse: bool = False) -> TreeCheck:
    """Scan ``tree`` (the root, or a checkout of another ref); drop what the excludes cover.

    With ``reuse`` (and a cache folder in the request), the findings of an earlier check whose every input
    is unchanged, or whose jobs found what this check's jobs find, are taken from the cache instead (only
    the changed jobs are read), and ``run`` is None."""
    with contextlib.chdir(tree):
        paths = tuple(p for p in project.request.paths if not missing_ok or is_url(p) or Path(p).exists())
        if not paths:
            return TreeCheck(None)
        request = replace(project.request, paths=paths)
        excluded = Excluder(project.config.exclude)
        work = plan(paths, excluded)  # once for the cache keys, the scan and the suppression comments
        cache = CheckCache(Path(request.cache_dir)) if reuse and request.cache_dir else None
        reads = open_cache(request) if cache else None
        keyed = check_key(request, work.jobs, reads) if reads else None
        keys: list[str] = []
        summaries: list[JobSummary] | None = None
        facts = reads.facts if reads is not None else None
        if cache is not None and keyed is not None and reads is not None:
            kept, keys, summaries = _kept(cache, keyed, request, work, reads)
            if kept is not None:
                suppressions = collect_suppressions(work, kept[1], excluded, facts)
                reads.facts.save()
                return replace(kept[0], suppressions=suppressions)
            if summaries is not None and not request.overrides:
                found = _by_parts(cache, request, work, reads, summaries, excluded, status, keys, keyed[1])
                if found is not None:
                    suppressions = collect_suppressions(work, evidence_paths(found.findings), excluded, facts)
                    reads.facts.save()
                    return replace(found, suppressions=suppressions)
        run = run_scan(request, status, work, reads)
        findings = [f for f in run.inventory.findings if not excluded.evidence(f)] if excluded.globs else \
            list(run.inventory.findings)
        suppressions = collect_suppressions(work, evidence_paths(findings), excluded, facts)
        if facts is not None:
            facts.save()
        errors = [e for e in run.outcome.errors if not excluded(e.path)]
        if cache is not None and keyed is not None:
            cache.put(keys, CheckedTree(findings, errors, run.stats, keyed[1]))
            if summaries is not None and reads is not None and not request.overrides:
                _keep_parts(cache, request, work, summaries, run, reads, excluded)
    return TreeCheck(run, findings, suppressions, errors, run.stats, run.outcome.cache_counts,
                     keys[0] if keys else None)


def _by_parts(cache: CheckCache, request: ScanRequest, work: Plan, reads: ScanCache, summaries: list[JobSummary],
              excluded: Excluder, status: Console | None, keys: list[str], files: int) -> TreeCheck | None:
    """The check of an estate whose jobs found something new, from the parts of it that are kept and a scan of
    the others (``datamap.parts``), kept under ``keys`` (naming the kept parts); None when most parts are new,
    or the estate's person tables are not those the kept parts were classified with (a scan of the whole estate
    is then due)."""
    groups = parts(summaries)
    if groups is None:
        return None
    part_keys = [part_key(request, [summaries[index] for index in group]) for group in groups]
    kept = [_kept_part(cache, request, [summaries[index] for index in group], key)
            for group, key in zip(groups, part_keys, strict=True)]
    fresh = [number for number, found in enumerate(kept) if found is None]
    estates = {found[0].estate for found in kept if found is not None}
    if len(fresh) * 2 > len(groups) or len(estates) != 1:
        return None
    read_before = reads.counts["files_read"]
    if fresh:
        others = frozenset().union(*(found[0].persons for found in kept if found is not None))
        indexes = sorted(index for number in fresh for index in groups[number])
        run = run_scan(request, status, Plan([work.jobs[index] for index in indexes]), reads, others)
        if reads.persons is None or reads.estate not in estates:
            return None
        made = split(run, work.jobs, [groups[number] for number in fresh], reads.persons, reads.estate, excluded)
        if made is None:
            return None
        for number, part in zip(fresh, made, strict=True):
            cache.put_part(part_keys[number], part)
            kept[number] = (part, part_keys[number], None)
        policy = run.policy
    else:
        policy = load_policy(request.policy) if request.policy else None
        if read_before:
            reads.close()  # what was read afresh is kept: the folder stays within its cap
    whole = [found for found in kept if found is not None]
    estate = joined([part for part, _, _ in whole], policy)
    owner = Owners(work.jobs, range(len(work.jobs)))
    estate.errors.sort(key=lambda error: owner(error.path) or 0)  # in plan order, as one scan gives them
    stats = summed_stats(work, summaries, estate.counts)
    findings = [*estate.findings, *estate.whole]
    cache.put_joined(keys, [(key, moves) for _, key, moves in whole], estate.whole,
                     CheckedTree(findings, estate.errors, stats, files))
    counts = {"files_read": read_before, "files_reused": files - read_before, "parts": len(groups),
              "parts_reused": len(groups) - len(fresh),
              **({name: n for name, n in reads.counts.items() if name.startswith("classify_")} if fresh else {})}
    return TreeCheck(None, findings, [], estate.errors, stats, counts, keys[0])


def _kept_part(cache: CheckCache, request: ScanRequest, summaries: list[JobSummary], key: str
               ) -> tuple[Part, str, LineMoves | None] | None:
    """The part kept under ``key``, else the one whose jobs found what ``summaries`` say before an edit moved
    their lines, its findings placed where the lines went; with the key it is kept under and the moves; None
    when neither is kept, or a finding is on a line the edit took away."""
    found = cache.get_part(key)
    if found is not None:
        return found, key, None
    if not any(s.moved for s in summaries):
        return None
    before = part_key(request, [s.before_moves() for s in summaries])
    found = cache.get_part(before)
    if found is None:
        return None
    moves = _moves(summaries)
    try:
        return replace(found, findings=[moves.finding(f) for f in found.findings]), before, moves
    except Gone:
        return None


def _moves(summaries: Sequence[JobSummary]) -> LineMoves:
    """Where the edits since the jobs' outputs were kept moved their lines."""
    return LineMoves({path: runs for s in summaries if s.moved for path, runs in s.moved[1].runs.items()})


def _keep_parts(cache: CheckCache, request: ScanRequest, work: Plan, summaries: list[JobSummary], run: ScanRun,
                reads: ScanCache, excluded: Excluder) -> None:
    """Keep each part of a scan of the whole estate, for a later check that joins only the parts changed."""
    groups = parts(summaries)
    if groups is None or reads.persons is None or reads.estate is None:
        return
    found = split(run, work.jobs, groups, reads.persons, reads.estate, excluded)
    for group, part in zip(groups, found or (), strict=False):
        cache.put_part(part_key(request, [summaries[index] for index in group]), part)


def _kept(cache: CheckCache, keyed: tuple[str, int], request: ScanRequest, work: Plan, reads: ScanCache
          ) -> tuple[tuple[TreeCheck, list[str]] | None, list[str], list[JobSummary] | None]:
    """The check kept under ``keyed`` (the inputs' key), else the one kept under the key of what the jobs
    found (the changed jobs read through ``reads``), as a ``TreeCheck`` without suppressions whose findings
    are still in the cache, with the files they point at; and, when neither is kept, the keys to keep this
    check under and the jobs' summaries (when every job has one)."""
    key, files = keyed
    found = cache.get(key, files)
    if found is not None:
        counts = {"files_reused": found.files, "findings_reused": 1}
        return (_pending(cache, found, found.stats, counts), found.paths), [], None
    summaries = summarise(work, read_options(request), reads)
    if summaries is None:
        return None, [key], None
    outputs = output_key(request, summaries)
    found, moves = cache.get(outputs, files), None
    if found is None and any(s.moved for s in summaries):  # found before, in lines an edit has moved since
        found = cache.get(output_key(request, [s.before_moves() for s in summaries]), files)
        moves = _moves(summaries)
    if found is None:
        return None, [key, outputs], summaries
    if reads.counts["jobs_read"]:
        reads.close()  # what was read afresh is kept: the folder stays within its cap
    counts = {**reads.counts, "findings_reused": 1, "outputs_unchanged": 1, **({"lines_moved": 1} if moves else {})}
    return (_pending(cache, found, summed_stats(work, summaries, found.stats), counts, moves), found.paths), [], \
        summaries


def _pending(cache: CheckCache, kept: KeptTree, stats: dict[str, int], counts: dict[str, int],
             moves: LineMoves | None = None) -> TreeCheck:
    key, load = (kept.key, functools.partial(cache.findings, kept)) if moves is None else \
        (moved_key(kept.key, moves), functools.partial(cache.moved_findings, kept, moves))
    return TreeCheck(None, [], [], kept.errors, stats, counts, key, load)


class Excluder(Excludes):
    """The config's ``exclude`` globs, matched against root-relative paths (a folder excludes its files)."""

    def evidence(self, finding: Finding) -> bool:
        return finding.evidence is not None and self(finding.evidence.path)


def collect_suppressions(work: Plan, pointed: Iterable[str], excluded: Excluder, facts: FileFacts | None = None
                         ) -> list[Suppression]:
    """The suppression comments of every scanned text file of the plan ``work`` (and of every file in
    ``pointed``, the files findings point at); with ``facts``, a file whose stat signature is the one
    recorded is not read again."""
    files: dict[str, None] = {}
    for job in work.jobs:
        if job.reader == "database":
            continue
        for target in job.targets:
            files.update(dict.fromkeys(_files(Path(target))))
    for name in dict.fromkeys(pointed):
        posix = Path(name).as_posix()
        if posix not in files and Path(name).is_file():
            files[posix] = None
    found: list[Suppression] = []
    for name in files:
        if excluded(name) or _suffix(name).lower() in NO_COMMENTS:
            continue
        try:
            if os.stat(name).st_size > MAX_COMMENT_FILE:
                continue
            if facts is not None:
                found.extend(facts.suppressions(name, functools.partial(parse_suppressions, name)))
                continue
            with open(name, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue
        found.extend(parse_suppressions(name, text))
    return found


def _suffix(posix: str) -> str:
    """``PurePosixPath(posix).suffix``, without making the path."""
    name = posix.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _files(target: Path) -> list[str]:
    """The files of ``target`` (itself, or every file under the folder but ignored ones), as posix paths."""
    if target.is_file():
        return [target.as_posix()]
    files: list[str] = []
    for folder, dirs, names in os.walk(target):
        dirs[:] = sorted(d for d in dirs if d not in IGNORED_DIRS and not d.startswith("."))
        base = Path(folder).as_posix()
        prefix = "" if base == "." else base if base.endswith("/") else base + "/"
        files.extend(prefix + name for name in sorted(names))
    return files


@dataclass(frozen=True)
class Item:
    """A finding as reported: ``new``, or already in the baseline (with the triage people gave it)."""

    finding: Finding
    status: str
    triage: str | None = None
    note: str | None = None


@dataclass
class CheckReport:
    """Everything a formatter needs, as plain records."""

    items: list[Item]
    errors: list[ScanError]
    stats: dict[str, int]
    root: Path
    fail_on: str
    version: str
    suppressed: list[tuple[Finding, Suppression]] = field(default_factory=list)
    diff_ref: str | None = None
    baseline: str | None = None
    policy: str | None = None

    @property
    def in_baseline(self) -> list[Item]:
        return [item for item in self.items if item.status == "baseline"]

    @property
    def new(self) -> list[Item]:
        return [item for item in self.items if item.status == "new"]

    @property
    def failing(self) -> list[Item]:
        threshold = severity_rank(self.fail_on)
        return [item for item in self.new if severity_rank(item.finding.severity) >= threshold]


def _order(finding: Finding) -> tuple[str, int, str, str, str, str, str]:
    """Findings in file and line order; what else tells them apart settles the rest, so that the order never
    depends on how the findings were gathered (one scan, or parts of the estate kept apart)."""
    evidence = finding.evidence
    return (evidence.path if evidence else "", evidence.line or 0 if evidence else 0, finding.rule, finding.subject,
            finding.category or "", finding.recipient or "", finding.message)


def triaged(findings: Iterable[Finding], baseline: Baseline | None) -> list[Item]:
    """Each finding marked new or baselined, in file and line order."""
    ordered = sorted(findings, key=_order)
    entries = baseline.by_fingerprint() if baseline else {}
    if not entries:  # nothing to look up: no fingerprint is worked out
        return [Item(finding, "new") for finding in ordered]
    items = []
    for finding in ordered:
        entry = entries.get(finding.fingerprint)
        items.append(Item(finding, "baseline", entry.triage, entry.note) if entry else Item(finding, "new"))
    return items


def read_baseline(project: Project, explicit: bool) -> Baseline | None:
    """The project's baseline; a missing file is no baseline unless the user named it."""
    path = project.baseline
    if not explicit and not path.exists():
        return None
    return load_baseline(path)


def shown(path: str | Path | None, root: Path) -> str | None:
    """A path as the user should read it: relative to the root when it is inside."""
    if path is None:
        return None
    return _relative(Path(path), root) if not is_url(str(path)) else str(path)


def build_report(project: Project, tree: TreeCheck, outcome: Outcome, baseline: Baseline | None,
                 version: str, diff_ref: str | None = None) -> CheckReport:
    stats = dict(tree.stats)
    return CheckReport(
        items=triaged(outcome.findings, baseline), errors=tree.errors, stats=stats, root=project.root,
        fail_on=project.config.fail_on, version=version, diff_ref=diff_ref,
        suppressed=sorted(outcome.suppressed, key=lambda pair: _order(pair[0])),
        baseline=shown(project.baseline, project.root) if baseline is not None else None,
        policy=shown(project.request.policy, project.root))
