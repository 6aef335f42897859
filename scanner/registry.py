"""The registry of readers: which reader handles which kind of input.

Readers are named and imported lazily, so a reader whose optional dependency is
missing only fails when it is used, with a clear message.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from catalog.errors import DatamapError
from catalog.model import ReadResult
from scanner.options import ReadOptions

Reader = Callable[[str, ReadOptions], ReadResult]

#: reader name -> "module:function"
READERS: dict[str, str] = {
    "sql": "scanner.sql.reader:read_sql_file",
    "migrations": "scanner.sql.reader:read_migrations",
    "database": "scanner.database:read_database",
    "datafile": "scanner.datafiles:read_datafile",
}

#: file suffix -> reader name
SUFFIXES: dict[str, str] = {
    ".sql": "sql",
    ".ddl": "sql",
    ".parquet": "datafile",
    ".csv": "datafile",
    ".tsv": "datafile",
    ".jsonl": "datafile",
    ".ndjson": "datafile",
}


def load_reader(name: str) -> Reader:
    """Import the reader registered under ``name``."""
    try:
        target = READERS[name]
    except KeyError:
        raise DatamapError(f"unknown reader {name!r}") from None
    module_name, _, function = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise DatamapError(f"the {name} reader is unavailable: {error}") from None
    reader: Reader = getattr(module, function)
    return reader


def reader_for_file(path: Path) -> str | None:
    """The reader name for a file, by its suffix, or None when datamap does not read it."""
    return SUFFIXES.get(path.suffix.lower())


def is_url(target: str) -> bool:
    """True for database URLs such as ``postgresql://…`` or ``sqlite:///x.db``."""
    scheme, sep, _ = target.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").isalnum()
