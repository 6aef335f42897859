"""Make a schema file's text SQL: blank what is not SQL, open what MySQL runs, fill placeholders.

COPY data, psql meta-commands, DELIMITER and GO lines are blanked (GO ends a
statement); MySQL executable comments (``/*!40101 … */``) are opened; install-script
placeholders such as ``{$db_prefix}`` are filled (see ``scanner.sql.placeholders``).
Line breaks are kept so that line numbers stay true.
"""

from __future__ import annotations

import re

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
    delimiter = _DELIMITER.search(text)
    if delimiter:
        custom = delimiter.group(1)
        text = _DELIMITER.sub(blank, text)
        if custom != ";":
            text = text.replace(custom, ";")
    if _GO.search(text):
        text = _GO.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), text)
    return text
