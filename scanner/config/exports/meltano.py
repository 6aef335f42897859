"""Meltano projects (``meltano.yml`` and its included files).

Extractors' ``select`` patterns (``public-users.email``) name the columns that
leave; loaders name where they go. Which extractor feeds which loader comes
from ``jobs`` tasks (``tap-postgres target-hubspot``) and ``schedules``
(``extractor``/``loader``); a project with neither is read as every extractor
feeding every loader. A pattern with a wildcard or a project without
``select`` names no columns: it is reported as a warning, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from catalog.model import ReadResult, ScanError
from catalog.recipients import KnowledgeBase
from scanner.config.document import Document, Loc
from scanner.config.exports.connectors import Connectors, connector_name, load_connectors
from scanner.config.exports.job import (
    Column,
    Destination,
    ExportJob,
    checked_purpose,
    connector_destination,
    declared_purpose,
)

_UNESCAPED_DOT = re.compile(r"(?<!\\)\.")
_GLOB = re.compile(r"[*?\[\]]")


@dataclass(frozen=True)
class _Plugin:
    name: str
    loc: Loc
    connector: str
    data: dict[str, Any]


def read_meltano(path: str, doc: Document, kb: KnowledgeBase, result: ReadResult) -> list[ExportJob]:
    """One job per extractor-loader pair of the project."""
    data = doc.data
    plugins = data.get("plugins") if isinstance(data, dict) else None
    if not isinstance(plugins, dict) or not ({"extractors", "loaders"} & set(plugins)):
        return []
    table = load_connectors()
    extractors = _plugins(plugins, "extractors", table)
    loaders = _plugins(plugins, "loaders", table)
    jobs = []
    columns_of: dict[str, tuple[Column, ...]] = {}
    for (tap, target), loc in _pairs(data, extractors, loaders).items():
        line = doc.line_of(loc)
        extractor, loader = extractors[tap], loaders[target]
        if tap not in columns_of:
            columns_of[tap] = _columns(path, doc, extractor, table, result)
        columns = columns_of[tap]
        destination = _destination(loader, kb, path, line, result)
        jobs.append(
            ExportJob(
                "meltano",
                f"{tap}:{target}",
                line,
                columns,
                destination,
                checked_purpose(declared_purpose(doc.text_lines, line), path, line, result),
            )
        )
    return jobs


def _plugins(plugins: dict[str, Any], kind: str, table: Connectors) -> dict[str, _Plugin]:
    items = plugins.get(kind)
    if not isinstance(items, list):
        return {}
    raw = {
        item["name"]: (i, item)
        for i, item in enumerate(items)
        if isinstance(item, dict) and isinstance(item.get("name"), str)
    }
    return {name: _Plugin(name, ("plugins", kind, i), _base(name, raw, table), item) for name, (i, item) in raw.items()}


def _base(name: str, raw: dict[str, tuple[int, dict[str, Any]]], table: Connectors) -> str:
    """The connector a plugin runs: itself if known, else what it inherits from, else its pip package."""
    seen = set()
    current = name
    while current in raw and current not in seen:
        seen.add(current)
        if table.recipient_of(current) or table.is_store(current) or current in table.schema_streams:
            return current
        item = raw[current][1]
        parent = item.get("inherit_from")
        if not isinstance(parent, str):
            pip = item.get("pip_url")
            package = _package(pip) if isinstance(pip, str) else None
            return package or current
        current = parent
    return current


def _package(pip_url: str) -> str | None:
    """``git+https://host/org/target-hubspot.git@v1`` or ``target-hubspot==1.2`` -> ``target-hubspot``."""
    first = (pip_url.split() or [""])[0]
    egg = re.search(r"#egg=([\w.-]+)", first)
    if egg:
        name = egg.group(1)
    elif "://" in first:
        name = first.rsplit("/", 1)[-1].split("@")[0].removesuffix(".git")
    else:
        name = re.split(r"[=<>!~\[;@]", first)[0]
    name = name.strip().lower()
    return name if name.startswith(("tap-", "target-")) else None


Pairs = dict[tuple[str, str], Loc]


def _pairs(data: dict[str, Any], extractors: dict[str, _Plugin], loaders: dict[str, _Plugin]) -> Pairs:
    """(extractor, loader) -> where the pair is declared (a job task, a schedule, or the loader)."""
    pairs: Pairs = {}
    jobs = data.get("jobs")
    for i, job in enumerate(jobs if isinstance(jobs, list) else []):
        tasks = job.get("tasks") if isinstance(job, dict) else None
        for loc, task in _task_strings(tasks, ("jobs", i, "tasks")):
            pending: list[str] = []
            for token in task.split():
                name = token.split(":", 1)[0]
                if name in extractors:
                    pending.append(name)
                elif name in loaders:
                    for tap in pending:
                        pairs.setdefault((tap, name), loc)
                    pending = []
    schedules = data.get("schedules")
    for i, schedule in enumerate(schedules if isinstance(schedules, list) else []):
        pair = (schedule.get("extractor"), schedule.get("loader")) if isinstance(schedule, dict) else ()
        if len(pair) == 2 and all(isinstance(p, str) for p in pair) and pair[0] in extractors and pair[1] in loaders:
            pairs.setdefault((pair[0], pair[1]), ("schedules", i))
    if not pairs and not jobs and not schedules:
        for tap in extractors:
            for target in loaders:
                pairs[(tap, target)] = loaders[target].loc
    return pairs


def _task_strings(tasks: Any, loc: Loc, top: bool = True) -> list[tuple[Loc, str]]:
    """Each task as one string of plugin names: ``tap target`` or a nested list of names run together."""
    if isinstance(tasks, str):
        return [(loc, tasks)]
    if not isinstance(tasks, list):
        return []
    if not top and all(isinstance(item, str) for item in tasks):
        return [(loc, " ".join(tasks))]
    return [found for i, item in enumerate(tasks) for found in _task_strings(item, (*loc, i), top=False)]


def _columns(path: str, doc: Document, extractor: _Plugin, table: Connectors, result: ReadResult) -> tuple[Column, ...]:
    select = extractor.data.get("select")
    if not isinstance(select, list) or not select:
        result.errors.append(
            ScanError(
                path,
                doc.line_of(extractor.loc),
                f"Meltano extractor '{extractor.name}' has no select patterns: every stream leaves and none is named",
                "warning",
            )
        )
        return ()
    excluded = [p[1:] for p in select if isinstance(p, str) and p.startswith("!")]
    columns: list[Column] = []
    for i, pattern in enumerate(select):
        if not isinstance(pattern, str) or pattern.startswith("!"):
            continue
        parts = _UNESCAPED_DOT.split(pattern, maxsplit=1)
        line = doc.line_of((*extractor.loc, "select", i))
        if len(parts) != 2 or _GLOB.search(pattern):
            result.errors.append(
                ScanError(
                    path,
                    line,
                    f"select pattern '{pattern}' names no column; the columns it matches are not followed",
                    "warning",
                )
            )
            continue
        if any(fnmatchcase(pattern, rule) for rule in excluded):
            continue
        entity, attribute = parts[0].replace("\\.", "."), parts[1]
        dataset, stream = None, entity
        if extractor.connector in table.schema_streams and "-" in entity:
            dataset, stream = entity.split("-", 1)
        columns.append(Column(dataset, stream, attribute, line))
    return tuple(columns)


def _destination(loader: _Plugin, kb: KnowledgeBase, path: str, line: int | None, result: ReadResult) -> Destination:
    what = f"Meltano loader '{loader.name}'"
    return connector_destination(connector_name(loader.connector), kb, path, line, result, what)
