"""The SQL readers: one file, or a migrations folder applied in version order.

DDL builds the schema statement by statement; statements that write rows from a
query (views, CTAS, INSERT … SELECT, MERGE) are traced for column lineage once
every file is read (see ``scanner.sql.writes``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from pathlib import Path

from catalog.model import Field, ReadResult, ScanError
from scanner.options import ReadOptions
from scanner.sql.dialects import dialect_of_name
from scanner.sql.schema import SchemaState
from scanner.sql.statements import read_statements
from scanner.sql.writes import PendingWrite, is_write, trace_writes

_ROLLBACK = re.compile(r"(?i)(?:^|[._-])(?:down|undo)\.sql$|^U\d+(?:[._]\d+)*__")
_VERSION = re.compile(r"^(?:[VvRr]?)(\d+(?:[._]\d+)*)(?:__|_|-|\.|$)")


#: Byte-order marks and the encodings they announce (UTF-32 first: its LE mark starts like UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of ``sample`` is zero, as in ASCII text so encoded."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) == len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) == len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def read_text(path: Path) -> str:
    """Read a text file as UTF-8, or as UTF-16/UTF-32 when a byte-order mark (or the zero bytes of
    ASCII text in UTF-16, as SQL Server tools save scripts) says so; fail clearly on binary or other
    encodings."""
    data = path.read_bytes()
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None) or _utf16_without_bom(data[:512])
    if encoding and encoding != "utf-8-sig":
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            raise ValueError(f"not {encoding.upper()} text despite its byte-order mark") from None
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not SQL text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ValueError(f"not UTF-8 text (invalid byte at line {line})") from None


def migration_version(name: str) -> tuple[int, ...] | None:
    """The version a migration file name starts with (``0003_x.sql``, ``V1_2__x.sql``), or None."""
    match = _VERSION.match(name)
    if not match:
        return None
    return tuple(int(part) for part in re.split(r"[._]", match.group(1)))


def is_rollback(name: str) -> bool:
    """A migration that undoes another (``0002_x.down.sql``, ``down.sql``, Flyway's ``U2__x.sql``): never
    part of the schema the migrations build, so it is not applied."""
    return bool(_ROLLBACK.search(name))


def is_migrations_folder(files: Sequence[Path]) -> bool:
    """A folder is a migrations folder when most of its SQL files carry a version prefix."""
    if len(files) < 2:
        return False
    versioned = sum(1 for f in files if migration_version(f.name) is not None)
    return versioned * 2 > len(files)


def migration_order(files: Sequence[Path]) -> list[Path]:
    """Versioned files in version order, then repeatable/unversioned ones by name."""
    def key(path: Path) -> tuple[int, tuple[int, ...], str]:
        version = migration_version(path.name)
        repeatable = path.name[:1] in "Rr" and path.name[1:3] == "__"
        if version is None or repeatable:
            return (1, (), path.name)
        return (0, version, path.name)

    return sorted(files, key=key)


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
