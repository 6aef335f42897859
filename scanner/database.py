"""Read live databases through SQLAlchemy's inspector, and sample their values.

``read_database(url, options)`` reads every non-system schema: tables, views,
columns, types compiled for the dialect, comments, primary and foreign keys.
With ``options.sample`` it samples at most that many rows per table (pushed down:
PostgreSQL ``TABLESAMPLE SYSTEM`` on large tables, ``LIMIT`` otherwise), tables
in parallel with a bounded pool and a per-table deadline, and profiles each
column's values. Connections are read-only where the database allows it, and
the URL's password never reaches a field, an error or a message.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, Inspector, make_url
from sqlalchemy.engine.interfaces import ReflectedColumn
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from catalog.errors import DatamapError
from catalog.model import Evidence, Field, ForeignKey, ReadResult, ScanError
from scanner.options import ReadOptions
from scanner.values import profile_values
from scanner.values.pool import Handle, TaskTimeout, run_bounded

SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog", "mysql", "performance_schema", "sys", "sqlite_temp"})
_SYSTEM_PREFIXES = ("pg_toast", "pg_temp")
#: backend -> DBAPI modules to try, in order, with their SQLAlchemy driver names
DRIVERS: dict[str, tuple[tuple[str, str], ...]] = {
    "postgresql": (("psycopg", "psycopg"), ("psycopg2", "psycopg2"), ("pg8000", "pg8000")),
    "mysql": (("pymysql", "pymysql"), ("MySQLdb", "mysqldb"), ("mysql.connector", "mysqlconnector")),
}
_ALIASES = {"postgres": "postgresql", "mariadb": "mysql"}
_SECRET_QUERY = re.compile(r"pass|secret|token|key", re.IGNORECASE)
_UNKNOWN_TYPE = re.compile(r"Did not recognize type '([^']+)' of column '([^']+)'")
CONNECT_TIMEOUT = 10
#: PostgreSQL tables with more estimated rows than this many times the sample use TABLESAMPLE
TABLESAMPLE_FACTOR = 10
#: TABLESAMPLE SYSTEM picks whole pages: ask for this many times the rows wanted
OVERSAMPLE = 3
SAMPLE_SEED = 17


@dataclass(frozen=True)
class Target:
    """A database to read: the URL to connect with and the one to show."""

    url: URL
    display: str

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()


def _driver_for(backend: str) -> str | None:
    for module, driver in DRIVERS.get(backend, ()):
        if importlib.util.find_spec(module.split(".")[0]) is not None:
            return driver
    return None


def redact(url: URL) -> str:
    """The URL as shown to people: no password, no secret query options, no driver."""
    secrets = [key for key in url.query if _SECRET_QUERY.search(key)]
    shown = url._replace(password=None, drivername=url.get_backend_name()).difference_update_query(secrets)
    return shown.render_as_string(hide_password=False)


def parse_target(url: str) -> Target:
    """Parse a database URL; ``postgresql://`` and ``mysql://`` get an installed driver."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatamapError(f"not a database URL: {url.split('://', 1)[0]}://…") from None
    backend = _ALIASES.get(parsed.get_backend_name(), parsed.get_backend_name())
    if "+" not in parsed.drivername:
        driver = _driver_for(backend)
        parsed = parsed.set(drivername=f"{backend}+{driver}" if driver else backend)
    return Target(parsed, redact(parsed))


def safe_url(url: str) -> str:
    """``url`` with its password removed, for messages and snapshots."""
    return parse_target(url).display


def _scrub(text: str, target: Target) -> str:
    password = target.url.password
    if password:
        text = text.replace(str(password), "***")
    return text


def _reason(error: BaseException, target: Target) -> str:
    """A one-line, password-free reason for an error."""
    if isinstance(error, TaskTimeout):
        return str(error)
    original = error.orig if isinstance(error, DBAPIError) and error.orig else error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return _scrub(lines[0] if lines else type(original).__name__, target)


def _sqlite_engine(target: Target, options: ReadOptions) -> Engine:
    database = target.url.database
    if not database or database == ":memory:":
        return sa.create_engine("sqlite://")
    path = Path(database)
    if not path.is_file():
        raise DatamapError("no such SQLite database file", path=str(path))
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=options.table_timeout, check_same_thread=False)

    return sa.create_engine(
        "sqlite://",
        creator=connect,
        poolclass=sa.pool.QueuePool,
        pool_size=options.workers,
        max_overflow=options.workers,
    )


def _connect_args(target: Target, options: ReadOptions) -> dict[str, Any]:
    milliseconds = int(options.table_timeout * 1000)
    if target.backend == "postgresql":
        settings = [
            "-c default_transaction_read_only=on",
            f"-c statement_timeout={milliseconds}",
            f"-c lock_timeout={milliseconds}",
        ]
        existing = target.url.query.get("options")
        if isinstance(existing, str):
            settings.insert(0, existing)
        return {"options": " ".join(settings), "connect_timeout": CONNECT_TIMEOUT, "application_name": "datamap"}
    if target.backend == "mysql":
        args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT}
        if target.url.password is None:
            if os.environ.get("MYSQL_PWD"):
                args["password"] = os.environ["MYSQL_PWD"]
            elif (Path.home() / ".my.cnf").is_file():
                args["read_default_file"] = str(Path.home() / ".my.cnf")
        return args
    return {}


def _mysql_read_only(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    try:
        cursor.execute("SET SESSION TRANSACTION READ ONLY")
        try:
            cursor.execute(f"SET SESSION MAX_EXECUTION_TIME = {int(connection.datamap_timeout_ms)}")
        except Exception:  # MariaDB and old MySQL have no MAX_EXECUTION_TIME
            pass
    finally:
        cursor.close()


def open_engine(target: Target, options: ReadOptions) -> Engine:
    """A read-only engine for ``target`` (PostgreSQL and MySQL sessions, SQLite ``mode=ro``)."""
    try:
        if target.backend == "sqlite":
            return _sqlite_engine(target, options)
        engine = sa.create_engine(
            target.url,
            connect_args=_connect_args(target, options),
            pool_size=options.workers,
            max_overflow=options.workers * 2,
            pool_timeout=options.table_timeout,
            pool_pre_ping=False,
        )
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise DatamapError(
            f"no database driver installed for {target.url.drivername!r}: {error}",
            path=target.display,
        ) from None
    if target.backend == "mysql":
        milliseconds = int(options.table_timeout * 1000)

        @sa.event.listens_for(engine, "connect")
        def read_only(connection: Any, record: Any) -> None:
            connection.datamap_timeout_ms = milliseconds
            _mysql_read_only(connection, record)

    return engine


@contextmanager
def connected(url: str, options: ReadOptions) -> Iterator[tuple[Target, Engine]]:
    """Open a read-only engine and check it connects; errors become DatamapErrors."""
    target = parse_target(url)
    engine = open_engine(target, options)
    try:
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatamapError(f"cannot connect: {_reason(error, target)}", path=target.display) from None
    try:
        yield target, engine
    finally:
        engine.dispose()


def _schemas(inspector: Inspector, target: Target) -> list[str | None]:
    if target.backend == "mysql" and target.url.database:
        return [target.url.database]
    names = inspector.get_schema_names()
    return [name for name in names if name not in SYSTEM_SCHEMAS and not name.startswith(_SYSTEM_PREFIXES)]


def _dataset(target: Target, schema: str | None) -> str | None:
    return None if target.backend == "sqlite" and schema in (None, "main") else schema


def _relations(inspector: Inspector, schema: str | None) -> list[tuple[str, bool]]:
    """(name, is_view) for the tables and views of a schema, sorted by name."""
    views = set(inspector.get_view_names(schema))
    try:
        views |= set(inspector.get_materialized_view_names(schema))
    except NotImplementedError:
        pass
    tables = set(inspector.get_table_names(schema))
    return sorted([(name, False) for name in tables] + [(name, True) for name in views])


def _type_name(column: ReflectedColumn, engine: Engine, unknown: dict[str, str]) -> str | None:
    if column["name"] in unknown:
        return unknown[column["name"]]
    try:
        return str(column["type"].compile(dialect=engine.dialect))
    except SQLAlchemyError:
        return str(column["type"]) or None


def _references(inspector: Inspector, target: Target, schema: str | None, table: str) -> dict[str, ForeignKey]:
    references = {}
    default = inspector.default_schema_name
    for key in inspector.get_foreign_keys(table, schema):
        referred = _dataset(target, key.get("referred_schema") or default or schema)
        name = f"{referred}.{key['referred_table']}" if referred else key["referred_table"]
        for local, remote in zip(key["constrained_columns"], key["referred_columns"], strict=False):
            references[local] = ForeignKey(name, remote)
    return references


def _reflect_table(
    inspector: Inspector, target: Target, engine: Engine, schema: str | None, table: str
) -> list[tuple[Field, bool]]:
    """The fields of one table or view, each with whether its values can be sampled."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        columns = inspector.get_columns(table, schema)
    unknown = {}
    for warning in caught:
        match = _UNKNOWN_TYPE.search(str(warning.message))
        if match:
            unknown[match.group(2)] = match.group(1)
    declared = _declared_types(engine, target, schema, table)
    primary = set(inspector.get_pk_constraint(table, schema).get("constrained_columns") or [])
    references = _references(inspector, target, schema, table)
    dataset = _dataset(target, schema)
    place = f"{dataset}.{table}" if dataset else table
    fields = []
    for column in columns:
        name = column["name"]
        field = Field(
            source=target.display,
            dataset=dataset,
            table=table,
            name=name,
            type=declared.get(name) or _type_name(column, engine, unknown),
            comment=column.get("comment"),
            primary_key=name in primary,
            references=references.get(name),
            evidence=Evidence(path=f"{target.display}#{place}.{name}"),
        )
        fields.append((field, name not in unknown and not _is_binary(column["type"])))
    return fields


def _declared_types(engine: Engine, target: Target, schema: str | None, table: str) -> dict[str, str]:
    """SQLite's column types as declared (its reflection maps unknown ones to an affinity)."""
    if target.backend != "sqlite":
        return {}
    preparer = engine.dialect.identifier_preparer
    pragma = f"PRAGMA {preparer.quote(schema or 'main')}.table_info({preparer.quote(table)})"
    with engine.connect() as connection:
        return {row[1]: row[2] for row in connection.exec_driver_sql(pragma) if row[2]}


def _is_binary(column_type: sa.types.TypeEngine[Any]) -> bool:
    try:
        return column_type.python_type is bytes
    except NotImplementedError:
        return False


@dataclass(frozen=True)
class _Job:
    schema: str | None
    table: str
    fields: tuple[Field, ...]
    estimate: float | None


def _row_estimates(engine: Engine, target: Target) -> dict[tuple[str, str], float]:
    if target.backend != "postgresql":
        return {}
    query = sa.text(
        "SELECT n.nspname, c.relname, c.reltuples FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm')"
    )
    with engine.connect() as connection:
        return {(schema, table): float(rows) for schema, table, rows in connection.execute(query)}


def uses_tablesample(backend: str, rows: int, estimate: float | None) -> bool:
    """True when a table is large enough for PostgreSQL's TABLESAMPLE to pay off."""
    return backend == "postgresql" and estimate is not None and estimate > TABLESAMPLE_FACTOR * rows


def sample_statement(
    backend: str,
    schema: str | None,
    table: str,
    columns: list[str],
    rows: int,
    estimate: float | None,
) -> sa.Select[Any]:
    """The query that samples at most ``rows`` rows of a table.

    PostgreSQL tables estimated at more than TABLESAMPLE_FACTOR × rows rows are
    sampled with ``TABLESAMPLE SYSTEM`` (repeatable); everything else reads
    the first ``rows`` rows with ``LIMIT``.
    """
    source = sa.table(table, *(sa.column(name) for name in columns), schema=schema)
    if estimate is not None and uses_tablesample(backend, rows, estimate):
        percent = min(100.0, 100.0 * OVERSAMPLE * rows / estimate)
        sampled = sa.tablesample(source, sa.func.system(percent), name="sampled", seed=sa.literal(SAMPLE_SEED))
        return sa.select(*(sampled.c[name] for name in columns)).limit(rows)
    return sa.select(*(source.c[name] for name in columns)).limit(rows)


def _cancel(connection: Any) -> None:
    if isinstance(connection, sqlite3.Connection):
        connection.interrupt()
    elif hasattr(connection, "cancel_safe"):
        connection.cancel_safe()
    elif hasattr(connection, "cancel"):
        connection.cancel()


def _sample_job(engine: Engine, target: Target, rows: int) -> Callable[[_Job, Handle], list[Any]]:
    def work(job: _Job, handle: Handle) -> list[Any]:
        names = [field.name for field in job.fields]
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            handle.on_cancel(lambda: _cancel(raw))
            statement = sample_statement(target.backend, job.schema, job.table, names, rows, job.estimate)
            result = list(connection.execute(statement))
            if len(result) < rows and uses_tablesample(target.backend, rows, job.estimate):
                fallback = sample_statement(target.backend, job.schema, job.table, names, rows, None)
                result = list(connection.execute(fallback))
            connection.rollback()
        return result

    return work


def _sample(
    engine: Engine,
    target: Target,
    jobs: list[_Job],
    options: ReadOptions,
    progress: Callable[[int, int], None] | None,
    result: ReadResult,
) -> set[str]:
    """Sample every job's table into ``result.profiles``; returns the tables that failed."""
    rows = options.sample or 0
    outcomes = run_bounded(
        jobs,
        _sample_job(engine, target, rows),
        workers=options.workers,
        timeout=options.table_timeout + 1.0,
        on_done=progress,
    )
    failed = set()
    for job, outcome in zip(jobs, outcomes, strict=True):
        place = job.fields[0].qualified_table
        if outcome.error is not None or outcome.result is None:
            failed.add(place)
            reason = _reason(outcome.error or RuntimeError("no rows"), target)
            result.errors.append(ScanError(f"{target.display}#{place}", None, f"values not sampled: {reason}"))
            continue
        result.stats["rows_sampled"] += len(outcome.result)
        for position, field in enumerate(job.fields):
            result.profiles[field.key] = profile_values(row[position] for row in outcome.result)
    return failed


def read_database(url: str, options: ReadOptions, progress: Callable[[int, int], None] | None = None) -> ReadResult:
    """Read a database's schemas (and, with ``options.sample``, a sample of its values).

    Stats: ``tables_read`` (tables and views whose columns were read),
    ``tables_skipped`` (tables with an error: unreadable, or not sampled),
    ``columns_read``, ``rows_sampled``. ``progress(done, total)`` reports sampling.
    """
    result = ReadResult(stats=dict.fromkeys(("tables_read", "tables_skipped", "columns_read", "rows_sampled"), 0))
    with connected(url, options) as (target, engine):
        inspector = sa.inspect(engine)
        estimates = _row_estimates(engine, target) if options.sample else {}
        jobs: list[_Job] = []
        skipped: set[str] = set()
        for schema in _schemas(inspector, target):
            dataset = _dataset(target, schema)
            for table, is_view in _relations(inspector, schema):
                place = f"{dataset}.{table}" if dataset else table
                try:
                    fields = _reflect_table(inspector, target, engine, schema, table)
                except SQLAlchemyError as error:
                    skipped.add(place)
                    reason = f"table not read: {_reason(error, target)}"
                    result.errors.append(ScanError(f"{target.display}#{place}", None, reason))
                    continue
                result.fields.extend(field for field, _ in fields)
                result.stats["tables_read"] += 1
                result.stats["columns_read"] += len(fields)
                sampled = tuple(field for field, sampleable in fields if sampleable)
                if options.sample and not is_view and sampled:
                    estimate = estimates.get((schema or "", table))
                    jobs.append(_Job(schema, table, sampled, estimate))
        if jobs:
            skipped |= _sample(engine, target, jobs, options, progress, result)
        result.stats["tables_skipped"] = len(skipped)
    return result


def view_definitions(url: str) -> dict[str, str]:
    """The SQL text of every view (and materialized view), by qualified view name."""
    definitions = {}
    with connected(url, ReadOptions()) as (target, engine):
        inspector = sa.inspect(engine)
        for schema in _schemas(inspector, target):
            dataset = _dataset(target, schema)
            for name, is_view in _relations(inspector, schema):
                if not is_view:
                    continue
                try:
                    sql = inspector.get_view_definition(name, schema)
                except SQLAlchemyError:
                    continue
                if sql:
                    definitions[f"{dataset}.{name}" if dataset else name] = str(sql).strip()
    return definitions
