"""Collects what the analysis found into fields, nodes and edges, each once.

Code-level fields (parameters, dict keys, keyword arguments, attributes of objects
of unknown class) are *pending* until an edge uses them, so only data that moves
somewhere becomes a field of the inventory.
"""

from __future__ import annotations

from collections.abc import Iterable

from catalog.model import Edge, Evidence, Field, Node, field_node_id
from scanner.code.values import Taint, in_order


class Emitter:
    """Fields, nodes and edges, deduplicated; inactive during the analysis's learning rounds."""

    def __init__(self, active: bool) -> None:
        self.active = active
        self.fields: dict[str, Field] = {}
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, str, str | None, str | None], Edge] = {}
        self.pending: dict[str, Field] = {}

    def code_field(self, source: str, table: str, name: str, line: int, category: str | None = None) -> str:
        """A code-level field's node id (pinned to ``category`` if given); added once an edge uses it."""
        node = field_node_id(None, table, name)
        if self.active and node not in self.pending and node not in self.fields:
            self.pending[node] = Field(source, None, table, name, None, annotation=category,
                                       evidence=Evidence(source, line))
        return node

    def node(self, node: Node) -> None:
        if self.active:
            self.nodes.setdefault(node.id, node)

    def edge(self, source: str, target: str, kind: str, evidence: Evidence, transform: str | None = None,
             purpose: str | None = None, purpose_source: str | None = None) -> None:
        if not self.active or source == target:
            return
        key = (source, target, kind, transform, purpose)
        if key in self.edges:
            return
        self.edges[key] = Edge(source, target, kind, evidence, purpose, purpose_source, transform)
        for end in (source, target):
            item = self.pending.pop(end, None)
            if item is not None:
                self.fields[end] = item

    def link(self, taints: Iterable[Taint], target: str, evidence: Evidence, stores: bool = False) -> bool:
        """Edges from every taint into ``target``: copies, or derives with the transform; True if any."""
        linked = False
        for source, transform in in_order(taints):
            kind = "stores" if stores else ("copies" if transform is None else "derives")
            self.edge(source, target, kind, evidence, transform)
            linked = linked or source != target
        return linked
