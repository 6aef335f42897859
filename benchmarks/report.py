"""Report speed: build and render the audit report of an estate of N fields (default 20,000).

Writes two snapshots directly (no scan): N fields in tables of 20 columns across 25
schemas, about 40 % of them personal, flows from a share of them to third parties
with verdicts and findings, and the sample policy; the second snapshot adds 1 % more
fields and flows. Then times, each from opened snapshots: building the report, and
rendering Markdown, HTML and PDF (and the ROPA XLSX).

    python benchmarks/report.py [--fields 20000] [--no-pdf]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalog.coverage import Verdict  # noqa: E402
from catalog.inventory import build_inventory  # noqa: E402
from catalog.model import Classification, Evidence, Field, Finding, Flow  # noqa: E402
from catalog.policy import load_policy  # noqa: E402
from catalog.report import html, markdown, pdf, ropa  # noqa: E402
from catalog.report.build import build_report  # noqa: E402
from catalog.store import SnapshotStore  # noqa: E402

CATEGORIES = ["user.contact.email", "user.contact.phone_number", "user.unique_id", "user.device.ip_address",
              "user.demographic.date_of_birth", "user.name", "user.location.precise", "user.financial.credit_card",
              "user.behavior", "user.contact.address.country", "user.account.username", "user.device.device_id"]
RECIPIENTS = [("stripe", "essential.service.payment_processing"), ("meta_ads", "marketing.advertising.third_party"),
              ("google_analytics", "analytics.reporting"), ("sendgrid", "essential.service.notifications.email"),
              ("mailchimp", "marketing.communications.email"), ("sentry", "essential.service.operations.improve"),
              ("hubspot", "sales"), ("braze", "marketing.communications")]
POLICY = ROOT / "sample_schemas" / "policy.yaml"


def estate(count: int, seed: int) -> tuple[list[Field], list[Classification]]:
    rng = random.Random(seed)
    fields, classes = [], []
    for index in range(count):
        schema, table = f"schema_{index % 25}", f"table_{index // 20}"
        path = f"/estate/db/{schema}.sql"
        fields.append(Field(path, schema, table, f"column_{index % 20}", "text",
                            comment="kept for 90 days" if index % 997 == 0 else None,
                            evidence=Evidence(path, index % 5000 + 1)))
        category = rng.choice(CATEGORIES) if rng.random() < 0.4 else None
        classes.append(Classification(category, round(rng.uniform(0.5, 1.0), 2), "generated"))
    return fields, classes


def flows(fields: list[Field], classes: list[Classification], seed: int) -> tuple[list[Verdict], list[Finding]]:
    rng = random.Random(seed)
    verdicts, findings = [], []
    for item, classification in zip(fields, classes, strict=True):
        if classification.category is None or rng.random() > 0.05:
            continue
        recipient, purpose = rng.choice(RECIPIENTS)
        code = f"code:/estate/app/{recipient}.py:{rng.randint(1, 400)}:send"
        flow = Flow((classification.category,), recipient, (item.node_id, code, f"recipient:{recipient}"), purpose,
                    "code", Evidence(f"/estate/app/{recipient}.py", 10))
        covered = rng.random() < 0.6
        verdicts.append(Verdict(flow, covered, None if covered else "DM101"))
        if not covered:
            findings.append(Finding("DM101", "error", f"{classification.category} is sent to {recipient}",
                                    subject=" -> ".join(flow.path), category=classification.category,
                                    recipient=recipient, evidence=flow.evidence, path=flow.path,
                                    hops=(flow.evidence, flow.evidence), purpose=purpose, purpose_source="code"))
    return verdicts, findings


def write(store: SnapshotStore, count: int, seed: int, when: datetime) -> str:
    policy = load_policy(str(POLICY))
    fields, classes = estate(count, seed)
    inventory = build_inventory(fields, classes, policy)
    verdicts, findings = flows(fields, classes, seed)
    inventory.findings.extend(findings)
    stats = {"fields": len(fields), "personal_fields": len(inventory.personal), "flows": len(verdicts)}
    return store.write(inventory, [], stats, {"inputs": ["/estate"], "policy_sha256": policy.sha256},
                       verdicts=verdicts, policy=policy.model_dump(mode="json", by_alias=True), now=when)


def timed(label: str, action: Callable[[], object]) -> object:
    start = time.perf_counter()
    result = action()
    print(f"{label:<22} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", type=int, default=20_000)
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF (it needs WeasyPrint and Pango)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = SnapshotStore.at(folder)
        now = datetime.now(UTC)
        first = write(store, args.fields, 1, now - timedelta(days=30))
        second = write(store, args.fields + args.fields // 100, 1, now)
        before, after = store.open(first), store.open(second)
        print(f"estate: {after.tables['fields'].num_rows} fields, {after.tables['flows'].num_rows} flows, "
              f"{after.tables['findings'].num_rows} findings")
        report = timed("build report", lambda: build_report(after, before))
        text = timed("markdown", lambda: markdown.render(report))
        page = timed("html", lambda: html.render(report))
        print(f"{'':<22} markdown {len(str(text)) // 1024} KiB, html {len(str(page)) // 1024} KiB")
        timed("ropa xlsx", lambda: ropa.write_xlsx(report, Path(folder) / "ropa.xlsx"))
        if not args.no_pdf:
            document = timed("pdf", lambda: pdf.render(report))
            print(f"{'':<22} pdf {len(bytes(document)) // 1024} KiB")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
