"""The parenthesis depth of each token."""

from __future__ import annotations

import sqlglot

from scanner.sql.nesting import nesting


def test_each_token_gets_the_depth_after_it() -> None:
    tokens = sqlglot.Dialect.get_or_raise("postgres").tokenize("f(a, (b), c) d")
    assert [(t.text, depth) for t, depth in nesting(tokens)] == [
        ("f", 0), ("(", 1), ("a", 1), (",", 1), ("(", 2), ("b", 2), (")", 1), (",", 1), ("c", 1), (")", 0),
        ("d", 0)]
