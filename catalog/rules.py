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
        _rule("DM101", "uncovered-flow", "error",
              "Personal data flows to a third party and no declaration of the policy covers it.",
              """A flow carries a category of personal data to a recipient the policy names or classes,
              but no declaration of the policy lets that category go to that recipient at all (or
              the category is not disclosed). Either stop the flow, or amend the policy (with the
              sentence that allows it) if the published policy really covers it."""),
        _rule("DM102", "unnamed-recipient", "error",
              "Personal data flows to a third party the policy neither names nor classes.",
              """The recipient of a flow is not named by the policy, and no class of recipients in the
              policy (advertising partners, payment processors…) takes in its kind. The published
              policy must name it, or the data must not go there."""),
        _rule("DM103", "purpose-not-allowed", "error",
              "A flow's purpose is not one the policy allows for that category and recipient.",
              """A declaration lets the category go to the recipient, but not for the purpose this flow
              serves. The purpose comes from the code (`# datamap: purpose=…`), the config, the
              project's datamap config, or the recipient's kind, in that order; the finding says
              which decided."""),
        _rule("DM104", "undisclosed-category", "error",
              "A personal-data category is collected that the policy does not disclose.",
              """A field holds personal data of a category that no category of the policy
              covers (neither its key nor an ancestor key is listed). Either the policy must
              disclose the category, or the field should not hold it. Fix the policy, drop or
              rename the field, or pin the field's category if the classifier is wrong."""),
        _rule("DM105", "unplaced-field", "warning",
              "A field looks personal but cannot be placed in a category with confidence.",
              """The classifier leans towards a personal-data category for this field but its
              confidence is low. Review it: pin its category inline (`datamap: KEY` or `datamap: none`)
              or in the overrides file, so the inventory is right."""),
        _rule("DM106", "unused-disclosure", "info",
              "The policy discloses a category or names a recipient that nothing in the estate uses.",
              """Informational: a category the policy says is collected, or a third party it says data
              is shared with, was not found in the scanned estate. The policy may say more than the
              systems do, or part of the estate was not scanned."""),
        _rule("DM107", "personal-data-logged", "warning",
              "Personal data is written to application logs.",
              """A value of a personal-data category reaches a logging call or standard output. Logs
              are widely readable, long-lived and shipped to other systems: mask or drop the value."""),
        _rule("DM201", "stale-pin", "warning",
              "A reviewed category pin no longer matches its field.",
              """An entry of the overrides file names a field that no longer exists, or whose
              type changed since the pin was reviewed. The pin is still applied when the field
              exists, but a person should review it again and update `reviewed_type`."""),
        _rule("DM301", "suppression-without-reason", "warning",
              "An inline suppression gives no reason.",
              """A `datamap: ignore[...]` comment must say why the finding is acceptable, as
              `reason="…"` (for example who approved it and when). Without a reason the
              suppression is not applied, so the finding it meant to hide is reported too."""),
        _rule("DM302", "expired-suppression", "warning",
              "An inline suppression is past its expiry date.",
              """A `datamap: ignore[...]` comment with `until=YYYY-MM-DD` stops suppressing the
              day after that date (or at once when the date cannot be read), and the finding it
              suppressed is reported again. Review the finding, then fix it or renew the
              suppression with a new date and reason."""),
        _rule("DM303", "unused-suppression", "info",
              "An inline suppression matches no finding.",
              """A `datamap: ignore[...]` comment names a rule that reports nothing on the
              comment's line or the line below it: the finding was fixed, moved or never
              existed. Remove the comment so it cannot hide a future finding."""),
        _rule("DM401", "new-personal-field", "info",
              "A change adds a field that holds personal data.",
              """Reported by `datamap check --diff REF`: a column, attribute or key that holds
              personal data exists now but did not exist at REF (a new table, an added column,
              a migration). Review that the policy discloses the category and that the field is
              needed."""),
        _rule("DM402", "reclassified-field", "info",
              "A change gives a field a different personal-data category.",
              """Reported by `datamap check --diff REF`: a field that existed at REF is now
              classified into another personal-data category (or became personal), because of
              its new name, type, comment or a pin. Review the new category."""),
        _rule("DM403", "new-flow", "info",
              "A change sends personal data to a recipient that did not receive any before.",
              """Reported by `datamap check --diff REF`: personal data now reaches a third party
              that no flow reached at REF. Coverage findings say whether the policy allows it;
              this one asks a person to review the new recipient."""),
        _rule("DM404", "widened-flow", "info",
              "A change sends new categories of personal data to an existing recipient.",
              """Reported by `datamap check --diff REF`: a recipient that already received
              personal data at REF now also receives other categories. Review that the policy
              covers the new categories for that recipient."""),
    )
}
