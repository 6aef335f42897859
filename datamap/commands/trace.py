"""``datamap trace``: every path from a field or a category to every third party."""

from __future__ import annotations

import sys

import click
from rich.console import Console

from catalog.lineage import LineageGraph
from catalog.model import Evidence
from datamap.commands.common import handle_user_errors, scan_options, stderr_console
from datamap.exit_codes import OK
from datamap.run import ScanRequest, run_scan


def start_nodes(graph: LineageGraph, target: str) -> list[str]:
    """Field nodes named by ``target``: ``table.column``, ``schema.table.column`` or a category key."""
    wanted = target.lower()
    found = []
    for node, data in graph.graph.nodes(data=True):
        if data.get("kind") != "field":
            continue
        name = node.removeprefix("field:")
        if name == wanted or name.endswith("." + wanted) or target in data.get("own", ()):
            found.append(node)
        elif wanted.startswith("user") and any(c == target or c.startswith(target + ".") for c in data["own"]):
            found.append(node)
    return sorted(found)


def _hop(graph: LineageGraph, source: str, target: str) -> str:
    edge = graph.edge_between(source, target)
    if edge is None:
        return ""
    where = f" at {edge.evidence}" if isinstance(edge.evidence, Evidence) else ""
    extra = f", {edge.transform}" if edge.transform else ""
    purpose = f", purpose {edge.purpose}" if edge.purpose else ""
    return f"{edge.kind}{extra}{purpose}{where}"


@click.command()
@click.argument("target")
@scan_options
@handle_user_errors
def trace(target: str, request: ScanRequest, no_color: bool) -> None:
    """Print every path from TARGET (a field like users.email, or a category like
    user.contact.email) to every third party, with the evidence at each hop.

    \b
    Example:
      datamap trace users.email sample_schemas/
      datamap trace user.contact.email sample_schemas/ --policy sample_schemas/policy.yaml
    """
    run = run_scan(request, stderr_console(no_color))
    console = Console(no_color=no_color or None, highlight=False, soft_wrap=True)
    starts = start_nodes(run.graph, target)
    if not starts:
        stderr_console(no_color).print(f"no field matches {target!r}")
        sys.exit(OK)
    total = 0
    for start in starts:
        categories = ", ".join(sorted(run.graph.categories(start))) or "no category"
        paths = run.graph.paths_from(start)
        name = start.removeprefix("field:")
        console.print(f"[bold]{name}[/bold] ({categories}): {len(paths)} path(s) to third parties")
        for path in paths:
            total += 1
            console.print(f"  → {path[-1].removeprefix('recipient:')}")
            for source, hop_target in zip(path, path[1:], strict=False):
                console.print(f"      {source} → {hop_target}: {_hop(run.graph, source, hop_target)}", markup=False)
    stderr_console(no_color).print(f"{total} path(s) from {len(starts)} field(s)")
