"""Drawing the data map: boxes and arrows for the graph component, coloured by kind and coverage."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from streamlit_agraph import _agraph

from dashboard.mapgraph import DataMap, MapEdge, MapNode

KIND_COLORS = {"store": "#cfe2ff", "code": "#e9e3f5", "config": "#fff0c2", "other": "#eeeeee"}
KIND_BORDERS = {"store": "#3b6fb6", "code": "#6f5aa8", "config": "#b58900", "other": "#888888"}
RECIPIENT_OK = ("#d8f0d8", "#2e7d32")
RECIPIENT_FLAGGED = ("#fbd5d5", "#c62828")
EDGE_COVERED = "#2e7d32"
EDGE_UNCOVERED = "#d32f2f"
EDGE_UNJUDGED = "#8a8a8a"
LEGEND = (
    ("store", "database table or schema"), ("code", "code (file or folder)"), ("config", "config file"),
)


def _wrap(label: str, width: int = 24, lines: int = 3) -> str:
    """Break a label into lines at path, dot, underscore or space boundaries."""
    pieces = re.findall(r"[^/._ ,]+[/._ ,]*", label) or [label]
    out: list[str] = []
    for piece in pieces:
        if out and len(out[-1]) + len(piece.rstrip()) <= width:
            out[-1] += piece
        else:
            out.append(piece)
    out = [line.rstrip() for line in out]
    return "\n".join(out[:lines]) + ("…" if len(out) > lines else "")


def _colors(node: MapNode) -> tuple[str, str]:
    if node.kind == "recipient":
        return RECIPIENT_FLAGGED if node.uncovered else RECIPIENT_OK
    return KIND_COLORS.get(node.kind, KIND_COLORS["other"]), KIND_BORDERS.get(node.kind, KIND_BORDERS["other"])


def _tooltip(node: MapNode) -> str:
    cats = ", ".join(sorted(node.categories)[:12]) + (" …" if len(node.categories) > 12 else "")
    return f"{node.detail or node.label}\n{node.flows} flows, {node.uncovered} not covered\n{cats}"


def _node(node: MapNode, selected: str | None) -> dict[str, Any]:
    fill, border = _colors(node)
    if node.kind == "recipient":
        label = _wrap(node.label, lines=2) + (f"\n{node.uncovered} of {node.flows} not covered" if node.uncovered
                                               else f"\n{node.flows} flows, covered")
    else:
        label = _wrap(node.label)
    return {"id": node.id, "label": label, "title": _tooltip(node), "shape": "box", "level": node.level,
            "color": {"background": fill, "border": border, "highlight": {"background": fill, "border": "#111"}},
            "borderWidth": 3 if node.id == selected else 1.5, "margin": 8, "widthConstraint": {"maximum": 190},
            "font": {"size": 16, "face": "sans-serif", "color": "#1a1a1a"}}


def _edge(edge: MapEdge) -> dict[str, Any]:
    color = EDGE_UNCOVERED if edge.uncovered else EDGE_UNJUDGED if edge.unjudged == edge.flows else EDGE_COVERED
    title = (f"{edge.flows} flows, {edge.uncovered} not covered\n"
             + ", ".join(sorted(edge.categories)[:12]))
    width = min(6.0, 1 + 0.8 * math.log2(1 + edge.flows))
    return {"from": edge.source, "to": edge.target, "color": color, "width": width, "title": title, "arrows": "to",
            "smooth": {"type": "cubicBezier", "forceDirection": "horizontal", "roundness": 0.4}}


def options(height: int) -> dict[str, Any]:
    """vis-network options: a left-to-right layered layout, no physics, hover tooltips, zoom buttons."""
    return {
        "height": f"{height}px", "width": "100%", "autoResize": True, "physics": {"enabled": False},
        "layout": {"hierarchical": {"enabled": True, "direction": "LR", "sortMethod": "directed",
                                    "levelSeparation": 215, "nodeSpacing": 78, "treeSpacing": 60,
                                    "blockShifting": True, "edgeMinimization": True, "parentCentralization": True}},
        "interaction": {"hover": True, "navigationButtons": True, "keyboard": False, "tooltipDelay": 150},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}},
    }


def draw(data: DataMap, selected: str | None, height: int = 680, key: str = "data_map_graph") -> str | None:
    """Draw the map; the id of the box the user last clicked (None before any click)."""
    columns = max((n.level for n in data.nodes.values()), default=0) + 1
    rows = max((sum(1 for n in data.nodes.values() if n.level == lvl) for lvl in range(columns)), default=1)
    graph = {"nodes": [_node(n, selected) for n in data.nodes.values()],
             "edges": [_edge(e) for e in data.edges.values()]}
    value = _agraph(data=json.dumps(graph), config=json.dumps(options(max(height, min(2400, 46 * rows)))), key=key)
    return str(value) if value else None
