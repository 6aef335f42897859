"""SQL text found in code: which columns a query reads, which columns a statement writes.

The text is parsed with sqlglot, trying the configured dialect and then common
ones. Columns are named like the DDL reader names them (``field:<schema.table>.<column>``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from catalog.model import field_node_id
from scanner.code.values import Taint
from scanner.sql.functions import groups_people

UNRESOLVED = "dm_unresolved"  # stands in for f-string parts whose value is unknown
_HASHES = (exp.MD5, exp.SHA, exp.SHA2)


@dataclass(frozen=True)
class SqlRead:
    """What one SQL text reads (result columns with their sources) and writes (column <- parameter)."""

    columns: tuple[tuple[str, frozenset[Taint]], ...] = ()
    writes: tuple[tuple[str, int | str], ...] = ()  # (column node id, positional index or parameter name)
    error: str | None = None


@dataclass
class _Scope:
    tables: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # alias -> (schema, table)


def looks_like_sql(text: str, keywords: frozenset[str]) -> bool:
    head = text.lstrip(" \t\r\n(").split(None, 1)
    return bool(head) and head[0].upper() in keywords


@lru_cache(maxsize=4096)
def _parse(text: str, dialects: tuple[str, ...]) -> exp.Expr | str:
    error = "unparsable"
    for dialect in dialects:
        try:
            parsed = sqlglot.parse(text, read=dialect)
        except (ParseError, TokenError) as problem:
            error = str(problem).splitlines()[0][:200]
            continue
        statements = [p for p in parsed if p is not None]
        if statements:
            return statements[0]
    return error


def read_sql(text: str, dialects: Sequence[str], schema: Mapping[str, Sequence[str]],
             person_keys: frozenset[str] = frozenset()) -> SqlRead:
    """Columns read and written by the first statement of ``text``.

    A ``GROUP BY`` whose keys name no person (``country``, a day) makes every row a
    group of people: its columns are aggregates. Keys whose last word is one of
    ``person_keys`` (``user_id``, ``email``) keep one person per row.
    """
    parsed = _parse(text, tuple(dialects))
    if isinstance(parsed, str):
        return SqlRead(error=parsed)
    if isinstance(parsed, exp.Insert):
        return SqlRead(writes=_insert_writes(parsed))
    if isinstance(parsed, exp.Update):
        return SqlRead(writes=_update_writes(parsed))
    select = parsed if isinstance(parsed, exp.Query) else parsed.find(exp.Select)
    if not isinstance(select, exp.Select):
        return SqlRead()
    columns = _select_columns(select, schema)
    if groups_people(select, person_keys):
        columns = tuple((name, frozenset((node, "aggregate") for node, _ in taints)) for name, taints in columns)
    return SqlRead(columns=columns)


def _table_name(table: exp.Table) -> tuple[str | None, str]:
    return (table.db or None), table.name


def _scope(select: exp.Select) -> _Scope:
    scope = _Scope()
    ctes = {cte.alias_or_name for cte in select.find_all(exp.CTE)}
    for table in select.find_all(exp.Table):
        if table.name in ctes or not table.name or table.name == UNRESOLVED:
            continue
        scope.tables[table.alias_or_name] = _table_name(table)
        scope.tables.setdefault(table.name, _table_name(table))
    return scope


def _source(column: exp.Column, scope: _Scope, schema: Mapping[str, Sequence[str]]) -> str | None:
    name = column.name
    if not name or name == UNRESOLVED:
        return None
    if column.table:
        found = scope.tables.get(column.table)
    else:
        owners = {v for v in scope.tables.values() if name in schema.get(v[1].lower(), ())}
        candidates = owners or set(scope.tables.values())
        found = next(iter(candidates)) if len(candidates) == 1 else None
    if found is None:
        return None
    return field_node_id(found[0], found[1], name)


def _transform(projection: exp.Expression) -> str | None:
    inner = projection.unalias() if isinstance(projection, exp.Alias) else projection
    if isinstance(inner, exp.Column):
        return None
    if inner.find(exp.AggFunc) is not None:
        return "aggregate"
    if inner.find(*_HASHES) is not None:
        return "hashed"
    return "expression"


Columns = tuple[tuple[str, frozenset[Taint]], ...]


def _select_columns(select: exp.Select, schema: Mapping[str, Sequence[str]]) -> Columns:
    scope = _scope(select)
    out: list[tuple[str, frozenset[Taint]]] = []
    for projection in select.expressions:
        if isinstance(projection, exp.Star) or (isinstance(projection, exp.Column) and projection.is_star):
            qualifier = projection.table if isinstance(projection, exp.Column) else ""
            every = list(dict.fromkeys(scope.tables.values()))
            targets = [scope.tables[qualifier]] if qualifier in scope.tables else every
            for dataset, table in targets:
                for column in schema.get(table.lower(), ()):
                    out.append((column, frozenset({(field_node_id(dataset, table, column), None)})))
            continue
        transform = _transform(projection)
        sources = {_source(c, scope, schema) for c in projection.find_all(exp.Column)}
        taints = frozenset((s, transform) for s in sources if s)
        out.append((projection.alias_or_name, taints))
    return tuple(out)


def _parameter(node: exp.Expression, position: list[int]) -> int | str | None:
    if isinstance(node, exp.Placeholder):
        if node.name and node.name != "?":
            return node.name
        position[0] += 1
        return position[0] - 1
    if isinstance(node, exp.Parameter):
        position[0] += 1
        return position[0] - 1
    return None


def _insert_writes(insert: exp.Insert) -> tuple[tuple[str, int | str], ...]:
    schema = insert.this
    if not isinstance(schema, exp.Schema) or not isinstance(schema.this, exp.Table):
        return ()
    dataset, table = _table_name(schema.this)
    columns = [c.name for c in schema.expressions]
    values = insert.expression
    if not isinstance(values, exp.Values) or not values.expressions:
        return ()
    row = values.expressions[0]
    position = [0]
    out = []
    for column, item in zip(columns, row.expressions, strict=False):
        param = _parameter(item, position)
        if param is not None:
            out.append((field_node_id(dataset, table, column), param))
    return tuple(out)


def _update_writes(update: exp.Update) -> tuple[tuple[str, int | str], ...]:
    if not isinstance(update.this, exp.Table):
        return ()
    dataset, table = _table_name(update.this)
    position = [0]
    out = []
    for assignment in update.expressions:
        if isinstance(assignment, exp.EQ) and isinstance(assignment.this, exp.Column):
            param = _parameter(assignment.expression, position)
            if param is not None:
                out.append((field_node_id(dataset, table, assignment.this.name), param))
    return tuple(out)
