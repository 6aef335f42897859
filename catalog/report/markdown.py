"""The audit report as Markdown."""

from __future__ import annotations

from collections.abc import Sequence

from catalog.report import changes as change_lines
from catalog.report.model import ROPA_COLUMNS, SECTIONS, Figure, Report

CHANGES_SHOWN = 25


def cell(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(cell(v) for v in row) + " |" for row in rows), ""]


def change_text(figure: Figure) -> str:
    if figure.value is None:
        return "n/a"
    if figure.change is None:
        return "—"
    return f"{figure.change:+d}" if figure.change else "no change"


def _title(key: str) -> str:
    return dict(SECTIONS)[key]


def _empty(report: Report, key: str) -> list[str]:
    return [f"_{report.empty[key]}_", ""] if key in report.empty else []


def summary(report: Report) -> list[str]:
    s, p = report.snapshot, report.previous
    out = [f"# {report.title}", "", f"Snapshot `{s.id}` taken {s.created_at}"
           + (f" at commit `{s.git_commit[:12]}`" if s.git_commit else " (not in a git repository)")
           + f"; report generated {report.generated_at}.", ""]
    out += [f"Compared with snapshot `{p.id}` taken {p.created_at}.", ""] if p else [
        f"_{report.empty.get('changes', '')}_", ""]
    out += [f"## {_title('summary')}", ""]
    out += table(["Key figure", "Now", "Before", "Change"],
                 [(f.label, "n/a" if f.value is None else f.value,
                   "—" if f.previous is None else f.previous, change_text(f)) for f in report.figures])
    return out


def changes(report: Report) -> list[str]:
    out = [f"## {_title('changes')}", "", *_empty(report, "changes")]
    if report.changes is not None and not report.changes.empty:
        for title, items in change_lines.lines(report.changes, CHANGES_SHOWN, lambda s: f"- {s}"):
            out += [f"### {title}", "", *items, ""]
    return out


def inventory(report: Report) -> list[str]:
    out = [f"## {_title('inventory')}", "", *_empty(report, "inventory")]
    if report.categories:
        out += ["### By category", ""]
        out += table(["Category", "Name", "Fields", "Tables", "Disclosed by the policy as"],
                     [(c.key, c.name, c.fields, c.tables, _disclosure(c.policy_category, c.disclosed))
                      for c in report.categories])
    if report.stores:
        out += ["### By store", ""]
        out += table(["Store", "Tables", "Fields", "Personal fields", "Categories"],
                     [(s.store, s.tables, s.fields, s.personal_fields, len(s.categories)) for s in report.stores])
    if report.tables:
        out += ["### Tables holding personal data", ""]
        out += table(["Store", "Table", "Personal fields", "Categories"],
                     [(t.store, t.table, t.personal_fields, ", ".join(t.categories)) for t in report.tables])
        if report.tables_left_out:
            out += [f"_{report.tables_left_out} more tables hold personal data; `datamap scan --format json` "
                    "lists every field._", ""]
    return out


def _disclosure(policy_category: str | None, disclosed: bool | None) -> str:
    if disclosed is None:
        return "no policy"
    return policy_category if disclosed and policy_category else "not disclosed"


def recipients(report: Report) -> list[str]:
    out = [f"## {_title('recipients')}", "", *_empty(report, "recipients")]
    for r in report.recipients:
        out += [f"### {r.name} — {r.status}", "",
                f"- Company: {r.company} ({r.location}); kind: {r.kind}",
                f"- Receives: {', '.join(r.categories)}",
                f"- Purposes: {', '.join(r.purposes)}",
                f"- Flows: {r.flows}, not covered by the policy: {r.uncovered}",
                f"- Named in the policy as: {', '.join(r.policy_entries) or 'not named'}", ""]
    return out


def flagged(report: Report) -> list[str]:
    out = [f"## {_title('flagged')}", "", *_empty(report, "flagged")]
    for g in report.flagged:
        purpose = f"{g.purpose} (decided by {g.purpose_source})" if g.purpose else "unknown"
        out += [f"### {g.rule} {g.rule_name}: {g.category} to {g.recipient}", "",
                f"{g.message}", "",
                f"- Severity: {g.severity}; flows: {g.count}; purpose: {purpose}",
                f"- Policy: {g.policy_text}",
                "- Example path:"]
        out += [f"  {i}. {h.node}" + (f" — `{h.evidence}`" if h.evidence else "") for i, h in enumerate(g.example, 1)]
        out += [f"- Seen at: {', '.join(f'`{p}`' for p in g.places)}", ""]
    return out


def gaps(report: Report) -> list[str]:
    out = [f"## {_title('gaps')}", "", *_empty(report, "gaps")]
    if "gaps" in report.empty and not report.undisclosed and not report.unused:
        return out
    out += ["### Categories collected but not disclosed", ""]
    if report.undisclosed:
        out += table(["Category", "Name", "Fields", "For example"],
                     [(g.category, g.name, g.fields, ", ".join(g.examples)) for g in report.undisclosed])
    else:
        out += ["_Every category collected is disclosed by the policy._", ""]
    out += ["### Disclosures nothing uses", ""]
    if report.unused:
        out += table(["Kind", "Finding", "Policy sentence"],
                     [(u.what, u.name, u.citation or "") for u in report.unused])
    else:
        out += ["_Every category and recipient the policy discloses is found in the estate._", ""]
    return out


def ropa(report: Report) -> list[str]:
    out = [f"## {_title('ropa')}", "", *_empty(report, "ropa")]
    if report.ropa:
        out += [f"Controller: {report.snapshot.policy_name or 'not recorded'}. "
                "Exported as CSV and XLSX alongside this report.", ""]
    for number, row in enumerate(report.ropa, 1):
        out += [f"### {number}. {row.activity}", ""]
        out += [f"- {label}: {getattr(row, name)}" for name, label in ROPA_COLUMNS[1:]] + [""]
    return out


def about(report: Report) -> list[str]:
    s = report.snapshot
    out = [f"## {_title('scan')}", "",
           f"- Snapshot: `{s.id}`", f"- Taken: {s.created_at}", f"- Git commit: {s.git_commit or 'not recorded'}",
           f"- Inputs: {', '.join(s.inputs) or 'not recorded'}",
           f"- Policy: {s.policy_name or 'none'}" + (f" (sha256 `{s.policy_sha256[:16]}…`)" if s.policy_sha256 else ""),
           f"- datamap version: {s.datamap_version or 'not recorded'}",
           f"- Inputs that could not be read: {len(report.scan_errors)}", ""]
    out += [f"  - {e}" for e in report.scan_errors]
    return out


def render(report: Report) -> str:
    parts = [summary, changes, inventory, recipients, flagged, gaps, ropa, about]
    return "\n".join(line for part in parts for line in part(report)).rstrip("\n") + "\n"
