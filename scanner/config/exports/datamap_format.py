"""datamap's own export-job format: a top-level ``datamap_exports`` list (docs/export-jobs.md).

Each job names its source (a table and the ``fields`` it reads, or a SQL
``query``), its destination (a knowledge-base ``recipient``, a ``url``, or an
export ``connector``) and, optionally, its ``purpose``. A job with a mistake is
reported with its line and skipped; the other jobs are read.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError, model_validator

from catalog.errors import DatamapError
from catalog.model import ReadResult, ScanError
from catalog.recipients import KnowledgeBase
from scanner.config.document import Document
from scanner.config.exports.connectors import load_connectors
from scanner.config.exports.job import Column, Destination, ExportJob, checked_purpose, declared_purpose
from scanner.config.exports.query import QueryError, query_columns
from scanner.config.integrations import value_host

KEY = "datamap_exports"
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _exactly_one(model: BaseModel, names: tuple[str, ...]) -> None:
    given = [name for name in names if getattr(model, name) is not None]
    if len(given) != 1:
        raise ValueError(f"give exactly one of {', '.join(names)} (found {', '.join(given) or 'none'})")


class Source(_Strict):
    table: Name | None = None
    query: Name | None = None
    dialect: str | None = None

    @model_validator(mode="after")
    def _one(self) -> Source:
        _exactly_one(self, ("table", "query"))
        return self


class Target(_Strict):
    recipient: Name | None = None
    url: Name | None = None
    connector: Name | None = None

    @model_validator(mode="after")
    def _one(self) -> Target:
        _exactly_one(self, ("recipient", "url", "connector"))
        return self


class JobSpec(_Strict):
    name: Name
    source: Source | None = None
    query: Name | None = None
    fields: tuple[Name, ...] = ()
    destination: Target
    purpose: Name | None = None
    schedule: str | None = None
    description: str | None = None
    owner: str | None = None

    @model_validator(mode="after")
    def _source(self) -> JobSpec:
        _exactly_one(self, ("source", "query"))
        if self.source is not None and self.source.table is not None and not self.fields:
            raise ValueError("a job reading a table must list its fields")
        return self


def read_datamap_exports(path: str, doc: Document, kb: KnowledgeBase, result: ReadResult) -> list[ExportJob]:
    """The valid jobs of a ``datamap_exports`` list; each invalid one becomes a ScanError."""
    if not isinstance(doc.data, dict) or KEY not in doc.data:
        return []
    entries = doc.data[KEY]
    if not isinstance(entries, list):
        result.errors.append(ScanError(path, doc.line_of((KEY,)), f"'{KEY}' must be a list of jobs", "statement"))
        return []
    jobs = []
    for index, raw in enumerate(entries):
        try:
            jobs.append(_job(path, doc, index, raw, kb, result))
        except _JobError as error:
            result.errors.append(ScanError(path, error.line, error.reason, "statement"))
    return jobs


class _JobError(Exception):
    def __init__(self, reason: str, line: int | None) -> None:
        super().__init__(reason)
        self.reason, self.line = reason, line


def _job(path: str, doc: Document, index: int, raw: Any, kb: KnowledgeBase, result: ReadResult) -> ExportJob:
    here = (KEY, index)
    try:
        spec = JobSpec.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        named = isinstance(raw, dict) and isinstance(raw.get("name"), str)
        label = f"export job '{raw['name']}'" if named else f"export job {index + 1}"
        line = doc.line_of((*here, *first["loc"]))
        raise _JobError(f"{label}: {where + ': ' if where else ''}{message}", line) from None
    line = doc.line_of((*here, "name"))
    columns = _columns(spec, doc, here)
    destination = _destination(spec.destination, kb, doc.line_of((*here, "destination")))
    purpose = spec.purpose or declared_purpose(doc.text_lines, doc.line_of(here))
    purpose = checked_purpose(purpose, path, doc.line_of((*here, "purpose")) or line, result)
    return ExportJob("datamap", spec.name, line, columns, destination, purpose)


def _split_table(name: str) -> tuple[str | None, str]:
    dataset, dot, table = name.rpartition(".")
    return (dataset or None) if dot else None, table


def _columns(spec: JobSpec, doc: Document, here: tuple[str | int, ...]) -> tuple[Column, ...]:
    if spec.source is not None and spec.source.table is not None:
        dataset, table = _split_table(spec.source.table)
        return tuple(
            Column(dataset, table, name, doc.line_of((*here, "fields", i))) for i, name in enumerate(spec.fields)
        )
    query = spec.query if spec.query is not None else spec.source.query  # type: ignore[union-attr]
    query_loc = (*here, "query") if spec.query is not None else (*here, "source", "query")
    dialect = spec.source.dialect if spec.source is not None else None
    line = doc.line_of(query_loc)
    try:
        found, notes = query_columns(query or "", dialect)
    except QueryError as error:
        raise _JobError(f"export job '{spec.name}': {error}", line) from None
    if notes and not found:
        raise _JobError(f"export job '{spec.name}': {notes[0]}", line)
    wanted = {name.lower() for name in spec.fields}
    return tuple(
        Column(c.dataset, c.table, c.name, line, c.transform) for c in found if not wanted or c.name.lower() in wanted
    )


def _destination(target: Target, kb: KnowledgeBase, line: int | None) -> Destination:
    if target.recipient is not None:
        try:
            kb.by_id(target.recipient)
        except DatamapError as error:
            raise _JobError(error.message, line) from None
        return Destination(target.recipient, recipient=target.recipient)
    if target.url is not None:
        host = value_host(target.url)
        if host is None:
            raise _JobError("the destination url has no host", line)
        found = kb.match_host(host)
        return Destination(host, recipient=found.id if found else None, host=None if found else host)
    connector = target.connector or ""
    connectors = load_connectors()
    rid = connectors.recipient_of(connector)
    if rid is not None and rid in kb:
        return Destination(connector, recipient=rid)
    if connectors.is_store(connector):
        return Destination(connector, store=True)
    raise _JobError(f"unknown connector '{connector}'", line)
