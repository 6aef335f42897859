"""Parenthesis depth of each token of a statement, for readers that walk tokens by hand."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlglot.tokens import Token, TokenType


def nesting(tokens: Iterable[Token]) -> Iterator[tuple[Token, int]]:
    """Each token with the depth inside parentheses after it: an opening parenthesis counts inside the pair
    it opens (``(`` of a top-level pair is at 1), a closing one outside the pair it closes (at 0)."""
    depth = 0
    for token in tokens:
        if token.token_type == TokenType.L_PAREN:
            depth += 1
        elif token.token_type == TokenType.R_PAREN:
            depth -= 1
        yield token, depth
