"""Build the audit report from a snapshot and the one it is compared with."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from catalog.history import diff
from catalog.report.facts import Facts, qualified, store_of
from catalog.report.flagged import FLOW_RULES, flagged_groups, undisclosed, unused
from catalog.report.knowledge import load_knowledge
from catalog.report.model import CategoryRow, Figure, Report, SnapshotInfo, StoreRow, TableRow
from catalog.report.processing import recipient_rows, ropa_rows
from catalog.store import Snapshot

MAX_TABLES = 200
"""Tables listed one by one in the inventory; the report says how many more there are."""


def snapshot_info(facts: Facts) -> SnapshotInfo:
    meta = facts.snapshot.metadata
    policy = facts.snapshot.policy or {}
    return SnapshotInfo(facts.snapshot.id, str(meta.get("created_at", "")), meta.get("git_commit"),
                        policy.get("name"), meta.get("policy_sha256"), meta.get("datamap_version"),
                        tuple(str(i) for i in meta.get("inputs") or ()))


def _counts(facts: Facts) -> dict[str, int | None]:
    has_policy = facts.snapshot.policy is not None
    open_findings = [f for f in facts.findings if f["severity"] in ("error", "warning")]
    return {
        "Fields scanned": len(facts.fields),
        "Fields holding personal data": len(facts.personal),
        "Tables holding personal data": len({(f["source"], qualified(f)) for f in facts.personal}),
        "Categories of personal data": len({f["category"] for f in facts.personal}),
        "Third parties receiving personal data": len({f["recipient"] for f in facts.third_party_flows}),
        "Flows of personal data to third parties": len(facts.third_party_flows),
        "Flows the policy does not cover": (sum(1 for f in facts.third_party_flows if f["covered"] is False)
                                            if has_policy else None),
        "Categories collected but not disclosed": (len({f["category"] for f in facts.personal if f["undisclosed"]})
                                                   if has_policy else None),
        "Open findings (errors and warnings)": len(open_findings),
        "Flow findings": sum(1 for f in facts.findings if f["rule"] in FLOW_RULES),
    }


def figures(current: Facts, previous: Facts | None) -> list[Figure]:
    now = _counts(current)
    before = _counts(previous) if previous else {}
    return [Figure(label, value, before.get(label)) for label, value in now.items()]


def _policy_name(facts: Facts, row: dict) -> str | None:
    category = facts.policy.category(row["policy_category"]) if facts.policy and row["policy_category"] else None
    return category.name if category else row["policy_category"]


def _inventory(facts: Facts, report: Report) -> None:
    by_key: dict[str, list[dict]] = defaultdict(list)
    by_store: dict[str, list[dict]] = defaultdict(list)
    by_table: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in facts.fields:
        by_store[store_of(row)].append(row)
        if row["category"]:
            by_key[row["category"]].append(row)
            by_table[(store_of(row), qualified(row))].append(row)
    has_policy = facts.snapshot.policy is not None
    report.categories = sorted((CategoryRow(
        key, facts.name(key), len(rows), len({qualified(r) for r in rows}), _policy_name(facts, rows[0]),
        (not rows[0]["undisclosed"]) if has_policy else None) for key, rows in by_key.items()),
        key=lambda c: (-c.fields, c.key))
    report.stores = sorted((StoreRow(
        store, len({qualified(r) for r in rows}), len(rows), sum(1 for r in rows if r["category"]),
        tuple(sorted({r["category"] for r in rows if r["category"]}))) for store, rows in by_store.items()),
        key=lambda s: (-s.personal_fields, s.store))
    tables = sorted((TableRow(store, table, len(rows), tuple(sorted({r["category"] for r in rows})))
                     for (store, table), rows in by_table.items()), key=lambda t: (t.store, t.table))
    report.tables, report.tables_left_out = tables[:MAX_TABLES], max(0, len(tables) - MAX_TABLES)
    if not facts.fields:
        report.empty["inventory"] = "The snapshot holds no fields: the scan found no schema, model or data file."
    elif not facts.personal:
        report.empty["inventory"] = f"None of the {len(facts.fields)} fields scanned holds personal data."


def _explain_empty(facts: Facts, report: Report, previous: Facts | None, no_previous: str) -> None:
    if previous is None:
        report.empty["changes"] = no_previous
    elif report.changes is not None and report.changes.empty:
        report.empty["changes"] = f"Nothing changed since snapshot {previous.snapshot.id}."
    if not report.recipients:
        report.empty["recipients"] = ("No flow of personal data to a third party was found in the scanned code, "
                                      "configuration and ETL.")
    if facts.policy is None:
        reason = facts.no_policy_reason
        report.empty.setdefault("flagged", f"Flows cannot be held against a policy: {reason}.")
        report.empty["gaps"] = f"Policy gaps cannot be found: {reason}."
    elif not report.flagged:
        report.empty["flagged"] = ("No flow is flagged: every flow found is covered by the policy."
                                   if facts.flows else "No flow of personal data was found, so none is flagged.")
    elif not report.undisclosed and not report.unused:
        report.empty["gaps"] = "No gap: every category collected is disclosed, and every disclosure is used."
    if not report.ropa:
        report.empty["ropa"] = ("No processing activity is known: no flow of personal data was found and the "
                                f"snapshot has no policy ({facts.no_policy_reason}).")


def build_report(current: Snapshot, previous: Snapshot | None = None, *, no_previous: str = "",
                 generated_at: datetime | None = None) -> Report:
    """The whole report; ``no_previous`` says why there is no snapshot to compare with, when there is none."""
    facts, before = Facts(current), Facts(previous) if previous is not None else None
    knowledge = load_knowledge()
    policy_name = (current.policy or {}).get("name")
    report = Report(
        title=f"Personal data audit{f' — {policy_name}' if policy_name else ''}",
        generated_at=(generated_at or datetime.now(UTC)).isoformat(timespec="seconds"),
        snapshot=snapshot_info(facts), previous=snapshot_info(before) if before else None,
        figures=figures(facts, before),
    )
    _inventory(facts, report)
    report.recipients = recipient_rows(facts, knowledge)
    if facts.policy is not None:
        report.flagged = flagged_groups(facts)
        report.undisclosed, report.unused = undisclosed(facts), unused(facts)
    report.ropa = ropa_rows(facts, knowledge)
    report.changes = diff(previous, current) if previous is not None else None
    report.scan_errors = [f"{e.get('path')}{':' + str(e['line']) if e.get('line') else ''}: {e.get('reason')}"
                          for e in current.metadata.get("errors") or ()]
    _explain_empty(facts, report, before, no_previous or "There is no earlier snapshot to compare with.")
    return report
