"""One step of the analysis: a module's top level or one function, run once, with what it produced and read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from scanner.code.callgraph import FunctionInfo, RepoIndex
from scanner.code.context import Context
from scanner.code.dataflow import FunctionAnalysis
from scanner.code.emit import Emitter
from scanner.code.memo import RecordedOutput
from scanner.code.tape import Tape


@dataclass
class Run:
    """What one step produced and read, kept to be reused when its inputs stay the same."""

    emitter: Emitter | RecordedOutput
    stats: Counter[str]
    observations: list[tuple[tuple[str, str | None], str]]
    deps: set[tuple[str, str]]


def run_step(ctx: Context, analysis: FunctionAnalysis, path: str, line: int, tape: Tape | None = None) -> Run:
    """Run ``analysis`` into a fresh emitter, collecting its stats, observations and the facts it read."""
    emitter = Emitter(True)
    run = Run(emitter, Counter(), [], set())
    ctx.emitter, ctx.stats, ctx.params.log, ctx.deps = emitter, run.stats, run.observations, run.deps
    ctx.tape = ctx.params.probe = tape
    try:
        analysis.run()
    except RecursionError:
        ctx.warn(path, line, "expression nesting too deep to follow; this function is skipped")
        ctx.stats["functions_too_deep"] += 1
    finally:
        analysis.close()
        ctx.params.log, ctx.deps = None, None
        ctx.tape = ctx.params.probe = None
    return run


def schedule(index: RepoIndex) -> list[FunctionInfo]:
    """The functions in the order each round runs them (``__init__`` methods first: they set attributes)."""
    return sorted(index.functions.values(), key=lambda f: (f.name != "__init__", f.qualname))


def merge(emitters: Sequence[Emitter | RecordedOutput]) -> Emitter:
    """One emitter holding every run's output (the first run to emit a key wins); a pending field is kept
    when some run's edge uses it. Recorded outputs are decoded only for what is kept."""
    merged = Emitter(True)
    pending: dict[str, Emitter | RecordedOutput] = {}  # the first run holding each pending field
    for emitter in emitters:
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
