"""Incremental check speed: a cold ``datamap check`` and a warm one after a one-file change.

Generates a git repository of N Python modules (default 2,000; the generator of
``code_speed.py``) and SQL schema files with C columns (default 20,000), then
runs ``datamap check`` several times, each with the same cache folder: cold
(empty cache), warm with nothing changed, warm after one Python module's body
changed at its end (a statement appended to its last function, so its content
hash changes and no line moves), warm after another module was edited in the
middle (a statement inserted at the top of its first function, shifting the
lines of every later function, as a typical edit does), warm after one SQL file
gained a personal column, and warm after a personal column was added to a SQL
file that declares a table the Python models declare too (so that file is in
the same part of the estate as the Python code, and the whole part is joined
again).
Each check runs as its own process, as in CI or a pre-commit hook (so the figures
include starting Python and importing datamap, whose modules are compiled once
beforehand as installing it would, and a warm check shares nothing with the one
before it but the cache folder). Prints each CPU and wall time, the
ratio warm/cold of CPU times (target: at most 10%), what the cache reused
(``findings reused (no input changed)``, or ``(what was read is unchanged)`` when
the files read afresh gave the readers what they gave before, as the module
change does; after a SQL change, how many parts of the estate were kept and
only joined again), and with ``--profile`` where the one-module run's time goes
(``--profile shift``: the mid-module edit's, ``--profile sql``: the one-SQL-file
run's, ``--profile shared``: the shared SQL file's). Checks with ``--no-cache``
show that the reports after the SQL changes are those a check without the cache
gives.

    python benchmarks/incremental.py [--modules 2000] [--columns 20000] [--profile [module|shift|sql|shared]]
"""

from __future__ import annotations

import argparse
import os
import pstats
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from code_speed import generate as generate_python  # noqa: E402

COLUMNS = ["email", "first_name", "last_name", "phone", "ip_address", "country", "status", "amount", "created_at",
           "date_of_birth", "device_id", "user_agent", "title", "body", "score", "notes", "city", "zip", "iban", "ssn"]
TABLES_PER_FILE = 5


def generate_schemas(folder: Path, columns: int, seed: int = 3) -> None:
    """SQL files of ``TABLES_PER_FILE`` tables of ten columns each, and one view per file."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    tables = max(1, columns // 10)
    for start in range(0, tables, TABLES_PER_FILE):
        index = start // TABLES_PER_FILE
        out = []
        for table in range(start, min(start + TABLES_PER_FILE, tables)):
            body = ["id bigint PRIMARY KEY", "user_id bigint", *(f"{c} text" for c in rng.sample(COLUMNS, 8))]
            out.append(f"CREATE TABLE app.t{table} (\n  " + ",\n  ".join(body) + "\n);")
        out.append(f"CREATE VIEW app.v{index} AS SELECT id, email FROM app.t{start};")
        (folder / f"schema_{index:04d}.sql").write_text("\n".join(out) + "\n")


#: a script that runs datamap's command line, outside the estate (written once the benchmark's folder exists)
RUNNER: list[Path] = []
#: the environment of each check (set once the benchmark's folder exists)
ENVIRONMENT: list[dict[str, str]] = []


def compiled_environment(folder: Path) -> dict[str, str]:
    """The checks' environment: datamap's source on the path, its modules compiled once beforehand into
    ``folder`` (as installing a package compiles them), so that no check compiles them again; in a checkout
    run with ``PYTHONDONTWRITEBYTECODE`` every check would otherwise compile them anew."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(folder)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", *(str(ROOT / p) for p in ("catalog", "scanner",
                    "datamap"))], env=env, check=True, capture_output=True)
    return env


def check(profile: Path | None = None, *flags: str) -> tuple[float, float, str, str]:
    """One ``datamap check -v`` in a new process: its CPU seconds, wall seconds, report and the cache's summary
    line (``profile``: a file to write the process's profile to). The ratio uses CPU time: on a shared machine
    other processes inflate the wall clock."""
    command = [sys.executable, *(("-m", "cProfile", "-o", str(profile)) if profile else ()), str(RUNNER[0]),
               "check", "--policy", "policy.yaml", "-v", *flags]
    before, wall = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=ENVIRONMENT[0])
    after, elapsed = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter() - wall
    if done.returncode not in (0, 1):
        raise SystemExit(f"datamap check failed ({done.returncode}): {done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    line = next((x for x in done.stderr.splitlines() if x.startswith("cache:")), "cache: (none)")
    return cpu, elapsed, done.stdout, line


def touch_module(app: Path) -> Path:
    """Append a statement to the last function of one service module."""
    module = sorted(app.rglob("service*.py"))[len(list(app.rglob("service*.py"))) // 2]
    module.write_text(module.read_text() + "    logger.info('checked')\n")
    return module


def shift_module(app: Path) -> Path:
    """Insert a statement at the top of the first function of another service module (its later lines move)."""
    modules = sorted(app.rglob("service*.py"))
    module = modules[len(modules) // 3]
    lines = module.read_text().splitlines(keepends=True)
    first = next(n for n, line in enumerate(lines) if line.startswith("def "))
    lines.insert(first + 1, "    logger.debug('start')\n")
    module.write_text("".join(lines))
    return module


def touch_schema(db: Path) -> Path:
    """Add a personal column to one table of one schema file (as a migration would)."""
    schema = sorted(db.glob("schema_*.sql"))[len(list(db.glob("schema_*.sql"))) // 2]
    table = schema.read_text().split("CREATE TABLE ", 1)[1].split(" ", 1)[0]
    schema.write_text(schema.read_text() + f"ALTER TABLE {table} ADD COLUMN phone_number text;\n")
    return schema


def share_schema(root: Path) -> Path:
    """Declare in one schema file a table the Python models of ``app0`` declare too: its columns then name the
    same lineage nodes as the models', so the file joins the part of the estate the Python code is in."""
    table = re.search(r"__tablename__ = '([^']+)'", (root / "app" / "app0" / "models.py").read_text())
    assert table is not None
    schemas = sorted((root / "db").glob("schema_*.sql"))
    schema = schemas[len(schemas) // 4]
    schema.write_text(schema.read_text() + f"CREATE TABLE core.{table[1]} (id integer PRIMARY KEY, notes text);\n")
    return schema


def touch_shared(schema: Path) -> None:
    """Add a personal column to the table the schema file shares with the Python models."""
    table = schema.read_text().rsplit("CREATE TABLE ", 1)[1].split(" ", 1)[0]
    schema.write_text(schema.read_text() + f"ALTER TABLE {table} ADD COLUMN contact_email text;\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--modules", type=int, default=2000)
    parser.add_argument("--columns", type=int, default=20000)
    parser.add_argument("--profile", nargs="?", const="module", choices=("module", "shift", "sql", "shared"),
                        help="print where the one-module (or one-SQL-file) warm run's time goes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        (root / "app").mkdir(parents=True)
        generate_python(root / "app", args.modules)
        generate_schemas(root / "db", args.columns)
        shutil.copy(ROOT / "sample_schemas" / "policy.yaml", root / "policy.yaml")
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
        previous = Path.cwd()
        profile = Path(tmp) / "profile.out" if args.profile else None
        RUNNER.append(Path(tmp) / "run_datamap.py")
        ENVIRONMENT.append(compiled_environment(Path(tmp) / "pycache"))
        RUNNER[0].write_text("from datamap.cli import main\n\nmain()\n")
        try:
            os.chdir(root)
            cold, cold_wall, cold_report, cold_line = check()
            same, same_wall, same_report, same_line = check()
            touched = touch_module(root / "app")
            warm, warm_wall, warm_report, warm_line = check(profile if args.profile == "module" else None)
            shifted = shift_module(root / "app")
            moved, moved_wall, moved_report, moved_line = check(profile if args.profile == "shift" else None)
            moved_fresh = check(None, "--no-cache")[2]
            schema = touch_schema(root / "db")
            sql, sql_wall, sql_report, sql_line = check(profile if args.profile == "sql" else None)
            fresh_report = check(None, "--no-cache")[2]
            shared_schema = share_schema(root)
            check()  # the file joins the Python code's part: that part is joined afresh once
            touch_shared(shared_schema)
            shared, shared_wall, shared_report, shared_line = check(profile if args.profile == "shared" else None)
            shared_fresh = check(None, "--no-cache")[2]
            size = sum(p.stat().st_size for p in (root / ".datamap" / "cache").rglob("*") if p.is_file())
        finally:
            os.chdir(previous)
        stats = pstats.Stats(str(profile)) if profile else None
    print(f"estate: {args.modules} Python modules, SQL schemas of {args.columns:,} columns (CPU s; wall s)")
    print(f"cold check (empty cache):          {cold:7.2f}; {cold_wall:6.2f}   {cold_line}")
    print(f"warm check (nothing changed):      {same:7.2f}; {same_wall:6.2f}   {same_line}   "
          f"({same / cold:.1%} of cold)")
    print(f"warm check (one module changed):   {warm:7.2f}; {warm_wall:6.2f}   {warm_line}   "
          f"({warm / cold:.1%} of cold)")
    print(f"warm check (one module, mid edit): {moved:7.2f}; {moved_wall:6.2f}   {moved_line}   "
          f"({moved / cold:.1%} of cold)")
    print(f"warm check (one SQL file changed): {sql:7.2f}; {sql_wall:6.2f}   {sql_line}   "
          f"({sql / cold:.1%} of cold)")
    print(f"warm check (SQL the code shares): {shared:7.2f}; {shared_wall:6.2f}   {shared_line}   "
          f"({shared / cold:.1%} of cold)")
    print(f"changed module: {touched.relative_to(root)}; edited in the middle: {shifted.relative_to(root)} "
          f"(the same report as without the cache: {moved_report == moved_fresh}); "
          f"changed schema: {schema.relative_to(root)} "
          f"(a phone_number column added); cache folder: {size / 1e6:.1f} MB")
    print(f"reports identical (no change): {cold_report == same_report}; "
          f"report lines after the module change: {warm_report.count(chr(10))} (cold: {cold_report.count(chr(10))}), "
          f"after the schema change: {sql_report.count(chr(10))}, the same as without the cache: "
          f"{sql_report == fresh_report}; after the change to {shared_schema.relative_to(root)}, which declares a "
          f"table the Python models declare too: the same as without the cache: {shared_report == shared_fresh}")
    if stats:
        stats.sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
