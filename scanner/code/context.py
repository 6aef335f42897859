"""The state shared by every function's analysis during one scan."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from catalog.model import ScanError
from scanner.code.callgraph import FunctionInfo, RepoIndex
from scanner.code.emit import Emitter
from scanner.code.knowledge import CodeKnowledge
from scanner.code.models import ModelInfo, ModelReader
from scanner.code.params import KNOWN, NONE, OPAQUE, ParamFacts, param_node
from scanner.code.sinks import SinkMatcher
from scanner.code.tape import Fact, Tape, digest_of, plain_value
from scanner.code.values import Value, join

if TYPE_CHECKING:
    from scanner.code.sqltext import SqlRead  # the SQL parser loads only when code runs SQL


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
    #: what the running function reads and changes, when it is recorded to be reused by a later scan
    tape: Tape | None = None
    _digests: dict[Fact, str] = field(default_factory=dict)
    #: every value a fact's digest was taken of, by digest (None: not kept); the facts the running step marked
    history: dict[Fact, dict[str, object]] | None = None
    marks: list[tuple[str, str]] | None = None

    def read(self, kind: str, owner: str) -> None:
        """The running function depends on a fact ("ret", "ptype", "cls", "glob", "params", "pos": a function's
        line, where the output places something) of ``owner``."""
        if self.deps is not None:
            self.deps.add((kind, owner))
        if self.tape is not None and (kind, owner) not in self.tape.reads:
            self.tape.reads[(kind, owner)] = self.fact_digest(kind, owner)

    def fact_digest(self, kind: str, owner: str) -> str:
        """The digest of a fact's current value (remembered until the fact changes)."""
        found = self._digests.get((kind, owner))
        if found is not None:
            return found
        if kind == "opaque":
            return "1" if owner in self.params.opaque else "0"
        if kind == "generated":
            return "1" if owner in self.params.generated else "0"
        if kind == "pos":  # a function's line: the index gives it, so no history is kept
            info = self.index.functions.get(owner)
            return str(info.lineno) if info else ""
        if kind == "ret":
            value = self.returns.get(owner)
            data: object = None if value is None else plain_value(value)
        elif kind == "params":
            data = self._param_facts(owner)
        else:
            table = self.param_types if kind == "ptype" else self.class_attrs if kind == "cls" else self.globals
            data = [[name, plain_value(item)] for name, item in table.get(owner, {}).items()]
        found = self._digests[(kind, owner)] = digest_of(data)
        if self.history is not None:
            self.history.setdefault((kind, owner), {})[found] = data
        return found

    def fresh_digest(self, kind: str, owner: str) -> str:
        """The digest of a fact's value now (a module's top level changes its globals without ``learn``)."""
        self._digests.pop((kind, owner), None)
        return self.fact_digest(kind, owner)

    def _param_facts(self, function: str) -> list[object]:
        info = self.index.functions.get(function)
        if info is None:
            return []
        known = self.params.known
        return [self.is_entry(info), (function, None) in known, function in self.params.escaped,
                [known.get((function, name)) for name in info.params]]

    def forget_digests(self) -> None:
        """Facts may have changed without ``learn`` (a new round, module-level assignments)."""
        self._digests.clear()

    def replay(self, effects: list[tuple[object, ...]]) -> None:
        """Apply what a recorded run did to the shared facts (``checked_effects``), in the order it did it."""
        for effect in effects:
            kind = effect[0]
            if kind == "learn":
                _, table, owner, name, value = effect
                self.learn(self._table(table), owner, name, value)  # type: ignore[arg-type]
            elif kind == "escape":
                self.escape(effect[1])  # type: ignore[arg-type]
            elif kind == "unresolved":
                self.unresolved(effect[1])  # type: ignore[arg-type]
            elif kind == "opaque":
                self.params.opaque.add(effect[1])  # type: ignore[arg-type]
            elif kind == "generated":
                self.params.generated.add(effect[1])  # type: ignore[arg-type]
            else:
                _, path, line, reason = effect
                self.warn(path, line, reason)  # type: ignore[arg-type]

    def _table(self, kind: object) -> dict[str, dict[str, Value]] | dict[str, Value]:
        tables = {"ret": self.returns, "ptype": self.param_types, "cls": self.class_attrs, "glob": self.globals}
        return tables[str(kind)]  # type: ignore[return-value]

    def _touch(self, kind: str, owner: str) -> None:
        """A fact the running function changes counts as read, as it was before the change: what the
        function reads of it afterwards follows from that value and the function's own changes."""
        if self.tape is not None and (kind, owner) not in self.tape.reads:
            self.tape.reads[(kind, owner)] = self.fact_digest(kind, owner)

    def _effect(self, *effect: object) -> None:
        if self.tape is not None:
            self.tape.effects.append(list(effect))

    def add_opaque(self, node: str) -> None:
        """Data known only by its name (node id)."""
        self._touch("opaque", node)
        self._effect("opaque", node)
        self.params.opaque.add(node)

    def add_generated(self, node: str) -> None:
        """A fresh secret or id (node id): opaque too."""
        self._touch("opaque", node)
        self._touch("generated", node)
        self._effect("opaque", node)
        self._effect("generated", node)
        self.params.opaque.add(node)
        self.params.generated.add(node)

    def mark(self, kind: str, owner: str) -> None:
        """A fact changed: functions that read it run again in the next round."""
        self.version += 1
        self.changed.add((kind, owner))
        if self.marks is not None:
            self.marks.append((kind, owner))

    def model(self, key: str | None) -> ModelInfo | None:
        return self.models.models.get(key) if key else None

    def learn(self, table: dict[str, dict[str, Value]] | dict[str, Value], owner: str, name: str | None,
              value: Value) -> None:
        """Record a fact, counting a change so the analysis knows when it has settled."""
        if name is None:
            slot: dict[str, Value] = table  # type: ignore[assignment]
            key = owner
        else:
            slot = table.setdefault(owner, {})  # type: ignore[assignment, arg-type]
            key = name
        kind = "ret" if table is self.returns else "ptype" if table is self.param_types else \
            "cls" if table is self.class_attrs else "glob"
        if self.tape is not None:
            self._touch(kind, owner)
            self.tape.effects.append(["learn", kind, owner, name, plain_value(value)])
        self._digests.pop((kind, owner), None)
        old = slot.get(key)
        new = value if old is None else join(old, value)
        if old is None or shape(new) != shape(old):
            self.mark(kind, owner)
        slot[key] = new

    def escape(self, function: str) -> None:
        """``function`` is used as a value: it may be called from anywhere."""
        self._touch("params", function)
        self._effect("escape", function)
        if function not in self.params.escaped:
            self._digests.pop(("params", function), None)
            self.params.escaped.add(function)
            self.mark("params", function)

    def unresolved(self, method: str) -> None:
        """``method`` is called on an object of unknown class: repository methods of that name may be reached."""
        self._effect("unresolved", method)
        if method not in self.params.unresolved:
            self._digests.clear()
            self.params.unresolved.add(method)
            if self._methods is None:
                self._methods = {}
                for info in self.index.functions.values():
                    if info.cls is not None:
                        self._methods.setdefault(info.name, []).append(info.qualname)
            for qualname in self._methods.get(method, ()):
                self.mark("params", qualname)

    def is_entry(self, func: FunctionInfo) -> bool:
        """Called from outside the repository's visible calls: by a framework, a decorator, a dynamic call."""
        found = self._entries.get(func.qualname)
        if found is None:
            found = any(name not in self.knowledge.plain_decorators for name in func.entry_names)
            self._entries[func.qualname] = found
        return found or (func.cls is not None and func.name in self.params.unresolved)

    def param_target(self, func: FunctionInfo, param: str) -> str | None:
        """The node a parameter's value is: a field named by it, a code node, or None (no personal data)."""
        self.read("params", func.qualname)
        self.read("pos", func.qualname)
        state = self.params.state(func.qualname, param, self.is_entry(func))
        if state == OPAQUE and param in self.knowledge.container_names:
            return None  # ``attributes``: what it holds is not told by its name (its keys are)
        if state == OPAQUE:
            node = self.emitter.code_field(func.module.path, func.qualname, param, func.lineno)
            self.add_opaque(node)
            return node
        if state == KNOWN:
            item = param_node(func.module.path, func.lineno, func.local, param)
            self.emitter.node(item)
            return item.id
        assert state == NONE
        return None

    def warn(self, path: str, line: int | None, reason: str) -> None:
        """A warning, once per place, and only in the round that emits."""
        self._effect("warn", path, line, reason)
        mark = (path, line or 0, reason)
        if self.emitter.active and mark not in self.reported:
            self.reported.add(mark)
            self.errors.append(ScanError(path, line, reason, kind="warning"))


def shape(value: Value) -> tuple[object, ...]:
    return (value.instance, value.many, value.ref, value.dotted, bool(value.taints), len(value.keys))
