"""Loose SQL files that can be read apart: groups of files none of which names another group's tables.

All loose SQL files of a scan used to be one read (one file may alter, reference
or select from a table another creates), so a change to one re-read them all.
Here a file joins the group of every file whose created tables (``CREATE TABLE``
or ``VIEW`` names, last part, case folded) occur anywhere in its text as a word;
this over-approximates what the reader resolves across files (keys, ``ALTER``,
``COMMENT ON``, views, ``INSERT … SELECT``), so reading each group on its own
gives the fields and edges the whole read gives. A file that cannot be read
cheaply (too big, not text) joins everything: the groups then fall back to one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from catalog.groups import connected
from scanner.sql.cleaning import clean_text
from scanner.sql.files import read_text

#: files larger than this are read as one group with all others (scanning their words costs)
MAX_BYTES = 2_000_000
_NAME = r"[`\"\[]?[\w$]+[`\"\]]?"
_CREATES = re.compile(
    r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL|TEMP|TEMPORARY|UNLOGGED|VIRTUAL|FOREIGN|MATERIALIZED)\s+)*"
    rf"(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:{_NAME}\s*\.\s*)*{_NAME})", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z_][\w$]*")


def _created(text: str) -> set[str]:
    return {match.group(1).rsplit(".", 1)[-1].strip(" `\"[]").lower() for match in _CREATES.finditer(text)}


def independent_groups(paths: Sequence[Path]) -> list[list[Path]]:
    """``paths`` split into groups that name none of each other's tables, each in the given order; groups are
    ordered by their first file. One group when some file is too big or unreadable; none for no files."""
    if len(paths) < 2:
        return [list(paths)] if paths else []
    words: list[set[str]] = []
    creates: dict[str, list[int]] = {}
    for index, path in enumerate(paths):
        try:
            if path.stat().st_size > MAX_BYTES:
                return [list(paths)]
            text = clean_text(read_text(path))
        except (OSError, ValueError):
            return [list(paths)]
        words.append({w.lower() for w in _WORD.findall(text)})
        for name in _created(text):
            creates.setdefault(name, []).append(index)
    pairs = ((index, other) for index, found in enumerate(words) for name in found & creates.keys()
             for other in creates[name])
    return [[paths[index] for index in group] for group in connected(len(paths), pairs)]
