"""Column lineage of one query: which source columns feed each output column, and how.

The query is qualified with sqlglot (``qualify`` with a ``MappingSchema`` of the
tables it reads, so ``SELECT *`` expands and bare columns find their table),
then each output column is traced through the scopes (CTEs, derived tables,
scalar subqueries, set operations) down to table columns. Only projections
carry data: columns used in WHERE, JOIN, GROUP BY or HAVING do not flow.

Each source column gets a level, from "the value as is" to "the person is gone":

- ``COPY``: the output is the column itself, maybe renamed or cast;
- ``EXPRESSION``: any other expression of it (``lower(email)``, ``coalesce``,
  ``max(email)``, ``string_agg(email)``: value-picking aggregates keep the person);
- ``HASHED``: inside a hashing function (``md5(lower(trim(email)))``);
- ``AGGREGATE``: inside a statistical aggregate (``count``, ``sum``, ``avg``…) or
  only ordering/partitioning a window.

Along a path through CTEs the highest level wins; when a column reaches an
output by several paths the lowest wins. Function roles come from
``data/functions.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from sqlglot import exp
from sqlglot.errors import OptimizeError
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import Scope, build_scope
from sqlglot.schema import MappingSchema

from scanner.sql.functions import groups_people, role_of

COPY, EXPRESSION, HASHED, AGGREGATE = range(4)
#: level -> (edge kind, edge transform)
EDGE_OF_LEVEL: dict[int, tuple[str, str | None]] = {
    COPY: ("copies", None),
    EXPRESSION: ("derives", "expression"),
    HASHED: ("derives", "hashed"),
    AGGREGATE: ("derives", "aggregate"),
}
_ROLE_LEVEL = {"hashing": HASHED, "statistics": AGGREGATE, "ranking": AGGREGATE}
NO_DATASET = "_datamap_nodb"  # stands for "no schema" so every table has two name parts

#: (dataset or None, table, column), all lower case
SourceColumn = tuple[str | None, str, str]


@dataclass(frozen=True)
class TableInfo:
    """A table the schema knows: its dataset, name and column names in order."""

    dataset: str | None
    name: str
    columns: tuple[str, ...]
    complete: bool = True  # False: only some columns are known (a dbt source documents a few)


Lookup = Callable[[str | None, str], "TableInfo | None"]


@dataclass
class QueryLineage:
    """Per output column (in order): its name and its source columns with their levels."""

    names: list[str]
    sources: list[dict[SourceColumn, int]]
    lines: list[int | None] = field(default_factory=list)
    unresolved: int = 0
    unexpanded_star: bool = False


def _merge(into: dict[SourceColumn, int], new: dict[SourceColumn, int], floor: int = COPY) -> None:
    for key, level in new.items():
        level = max(level, floor)
        if key not in into or level < into[key]:
            into[key] = level


@dataclass
class _Prepared:
    tree: exp.Query
    schema: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)


def _prepare(query: exp.Query, lookup: Lookup, default_dataset: str | None) -> _Prepared:
    """Lower-case every name and give every table the canonical dataset and name the schema has."""
    tree = query.copy()
    for identifier in tree.find_all(exp.Identifier):
        identifier.set("this", identifier.name.lower())
        identifier.set("quoted", True)
    ctes = {cte.alias_or_name for cte in tree.find_all(exp.CTE)}
    prepared = _Prepared(tree)
    for table in list(tree.find_all(exp.Table)):
        if not isinstance(table.this, exp.Identifier):
            continue
        db = table.db or None
        if db is None and table.name in ctes:
            continue
        info = lookup(db, table.name)
        if info is not None and info.columns and info.complete:
            dataset, name = (info.dataset or NO_DATASET).lower(), info.name.lower()
            prepared.schema.setdefault(dataset, {})[name] = {c.lower(): "TEXT" for c in info.columns}
        else:
            dataset, name = (db or default_dataset or NO_DATASET).lower(), table.name
        table.set("this", exp.to_identifier(name, quoted=True))
        table.set("db", exp.to_identifier(dataset, quoted=True))
        table.set("catalog", None)
    return prepared


def _named_selects(expression: exp.Expr) -> list[str]:
    return list(expression.named_selects) if isinstance(expression, exp.Query) else []


def _first_line(node: exp.Expr) -> int | None:
    return min((n.meta["line"] for n in node.walk() if "line" in n.meta), default=None)


def query_lineage(query: exp.Query, lookup: Lookup, dialect: str, default_dataset: str | None = None) -> QueryLineage:
    """Trace every output column of ``query`` to the table columns it comes from."""
    written = _named_selects(query)
    lines = [_first_line(p) for p in query.selects] if isinstance(query, exp.Query) else []
    prepared = _prepare(query, lookup, default_dataset)
    schema = MappingSchema(cast(dict[str, object], prepared.schema), dialect=dialect, normalize=False)
    try:
        qualified = qualify(prepared.tree, dialect=dialect, schema=schema, validate_qualify_columns=False,
                            allow_partial_qualification=True, quote_identifiers=False, identify=False)
    except OptimizeError:
        # a correlated subquery over tables the schema does not know: trace the bare columns instead
        qualified = qualify(prepared.tree, dialect=dialect, schema=schema, qualify_columns=False,
                            validate_qualify_columns=False, quote_identifiers=False, identify=False)
    root = build_scope(qualified)
    names = _named_selects(qualified)
    if len(written) == len(names):
        names = [w or n for w, n in zip(written, names, strict=True)]
    else:
        lines = [None] * len(names)  # SELECT * expanded: the outputs are not the written projections
    if root is None:
        return QueryLineage(names, [{} for _ in names], lines)
    walker = _Walker(prepared.schema)
    sources = [walker.trace(root, index) for index in range(len(names))]
    return QueryLineage(names, sources, lines, walker.unresolved, walker.star)


class _Walker:
    """Traces output columns through scopes, memoised per (scope, column)."""

    def __init__(self, schema: dict[str, dict[str, dict[str, str]]]) -> None:
        self.schema = schema
        self.memo: dict[tuple[int, int], dict[SourceColumn, int]] = {}
        self.unresolved = 0
        self.star = False

    def trace(self, scope: Scope, index: int) -> dict[SourceColumn, int]:
        key = (id(scope), index)
        if key not in self.memo:
            self.memo[key] = {}  # a recursive CTE reaching itself adds nothing
            self.memo[key] = self._trace(scope, index)
        return self.memo[key]

    def _trace(self, scope: Scope, index: int) -> dict[SourceColumn, int]:
        expression = scope.expression
        if isinstance(expression, exp.SetOperation):
            merged: dict[SourceColumn, int] = {}
            for child in scope.set_operation_scopes:
                _merge(merged, self.trace(child, index))
            return merged
        if not isinstance(expression, exp.Select) or index >= len(expression.selects):
            return {}
        result: dict[SourceColumn, int] = {}
        subqueries = {id(s.expression): s for s in scope.subquery_scopes}
        self._descend(scope, expression.selects[index], COPY, result, subqueries)
        if groups_people(expression):  # one row per group of people: no column holds a person
            return {source: max(level, AGGREGATE) for source, level in result.items()}
        return result

    def by_name(self, scope: Scope, name: str) -> dict[SourceColumn, int]:
        names = scope.outer_columns or _named_selects(scope.expression)
        if name in names:
            return self.trace(scope, names.index(name))
        through = self._through_star(scope, name)
        if through is None:
            self.unresolved += 1
            return {}
        return through

    def _through_star(self, scope: Scope, name: str) -> dict[SourceColumn, int] | None:
        """A column of a scope whose ``*`` could not be expanded: the column of the starred source."""
        expression = scope.expression
        if not isinstance(expression, exp.Select):
            return None
        selected = {alias: source for alias, (_, source) in scope.selected_sources.items()}
        for projection in expression.selects:
            if isinstance(projection, exp.Star) and len(selected) == 1:
                source = next(iter(selected.values()))
            elif isinstance(projection, exp.Column) and projection.is_star and projection.table in selected:
                source = selected[projection.table]
            else:
                continue
            if isinstance(source, Scope):
                return self.by_name(source, name)
            if isinstance(source, exp.Table) and name not in self.schema.get(source.db, {}).get(source.name, {name}):
                continue
            if isinstance(source, exp.Table):
                return {(None if source.db == NO_DATASET else source.db or None, source.name, name): COPY}
        return None

    def _descend(self, scope: Scope, node: exp.Expr, level: int, result: dict[SourceColumn, int],
                 subqueries: dict[int, Scope]) -> None:
        if isinstance(node, exp.Column):
            self._column(scope, node, level, result)
            return
        if isinstance(node, exp.Star):
            self.star = self.star or isinstance(node.parent, exp.Select)  # not count(*)
            return
        if isinstance(node, exp.Query):
            sub = subqueries.get(id(node.this if isinstance(node, exp.Subquery) else node))
            if sub is not None:
                _merge(result, self.trace(sub, 0), level)
            return
        if isinstance(node, exp.Exists):
            return
        own = self._own_level(node, level)
        for child in node.iter_expressions():
            key = child.arg_key
            if isinstance(node, exp.In) and key == "query":
                continue
            self._descend(scope, child, self._child_level(node, key or "", own, level), result, subqueries)

    @staticmethod
    def _own_level(node: exp.Expr, level: int) -> int:
        if isinstance(node, exp.Subquery | exp.Window | exp.Filter):
            return level
        role = role_of(node.this if isinstance(node, exp.WithinGroup) else node)
        if role == "passthrough":
            return level
        return max(level, _ROLE_LEVEL.get(role or "", EXPRESSION))

    @staticmethod
    def _child_level(node: exp.Expr, key: str, own: int, level: int) -> int:
        """Window specs and aggregate filters only choose rows: their columns do not carry values."""
        if isinstance(node, exp.Window) and key != "this":
            return max(level, AGGREGATE)
        if isinstance(node, exp.Filter) and key != "this":
            inner = node.this.this if isinstance(node.this, exp.Window) else node.this
            return max(level, AGGREGATE if role_of(inner) == "statistics" else EXPRESSION)
        return own

    def _column(self, scope: Scope, column: exp.Column, level: int, result: dict[SourceColumn, int]) -> None:
        if column.is_star:
            self.star = True
            return
        source = self._source(scope, column)
        if isinstance(source, exp.Table):
            dataset = source.db or None
            key: SourceColumn = (None if dataset == NO_DATASET else dataset, source.name, column.name)
            known = self.schema.get(source.db, {}).get(source.name)
            if known is not None and column.name not in known:
                self.unresolved += 1
                return
            _merge(result, {key: level})
        elif isinstance(source, Scope):
            _merge(result, self.by_name(source, column.name), level)
        else:
            self.unresolved += 1

    @staticmethod
    def _source(scope: Scope, column: exp.Column) -> exp.Table | Scope | None:
        name = column.table
        current: Scope | None = scope
        while current is not None:
            if name and name in current.sources:
                return current.sources[name]
            if not name and len(current.selected_sources) == 1:
                return next(iter(current.selected_sources.values()))[1]
            current = current.parent
        return None
