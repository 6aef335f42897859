"""Property tests: lineage of generated SELECTs never crashes and names only known columns."""

from __future__ import annotations

import sqlglot
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.sql.lineage import EDGE_OF_LEVEL, TableInfo, query_lineage

SCHEMA = {
    ("app", "users"): ("id", "email", "name", "country"),
    ("app", "orders"): ("id", "user_id", "amount", "status"),
}
KNOWN = {("app", table, column) for (_, table), columns in SCHEMA.items() for column in columns}


def lookup(dataset: str | None, name: str) -> TableInfo | None:
    columns = SCHEMA.get(((dataset or "app").lower(), name.lower()))
    return TableInfo("app", name.lower(), columns) if columns else None


def _column(alias: str, table: str) -> st.SearchStrategy[str]:
    return st.sampled_from([f"{alias}.{c}" for c in SCHEMA[("app", table)]])


def expression(alias: str, table: str) -> st.SearchStrategy[str]:
    leaf = st.one_of(_column(alias, table), st.sampled_from(["1", "'x'", "NULL", "*"]))
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.tuples(st.sampled_from(["md5", "lower", "count", "sum", "max", "coalesce", "upper", "string_agg"]),
                      inner).map(lambda t: f"{t[0]}({t[1]})" if t[1] != "*" or t[0] == "count" else f"{t[0]}(1)"),
            st.tuples(inner, inner).map(lambda t: f"({t[0]} || {t[1]})".replace("*", "1")),
            st.tuples(inner, inner).map(lambda t: f"CASE WHEN {t[0]} IS NULL THEN {t[1]} END".replace("*", "1")),
            inner.map(lambda e: f"CAST({e} AS text)".replace("*", "1")),
        ),
        max_leaves=6,
    )


@st.composite
def selects(draw: st.DrawFn) -> str:
    table = draw(st.sampled_from(["users", "orders"]))
    items = draw(st.lists(expression("t", table), min_size=1, max_size=4))
    projections = ", ".join(item if item == "*" else f"{item} AS c{i}" for i, item in enumerate(items))
    query = f"SELECT {projections} FROM app.{table} AS t"
    shape = draw(st.sampled_from(["plain", "cte", "derived", "union", "scalar", "join"]))
    if shape == "cte":
        return f"WITH w AS ({query}) SELECT * FROM w"
    if shape == "derived":
        return f"SELECT * FROM ({query}) AS d"
    if shape == "union":
        return f"{query} UNION ALL {query}"
    if shape == "scalar":
        return "SELECT (SELECT max(u.email) FROM app.users u WHERE u.id = o.user_id) AS e, o.* FROM app.orders o"
    if shape == "join":
        return f"SELECT u.email, o.amount, {projections.replace('t.', 'u.' if table == 'users' else 'o.')} " \
               f"FROM app.users u JOIN app.orders o ON o.user_id = u.id"
    return query


@settings(max_examples=150, deadline=None)
@given(selects(), st.sampled_from(["postgres", "mysql", "snowflake", "bigquery"]))
def test_lineage_of_generated_selects_names_only_known_columns(sql: str, dialect: str) -> None:
    tree = sqlglot.parse_one(sql, read="postgres")
    first = query_lineage(tree, lookup, dialect, "app")
    assert len(first.names) == len(first.sources)
    for sources in first.sources:
        for source, level in sources.items():
            assert source in KNOWN, (sql, source)
            assert level in EDGE_OF_LEVEL
    again = query_lineage(tree, lookup, dialect, "app")
    assert (again.names, again.sources) == (first.names, first.sources)
