"""The repository's own functions, classes and modules, and how a dotted name resolves to them.

Calls between scanned modules are resolved through imports (absolute, relative,
and re-exports through ``__init__``), so data passed to a helper in another
module is followed into it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from scanner.code.source import SourceModule
from scanner.code.summary import Definition, FunctionNode, Summary, definition_node, summarize

_MAX_HOPS = 8


@dataclass
class FunctionInfo:
    """A function or method defined in the repository (its syntax tree parsed only when ``node`` is needed)."""

    qualname: str  # module.Class.method
    local: str  # Class.method
    module: SourceModule
    cls: str | None
    params: tuple[str, ...]
    bound: bool  # the first parameter is self/cls when called on an instance or class
    name: str
    lineno: int
    decorators: tuple[str, ...]  # each as ``ast.dump``
    entry_names: tuple[str, ...]  # each decorator as a dotted name ("?": none)
    ordinal: int  # among the module's definitions

    @property
    def node(self) -> FunctionNode:
        found = self.__dict__.get("_node")
        if found is None:
            found = self.__dict__["_node"] = definition_node(self.module, self.ordinal)
        assert isinstance(found, ast.FunctionDef | ast.AsyncFunctionDef)
        return found

    @property
    def return_id(self) -> str:
        """The node id of what the function returns: its name, not its line (which moves with edits above it)."""
        return f"code:{self.module.path}:{self.local}"

    def call_params(self) -> tuple[str, ...]:
        return self.params[1:] if self.bound else self.params

    @property
    def global_names(self) -> frozenset[str]:
        """Names the function declares ``global``: assigning them changes the module's variables."""
        found = self.__dict__.get("_globals")
        if found is None:
            found = self.__dict__["_globals"] = frozenset(_global_names(self.node.body))
        return found


@dataclass
class ClassInfo:
    """A class defined in the repository, with its bases as dotted names."""

    qualname: str
    module: SourceModule
    name: str
    lineno: int
    bases: tuple[str, ...]
    decorators: tuple[str, ...]
    keyword_dumps: tuple[tuple[str, str], ...]  # each value as ``ast.dump``
    summary: Definition
    ordinal: int
    methods: dict[str, str] = field(default_factory=dict)  # name -> function qualname

    @property
    def node(self) -> ast.ClassDef:
        found = self.__dict__.get("_node")
        if found is None:
            found = self.__dict__["_node"] = definition_node(self.module, self.ordinal)
        assert isinstance(found, ast.ClassDef)
        return found

    @property
    def keywords(self) -> dict[str, ast.expr]:
        return {k.arg: k.value for k in self.node.keywords if k.arg}


class RepoIndex:
    """Every module, function and class of the scanned files, from each module's summary (``summaries`` by path;
    a module without one is summarized from its tree)."""

    def __init__(self, modules: Sequence[SourceModule], summaries: dict[str, Summary] | None = None) -> None:
        self.modules: dict[str, SourceModule] = {}
        self.functions: dict[str, FunctionInfo] = {}
        self.classes: dict[str, ClassInfo] = {}
        self.globals: dict[str, set[str]] = {}
        self.summaries: dict[str, Summary] = dict(summaries or {})
        self._suffixes: dict[str, str | None] = {}
        for module in modules:
            self.modules.setdefault(module.name, module)
        for module in modules:
            if module.path not in self.summaries:
                self.summaries[module.path] = summarize(module)
            self._register_suffixes(module)
            self._collect(module, self.summaries[module.path])
        for info in self.classes.values():
            info.bases = tuple(self._base_name(b, info.module) for b in info.summary.bases)

    # -- building ---------------------------------------------------------------------
    def _register_suffixes(self, module: SourceModule) -> None:
        parts = list(PurePath(module.path).with_suffix("").parts)
        if parts and parts[-1] == "__init__":
            parts.pop()
        parts = [p for p in parts if p not in ("/", "..", ".")]
        for start in range(len(parts)):
            key = ".".join(parts[start:])
            if key in self._suffixes and self._suffixes[key] != module.name:
                self._suffixes[key] = None
            else:
                self._suffixes[key] = module.name

    def _collect(self, module: SourceModule, summary: Summary) -> None:
        self.globals.setdefault(module.name, set()).update(summary.globals)
        for ordinal, item in enumerate(summary.definitions):
            if item.kind == "class":
                qual = f"{module.name}.{item.prefix}{item.name}"
                self.classes[qual] = ClassInfo(qual, module, item.name, item.lineno, (), item.decorators,
                                               item.keywords, item, ordinal)
            else:
                local = f"{item.prefix}{item.name}"
                qual = f"{module.name}.{local}"
                cls = f"{module.name}.{item.owner}" if item.owner else None
                self.functions[qual] = FunctionInfo(qual, local, module, cls, item.params,
                                                    cls is not None and not item.static, item.name, item.lineno,
                                                    item.decorators, item.entry_names, ordinal)
                if cls in self.classes:
                    self.classes[cls].methods[item.name] = qual

    def _base_name(self, name: str, module: SourceModule) -> str:
        if name and "." not in name and f"{module.name}.{name}" in self.classes:
            return f"{module.name}.{name}"
        found = self.lookup(name) if name else None
        return found[1] if found and found[0] == "class" else name

    # -- resolution -------------------------------------------------------------------
    def module_for(self, name: str) -> SourceModule | None:
        if name in self.modules:
            return self.modules[name]
        found = self._suffixes.get(name)
        return self.modules.get(found) if found else None

    def lookup(self, name: str, hops: int = 0) -> tuple[str, str] | None:
        """Resolve a dotted name to ("module"|"function"|"class"|"global", qualname or module:var)."""
        parts = name.split(".")
        for cut in range(len(parts), 0, -1):
            module = self.module_for(".".join(parts[:cut]))
            if module is not None:
                return self._inside(module, parts[cut:], hops)
        return None

    def _inside(self, module: SourceModule, rest: list[str], hops: int) -> tuple[str, str] | None:
        if not rest:
            return ("module", module.name)
        qual = f"{module.name}.{rest[0]}"
        if qual in self.classes:
            if len(rest) == 1:
                return ("class", qual)
            method = self.method(qual, rest[1])
            return ("function", method) if method and len(rest) == 2 else None
        if qual in self.functions:
            return ("function", qual) if len(rest) == 1 else None
        if rest[0] in self.globals.get(module.name, ()):
            return ("global", f"{module.name}:{rest[0]}") if len(rest) == 1 else None
        target = module.imports.get(rest[0])
        if target and hops < _MAX_HOPS:
            return self.lookup(".".join([target, *rest[1:]]), hops + 1)
        return None

    def method(self, cls: str, name: str) -> str | None:
        """The qualname of ``name`` on class ``cls`` or its repository bases."""
        for info in self.mro(cls):
            if name in info.methods:
                return info.methods[name]
        return None

    def mro(self, cls: str) -> Iterator[ClassInfo]:
        """``cls`` and its repository base classes, depth first, each once."""
        seen: set[str] = set()
        stack = [cls]
        while stack:
            current = stack.pop()
            if current in seen or current not in self.classes:
                continue
            seen.add(current)
            info = self.classes[current]
            yield info
            stack.extend(reversed(info.bases))


def _global_names(body: list[ast.stmt]) -> Iterator[str]:
    """``global`` declarations among the statements of a function (nested blocks included)."""
    for stmt in body:
        if isinstance(stmt, ast.Global):
            yield from stmt.names
        elif not isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            for name in ("body", "orelse", "finalbody"):
                yield from _global_names(getattr(stmt, name, None) or [])
            for handler in getattr(stmt, "handlers", None) or []:
                yield from _global_names(handler.body)
