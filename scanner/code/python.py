"""The Python reader: every ``.py`` file of a repository at once (calls cross modules).

``read_python_files(paths, options)`` parses each file with :mod:`ast` (nothing
is imported or run), reads model classes as fields, then follows data through
each function and across the repository's own calls to the sending calls it
reaches. A file that cannot be read or parsed is a counted ``ScanError``; the
rest of the repository is still read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from catalog.model import ReadResult, ScanError
from catalog.recipients import KnowledgeBase, load_recipients
from scanner.cache.codec import CorruptEntry, PlainResult, encode_result, moved_records, placed_in
from scanner.cache.keys import file_digest
from scanner.cache.store import CacheStore
from scanner.code.callgraph import FunctionInfo, RepoIndex
from scanner.code.context import Context
from scanner.code.dataflow import FunctionAnalysis
from scanner.code.emit import Emitter
from scanner.code.incremental import reuse_previous, top_level_extra, variant_of
from scanner.code.knowledge import CodeKnowledge, load_code_knowledge
from scanner.code.memo import FunctionMemo, repository_shape
from scanner.code.models import ModelReader
from scanner.code.sinks import SinkMatcher
from scanner.code.source import SkippedFile, SourceModule, parse_module, read_source
from scanner.code.steps import Run, merge, run_step, schedule
from scanner.code.summary import Summary, SummaryStore
from scanner.code.tape import Tape
from scanner.code.trace import Previous, TraceRecorder, outcome
from scanner.collector import no_gc
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
    with no_gc():
        return _read(paths, options, recipients, store)


def _read(paths: Sequence[str], options: ReadOptions, recipients: KnowledgeBase | None,
          store: CacheStore | None) -> ReadResult:
    result = ReadResult()
    summaries = SummaryStore(store, paths) if store else None
    modules, kept = _parse_all(paths, result, summaries)
    knowledge = load_code_knowledge()
    kb = recipients if recipients is not None else load_recipients([Path(p) for p in options.recipients])
    index = RepoIndex(modules, kept)
    if summaries is not None:
        for module in modules:
            if module.path not in kept:
                summaries.put(module, index.summaries[module.path])
        summaries.save()
    model_reader = ModelReader(index, knowledge)
    result.fields.extend(model_reader.read())
    schema: dict[str, list[str]] = {}
    for info in model_reader.models.values():
        if info.db:
            schema.setdefault(info.table.lower(), [f.name for f in info.fields()])
    dialects = tuple(dict.fromkeys(d for d in (options.dialect, *knowledge.sql_dialects) if d))
    email_host = _email_host(modules, index, knowledge)

    def fresh_context() -> Context:
        return Context(index, model_reader, knowledge, SinkMatcher(kb, knowledge), Emitter(False), dialects, schema,
                       email_host=email_host)

    ctx = fresh_context()
    extra = [file_digest(Path(p)) for p in options.recipients]
    shape = repository_shape(modules, index, model_reader, ctx, extra) if store else ""

    def afresh() -> ReadResult:
        return _analysed(store, shape, modules, index, fresh_context)

    output = _reused(store, shape, modules, index, fresh_context, afresh) if store else None
    return _with_output(result, output if output is not None else afresh(), len(model_reader.models), afresh)


def _with_output(result: ReadResult, output: ReadResult, models: int, afresh: Callable[[], ReadResult]) -> ReadResult:
    """The job's result: what was read before the analysis (model fields, files not read), then the analysis's
    output and counts. A recorded output still undecoded stays so (``PlainResult``), with the job's result made
    from ``afresh()`` as what replaces it should it turn out not to decode."""
    stats = {**result.stats, **{f"python_{name}": count for name, count in output.stats.items()},
             "python_models": models}
    if isinstance(output, PlainResult) and output.records is not None:
        before = encode_result(ReadResult(result.fields, nodes=result.nodes, edges=result.edges))
        moves = output.moves
        if moves is not None and placed_in(before, moves.runs):
            try:  # the models' places are current: the output's alone are moved, now
                output.records, output.moves, moves = moved_records(output.records, moves), None, None
            except (ValueError, KeyError, TypeError, IndexError):
                return _with_output(result, afresh(), models, afresh)
        records = {name: before[name] + output.records[name] for name in ("fields", "nodes", "edges")}
        joined = PlainResult(records, lambda: _with_output(result, afresh(), models, afresh),
                             [*result.errors, *output.errors], dict(result.profiles), stats)
        joined.moves = moves
        return joined
    result.fields.extend(output.fields)
    result.nodes.extend(output.nodes)
    result.edges.extend(output.edges)
    result.errors.extend(output.errors)
    result.stats = stats
    return result


def _reused(store: CacheStore, shape: str, modules: Sequence[SourceModule], index: RepoIndex,
            fresh_context: Callable[[], Context], afresh: Callable[[], ReadResult]) -> ReadResult | None:
    """The last analysis's output, when the modules edited since did to the shared facts what they did then
    (``afresh``: the analysis, should the recorded output turn out not to decode)."""
    try:
        previous = Previous(store, shape, index)
    except (KeyError, TypeError, ValueError):
        return None
    memo = FunctionMemo(store, shape)
    reused = reuse_previous(previous, modules, index, fresh_context, memo, afresh)
    if reused is None:
        return None
    if any(previous.digests[m.path] != m.digest for m in modules):
        changed = []
        for module, step, variant in reused.runs:
            if step[1] is not None:
                memo.record(index.functions[step[1]], variant)  # kept to merge its output after a later edit
            stats = [list(item) for item in variant[3]]
            if variant[7] != step[6] or stats != step[5]:
                changed.append((module.path, step[1], variant[7], variant[2], stats))
        memo.save()
        if changed:  # with moved lines, the outputs recorded in the earlier lines stay
            edited = set(reused.edited)
            previous.keep_outputs(changed, None if reused.moves else reused.output,
                                  {m.path: m.lines for m in modules if m.path in edited}, reused.recorded)
        previous.save(previous.updated({m.path: m.digest for m in modules}, reused.output.stats, reused.first,
                                       reused.edited))
    return reused.output


def _analysed(store: CacheStore | None, shape: str, modules: Sequence[SourceModule], index: RepoIndex,
              fresh_context: Callable[[], Context]) -> ReadResult:
    """Analyse the repository (replaying recorded function runs where their facts are the same) and keep its
    trace; the output emitted, the warnings and the stats."""
    ctx = fresh_context()
    memo = FunctionMemo(store, shape) if store else None
    trace = TraceRecorder() if store else None
    ctx.history = {} if store else None
    try:
        _analyse(ctx, modules, memo, trace)
    except CorruptEntry:  # a recorded run's output turned out malformed when merged: drop them, analyse afresh
        assert memo is not None and store is not None
        memo.discard()
        ctx, memo, trace = fresh_context(), FunctionMemo(store, shape), TraceRecorder()
        ctx.history = {}
        _analyse(ctx, modules, memo, trace)
    output = ReadResult(fields=list(ctx.emitter.fields.values()), errors=ctx.errors, stats=dict(ctx.stats),
                        nodes=list(ctx.emitter.nodes.values()), edges=list(ctx.emitter.edges.values()))
    if memo is not None and trace is not None and store is not None and ctx.history is not None:
        memo.save()
        trace.save(store, shape, modules, index, ctx.history, output)
    return output


def _parse_all(paths: Sequence[str], result: ReadResult, summaries: SummaryStore | None
               ) -> tuple[list[SourceModule], dict[str, Summary]]:
    """The modules at ``paths``, and the summaries kept for their texts (a module with one is parsed only when
    its tree is needed)."""
    modules: list[SourceModule] = []
    kept: dict[str, Summary] = {}
    packages: dict[Path, bool] = {}  # whether each folder holds an ``__init__.py``
    stats = result.stats
    for path in paths:
        try:
            text = read_source(path)
            module = _kept(path, text, summaries, kept, packages)
            modules.append(module if module is not None else parse_module(path, text, packages=packages))
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
    return modules, kept


def _kept(path: str, text: str, summaries: SummaryStore | None, kept: dict[str, Summary],
          packages: dict[Path, bool]) -> SourceModule | None:
    """The module at ``path``, not parsed, when a summary of its text is kept."""
    if summaries is None:
        return None
    module = parse_module(path, text, imports={}, packages=packages)  # not parsed: the summary gives its imports
    summary = summaries.get(module)
    if summary is None:
        return None
    module.imports = dict(summary.imports)
    kept[path] = summary
    return module


def _analyse(ctx: Context, modules: Sequence[SourceModule], memo: FunctionMemo | None = None,
             trace: TraceRecorder | None = None) -> None:
    """Rounds over every module and function until parameter types and return values settle.

    Each round emits afresh; the last round's output is kept. Facts only grow, and
    what callers pass to parameters is read from the round before, so this
    settles; ``MAX_ROUNDS`` bounds it on repositories with long call chains. After
    the first round a function runs again only when a fact it read has changed
    (a callee's return, its parameters' callers, a global, a class attribute);
    otherwise its last output is reused. With a ``memo``, a function that runs again may be replayed from
    an earlier scan's run that read the same facts. A ``trace`` records every step that ran.
    """
    functions = schedule(ctx.index)
    last: dict[str, Run] = {}
    runs: list[Run] = []
    keys: list[tuple[str, str | None]] = []
    for round_no in range(MAX_ROUNDS):
        before = ctx.version
        ctx.changed_before = ctx.changed | {("params", q) for q in ctx.params.next_round()}
        ctx.changed = set()
        runs, keys = [], []
        for module in modules:
            runs.append(_top_level(ctx, module, round_no, trace))
            keys.append((module.path, None))
        ctx.forget_digests()
        for func in functions:
            keys.append((func.module.path, func.qualname))
            old = last.get(func.qualname)
            if REUSE and old is not None and old.deps.isdisjoint(ctx.changed_before) \
                    and old.deps.isdisjoint(ctx.changed):
                ctx.params.replay(old.observations)
                runs.append(old)
                continue
            run = last[func.qualname] = _function(ctx, func, round_no, memo, trace)
            runs.append(run)
        if ctx.version == before and ctx.params.seen == ctx.params.known:
            break
    ctx.emitter = merge([run.emitter for run in runs])  # only the last round's output is kept
    ctx.stats = sum((run.stats for run in runs), Counter())
    if trace is not None:
        trace.finish(keys, [run.stats for run in runs])


def _top_level(ctx: Context, module: SourceModule, round_no: int, trace: TraceRecorder | None) -> Run:
    if trace is None:
        return run_step(ctx, FunctionAnalysis(ctx, module, None), module.path, 1)
    ctx.forget_digests()  # the top levels run so far changed their globals without ``learn``
    tape, ctx.marks = Tape(), []
    run = run_step(ctx, FunctionAnalysis(ctx, module, None), module.path, 1, tape)
    variant = variant_of(run, tape)
    trace.step(module.path, round_no, None, variant[0], outcome(variant, top_level_extra(ctx, module)), variant[2])
    ctx.marks = None
    return run


def _function(ctx: Context, func: FunctionInfo, round_no: int, memo: FunctionMemo | None,
              trace: TraceRecorder | None) -> Run:
    reused = memo.reuse(ctx, func) if memo is not None else None
    if reused is not None:
        emitted, stats, observations, deps, variant = reused
        if trace is not None:
            trace.step(func.module.path, round_no, func.qualname, variant[0], outcome(variant))
        return Run(emitted, stats, observations, deps)
    tape = Tape() if memo is not None else None
    run = run_step(ctx, FunctionAnalysis(ctx, func.module, func), func.module.path, func.lineno, tape)
    if memo is not None and tape is not None:
        variant = variant_of(run, tape)
        memo.record(func, variant)
        if trace is not None:
            trace.step(func.module.path, round_no, func.qualname, variant[0], outcome(variant))
    return run


def _email_host(modules: Sequence[SourceModule], index: RepoIndex, knowledge: CodeKnowledge) -> str | None:
    """The SMTP host a settings module configures (``EMAIL_HOST = "smtp.sendgrid.net"``), if any."""
    for module in modules:
        for names, value in index.summaries[module.path].settings:
            if any(name in knowledge.email_settings for name in names):
                return value
    return None
