"""The code or SQL lines around a piece of evidence, read from the path the snapshot recorded.

Only files that are still readable where the scan saw them are shown; a file
that moved or is not on this machine simply has no excerpt.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

CONTEXT = 3
MAX_FILE_BYTES = 2_000_000
LANGUAGES = {".py": "python", ".sql": "sql", ".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml",
             ".ini": "ini", ".env": "bash", ".js": "javascript", ".ts": "typescript"}


@dataclass(frozen=True)
class Excerpt:
    path: str
    line: int
    text: str
    language: str


def parse_place(place: str | None) -> tuple[str, int | None] | None:
    """``path:line`` → (path, line); a bare path → (path, None)."""
    if not place:
        return None
    path, sep, line = place.rpartition(":")
    if sep and line.isdigit():
        return path, int(line)
    return place, None


@functools.lru_cache(maxsize=256)
def _lines(path: str, mtime: float) -> tuple[str, ...] | None:
    try:
        if os.path.getsize(path) > MAX_FILE_BYTES:
            return None
        return tuple(Path(path).read_text("utf-8", errors="replace").splitlines())
    except OSError:
        return None


def excerpt(path: str | None, line: int | None, context: int = CONTEXT) -> Excerpt | None:
    """The lines around ``line`` of ``path``, numbered, the evidence line marked; None when unreadable."""
    if not path or not line or "://" in path:
        return None
    try:
        mtime = os.path.getmtime(path)
    except OSError:
        return None
    lines = _lines(path, mtime)
    if lines is None or line > len(lines):
        return None
    first, last = max(1, line - context), min(len(lines), line + context)
    width = len(str(last))
    text = "\n".join(f"{'▶' if n == line else ' '} {n:>{width}} │ {lines[n - 1]}" for n in range(first, last + 1))
    name = os.path.basename(path)
    language = LANGUAGES.get(os.path.splitext(path)[1].lower()) or LANGUAGES.get(
        "." + name.split(".")[-1] if "." in name else "", "text")
    return Excerpt(path, line, text, language)
