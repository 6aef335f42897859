"""What the data-flow analysis knows about one Python value.

A value carries *taints*: the lineage nodes its content comes from, each with the
strongest transform applied on the way (``None`` = the value as is). It may also
know its structure (dict keys, SQL result columns), the model class it is an
instance of, the repository function or class it refers to, the external object
path it came from (``mixpanel.Mixpanel``) and a constant text (URL, SQL). An
object built by a third-party SDK (``Mail(...)``) keeps what it was given as keys
until the call that sends it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

Taint = tuple[str, str | None]  # (node id, transform)


def in_order(taints: Iterable[Taint]) -> list[Taint]:
    """Taints in a fixed order: a set's own order follows string hashing, which differs from run to run."""
    return sorted(taints, key=lambda taint: (taint[0], taint[1] or ""))
_RANK = {None: 0, "expression": 1, "hashed": 2, "aggregate": 3}


def stronger(a: str | None, b: str | None) -> str | None:
    """The transform that wins when one is applied after the other."""
    return a if _RANK[a] >= _RANK[b] else b


@dataclass(frozen=True, slots=True)
class Value:
    taints: frozenset[Taint] = frozenset()
    instance: str | None = None  # class qualname of an instance (or of the items when ``many``)
    many: bool = False
    ref: str | None = None  # "function:<qualname>", "class:<qualname>", "module:<name>"
    bound: bool = False  # a method reached through an instance
    dotted: str | None = None  # external object path, e.g. "boto3.client.ses"
    text: str | None = None  # a resolved constant string
    keys: tuple[tuple[str, Value], ...] = ()
    sql: bool = False
    sdk: bool = False  # an object of a third-party SDK (a client, or a request it builds and sends later)

    def key(self, name: str) -> Value | None:
        for key, value in self.keys:
            if key == name:
                return value
        return None

    def derived(self, transform: str | None) -> Value:
        """The taints alone, each with ``transform`` applied."""
        return Value(taints=transformed(self.taints, transform))


EMPTY = Value()


def transformed(taints: Iterable[Taint], transform: str | None) -> frozenset[Taint]:
    if transform is None:
        return frozenset(taints)
    return frozenset((node, stronger(kind, transform)) for node, kind in taints)


def taints_of(values: Iterable[Value]) -> frozenset[Taint]:
    out: set[Taint] = set()
    for value in values:
        out |= value.taints
    return frozenset(out)


def join(a: Value, b: Value) -> Value:
    """A value that may be either: taints and keys united, other facts kept when known on one side."""
    if a == b or b is EMPTY:
        return a
    if a is EMPTY:
        return b
    keys = dict(a.keys)
    for name, value in b.keys:
        keys[name] = join(keys[name], value) if name in keys else value
    return Value(
        taints=a.taints | b.taints,
        instance=a.instance or b.instance,
        many=a.many or b.many,
        ref=a.ref or b.ref,
        bound=a.bound or b.bound,
        dotted=a.dotted or b.dotted,
        text=a.text if a.text is not None else b.text,
        keys=tuple(keys.items()),
        sql=a.sql or b.sql,
        sdk=a.sdk or b.sdk,
    )


def with_taints(value: Value, taints: frozenset[Taint]) -> Value:
    return replace(value, taints=taints)
