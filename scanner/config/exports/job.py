"""The common shape of an export job and the fields, nodes and edges it becomes.

A job copies source columns (``field:<schema.table>.<column>``, the same ids the
SQL reader gives them) into the job's config node, and the job sends to one
recipient. Columns that pass through an expression are ``derives`` edges that
say what the expression did (``hashed`` keeps the person, ``aggregate`` removes
them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog import taxonomy
from catalog.model import Edge, Evidence, Field, Node, ReadResult, ScanError
from catalog.recipients import KnowledgeBase
from scanner.config.exports.connectors import load_connectors
from scanner.config.integrations import recipient_node

_PURPOSE_COMMENT = re.compile(r"#\s*datamap:\s*purpose\s*=\s*([\w.]+)")


@dataclass(frozen=True)
class Column:
    """A source column a job reads, and what the job does to it (None: copies it as is)."""

    dataset: str | None
    table: str
    name: str
    line: int | None
    transform: str | None = None


@dataclass(frozen=True)
class Destination:
    """Where a job writes: a known recipient id, an unknown host, or a first-party store."""

    label: str
    recipient: str | None = None
    host: str | None = None
    store: bool = False


@dataclass(frozen=True)
class ExportJob:
    tool: str
    name: str
    line: int | None
    columns: tuple[Column, ...]
    destination: Destination
    purpose: str | None = None


def declared_purpose(text_lines: tuple[str, ...], line: int | None) -> str | None:
    """``# datamap: purpose=<use>`` on the job's line or in the comment lines right above it."""
    if not line:
        return None
    index = line - 1
    while 0 <= index < len(text_lines):
        found = _PURPOSE_COMMENT.search(text_lines[index])
        if found:
            return found.group(1)
        index -= 1
        if index < 0 or not text_lines[index].lstrip().startswith("#"):
            return None
    return None


def checked_purpose(purpose: str | None, path: str, line: int | None, result: ReadResult) -> str | None:
    """The purpose if it is a fideslang data use key; otherwise a warning and None."""
    if purpose is None or purpose in taxonomy.use_keys():
        return purpose
    close = taxonomy.suggest(purpose, taxonomy.use_keys())
    hint = f"; did you mean '{close}'?" if close else ""
    result.errors.append(ScanError(path, line, f"purpose '{purpose}' is not a fideslang data use{hint}", "warning"))
    return None


def connector_destination(
    connector: str, kb: KnowledgeBase, path: str, line: int | None, result: ReadResult, what: str
) -> Destination:
    """The destination of an export connector; one missing from the connector table is a warning."""
    connectors = load_connectors()
    rid = connectors.recipient_of(connector)
    if rid is not None and rid in kb:
        return Destination(connector, recipient=rid)
    if not connectors.is_store(connector):
        reason = f"{what}: connector '{connector}' is not in datamap's connector table; no flow recorded"
        result.errors.append(ScanError(path, line, reason, "warning"))
    return Destination(connector, store=True)


def emit_job(path: str, job: ExportJob, kb: KnowledgeBase, result: ReadResult) -> None:
    """Add the job's fields, one config node per column it sends, and their edges to ``result``.

    Each column is sent from its own node, with the line that names it (a ``select:``
    entry, a ``fields:`` item) as evidence: that line is where the data sent is named.
    """
    node_id = f"config:{path}#{job.name}"
    attributes = (("export", "true"), ("tool", job.tool), ("destination", job.destination.label), ("job", job.name))
    result.stats["export_jobs"] = result.stats.get("export_jobs", 0) + 1
    target = _recipient_target(job.destination, kb, result)
    source = "config" if job.purpose else None
    for column in job.columns:
        evidence = Evidence(path, column.line or job.line)
        field = Field(path, column.dataset, column.table, column.name, evidence=evidence)
        result.fields.append(field)
        sender = f"{node_id}.{field.qualified_table.lower()}.{column.name.lower()}"
        result.nodes.append(Node(sender, "config", f"{job.tool} export {job.name}: {column.name}", evidence,
                                 attributes))
        kind = "copies" if column.transform is None else "derives"
        result.edges.append(Edge(field.node_id, sender, kind, evidence, transform=column.transform))
        if target is not None:
            result.edges.append(Edge(sender, target, "sends", evidence, job.purpose, source))


def _recipient_target(destination: Destination, kb: KnowledgeBase, result: ReadResult) -> str | None:
    if destination.recipient is not None:
        node = recipient_node(kb.by_id(destination.recipient))
    elif destination.host is not None:
        attributes = (("company", destination.host), ("kind", "unknown"), ("host", destination.host))
        node = Node(f"recipient:{destination.host}", "recipient", destination.host, None, attributes)
    else:
        return None
    result.nodes.append(node)
    return node.id
