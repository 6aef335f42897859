"""Check that each citation in a policy file is the exact words of the policy text.

Matching forgives what copying text out of a web page or a PDF changes and nothing
else: runs of white space (line breaks, tabs, non-breaking spaces), curly versus
straight quotes and apostrophes, and the case of the citation's first letter (so a
clause can be cited from the middle of a sentence).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from catalog.policy import Policy

_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2032"
_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u2033'
_QUOTE_CLASSES = {
    **{q: "[" + re.escape(_SINGLE_QUOTES) + "]" for q in _SINGLE_QUOTES},
    **{q: "[" + re.escape(_DOUBLE_QUOTES) + "]" for q in _DOUBLE_QUOTES},
}
_QUOTE_TABLE = str.maketrans({**{q: "'" for q in _SINGLE_QUOTES}, **{q: '"' for q in _DOUBLE_QUOTES}})


@dataclass(frozen=True)
class CitationProblem:
    """A citation that the policy text does not contain."""

    entry: str
    """The entry that carries the citation, e.g. ``category 'nickname'``."""
    entry_id: str
    citation: str
    closest: str | None
    """The passage of the text closest to the citation, to help fix it."""
    loc: tuple[str | int, ...]
    """Where the citation sits in the policy file, e.g. ``('categories', 0, 'citation')``."""

    @property
    def message(self) -> str:
        hint = f'; closest passage: "{self.closest}"' if self.closest else ""
        return f'{self.entry}: citation not found in the policy text: "{self.citation}"{hint}'


def _char_pattern(char: str) -> str:
    return _QUOTE_CLASSES.get(char) or re.escape(char)


def _first_char_pattern(char: str) -> str:
    variants = sorted({char, char.lower(), char.upper()})
    if len(variants) == 1:
        return _char_pattern(char)
    return "(?:" + "|".join(_char_pattern(v) for v in variants) + ")"


@lru_cache(maxsize=1024)
def _citation_regex(citation: str) -> re.Pattern[str] | None:
    words = citation.split()
    if not words:
        return None
    first, rest = words[0][0], words[0][1:]
    parts = [_first_char_pattern(first) + "".join(map(_char_pattern, rest))]
    parts += ["".join(map(_char_pattern, word)) for word in words[1:]]
    return re.compile(r"\s+".join(parts))


def locate_citation(citation: str, text: str) -> tuple[int, int] | None:
    """Start and end offsets of the citation's first occurrence in ``text``, or None."""
    regex = _citation_regex(citation)
    if regex is None:
        return None
    match = regex.search(text)
    return match.span() if match else None


def find_citation(citation: str, text: str) -> bool:
    """True when ``text`` contains the citation (see the module docstring for tolerances)."""
    return locate_citation(citation, text) is not None


def closest_passage(citation: str, text: str) -> str | None:
    """The run of words in ``text`` most like the citation, or None when nothing is close."""
    wanted = " ".join(citation.translate(_QUOTE_TABLE).split()).lower()
    words = text.translate(_QUOTE_TABLE).split()
    size = len(wanted.split())
    if not wanted or not words:
        return None
    best, best_ratio = None, 0.5
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    for width in {max(size - 1, 1), size, size + 1}:
        for start in range(max(len(words) - width + 1, 1)):
            candidate = " ".join(words[start : start + width])
            matcher.set_seq1(candidate.lower())
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = candidate, ratio
    return best


def check_citations(policy: Policy, text: str) -> list[CitationProblem]:
    """Every citation of ``policy`` that ``text`` does not contain, in file order."""
    return [
        CitationProblem(
            entry=cited.label,
            entry_id=cited.entry_id,
            citation=cited.citation,
            closest=closest_passage(cited.citation, text),
            loc=cited.loc,
        )
        for cited in policy.citations()
        if not find_citation(cited.citation, text)
    ]
