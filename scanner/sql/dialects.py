"""Guess the SQL dialect of a file from the marks listed in ``data/dialects.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "dialects.yaml"
DEFAULT_DIALECT = "postgres"


@dataclass(frozen=True)
class _Marks:
    sample: int
    cap: int
    marks: tuple[tuple[str, re.Pattern[str], int], ...]  # (dialect, pattern, weight)


@lru_cache(maxsize=1)
def _file_suffixes() -> dict[str, str]:
    with DATA.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return {str(suffix).lower(): str(dialect)
            for dialect, suffixes in (data.get("file_suffixes") or {}).items() for suffix in suffixes}


def dialect_of_name(path: Path) -> str | None:
    """The dialect a file's name gives by its last suffix (``full.sql.postgres``), if any."""
    return _file_suffixes().get(path.suffix.lower())


@lru_cache(maxsize=1)
def _marks() -> _Marks:
    with DATA.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    marks = tuple(
        (str(dialect), re.compile(str(pattern), re.IGNORECASE | re.MULTILINE), int(weight))
        for dialect, entries in (data.get("marks") or {}).items()
        for pattern, weight in entries
    )
    return _Marks(int(data.get("sample", 20000)), int(data.get("cap", 20)), marks)


def dialect_scores(text: str) -> dict[str, int]:
    """Each dialect's score on the start of ``text`` (dialects with no mark found are left out)."""
    marks = _marks()
    sample = text[: marks.sample]
    scores: dict[str, int] = {}
    for dialect, pattern, weight in marks.marks:
        found = 0
        for _ in pattern.finditer(sample):
            found += 1
            if found == marks.cap:
                break
        if found:
            scores[dialect] = scores.get(dialect, 0) + found * weight
    return scores


def guess_dialect(text: str) -> str:
    """The dialect whose marks score highest in ``text``; PostgreSQL on a tie or when none is found."""
    scores = dialect_scores(text)
    best = max(scores.values(), default=0)
    if not best or scores.get(DEFAULT_DIALECT) == best:
        return DEFAULT_DIALECT
    return min(d for d, s in scores.items() if s == best)
