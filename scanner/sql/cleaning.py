"""Make a schema file's text SQL: blank what is not SQL, open what MySQL runs, fill placeholders.

COPY data, psql meta-commands, DELIMITER and GO lines are blanked (GO ends a
statement, and a custom delimiter ends one up to the next DELIMITER line); MySQL
executable comments (``/*!40101 … */``) are opened; install-script placeholders
such as ``{$db_prefix}`` are filled (see ``scanner.sql.placeholders``). Line
breaks are kept so that line numbers stay true.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scanner.sql.placeholders import fill_placeholders

#: MySQL executable comments (``/*!50001 CREATE VIEW … */``): SQL that MySQL runs, so datamap reads it.
_EXECUTABLE_COMMENT = re.compile(r"/\*!\d{0,6}(.*?)\*/", re.DOTALL)
_COPY_BLOCK = re.compile(r"(?ims)^\s*COPY\b[^;]*\bFROM\s+stdin\b[^;]*;[ \t\r]*\n(.*?)^\\\.[ \t\r]*$")
_PSQL_META = re.compile(r"(?m)^\\[a-zA-Z].*$")
_DELIMITER = re.compile(r"(?im)^[ \t]*DELIMITER[ \t]+(\S+?)[ \t\r]*$")
_GO = re.compile(r"(?im)^[ \t]*GO[ \t\r]*$")


def clean_text(text: str) -> str:
    """``text`` made SQL, with its line breaks where they were (see the module docstring)."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    def blank_data(match: re.Match[str]) -> str:
        start, end = match.span(1)
        whole = match.group(0)
        offset = match.start(0)
        data = text[start:end] + text[end:match.end(0)]
        return whole[: start - offset] + re.sub(r"[^\n]", " ", data)

    if "stdin" in text or "STDIN" in text:
        text = _COPY_BLOCK.sub(blank_data, text)
    text = fill_placeholders(text)
    if "/*!" in text:
        text = _EXECUTABLE_COMMENT.sub(lambda m: m.group(1), text)
    if "\\" in text:
        text = _PSQL_META.sub(blank, text)
    if _DELIMITER.search(text):
        text = _delimited(text, blank)
    if _GO.search(text):
        text = _GO.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), text)
    return text


def _delimited(text: str, blank: Callable[[re.Match[str]], str]) -> str:
    """``text`` with its DELIMITER lines blanked and, up to the next such line, the delimiter each sets
    written as ``;`` (a file may use ``//`` for one block of routines and ``$$`` for another)."""
    pieces: list[str] = []
    position = 0
    current = ";"
    for match in _DELIMITER.finditer(text):
        region = text[position:match.start()]
        pieces.append(region.replace(current, ";") if current != ";" else region)
        pieces.append(blank(match))
        current = match.group(1)
        position = match.end()
    tail = text[position:]
    pieces.append(tail.replace(current, ";") if current != ";" else tail)
    return "".join(pieces)
