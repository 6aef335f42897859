"""The state shared by every function's analysis during one scan."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from catalog.model import ScanError
from scanner.code.callgraph import FunctionInfo, RepoIndex
from scanner.code.emit import Emitter
from scanner.code.knowledge import CodeKnowledge
from scanner.code.models import ModelInfo, ModelReader
from scanner.code.params import KNOWN, NONE, OPAQUE, ParamFacts, param_node
from scanner.code.sinks import SinkMatcher
from scanner.code.source import dotted
from scanner.code.sqltext import SqlRead
from scanner.code.values import Value, join


@dataclass
class Context:
    """Repository, knowledge and the facts learnt so far (parameter types, return values, attributes)."""

    index: RepoIndex
    models: ModelReader
    knowledge: CodeKnowledge
    sinks: SinkMatcher
    emitter: Emitter
    dialects: tuple[str, ...]
    schema: dict[str, list[str]]
    email_host: str | None = None
    errors: list[ScanError] = field(default_factory=list)
    stats: Counter[str] = field(default_factory=Counter)
    globals: dict[str, dict[str, Value]] = field(default_factory=dict)
    param_types: dict[str, dict[str, Value]] = field(default_factory=dict)
    returns: dict[str, Value] = field(default_factory=dict)
    class_attrs: dict[str, dict[str, Value]] = field(default_factory=dict)
    version: int = 0
    reported: set[tuple[str, int, str]] = field(default_factory=set)
    sql_reads: dict[str, SqlRead] = field(default_factory=dict)
    params: ParamFacts = field(default_factory=ParamFacts)
    _entries: dict[str, bool] = field(default_factory=dict)
    _methods: dict[str, list[str]] | None = None
    #: facts the running function read (None: not recorded), facts changed this round and the last
    deps: set[tuple[str, str]] | None = None
    changed: set[tuple[str, str]] = field(default_factory=set)
    changed_before: set[tuple[str, str]] = field(default_factory=set)

    def read(self, kind: str, owner: str) -> None:
        """The running function depends on a fact ("ret", "ptype", "cls", "glob", "params") of ``owner``."""
        if self.deps is not None:
            self.deps.add((kind, owner))

    def mark(self, kind: str, owner: str) -> None:
        """A fact changed: functions that read it run again in the next round."""
        self.version += 1
        self.changed.add((kind, owner))

    def model(self, key: str | None) -> ModelInfo | None:
        return self.models.models.get(key) if key else None

    def learn(self, table: dict[str, dict[str, Value]] | dict[str, Value], owner: str, name: str | None,
              value: Value) -> None:
        """Record a fact, counting a change so the analysis knows when it has settled."""
        if name is None:
            slot: dict[str, Value] = table  # type: ignore[assignment]
            key = owner
        else:
            slot = table.setdefault(owner, {})  # type: ignore[assignment]
            key = name
        old = slot.get(key)
        new = value if old is None else join(old, value)
        if old is None or shape(new) != shape(old):
            kind = "ret" if table is self.returns else "ptype" if table is self.param_types else \
                "cls" if table is self.class_attrs else "glob"
            self.mark(kind, owner)
        slot[key] = new

    def escape(self, function: str) -> None:
        """``function`` is used as a value: it may be called from anywhere."""
        if function not in self.params.escaped:
            self.params.escaped.add(function)
            self.mark("params", function)

    def unresolved(self, method: str) -> None:
        """``method`` is called on an object of unknown class: repository methods of that name may be reached."""
        if method not in self.params.unresolved:
            self.params.unresolved.add(method)
            if self._methods is None:
                self._methods = {}
                for info in self.index.functions.values():
                    if info.cls is not None:
                        self._methods.setdefault(info.node.name, []).append(info.qualname)
            for qualname in self._methods.get(method, ()):
                self.mark("params", qualname)

    def is_entry(self, func: FunctionInfo) -> bool:
        """Called from outside the repository's visible calls: by a framework, a decorator, a dynamic call."""
        found = self._entries.get(func.qualname)
        if found is None:
            found = any((dotted(d.func if hasattr(d, "func") else d, func.module.imports) or "?")
                        not in self.knowledge.plain_decorators for d in func.node.decorator_list)
            self._entries[func.qualname] = found
        return found or (func.cls is not None and func.node.name in self.params.unresolved)

    def param_target(self, func: FunctionInfo, param: str) -> str | None:
        """The node a parameter's value is: a field named by it, a code node, or None (no personal data)."""
        self.read("params", func.qualname)
        state = self.params.state(func.qualname, param, self.is_entry(func))
        if state == OPAQUE and param in self.knowledge.container_names:
            return None  # ``attributes``: what it holds is not told by its name (its keys are)
        if state == OPAQUE:
            node = self.emitter.code_field(func.module.path, func.qualname, param, func.node.lineno)
            self.params.opaque.add(node)
            return node
        if state == KNOWN:
            item = param_node(func.module.path, func.node.lineno, func.local, param)
            self.emitter.node(item)
            return item.id
        assert state == NONE
        return None

    def warn(self, path: str, line: int | None, reason: str) -> None:
        """A warning, once per place, and only in the round that emits."""
        mark = (path, line or 0, reason)
        if self.emitter.active and mark not in self.reported:
            self.reported.add(mark)
            self.errors.append(ScanError(path, line, reason, kind="warning"))


def shape(value: Value) -> tuple[object, ...]:
    return (value.instance, value.many, value.ref, value.dotted, bool(value.taints), len(value.keys))
