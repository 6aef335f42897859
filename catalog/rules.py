"""The finding rules: stable ids, names and severities. A rule's docstring is its documentation."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleInfo:
    id: str
    name: str
    severity: str
    summary: str
    doc: str


def _rule(id_: str, name: str, severity: str, summary: str, doc: str) -> RuleInfo:
    return RuleInfo(id_, name, severity, summary, " ".join(doc.split()))


RULES: dict[str, RuleInfo] = {
    rule.id: rule
    for rule in (
        _rule("DM104", "undisclosed-category", "error",
              "A personal-data category is collected that the policy does not disclose.",
              """A field holds personal data of a category that no category of the policy
              covers (neither its key nor an ancestor key is listed). Either the policy must
              disclose the category, or the field should not hold it. Fix the policy, drop or
              rename the field, or pin the field's category if the classifier is wrong."""),
        _rule("DM201", "stale-pin", "warning",
              "A reviewed category pin no longer matches its field.",
              """An entry of the overrides file names a field that no longer exists, or whose
              type changed since the pin was reviewed. The pin is still applied when the field
              exists, but a person should review it again and update `reviewed_type`."""),
    )
}
