"""Charts as inline SVG: horizontal bars, drawn here so the report needs no network and no chart library."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BAR = "#2f6f9f"
BAD = "#c0392b"
GOOD = "#2e8b57"
ROW = 18
LABEL_WIDTH = 250
CHART_WIDTH = 640


def _label(text: str, limit: int = 36) -> str:
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def bar_chart(title: str, items: Sequence[tuple[str, int]], limit: int = 15) -> str:
    """Horizontal bars, largest first, at most ``limit`` of them plus one bar for the rest."""
    ranked = sorted(items, key=lambda item: (-item[1], item[0]))
    shown = list(ranked[:limit])
    rest = ranked[limit:]
    if rest:
        shown.append((f"{len(rest)} others", sum(v for _, v in rest)))
    if not shown:
        return ""
    top = max(v for _, v in shown) or 1
    span = CHART_WIDTH - LABEL_WIDTH - 50
    height = ROW * len(shown) + 30
    parts = [f'<svg role="img" width="{CHART_WIDTH}" height="{height}" '
             f'viewBox="0 0 {CHART_WIDTH} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
             f"<title>{escape(title)}</title>",
             f'<text x="0" y="14" font-size="12" font-weight="bold">{escape(title)}</text>']
    for index, (label, value) in enumerate(shown):
        y = 24 + index * ROW
        width = max(1, round(span * value / top))
        parts.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + 12}" text-anchor="end">{_label(label)}</text>')
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{y + 2}" width="{width}" height="{ROW - 5}" fill="{BAR}"/>')
        parts.append(f'<text x="{LABEL_WIDTH + width + 4}" y="{y + 12}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def split_chart(title: str, items: Sequence[tuple[str, int, int]], good: str, bad: str) -> str:
    """Stacked horizontal bars of (label, good count, bad count), with a legend."""
    if not items:
        return ""
    top = max(g + b for _, g, b in items) or 1
    span = CHART_WIDTH - LABEL_WIDTH - 50
    height = ROW * len(items) + 48
    parts = [f'<svg role="img" width="{CHART_WIDTH}" height="{height}" '
             f'viewBox="0 0 {CHART_WIDTH} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
             f"<title>{escape(title)}</title>",
             f'<text x="0" y="14" font-size="12" font-weight="bold">{escape(title)}</text>',
             f'<rect x="{LABEL_WIDTH}" y="22" width="10" height="10" fill="{GOOD}"/>',
             f'<text x="{LABEL_WIDTH + 14}" y="31">{escape(good)}</text>',
             f'<rect x="{LABEL_WIDTH + 150}" y="22" width="10" height="10" fill="{BAD}"/>',
             f'<text x="{LABEL_WIDTH + 164}" y="31">{escape(bad)}</text>']
    for index, (label, ok, not_ok) in enumerate(items):
        y = 40 + index * ROW
        w_ok, w_bad = round(span * ok / top), round(span * not_ok / top)
        parts.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + 12}" text-anchor="end">{_label(label)}</text>')
        if w_ok:
            parts.append(f'<rect x="{LABEL_WIDTH}" y="{y + 2}" width="{w_ok}" height="{ROW - 5}" fill="{GOOD}"/>')
        if w_bad:
            parts.append(f'<rect x="{LABEL_WIDTH + w_ok}" y="{y + 2}" width="{w_bad}" height="{ROW - 5}" '
                         f'fill="{BAD}"/>')
        parts.append(f'<text x="{LABEL_WIDTH + w_ok + w_bad + 4}" y="{y + 12}">{ok + not_ok}</text>')
    parts.append("</svg>")
    return "".join(parts)
