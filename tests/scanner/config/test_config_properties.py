"""Property tests: arbitrary text in every format never crashes the reader, and reading is deterministic."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.model import ReadResult
from scanner.config.reader import read_config_file
from scanner.options import ReadOptions

NAMES = ("x.yaml", "x.json", "x.toml", "x.ini", ".env")
# Characters that matter to the formats, mixed with anything else.
SYNTAX = st.sampled_from(
    list("{}[]:,=\"'#&*!|>-.\\\n \t") + ["---", "[[", "<<:", "export ", "datamap_exports:", "\x00"]
)
TEXT = st.lists(st.one_of(SYNTAX, st.text(max_size=8)), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(name: str, text: str) -> ReadResult:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        first = read_config_file(str(path), ReadOptions())
        second = read_config_file(str(path), ReadOptions())
    assert first == second
    return first


def _check(result: ReadResult) -> None:
    assert all(e.reason for e in result.errors)
    assert all(e.line is None or e.line >= 1 for e in result.errors)
    assert all(n.evidence is None or (n.evidence.line or 1) >= 1 for n in result.nodes)


@SETTINGS
@given(name=st.sampled_from(NAMES), text=TEXT)
def test_arbitrary_text_never_crashes(name: str, text: str) -> None:
    _check(_read(name, text))


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12)
    | st.sampled_from(["https://api.stripe.com/v1", "https://o1.ingest.sentry.io/2", "hooks.slack.com"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=10) | st.sampled_from(["stripe", "api_key", "SENTRY_DSN", "name", "value"]),
                      inner, max_size=4),
    max_leaves=20,
)  # fmt: skip


@SETTINGS
@given(data=JSONISH)
def test_any_json_document_reads_without_crash(data: object) -> None:
    import json

    result = _read("x.json", json.dumps(data, indent=1))
    assert [e for e in result.errors if e.kind == "error"] == []
    _check(result)


@SETTINGS
@given(data=JSONISH)
def test_any_yaml_document_reads_without_crash(data: object) -> None:
    import yaml

    result = _read("x.yaml", yaml.safe_dump(data, allow_unicode=True))
    assert [e for e in result.errors if e.kind == "error"] == []
    _check(result)


KEYS = st.sampled_from([
    "datamap_exports", "name", "source", "table", "query", "fields", "destination", "recipient", "url", "connector",
    "purpose", "plugins", "extractors", "loaders", "select", "jobs", "tasks", "schedules", "extractor", "loader",
    "inherit_from", "pip_url", "syncCatalog", "sync_catalog", "configuration", "streams", "stream", "config",
    "selected", "selectedFields", "fieldPath", "jsonSchema", "properties", "namespace", "destinationName",
    "definition_type", "definition_image", "destination_configuration_path", "connections",
])  # fmt: skip
VALUES = st.none() | st.booleans() | st.integers() | st.sampled_from([
    "app.users", "email", "mailchimp", "target-hubspot", "tap-postgres", "tap-postgres target-hubspot",
    "public-users.email", "SELECT email FROM app.users", "https://api.hubapi.com/x", "destination", "connection",
    "airbyte/destination-hubspot", "Mailchimp", "sales", "../../../etc/passwd",
])  # fmt: skip
SHAPES = st.recursive(
    VALUES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=30,
)


@SETTINGS
@given(data=st.dictionaries(KEYS, SHAPES, max_size=5))
def test_export_shaped_documents_never_crash(data: object) -> None:
    import yaml

    _check(_read("x.yaml", yaml.safe_dump(data)))


PLUGIN_NAMES = st.sampled_from(["tap-postgres", "tap-x", "target-hubspot", "target-s3", "target-y", "dbt:run"])
PLUGIN = st.fixed_dictionaries(
    {"name": PLUGIN_NAMES | VALUES},
    optional={"select": st.lists(st.sampled_from(["public-users.email", "!a.b", "u.*", "x"]) | VALUES, max_size=4),
              "inherit_from": PLUGIN_NAMES | VALUES, "pip_url": VALUES},
)  # fmt: skip
MELTANO = st.fixed_dictionaries(
    {"plugins": st.fixed_dictionaries({}, optional={"extractors": st.lists(PLUGIN, max_size=3) | VALUES,
                                                    "loaders": st.lists(PLUGIN, max_size=3) | VALUES})},
    optional={"jobs": SHAPES | st.lists(st.fixed_dictionaries({"tasks": SHAPES | PLUGIN_NAMES})),
              "schedules": st.lists(st.dictionaries(st.sampled_from(["extractor", "loader"]), SHAPES | PLUGIN_NAMES))},
)  # fmt: skip
AIRBYTE_STREAM = st.fixed_dictionaries(
    {}, optional={"stream": st.dictionaries(KEYS, SHAPES | st.sampled_from(["users", "public"])),
                  "config": st.dictionaries(KEYS, SHAPES), "name": VALUES,
                  "selectedFields": st.lists(st.dictionaries(st.just("fieldPath"), SHAPES))},
)  # fmt: skip
AIRBYTE = st.fixed_dictionaries(
    {"syncCatalog": st.fixed_dictionaries({"streams": st.lists(AIRBYTE_STREAM, max_size=3) | VALUES})},
    optional={"destination": st.dictionaries(KEYS, VALUES), "destination_configuration_path": VALUES, "name": VALUES},
)  # fmt: skip


@SETTINGS
@given(data=MELTANO | AIRBYTE)
def test_meltano_and_airbyte_shaped_documents_never_crash(data: object) -> None:
    import yaml

    result = _read("x.yaml", yaml.safe_dump(data))
    assert [e for e in result.errors if e.reason.startswith("cannot read")] == []
    _check(result)
