"""What a function's parameter holds, learnt from the repository's calls to it.

A parameter is classified by its name only when its value is unknown: the
function is an entry point (never called in the repository, registered by a
decorator, passed around as a value, or a method some call on an object of
unknown class may reach), or a caller passes data known only by its name (an
attribute of an unknown object, a request key). When every call passes
constants, counts or SDK objects the parameter holds no personal data; when the
callers pass data of known origin (a model column, a SQL result) the parameter
is a plain hop in the lineage graph, a code node that adds no category of its
own.

Observations are collected during one round and used in the next, so a round
never reads facts it is still changing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from catalog.model import Evidence, Node
from scanner.code.tape import Tape
from scanner.code.values import Taint, in_order

#: what callers pass, weakest first
NONE, KNOWN, OPAQUE = "none", "known", "opaque"
_RANK = {NONE: 0, KNOWN: 1, OPAQUE: 2}


@dataclass
class ParamFacts:
    """Calls seen in the previous round (``known``) and in this one (``seen``)."""

    known: dict[tuple[str, str | None], str] = field(default_factory=dict)
    seen: dict[tuple[str, str | None], str] = field(default_factory=dict)
    escaped: set[str] = field(default_factory=set)  # functions used as values (callbacks, ``.delay``)
    unresolved: set[str] = field(default_factory=set)  # method names called on objects of unknown class
    opaque: set[str] = field(default_factory=set)  # node ids of data known only by its name
    generated: set[str] = field(default_factory=set)  # node ids of fresh secrets and ids (random, uuid4)
    log: list[tuple[tuple[str, str | None], str]] | None = None  # observations of the running function
    probe: Tape | None = None  # records which nodes the running function asked about

    def next_round(self) -> set[str]:
        """Start a round with the last round's observations; the functions whose observations changed."""
        old, self.known, self.seen = self.known, self.seen, {}
        return {key[0] for key in old.keys() ^ self.known.keys()} | \
            {key[0] for key, state in self.known.items() if old.get(key, state) != state}

    def replay(self, log: list[tuple[tuple[str, str | None], str]]) -> None:
        """Observations of a function that is not run again this round."""
        for key, state in log:
            self._see(key, state)

    def _see(self, key: tuple[str, str | None], state: str) -> None:
        if self.log is not None:
            self.log.append((key, state))
        old = self.seen.get(key)
        if old is None or _RANK[state] > _RANK[old]:
            self.seen[key] = state

    def observe(self, function: str, param: str, taints: frozenset[Taint], sample: bool = False) -> None:
        """A call passes ``taints`` to ``param`` of ``function`` (``sample``: a literal e-mail, phone, IP)."""
        state = OPAQUE if sample else NONE if not taints else (OPAQUE if self.is_opaque(taints) else KNOWN)
        self._see((function, param), state)

    def called(self, function: str) -> None:
        self._see((function, None), NONE)

    def is_opaque(self, taints: frozenset[Taint] | set[Taint]) -> bool:
        """True when every source of the value is known only by its name."""
        return bool(taints) and all(self._is(node, "opaque", self.opaque) for node, _ in in_order(taints))

    def is_generated(self, taints: frozenset[Taint]) -> bool:
        """True when every source of the value is a fresh secret or id."""
        return all(self._is(node, "generated", self.generated) for node, _ in in_order(taints))

    def _is(self, node: str, kind: str, members: set[str]) -> bool:
        found = node in members
        if self.probe is not None:
            self.probe.reads.setdefault((kind, node), "1" if found else "0")
        return found

    def state(self, function: str, param: str, entry: bool) -> str:
        """OPAQUE (classify by name), KNOWN (a hop) or NONE (no personal data) for one parameter."""
        if entry or (function, None) not in self.known or function in self.escaped:
            return OPAQUE
        return self.known.get((function, param), NONE)


def param_node(path: str, line: int, local: str, param: str) -> Node:
    """The code node of a parameter whose callers pass data of known origin (its id names no line: lines move)."""
    return Node(f"code:{path}:{local}({param})", "code", f"parameter {param} of {local}", Evidence(path, line))
