"""The query behind a statement that writes a table, and the columns it writes.

sqlglot's lineage works on a query, so the query is pulled out of a view,
``CREATE TABLE … AS SELECT``, ``INSERT … SELECT`` and ``MERGE`` first. A MERGE
becomes one SELECT over its target joined to its USING source, with one
projection per assigned value (``UPDATE SET`` and ``INSERT … VALUES``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp


@dataclass(frozen=True)
class WriteQuery:
    """A query and where its rows go.

    ``columns`` names the target column of each projection (positionally), or is
    None when the query's own output names are the target's columns (a view or
    CTAS without a column list) or, for ``INSERT`` without a column list, the
    target's columns in definition order (``positional``).
    """

    kind: str  # "view", "table" (CTAS), "insert", "merge"
    target: exp.Table
    query: exp.Query
    columns: tuple[str, ...] | None = None
    positional: bool = False


def _table_and_columns(node: exp.Expr) -> tuple[exp.Table | None, tuple[str, ...] | None]:
    if isinstance(node, exp.Schema):
        columns = tuple(c.name for c in node.expressions if isinstance(c, exp.Identifier | exp.Column))
        table = node.this
        return (table if isinstance(table, exp.Table) else None), (columns or None)
    return (node if isinstance(node, exp.Table) else None), None


def _with_ctes(query: exp.Query, statement: exp.Expr) -> exp.Query:
    """A statement-level WITH (``WITH x AS (…) INSERT …``) moved onto the query."""
    ctes = statement.args.get("with_") or statement.args.get("with")
    if ctes is None or not isinstance(query, exp.Query) or query.args.get("with_") or query.args.get("with"):
        return query
    query = query.copy()
    query.set("with_", ctes.copy())
    return query


def write_query(statement: exp.Expr) -> WriteQuery | None:
    """The write behind ``statement``, or None when it writes no rows from a query."""
    if isinstance(statement, exp.Create) and isinstance(statement.expression, exp.Query):
        kind = (statement.kind or "").upper()
        if kind not in {"VIEW", "TABLE"}:
            return None
        table, columns = _table_and_columns(statement.this)
        if table is None:
            return None
        return WriteQuery("view" if kind == "VIEW" else "table", table, statement.expression, columns)
    if isinstance(statement, exp.Insert) and isinstance(statement.expression, exp.Query):
        table, columns = _table_and_columns(statement.this)
        if table is None:
            return None
        query = _with_ctes(statement.expression, statement)
        return WriteQuery("insert", table, query, columns, positional=columns is None)
    if isinstance(statement, exp.Merge):
        return _merge_query(statement)
    return None


def _assignments(statement: exp.Merge) -> list[tuple[str, exp.Expr]]:
    pairs: list[tuple[str, exp.Expr]] = []
    whens = statement.args.get("whens")
    for when in whens.expressions if whens is not None else ():
        then = when.args.get("then")
        if isinstance(then, exp.Update):
            for assignment in then.expressions:
                if isinstance(assignment, exp.EQ) and isinstance(assignment.this, exp.Column):
                    pairs.append((assignment.this.name, assignment.expression))
        elif isinstance(then, exp.Insert) and isinstance(then.expression, exp.Tuple):
            names = then.this.expressions if isinstance(then.this, exp.Tuple | exp.Schema) else []
            for name, value in zip(names, then.expression.expressions, strict=False):
                pairs.append((name.name, value))
    return pairs


def _merge_query(statement: exp.Merge) -> WriteQuery | None:
    target = statement.this
    using = statement.args.get("using")
    if not isinstance(target, exp.Table) or using is None:
        return None
    pairs = _assignments(statement)
    if not pairs:
        return None
    select = exp.select(*(exp.alias_(value.copy(), f"_datamap_{i}") for i, (_, value) in enumerate(pairs)))
    condition = statement.args.get("on")
    select = select.from_(target.copy()).join(using.copy(), on=condition.copy() if condition is not None else None)
    unaliased = target.copy()
    unaliased.set("alias", None)
    return WriteQuery("merge", unaliased, select, tuple(name for name, _ in pairs))
