"""Plain JSON through orjson, with the standard library for what orjson refuses."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scanner.cache import plainjson

plain = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20)


@given(plain)
def test_plain_data_survives_the_round_trip(value: Any) -> None:
    assert plainjson.loads(plainjson.dumps(value)) == value


@given(st.dictionaries(st.text(max_size=5), st.integers(), max_size=6))
def test_sorted_output_does_not_depend_on_insertion_order(value: dict[str, int]) -> None:
    reversed_order = dict(reversed(list(value.items())))
    assert plainjson.dumps(value, sort_keys=True) == plainjson.dumps(reversed_order, sort_keys=True)


def test_what_orjson_refuses_goes_through_the_standard_library() -> None:
    deep: Any = []
    for _ in range(400):
        deep = [deep]
    wide = {"n": 2**70}
    assert plainjson.loads(plainjson.dumps(deep)) == deep
    assert plainjson.loads(plainjson.dumps(wide)) == wide
    assert plainjson.dumps({1: "a"}) == json.dumps({1: "a"}, separators=(",", ":")).encode()


def test_text_that_is_not_json_raises_value_error() -> None:
    with pytest.raises(ValueError):
        plainjson.loads(b"{not json")
