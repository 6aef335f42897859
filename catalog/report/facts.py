"""Facts read once from a snapshot for the report: its rows, recipients, policy, and names of keys."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pydantic import ValidationError

from catalog import taxonomy
from catalog.coverage import LOG_SINKS
from catalog.model import field_node_id
from catalog.policy import Policy
from catalog.recipients import load_recipients
from catalog.store import Snapshot


def key_name(key: str | None) -> str:
    """The human name of a taxonomy key (category or data use), or the key itself."""
    if key is None:
        return "unknown"
    entry = taxonomy.entry(key)
    return entry.name if entry else key


def qualified(row: dict[str, Any]) -> str:
    return f"{row['dataset']}.{row['table']}" if row.get("dataset") else str(row["table"])


def store_of(row: dict[str, Any]) -> str:
    """Where a field is kept: its schema or dataset, else the file (relative to the inputs) defining it."""
    return str(row["dataset"]) if row.get("dataset") else str(row["key"]).split("::", 1)[0]


@dataclass(frozen=True)
class RecipientInfo:
    id: str
    name: str
    company: str
    kind: str


class Facts:
    """One snapshot, read as rows and lookups."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.fields = snapshot.tables["fields"].to_pylist()
        self.flows = snapshot.tables["flows"].to_pylist()
        self.findings = snapshot.tables["findings"].to_pylist()
        self.nodes = snapshot.tables["nodes"].select(["id", "kind", "label", "attributes"]).to_pylist()

    @cached_property
    def personal(self) -> list[dict[str, Any]]:
        return [f for f in self.fields if f["category"]]

    @cached_property
    def third_party_flows(self) -> list[dict[str, Any]]:
        return [f for f in self.flows if f["recipient"] not in LOG_SINKS]

    @cached_property
    def field_by_node(self) -> dict[str, dict[str, Any]]:
        return {field_node_id(f["dataset"], f["table"], f["name"]): f for f in self.fields}

    @cached_property
    def recipients(self) -> dict[str, RecipientInfo]:
        known = load_recipients()
        found: dict[str, RecipientInfo] = {}
        for node in self.nodes:
            if node["kind"] != "recipient":
                continue
            rid = node["id"].removeprefix("recipient:")
            attributes = json.loads(node["attributes"] or "{}")
            entry = known.get(rid)
            found[rid] = RecipientInfo(
                rid, node["label"] or (entry.name if entry else rid),
                attributes.get("company") or (entry.company if entry else "not recorded"),
                attributes.get("kind") or (entry.kind if entry else "unknown"))
        return found

    def recipient(self, rid: str) -> RecipientInfo:
        if rid in self.recipients:
            return self.recipients[rid]
        entry = load_recipients().get(rid)
        if entry is None:
            return RecipientInfo(rid, rid, "not recorded", "unknown")
        return RecipientInfo(rid, entry.name, entry.company, entry.kind)

    @cached_property
    def policy_result(self) -> tuple[Policy | None, str | None]:
        """The policy the scan was held against, or why there is none to use."""
        raw = self.snapshot.policy
        if raw is None:
            return None, "no policy in the snapshot: the scan ran without --policy"
        try:
            return Policy.model_validate(raw), None
        except (ValidationError, ValueError) as error:
            first = str(error).splitlines()[0]
            return None, f"the policy stored in the snapshot cannot be read by this datamap ({first})"

    @property
    def policy(self) -> Policy | None:
        return self.policy_result[0]

    @property
    def no_policy_reason(self) -> str:
        return self.policy_result[1] or ""

    @cached_property
    def _extension_names(self) -> dict[str, str]:
        return {e.key: e.name for e in self.policy.extensions} if self.policy else {}

    def name(self, key: str | None) -> str:
        """The human name of a taxonomy key, the policy's extensions included."""
        return self._extension_names.get(key or "") or key_name(key)

    def policy_purposes_for(self, use: str | None) -> list[str]:
        """Names of the policy purposes whose data uses take in ``use``."""
        if self.policy is None or use is None:
            return []
        return [p.name for p in self.policy.purposes if any(taxonomy.is_descendant(use, u) for u in p.uses)]
