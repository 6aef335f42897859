"""SQLite virtual tables: ``CREATE VIRTUAL TABLE t USING fts5(title, body UNINDEXED, tokenize='porter')``.

A full-text or R*Tree table stores the text (or values) of its columns like any
table, but its column list is module arguments that sqlglot reads only for the
simplest modules. The columns are the arguments that are a bare name, optionally
followed by words (``UNINDEXED``); ``option=value`` arguments are settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

from scanner.sql.nesting import nesting

_OPTIONS = frozenset({"IF", "NOT", "EXISTS"})


def virtual_table(tokens: Sequence[Token]) -> exp.Create | None:
    """The table a ``CREATE VIRTUAL TABLE`` statement makes, or None when it is not one."""
    words = [t.text.upper() for t in tokens]
    if words[:3] != ["CREATE", "VIRTUAL", "TABLE"] or "USING" not in words:
        return None
    using = words.index("USING")
    parts = [t.text for t in tokens[3:using] if t.text.upper() not in _OPTIONS and t.token_type != TokenType.DOT]
    if not parts:
        return None
    names = [exp.to_identifier(p) for p in parts[-3:]]
    table = exp.Table(this=names[-1], db=names[-2] if len(names) > 1 else None,
                      catalog=names[-3] if len(names) > 2 else None)
    columns = [column for argument in _arguments(tokens[using + 1:]) if (column := _column(argument)) is not None]
    return exp.Create(kind="TABLE", this=exp.Schema(this=table, expressions=columns))


def _arguments(tokens: Sequence[Token]) -> list[list[Token]]:
    """The module's arguments: the parenthesised list after its name, split at top-level commas."""
    arguments: list[list[Token]] = []
    for token, depth in nesting(tokens):
        if token.token_type == TokenType.L_PAREN and depth == 1:
            arguments.append([])
        elif token.token_type == TokenType.R_PAREN and depth == 0:
            break
        elif depth == 1 and token.token_type == TokenType.COMMA:
            arguments.append([])
        elif depth >= 1:
            arguments[-1].append(token)
    return [a for a in arguments if a]


def _column(argument: list[Token]) -> exp.ColumnDef | None:
    if any(t.token_type == TokenType.EQ for t in argument) or argument[0].token_type in (TokenType.L_PAREN,
                                                                                          TokenType.NUMBER):
        return None
    name = exp.to_identifier(argument[0].text)
    name.meta["line"] = argument[0].line
    return exp.ColumnDef(this=name)
