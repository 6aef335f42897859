"""Reuse the last full analysis when the edited modules did exactly what they did before.

The analysis is a fixed schedule of steps (each round: every module's top level,
then the functions that must run again), each a pure function of its code, the
repository's shape and the facts it reads. With the same shape and every other
module's code the same, the new schedule equals the recorded one up to the first
step of an edited module; if that step, run on the facts it read then (restored
from the trace), reads nothing else and does exactly the same (same effects,
observations, dependencies, output), the state after it is the recorded one
again, and so on to the end: the output is the recorded output. Only the stats
of an edited last-round step may differ; they are summed again in the same order.

Anything else (a changed shape or decorator, a step that reads or does something
new, a missing or foreign trace) returns None and the repository is analysed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from catalog.model import ReadResult
from scanner.cache.codec import CorruptEntry
from scanner.code.callgraph import RepoIndex
from scanner.code.context import Context
from scanner.code.dataflow import FunctionAnalysis
from scanner.code.emit import Emitter
from scanner.code.memo import as_variant, plain_emitter
from scanner.code.params import NONE
from scanner.code.source import SourceModule
from scanner.code.steps import Run, run_step
from scanner.code.tape import Tape, value_of
from scanner.code.trace import Previous, Step, interfaces, outcome

#: at most this share of the modules edited (more: analysing afresh is as quick)
MAX_EDITED = 0.05
_FOREIGN = (KeyError, TypeError, ValueError, IndexError, AttributeError)


def reuse_previous(previous: Previous, modules: Sequence[SourceModule], index: RepoIndex,
                   fresh_context: Callable[[], Context]) -> tuple[ReadResult, dict[str, int]] | None:
    """The recorded output (emitted items, warnings, stats) and the stats' first positions, when every edited
    module did what it did before; else None."""
    digests = {m.path: m.digest for m in modules}
    if digests.keys() != previous.digests.keys():
        return None
    edited = [m for m in modules if digests[m.path] != previous.digests[m.path]]
    if len(edited) > max(1, int(len(modules) * MAX_EDITED)):
        return None
    faces = interfaces(index, edited)
    try:
        if any(faces[m.path] != previous.faces[m.path] for m in edited):
            return None
        changes: list[tuple[int, dict[str, int], Counter[str]]] = []
        for module in edited:
            for step in previous.steps(module.path):
                stats = _same_step(step, module, index, fresh_context, previous)
                if stats is None:
                    return None
                if step[4] >= 0:
                    changes.append((int(step[4]), {str(k): int(v) for k, v in step[5]}, stats))
        output = previous.output()
    except (*_FOREIGN, CorruptEntry):
        return None
    summed = _resummed(output.stats, previous.first, changes)
    if summed is None:
        return None
    output.stats, first = summed
    return output, first


def _same_step(step: Step, module: SourceModule, index: RepoIndex, fresh_context: Callable[[], Context],
               previous: Previous) -> Counter[str] | None:
    """The stats of the edited ``module``'s recorded ``step`` run again on the facts it read, when it reads
    no other fact and does exactly what it did; else None."""
    _, qualname, reads, digest, _, _ = step
    ctx = fresh_context()
    recorded = {(str(kind), str(owner)): str(value) for kind, owner, value in reads}
    for (kind, owner), value in recorded.items():
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
        run = run_step(ctx, FunctionAnalysis(ctx, module, func), module.path, func.node.lineno, tape)
        extra = None
    if any(recorded.get(fact) != value for fact, value in tape.reads.items()):
        return None
    if outcome(variant_of(run, tape), extra) != digest:
        return None
    return run.stats


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
        ctx.params.unresolved.add(info.node.name)  # reached by a call on an object of unknown class


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
