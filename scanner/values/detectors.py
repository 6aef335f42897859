"""Value detectors loaded from ``data/detectors.yaml``: which values look like what."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from scanner.values.checks import Check, resolve

_KEYS = {"kind", "category", "strength", "pattern", "check", "flags", "embedded", "integers"}
_FLAGS = {"ignorecase": re.IGNORECASE}


@dataclass(frozen=True)
class Detector:
    """One kind of value: a pattern for the whole value plus an optional check."""

    kind: str
    category: str
    strength: float
    pattern: re.Pattern[str]
    search: re.Pattern[str]
    check: Check | None = None
    embedded: bool = False
    integers: bool = False

    def matches(self, value: str) -> bool:
        """True when the whole value is of this kind."""
        return self.pattern.fullmatch(value) is not None and (self.check is None or self.check(value))

    def find(self, text: str) -> list[tuple[int, int]]:
        """The spans of values of this kind embedded in a longer text."""
        spans = []
        for match in self.search.finditer(text):
            if self.check is None or self.check(match.group(0)):
                spans.append(match.span())
        return spans


@dataclass(frozen=True)
class FreeText:
    """When a value counts as prose, and the category prose with personal data suggests."""

    category: str
    strength: float
    min_words: int
    min_letter_share: float

    def is_prose(self, value: str) -> bool:
        if len(value.split()) < self.min_words:
            return False
        letters = sum(char.isalpha() for char in value)
        return letters >= self.min_letter_share * len(value)


@dataclass(frozen=True)
class Knowledge:
    detectors: tuple[Detector, ...]
    free_text: FreeText

    def strength(self, category: str) -> float:
        """The strongest detector strength for a category (0.0 when none suggests it)."""
        strengths = [d.strength for d in self.detectors if d.category == category]
        if category == self.free_text.category:
            strengths.append(self.free_text.strength)
        return max(strengths, default=0.0)


def _detector(entry: dict[str, Any], position: int) -> Detector:
    unknown = set(entry) - _KEYS
    missing = {"kind", "category", "strength", "pattern"} - set(entry)
    if unknown or missing:
        raise ValueError(f"value detector #{position}: unknown keys {sorted(unknown)}, missing {sorted(missing)}")
    flags = _FLAGS[entry["flags"]] if "flags" in entry else 0
    strength = float(entry["strength"])
    if not 0.0 <= strength <= 1.0:
        raise ValueError(f"value detector {entry['kind']!r}: strength must be in [0, 1]")
    source = entry["pattern"]
    return Detector(
        kind=entry["kind"],
        category=entry["category"],
        strength=strength,
        pattern=re.compile(source, flags),
        search=re.compile(rf"(?<![\w@+\-.])(?:{source})(?![\w@\-]|\.\w)", flags),
        check=resolve(entry["check"]) if "check" in entry else None,
        embedded=bool(entry.get("embedded", False)),
        integers=bool(entry.get("integers", False)),
    )


def parse(document: dict[str, Any]) -> Knowledge:
    """Build detectors from the YAML document's contents (validated)."""
    if not isinstance(document, dict) or set(document) != {"detectors", "free_text"}:
        raise ValueError("value detector data needs exactly 'detectors' and 'free_text'")
    detectors = tuple(_detector(entry, i) for i, entry in enumerate(document["detectors"], 1))
    kinds = [detector.kind for detector in detectors]
    if len(set(kinds)) != len(kinds):
        raise ValueError("value detector kinds must be unique")
    return Knowledge(detectors, FreeText(**document["free_text"]))


@cache
def knowledge() -> Knowledge:
    """The shipped value detectors, loaded once."""
    text = resources.files("scanner.values").joinpath("data/detectors.yaml").read_text("utf-8")
    return parse(yaml.safe_load(text))


def classify(value: str) -> Detector | None:
    """The first detector that recognises the whole value, or None."""
    for detector in knowledge().detectors:
        if detector.matches(value):
            return detector
    return None


def embedded(text: str) -> list[tuple[Detector, str]]:
    """Personal values found inside free text, as (detector, value) pairs, in detector order."""
    found: list[tuple[Detector, str]] = []
    taken: list[tuple[int, int]] = []
    for detector in knowledge().detectors:
        if not detector.embedded:
            continue
        for start, end in detector.find(text):
            if all(end <= other_start or start >= other_end for other_start, other_end in taken):
                taken.append((start, end))
                found.append((detector, text[start:end]))
    return found
