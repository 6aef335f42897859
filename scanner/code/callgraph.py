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

from scanner.code.source import SourceModule, dotted

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
_MAX_HOPS = 8


@dataclass
class FunctionInfo:
    """A function or method defined in the repository."""

    qualname: str  # module.Class.method
    local: str  # Class.method
    module: SourceModule
    node: FunctionNode
    cls: str | None
    params: tuple[str, ...]
    bound: bool  # the first parameter is self/cls when called on an instance or class

    @property
    def return_id(self) -> str:
        return f"code:{self.module.path}:{self.node.lineno}:{self.local}"

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
    node: ast.ClassDef
    bases: tuple[str, ...]
    decorators: tuple[str, ...]
    keywords: dict[str, ast.expr]
    methods: dict[str, str] = field(default_factory=dict)  # name -> function qualname


def _params(node: FunctionNode) -> tuple[str, ...]:
    args = node.args
    return tuple(a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs))


def _is_bound(node: FunctionNode, cls: str | None) -> bool:
    if cls is None:
        return False
    names = {d.id if isinstance(d, ast.Name) else getattr(d, "attr", "") for d in node.decorator_list}
    return "staticmethod" not in names


class RepoIndex:
    """Every module, function and class of the scanned files."""

    def __init__(self, modules: Sequence[SourceModule]) -> None:
        self.modules: dict[str, SourceModule] = {}
        self.functions: dict[str, FunctionInfo] = {}
        self.classes: dict[str, ClassInfo] = {}
        self.globals: dict[str, set[str]] = {}
        self._suffixes: dict[str, str | None] = {}
        for module in modules:
            self.modules.setdefault(module.name, module)
        for module in modules:
            self._register_suffixes(module)
            self._collect(module)
        for info in self.classes.values():
            info.bases = tuple(self._base_name(b, info.module) for b in info.node.bases)

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

    def _collect(self, module: SourceModule) -> None:
        names = self.globals.setdefault(module.name, set())
        for stmt in module.tree.body:
            for target in _assigned_names(stmt):
                names.add(target)
        for node, owner, prefix in _definitions(module.tree.body, None, ""):
            if isinstance(node, ast.ClassDef):
                qual = f"{module.name}.{prefix}{node.name}"
                decorators = tuple(dotted(d.func if isinstance(d, ast.Call) else d, module.imports) or ""
                                   for d in node.decorator_list)
                keywords = {k.arg: k.value for k in node.keywords if k.arg}
                self.classes[qual] = ClassInfo(qual, module, node, (), decorators, keywords)
            else:
                local = f"{prefix}{node.name}"
                qual = f"{module.name}.{local}"
                cls = f"{module.name}.{owner}" if owner else None
                self.functions[qual] = FunctionInfo(qual, local, module, node, cls, _params(node), _is_bound(node, cls))
                if cls in self.classes:
                    self.classes[cls].methods[node.name] = qual

    def _base_name(self, node: ast.expr, module: SourceModule) -> str:
        if isinstance(node, ast.Subscript):  # Generic[T], Base[Model]
            node = node.value
        name = dotted(node, module.imports) or ""
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


def _definitions(body: list[ast.stmt], owner: str | None, prefix: str
                 ) -> Iterator[tuple[ast.ClassDef | FunctionNode, str | None, str]]:
    """Classes and functions, nested ones included, with the class that owns each method."""
    for stmt in body:
        if isinstance(stmt, ast.ClassDef):
            yield stmt, owner, prefix
            yield from _definitions(stmt.body, f"{prefix}{stmt.name}", f"{prefix}{stmt.name}.")
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            yield stmt, owner, prefix
            yield from _definitions(stmt.body, None, f"{prefix}{stmt.name}.")
        elif isinstance(stmt, ast.If | ast.Try | ast.With):
            for block in _blocks(stmt):
                yield from _definitions(block, owner, prefix)


def _blocks(stmt: ast.If | ast.Try | ast.With) -> Iterator[list[ast.stmt]]:
    yield stmt.body
    if isinstance(stmt, ast.If):
        yield stmt.orelse
    elif isinstance(stmt, ast.Try):
        yield stmt.orelse
        yield stmt.finalbody
        for handler in stmt.handlers:
            yield handler.body


def _assigned_names(stmt: ast.stmt) -> Iterator[str]:
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            for node in ast.walk(target):
                if isinstance(node, ast.Name):
                    yield node.id
    elif isinstance(stmt, ast.AnnAssign | ast.AugAssign) and isinstance(stmt.target, ast.Name):
        yield stmt.target.id
    elif isinstance(stmt, ast.If | ast.Try | ast.With):
        for block in _blocks(stmt):
            for inner in block:
                yield from _assigned_names(inner)


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
