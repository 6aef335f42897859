"""Whole-estate speed: a generated repository of Python modules and SQL models, scanned end to end.

Generates N Python modules (default 2,000; the generator of ``code_speed.py``)
and M SQL models (default 1,000: a base schema of tables, then views and
CREATE TABLE … AS SELECT models built on each other with joins, CTEs,
aggregates and hashes), then runs datamap's whole scan — read, classify, build
the lineage graph, read off flows, judge them against the sample policy — and
prints lines of code per second, the time of each stage, and the memory peak.

    python benchmarks/estate_speed.py [--modules 2000] [--models 1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from code_speed import generate as generate_python  # noqa: E402

from catalog.coverage import evaluate_flows  # noqa: E402
from catalog.lineage import LineageGraph  # noqa: E402
from catalog.policy import load_policy  # noqa: E402
from catalog.recipients import load_recipients  # noqa: E402
from datamap.run import build_classifier  # noqa: E402
from scanner.options import ReadOptions  # noqa: E402
from scanner.pipeline import read_all, unique_fields  # noqa: E402

COLUMNS = ["email", "first_name", "last_name", "phone", "ip_address", "country", "status", "amount",
           "created_at", "date_of_birth", "device_id", "user_agent", "title", "body", "score"]


def generate_sql(folder: Path, models: int, seed: int = 11) -> None:
    """A base schema and ``models`` models that select from it and from each other."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    base = []
    for index in range(50):
        columns = ["id bigint PRIMARY KEY", "user_id bigint"] + [f"{c} text" for c in rng.sample(COLUMNS, 8)]
        base.append(f"CREATE TABLE raw.t{index} (\n  " + ",\n  ".join(columns) + "\n);")
    (folder / "000_base.sql").write_text("\n".join(base) + "\n")
    known: dict[str, list[str]] = {f"raw.t{i}": [] for i in range(50)}
    for name in known:
        index = int(name.split("t")[-1])
        body = base[index]
        known[name] = [line.split()[0] for line in body.splitlines()[1:-1]]
    for index in range(models):
        source = rng.choice(list(known))
        columns = [c for c in known[source] if c not in ("id",)][:6]
        other = rng.choice(list(known))
        kind = index % 4
        target = f"marts.m{index}"
        if kind == 0:
            select = ", ".join(f"s.{c}" for c in columns)
            sql = f"CREATE VIEW {target} AS SELECT s.id, {select} FROM {source} AS s JOIN {other} AS o ON o.id = s.id;"
        elif kind == 1:
            select = ", ".join(f"md5(lower({c})) AS {c}_hash" for c in columns[:2]) or "1 AS one"
            sql = (f"CREATE TABLE {target} AS WITH base AS (SELECT * FROM {source}) "
                   f"SELECT id, {select} FROM base;")
        elif kind == 2:
            sql = (f"CREATE TABLE {target} AS SELECT {columns[0] if columns else 'id'} AS k, count(*) AS n "
                   f"FROM {source} GROUP BY 1;")
        else:
            select = ", ".join(columns) or "id"
            sql = f"CREATE VIEW {target} AS SELECT id, {select} FROM {source} WHERE id > 10;"
        (folder / f"model_{index:04d}.sql").write_text(sql + "\n")
        if kind in (0, 3):
            known[target] = ["id", *columns]


def lines_in(folder: Path) -> int:
    return sum(p.read_text().count("\n") for p in folder.rglob("*") if p.suffix in {".py", ".sql"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", type=int, default=2000)
    parser.add_argument("--models", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "app").mkdir()
        generate_python(root / "app", args.modules)
        generate_sql(root / "models", args.models)
        lines = lines_in(root)
        policy = load_policy(ROOT / "sample_schemas" / "policy.yaml")
        classifier = build_classifier(policy, ())
        recipients = load_recipients()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        stages: dict[str, float] = {}
        start = time.perf_counter()
        read = read_all([str(root)], ReadOptions())
        stages["read (SQL, lineage, Python)"] = time.perf_counter() - start
        mark = time.perf_counter()
        fields = unique_fields(read.fields)
        classifications = classifier.classify_fields(fields)
        stages["classify"] = time.perf_counter() - mark
        mark = time.perf_counter()
        graph = LineageGraph.build(fields, classifications, read.nodes, read.edges)
        stages["graph build + propagation"] = time.perf_counter() - mark
        mark = time.perf_counter()
        flows = graph.flows()
        stages["flows"] = time.perf_counter() - mark
        mark = time.perf_counter()
        verdicts, findings = evaluate_flows(flows, graph, policy, recipients)
        stages["policy coverage"] = time.perf_counter() - mark
        total = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"estate: {args.modules} Python modules + {args.models} SQL models, {lines:,} lines")
    print(f"found: {len(fields):,} fields, {len(read.edges):,} edges, {len(flows):,} flows, "
          f"{len(findings):,} findings, {len(read.errors)} errors")
    for name, seconds in stages.items():
        print(f"  {name:<30}{seconds:8.2f} s  ({seconds / total:.0%})")
    print(f"total {total:.2f} s: {lines / total:,.0f} lines/s")
    print(f"memory peak: {peak / 1024:,.0f} MiB (the process before the scan: {before / 1024:,.0f} MiB)")


if __name__ == "__main__":
    main()
