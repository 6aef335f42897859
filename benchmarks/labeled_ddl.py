"""Write the applications of a labeled column set back out as SQL DDL, one schema file each.

The accuracy benchmarks classify recorded column facts directly; a user scans schema files.
Rendering each application as the ``CREATE TABLE`` (and ``COMMENT ON COLUMN``) statements its facts
describe lets a test check that a scan of real files through the CLI gives the very categories
the benchmark scores.

    python benchmarks/labeled_ddl.py holdout15b /tmp/ddl   # writes /tmp/ddl/<app>/schema.sql
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.classification import reference  # noqa: E402

DATA = ROOT / "benchmarks" / "data"


def _quote(name: str, dialect: str) -> str:
    return f"`{name}`" if dialect == "mysql" else f'"{name}"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _table_ddl(table: str, columns: list[dict[str, str]], dialect: str, tables: set[str]) -> str:
    name = ".".join(_quote(part, dialect) for part in table.split("."))
    lines = []
    for column in columns:
        line = f"  {_quote(column['column'], dialect)} {column['type'] or 'text'}"
        if dialect == "mysql" and column["comment"]:
            line += f" COMMENT {_literal(column['comment'])}"
        lines.append(line)
    keys = [_quote(c["column"], dialect) for c in columns if c["pk"] == "1"]
    if keys:
        lines.append(f"  PRIMARY KEY ({', '.join(keys)})")
    for column in columns:
        key = reference(column["references"], tables)
        if key is not None:
            target = ".".join(_quote(part, dialect) for part in key.table.split("."))
            lines.append(f"  FOREIGN KEY ({_quote(column['column'], dialect)}) "
                         f"REFERENCES {target} ({_quote(key.column or 'id', dialect)})")
    text = f"CREATE TABLE {name} (\n" + ",\n".join(lines) + "\n);\n"
    if dialect != "mysql":
        text += "".join(f"COMMENT ON COLUMN {name}.{_quote(c['column'], dialect)} IS {_literal(c['comment'])};\n"
                        for c in columns if c["comment"])
    return text


def write_ddl(set_name: str, folder: Path) -> dict[str, tuple[Path, str]]:
    """Write ``folder/<app>/schema.sql`` for every app of the labeled set ``set_name``;
    app -> (its folder, its dialect)."""
    with (DATA / f"{set_name}_columns.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    tables: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        tables[row["app"]][row["table"]].append(row)
    written: dict[str, tuple[Path, str]] = {}
    for app, by_table in tables.items():
        dialect = next(iter(by_table.values()))[0]["dialect"]
        target = folder / app
        target.mkdir(parents=True, exist_ok=True)
        (target / "schema.sql").write_text(
            "".join(_table_ddl(t, cols, dialect, set(by_table)) for t, cols in by_table.items()), encoding="utf-8")
        written[app] = (target, dialect)
    return written


if __name__ == "__main__":
    for app, (path, dialect) in write_ddl(sys.argv[1], Path(sys.argv[2])).items():
        print(f"{app:<20}{dialect:<10}{path / 'schema.sql'}")
