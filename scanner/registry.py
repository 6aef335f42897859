"""The registry of readers: which reader handles which kind of input.

Readers are named and imported lazily, so a reader whose optional dependency is
missing only fails when it is used, with a clear message.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from catalog.errors import DatamapError
from catalog.model import ReadResult
from scanner.options import ReadOptions

Reader = Callable[[str, ReadOptions], ReadResult]

#: reader name -> "module:function"; each takes one target (a path or URL) and the options.
READERS: dict[str, str] = {
    "sql": "scanner.sql.reader:read_sql_file",
    "migrations": "scanner.sql.reader:read_migrations",
    "database": "scanner.database:read_database",
    "datafile": "scanner.datafiles:read_datafile",
    "dbt": "scanner.dbt:read_dbt_project",
    "config": "scanner.config.reader:read_config_file",
}

#: reader name -> "module:function"; each takes all the files of its kind at once
#: (SQL files may alter each other's tables; Python calls cross modules).
GROUP_READERS: dict[str, str] = {
    "sql": "scanner.sql.reader:read_sql_paths",
    "python": "scanner.code.python:read_python_files",
}

#: file suffix -> reader name
SUFFIXES: dict[str, str] = {
    ".sql": "sql",
    ".ddl": "sql",
    ".pgsql": "sql",
    ".psql": "sql",
    ".parquet": "datafile",
    ".csv": "datafile",
    ".tsv": "datafile",
    ".jsonl": "datafile",
    ".ndjson": "datafile",
    ".py": "python",
    ".yaml": "config",
    ".yml": "config",
    ".json": "config",
    ".toml": "config",
    ".ini": "config",
    ".cfg": "config",
    ".env": "config",
}

#: file names read as config whatever their suffix (``.env.production``)
CONFIG_NAMES = (".env",)
#: suffixes after ``.sql`` that are no dialect (``schema.sql.gz`` is compressed, not SQL text)
_NOT_DIALECTS = frozenset({".gz", ".bz2", ".xz", ".zst", ".zip", ".bak", ".orig", ".swp", ".tmp", ".old"})


def load_reader(name: str, group: bool = False) -> Any:
    """Import the reader registered under ``name`` (the group reader with ``group``)."""
    try:
        target = (GROUP_READERS if group else READERS)[name]
    except KeyError:
        raise DatamapError(f"unknown reader {name!r}") from None
    module_name, _, function = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise DatamapError(f"the {name} reader is unavailable: {error}") from None
    return getattr(module, function)


def reader_for_file(path: Path) -> str | None:
    """The reader name for a file, by its suffix, or None when datamap does not read it."""
    if path.name.startswith(CONFIG_NAMES) and "config" in SUFFIXES.values():
        return "config"
    suffixes = [s.lower() for s in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-2] == ".sql" and suffixes[-1] not in _NOT_DIALECTS | SUFFIXES.keys():
        return "sql"  # full.sql.postgres, schema.sql.sqlite: one schema per dialect
    return SUFFIXES.get(path.suffix.lower())


def is_url(target: str) -> bool:
    """True for database URLs such as ``postgresql://…`` or ``sqlite:///x.db``."""
    scheme, sep, _ = target.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").isalnum()
