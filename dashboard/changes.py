"""What changed between two snapshots: personal fields, flows and findings, by line-free identity.

Fields are matched by lineage node id with their category, flows by (category,
recipient) pairs, findings by fingerprint.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.loading import Estate

COVERAGE_RULES = ("DM101", "DM102", "DM103")


@dataclass(frozen=True)
class Changes:
    new_fields: pd.DataFrame
    removed_fields: pd.DataFrame
    new_flows: pd.DataFrame
    removed_flows: pd.DataFrame
    new_findings: pd.DataFrame
    fixed_findings: pd.DataFrame

    @property
    def empty(self) -> bool:
        return all(len(f) == 0 for f in (self.new_fields, self.removed_fields, self.new_flows, self.removed_flows,
                                         self.new_findings, self.fixed_findings))


def _personal(estate: Estate) -> pd.DataFrame:
    fields = estate.fields[estate.fields["personal"]]
    return fields[["node_id", "qualified_table", "name", "category", "evidence"]].drop_duplicates(
        ["node_id", "category"])


def flow_pairs(estate: Estate) -> pd.DataFrame:
    """(category, recipient) pairs the estate's flows carry: how many flows, and whether the policy covers the pair.

    A pair is not covered when a coverage finding (DM101-DM103) names it; ``covered``
    is None when the snapshot was made without a policy.
    """
    flows = estate.flows[["categories", "recipient"]].explode("categories")
    flows = flows.dropna(subset=["categories"]).rename(columns={"categories": "category"})
    pairs = flows.groupby(["category", "recipient"], as_index=False).size().rename(columns={"size": "flows"})
    findings = estate.findings[estate.findings["rule"].isin(COVERAGE_RULES)]
    refused = set(zip(findings["category"], findings["recipient"], strict=True))
    judged = estate.flows["covered"].notna().any()
    pairs["covered"] = [None if not judged else (c, r) not in refused
                        for c, r in zip(pairs["category"], pairs["recipient"], strict=True)]
    return pairs


def _minus(left: pd.DataFrame, right: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    merged = left.merge(right[keys].drop_duplicates(), on=keys, how="left", indicator=True)
    return merged[merged["_merge"] == "left_only"].drop(columns="_merge").reset_index(drop=True)


def compare(before: Estate, after: Estate) -> Changes:
    """Changes from ``before`` to ``after``."""
    fields_before, fields_after = _personal(before), _personal(after)
    flows_before, flows_after = flow_pairs(before), flow_pairs(after)
    finding_cols = ["rule", "severity", "message", "fingerprint"]
    findings_before, findings_after = before.findings[finding_cols], after.findings[finding_cols]
    return Changes(
        new_fields=_minus(fields_after, fields_before, ["node_id", "category"]),
        removed_fields=_minus(fields_before, fields_after, ["node_id", "category"]),
        new_flows=_minus(flows_after, flows_before, ["category", "recipient"]),
        removed_flows=_minus(flows_before, flows_after, ["category", "recipient"]),
        new_findings=_minus(findings_after, findings_before, ["fingerprint"]),
        fixed_findings=_minus(findings_before, findings_after, ["fingerprint"]),
    )
