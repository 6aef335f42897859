"""The core records every reader emits and every stage consumes.

Records are frozen dataclasses. Mutable details such as line numbers are kept
out of identity (``compare=False``) so that a field or finding keeps its
identity when the file around it is edited.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Evidence:
    """Where something was seen: a file and line, or a database location."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class ForeignKey:
    """A reference from a field to a column of another table."""

    table: str
    column: str | None = None


@dataclass(frozen=True)
class Field:
    """One column, attribute or key in a source.

    ``source`` is the input the field was read from (a file, a folder of
    migrations, a database URL without credentials); ``dataset`` is the schema
    or file-level namespace; ``table`` the table, model or class.
    """

    source: str
    dataset: str | None
    table: str
    name: str
    type: str | None = None
    comment: str | None = field(default=None, compare=False)
    primary_key: bool = field(default=False, compare=False)
    references: ForeignKey | None = field(default=None, compare=False)
    annotation: str | None = field(default=None, compare=False)
    evidence: Evidence | None = field(default=None, compare=False)

    @cached_property
    def qualified_table(self) -> str:
        """``dataset.table``, or the table alone (worked out once: the classifier asks for every column)."""
        return f"{self.dataset}.{self.table}" if self.dataset else self.table

    @property
    def key(self) -> str:
        """A stable identifier for this field, free of line numbers."""
        return f"{self.source}::{self.qualified_table}.{self.name}"

    @cached_property
    def node_id(self) -> str:
        """This field's node in the lineage graph (worked out once: the scan and the graph both ask)."""
        return field_node_id(self.dataset, self.table, self.name)


@dataclass(frozen=True)
class Signal:
    """One piece of evidence the classifier weighed: name, type, comment, table..."""

    kind: str
    detail: str
    category: str | None
    weight: float


@dataclass(frozen=True)
class Classification:
    """A field's personal-data category (a taxonomy key, or None for not personal)."""

    category: str | None
    confidence: float
    explanation: str
    signals: tuple[Signal, ...] = ()
    pinned: bool = False

    @property
    def personal(self) -> bool:
        return self.category is not None


@dataclass(frozen=True)
class ScanError:
    """A counted failure: an input that could not be read, or a statement skipped."""

    path: str
    line: int | None
    reason: str
    kind: str = "error"  # "error" (input unreadable) or "statement" (one statement skipped)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Finding:
    """A rule violation with a stable fingerprint (no line numbers, no values)."""

    rule: str
    severity: str
    message: str
    subject: str
    category: str | None = None
    recipient: str | None = None
    evidence: Evidence | None = field(default=None, compare=False)
    #: the flow's path (node ids) and the evidence at each hop, for flow findings
    path: tuple[str, ...] = field(default=(), compare=False)
    hops: tuple[Evidence | None, ...] = field(default=(), compare=False)
    purpose: str | None = field(default=None, compare=False)
    purpose_source: str | None = field(default=None, compare=False)
    #: the policy sentence the finding was held against (None: the policy says nothing that applies)
    citation: str | None = field(default=None, compare=False)

    @cached_property
    def fingerprint(self) -> str:
        """16 hex digits of the rule, subject, category and recipient: what survives line moves and edits."""
        parts = (self.rule, self.subject, self.category or "", self.recipient or "")
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ValueProfile:
    """What a sample of a field's values looked like. Never holds raw values.

    ``matches`` maps a taxonomy key to the share of sampled non-null values that
    a value detector recognised as that kind (e.g. ``user.contact.email``: 0.97);
    ``masked_examples`` are examples with the identifying part masked.
    """

    sampled: int
    matches: tuple[tuple[str, float], ...] = ()
    masked_examples: tuple[str, ...] = ()
    nested_keys: tuple[str, ...] = ()

    def best(self) -> tuple[str, float] | None:
        return max(self.matches, key=lambda item: item[1], default=None)


EDGE_KINDS = ("copies", "derives", "sends", "stores")


@dataclass(frozen=True)
class Node:
    """A lineage node that is not a classified field: a code place, a config key, a recipient.

    Ids are namespaced: ``field:<dataset.table>.<column>`` (lower case; see ``field_node_id``),
    ``code:<path>:<function>+<line from its def>:<call>`` (``code:<path>:<line>:<call>`` at a module's top
    level; ``code:<path>:<function>`` for what a function returns, ``code:<path>:<function>(<parameter>)``
    for a parameter; see ``code_place``), ``config:<path>#<key>``, ``recipient:<id>``.
    """

    id: str
    kind: str  # "code", "config", "recipient", "store"
    label: str
    evidence: Evidence | None = field(default=None, compare=False)
    attributes: tuple[tuple[str, str], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Edge:
    """Data moving from one node to another.

    ``kind``: ``copies`` (the value as is), ``derives`` (an expression of it),
    ``sends`` (to a recipient), ``stores`` (into a store). ``transform`` says what
    a derivation did when it matters to the person: ``hashed`` keeps the person
    identifiable, ``aggregate`` (a count or average over many people) removes them.
    """

    source: str
    target: str
    kind: str
    evidence: Evidence | None = field(default=None, compare=False)
    purpose: str | None = None
    purpose_source: str | None = field(default=None, compare=False)  # "code", "config", "project", "recipient"
    transform: str | None = None


_CALL_ID = re.compile(r"^code:(?P<path>.+):(?:(?P<scope>[^:]*)\+(?P<offset>\d+)|(?P<line>\d+)):(?P<name>[^:]+)$")
_PLACE_ID = re.compile(r"^code:(?P<path>.+):(?P<name>[^:]+)$")
_LINE_IN_ID = re.compile(r":(?:[^:]*\+)?\d+:")


@dataclass(frozen=True)
class CodePlace:
    """What a ``code:`` node id says: the file, the call or function, the function a call is in, and the
    line at the top level (a call in a function is placed from its ``def``, which the id does not give)."""

    path: str
    name: str
    scope: str | None = None
    line: int | None = None


def code_place(node_id: str) -> CodePlace | None:
    """The parts of a ``code:`` node id (None for other ids)."""
    found = _CALL_ID.match(node_id)
    if found is not None:
        line = found["line"]
        return CodePlace(found["path"], found["name"], found["scope"], int(line) if line else None)
    found = _PLACE_ID.match(node_id)
    return CodePlace(found["path"], found["name"]) if found is not None else None


def line_free(node_id: str) -> str:
    """A node id without the place of a call in its file (``code:app/x.py:signup+3:requests.post`` and
    ``code:app/x.py:12:requests.post`` -> ``code:app/x.py:requests.post``): what survives edits that move it."""
    return _LINE_IN_ID.sub(":", node_id)


def field_node_id(dataset: str | None, table: str, column: str) -> str:
    """The lineage node id of a column; the same from every reader that names it."""
    qualified = f"{dataset}.{table}" if dataset else table
    return f"field:{qualified.lower()}.{column.lower()}"


@dataclass(frozen=True)
class Flow:
    """Personal data reaching a recipient: which categories, by which path, for which purpose."""

    categories: tuple[str, ...]
    recipient: str
    path: tuple[str, ...]
    purpose: str | None = None
    purpose_source: str | None = None
    evidence: Evidence | None = field(default=None, compare=False)
    transforms: tuple[str, ...] = ()


@dataclass
class ReadResult:
    """What one reader produced from one input: fields, counted errors and statistics."""

    fields: list[Field] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    profiles: dict[str, ValueProfile] = field(default_factory=dict)  # keyed by Field.key
    stats: dict[str, int] = field(default_factory=dict)
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    def merge(self, other: ReadResult) -> None:
        self.fields.extend(other.fields)
        self.errors.extend(other.errors)
        self.nodes.extend(other.nodes)
        self.edges.extend(other.edges)
        self.profiles.update(other.profiles)
        for name, count in other.stats.items():
            self.stats[name] = self.stats.get(name, 0) + count
