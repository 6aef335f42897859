"""``.env`` files: ``KEY=VALUE`` lines, optional ``export``, quotes and comments.

Double-quoted values may span lines; single-quoted values are literal; an
unquoted value ends at `` #``. Lines that are not assignments are reported
with their line number, and reading goes on.
"""

from __future__ import annotations

import re

from scanner.config.document import Document, LoadError

_ASSIGN = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.\-]*)\s*=\s?(.*)$")


def load_env(text: str) -> tuple[list[Document], list[LoadError]]:
    """One document of keys to values, and one LoadError per line that is not an assignment."""
    data: dict[str, str] = {}
    lines: dict[tuple[str | int, ...], int] = {}
    problems: list[LoadError] = []
    rows = text.splitlines()
    number = 0
    while number < len(rows):
        raw = rows[number]
        number += 1
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        match = _ASSIGN.match(raw)
        if match is None:
            problems.append(LoadError("not a KEY=VALUE line", number))
            continue
        key, rest = match.group(1), match.group(2).strip()
        start = number
        value, number = _value(rest, rows, number)
        data[key] = value
        lines[(key,)] = start
    return [Document(data, lines)], problems


def _value(rest: str, rows: list[str], number: int) -> tuple[str, int]:
    """The value starting with ``rest``; returns it and the index of the next unread row."""
    if rest[:1] == "'":
        end = rest.find("'", 1)
        return (rest[1:end] if end > 0 else rest[1:]), number
    if rest[:1] == '"':
        collected = rest[1:]
        while not _closes(collected) and number < len(rows):
            collected += "\n" + rows[number]
            number += 1
        end = _closing_quote(collected)
        body = collected[:end] if end >= 0 else collected
        return body.replace('\\"', '"').replace("\\n", "\n"), number
    return re.split(r"\s+#", rest, maxsplit=1)[0].strip(), number


def _closing_quote(text: str) -> int:
    escaped = False
    for index, char in enumerate(text):
        if char == '"' and not escaped:
            return index
        escaped = char == "\\" and not escaped
    return -1


def _closes(text: str) -> bool:
    return _closing_quote(text) >= 0
