"""Profile a sample of one field's values: which kinds of personal data they hold.

``profile_values`` is a pure, deterministic function from values to a
:class:`~catalog.model.ValueProfile`. It keeps counts, match ratios and masked
examples only; raw values never leave this module.
"""

from __future__ import annotations

import ipaddress
import json
import math
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache

from catalog.model import ValueProfile
from scanner.values.checks import is_birth_date
from scanner.values.detectors import Detector, classify, embedded, knowledge
from scanner.values.masking import mask

#: Longest text looked at; longer values are cut (the start says enough).
MAX_TEXT = 10_000
MAX_EXAMPLES = 3
MAX_NESTED_KEYS = 200
#: Share of a column's dates that must be plausible birth dates for any to count.
BIRTH_DATE_SHARE = 0.9
#: Numeric columns read as coordinates: enough values, enough decimals, in range.
GEO_MIN_VALUES = 5
GEO_MIN_DECIMALS = 4
GEO_SHARE = 0.9
#: Share of a column's values that must be numbers for it to be read as coordinates.
GEO_NUMERIC_SHARE = 0.8
_DECIMAL_TEXT = re.compile(r"-?\d{1,3}\.\d+")

_IP_TYPES = (
    ipaddress.IPv4Address,
    ipaddress.IPv6Address,
    ipaddress.IPv4Interface,
    ipaddress.IPv6Interface,
    ipaddress.IPv4Network,
    ipaddress.IPv6Network,
)


@dataclass
class _Seen:
    """What one value turned out to be."""

    categories: dict[str, str] = field(default_factory=dict)  # category -> masked example
    date_like: bool = False
    birth_date: bool = False
    number: float | Decimal | None = None
    prose: bool = False
    prose_with_personal: bool = False


@dataclass
class _Tally:
    """Counts over a column; a value adds at most one to each category."""

    sampled: int = 0
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    dates: int = 0
    birth_dates: int = 0
    prose: int = 0
    prose_with_personal: int = 0
    numbers: list[float | Decimal] = field(default_factory=list)
    rows_with_path: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    path_numbers: dict[str, list[float | Decimal]] = field(default_factory=lambda: defaultdict(list))

    def add(self, seen: _Seen) -> None:
        for category, example in seen.categories.items():
            examples = self.examples[category]
            if example not in examples and len(examples) < MAX_EXAMPLES:
                examples.append(example)


@cache
def _detector(kind: str) -> Detector:
    return next(d for d in knowledge().detectors if d.kind == kind)


def _text(value: str) -> _Seen:
    seen = _Seen()
    detector = classify(value)
    if detector is not None:
        seen.categories[detector.category] = mask(value, detector.kind)
        if detector.kind == "birth_date":
            seen.date_like = seen.birth_date = True
        return seen
    seen.date_like = _detector("birth_date").pattern.fullmatch(value) is not None
    if _DECIMAL_TEXT.fullmatch(value):
        seen.number = Decimal(value)  # numbers in text files: the digits written are the precision
        return seen
    free_text = knowledge().free_text
    if free_text.is_prose(value):
        seen.prose = True
        for found, text in embedded(value):
            seen.categories.setdefault(found.category, f"…{mask(text, found.kind)}…")
        seen.prose_with_personal = bool(seen.categories)
    return seen


def _scalar(value: object) -> _Seen:
    """Classify one non-container value."""
    if isinstance(value, bool):
        return _Seen()
    if isinstance(value, int):
        text = str(value)
        for detector in knowledge().detectors:
            if detector.integers and detector.matches(text):
                return _Seen(categories={detector.category: mask(text, detector.kind)})
        return _Seen()
    if isinstance(value, float | Decimal):
        finite = math.isfinite(value)
        return _Seen(number=value if finite else None)
    if isinstance(value, datetime):
        if value.timetz() != time(0):
            return _Seen()
        value = value.date()
    if isinstance(value, date):
        born = is_birth_date(value.year, value.month, value.day)
        seen = _Seen(date_like=True, birth_date=born)
        if born:
            category = _detector("birth_date").category
            seen.categories[category] = mask(value.isoformat(), "birth_date")
        return seen
    if isinstance(value, _IP_TYPES):
        kind = "ipv4" if value.version == 4 else "ipv6"
        return _Seen(categories={_detector(kind).category: mask(str(value), kind)})
    if isinstance(value, uuid.UUID):
        return _text(str(value))
    if isinstance(value, str):
        return _text(value[:MAX_TEXT])
    return _Seen()


def _leaves(value: object, path: str = "") -> Iterator[tuple[str, object]]:
    """(key path, leaf) pairs of a JSON document; list items add ``[]`` to the path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, f"{path}[]")
    elif value is not None:
        yield path, value


def _as_document(value: object) -> dict | list | None:
    """The JSON document a value holds: a dict/list, or a string with a JSON object or array."""
    if isinstance(value, dict | list):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        if stripped[:1] in "{[" and stripped[-1:] in "}]":
            try:
                document = json.loads(stripped)
            except ValueError:
                return None
            return document if isinstance(document, dict | list) else None
    return None


def _observe(tally: _Tally, row: int, value: object) -> None:
    document = _as_document(value)
    if document is None:
        seen = _scalar(value)
        _count(tally, seen, row)
        tally.add(seen)
        return
    merged = _Seen()
    for path, leaf in _leaves(document):
        tally.rows_with_path[path].add(row)
        seen = _scalar(leaf)
        if seen.number is not None:
            tally.path_numbers[path].append(seen.number)
        for category, example in seen.categories.items():
            merged.categories.setdefault(category, f"{path}: {example}")
        merged.prose |= seen.prose
        merged.prose_with_personal |= seen.prose_with_personal
    _count(tally, merged, row)
    tally.add(merged)


def _count(tally: _Tally, seen: _Seen, row: int) -> None:
    for category in seen.categories:
        tally.counts[category] += 1
    tally.prose += seen.prose
    tally.prose_with_personal += seen.prose_with_personal
    tally.dates += seen.date_like
    tally.birth_dates += seen.birth_date
    if seen.number is not None:
        tally.numbers.append(seen.number)


def _decimals(number: float | Decimal) -> int:
    if isinstance(number, Decimal):
        exponent = number.normalize().as_tuple().exponent
        return -exponent if isinstance(exponent, int) and exponent < 0 else 0
    text = repr(float(number))
    return 0 if "e" in text else len(text.partition(".")[2].rstrip("0"))


def geo_share(numbers: list[float | Decimal]) -> float:
    """Share of numbers that look like one coordinate of a lat/lon pair; 0.0 when the
    column as a whole does not (too few values, whole numbers, or all within [0, 1])."""
    if len(numbers) < GEO_MIN_VALUES or all(0 <= n <= 1 for n in numbers):
        return 0.0
    fine = sum(1 for n in numbers if -180 <= n <= 180 and _decimals(n) >= GEO_MIN_DECIMALS)
    if fine < GEO_SHARE * len(numbers) or len(set(numbers)) < len(numbers) / 2:
        return 0.0
    return fine / len(numbers)


def _finish(tally: _Tally) -> ValueProfile:
    counts = dict(tally.counts)
    birth = _detector("birth_date").category
    if tally.dates and tally.birth_dates < BIRTH_DATE_SHARE * tally.dates:
        counts.pop(birth, None)
    geo = _detector("coordinates").category
    if tally.numbers and len(tally.numbers) >= GEO_NUMERIC_SHARE * tally.sampled:
        share = geo_share(tally.numbers)
        if share:
            counts[geo] = max(counts.get(geo, 0), round(share * len(tally.numbers)))
            tally.examples[geo].append("*.****")
    geo_rows: set[int] = set()
    for path, numbers in sorted(tally.path_numbers.items()):
        if geo_share(numbers):
            geo_rows |= tally.rows_with_path[path]
            tally.examples[geo].append(f"{path}: *.****")
    if geo_rows:
        counts[geo] = max(counts.get(geo, 0), len(geo_rows))
    content = knowledge().free_text.category
    if tally.prose_with_personal:
        counts[content] = tally.prose
    ratios = {
        category: round(count / tally.sampled, 4) for category, count in counts.items() if count and tally.sampled
    }
    # ties: the broader free-text category first (its embedded kinds come with it)
    order = sorted(ratios.items(), key=lambda item: (-item[1], item[0] != content, item[0]))
    matches = tuple(order)
    examples: list[str] = []
    for category, _ in matches:
        for example in tally.examples.get(category, []):
            if example not in examples and len(examples) < MAX_EXAMPLES:
                examples.append(example)
    nested = tuple(sorted(tally.rows_with_path)[:MAX_NESTED_KEYS])
    return ValueProfile(tally.sampled, matches, tuple(examples), nested)


def profile_values(values: Iterable[object]) -> ValueProfile:
    """Profile a sample of one field's values (None and blank strings are not counted)."""
    tally = _Tally()
    for value in values:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        _observe(tally, tally.sampled, value)
        tally.sampled += 1
    return _finish(tally)


def strength(category: str) -> float:
    """How much a value match alone says about a field, for a taxonomy key (0.0: nothing)."""
    return knowledge().strength(category)
