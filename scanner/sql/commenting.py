"""``COMMENT ON TABLE|COLUMN name IS 'text'`` read from its tokens into the tree sqlglot parses it to.

pg_dump writes one such statement for every commented table and column, each of the same
fixed shape; reading the tokens costs a fraction of a parse. Any other shape (a remark
inside, ``IS NULL``, a name of more parts or of other tokens) is left to the parser.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

#: Dialects whose parser reads the shape into exactly this tree.
DIALECTS = frozenset({"postgres", "oracle", "snowflake", "duckdb"})
_NAMES = frozenset({TokenType.VAR, TokenType.IDENTIFIER})
#: The tree of each kind of object commented on, and its name's parts, last first.
_TARGETS: dict[str, tuple[type[exp.Expression], tuple[str, ...]]] = {
    "TABLE": (exp.Table, ("this", "db", "catalog")),
    "COLUMN": (exp.Column, ("this", "table", "db", "catalog")),
}


def comment_on(tokens: Sequence[Token], dialect: str) -> exp.Comment | None:
    """The tree of a plain ``COMMENT ON TABLE|COLUMN`` statement, or None to leave it to the parser."""
    if dialect not in DIALECTS or len(tokens) < 6 or any(t.comments for t in tokens):
        return None
    kind, text = tokens[2], tokens[-1]
    target = _TARGETS.get(kind.text.upper())
    names = _name(tokens[3:-2])
    if (target is None or names is None or len(names) > len(target[1])
            or tokens[-2].token_type != TokenType.IS or text.token_type != TokenType.STRING):
        return None
    tree, parts = target
    literal = exp.Literal(this=text.text, is_string=True)
    literal.update_positions(text)
    named = tree(**dict(zip(parts, reversed(names), strict=False)))
    return exp.Comment(this=named, kind=kind.text, expression=literal, exists=False, materialized=False)


def _name(tokens: Sequence[Token]) -> list[exp.Identifier] | None:
    """The parts of a dotted name (``app.users``), each a name token, or None for anything else."""
    if len(tokens) % 2 == 0:
        return None
    names: list[exp.Identifier] = []
    for index, token in enumerate(tokens):
        if index % 2:
            if token.token_type != TokenType.DOT:
                return None
            continue
        if token.token_type not in _NAMES:
            return None
        identifier = exp.Identifier(this=token.text, quoted=token.token_type == TokenType.IDENTIFIER)
        identifier.update_positions(token)
        names.append(identifier)
    return names
