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
from collections.abc import Sequence

from catalog.model import ReadResult, ScanError
from catalog.recipients import KnowledgeBase, load_recipients
from scanner.code.callgraph import RepoIndex
from scanner.code.context import Context
from scanner.code.dataflow import FunctionAnalysis
from scanner.code.emit import Emitter
from scanner.code.knowledge import CodeKnowledge, load_code_knowledge
from scanner.code.models import ModelReader
from scanner.code.sinks import SinkMatcher
from scanner.code.source import SkippedFile, SourceModule, parse_module, read_source
from scanner.options import ReadOptions

#: passes over the repository at most (each learns parameter types and return values)
MAX_ROUNDS = 3


def read_python_files(paths: Sequence[str], options: ReadOptions,
                      recipients: KnowledgeBase | None = None) -> ReadResult:
    """Fields, lineage nodes and edges of the Python files ``paths``.

    The cyclic garbage collector is paused while reading: the syntax trees are
    millions of long-lived objects it would otherwise rescan again and again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read(paths, options, recipients)
    finally:
        if enabled:
            gc.enable()


def _read(paths: Sequence[str], options: ReadOptions, recipients: KnowledgeBase | None) -> ReadResult:
    result = ReadResult()
    modules = _parse_all(paths, result)
    knowledge = load_code_knowledge()
    kb = recipients if recipients is not None else load_recipients()
    index = RepoIndex(modules)
    model_reader = ModelReader(index, knowledge)
    result.fields.extend(model_reader.read())
    schema: dict[str, list[str]] = {}
    for info in model_reader.models.values():
        if info.db:
            schema.setdefault(info.table.lower(), [f.name for f in info.fields()])
    dialects = tuple(dict.fromkeys(d for d in (options.dialect, *knowledge.sql_dialects) if d))
    ctx = Context(index, model_reader, knowledge, SinkMatcher(kb, knowledge), Emitter(False), dialects, schema,
                  email_host=_email_host(modules, knowledge))
    _analyse(ctx, modules)
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


def _analyse(ctx: Context, modules: Sequence[SourceModule]) -> None:
    """Rounds over every module and function until parameter types and return values settle.

    Each round emits afresh; the last round's output is kept. Facts only grow, and
    what callers pass to parameters is read from the round before, so this
    settles; ``MAX_ROUNDS`` bounds it on repositories with long call chains.
    """
    functions = sorted(ctx.index.functions.values(), key=lambda f: (f.node.name != "__init__", f.qualname))
    for _ in range(MAX_ROUNDS):
        before = ctx.version
        ctx.params.next_round()
        ctx.emitter = Emitter(True)
        ctx.stats.clear()
        for module in modules:
            _run(ctx, FunctionAnalysis(ctx, module, None), module.path, 1)
        for func in functions:
            _run(ctx, FunctionAnalysis(ctx, func.module, func), func.module.path, func.node.lineno)
        if ctx.version == before and ctx.params.seen == ctx.params.known:
            return


def _run(ctx: Context, analysis: FunctionAnalysis, path: str, line: int) -> None:
    try:
        analysis.run()
    except RecursionError:
        ctx.warn(path, line, "expression nesting too deep to follow; this function is skipped")
        ctx.stats["functions_too_deep"] += 1


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
