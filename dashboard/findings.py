"""A finding explained: each hop of its path with evidence, and the policy sentences it was held against."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from catalog.errors import DatamapError
from catalog.policy import Policy
from dashboard.evidence import Excerpt, excerpt, parse_place
from dashboard.grouping import node_label

FLOW_FIRST = {"DM101": 0, "DM102": 1, "DM103": 2, "DM107": 3}


@dataclass(frozen=True)
class Hop:
    """One step of a path: the node reached and where the step was seen."""

    node: str
    label: str
    place: str | None
    excerpt: Excerpt | None


@dataclass(frozen=True)
class Sentence:
    """A sentence of the policy and the entry that quotes it."""

    entry: str
    text: str


def ordered(findings: pd.DataFrame) -> pd.DataFrame:
    """Flow findings first (uncovered, unnamed, wrong purpose, logged), then by severity, rule, message."""
    severity = findings["severity"].map({"error": 0, "warning": 1, "info": 2}).fillna(3)
    rule = findings["rule"].map(FLOW_FIRST).fillna(9)
    keys = pd.DataFrame({"r": rule, "s": severity, "rule": findings["rule"], "m": findings["message"]})
    return findings.loc[keys.sort_values(["r", "s", "rule", "m"]).index]


def hops(finding: pd.Series, fields: pd.DataFrame, labels: dict[str, str], root: str) -> list[Hop]:
    """The path of a finding, its first node placed by the field's evidence, the others by the edge into them."""
    path = [str(n) for n in finding["path"]]
    places = [str(h) if h is not None else None for h in finding["hops"]]
    if not path:
        place = f"{finding['evidence_path']}:{int(finding['evidence_line'])}" if pd.notna(
            finding["evidence_line"]) and finding["evidence_path"] else finding["evidence_path"]
        return [Hop(str(finding["subject"]), str(finding["subject"]), place, _excerpt(place))]
    first = fields.loc[fields["node_id"] == path[0], "evidence"]
    result = [Hop(path[0], node_label(path[0], labels, root), first.iat[0] if len(first) else None,
                  _excerpt(first.iat[0] if len(first) else None))]
    for index, node in enumerate(path[1:]):
        place = places[index] if index < len(places) else None
        result.append(Hop(node, node_label(node, labels, root), place, _excerpt(place)))
    return result


def _excerpt(place: str | None) -> Excerpt | None:
    parsed = parse_place(place)
    return excerpt(*parsed) if parsed else None


def policy_model(raw: dict[str, Any] | None) -> Policy | None:
    """The snapshot's policy as the catalog's model, or None when absent or not readable."""
    if raw is None:
        return None
    try:
        return Policy.model_validate(raw)
    except (DatamapError, ValueError):
        return None


def sentences(finding: pd.Series, policy: Policy | None, kind: str | None) -> list[Sentence]:
    """The policy sentences a finding was held against: its own citation, else the entries it concerns."""
    found: list[Sentence] = []
    if isinstance(finding["citation"], str) and finding["citation"]:
        found.append(Sentence("declaration", finding["citation"]))
    if policy is None:
        return found
    category = policy.category_for(str(finding["category"])) if isinstance(finding["category"], str) else None
    if category is not None:
        found.append(Sentence(f"category '{category.id}'", category.citation))
    recipient = finding["recipient"]
    if isinstance(recipient, str):
        for entry in policy.recipients:
            if entry.stands_for(recipient, kind):
                found.append(Sentence(f"recipient '{entry.id}'", entry.citation))
    return found
