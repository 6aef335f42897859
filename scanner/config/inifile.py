"""ini and cfg files with ``configparser`` (no interpolation); key lines by a light scan."""

from __future__ import annotations

import configparser
import re

from scanner.config.document import Document, LoadError, Loc

_SECTION = re.compile(r"^\s*\[([^\]]+)\]")
_OPTION = re.compile(r"^([^\s=:;#\[][^=:]*?)\s*[=:]")


def load_ini(text: str) -> list[Document]:
    """One document of sections to options; a parse error names its line."""
    parser = configparser.RawConfigParser(interpolation=None, strict=False, default_section="\x00default")
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep the key's own spelling
    try:
        parser.read_string(text)
    except configparser.MissingSectionHeaderError as error:
        raise LoadError("ini syntax error: a key before any [section] header", error.lineno) from None
    except configparser.ParsingError as error:
        line = error.errors[0][0] if error.errors else None
        raise LoadError("ini syntax error: lines that are neither a section nor a key", line) from None
    except configparser.Error as error:
        raise LoadError(f"ini error: {' '.join(error.message.split())}") from None
    data = {name: dict(parser.items(name, raw=True)) for name in parser.sections()}
    return [Document(data, _index_lines(text))]


def _index_lines(text: str) -> dict[Loc, int]:
    lines: dict[Loc, int] = {}
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        header = _SECTION.match(raw)
        if header:
            section = header.group(1).strip()
            lines.setdefault((section,), number)
            continue
        option = _OPTION.match(raw)
        if option and section is not None:
            lines.setdefault((section, option.group(1).strip()), number)
    return lines
