"""The code reader's knowledge (``data/python.yaml``): loaded once, validated, read-only."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from catalog.packaged import load_packaged_yaml

_MAPPINGS = ("module_aliases", "django_field_types", "sqlalchemy_types", "annotation_types",
             "marshmallow_types", "first_party", "keyword_categories",
             "attribute_names", "recipient_ids")


@dataclass(frozen=True)
class CodeKnowledge:
    """Sets of dotted names and small mappings; see ``data/python.yaml`` for what each means."""

    module_aliases: MappingProxyType[str, str]
    copy_functions: frozenset[str]
    copy_methods: frozenset[str]
    hash_functions: frozenset[str]
    hash_methods: frozenset[str]
    aggregate_functions: frozenset[str]
    aggregate_methods: frozenset[str]
    sql_methods: frozenset[str]
    sql_functions: frozenset[str]
    sql_keywords: frozenset[str]
    sql_dialects: tuple[str, ...]
    person_keys: frozenset[str]
    instance_methods: frozenset[str]
    many_methods: frozenset[str]
    model_managers: frozenset[str]
    http_calls: MappingProxyType[str, frozenset[str]]
    ignored_keywords: frozenset[str]
    personal_literals: tuple[re.Pattern[str], ...]
    plain_decorators: frozenset[str]
    task_call_methods: frozenset[str]
    mutating_methods: frozenset[str]
    builder_copy_methods: frozenset[str]
    request_globals: frozenset[str]
    generic_attributes: frozenset[str]
    container_names: frozenset[str]
    non_person_objects: frozenset[str]
    generator_functions: frozenset[str]
    recipient_ids: MappingProxyType[str, Any]
    keyword_categories: MappingProxyType[str, Any]
    attribute_names: MappingProxyType[str, str]
    email_calls: frozenset[str]
    email_hosts_from: frozenset[str]
    email_settings: frozenset[str]
    logger_factories: frozenset[str]
    logger_modules: frozenset[str]
    logger_names: frozenset[str]
    log_methods: frozenset[str]
    print_functions: frozenset[str]
    first_party: MappingProxyType[str, Any]
    django_bases: frozenset[str]
    django_field_types: MappingProxyType[str, str]
    django_relations: frozenset[str]
    django_ignored: frozenset[str]
    sqlalchemy_types: MappingProxyType[str, str]
    annotation_types: MappingProxyType[str, str]
    pydantic_bases: frozenset[str]
    settings_bases: frozenset[str]
    settings_suffixes: frozenset[str]
    dataclass_decorators: frozenset[str]
    typeddict_bases: frozenset[str]
    marshmallow_bases: frozenset[str]
    marshmallow_types: MappingProxyType[str, str | None]
    column_calls: frozenset[str]
    table_calls: frozenset[str]
    foreign_key_calls: frozenset[str]
    serialise_methods: frozenset[str]
    serialise_functions: frozenset[str]
    sql_wrappers: frozenset[str]

    def is_personal_literal(self, text: str) -> bool:
        """True for a literal that is itself a sample of a person's data (``"ann@example.com"``)."""
        return any(pattern.match(text) for pattern in self.personal_literals)

    def is_http_call(self, dotted: str) -> bool:
        owner, _, method = dotted.rpartition(".")
        return method in self.http_calls.get(owner, frozenset())


def parse_knowledge(data: Any, path: str = "python.yaml") -> CodeKnowledge:
    """Build the knowledge from parsed YAML; a missing or unknown key is a ValueError naming it."""
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    names = {f.name for f in fields(CodeKnowledge)}
    unknown, missing = set(data) - names, names - set(data)
    if unknown or missing:
        raise ValueError(f"{path}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    values: dict[str, Any] = {}
    for name in names:
        raw = data[name]
        if name == "http_calls":
            values[name] = MappingProxyType({k: frozenset(v) for k, v in raw.items()})
        elif name in _MAPPINGS:
            values[name] = MappingProxyType(dict(raw))
        elif name == "sql_dialects":
            values[name] = tuple(raw)
        elif name == "personal_literals":
            values[name] = tuple(re.compile(pattern) for pattern in raw)
        else:
            if not isinstance(raw, list):
                raise ValueError(f"{path}: {name} must be a list")
            values[name] = frozenset(raw)
    return CodeKnowledge(**values)


@cache
def load_code_knowledge() -> CodeKnowledge:
    """The packaged knowledge file."""
    text = resources.files("scanner.code").joinpath("data", "python.yaml").read_text(encoding="utf-8")
    return parse_knowledge(load_packaged_yaml(text), "scanner/code/data/python.yaml")
