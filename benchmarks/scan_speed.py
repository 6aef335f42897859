"""Scan speed: columns per second on a generated schema, against bare ``sqlglot.parse``.

Generates a PostgreSQL schema dump of N tables (default 20,000) with realistic
columns, keys, comments and indexes, then times in the same run:
  - the floor: ``sqlglot.parse`` of the same text (parsing only, nothing else);
  - datamap: reading the file into fields and classifying every field.
Prints columns per second and the ratio datamap / floor (target: at most 1.5). With ``--no-gc`` both
sides run with Python's cyclic garbage collector paused, as ``datamap scan`` runs.

    python benchmarks/scan_speed.py [--tables 20000] [--profile] [--no-gc]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import random
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlglot  # noqa: E402

from scanner.classify.classifier import Classifier  # noqa: E402
from scanner.classify.knowledge import load_knowledge  # noqa: E402
from scanner.collector import no_gc  # noqa: E402
from scanner.options import ReadOptions  # noqa: E402
from scanner.sql.reader import read_sql_files  # noqa: E402

ENTITIES = ["user", "customer", "account", "order", "product", "room", "message", "session", "payment",
            "invoice", "event", "device", "profile", "address", "ticket", "campaign", "store", "job"]
COLUMNS = [("email", "varchar(255)"), ("first_name", "varchar(80)"), ("last_name", "varchar(80)"),
           ("phone", "text"), ("ip_address", "inet"), ("status", "varchar(20)"), ("amount", "numeric(12,2)"),
           ("currency", "char(3)"), ("title", "text"), ("body", "text"), ("created_at", "timestamptz"),
           ("updated_at", "timestamptz"), ("last_login_at", "timestamptz"), ("country_code", "char(2)"),
           ("user_agent", "text"), ("device_id", "text"), ("is_active", "boolean"), ("quantity", "integer"),
           ("sku", "varchar(40)"), ("date_of_birth", "date"), ("notes", "text"), ("password_hash", "text"),
           ("city", "text"), ("postal_code", "varchar(12)"), ("referrer", "text"), ("score", "integer")]


def generate(tables: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = ["CREATE SCHEMA app;", "SET search_path TO app;"]
    for index in range(tables):
        entity = f"{rng.choice(ENTITIES)}_{index}"
        columns = rng.sample(COLUMNS, rng.randint(6, 14))
        body = ["    id bigserial PRIMARY KEY"]
        if index:
            body.append(f"    user_id bigint REFERENCES app.user_{rng.randrange(index)}s (id)")
        for name, kind in columns:
            body.append(f"    {name}_{index % 7} {kind}" if rng.random() < 0.2 else f"    {name} {kind}")
        parts.append(f"CREATE TABLE app.{entity}s (\n" + ",\n".join(body) + "\n);")
        parts.append(f"COMMENT ON TABLE app.{entity}s IS 'The {entity} records';")
        parts.append(f"CREATE INDEX {entity}_created_idx ON app.{entity}s (id);")
    return "\n".join(parts) + "\n"


def timed(func, repeat: int, paused: bool = False):  # type: ignore[no-untyped-def]
    """The size of the value and the best of ``repeat`` CPU times (robust against a busy machine),
    with the cyclic garbage collector ``paused`` or not.

    Each run starts from the same heap: the last run's value is dropped and collected first, so
    neither side pays for the other's live objects in garbage-collector passes."""
    best = float("inf")
    size = 0
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        with no_gc() if paused else nullcontext():
            value = func()
        best = min(best, time.process_time() - start)
        size = value if isinstance(value, int) else len(value)
        del value
    return size, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=20000)
    parser.add_argument("--profile", action="store_true", help="print where datamap's time goes")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best CPU time counts")
    parser.add_argument("--no-gc", action="store_true",
                        help="pause the cyclic garbage collector on both sides, as datamap scan does")
    args = parser.parse_args()
    text = generate(args.tables)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.sql"
        path.write_text(text)
        classifier = Classifier(load_knowledge())
        _, floor = timed(lambda: sqlglot.parse(text, read="postgres"), args.repeat, args.no_gc)

        def datamap_scan() -> int:
            result = read_sql_files([path], ReadOptions(dialect="postgres"))
            classifier.classify_fields(result.fields)
            return len(result.fields)

        if args.profile:
            profiler = cProfile.Profile()
            columns = profiler.runcall(datamap_scan)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
            return
        columns, ours = timed(datamap_scan, args.repeat, args.no_gc)
    lines = text.count("\n")
    print(f"schema: {args.tables} tables, {columns} columns, {lines} lines, {len(text) / 1e6:.1f} MB")
    collector = "paused on both sides" if args.no_gc else "running on both sides"
    print(f"best of {args.repeat} CPU times, the garbage collector {collector}")
    print(f"bare sqlglot.parse:     {floor:7.2f} s  ({columns / floor:,.0f} columns/s)")
    print(f"datamap read+classify:  {ours:7.2f} s  ({columns / ours:,.0f} columns/s)")
    print(f"ratio datamap / bare parse: {ours / floor:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
