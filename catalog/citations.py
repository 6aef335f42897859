"""Check that each citation in a policy file is the exact words of the policy text.

Matching forgives what copying text out of a web page or a PDF changes and nothing
else: runs of white space (line breaks, tabs, non-breaking spaces), curly versus
straight quotes and apostrophes, and the case of the citation's first letter (so a
clause can be cited from the middle of a sentence).
"""

from __future__ import annotations

import difflib
import re
import string
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


_CANDIDATES = 12
_CLOSE_ENOUGH = 0.5


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
    """The run of words in ``text`` most like the citation, or None when nothing is close.

    Windows of the citation's length are ranked by shared words first (cheap), then
    the best few, one word wider or narrower too, by character similarity.
    """
    wanted = citation.translate(_QUOTE_TABLE).lower().split()
    words = text.translate(_QUOTE_TABLE).split()
    if not wanted or not words:
        return None
    lowered = [word.lower() for word in words]
    bare = [word.strip(string.punctuation) for word in lowered]
    size = min(len(wanted), len(words))
    by_words = difflib.SequenceMatcher(autojunk=False)
    by_words.set_seq2([word.strip(string.punctuation) for word in wanted])
    scored = []
    for start in range(len(words) - size + 1):
        by_words.set_seq1(bare[start : start + size])
        scored.append((by_words.quick_ratio(), start))
    scored.sort(key=lambda item: (-item[0], item[1]))
    target = " ".join(wanted)
    best, best_ratio = None, _CLOSE_ENOUGH
    by_chars = difflib.SequenceMatcher(autojunk=False)
    by_chars.set_seq2(target)
    for _, start in scored[:_CANDIDATES]:
        for width in (size - 1, size, size + 1):
            if width < 1 or start + width > len(words):
                continue
            by_chars.set_seq1(" ".join(lowered[start : start + width]))
            ratio = by_chars.ratio()
            if ratio > best_ratio:
                best, best_ratio = " ".join(words[start : start + width]), ratio
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
