"""Fides interoperability: the inventory as Fides dataset YAML, and Fides annotations as category pins.

Export: one fideslang ``Dataset`` per schema (or per file for fields that have none),
collections are tables, every field carries ``data_categories`` — its personal-data
category, or ``system.operations`` when it holds none. ``meta.datamap`` records the
schema the dataset stands for, so an import maps fields back exactly.

Import: every annotated field of a Fides dataset becomes an entry of datamap's
overrides file (``catalog.overrides``). A ``user`` or ``user.*`` category pins that
category (the most specific one when several are given); only non-``user`` categories
pin "none". Fields of datasets datamap did not write are named ``collection.field``,
which matches that table in any schema. Nested fields are named ``parent.child``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from fideslang.models import Dataset, DatasetField
from pydantic import ValidationError

from catalog import taxonomy
from catalog.errors import DatamapError
from catalog.store import Snapshot

NOT_PERSONAL = "system.operations"
_NOT_KEY = re.compile(r"[^A-Za-z0-9_.<>-]+")


def _fides_key(name: str) -> str:
    return _NOT_KEY.sub("_", name).strip("_") or "dataset"


def _pick(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One row for a field seen in several sources: a pin first, then the most confident."""
    return max(rows, key=lambda r: (bool(r["pinned"]), r["confidence"] or 0.0, r["category"] or ""))


def export_datasets(snapshot: Snapshot) -> list[Dataset]:
    """The snapshot's fields as validated fideslang datasets, sorted by key."""
    grouped: dict[tuple[str | None, str], dict[str, dict[str, list[dict[str, Any]]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list)))
    for row in snapshot.tables["fields"].to_pylist():
        origin = row["key"].split("::", 1)[0]
        group = (row["dataset"], row["dataset"] or origin)
        grouped[group][row["table"]][row["name"]].append(row)
    datasets = []
    for (schema, name), tables in grouped.items():
        collections = []
        for table, fields in sorted(tables.items()):
            entries = []
            for field_name, rows in sorted(fields.items()):
                row = _pick(rows)
                entries.append({"name": field_name, "description": row["comment"] or None,
                                "data_categories": [row["category"] or NOT_PERSONAL]})
            collections.append({"name": table, "fields": entries})
        data = {"fides_key": _fides_key(name), "name": name,
                "description": f"Inventory of {name} by datamap, snapshot {snapshot.id}",
                "meta": {"datamap": {"dataset": schema, "snapshot": snapshot.id}}, "collections": collections}
        try:
            datasets.append(Dataset.model_validate(data))
        except ValidationError as error:
            raise DatamapError(f"dataset {name} does not validate as a Fides dataset: {error}") from None
    return sorted(datasets, key=lambda d: d.fides_key)


def to_yaml(datasets: list[Dataset]) -> str:
    """Fides' file shape: ``dataset:`` and a list of datasets, without empty keys."""
    dumped = [d.model_dump(mode="json", exclude_none=True) for d in datasets]
    return yaml.safe_dump({"dataset": dumped}, sort_keys=False, allow_unicode=True, width=120)


def read_datasets(path: Path) -> list[Dataset]:
    """Read and validate a Fides dataset file; any problem is a DatamapError naming the file and dataset."""
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except OSError as error:
        raise DatamapError(f"cannot read Fides dataset file: {error.strerror}", where) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise DatamapError(f"invalid YAML: {getattr(error, 'problem', error)}", where,
                           mark.line + 1 if mark else None) from None
    if not isinstance(data, dict) or not isinstance(data.get("dataset"), list):
        raise DatamapError("not a Fides dataset file: expected a top-level 'dataset:' list", where)
    datasets = []
    for index, raw in enumerate(data["dataset"]):
        try:
            datasets.append(Dataset.model_validate(raw))
        except ValidationError as error:
            first = error.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            name = raw.get("fides_key") if isinstance(raw, dict) else None
            raise DatamapError(f"dataset {index + 1} ({name or 'no fides_key'}): {loc}: {first['msg']}",
                               where) from None
    return datasets


def _walk(fields: list[DatasetField], prefix: str = "") -> Iterator[tuple[str, DatasetField]]:
    for field in fields:
        name = f"{prefix}{field.name}"
        yield name, field
        yield from _walk(field.fields or [], f"{name}.")


def _category(categories: list[str], where: str, known: frozenset[str]) -> str:
    for key in categories:
        if key.startswith("user.") and key not in known:
            hint = taxonomy.suggest(key, known)
            suggestion = f"; did you mean '{hint}'?" if hint else ""
            raise DatamapError(f"{where}: unknown data category '{key}'{suggestion} (a key the policy declares as "
                               "an extension is known when the policy is given)")
    personal = sorted((k for k in categories if k == "user" or k.startswith("user.")), key=lambda k: (-k.count("."), k))
    return personal[0] if personal else "none"


def overrides_from(datasets: list[Dataset], source: str, reviewed_by: str | None = None,
                   extensions: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Override entries (``field, category, reason, reviewed_by``) for every annotated field.

    ``extensions`` are category keys the policy adds to the fideslang taxonomy.
    """
    known = taxonomy.category_keys() | extensions
    entries = []
    for dataset in datasets:
        meta = (dataset.meta or {}).get("datamap")
        schema = meta.get("dataset") if isinstance(meta, dict) else None
        for collection in dataset.collections:
            table = f"{schema}.{collection.name}" if schema else collection.name
            for name, field in _walk(collection.fields):
                categories = list(field.data_categories or [])
                if not categories:
                    continue
                where = f"{dataset.fides_key}.{collection.name}.{name}"
                entries.append({
                    "field": f"{table}.{name}", "category": _category(categories, where, known),
                    "reason": f"annotated in Fides dataset {dataset.fides_key} as {', '.join(categories)}",
                    "reviewed_by": reviewed_by or f"fides:{source}",
                })
    return entries


def overrides_yaml(entries: list[dict[str, Any]]) -> str:
    return yaml.safe_dump({"overrides": entries}, sort_keys=False, allow_unicode=True, width=120)
