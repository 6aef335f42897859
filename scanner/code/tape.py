"""What one function's analysis read from the shared facts and did to them, so that it can be replayed.

A run of a function is a pure function of its code, the repository's shape and
the facts it reads (return values, parameter types and states, class attributes,
globals, which nodes are opaque or generated). A ``Tape`` records each fact the
first time the run reads it (as a digest of its value) and every change the run
makes to shared state, in order. When the same code meets facts with the same
digests, replaying the changes and reusing the output gives exactly what running
it would.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from scanner.cache import plainjson
from scanner.code.values import Value

#: a fact: ("ret"|"ptype"|"cls"|"glob"|"params"|"opaque"|"generated"|"pos", owner)
Fact = tuple[str, str]


@dataclass
class Tape:
    """Facts read (with the digest of their value at the first read) and effects, in order."""

    reads: dict[Fact, str] = field(default_factory=dict)
    effects: list[list[Any]] = field(default_factory=list)


def plain_value(value: Value) -> list[Any]:
    """A value as plain data, taints sorted so equal values give equal data in every process."""
    return [sorted([node, transform] for node, transform in value.taints), value.instance, value.many, value.ref,
            value.bound, value.dotted, value.text, [[name, plain_value(inner)] for name, inner in value.keys],
            value.sql, value.sdk]


def value_of(data: Any) -> Value:
    """The value ``plain_value`` wrote (the caller guards against foreign data)."""
    taints, instance, many, ref, bound, dotted, text, keys, sql, sdk = data
    if not isinstance(taints, list) or not isinstance(keys, list):
        raise ValueError("unexpected value data")
    return Value(frozenset((str(node), transform) for node, transform in taints), instance, bool(many), ref,
                 bool(bound), dotted, text, tuple((str(name), value_of(inner)) for name, inner in keys),
                 bool(sql), bool(sdk))


def digest_of(data: Any) -> str:
    """A short stable digest of plain data."""
    return hashlib.blake2b(plainjson.dumps(data), digest_size=12).hexdigest()


def outcome_digests(effects: Any, observations: Any, deps: Any, emitted: Any, extra: object = None
                    ) -> tuple[str, str]:
    """What a run did to the shared state (effects, observations, dependencies, ``extra``) and what it emitted,
    as two digests: the first decides what later runs see, the second only the output."""
    return digest_of([effects, observations, deps, extra]), digest_of(emitted)


_TABLES = frozenset({"ret", "ptype", "cls", "glob"})
_NAMED = frozenset({"escape", "unresolved", "opaque", "generated"})


def checked_effects(data: Any) -> list[tuple[object, ...]]:
    """Recorded effects decoded and checked, all before any is applied; ValueError for foreign data."""
    out: list[tuple[object, ...]] = []
    for effect in data:
        kind = effect[0]
        if kind == "learn" and len(effect) == 5 and effect[1] in _TABLES and isinstance(effect[2], str) \
                and (effect[3] is None or isinstance(effect[3], str)):
            out.append(("learn", effect[1], effect[2], effect[3], value_of(effect[4])))
        elif kind in _NAMED and len(effect) == 2 and isinstance(effect[1], str):
            out.append((kind, effect[1]))
        elif kind == "warn" and len(effect) == 4 and isinstance(effect[1], str) and isinstance(effect[3], str) \
                and (effect[2] is None or type(effect[2]) is int):
            out.append(("warn", effect[1], effect[2], effect[3]))
        else:
            raise ValueError("unexpected effect data")
    return out
