"""TOML with ``tomllib``; key lines by a light scan of table headers and ``key =`` lines.

The scan follows ``[table]`` and ``[[array.of.tables]]`` headers and dotted or
quoted keys, and skips the inside of multi-line strings. Keys inside inline
tables take the line of the key that holds the table.
"""

from __future__ import annotations

import re
import tomllib

from scanner.config.document import MAX_DEPTH, Document, LoadError, Loc

_HEADER = re.compile(r"^\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_PART = re.compile(r'\s*("(?:[^"\\]|\\.)*"|\'[^\']*\'|[A-Za-z0-9_-]+)\s*')
_LINE_AT = re.compile(r"at line (\d+)")


def load_toml(text: str) -> list[Document]:
    """One document; a syntax error names its line when tomllib gives one."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _LINE_AT.search(str(error))
        raise LoadError(f"TOML syntax error: {error}", int(found.group(1)) if found else None) from None
    except RecursionError:
        raise LoadError(f"TOML nesting deeper than {MAX_DEPTH} levels") from None
    return [Document(data, _index_lines(text))]


def _split_key(text: str) -> tuple[str, ...] | None:
    """``a."b.c".d`` -> ("a", "b.c", "d"); None when the text is not a key."""
    parts: list[str] = []
    position = 0
    while True:
        match = _KEY_PART.match(text, position)
        if match is None:
            return None
        token = match.group(1)
        parts.append(token[1:-1] if token[0] in "\"'" else token)
        position = match.end()
        if position == len(text):
            return tuple(parts)
        if text[position] != ".":
            return None
        position += 1


def _index_lines(text: str) -> dict[Loc, int]:
    lines: dict[Loc, int] = {}
    table: Loc = ()
    counts: dict[Loc, int] = {}
    fence: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if fence is not None:
            if raw.count(fence) % 2 == 1:
                fence = None
            continue
        header = _HEADER.match(raw)
        if header and (keys := _split_key(header.group(2))) is not None:
            table = _enter(keys, header.group(1) == "[[", counts, lines, number)
            continue
        name, sep, value = raw.partition("=")
        keys = _split_key(name) if sep and not name.lstrip().startswith("#") else None
        if keys is None:
            continue
        loc = table
        for key in keys:
            loc = (*loc, key)
            lines.setdefault(loc, number)
        for quote in ('"""', "'''"):
            if value.count(quote) % 2 == 1:
                fence = quote
    return lines


def _enter(keys: tuple[str, ...], array: bool, counts: dict[Loc, int], lines: dict[Loc, int], number: int) -> Loc:
    """The loc a header opens; an array-of-tables header opens its next item."""
    loc: Loc = ()
    for key in keys:
        loc = (*loc, key)
        if loc in counts and loc != keys:
            loc = (*loc, counts[loc] - 1)  # an enclosing array of tables: its latest item
        lines.setdefault(loc, number)
    if array:
        index = counts.get(loc, 0)
        counts[loc] = index + 1
        loc = (*loc, index)
        lines[loc] = number
    return loc
