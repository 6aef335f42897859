"""Read comments written in Chinese as English words, by the glossary ``data/glossary.yaml``.

Chinese has no spaces between words: a run of Han characters is read by the longest listed term
that starts at each position, and characters no term covers are dropped. Text that is not Han
(``ip信息``, ``QQ号``) stays as it is, set apart from the English words by spaces. The English
text is then read by the same word layer and rules as any English comment."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources

import yaml

# A run of Han characters (CJK unified ideographs and their extension A).
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


class Glossary:
    """Chinese terms and the English words they stand for (``english`` is cached per text)."""

    def __init__(self, terms: Mapping[str, str]) -> None:
        self.terms = {term.lower(): english for term, english in terms.items() if term}
        self.longest = max((len(term) for term in self.terms), default=0)
        self.english = lru_cache(maxsize=1 << 16)(self._english)

    def _english(self, text: str) -> str:
        """``text`` with each run of Han characters read as English words (``手机号码`` -> ``mobile
        phone number``, ``收货人姓名`` -> ``consignee name``); text with no Han stays as it is."""
        if _HAN.search(text) is None:
            return text
        return _HAN.sub(lambda run: f" {' '.join(self.words(run.group()))} ", text)

    def words(self, run: str) -> list[str]:
        """The English of the listed terms in ``run``, the longest term first at each position."""
        found: list[str] = []
        start, lowered = 0, run.lower()
        while start < len(run):
            for size in range(min(self.longest, len(run) - start), 0, -1):
                english = self.terms.get(lowered[start:start + size])
                if english is not None:
                    found.append(english)
                    start += size
                    break
            else:
                start += 1
        return found


@cache
def load_glossary() -> Glossary:
    """The packaged glossary (read once)."""
    text = resources.files("scanner.classify").joinpath("data", "glossary.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    terms = data.get("terms") or {}
    return Glossary({str(term): str(english) for term, english in terms.items()})
