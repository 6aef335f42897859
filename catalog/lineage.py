"""The lineage graph: fields, code places, config keys and recipients joined by data movements.

Categories start at classified fields and propagate along edges; an ``aggregate``
transform (a count or average over many people) stops them, a ``hashed`` one
keeps them (the flow is marked hashed). Flows are read off the graph: every
``sends`` edge with every classified field that reaches it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from catalog.model import Classification, Edge, Field, Flow, Node

if TYPE_CHECKING:
    import networkx as nx

STOPPING_TRANSFORMS = frozenset({"aggregate"})


class LineageGraph:
    """A networkx multigraph with datamap's node and edge attributes.

    Nodes and edges are kept in plain lists and dicts as they are added, which is
    all that flows need; the networkx graph (``graph``) is made from them the
    first time it is asked for, with the categories spread (``propagate``)."""

    def __init__(self) -> None:
        self._graph: nx.MultiDiGraph | None = None
        self._nodes: dict[str, dict[str, Any]] = {}  # each node's attributes, in the order added
        self._edges: list[Edge] = []  # every edge, in the order added
        self._first: dict[tuple[str, str], Edge] = {}  # the first edge added between two nodes
        #: the edges into each node, by source, in the order networkx keeps them (a source first seen first)
        self._into: dict[str, dict[str, list[Edge]]] = {}
        self._spread = False  # whether the categories have been spread since the last change

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx multigraph: node attributes ``kind``, ``label``, ``own``, ``fields``, ``evidence``,
        ``categories``, ``hashed`` (and ``attributes`` for nodes a reader emitted); each edge's ``edge``."""
        if self._graph is None:
            import networkx as nx  # only when the graph is asked for: a check never asks

            graph = nx.MultiDiGraph()
            for node, data in self._nodes.items():
                graph.add_node(node)
                kept = graph.nodes[node]
                kept.update(data)
                self._nodes[node] = kept  # one dict for both: what is spread later shows in the graph
            for key, edge in enumerate(self._edges, 1):
                graph.add_edge(edge.source, edge.target, key=key, edge=edge)  # a given key is cheaper
            self._graph = graph
        if not self._spread:
            self.propagate()
        return self._graph

    # -- building ---------------------------------------------------------------------
    def _add(self, node: str, data: dict[str, Any]) -> None:
        self._nodes[node] = data
        self._spread = False
        if self._graph is not None:
            self._graph.add_node(node)
            kept = self._graph.nodes[node]
            kept.update(data)
            self._nodes[node] = kept

    def add_field(self, item: Field, classification: Classification | None) -> None:
        own = {classification.category} if classification and classification.category else set()
        node = item.node_id
        data = self._nodes.get(node)
        if data is not None:
            data["own"] |= own
            data.setdefault("fields", []).append(item)
            self._spread = False
            return
        self._add(node, {"kind": "field", "label": f"{item.qualified_table}.{item.name}", "own": set(own),
                         "fields": [item], "evidence": item.evidence})

    def add_node(self, node: Node) -> None:
        if node.id in self._nodes:
            return
        self._add(node.id, {"kind": node.kind, "label": node.label, "own": set(), "fields": [],
                            "evidence": node.evidence, "attributes": dict(node.attributes)})

    def add_edge(self, edge: Edge) -> None:
        for end in (edge.source, edge.target):
            if end not in self._nodes:
                kind = end.split(":", 1)[0]
                self._add(end, {"kind": kind, "label": end.split(":", 1)[-1], "own": set(), "fields": [],
                                "evidence": None})
        self._edges.append(edge)
        self._spread = False
        if self._graph is not None:
            self._graph.add_edge(edge.source, edge.target, key=len(self._edges), edge=edge)
        self._first.setdefault((edge.source, edge.target), edge)
        self._into.setdefault(edge.target, {}).setdefault(edge.source, []).append(edge)

    @classmethod
    def build(cls, fields: Sequence[Field], classifications: Sequence[Classification],
              nodes: Iterable[Node] = (), edges: Iterable[Edge] = ()) -> LineageGraph:
        """The graph of ``fields`` (with their ``classifications``), ``nodes`` and ``edges``; categories are
        spread when first asked for (``categories``, ``graph``)."""
        lineage = cls()
        for item, classification in zip(fields, classifications, strict=True):
            lineage.add_field(item, classification)
        for node in nodes:
            lineage.add_node(node)
        for edge in edges:
            lineage.add_edge(edge)
        return lineage

    def attributes(self, node: str) -> dict[str, str]:
        """What the reader that emitted ``node`` said of it (empty for other nodes and unknown ids)."""
        return self._nodes.get(node, {}).get("attributes") or {}

    # -- categories -------------------------------------------------------------------
    def propagate(self) -> None:
        """Spread categories forward until nothing changes (cycles are fine)."""
        nodes = self._nodes
        for data in nodes.values():
            data["categories"] = set(data["own"])
            data["hashed"] = set()
        out: dict[str, list[Edge]] = {}
        for edge in self._edges:
            if edge.transform not in STOPPING_TRANSFORMS:
                out.setdefault(edge.source, []).append(edge)
        queue = deque(n for n, d in nodes.items() if d["categories"])
        while queue:
            node = queue.popleft()
            data = nodes[node]
            for edge in out.get(node, ()):
                target = edge.target
                tdata = nodes[target]
                new = data["categories"] - tdata["categories"]
                hashed = (data["categories"] if edge.transform == "hashed" else data["hashed"]) - tdata["hashed"]
                if new or hashed:
                    tdata["categories"] |= new
                    tdata["hashed"] |= hashed
                    queue.append(target)
        self._spread = True

    def categories(self, node: str) -> set[str]:
        if not self._spread:
            self.propagate()
        return set(self._nodes[node].get("categories", ()))

    # -- flows --------------------------------------------------------------------------
    def _origins(self, start: str) -> dict[str, str | None]:
        """Nodes that reach ``start`` backwards (over edges that keep the person), with the next hop."""
        nxt: dict[str, str | None] = {start: None}
        queue = deque([start])
        into = self._into
        while queue:
            node = queue.popleft()
            for source, edges in into.get(node, {}).items():
                if source in nxt or all(edge.transform in STOPPING_TRANSFORMS for edge in edges):
                    continue
                nxt[source] = node
                queue.append(source)
        return nxt

    def _path(self, origin: str, nxt: dict[str, str | None]) -> list[str]:
        path = [origin]
        while nxt[path[-1]] is not None:
            path.append(nxt[path[-1]])  # type: ignore[arg-type]
        return path

    def _transforms(self, path: Sequence[str]) -> tuple[str, ...]:
        found: list[str] = []
        for source, target in zip(path, path[1:], strict=False):
            for edge in self._into.get(target, {}).get(source, ()):
                transform = edge.transform
                if transform and transform not in found:
                    found.append(transform)
        return tuple(found)

    def flows(self) -> list[Flow]:
        """Every classified field reaching every sending edge, with its path and purpose."""
        flows: list[Flow] = []
        sends = [(edge.source, edge.target, edge) for edge in self._edges if edge.kind == "sends"]
        for sender, recipient, edge in sorted(sends, key=lambda s: (s[0], s[1])):  # one pair's in the order added
            nxt = self._origins(sender)
            for origin in sorted(nxt):
                own = self._nodes[origin]["own"]
                if not own:
                    continue
                path = [*self._path(origin, nxt), recipient]
                flows.append(Flow(
                    categories=tuple(sorted(own)), recipient=recipient.removeprefix("recipient:"),
                    path=tuple(path), purpose=edge.purpose, purpose_source=edge.purpose_source,
                    evidence=edge.evidence, transforms=self._transforms(path)))
        return flows

    def paths_from(self, start: str) -> list[list[str]]:
        """Every simple path from ``start`` to a recipient (for ``datamap trace``)."""
        graph = self.graph

        def keeps_person(source: str, target: str, key: int) -> bool:
            return graph.edges[source, target, key]["edge"].transform not in STOPPING_TRANSFORMS

        import networkx as nx

        personal = nx.subgraph_view(graph, filter_edge=keeps_person)
        recipients = [n for n, d in graph.nodes(data=True) if d["kind"] == "recipient"]
        paths: list[list[str]] = []
        for recipient in recipients:
            if nx.has_path(personal, start, recipient):
                paths.extend(nx.all_simple_paths(personal, start, recipient, cutoff=12))
        return sorted(map(list, {tuple(p) for p in paths}))

    def edge_between(self, source: str, target: str) -> Edge | None:
        """The first edge added from ``source`` to ``target``, if any."""
        return self._first.get((source, target))
