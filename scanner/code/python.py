"""The Python reader: every ``.py`` file of a repository at once (calls cross modules).

``read_python_files(paths, options)`` parses each file with :mod:`ast` (nothing
is imported or run), reads model classes as fields, then follows data through
each function and across the repository's own calls to the sending calls it
reaches. A file that cannot be read or parsed is a counted ``ScanError``; the
rest of the repository is still read.
"""

from __future__ import annotations

import ast
import gc
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from catalog.model import ReadResult, ScanError
from catalog.recipients import KnowledgeBase, load_recipients
from scanner.cache.codec import CorruptEntry
from scanner.cache.keys import file_digest
from scanner.cache.store import CacheStore
from scanner.code.callgraph import RepoIndex
from scanner.code.context import Context
from scanner.code.dataflow import FunctionAnalysis
from scanner.code.emit import Emitter
from scanner.code.knowledge import CodeKnowledge, load_code_knowledge
from scanner.code.memo import FunctionMemo, RecordedOutput, repository_shape
from scanner.code.models import ModelReader
from scanner.code.sinks import SinkMatcher
from scanner.code.source import SkippedFile, SourceModule, parse_module, read_source
from scanner.code.tape import Tape
from scanner.options import ReadOptions

#: passes over the repository at most (each learns parameter types and return values)
MAX_ROUNDS = 4
#: reuse a function's last output when nothing it read has changed (False: run every function every round)
REUSE = True


def read_python_files(paths: Sequence[str], options: ReadOptions,
                      recipients: KnowledgeBase | None = None, store: CacheStore | None = None) -> ReadResult:
    """Fields, lineage nodes and edges of the Python files ``paths``.

    With a cache ``store``, each function's runs are kept, and a later read reuses a run whose module and
    every fact it read are unchanged instead of analysing the function again (the result is the same).
    The cyclic garbage collector is paused while reading: the syntax trees are
    millions of long-lived objects it would otherwise rescan again and again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read(paths, options, recipients, store)
    finally:
        if enabled:
            gc.enable()


def _read(paths: Sequence[str], options: ReadOptions, recipients: KnowledgeBase | None,
          store: CacheStore | None) -> ReadResult:
    result = ReadResult()
    modules = _parse_all(paths, result)
    knowledge = load_code_knowledge()
    kb = recipients if recipients is not None else load_recipients([Path(p) for p in options.recipients])
    index = RepoIndex(modules)
    model_reader = ModelReader(index, knowledge)
    result.fields.extend(model_reader.read())
    schema: dict[str, list[str]] = {}
    for info in model_reader.models.values():
        if info.db:
            schema.setdefault(info.table.lower(), [f.name for f in info.fields()])
    dialects = tuple(dict.fromkeys(d for d in (options.dialect, *knowledge.sql_dialects) if d))
    email_host = _email_host(modules, knowledge)

    def fresh_context() -> Context:
        return Context(index, model_reader, knowledge, SinkMatcher(kb, knowledge), Emitter(False), dialects, schema,
                       email_host=email_host)

    ctx = fresh_context()
    extra = [file_digest(Path(p)) for p in options.recipients]
    shape = repository_shape(modules, index, model_reader, ctx, extra) if store else ""
    memo = FunctionMemo(store, shape) if store else None
    try:
        _analyse(ctx, modules, memo)
    except CorruptEntry:  # a recorded run's output turned out malformed when merged: drop them, analyse afresh
        assert memo is not None and store is not None
        memo.discard()
        ctx, memo = fresh_context(), FunctionMemo(store, shape)
        _analyse(ctx, modules, memo)
    if memo is not None:
        memo.save()
    result.fields.extend(ctx.emitter.fields.values())
    result.nodes.extend(ctx.emitter.nodes.values())
    result.edges.extend(ctx.emitter.edges.values())
    result.errors.extend(ctx.errors)
    result.stats.update({f"python_{name}": count for name, count in ctx.stats.items()})
    result.stats["python_models"] = len(model_reader.models)
    return result


def _parse_all(paths: Sequence[str], result: ReadResult) -> list[SourceModule]:
    modules: list[SourceModule] = []
    stats = result.stats
    for path in paths:
        try:
            text = read_source(path)
            modules.append(parse_module(path, text))
        except SkippedFile as skipped:
            result.errors.append(ScanError(path, skipped.line, skipped.reason))
            key = "python_files_skipped" if skipped.kind == "skipped" else "python_files_failed"
            stats[key] = stats.get(key, 0) + 1
            continue
        except OSError as error:
            result.errors.append(ScanError(path, None, error.strerror or str(error)))
            stats["python_files_failed"] = stats.get("python_files_failed", 0) + 1
            continue
        stats["python_files_read"] = stats.get("python_files_read", 0) + 1
        stats["python_lines"] = stats.get("python_lines", 0) + len(modules[-1].lines)
    return modules


@dataclass
class _Run:
    """What one function's analysis produced and read, kept to be reused when its inputs stay the same."""

    emitter: Emitter | RecordedOutput
    stats: Counter[str]
    observations: list[tuple[tuple[str, str | None], str]]
    deps: set[tuple[str, str]]


def _analyse(ctx: Context, modules: Sequence[SourceModule], memo: FunctionMemo | None = None) -> None:
    """Rounds over every module and function until parameter types and return values settle.

    Each round emits afresh; the last round's output is kept. Facts only grow, and
    what callers pass to parameters is read from the round before, so this
    settles; ``MAX_ROUNDS`` bounds it on repositories with long call chains. After
    the first round a function runs again only when a fact it read has changed
    (a callee's return, its parameters' callers, a global, a class attribute);
    otherwise its last output is reused. With a ``memo``, a function that runs again may be replayed from
    an earlier scan's run that read the same facts.
    """
    functions = sorted(ctx.index.functions.values(), key=lambda f: (f.node.name != "__init__", f.qualname))
    last: dict[str, _Run] = {}
    runs: list[_Run] = []
    for _ in range(MAX_ROUNDS):
        before = ctx.version
        ctx.changed_before = ctx.changed | {("params", q) for q in ctx.params.next_round()}
        ctx.changed = set()
        runs = []
        for module in modules:
            runs.append(_record(ctx, FunctionAnalysis(ctx, module, None), module.path, 1))
        ctx.forget_digests()
        for func in functions:
            old = last.get(func.qualname)
            if REUSE and old is not None and old.deps.isdisjoint(ctx.changed_before) \
                    and old.deps.isdisjoint(ctx.changed):
                ctx.params.replay(old.observations)
                runs.append(old)
                continue
            reused = memo.reuse(ctx, func) if memo is not None else None
            if reused is not None:
                run = _Run(*reused)
            else:
                tape = Tape() if memo is not None else None
                run = _record(ctx, FunctionAnalysis(ctx, func.module, func), func.module.path, func.node.lineno,
                              tape)
                if memo is not None and tape is not None and isinstance(run.emitter, Emitter):
                    memo.record(func, tape, run.emitter, run.stats, run.observations, run.deps)
            last[func.qualname] = run
            runs.append(run)
        if ctx.version == before and ctx.params.seen == ctx.params.known:
            break
    ctx.emitter = _merge(runs)  # only the last round's output is kept
    ctx.stats = sum((run.stats for run in runs), Counter())


def _record(ctx: Context, analysis: FunctionAnalysis, path: str, line: int, tape: Tape | None = None) -> _Run:
    emitter = Emitter(True)
    run = _Run(emitter, Counter(), [], set())
    ctx.emitter, ctx.stats, ctx.params.log, ctx.deps = emitter, run.stats, run.observations, run.deps
    ctx.tape = ctx.params.probe = tape
    try:
        _run(ctx, analysis, path, line)
    finally:
        ctx.params.log, ctx.deps = None, None
        ctx.tape = ctx.params.probe = None
    return run


def _merge(runs: Sequence[_Run]) -> Emitter:
    """One emitter holding every run's output (the first run to emit a key wins); a pending field is kept
    when some run's edge uses it. Recorded outputs are decoded only for what is kept."""
    merged = Emitter(True)
    pending: dict[str, Emitter | RecordedOutput] = {}  # the first run holding each pending field
    for run in runs:
        emitter = run.emitter
        if isinstance(emitter, RecordedOutput):
            emitter.merge_into(merged)
            for key in emitter.pending_keys():
                pending.setdefault(key, emitter)
            continue
        for key, item in emitter.nodes.items():
            merged.nodes.setdefault(key, item)
        for edge_key, edge in emitter.edges.items():
            merged.edges.setdefault(edge_key, edge)
        for key, found in emitter.fields.items():
            merged.fields.setdefault(key, found)
        for key in emitter.pending:
            pending.setdefault(key, emitter)
    ends = {end for edge in merged.edges.values() for end in (edge.source, edge.target)}
    for key, holder in pending.items():
        if key in ends and key not in merged.fields:
            merged.fields[key] = holder.pending_field(key) if isinstance(holder, RecordedOutput) \
                else holder.pending[key]
    return merged


def _run(ctx: Context, analysis: FunctionAnalysis, path: str, line: int) -> None:
    try:
        analysis.run()
    except RecursionError:
        ctx.warn(path, line, "expression nesting too deep to follow; this function is skipped")
        ctx.stats["functions_too_deep"] += 1
    finally:
        analysis.close()


def _email_host(modules: Sequence[SourceModule], knowledge: CodeKnowledge) -> str | None:
    """The SMTP host a settings module configures (``EMAIL_HOST = "smtp.sendgrid.net"``), if any."""
    for module in modules:
        for stmt in module.tree.body:
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) \
                    and isinstance(stmt.value.value, str):
                for target in stmt.targets:
                    if isinstance(target, ast.Name) and target.id in knowledge.email_settings:
                        return stmt.value.value
    return None
