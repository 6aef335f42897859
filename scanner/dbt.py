"""The dbt reader: a project's models and sources as fields, with column lineage between them.

``read_dbt_project(folder)`` reads ``dbt_project.yml`` (model paths, vars, the
``+schema``/``+alias`` of model folders), every ``models/**/*.sql``, and the
property files beside them (``schema.yml``, ``sources.yml``, ``_models.yml``…).

- ``ref()``/``source()`` resolve from ``target/manifest.json`` when it exists
  (its ``nodes``/``sources`` schemas and aliases, and each model's compiled SQL);
  otherwise every model is rendered by datamap's sandboxed renderer
  (``scanner.sql.jinja``) and its refs resolved against the project's own models.
- A model is a table in ``dataset`` = its schema (the manifest's, else
  ``config(schema=…)``, else the folder's ``+schema``, else its folder name) and
  ``table`` = its alias (default: the model name). A source is a table in its
  ``schema`` (default: the source name) named by its ``identifier`` (default: its
  name), so ``source('app', 'users')`` meets the DDL's ``app.users``.
- Models are traced in dependency order (``scanner.sql.writes``), so a model's
  columns are known to the models that ref it.
- Column descriptions become ``Field.comment``. A column's ``meta`` (or its
  ``config.meta``) pins its category (``Field.annotation``) when one of the keys
  in ``META_KEYS`` names a taxonomy key, in full (``user.contact.email``) or by
  its last part (``email``). ``contains_pii: true`` names no category, so it does
  not pin one; the classifier still reads the description and the name.

A model that will not render or parse is a ``ScanError`` with its path and
reason; the other models are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from catalog.errors import DatamapError
from catalog.model import Evidence, ReadResult, ScanError
from catalog.taxonomy import category_keys
from scanner.config.document import MAX_BYTES, Document, LoadError
from scanner.config.yamlfile import load_yaml
from scanner.options import ReadOptions
from scanner.sql.jinja import Rendered, RenderError, render, substitute
from scanner.sql.reader import fields_of
from scanner.sql.schema import ColumnState, SchemaState, TableState
from scanner.sql.statements import check_dialect, error_summary
from scanner.sql.writes import PendingWrite, trace_writes

PROJECT_FILE = "dbt_project.yml"
#: meta keys whose value may name a taxonomy category, in order of preference
META_KEYS = ("datamap", "data_category", "data_categories", "fides_data_category", "category", "pii", "pii_type",
             "personal_data", "sensitive")
MAX_MANIFEST_BYTES = 500_000_000


@dataclass
class ColumnDoc:
    name: str
    description: str | None
    annotation: str | None
    evidence: Evidence


@dataclass
class TableDoc:
    """A model or source table as the property files describe it."""

    name: str
    evidence: Evidence
    columns: list[ColumnDoc] = field(default_factory=list)
    dataset: str | None = None
    identifier: str | None = None


@dataclass
class Project:
    root: Path
    name: str
    model_paths: list[str]
    variables: dict[str, Any]
    folder_config: dict[str, Any]
    models: dict[str, TableDoc] = field(default_factory=dict)
    sources: dict[tuple[str, str], TableDoc] = field(default_factory=dict)


@dataclass
class Model:
    name: str
    path: Path
    dataset: str | None
    alias: str
    text: str | None = None  # SQL with relations resolved
    rendered: Rendered | None = None
    refs: list[str] = field(default_factory=list)


def _load(path: Path, result: ReadResult) -> Document | None:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise LoadError(f"file too large ({path.stat().st_size} bytes)")
        documents = load_yaml(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        result.errors.append(ScanError(str(path), None, f"cannot read: {error}"))
        return None
    except LoadError as error:
        result.errors.append(ScanError(str(path), error.line, error.reason))
        return None
    return documents[0] if documents and isinstance(documents[0].data, dict) else None


def category_of(meta: Any) -> str | None:
    """The taxonomy key a ``meta`` mapping names under one of ``META_KEYS``, if any."""
    if not isinstance(meta, dict):
        return None
    keys = category_keys()
    for name in META_KEYS:
        values = meta.get(name)
        for value in values if isinstance(values, list) else [values]:
            if not isinstance(value, str):
                continue
            value = value.strip()
            if value in keys:
                return value
            tails = [k for k in keys if k.startswith("user.") and k.rsplit(".", 1)[-1] == value.lower()]
            if len(tails) == 1:
                return tails[0]
    return None


def _columns(doc: Document, loc: tuple[str | int, ...], path: str) -> list[ColumnDoc]:
    items = doc.get(loc)
    columns: list[ColumnDoc] = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        config: dict[str, Any] = item["config"] if isinstance(item.get("config"), dict) else {}
        meta = item.get("meta") or config.get("meta")
        description = item.get("description") if isinstance(item.get("description"), str) else None
        columns.append(ColumnDoc(item["name"], (description or "").strip() or None, category_of(meta),
                                 Evidence(path, doc.line_of((*loc, index, "name")))))
    return columns


def read_properties(project: Project, path: Path, result: ReadResult) -> None:
    """Models and sources of one property file (``schema.yml``, ``sources.yml``…)."""
    doc = _load(path, result)
    if doc is None:
        return
    shown = str(path)
    for index, model in enumerate(doc.get(("models",)) or []):
        if isinstance(model, dict) and isinstance(model.get("name"), str):
            project.models[model["name"]] = TableDoc(
                model["name"], Evidence(shown, doc.line_of(("models", index, "name"))),
                _columns(doc, ("models", index, "columns"), shown))
    for index, source in enumerate(doc.get(("sources",)) or []):
        if not isinstance(source, dict) or not isinstance(source.get("name"), str):
            continue
        for number, table in enumerate(source.get("tables") or []):
            if not isinstance(table, dict) or not isinstance(table.get("name"), str):
                continue
            loc = ("sources", index, "tables", number)
            project.sources[(source["name"], table["name"])] = TableDoc(
                table["name"], Evidence(shown, doc.line_of((*loc, "name"))), _columns(doc, (*loc, "columns"), shown),
                dataset=str(source.get("schema") or source["name"]),
                identifier=str(table.get("identifier") or table["name"]))


def load_project(root: Path, result: ReadResult) -> Project | None:
    doc = _load(root / PROJECT_FILE, result)
    if doc is None:
        result.errors.append(ScanError(str(root / PROJECT_FILE), None, "not a dbt project file"))
        return None
    data = doc.data
    paths = data.get("model-paths") or data.get("source-paths") or ["models"]
    models = data.get("models") if isinstance(data.get("models"), dict) else {}
    name = str(data.get("name") or root.name)
    project = Project(root, name, [str(p) for p in paths if isinstance(p, str)],
                      data.get("vars") if isinstance(data.get("vars"), dict) else {},
                      models.get(name, models) if isinstance(models.get(name, models), dict) else {})
    for folder in project.model_paths:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in {".yml", ".yaml"} and path.is_file():
                read_properties(project, path, result)
    return project


def _folder_setting(project: Project, parts: tuple[str, ...], key: str) -> str | None:
    """The innermost ``+key`` (or ``key``) set for a model folder in dbt_project.yml."""
    found: str | None = None
    config: Any = project.folder_config
    for part in ("", *parts):
        config = config.get(part) if part else config
        if not isinstance(config, dict):
            break
        value = config.get(f"+{key}", config.get(key))
        if isinstance(value, str):
            found = value
    return found


def _manifest(root: Path, result: ReadResult) -> dict[str, Any] | None:
    path = root / "target" / "manifest.json"
    if not path.is_file():
        return None
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise ValueError("manifest too large")
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        result.errors.append(ScanError(str(path), None, f"cannot read the manifest: {error}"))
        return None
    return data if isinstance(data, dict) else None


def _dialect(options: ReadOptions, manifest: dict[str, Any] | None) -> str:
    adapter = ((manifest or {}).get("metadata") or {}).get("adapter_type")
    for name in (options.dialect, adapter):
        if name:
            try:
                return check_dialect(str(name))
            except DatamapError:
                continue
    return "postgres"


def discover_models(project: Project, manifest: dict[str, Any] | None) -> dict[str, Model]:
    """Every model file, with its dataset and alias from the manifest or the project config."""
    nodes = {n.get("original_file_path"): n for n in ((manifest or {}).get("nodes") or {}).values()
             if isinstance(n, dict) and n.get("resource_type") == "model"}
    models: dict[str, Model] = {}
    for folder in project.model_paths:
        base = project.root / folder
        for path in sorted(base.rglob("*.sql")):
            parts = path.relative_to(base).parts[:-1]
            node = nodes.get(path.relative_to(project.root).as_posix())
            if node:
                dataset, alias = node.get("schema"), node.get("alias") or node.get("name") or path.stem
            else:
                dataset = _folder_setting(project, parts, "schema") or (parts[-1] if parts else None)
                alias = _folder_setting(project, parts, "alias") or path.stem
            model = Model(path.stem, path, dataset, str(alias))
            if node:
                model.text = node.get("compiled_code") or node.get("compiled_sql")
            models[path.stem] = model
    return models


def _source_names(project: Project, manifest: dict[str, Any] | None) -> dict[tuple[str, str], tuple[str, str]]:
    names = {key: (doc.dataset or key[0], doc.identifier or key[1]) for key, doc in project.sources.items()}
    for node in ((manifest or {}).get("sources") or {}).values():
        if isinstance(node, dict) and node.get("source_name") and node.get("name"):
            names[(node["source_name"], node["name"])] = (str(node.get("schema") or node["source_name"]),
                                                          str(node.get("identifier") or node["name"]))
    return names


def _relation(dataset: str | None, table: str) -> str:
    return f"{dataset}.{table}" if dataset else table


def render_models(project: Project, models: dict[str, Model], sources: dict[tuple[str, str], tuple[str, str]],
                  result: ReadResult) -> None:
    """Render each model without compiled SQL, then resolve its relations; drop the ones that fail."""
    for name, model in list(models.items()):
        if model.text is not None:
            continue
        try:
            raw = model.path.read_text("utf-8")
            model.rendered = render(raw, project.variables, (model.alias,))
        except (OSError, UnicodeDecodeError) as error:
            _fail(result, model, None, f"cannot read: {error}")
            del models[name]
            continue
        except RenderError as error:
            _fail(result, model, error.line, f"Jinja will not render: {error.reason}")
            del models[name]
            continue
        config = model.rendered.config
        model.dataset = str(config["schema"]) if isinstance(config.get("schema"), str) else model.dataset
        model.alias = str(config["alias"]) if isinstance(config.get("alias"), str) else model.alias
        if model.rendered.macros:
            shown = ", ".join(sorted(set(model.rendered.macros)))
            result.errors.append(ScanError(str(model.path), None, f"macros not run, read as opaque calls: {shown}",
                                           "warning"))
    for model in models.values():
        if model.rendered is None:
            continue
        names: dict[str, str] = {}
        for placeholder, relation in model.rendered.relations.items():
            if relation.kind == "ref":
                target = models.get(relation.args[-1])
                model.refs.append(relation.args[-1])
                names[placeholder] = _relation(target.dataset, target.alias) if target else relation.args[-1]
            elif relation.kind == "source":
                pair = (relation.args[0], relation.args[1])
                names[placeholder] = _relation(*sources.get(pair, pair))
            else:
                names[placeholder] = _relation(model.dataset, model.alias)
        model.text = substitute(model.rendered, names)


def _fail(result: ReadResult, model: Model, line: int | None, reason: str) -> None:
    result.errors.append(ScanError(str(model.path), line, reason))
    result.stats["dbt_models_failed"] = result.stats.get("dbt_models_failed", 0) + 1


def dependency_order(models: dict[str, Model]) -> list[Model]:
    """Models with the ones they ref first (cycles broken by name order)."""
    ordered: list[Model] = []
    state: dict[str, int] = {}

    def visit(name: str) -> None:
        if state.get(name):
            return
        state[name] = 1
        for ref in models[name].refs:
            if ref in models:
                visit(ref)
        state[name] = 2
        ordered.append(models[name])

    for name in sorted(models):
        visit(name)
    return ordered


def _query(model: Model, dialect: str) -> exp.Query:
    trees = [t for t in sqlglot.parse(model.text or "", read=dialect) if t is not None]
    queries = [t for t in trees if isinstance(t, exp.Query)]
    if not queries:
        raise ValueError("no SELECT in the model")
    return queries[-1]


def _add_table(state: SchemaState, dataset: str | None, doc: TableDoc) -> TableState:
    key = ((dataset or "").lower(), (doc.identifier or doc.name).lower())
    table = state.tables.get(key)
    if table is None:
        table = TableState(dataset, doc.identifier or doc.name, doc.evidence.path)
        state.tables[key] = table
    for column in doc.columns:
        state_column = table.columns.get(column.name.lower())
        if state_column is None:
            state_column = ColumnState(column.name, None, column.evidence)
            table.columns[column.name.lower()] = state_column
        state_column.comment = column.description or state_column.comment
        state_column.annotation = column.annotation or state_column.annotation
    return table


def read_dbt_project(path: str, options: ReadOptions) -> ReadResult:
    """Reader entry point for a folder holding ``dbt_project.yml``."""
    result = ReadResult()
    root = Path(path)
    project = load_project(root, result)
    if project is None:
        return result
    manifest = _manifest(root, result)
    dialect = _dialect(options, manifest)
    sources = _source_names(project, manifest)
    state = SchemaState()
    for key, doc in project.sources.items():
        _add_table(state, sources[key][0], doc).complete = False
    models = discover_models(project, manifest)
    discovered = dict(models)
    result.stats["dbt_models"] = len(models)
    result.stats["dbt_sources"] = len(project.sources)
    render_models(project, models, sources, result)
    pending = _pending(dependency_order(models), dialect, result)
    trace_writes(state, pending, result)
    for name, doc in project.models.items():
        model = discovered.get(name)
        _add_table(state, model.dataset if model else None, replace(doc, identifier=model.alias if model else None))
    result.fields.extend(fields_of(state))
    result.stats["tables"] = len(state.tables)
    return result


def _pending(ordered: Iterable[Model], dialect: str, result: ReadResult) -> list[PendingWrite]:
    pending: list[PendingWrite] = []
    for model in ordered:
        try:
            query = _query(model, dialect)
        except (SqlglotError, ValueError, RecursionError) as error:
            line = getattr(error, "errors", [{}])[0].get("line") if getattr(error, "errors", None) else None
            _fail(result, model, line, f"cannot parse the model's SQL: {error_summary(error)}")
            continue
        target = exp.Table(this=exp.to_identifier(model.alias),
                           db=exp.to_identifier(model.dataset) if model.dataset else None)
        tree = exp.Create(this=target, kind="VIEW", expression=query)
        pending.append(PendingWrite(str(model.path), 1, tree, dialect, None))
    return pending
