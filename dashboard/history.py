"""One line per snapshot for the trends: counts of personal fields, flows and findings by rule."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from dashboard.loading import Estate


@dataclass(frozen=True)
class Summary:
    id: str
    created_at: str
    fields: int
    personal_fields: int
    flows: int
    uncovered_flows: int
    recipients: int
    findings_by_rule: dict[str, int] = field(default_factory=dict)


def summarize(estate: Estate) -> Summary:
    flows = estate.flows
    rules = estate.findings["rule"].value_counts().sort_index()
    return Summary(
        id=estate.id,
        created_at=estate.created_at,
        fields=len(estate.fields),
        personal_fields=int(estate.fields["personal"].sum()),
        flows=len(flows),
        uncovered_flows=int((flows["covered"] == False).sum()),  # noqa: E712 (a null verdict is not False)
        recipients=int(flows["recipient"].nunique()),
        findings_by_rule={str(rule): int(count) for rule, count in rules.items()},
    )


def trend_frame(summaries: list[Summary]) -> pd.DataFrame:
    """Counts over time, one row per snapshot, indexed by creation time."""
    rows = [{"snapshot": s.id, "created": s.created_at, "fields": s.fields, "personal fields": s.personal_fields,
             "flows": s.flows, "flows not covered": s.uncovered_flows, "recipients": s.recipients}
            for s in summaries]
    return pd.DataFrame(rows, columns=["snapshot", "created", "fields", "personal fields", "flows",
                                       "flows not covered", "recipients"])


def rule_frame(summaries: list[Summary]) -> pd.DataFrame:
    """Findings per rule (columns) per snapshot (rows, by creation time)."""
    frame = pd.DataFrame([s.findings_by_rule for s in summaries], index=[s.created_at or s.id for s in summaries])
    return frame.fillna(0).astype(int).sort_index(axis=1)
