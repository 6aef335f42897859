"""Project configuration: ``[tool.datamap]`` in ``pyproject.toml``, or a ``datamap.toml``.

The file is found by walking up from the first scanned path (then from the
working directory). Paths in it are relative to the file's folder. Unknown keys
fail with "did you mean …?" and the file and line of the key; command-line flags
override what the file says (``Config.merged``). The result is one frozen object
passed explicitly to whatever needs it.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictBool, StrictStr, ValidationError

from catalog.errors import DatamapError

CONFIG_FILE = "datamap.toml"
PYPROJECT = "pyproject.toml"
DEFAULT_BASELINE = ".datamap-baseline.json"
SEVERITIES = ("info", "warning", "error")

Severity = Literal["info", "warning", "error"]


class ConfigFile(BaseModel):
    """The keys a person may write; anything else is a typo."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    paths: tuple[StrictStr, ...] = ()
    policy: StrictStr | None = None
    dialect: StrictStr | None = None
    overrides: StrictStr | None = None
    knowledge: tuple[StrictStr, ...] = ()
    baseline: StrictStr | None = None
    fail_on: Severity = "warning"
    exclude: tuple[StrictStr, ...] = ()
    recipients: tuple[StrictStr, ...] = ()
    purposes: dict[StrictStr, StrictStr] = {}
    rules_only: StrictBool = False


@dataclass(frozen=True)
class Config:
    """The project's settings with every path made absolute.

    ``source`` is the file they came from (None: no file, the defaults);
    ``baseline`` is None when neither the file nor a flag named one.
    ``purposes`` maps module/function globs or recipient ids to fideslang data uses;
    ``rules_only`` classifies by the rules alone, without the learned model.
    """

    source: Path | None = None
    folder: Path | None = None
    paths: tuple[str, ...] = ()
    policy: str | None = None
    dialect: str | None = None
    overrides: str | None = None
    knowledge: tuple[str, ...] = ()
    baseline: str | None = None
    fail_on: str = "warning"
    exclude: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    purposes: dict[str, str] = field(default_factory=dict)
    rules_only: bool = False

    def merged(self, **flags: Any) -> Config:
        """This config with every flag that was given (not None, not empty, not False) taking precedence."""
        given = {name: value for name, value in flags.items() if value not in (None, (), False)}
        unknown = set(given) - set(self.__dataclass_fields__)
        if unknown:
            raise TypeError(f"not config settings: {sorted(unknown)}")
        return replace(self, **given)

    def baseline_path(self, root: Path) -> Path:
        """Where the baseline lives: as configured, else the default file in ``root``."""
        return Path(self.baseline) if self.baseline else root / DEFAULT_BASELINE


def severity_rank(severity: str) -> int:
    """info < warning < error; an unknown severity ranks as error so it is never hidden."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES) - 1


def find_config(starts: Iterable[Path]) -> Path | None:
    """The nearest ``datamap.toml`` or ``pyproject.toml`` holding ``[tool.datamap]``."""
    for start in starts:
        folder = start.resolve()
        if not folder.is_dir():
            folder = folder.parent
        for candidate in (folder, *folder.parents):
            if (candidate / CONFIG_FILE).is_file():
                return candidate / CONFIG_FILE
            pyproject = candidate / PYPROJECT
            if pyproject.is_file() and _has_tool_section(pyproject):
                return pyproject
    return None


def discover_config(paths: Iterable[str], cwd: Path | None = None) -> Config:
    """Find and load the project's config from the first local path, then the working directory."""
    starts = [Path(p) for p in list(paths)[:1] if "://" not in p and Path(p).exists()]
    found = find_config([*starts, cwd or Path.cwd()])
    return load_config(found) if found else Config()


def load_config(path: Path) -> Config:
    """Read and validate one config file."""
    text = _read(path)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"at line (\d+)", str(error))
        raise DatamapError(f"not valid TOML: {error}", str(path), int(match.group(1)) if match else None) from None
    section = _section(document, path)
    table = _table_name(path)
    if not isinstance(section, dict):
        raise DatamapError(f"[{table}] must be a table", str(path))
    try:
        model = ConfigFile.model_validate(section)
    except ValidationError as error:
        raise _explain(error, path, text, table) from None
    return _resolve(model, path)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DatamapError(f"cannot read config: {error}", str(path)) from None


def _is_pyproject(path: Path) -> bool:
    return path.name == PYPROJECT


def _table_name(path: Path) -> str:
    return "tool.datamap" if _is_pyproject(path) else ""


def _has_tool_section(path: Path) -> bool:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "[tool.datamap" in path.read_text(encoding="utf-8", errors="replace")
    return "datamap" in document.get("tool", {})


def _section(document: dict[str, Any], path: Path) -> Any:
    if _is_pyproject(path):
        return document.get("tool", {}).get("datamap", {})
    return document


def _explain(error: ValidationError, path: Path, text: str, table: str) -> DatamapError:
    first = error.errors()[0]
    key = str(first["loc"][0]) if first["loc"] else ""
    line = key_line(text, table, key) if key else None
    if first["type"] == "extra_forbidden":
        close = difflib.get_close_matches(key, list(ConfigFile.model_fields), n=1, cutoff=0.5)
        hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(ConfigFile.model_fields)}"
        where = f"[{table}]" if table else "the config"
        return DatamapError(f"unknown key '{key}' in {where}{hint}", str(path), line)
    place = ".".join(str(part) for part in first["loc"])
    return DatamapError(f"{place}: {first['msg']}", str(path), line)


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def key_line(text: str, table: str, key: str) -> int | None:
    """The line where ``key`` is set in ``[table]`` ("" = top level), or where its sub-table starts."""
    current = ""
    assignment = re.compile(rf"""^\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*[=.]""")
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = header.group(1).replace('"', "").replace(" ", "")
            if current == (f"{table}.{key}" if table else key):
                return number
            continue
        if current == table and assignment.match(line):
            return number
    return None


def _absolute(folder: Path, value: str) -> str:
    return value if "://" in value else str((folder / value).resolve())


def _resolve(model: ConfigFile, path: Path) -> Config:
    folder = path.resolve().parent
    return Config(
        source=path.resolve(), folder=folder,
        paths=tuple(_absolute(folder, p) for p in model.paths),
        policy=_absolute(folder, model.policy) if model.policy else None,
        dialect=model.dialect,
        overrides=_absolute(folder, model.overrides) if model.overrides else None,
        knowledge=tuple(_absolute(folder, p) for p in model.knowledge),
        baseline=_absolute(folder, model.baseline) if model.baseline else None,
        fail_on=model.fail_on, exclude=model.exclude,
        recipients=tuple(_absolute(folder, p) for p in model.recipients),
        purposes=dict(model.purposes), rules_only=model.rules_only,
    )

