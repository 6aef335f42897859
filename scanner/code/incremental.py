"""Reuse the last full analysis when the edited modules did exactly what they did before.

The analysis is a fixed schedule of steps (each round: every module's top level,
then the functions that must run again), each a pure function of its code, the
repository's shape and the facts it reads. With the same shape and every other
module's code the same, the new schedule equals the recorded one up to the first
step of an edited module; if that step, run on the facts it read then (restored
from the trace), reads nothing else and does exactly the same (same effects,
observations, dependencies, output), the state after it is the recorded one
again, and so on to the end: the output is the recorded output. Only the output
and stats of an edited last-round step may differ: the last round's outputs are
then merged again in order (the others as recorded: a top level's in the trace,
a function's in the memo) and the stats summed again in the same order.

A function's line is not part of the shape, nor of any node id (a call is placed
from its function's ``def``): a step reads it as a fact ("pos") where its output
places something at it (a parameter's node of another function). An edit that moves an edited module's lines
also runs again every other module's step that read a line that moved, on the
facts it read; like the edited module's steps, it must do to the shared facts
what it did, and only its output may differ. When every output that differs is
the recorded one with its places moved where a diff of the edited modules'
recorded and current lines puts them (``catalog.moves``), the recorded output
is reused with its places moved and nothing is merged; the trace keeps its
outputs in the earlier lines. The steps of a module edited since
the analysis are checked on every later reuse (the trace keeps what they read
then, not what they read now).

Anything else (a changed shape or decorator, a step that reads or does something
new, a recorded output not kept, a missing or foreign trace) returns None and the
repository is analysed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from catalog.model import ReadResult
from catalog.moves import Gone, LineMoves, line_digests
from scanner.cache.codec import CorruptEntry, PlainResult, moved_emitted
from scanner.code.callgraph import RepoIndex
from scanner.code.context import Context
from scanner.code.dataflow import FunctionAnalysis
from scanner.code.emit import Emitter
from scanner.code.memo import FunctionMemo, RecordedOutput, as_variant, plain_emitter
from scanner.code.params import NONE
from scanner.code.source import SourceModule
from scanner.code.steps import Run, merge, run_step, schedule
from scanner.code.tape import Tape, digest_of, value_of
from scanner.code.trace import Previous, Step, interfaces, outcome

#: at most this share of the modules edited (more: analysing afresh is as quick)
MAX_EDITED = 0.05
#: at most this many modules edited since the analysis, or that share (their steps run on every later reuse)
MAX_SINCE = 16
_FOREIGN = (KeyError, TypeError, ValueError, IndexError, AttributeError)


@dataclass
class Reused:
    """The recorded output, with the edited modules' outputs merged in if they changed, and what to keep."""

    output: ReadResult
    first: dict[str, int]  # where the stats' names are first counted
    edited: list[str]  # the modules edited since the analysis
    runs: list[tuple[SourceModule, Step, list[Any]]] = field(default_factory=list)  # last-round steps run again
    #: where the edited modules' lines went, when their steps did what they did but placed it in moved lines
    moves: LineMoves | None = None
    #: with ``moves``, the recorded outputs (in the earlier lines) of the steps whose output moved, by path and
    #: qualname: a function's stays in the trace, its module's runs in the memo being replaced
    recorded: dict[tuple[str, str | None], list[Any]] = field(default_factory=dict)


def reuse_previous(previous: Previous, modules: Sequence[SourceModule], index: RepoIndex,
                   fresh_context: Callable[[], Context], memo: FunctionMemo,
                   afresh: Callable[[], ReadResult] | None = None) -> Reused | None:
    """The recorded output when every edited module did to the shared facts what it did before (its output
    merged afresh with the other steps' recorded outputs if it changed); else None. With ``afresh`` (the
    output of an analysis), a recorded output reused as it is stays undecoded until read."""
    digests = {m.path: m.digest for m in modules}
    if digests.keys() != previous.digests.keys():
        return None
    if sum(digests[m.path] != previous.digests[m.path] for m in modules) > max(1, int(len(modules) * MAX_EDITED)):
        return None
    since = set(previous.since)  # their steps are checked again: what they read now may differ from the trace
    edited = [m for m in modules if digests[m.path] != previous.digests[m.path] or m.path in since]
    if len(edited) > max(MAX_SINCE, int(len(modules) * MAX_EDITED)):
        return None
    faces = interfaces(index, edited)
    try:
        if any(faces[m.path] != previous.faces[m.path] for m in edited):
            return None
        changes: list[tuple[int, dict[str, int], Counter[str]]] = []
        runs: list[tuple[SourceModule, Step, list[Any]]] = []
        outputs: dict[tuple[str, str | None], Emitter] = {}
        for module, step in _to_check(previous, modules, edited, index):
            checked = _same_step(step, module, index, fresh_context, previous)
            if checked is None:
                return None
            run, variant = checked
            if step[4] >= 0:
                changes.append((int(step[4]), {str(k): int(v) for k, v in step[5]}, run.stats))
                runs.append((module, step, variant))
                outputs[(module.path, step[1])] = run.emitter  # type: ignore[assignment]
        again = any(variant[7] != step[6] for _, step, variant in runs)  # the outputs are merged again
        recorded: dict[tuple[str, str | None], list[Any]] = {}
        moves = _moves(previous, modules, edited, runs, index, memo, recorded) if again else None
        if moves is not None:
            again = False
        # the recorded output is decoded only now that it is reused
        reused = Reused(previous.output(records=not again, fallback=None if again else afresh), {},
                        [m.path for m in edited], runs, moves, recorded)
        if moves is not None and isinstance(reused.output, PlainResult):  # read with a fallback: still plain
            reused.output.moves = moves
        if again:
            merged = _merged(previous, modules, index, memo, outputs)
            if merged is None:
                return None
            output = reused.output
            output.fields, output.nodes, output.edges = [*merged.fields.values()], [*merged.nodes.values()], \
                [*merged.edges.values()]
    except (*_FOREIGN, CorruptEntry):
        return None
    summed = _resummed(reused.output.stats, previous.first, changes)
    if summed is None:
        return None
    reused.output.stats, reused.first = summed
    return reused


def _moves(previous: Previous, modules: Sequence[SourceModule], edited: Sequence[SourceModule],
           runs: Sequence[tuple[SourceModule, Step, list[Any]]], index: RepoIndex, memo: FunctionMemo,
           recorded: dict[tuple[str, str | None], list[Any]]) -> LineMoves | None:
    """Where the edited modules' lines went since the recorded analysis, when every step run again emitted what
    it emitted then, placed where those lines are now (the output is then the recorded one, moved), and every
    recorded line of their functions that a step read is where the moves put it; else None. The recorded
    outputs compared go to ``recorded``."""
    texts = {}
    for module in edited:
        before = previous.lines(module.path)
        if before is None:
            return None
        texts[module.path] = (before, line_digests(module.lines))
    moves = LineMoves.between(texts)
    if not moves or not _lines_read_agree(previous, modules, edited, index, moves):
        return None
    for module, step, variant in runs:
        if variant[7] == step[6]:
            continue
        plain = step[7]  # a top level's, or a function's kept when its lines moved before
        if plain is None and step[1] is not None:
            func = index.functions.get(step[1])
            plain = memo.plain_output(func, step[6]) if func is not None else None
        try:
            if plain is None or digest_of(moved_emitted(plain, moves)) != variant[7]:
                return None
        except (Gone, *_FOREIGN):
            return None
        recorded[(module.path, step[1])] = plain
    return moves


def _lines_read_agree(previous: Previous, modules: Sequence[SourceModule], edited: Sequence[SourceModule],
                      index: RepoIndex, moves: LineMoves) -> bool:
    """Whether each line of an edited module's function that a step read (its output placing something there)
    is, moved, the function's line now: steps that read a line that did not move are not run again, and their
    output is moved with the rest."""
    paths = {m.path for m in edited}
    readers = paths | {path for m in edited for path in previous.readers.get(m.path, ())}
    try:
        for module in modules:
            if module.path not in readers:
                continue
            for step in previous.steps(module.path):
                for kind, owner, value in step[2]:
                    func = index.functions.get(owner) if kind == "pos" else None
                    if func is not None and func.module.path in paths \
                            and moves.line(func.module.path, int(value)) != func.lineno:
                        return False
    except Gone:
        return False
    return True


def _to_check(previous: Previous, modules: Sequence[SourceModule], edited: Sequence[SourceModule],
              index: RepoIndex) -> list[tuple[SourceModule, Step]]:
    """The recorded steps to run again: every step of an edited module, and every other module's step that read
    the line of a function that is no longer there (its output places something at it)."""
    found = [(module, step) for module in edited for step in previous.steps(module.path)]
    paths = {m.path for m in edited}
    readers = {path for m in edited for path in previous.readers.get(m.path, ())} - paths
    for module in modules:
        if module.path in readers:
            found += [(module, step) for step in previous.steps(module.path) if _moved(step, index, paths)]
    return found


def _moved(step: Step, index: RepoIndex, paths: set[str]) -> bool:
    """Whether ``step`` read the line of a function of a module at ``paths`` that now has another line."""
    for kind, owner, value in step[2]:
        if kind == "pos":
            func = index.functions.get(owner)
            if func is None or func.module.path in paths and str(func.lineno) != value:
                return True
    return False


def _merged(previous: Previous, modules: Sequence[SourceModule], index: RepoIndex, memo: FunctionMemo,
            outputs: dict[tuple[str, str | None], Emitter]) -> Emitter | None:
    """The last round's outputs merged in order: the edited steps' ``outputs``, the others' as recorded (a top
    level's in the trace, a function's in the memo, found by its digest); None when one is not kept."""
    emitters: list[Emitter | RecordedOutput] = []
    for module in modules:
        found = outputs.get((module.path, None))
        emitters.append(found if found is not None else RecordedOutput(previous.finals(module.path)[None][7]))
    for func in schedule(index):
        found = outputs.get((func.module.path, func.qualname))
        recorded = memo.output(func, previous.finals(func.module.path)[func.qualname][6]) if found is None else None
        if found is None and recorded is None:
            return None
        emitters.append(found if found is not None else recorded)  # type: ignore[arg-type]
    return merge(emitters)


def _same_step(step: Step, module: SourceModule, index: RepoIndex, fresh_context: Callable[[], Context],
               previous: Previous) -> tuple[Run, list[Any]] | None:
    """The edited ``module``'s recorded ``step`` run again on the facts it read, with its variant, when it reads
    no other fact and does to the shared facts exactly what it did; else None."""
    qualname, reads, digest = step[1], step[2], step[3]
    ctx = fresh_context()
    recorded = {(str(kind), str(owner)): str(value) for kind, owner, value in reads}
    for (kind, owner), value in recorded.items():
        if kind != "pos":  # a line is the index's, as it is now
            _restore(ctx, previous, kind, owner, value)
    tape = Tape()
    if qualname is None:
        ctx.marks = []
        run = run_step(ctx, FunctionAnalysis(ctx, module, None), module.path, 1, tape)
        extra: object = top_level_extra(ctx, module)
    else:
        func = index.functions.get(qualname)
        if func is None or func.module is not module:
            return None
        run = run_step(ctx, FunctionAnalysis(ctx, module, func), module.path, func.lineno, tape)
        extra = None
    if any(recorded.get(fact) != value for fact, value in tape.reads.items() if fact[0] != "pos"):
        return None
    variant = variant_of(run, tape)
    if outcome(variant, extra)[0] != digest:
        return None
    return run, variant


def variant_of(run: Run, tape: Tape) -> list[Any]:
    """A fresh run as ``memo.as_variant`` keeps it."""
    assert isinstance(run.emitter, Emitter)
    return as_variant(tape, plain_emitter(run.emitter), run.stats, run.observations, run.deps)


def top_level_extra(ctx: Context, module: SourceModule) -> list[object]:
    """What a module's top level did that its effects do not say: whether it changed its own globals, and to what."""
    assert ctx.marks is not None
    return [("glob", module.name) in ctx.marks, ctx.fresh_digest("glob", module.name)]


def _restore(ctx: Context, previous: Previous, kind: str, owner: str, digest: str) -> None:
    """Give ``ctx`` the value the fact had when its digest was ``digest``."""
    if kind in ("opaque", "generated"):
        if digest == "1":
            (ctx.params.opaque if kind == "opaque" else ctx.params.generated).add(owner)
        return
    data = previous.value(kind, owner, digest)
    if kind == "ret":
        if data is not None:
            ctx.returns[owner] = value_of(data)
    elif kind == "params":
        _restore_params(ctx, owner, data)
    else:
        table = ctx.param_types if kind == "ptype" else ctx.class_attrs if kind == "cls" else ctx.globals
        if kind not in ("ptype", "cls", "glob"):
            raise ValueError(f"unknown fact {kind}")
        table[owner] = {str(name): value_of(item) for name, item in data}


def _restore_params(ctx: Context, function: str, data: Any) -> None:
    entry, called, escaped, states = data
    info = ctx.index.functions[function]
    if called:
        ctx.params.known[(function, None)] = NONE
    for name, state in zip(info.params, states, strict=True):
        if state is not None:
            ctx.params.known[(function, name)] = str(state)
    if escaped:
        ctx.params.escaped.add(function)
    if entry and not ctx.is_entry(info) and info.cls is not None:
        ctx.params.unresolved.add(info.name)  # reached by a call on an object of unknown class


def _resummed(total: dict[str, int], first: dict[str, int], changes: list[tuple[int, dict[str, int], Counter[str]]]
              ) -> tuple[dict[str, int], dict[str, int]] | None:
    """The last round's stats summed as ``Counter`` sums them (each name where a step first counts it) after the
    steps at the positions of ``changes`` counted anew; None when a name's first step no longer counts it."""
    counts, starts = dict(total), dict(first)
    ranks = {name: rank for rank, name in enumerate(total)}
    changed: dict[int, Counter[str]] = {}
    for position, old, new in changes:
        changed[position] = new
        for name in old.keys() | new.keys():
            counts[name] = counts.get(name, 0) - old.get(name, 0) + new.get(name, 0)
    for name, count in list(counts.items()):
        start = starts.get(name)
        if count <= 0:
            del counts[name]
            starts.pop(name, None)
            continue
        if start in changed and name not in changed[start]:
            return None  # the next step counting it is not known
        counts_here = [position for position, new in changed.items() if name in new]
        if counts_here:
            starts[name] = min([*counts_here, *([start] if start is not None else [])])
    for position, new in changed.items():
        for rank, name in enumerate(new):
            if starts.get(name) == position:
                ranks[name] = rank
    order = sorted(counts, key=lambda name: (starts[name], ranks[name]))
    return {name: counts[name] for name in order}, starts
