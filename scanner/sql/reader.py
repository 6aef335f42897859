"""The SQL readers: one file, or a migrations folder applied in version order.

DDL builds the schema statement by statement; statements that write rows from a
query (views, CTAS, INSERT … SELECT, MERGE) are traced for column lineage once
every file is read (see ``scanner.sql.writes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from catalog.model import Field, ReadResult, ScanError
from scanner.options import ReadOptions
from scanner.sql.dialects import dialect_of_name
from scanner.sql.files import is_rollback, migration_order, read_text
from scanner.sql.schema import SchemaState
from scanner.sql.statements import read_statements
from scanner.sql.writes import PendingWrite, is_write, trace_writes


def apply_file(state: SchemaState, path: Path, options: ReadOptions, result: ReadResult,
               pending: list[PendingWrite] | None = None) -> None:
    """Parse one file and apply its statements to ``state``, counting what happened.

    Statements that write rows from a query are appended to ``pending`` for lineage.
    """
    shown = str(path)
    try:
        text = read_text(path)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        result.errors.append(ScanError(shown, None, reason))
        result.stats["files_unreadable"] = result.stats.get("files_unreadable", 0) + 1
        return
    result.stats["files_read"] = result.stats.get("files_read", 0) + 1
    if not text.strip():
        result.errors.append(ScanError(shown, None, "empty file", kind="warning"))
        return
    counts = result.stats
    for statement in read_statements(text, options.dialect or dialect_of_name(path)):
        if statement.error:
            result.errors.append(ScanError(shown, statement.line, statement.error, kind="statement"))
            counts["statements_failed"] = counts.get("statements_failed", 0) + 1
        elif statement.expression is None:
            counts["statements_skipped"] = counts.get("statements_skipped", 0) + 1
            if statement.namespace:
                state.default_dataset = statement.namespace.strip('"`[]')
        elif statement.partial:
            counts["statements_partial"] = counts.get("statements_partial", 0) + 1
            result.errors.append(
                ScanError(shown, statement.line, f"{statement.head} statement only partially "
                          "understood; its columns may be missing", kind="statement")
            )
        else:
            counts["statements_parsed"] = counts.get("statements_parsed", 0) + 1
            if statement.recovered:
                counts["statements_recovered"] = counts.get("statements_recovered", 0) + 1
            for part in statement.dropped:
                result.errors.append(ScanError(shown, statement.line, f"{statement.head} statement: "
                                               f"could not read {part!r}", kind="warning"))
            dialect = statement.dialect or "postgres"
            state.apply(statement.expression, shown, statement.line, dialect)
            if pending is not None and is_write(statement.expression):
                pending.append(PendingWrite(shown, statement.line, statement.expression, dialect,
                                            state.default_dataset))


def fields_of(state: SchemaState, source: str | None = None) -> list[Field]:
    """The fields of the final schema, in definition order."""
    fields: list[Field] = []
    for table in state.tables.values():
        for column in table.columns.values():
            fields.append(
                Field(
                    source=source or table.source_path,
                    dataset=table.dataset,
                    table=table.name,
                    name=column.name,
                    type=column.type,
                    comment=column.comment,
                    primary_key=column.primary_key,
                    references=column.references,
                    annotation=column.annotation,
                    evidence=column.evidence,
                )
            )
    return fields


def _finish(state: SchemaState, result: ReadResult, source: str | None,
            pending: list[PendingWrite]) -> ReadResult:
    if pending:
        trace_writes(state, pending, result)
    for path, line, reason in state.problems:
        result.errors.append(ScanError(path, line, reason, kind="statement"))
    result.fields.extend(fields_of(state, source))
    result.stats["tables"] = result.stats.get("tables", 0) + len(state.tables)
    return result


def read_sql_files(paths: Sequence[Path], options: ReadOptions) -> ReadResult:
    """Read loose SQL files in the given order into one schema (a file may alter another's table)."""
    state = SchemaState()
    result = ReadResult()
    pending: list[PendingWrite] = []
    for path in paths:
        state.default_dataset = None
        apply_file(state, path, options, result, pending)
    return _finish(state, result, None, pending)


def read_sql_paths(targets: Sequence[str], options: ReadOptions) -> ReadResult:
    """Group reader entry point: all loose SQL files of a scan, in the given order."""
    return read_sql_files([Path(t) for t in targets], options)


def read_sql_file(target: str, options: ReadOptions) -> ReadResult:
    """Reader entry point for one ``.sql`` file."""
    return read_sql_files([Path(target)], options)


def read_migrations(target: str, options: ReadOptions) -> ReadResult:
    """Reader entry point for a migrations folder: its files applied in version order."""
    folder = Path(target)
    found = [p for p in folder.iterdir() if p.suffix.lower() == ".sql"]
    files = migration_order([p for p in found if not is_rollback(p.name)])
    state = SchemaState()
    result = ReadResult()
    pending: list[PendingWrite] = []
    for path in files:
        apply_file(state, path, options, result, pending)
    result.stats["migrations_applied"] = len(files)
    if len(found) > len(files):
        result.stats["migrations_rollbacks_skipped"] = len(found) - len(files)
    return _finish(state, result, str(folder), pending)
