"""The source columns of an export query, and what the query does to each of them."""

from __future__ import annotations

from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from scanner.code.knowledge import load_code_knowledge
from scanner.code.sqltext import groups_people

#: function names (lower case) that hash their argument: the person stays identifiable
HASH_FUNCTIONS = frozenset(
    {
        "md5",
        "sha",
        "sha1",
        "sha2",
        "sha256",
        "sha512",
        "hash",
        "farm_fingerprint",
        "xxhash64",
        "murmur_hash",
        "digest",
        "crc32",
    }
)


@dataclass(frozen=True)
class QueryColumn:
    dataset: str | None
    table: str
    name: str
    transform: str | None


class QueryError(Exception):
    """A query that names no columns datamap can follow."""


def query_columns(sql: str, dialect: str | None = None) -> tuple[list[QueryColumn], list[str]]:
    """Source columns of the outer SELECT, and a note for each projection that could not be followed."""
    try:
        parsed = sqlglot.parse_one(sql, read=dialect)
    except SqlglotError as error:
        raise QueryError(f"query does not parse: {' '.join(str(error).split())[:200]}") from None
    select = parsed if isinstance(parsed, exp.Select) else parsed.find(exp.Select)
    if select is None:
        raise QueryError("query has no SELECT")
    tables = _tables(select)
    columns: list[QueryColumn] = []
    notes: list[str] = []
    groups = groups_people(select, load_code_knowledge().person_keys)  # rows are groups: every column aggregate
    for projection in select.expressions:
        inner = projection.unalias()
        if isinstance(inner, exp.Star) or (isinstance(inner, exp.Column) and isinstance(inner.this, exp.Star)):
            notes.append("SELECT * names no columns; list them to follow the data")
            continue
        transform = "aggregate" if groups else _transform(inner)
        for column in inner.find_all(exp.Column):
            source = (
                tables.get(column.table.lower())
                if column.table
                else (next(iter(tables.values())) if len(tables) == 1 else None)
            )
            if source is None:
                notes.append(f"column '{column.sql()}' cannot be tied to one table")
                continue
            columns.append(QueryColumn(source[0], source[1], column.name, transform))
    return list(dict.fromkeys(columns)), notes


def _tables(select: exp.Select) -> dict[str, tuple[str | None, str]]:
    """Alias (or name) -> (schema, table) of the tables in the SELECT's FROM and JOINs."""
    ctes = {cte.alias_or_name.lower() for cte in select.find_all(exp.CTE)}
    found: dict[str, tuple[str | None, str]] = {}
    sources = [select.args.get("from_") or select.args.get("from"), *(select.args.get("joins") or [])]
    for source in sources:
        if source is None:
            continue
        for table in source.find_all(exp.Table):
            if table.name.lower() in ctes or not table.name:
                continue
            found[(table.alias or table.name).lower()] = (table.db or None, table.name)
    return found


def _transform(expression: exp.Expression) -> str | None:
    if isinstance(expression, exp.Column):
        return None
    if expression.find(exp.AggFunc) is not None:
        return "aggregate"
    names = {type(node).__name__.lower() for node in expression.walk()}
    names |= {node.name.lower() for node in expression.find_all(exp.Anonymous)}
    if names & HASH_FUNCTIONS or expression.find(exp.MD5, exp.SHA, exp.SHA2) is not None:
        return "hashed"
    return "expression"
