"""Dashboard speed on a large estate: load time and render time of each page.

Generates a snapshot of a large estate (default 20,000 fields in 2,000 tables,
50,000 lineage edges, 12,000 flows to 40 recipients, their findings) by writing
the Parquet tables directly with the store's schemas and the sample estate's
policy, then times:
  - loading the snapshot into the dashboard's frames (cold, no cache);
  - each page through Streamlit's AppTest: the first render (caches cold for
    what that page derives) and a second render (warm).

    python benchmarks/dashboard_speed.py [--fields 20000] [--edges 50000] [--flows 12000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from catalog import store  # noqa: E402
from catalog.policy import load_policy  # noqa: E402

PAGES = ("overview", "data_map", "flagged_flows", "inventory", "policy", "history")
CATEGORIES = ("user.contact.email", "user.contact.phone_number", "user.device.ip_address", "user.unique_id",
              "user.name", "user.device.device_id", "user.location.imprecise", "user.account.username",
              "user.demographic.date_of_birth", "user.financial")
RECIPIENTS = ("meta_ads", "google_analytics", "stripe", "mailchimp", "sendgrid", "appsflyer", "sentry", "hubspot",
              "salesforce", "criteo") + tuple(f"vendor_{n:02d}" for n in range(30))
SCHEMAS = tuple(f"schema_{n:02d}" for n in range(40))


def _rows(schema: pa.Schema, records: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist([{name: r.get(name) for name in schema.names} for r in records], schema=schema)


def _fields(rng: random.Random, count: int) -> list[dict[str, Any]]:
    fields = []
    for n in range(count):
        table, dataset = f"table_{n // 10:04d}", SCHEMAS[(n // 10) % len(SCHEMAS)]
        personal = rng.random() < 0.4
        category = rng.choice(CATEGORIES) if personal else None
        fields.append({"source": f"/estate/ddl/{dataset}.sql", "dataset": dataset, "table": table,
                       "name": f"column_{n % 10}", "type": "text", "primary_key": n % 10 == 0,
                       "category": category, "policy_category": "email" if category == CATEGORIES[0] else None,
                       "undisclosed": personal and category != CATEGORIES[0], "confidence": rng.random(),
                       "pinned": False, "explanation": f"{category or 'not personal data'}: generated",
                       "evidence_path": f"/estate/ddl/{dataset}.sql", "evidence_line": n + 1})
    return fields


def _node(field: dict[str, Any]) -> str:
    return f"field:{field['dataset']}.{field['table']}.{field['name']}"


def generate(folder: Path, fields_n: int, edges_n: int, flows_n: int, seed: int = 7) -> Path:
    """Write one large snapshot under ``folder/snapshots`` and return its folder."""
    rng = random.Random(seed)
    fields = _fields(rng, fields_n)
    personal = [f for f in fields if f["category"]]
    code = [f"code:/estate/app/service_{n % 60:02d}/module_{n:03d}.py:{10 + n}:send" for n in range(300)]
    edges = []
    for n in range(edges_n):
        source = _node(rng.choice(fields))
        target = rng.choice(code) if n % 5 == 0 else _node(rng.choice(fields))
        edges.append({"source": source, "target": target, "kind": "copies", "evidence_path": "/estate/etl/x.sql",
                      "evidence_line": n % 500 + 1})
    flows, findings = [], []
    for n in range(flows_n):
        field = rng.choice(personal)
        recipient = RECIPIENTS[n % len(RECIPIENTS)]
        middle = rng.sample(code, rng.randint(1, 3))
        path = [_node(field), *middle, f"recipient:{recipient}"]
        covered = rng.random() < 0.6
        flows.append({"categories": [field["category"]], "recipient": recipient, "path": path,
                      "purpose": "marketing.advertising", "purpose_source": "recipient", "transforms": [],
                      "evidence_path": "/estate/app/x.py", "evidence_line": 3, "covered": covered,
                      "rule": None if covered else "DM101"})
        if not covered:
            findings.append({"rule": "DM101", "severity": "error", "message": f"{field['category']} is sent to "
                             f"{recipient}", "subject": " -> ".join(path), "category": field["category"],
                             "recipient": recipient, "fingerprint": f"{n:016x}", "evidence_path": "/estate/app/x.py",
                             "evidence_line": 3, "path": path, "hops": [f"/estate/app/x.py:{i}" for i in
                                                                        range(len(path) - 1)],
                             "purpose": "marketing.advertising", "purpose_source": "recipient"})
    for n, field in enumerate(personal[: len(personal) // 4]):
        findings.append({"rule": "DM104", "severity": "error", "message": f"{field['category']} not disclosed",
                         "subject": _node(field), "category": field["category"], "fingerprint": f"f{n:015x}",
                         "path": [], "hops": []})
    nodes = ([{"id": _node(f), "kind": "field", "label": _node(f)[6:], "categories": [f["category"]] if f["category"]
               else [], "attributes": "{}"} for f in fields]
             + [{"id": c, "kind": "code", "label": "send call", "categories": [], "attributes": "{}"} for c in code]
             + [{"id": f"recipient:{r}", "kind": "recipient", "label": r.replace("_", " ").title(), "categories": [],
                 "attributes": json.dumps({"kind": "advertising"})} for r in RECIPIENTS])
    now = datetime.now(UTC)
    snapshot = folder / "snapshots" / now.strftime("%Y%m%dT%H%M%S%fZ")
    snapshot.mkdir(parents=True)
    tables = {"fields": (store.FIELDS_SCHEMA, fields), "findings": (store.FINDINGS_SCHEMA, findings),
              "edges": (store.EDGES_SCHEMA, edges), "flows": (store.FLOWS_SCHEMA, flows),
              "nodes": (store.NODES_SCHEMA, nodes)}
    for name, (schema, records) in tables.items():
        pq.write_table(_rows(schema, records), snapshot / f"{name}.parquet")
    policy = load_policy(ROOT / "sample_schemas" / "policy.yaml").model_dump(mode="json", by_alias=True)
    (snapshot / "policy.json").write_text(json.dumps(policy), "utf-8")
    metadata = {"id": snapshot.name, "schema_version": store.SCHEMA_VERSION,
                "created_at": now.isoformat(timespec="seconds"), "inputs": ["/estate"], "stats": {}, "errors": []}
    (snapshot / "metadata.json").write_text(json.dumps(metadata), "utf-8")
    return snapshot


def _render(page: str) -> float:
    from streamlit.testing.v1 import AppTest

    start = time.perf_counter()
    test = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=300).run()
    if page != "overview":
        test.switch_page(f"screens/{page}.py").run()
    elapsed = time.perf_counter() - start
    if test.exception or test.error:
        raise SystemExit(f"{page}: {[e.value for e in (*test.exception, *test.error)]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", type=int, default=20_000)
    parser.add_argument("--edges", type=int, default=50_000)
    parser.add_argument("--flows", type=int, default=12_000)
    parser.add_argument("--keep", type=Path, help="write the snapshot here and keep it")
    args = parser.parse_args()
    location = args.keep or Path(tempfile.mkdtemp(prefix="datamap-dashboard-")) / ".datamap"
    start = time.perf_counter()
    snapshot = generate(location, args.fields, args.edges, args.flows)
    print(f"generated {args.fields:,} fields, {args.edges:,} edges, {args.flows:,} flows "
          f"in {time.perf_counter() - start:.1f}s: {snapshot}")
    from dashboard.loading import load_estate

    start = time.perf_counter()
    estate = load_estate(str(snapshot))
    print(f"load snapshot (cold): {time.perf_counter() - start:.2f}s "
          f"({len(estate.fields):,} fields, {len(estate.findings):,} findings)")
    os.environ["DATAMAP_SNAPSHOT"] = str(location)
    print(f"{'page':<15}{'first render':>14}{'again':>10}")
    for page in PAGES:
        first, again = _render(page), _render(page)
        print(f"{page:<15}{first:>13.2f}s{again:>9.2f}s")


if __name__ == "__main__":
    main()
