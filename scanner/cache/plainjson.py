"""Plain data to JSON bytes and back, fast: orjson when it can, the standard library otherwise.

Cache entries and digests are plain data (dicts with string keys, lists,
strings, finite numbers, booleans, None). orjson handles them several times faster than
:mod:`json`; what it refuses (nesting deeper than it allows, integers wider than
64 bits) goes through :mod:`json` instead, so the result never depends on which
one ran except in speed.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


def dumps(value: Any, sort_keys: bool = False) -> bytes:
    """Compact JSON of ``value`` (keys sorted if asked); objects JSON lacks are written as ``str()``."""
    try:
        return orjson.dumps(value, default=str, option=orjson.OPT_SORT_KEYS if sort_keys else 0)
    except (orjson.JSONEncodeError, OverflowError):
        return json.dumps(value, sort_keys=sort_keys, separators=(",", ":"), default=str,
                          ensure_ascii=False).encode("utf-8")


def loads(data: bytes) -> Any:
    """The plain data of JSON ``data``; ValueError (or RecursionError) for anything that is not JSON."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)
