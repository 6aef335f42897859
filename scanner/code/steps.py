"""One step of the analysis: a module's top level or one function, run once, with what it produced and read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

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
