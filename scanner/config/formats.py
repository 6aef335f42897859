"""Which loader reads a file, by its name, and loading it into documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from scanner.config.document import Document, LoadError
from scanner.config.envfile import load_env
from scanner.config.inifile import load_ini
from scanner.config.jsonfile import load_json
from scanner.config.tomlfile import load_toml
from scanner.config.yamlfile import load_yaml

Loader = Callable[[str], list[Document]]

#: file suffix -> format name
FORMATS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".toml": "toml",
    ".ini": "ini",
    ".cfg": "ini",
    ".env": "env",
}
_LOADERS: dict[str, Loader] = {"yaml": load_yaml, "json": load_json, "toml": load_toml, "ini": load_ini}


def format_of(path: Path) -> str | None:
    """``.env``, ``.env.production`` and ``prod.env`` are env files; others go by suffix."""
    if path.name.startswith(".env"):
        return "env"
    return FORMATS.get(path.suffix.lower())


def load(text: str, kind: str) -> tuple[list[Document], list[LoadError]]:
    """The documents of a text in a format, and the problems that did not stop reading it."""
    if kind == "env":
        return load_env(text)
    return _LOADERS[kind](text), []
