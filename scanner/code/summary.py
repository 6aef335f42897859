"""What the repository index, the model kinds and the shape read of one module's syntax tree, kept by its content.

A module's summary holds its imports, its top-level names, each class and
function it defines (in the order the index walks them: names, lines, parameters,
decorators, bases, class keywords, what marks a class as a SQLAlchemy model), the
calls that may define a ``Table`` and the string settings it assigns. The index,
the model kinds, the e-mail host and the repository shape are built from
summaries alone, so a module whose summary is kept is parsed only when a step
must run its code or read a model's attributes. A fresh parse always builds the
summary it uses, so a kept one gives exactly what the parse gives.

Entries are plain JSON data in the scan's cache store, in buckets of modules,
each module's summary with the content hash and module name it was made for;
a summary that does not decode as one is ignored (the module is parsed).
"""

from __future__ import annotations

import ast
import functools
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from scanner.cache.store import CacheStore
from scanner.code.source import SourceModule, dotted
from scanner.code.tape import digest_of

_KIND = "pysummary"
#: the layout of the entries; a change makes every kept summary foreign (ignored)
FORMAT = 1
#: modules are kept in this many buckets
BUCKETS = 64
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


class Definition(NamedTuple):
    """A class or function a module defines (``kind``: "class" or "function")."""

    kind: str
    name: str
    owner: str | None  # the class owning a method
    prefix: str  # the names of the definitions around it, each followed by "."
    lineno: int
    params: tuple[str, ...]  # a function's
    static: bool  # a function decorated ``staticmethod``
    decorators: tuple[str, ...]  # a class's as dotted names; a function's as ``ast.dump``
    entry_names: tuple[str, ...]  # a function's decorators as dotted names ("?": none)
    bases: tuple[str, ...]  # a class's bases as dotted names ("" for other expressions)
    keywords: tuple[tuple[str, str], ...]  # a class's keywords, each value as ``ast.dump``
    tablename: bool  # a class assigning ``__tablename__``
    calls: tuple[str, ...]  # the callees of a class's attribute values
    mapped: bool  # a class with an attribute annotated ``Mapped[...]``


class Summary(NamedTuple):
    imports: dict[str, str]
    globals: tuple[str, ...]
    definitions: tuple[Definition, ...]
    tables: tuple[str, ...]  # the callees of top-level assignments that may define a ``Table``
    settings: tuple[tuple[tuple[str, ...], str], ...]  # top-level string assignments: target names, value


def definitions(body: list[ast.stmt], owner: str | None, prefix: str
                ) -> Iterator[tuple[ast.ClassDef | FunctionNode, str | None, str]]:
    """Classes and functions, nested ones included, with the class that owns each method."""
    for stmt in body:
        if isinstance(stmt, ast.ClassDef):
            yield stmt, owner, prefix
            yield from definitions(stmt.body, f"{prefix}{stmt.name}", f"{prefix}{stmt.name}.")
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            yield stmt, owner, prefix
            yield from definitions(stmt.body, None, f"{prefix}{stmt.name}.")
        elif isinstance(stmt, ast.If | ast.Try | ast.With):
            for block in blocks(stmt):
                yield from definitions(block, owner, prefix)


def blocks(stmt: ast.If | ast.Try | ast.With) -> Iterator[list[ast.stmt]]:
    yield stmt.body
    if isinstance(stmt, ast.If):
        yield stmt.orelse
    elif isinstance(stmt, ast.Try):
        yield stmt.orelse
        yield stmt.finalbody
        for handler in stmt.handlers:
            yield handler.body


def definition_node(module: SourceModule, ordinal: int) -> ast.ClassDef | FunctionNode:
    """The ``ordinal``-th definition of ``module`` in the order ``definitions`` walks them."""
    found = module.__dict__.get("_definitions")
    if found is None:
        found = module.__dict__["_definitions"] = [node for node, _, _ in definitions(module.tree.body, None, "")]
    return found[ordinal]  # type: ignore[no-any-return]


def summarize(module: SourceModule) -> Summary:
    """What the index and the model kinds read of ``module``'s tree."""
    tree, imports = module.tree, module.imports
    names: list[str] = []
    for stmt in tree.body:
        names.extend(assigned_names(stmt))
    found: list[Definition] = []
    for node, owner, prefix in definitions(tree.body, None, ""):
        if isinstance(node, ast.ClassDef):
            found.append(_class(node, owner, prefix, imports))
        else:
            args = node.args
            params = tuple(a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs))
            static = "staticmethod" in {d.id if isinstance(d, ast.Name) else getattr(d, "attr", "")
                                        for d in node.decorator_list}
            entry = tuple((dotted(d.func if hasattr(d, "func") else d, imports) or "?") for d in node.decorator_list)
            found.append(Definition("function", node.name, owner, prefix, node.lineno, params, static,
                                    tuple(ast.dump(d) for d in node.decorator_list), entry, (), (), False, (), False))
    tables, settings = [], []
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call) and stmt.value.args \
                and isinstance(stmt.value.args[0], ast.Constant) and isinstance(stmt.value.args[0].value, str):
            tables.append(dotted(stmt.value.func, imports) or "")
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
            settings.append((tuple(t.id for t in stmt.targets if isinstance(t, ast.Name)), stmt.value.value))
    return Summary(dict(imports), tuple(dict.fromkeys(names)), tuple(found), tuple(tables), tuple(settings))


def _class(node: ast.ClassDef, owner: str | None, prefix: str, imports: dict[str, str]) -> Definition:
    decorators = tuple(dotted(d.func if isinstance(d, ast.Call) else d, imports) or "" for d in node.decorator_list)
    keywords = {k.arg: ast.dump(k.value) for k in node.keywords if k.arg}
    bases = tuple(dotted(b.value if isinstance(b, ast.Subscript) else b, imports) or "" for b in node.bases)
    tablename, calls, mapped = False, [], False
    for stmt in node.body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else []
        tablename = tablename or any(isinstance(t, ast.Name) and t.id == "__tablename__" for t in targets)
        value = getattr(stmt, "value", None)
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and isinstance(value, ast.Call):
            calls.append(dotted(value.func, imports) or "")
        if isinstance(stmt, ast.AnnAssign) and "Mapped" in ast.unparse(stmt.annotation)[:7]:
            mapped = True
    return Definition("class", node.name, owner, prefix, node.lineno, (), False, decorators, (), bases,
                      tuple(keywords.items()), tablename, tuple(calls), mapped)


def assigned_names(stmt: ast.stmt) -> Iterator[str]:
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            for node in ast.walk(target):
                if isinstance(node, ast.Name):
                    yield node.id
    elif isinstance(stmt, ast.AnnAssign | ast.AugAssign) and isinstance(stmt.target, ast.Name):
        yield stmt.target.id
    elif isinstance(stmt, ast.If | ast.Try | ast.With):
        for block in blocks(stmt):
            for inner in block:
                yield from assigned_names(inner)


# -- kept between scans -------------------------------------------------------------------
@functools.lru_cache(maxsize=4096)
def _bucket(path: str) -> str:
    return digest_of([_KIND, FORMAT, list(sys.version_info[:2]), int(digest_of(path)[:6], 16) % BUCKETS])


class SummaryStore:
    """The summaries a store keeps for the modules at ``paths``; ``save`` writes the buckets that changed."""

    def __init__(self, store: CacheStore, paths: Sequence[str]) -> None:
        self.store = store
        self._buckets: dict[str, dict[str, Any]] = {}
        self._dirty: set[str] = set()
        for key in {_bucket(path) for path in paths}:
            data = store.get(_KIND, key)
            self._buckets[key] = data if isinstance(data, dict) else {}

    def get(self, module: SourceModule) -> Summary | None:
        """The summary kept for ``module``'s text and name, or None (absent or foreign)."""
        entry = self._buckets.get(_bucket(module.path), {}).get(module.path)
        try:
            if entry[:3] != [module.digest, module.name, module.package]:  # type: ignore[index]
                return None
            return decode(entry[3])  # type: ignore[index]
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            return None

    def put(self, module: SourceModule, summary: Summary) -> None:
        key = _bucket(module.path)
        self._buckets.setdefault(key, {})[module.path] = [module.digest, module.name, module.package, encode(summary)]
        self._dirty.add(key)

    def save(self) -> None:
        for key in sorted(self._dirty):
            self.store.put(_KIND, key, self._buckets[key])
        self._dirty.clear()


def encode(summary: Summary) -> list[Any]:
    return [sorted(summary.imports.items()), list(summary.globals), [list(d) for d in summary.definitions],
            list(summary.tables), [[list(names), value] for names, value in summary.settings]]


def decode(data: Any) -> Summary:
    """A summary from ``encode``'s data; ``TypeError``/``ValueError`` when it is not one."""
    imports, names, found, tables, settings = data
    return Summary({_str(k): _str(v) for k, v in imports}, _strs(names), tuple(_definition(d) for d in found),
                   _strs(tables), tuple((_strs(n), _str(v)) for n, v in settings))


def _definition(data: Any) -> Definition:
    kind, name, owner, prefix, lineno, params, static, decorators, entry, bases, keywords, tablename, calls, \
        mapped = data
    if kind not in ("class", "function") or not isinstance(lineno, int) or isinstance(lineno, bool):
        raise ValueError("foreign definition")
    return Definition(kind, _str(name), None if owner is None else _str(owner), _str(prefix), lineno, _strs(params),
                      _bool(static), _strs(decorators), _strs(entry), _strs(bases),
                      tuple((_str(k), _str(v)) for k, v in keywords), _bool(tablename), _strs(calls), _bool(mapped))


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _strs(values: Any) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise TypeError("not a list")
    return tuple(_str(v) for v in values)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not a bool")
    return value
