"""The coverage matrix: per policy category and recipient, what the policy allows and what the estate sends."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from catalog.coverage import LOG_SINKS
from catalog.policy import Policy

ALLOWED_AND_SENT = "✓ sent"
SENT_NOT_ALLOWED = "✗ sent"
PURPOSE_NOT_ALLOWED = "⚠ sent"
ALLOWED_ONLY = "allowed"
NEITHER = ""


@dataclass(frozen=True)
class Column:
    """A matrix column: a recipient the estate sends to, or a named policy recipient."""

    id: str
    kind: str | None


def _columns(policy: Policy, pairs: pd.DataFrame, kinds: dict[str, str]) -> list[Column]:
    sent = sorted(set(pairs["recipient"]) - LOG_SINKS)
    columns = [Column(r, kinds.get(r)) for r in sent]
    for entry in policy.recipients:
        if not entry.is_class and not any(entry.stands_for(c.id, c.kind) for c in columns):
            columns.append(Column(entry.id, entry.kind))
    return columns


def _rows(policy: Policy, pairs: pd.DataFrame) -> list[tuple[str, str]]:
    """(row label, taxonomy key to ask the policy with): policy categories, then undisclosed keys sent."""
    rows = [(f"{c.id} — {c.name}", c.keys[0]) for c in policy.categories]
    undisclosed = sorted({key for key in pairs["category"] if policy.category_for(key) is None})
    return rows + [(f"{key} (not disclosed)", key) for key in undisclosed]


def _cell(allowed: bool, sent_covered: bool | None) -> str:
    if sent_covered is None:
        return ALLOWED_ONLY if allowed else NEITHER
    if not allowed:
        return SENT_NOT_ALLOWED
    return ALLOWED_AND_SENT if sent_covered else PURPOSE_NOT_ALLOWED


def coverage_matrix(policy: Policy, pairs: pd.DataFrame, kinds: dict[str, str]) -> pd.DataFrame:
    """Rows: categories; columns: recipients; cells: one of the states above."""
    pairs = pairs[~pairs["recipient"].isin(LOG_SINKS)]
    sent: dict[tuple[str, str], bool] = {}
    for key, recipient, covered in zip(pairs["category"], pairs["recipient"], pairs["covered"], strict=True):
        category = policy.category_for(key)
        label = f"{category.id} — {category.name}" if category else f"{key} (not disclosed)"
        sent[(label, recipient)] = sent.get((label, recipient), True) and covered is not False
    columns = _columns(policy, pairs, kinds)
    table: dict[str, list[str]] = {}
    labels = [label for label, _ in _rows(policy, pairs)]
    for column in columns:
        cells = []
        for label, key in _rows(policy, pairs):
            allowed = bool(policy.declarations_covering(key, column.id, column.kind))
            cells.append(_cell(allowed, sent.get((label, column.id))))
        table[column.id] = cells
    return pd.DataFrame(table, index=pd.Index(labels, name="category"))
