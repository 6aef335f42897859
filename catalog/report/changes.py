"""A snapshot diff as text, Markdown or JSON (``datamap diff`` and the report's changes section)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

from catalog.history import FieldState, FindingState, FlowState, Reclassified, SnapshotDiff

SECTIONS: tuple[tuple[str, str], ...] = (
    ("fields_added", "Fields added"),
    ("fields_removed", "Fields removed"),
    ("reclassified", "Fields reclassified"),
    ("flows_added", "Flows added"),
    ("flows_removed", "Flows removed"),
    ("findings_new", "New findings"),
    ("findings_resolved", "Resolved findings"),
)


def _category(key: str | None) -> str:
    return key or "not personal"


def describe(item: Any) -> str:
    """One line for one change."""
    if isinstance(item, FieldState):
        return f"{item.label} ({_category(item.category)})"
    if isinstance(item, Reclassified):
        return f"{item.label}: {_category(item.before)} -> {_category(item.after)}"
    if isinstance(item, FlowState):
        status = {True: "covered", False: "not covered", None: "no policy"}[item.covered]
        return f"{', '.join(item.categories)} to {item.recipient} via {item.path} ({status})"
    if isinstance(item, FindingState):
        return f"{item.rule} {item.severity}: {item.message}"
    return str(item)


def _who(side: dict[str, Any]) -> str:
    commit = f", commit {str(side['git_commit'])[:12]}" if side.get("git_commit") else ""
    return f"{side['id']} ({side.get('created_at')}{commit})"


def lines(changes: SnapshotDiff, limit: int | None = None,
          bullet: Callable[[str], str] = lambda s: f"  {s}") -> list[tuple[str, list[str]]]:
    """Each section's title (with its count) and its lines, at most ``limit`` of them plus a remainder line."""
    out = []
    for name, title in SECTIONS:
        items: Sequence[Any] = getattr(changes, name)
        if not items:
            continue
        shown = [bullet(describe(i)) for i in (items if limit is None else items[:limit])]
        if limit is not None and len(items) > limit:
            shown.append(bullet(f"… and {len(items) - limit} more (`datamap diff` lists them all)"))
        out.append((f"{title} ({len(items)})", shown))
    return out


def render_text(changes: SnapshotDiff) -> str:
    head = [f"from {_who(changes.before)}", f"to   {_who(changes.after)}", ""]
    if changes.empty:
        return "\n".join([*head, "no changes"]) + "\n"
    body = []
    for title, items in lines(changes):
        body += [title, *items, ""]
    return "\n".join(head + body).rstrip("\n") + "\n"


def render_markdown(changes: SnapshotDiff) -> str:
    head = [f"## Changes from `{changes.before['id']}` to `{changes.after['id']}`", "",
            f"- before: {_who(changes.before)}", f"- after: {_who(changes.after)}", ""]
    if changes.empty:
        return "\n".join([*head, "No changes."]) + "\n"
    body = []
    for title, items in lines(changes, bullet=lambda s: f"- {s}"):
        body += [f"### {title}", "", *items, ""]
    return "\n".join(head + body).rstrip("\n") + "\n"


def render_json(changes: SnapshotDiff) -> str:
    data = {"before": changes.before, "after": changes.after, "counts": changes.counts(),
            **{name: [asdict(i) for i in getattr(changes, name)] for name, _ in SECTIONS}}
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


RENDERERS: dict[str, Callable[[SnapshotDiff], str]] = {
    "text": render_text, "markdown": render_markdown, "json": render_json,
}
