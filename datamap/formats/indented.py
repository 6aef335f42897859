"""Indented JSON for the JSON and SARIF outputs: ``json.dumps(value, indent=2, ensure_ascii=False)``, fast.

The standard library writes indented JSON in pure Python, which for a report of
tens of thousands of findings takes seconds. orjson writes the same text (key
order, layout, string escapes) for plain data: strings, integers, booleans,
None, lists, tuples and dicts with string keys. A value holding anything else (a
float, whose digits the two may write differently, a subclass, a non-string key)
or that orjson refuses (an integer wider than 64 bits, a lone surrogate) is
written by the standard library, so the text never depends on which one ran.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


def dumps(value: Any) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``."""
    if _plain(value):
        try:
            return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode("utf-8")
        except TypeError:  # orjson.JSONEncodeError: a wide integer, a lone surrogate
            pass
    return json.dumps(value, indent=2, ensure_ascii=False)


def _plain(value: Any) -> bool:
    """Whether ``value`` holds only strings, integers, booleans, None, lists, tuples and dicts (whose keys
    orjson checks itself: it refuses any but strings)."""
    stack = [value]
    pop, push = stack.pop, stack.extend
    while stack:
        item = pop()
        kind = type(item)
        if kind is dict:
            push(item.values())
        elif kind is list or kind is tuple:
            push(item)
        elif kind is not str and kind is not int and kind is not bool and item is not None:
            return False
    return True
