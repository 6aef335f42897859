"""The text output: a readable summary grouped by category and by table (rich)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from catalog.inventory import Record
from catalog.model import Finding
from catalog.rules import RULES

if TYPE_CHECKING:
    from datamap.run import ScanRun


def _category_table(records: list[Record], with_policy: bool) -> Table:
    table = Table(title="Personal data by category", title_justify="left", show_edge=False)
    table.add_column("category")
    if with_policy:
        table.add_column("policy category")
    table.add_column("fields", justify="right")
    table.add_column("tables", justify="right")
    by_category: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_category[record.classification.category or ""].append(record)
    for category, items in sorted(by_category.items()):
        tables = {r.field.qualified_table for r in items}
        row = [category]
        if with_policy:
            policy = items[0].policy_category
            row.append(policy or "[red]not disclosed[/red]")
        table.add_row(*row, str(len(items)), str(len(tables)))
    return table


def _field_table(records: list[Record], with_policy: bool) -> Table:
    table = Table(title="Personal fields by table", title_justify="left", show_edge=False)
    for name in ("table", "field", "category", "conf"):
        table.add_column(name, justify="right" if name == "conf" else "left")
    if with_policy:
        table.add_column("policy category")
    table.add_column("where")
    last = None
    for record in sorted(records, key=lambda r: (r.field.qualified_table, r.field.evidence.line if r.field.evidence
                                                 and r.field.evidence.line else 0)):
        f, c = record.field, record.classification
        shown = f.qualified_table if f.qualified_table != last else ""
        last = f.qualified_table
        row = [shown, f.name, (c.category or "") + (" (pinned)" if c.pinned else ""), f"{c.confidence:.2f}"]
        if with_policy:
            row.append(record.policy_category or "[red]not disclosed[/red]")
        row.append(str(f.evidence) if f.evidence else f.source)
        table.add_row(*row)
    return table


def _flow_table(run: ScanRun) -> Table:
    """One row per recipient and sending place, with every category that reaches it."""
    table = Table(title="Personal data sent to third parties", title_justify="left", show_edge=False)
    for name in ("recipient", "categories", "purpose (decided by)", "policy", "sent at"):
        table.add_column(name)
    rows: dict[tuple[str, str], dict] = {}
    for verdict in run.verdicts:
        flow = verdict.flow
        key = (flow.recipient, str(flow.evidence) if flow.evidence else "")
        row = rows.setdefault(key, {"categories": set(), "hashed": set(), "purpose": flow.purpose,
                                     "source": flow.purpose_source, "rules": set(), "covered": verdict.covered})
        row["categories"].update(flow.categories)
        if "hashed" in flow.transforms:
            row["hashed"].update(flow.categories)
        if verdict.rule:
            row["rules"].add(verdict.rule)
    ordered = sorted(rows.items(), key=lambda kv: (not kv[1]["rules"], kv[0]))
    for (recipient, where), row in ordered:
        categories = ", ".join(c + (" (hashed)" if c in row["hashed"] else "") for c in sorted(row["categories"]))
        purpose = f"{row['purpose']} ({row['source']})" if row["purpose"] else "-"
        if row["covered"] is None:
            status = ""
        else:
            status = "[red]" + ", ".join(sorted(row["rules"])) + "[/red]" if row["rules"] else "[green]covered[/green]"
        table.add_row(recipient, categories, purpose, status, where)
    return table


def _findings(console: Console, findings: list[Finding], verbose: bool, shown: int = 8) -> None:
    console.print(f"\n[bold]Findings ({len(findings)})[/bold]")
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_rule[finding.rule].append(finding)
    for rule_id, items in sorted(by_rule.items()):
        rule = RULES.get(rule_id)
        name = f" {rule.name}" if rule else ""
        console.print(f"  [bold]{rule_id}{name}[/bold] ({items[0].severity}): {len(items)}", highlight=False)
        if verbose or len(items) <= shown:
            for finding in items:
                where = f"  [dim]{finding.evidence}[/dim]" if finding.evidence else ""
                console.print(f"    {escape(finding.message)}{where}", highlight=False)
            continue
        by_category: dict[str, list[Finding]] = defaultdict(list)
        for finding in items:
            by_category[finding.category or "-"].append(finding)
        for category, group in sorted(by_category.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            first = group[0]
            where = f" [dim]{first.evidence}[/dim]" if first.evidence else ""
            console.print(f"    {category}: {len(group)}, e.g. {escape(first.message)}{where}", highlight=False)
        console.print("    (-v lists every finding)", highlight=False)


def render(console: Console, run: ScanRun, verbose: bool = False) -> None:
    inventory, errors, stats = run.inventory, run.outcome.errors, run.stats
    with_policy = run.policy is not None
    records = inventory.records
    personal = inventory.personal
    tables = {(r.field.source, r.field.qualified_table) for r in records}
    share = f" ({len(personal) / len(records):.0%})" if records else ""
    console.print(f"[bold]{len(records)} fields in {len(tables)} tables, {len(personal)} personal{share}[/bold]")
    if personal:
        console.print(_category_table(personal, with_policy))
        console.print(_field_table(personal, with_policy))
    if run.flows:
        console.print(_flow_table(run))
    if inventory.findings:
        _findings(console, inventory.findings, verbose)
    problems = [e for e in errors if e.kind != "warning" or verbose]
    counts = Counter(e.kind for e in errors)
    console.print("\n" + read_summary(stats) + f"; errors {stats.get('errors', 0)}"
                  + (f", warnings {counts['warning']}" if counts.get("warning") else ""), highlight=False)
    for error in problems:
        console.print(f"  {error.kind}: {error}", highlight=False, markup=False)


#: what each reader counts, as the summary line names it: (stat, label); SQL statements are added to SQL files
_READ_COUNTS = (("files_read", "SQL files"),
                ("python_files_read", "Python files"), ("config_files", "config files"), ("dbt_models", "dbt models"),
                ("tables_read", "tables of databases and data files"), ("rows_sampled", "rows sampled"))

#: what was not read: (stat, label)
_NOT_READ = (("files_ignored", "files of no kind datamap reads"), ("files_excluded", "excluded"),
             ("files_unreadable", "unreadable SQL files"), ("python_files_failed", "Python files that do not parse"),
             ("python_files_skipped", "Python files too big or binary"),
             ("config_files_skipped", "generated config files"),
             ("migrations_rollbacks_skipped", "rollback migrations"))


def read_summary(stats: dict[str, int]) -> str:
    """One line on what was read, per kind of input, and what was not (ignored, excluded, unreadable)."""
    parts = []
    for key, label in _READ_COUNTS:
        if stats.get(key):
            part = f"{stats[key]} {label}"
            if key == "files_read":
                part += (f" ({stats.get('statements_parsed', 0)} statements parsed, "
                         f"{stats.get('statements_skipped', 0)} skipped, {stats.get('statements_failed', 0)} failed)")
            parts.append(part)
    read = "read " + (", ".join(parts) if parts else "nothing")
    unread = [f"{stats[key]} {label}" for key, label in _NOT_READ if stats.get(key)]
    return read + ("; not read: " + ", ".join(unread) if unread else "")
