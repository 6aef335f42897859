"""The statements inside a T-SQL ``IF <condition> [BEGIN …] END`` wrapper.

SQL Server scripts guard their DDL: ``IF NOT EXISTS (SELECT … FROM sys.objects …)
BEGIN CREATE TABLE … END`` or ``IF OBJECT_ID('dbo.t') IS NULL CREATE TABLE …``.
The condition is skipped and the guarded statements are read as if written
alone; T-SQL needs no semicolon between them, so a statement keyword at the top
level starts the next one.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlglot.tokens import Token, TokenType

from scanner.sql.nesting import nesting

#: Words that begin a statement at the top level of a guarded block.
STATEMENT_STARTS = frozenset({"CREATE", "ALTER", "DROP", "EXEC", "EXECUTE", "INSERT", "UPDATE", "DELETE",
                              "MERGE", "SET", "PRINT", "DECLARE", "SELECT", "WITH", "GRANT", "RETURN"})


def guarded_statements(tokens: Sequence[Token]) -> list[list[Token]] | None:
    """The statements an ``IF`` guard runs, or None when ``tokens`` is not a guard."""
    if not tokens or tokens[0].text.upper() != "IF":
        return None
    start = _body_start(tokens)
    if start is None:
        return None
    body = list(tokens[start:])
    if body and body[0].text.upper() == "BEGIN":
        body = body[1:]
        if body and body[-1].text.upper() == "END":
            body = body[:-1]
    else:
        body = _up_to_else(body)
    return _split_at_starts(body)


def _body_start(tokens: Sequence[Token]) -> int | None:
    """Index of the first top-level BEGIN or statement word after the condition."""
    for index, (token, depth) in enumerate(nesting(tokens[1:]), start=1):
        if depth == 0 and (token.text.upper() == "BEGIN" or _starts(token)) and index > 1:
            if token.text.upper() == "SELECT" and tokens[index - 1].text.upper() in ("EXISTS", "("):
                continue
            return index
    return None


def _starts(token: Token) -> bool:
    return token.text.upper() in STATEMENT_STARTS and token.token_type not in (TokenType.STRING, TokenType.IDENTIFIER)


def _up_to_else(body: list[Token]) -> list[Token]:
    for index, token in enumerate(body):
        if token.text.upper() == "ELSE":
            return body[:index]
    return body


def _split_at_starts(body: list[Token]) -> list[list[Token]]:
    statements: list[list[Token]] = []
    for index, (token, depth) in enumerate(nesting(body)):
        following = body[index + 1] if index + 1 < len(body) else None
        if depth == 0 and _starts(token) and not (statements and _continues(statements[-1], token, following)):
            statements.append([])
        if statements:
            statements[-1].append(token)
    return [s for s in statements if s]


def _continues(statement: list[Token], token: Token, following: Token | None) -> bool:
    """A statement word that belongs to the statement before (``CREATE VIEW … AS SELECT``, ``INSERT … SELECT``,
    ``ALTER TABLE t DROP COLUMN c``)."""
    word = token.text.upper()
    first = statement[0].text.upper()
    if word in ("ALTER", "DROP") and first == "ALTER":
        return following is None or following.text.upper() not in (_NEXT_STATEMENTS[word] or ())
    if word in ("SELECT", "WITH"):
        return first in ("CREATE", "INSERT", "ALTER", "WITH", "MERGE", "DECLARE", "SET")
    if word == "SET":
        return first in ("UPDATE", "MERGE", "ALTER")
    if word in ("DELETE", "UPDATE", "INSERT"):
        return first == "MERGE" or first == "CREATE" and len(statement) > 1 and statement[1].text.upper() == "TRIGGER"
    return False


#: Statements that may follow a CREATE or ALTER TABLE on a line of their own with no semicolon between
#: (T-SQL needs none): their first word and, where that word also opens an ALTER TABLE action
#: (``DROP INDEX``, ``ALTER COLUMN``), the words that may come second.
_NEXT_STATEMENTS: dict[str, frozenset[str] | None] = {
    "CREATE": None, "INSERT": None, "GRANT": None, "EXEC": None, "EXECUTE": None, "PRINT": None,
    "ALTER": frozenset({"TABLE", "VIEW", "PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "SCHEMA"}),
    "DROP": frozenset({"TABLE", "VIEW", "PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "SCHEMA"}),
}


def unterminated_statements(tokens: Sequence[Token]) -> list[list[Token]]:
    """A statement split where another statement starts a line at the top level (``… ) ON [PRIMARY]``
    then ``ALTER TABLE … ADD CONSTRAINT …``, or ``SET ANSI_NULLS ON`` then ``CREATE TABLE …``, in one
    batch without a semicolon),
    without the END of a T-SQL block it closes (the last statement of ``IF … BEGIN … END``)."""
    if len(tokens) > 2 and tokens[-1].text.upper() == "END" and tokens[-1].line > tokens[-2].line:
        tokens = tokens[:-1]
    starts = [0]
    for index, (token, depth) in enumerate(nesting(tokens)):
        if not index or depth or token.line <= tokens[index - 1].line:
            continue
        following = _NEXT_STATEMENTS.get(token.text.upper(), frozenset())
        if token.token_type in (TokenType.STRING, TokenType.IDENTIFIER) or following == frozenset():
            continue
        if following is None or (index + 1 < len(tokens) and tokens[index + 1].text.upper() in following):
            starts.append(index)
    return [list(tokens[a:b]) for a, b in zip(starts, [*starts[1:], len(tokens)], strict=True)]


#: Statement words inside procedural blocks that start schema changes.
_BLOCK_STARTS = frozenset({"ALTER", "CREATE", "COMMENT", "EXECUTE", "EXEC", "RENAME", "DROP"})


def past_control_words(tokens: Sequence[Token]) -> list[Token] | None:
    """A procedural block's statement without the control words before it (``BEGIN IF … THEN ALTER …``
    becomes ``ALTER …``), or None when it holds no schema change."""
    for index, (token, depth) in enumerate(nesting(tokens)):
        if depth == 0 and token.text.upper() in _BLOCK_STARTS and token.token_type != TokenType.STRING:
            return list(tokens[index:])
    return None
