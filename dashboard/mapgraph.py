"""The data map as a small graph: flows folded onto groups (tables, files, services, recipients).

A flow's path runs field → code/ETL → recipient; each hop is mapped to its group
and repeated groups are merged, so thousands of columns become a few dozen boxes.
Groups the user expands show their own nodes instead. The graph keeps at most
``max_nodes`` boxes, taking the paths with uncovered flows first.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

import networkx as nx
import pandas as pd

from dashboard.grouping import Group, Grouper, node_label


@dataclass
class MapNode:
    id: str
    label: str
    kind: str
    categories: set[str] = field(default_factory=set)
    flows: int = 0
    uncovered: int = 0
    level: int = 0
    expanded_from: str | None = None
    detail: str = ""


@dataclass
class MapEdge:
    source: str
    target: str
    flows: int = 0
    uncovered: int = 0
    unjudged: int = 0
    categories: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class FlowFilter:
    """What to show: empty collections mean everything."""

    categories: Collection[str] = ()
    recipients: Collection[str] = ()
    stores: Collection[str] = ()
    uncovered_only: bool = False


@dataclass
class DataMap:
    nodes: dict[str, MapNode]
    edges: dict[tuple[str, str], MapEdge]
    total_nodes: int
    total_flows: int
    shown_flows: int


def flow_groups(flows: pd.DataFrame, grouper: Grouper) -> list[list[Group]]:
    """Each flow's path as its sequence of groups, repeats merged."""
    result: list[list[Group]] = []
    for path in flows["path"]:
        groups: list[Group] = []
        for node in path:
            group = grouper.group(str(node))
            if not groups or groups[-1].id != group.id:
                groups.append(group)
        result.append(groups)
    return result


def select_flows(flows: pd.DataFrame, groups: list[list[Group]], wanted: FlowFilter) -> list[int]:
    """Row positions of the flows that pass the filter."""
    keep: list[int] = []
    categories, recipients, stores = set(wanted.categories), set(wanted.recipients), set(wanted.stores)
    for index, (cats, recipient, covered) in enumerate(zip(flows["categories"], flows["recipient"], flows["covered"],
                                                           strict=True)):
        if categories and not categories.intersection(cats):
            continue
        if recipients and recipient not in recipients:
            continue
        if stores and not (groups[index] and groups[index][0].id in stores):
            continue
        if wanted.uncovered_only and covered is not False:
            continue
        keep.append(index)
    return keep


def _hop_ids(path: Iterable[str], groups: list[Group], grouper: Grouper, expanded: Collection[str]) -> list[Group]:
    if not expanded:
        return groups
    out: list[Group] = []
    for node in path:
        group = grouper.group(str(node))
        item = Group(str(node), "", group.kind) if group.id in expanded else group
        if not out or out[-1].id != item.id:
            out.append(item)
    return out


def _add(data: DataMap, hops: list[Group], cats: Iterable[str], covered: object, grouper: Grouper,
         labels: dict[str, str]) -> None:
    cats = set(cats)
    for hop in hops:
        node = data.nodes.get(hop.id)
        if node is None:
            expanded = grouper.group(hop.id).id if not hop.label else None
            label = hop.label or node_label(hop.id, labels, grouper.root)
            node = data.nodes[hop.id] = MapNode(hop.id, label, hop.kind, expanded_from=expanded, detail=hop.detail)
        node.categories |= cats
        node.flows += 1
        node.uncovered += covered is False
    for a, b in zip(hops, hops[1:], strict=False):
        edge = data.edges.get((a.id, b.id))
        if edge is None:
            edge = data.edges[(a.id, b.id)] = MapEdge(a.id, b.id)
        edge.flows += 1
        edge.uncovered += covered is False
        edge.unjudged += covered is None or covered != covered
        edge.categories |= cats


def build_map(flows: pd.DataFrame, groups: list[list[Group]], rows: list[int], grouper: Grouper,
              labels: dict[str, str], expanded: Collection[str] = (), max_nodes: int = 60) -> DataMap:
    """The graph of the selected flows, at most ``max_nodes`` boxes, most uncovered flows first."""
    order = sorted(rows, key=lambda i: (flows["covered"].iat[i] is not False, len(groups[i])))
    full = DataMap({}, {}, 0, len(flows), 0)
    kept = DataMap({}, {}, 0, len(flows), 0)
    for index in order:
        hops = _hop_ids(flows["path"].iat[index], groups[index], grouper, expanded)
        cats, covered = flows["categories"].iat[index], flows["covered"].iat[index]
        _add(full, hops, cats, covered, grouper, labels)
        new = {h.id for h in hops} - kept.nodes.keys()
        if len(kept.nodes) + len(new) <= max_nodes:
            _add(kept, hops, cats, covered, grouper, labels)
            kept.shown_flows += 1
    kept.total_nodes = len(full.nodes)
    _assign_levels(kept)
    return kept


def _assign_levels(data: DataMap) -> None:
    """Columns for a left-to-right layout: longest path from a source; recipients in the last column."""
    graph = nx.DiGraph(list(data.edges))
    graph.add_nodes_from(data.nodes)
    condensed = nx.condensation(graph)
    depth: dict[int, int] = {}
    for component in nx.topological_sort(condensed):
        depth[component] = max((depth[p] + 1 for p in condensed.predecessors(component)), default=0)
    mapping = condensed.graph["mapping"]
    last = max(depth.values(), default=0)
    for node_id, node in data.nodes.items():
        node.level = last if node.kind == "recipient" else depth[mapping[node_id]]
    if any(n.kind == "recipient" for n in data.nodes.values()) and any(
            n.level == last and n.kind != "recipient" for n in data.nodes.values()):
        for node in data.nodes.values():
            if node.kind == "recipient":
                node.level = last + 1
