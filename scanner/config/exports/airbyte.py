"""Airbyte connections: octavia-cli YAML and connection JSON from Airbyte's API.

A connection's ``syncCatalog`` (``sync_catalog`` in octavia files) lists
streams; each selected stream sends its selected fields (``selectedFields``
when field selection is on, otherwise every property of its ``jsonSchema``) to
the connection's destination. The destination connector is read from the
octavia destination file the connection points at (``definition_image``), or
from the connection's ``destination`` (``destinationName``, a display name).
Keys are matched in camelCase and snake_case alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from catalog.model import Evidence, Node, ReadResult, ScanError
from catalog.recipients import KnowledgeBase
from scanner.config.document import MAX_BYTES, Document, LoadError, Loc
from scanner.config.exports.connectors import connector_name, load_connectors
from scanner.config.exports.job import (
    Column,
    Destination,
    ExportJob,
    checked_purpose,
    connector_destination,
    declared_purpose,
)
from scanner.config.integrations import recipient_node
from scanner.config.yamlfile import load_yaml


def _norm(name: str) -> str:
    return name.replace("_", "").lower()


def _pick(value: Any, loc: Loc, *names: str) -> tuple[Loc, Any]:
    """The entry of a mapping under any spelling of ``names`` (camelCase or snake_case)."""
    if isinstance(value, dict):
        wanted = {_norm(name) for name in names}
        for key, item in value.items():
            if _norm(key) in wanted:
                return (*loc, key), item
    return loc, None


def read_airbyte(path: str, doc: Document, kb: KnowledgeBase, result: ReadResult) -> list[ExportJob]:
    """Jobs of Airbyte connections in a document; an octavia destination file is an integration."""
    data = doc.data
    if not isinstance(data, dict):
        return []
    if str(data.get("definition_type", "")).lower() == "destination" and "definition_image" in data:
        _destination_integration(path, doc, kb, result)
        return []
    connections: list[tuple[Loc, Any]] = [((), data)]
    conn_loc, listed = _pick(data, (), "connections", "data")
    if isinstance(listed, list):
        connections = [((*conn_loc, i), item) for i, item in enumerate(listed)]
    jobs = []
    for loc, connection in connections:
        catalog_loc, catalog = _catalog(connection, loc)
        if catalog is None:
            continue
        jobs.append(_job(path, doc, loc, connection, catalog_loc, catalog, kb, result))
    return jobs


def _catalog(connection: Any, loc: Loc) -> tuple[Loc, Any]:
    config_loc, config = _pick(connection, loc, "configuration")
    for holder_loc, holder in ((loc, connection), (config_loc, config)):
        found_loc, found = _pick(holder, holder_loc, "syncCatalog", "configurations")
        streams_loc, streams = _pick(found, found_loc, "streams")
        if isinstance(streams, list):
            return streams_loc, streams
    return loc, None


def _job(
    path: str,
    doc: Document,
    loc: Loc,
    connection: dict[str, Any],
    streams_loc: Loc,
    streams: list[Any],
    kb: KnowledgeBase,
    result: ReadResult,
) -> ExportJob:
    name = _name(path, connection, loc)
    line = doc.line_of(loc) if loc else doc.line_of(_pick(connection, loc, "syncCatalog", "configuration")[0])
    connector = _connector(path, connection, loc)
    columns: list[Column] = []
    for index, item in enumerate(streams):
        columns.extend(_stream_columns(path, doc, (*streams_loc, index), item, result))
    if connector is None:
        result.errors.append(
            ScanError(
                path, line, f"Airbyte connection '{name}': destination connector not found; no flow recorded", "warning"
            )
        )
        return ExportJob("airbyte", name, line, tuple(columns), Destination("unknown"))
    destination = connector_destination(connector, kb, path, line, result, f"Airbyte connection '{name}'")
    return ExportJob(
        "airbyte",
        name,
        line,
        tuple(columns),
        destination,
        checked_purpose(declared_purpose(doc.text_lines, line), path, line, result),
    )


def _name(path: str, connection: dict[str, Any], loc: Loc) -> str:
    """The connection's name; octavia's ``connections/<name>/configuration.yaml`` names it by folder."""
    for key in ("resource_name", "name", "connectionId"):
        value = _pick(connection, loc, key)[1]
        if isinstance(value, str) and value.strip():
            return value.strip()
    file = Path(path)
    return file.parent.name if file.stem == "configuration" and file.parent.name else file.stem


def _connector(path: str, connection: dict[str, Any], loc: Loc) -> str | None:
    _, config_path = _pick(connection, loc, "destination_configuration_path")
    parents = Path(path).resolve().parents
    if isinstance(config_path, str) and len(parents) > 2:
        image = _image_of(parents[2] / config_path)  # octavia paths start at the project folder
        if image:
            return connector_name(image)
    _, destination = _pick(connection, loc, "destination")
    for holder in (destination, connection):
        for key in ("definition_image", "dockerRepository", "destinationName"):
            _, value = _pick(holder, (), key)
            if isinstance(value, str) and value.strip():
                return connector_name(value, "destination-")
    return None


def _image_of(config: Path) -> str | None:
    """The ``definition_image`` of an octavia destination file, read safely."""
    try:
        if config.stat().st_size > MAX_BYTES:
            return None
        docs = load_yaml(config.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, LoadError):
        return None
    image = docs[0].data.get("definition_image") if docs and isinstance(docs[0].data, dict) else None
    return image if isinstance(image, str) else None


def _stream_columns(path: str, doc: Document, loc: Loc, item: Any, result: ReadResult) -> list[Column]:
    stream_loc, stream = _pick(item, loc, "stream")
    if stream is None:
        stream_loc, stream = loc, item
    config_loc, config = _pick(item, loc, "config")
    if config is None:
        config_loc, config = loc, item
    if str(_pick(config, config_loc, "selected")[1]).lower() == "false":
        return []
    name = _pick(stream, stream_loc, "name")[1]
    if not isinstance(name, str):
        return []
    namespace = _pick(stream, stream_loc, "namespace")[1]
    dataset = namespace if isinstance(namespace, str) and namespace else None
    enabled = str(_pick(config, config_loc, "fieldSelectionEnabled")[1]).lower() != "false"
    selected_loc, selected = _pick(config, config_loc, "selectedFields")
    if enabled and isinstance(selected, list) and selected:
        return [
            Column(dataset, name, ".".join(str(p) for p in field_path), doc.line_of((*selected_loc, i)))
            for i, entry in enumerate(selected)
            if isinstance(field_path := _pick(entry, (), "fieldPath")[1], list) and field_path
        ]
    schema_loc, schema = _pick(stream, stream_loc, "jsonSchema")
    props_loc, props = _pick(schema, schema_loc, "properties")
    if isinstance(props, dict) and props:
        return [Column(dataset, name, key, doc.line_of((*props_loc, key))) for key in props]
    result.errors.append(
        ScanError(
            path,
            doc.line_of(loc),
            f"Airbyte stream '{name}' sends all its fields and the file does not list them",
            "warning",
        )
    )
    return []


def _destination_integration(path: str, doc: Document, kb: KnowledgeBase, result: ReadResult) -> None:
    image = str(doc.data["definition_image"])
    rid = load_connectors().recipient_of(connector_name(image))
    if rid is None or rid not in kb:
        return
    loc = ("definition_image",)
    attributes = (("integration", "true"), ("recipient", rid), ("matched_by", "connector"))
    result.nodes.append(
        Node(
            f"config:{path}#definition_image",
            "config",
            connector_name(image),
            Evidence(path, doc.line_of(loc)),
            attributes,
        )
    )
    result.nodes.append(recipient_node(kb.by_id(rid)))
    result.stats["integrations"] = result.stats.get("integrations", 0) + 1
