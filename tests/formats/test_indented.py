"""Indented JSON is exactly what ``json.dumps(value, indent=2, ensure_ascii=False)`` writes, whoever writes it."""

from __future__ import annotations

import enum
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from datamap.formats import indented

SCALARS = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.text()
           | st.floats(allow_nan=True, allow_infinity=True)
           | st.sampled_from(["\ud800", "\x00\x1f\x7f", "é 中 \u2028 😀", "\\\"/", ""]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=20)


def expected(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_any_value_is_written_as_the_standard_library_writes_it(value: Any) -> None:
    assert indented.dumps(value) == expected(value)


class Level(enum.IntEnum):
    LOW = 1


def test_what_orjson_writes_otherwise_goes_through_the_standard_library() -> None:
    for value in ({"a": [1.0, 1e-07, 1e22, float("nan")]}, {1: "a"}, [Level.LOW], {"big": 2**64}, ["\udfff"],
                  {"a": {}, "b": [], "c": [[{}]], "d": ""}, [None, True, False, -2**63, 2**64 - 1]):
        assert indented.dumps(value) == expected(value)
