"""Column lineage of the statements that write rows: views, CTAS, INSERT … SELECT, MERGE.

The DDL reader collects these statements while it builds the schema; once every
file is read they are traced in file order against the final schema, so a view
may read a table another file creates. Each traced write adds its target's
columns to the schema (a view or CTAS, or an INSERT target the DDL does not
define, becomes a table whose columns are classified by name like any other)
and one edge per (source column, target column). A statement whose lineage
fails is a counted ``ScanError``; the scan goes on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlglot import exp

from catalog.model import Edge, Evidence, ReadResult, ScanError, field_node_id
from scanner.sql.lineage import EDGE_OF_LEVEL, QueryLineage, TableInfo, query_lineage
from scanner.sql.schema import ColumnState, SchemaState, TableState
from scanner.sql.targets import WriteQuery, write_query


@dataclass(frozen=True)
class PendingWrite:
    """A parsed write statement waiting for the whole schema."""

    path: str
    line: int
    tree: exp.Expr
    dialect: str
    default_dataset: str | None


def is_write(tree: exp.Expr) -> bool:
    """Whether ``tree`` writes rows from a query (so it has column lineage)."""
    if isinstance(tree, exp.Create):
        return isinstance(tree.expression, exp.Query)
    return isinstance(tree, exp.Merge) or (isinstance(tree, exp.Insert) and isinstance(tree.expression, exp.Query))


class SchemaLookup:
    """Finds tables of a ``SchemaState`` by (dataset, name), case-insensitively.

    An unqualified name that is not in the default dataset resolves to the one
    table of that name in any dataset, when there is exactly one.
    """

    def __init__(self, state: SchemaState, default_dataset: str | None) -> None:
        self.state = state
        self.default = default_dataset

    def table(self, dataset: str | None, name: str) -> TableState | None:
        tables = self.state.tables
        lowered = name.lower()
        found = tables.get(((dataset or self.default or "").lower(), lowered))
        if found is None and dataset is None:
            found = tables.get(("", lowered))
            if found is None:
                matches = [t for (_, key), t in tables.items() if key == lowered]
                found = matches[0] if len(matches) == 1 else None
        return found

    def __call__(self, dataset: str | None, name: str) -> TableInfo | None:
        table = self.table(dataset, name)
        if table is None:
            return None
        return TableInfo(table.dataset, table.name, tuple(c.name for c in table.columns.values()), table.complete)


def trace_writes(state: SchemaState, pending: Iterable[PendingWrite], result: ReadResult) -> None:
    """Trace each pending write in order; add target columns to ``state`` and edges to ``result``."""
    seen: set[tuple[str, str, str, str | None]] = set()
    stats = result.stats
    for write in pending:
        try:
            query = write_query(write.tree)
            if query is None:
                continue
            lookup = SchemaLookup(state, write.default_dataset)
            lineage = query_lineage(query.query, lookup, write.dialect, write.default_dataset)
            edges = _apply(lookup, query, lineage, write)
        except Exception as error:  # noqa: BLE001 - one statement's lineage never stops the scan
            stats["lineage_failed"] = stats.get("lineage_failed", 0) + 1
            reason = str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
            result.errors.append(ScanError(write.path, write.line, f"column lineage failed: {reason}", "statement"))
            continue
        stats["lineage_statements"] = stats.get("lineage_statements", 0) + 1
        if lineage.unexpanded_star:
            stats["lineage_partial"] = stats.get("lineage_partial", 0) + 1
            result.errors.append(ScanError(write.path, write.line, "SELECT * over a table the files read do not "
                                           "define: its columns have no lineage", "warning"))
        for edge in edges:
            key = (edge.source, edge.target, edge.kind, edge.transform)
            if key not in seen:
                seen.add(key)
                result.edges.append(edge)
    stats["lineage_edges"] = stats.get("lineage_edges", 0) + len(seen)


def _apply(lookup: SchemaLookup, query: WriteQuery, lineage: QueryLineage, write: PendingWrite) -> list[Edge]:
    table, names = _target(lookup, query, lineage, write)
    if lineage.unexpanded_star:
        table.complete = False
    edges: list[Edge] = []
    for index, (name, sources) in enumerate(zip(names, lineage.sources, strict=False)):
        if name is None or name == "*":
            continue
        line = lineage.lines[index] if index < len(lineage.lines) else None
        evidence = Evidence(write.path, line or write.line)
        column = table.columns.get(name.lower())
        if column is None:
            column = ColumnState(name=name, type=None, evidence=evidence)
            table.columns[name.lower()] = column
        target = field_node_id(table.dataset, table.name, column.name)
        for (dataset, source_table, source_column), level in sorted(sources.items(), key=str):
            source = field_node_id(dataset, source_table, source_column)
            if source == target:
                continue
            kind, transform = EDGE_OF_LEVEL[level]
            edges.append(Edge(source, target, kind, evidence, transform=transform))
    return edges


def _target(lookup: SchemaLookup, query: WriteQuery, lineage: QueryLineage,
            write: PendingWrite) -> tuple[TableState, list[str | None]]:
    """The table a write goes to (created when the DDL has none) and the target column of each output."""
    target = query.target
    dataset = target.db or write.default_dataset or None
    table = lookup.table(target.db or None, target.name)
    replace = query.kind == "view" or table is None
    if replace:
        table = TableState(dataset=dataset, name=target.name, source_path=write.path)
        lookup.state.tables[((dataset or "").lower(), target.name.lower())] = table
    assert table is not None
    if query.columns is not None:
        return table, list(query.columns)
    if query.positional and not replace and table.columns:
        existing = [c.name for c in table.columns.values()]
        return table, [existing[i] if i < len(existing) else None for i in range(len(lineage.names))]
    if query.kind == "table" and table.columns:
        new = {n.lower(): ColumnState(n, None, Evidence(write.path, write.line)) for n in lineage.names}
        table.columns = {**{k: c for k, c in new.items() if k not in table.columns}, **table.columns}
    return table, list(lineage.names)
