"""The inventory: every field with its classification, seen through the policy when one is given."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from catalog.model import Classification, Field, Finding

if TYPE_CHECKING:
    from catalog.policy import Policy


@dataclass(frozen=True)
class Record:
    """One row of the inventory: a field, its category, and the policy category it falls under."""

    field: Field
    classification: Classification
    policy_category: str | None = None
    undisclosed: bool = False

    @property
    def personal(self) -> bool:
        return self.classification.category is not None


@dataclass
class Inventory:
    records: list[Record] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def personal(self) -> list[Record]:
        return [r for r in self.records if r.personal]


def build_inventory(fields: Sequence[Field], classifications: Sequence[Classification],
                    policy: Policy | None = None) -> Inventory:
    """Join fields and classifications, add the policy view, and flag undisclosed categories."""
    inventory = Inventory()
    covering_ids: dict[str | None, str | None] = {}  # category -> the id of the policy category covering it
    for item, classification in zip(fields, classifications, strict=True):
        key = classification.category
        if key not in covering_ids:
            covering = policy.category_for(key) if policy is not None and key else None
            covering_ids[key] = covering.id if covering else None
        covering_id = covering_ids[key]
        undisclosed = policy is not None and key is not None and covering_id is None
        inventory.records.append(Record(item, classification, covering_id, undisclosed))
        if undisclosed and policy is not None:
            inventory.findings.append(Finding(
                "DM104", "error",
                f"{item.qualified_table}.{item.name} holds {key}, a category the policy "
                f"'{policy.name}' does not disclose",
                subject=item.key, category=key, evidence=item.evidence))
    return inventory
