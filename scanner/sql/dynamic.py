"""DDL written in string literals and run as dynamic SQL.

Migration scripts that must run on any earlier version guard each change with
a check and run it from a string: MySQL ``SET @s = (SELECT IF(<column exists>,
'SELECT 1', 'ALTER TABLE Users ADD Position varchar(128)')); PREPARE … EXECUTE …``,
``PREPARE s FROM 'ALTER TABLE …'``, T-SQL ``EXEC('ALTER TABLE …')`` or
``EXEC sp_executesql N'CREATE TABLE …'``. The strings hold the schema change, so
they are read as statements of their own, on the line they are written.
PostgreSQL ``DO $$ BEGIN IF … THEN ALTER TABLE …; END IF; END $$`` blocks are
read the same way: the body's statements, past their control words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlglot.tokens import Token, TokenType

#: First words of statements that run a string as SQL.
DYNAMIC_HEADS = frozenset({"SET", "PREPARE", "EXEC", "EXECUTE", "SELECT"})
_STRINGS = frozenset({TokenType.STRING, TokenType.NATIONAL_STRING})
_DDL = re.compile(r"(?is)\s*(ALTER\s+TABLE|CREATE\s+(?:[A-Z_]+\s+){0,3}?TABLE|COMMENT\s+ON)\b")


#: A quoted literal in the raw text sqlglot keeps for a command it does not parse (``PREPARE s FROM '…'``).
_QUOTED = re.compile(r"""[Nn]?'((?:[^'\\]|\\.|'')*)'""", re.DOTALL)


def _literals(tokens: Sequence[Token]) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for index, token in enumerate(tokens):
        if token.token_type not in _STRINGS:
            continue
        after_command = index > 0 and tokens[index - 1].token_type in (TokenType.COMMAND, TokenType.EXECUTE)
        if after_command or token.text[:1] == "'":  # the rest of a command sqlglot keeps as raw text
            for match in _QUOTED.finditer(token.text):
                literal = re.sub(r"\\(.)", r"\1", match.group(1).replace("''", "'"))
                found.append((literal, token.line + token.text.count("\n", 0, match.start())))
        else:
            found.append((token.text, token.line))
    return found


def ddl_strings(tokens: Sequence[Token]) -> list[tuple[str, int]]:
    """The schema-changing SQL in the string literals of ``tokens``, each with the line it starts on."""
    return [(text, line) for text, line in _literals(tokens) if _DDL.match(text)]


_DOLLAR_BODY = re.compile(r"\$(\w*)\$(.*?)\$\1\$", re.DOTALL)


def do_block_body(tokens: Sequence[Token]) -> tuple[str, int] | None:
    """The body of a PostgreSQL ``DO [LANGUAGE x] $tag$ … $tag$`` block and the line it starts on."""
    if len(tokens) < 2 or tokens[0].text.upper() != "DO":
        return None
    raw = " ".join(t.text for t in tokens[1:])
    match = _DOLLAR_BODY.search(raw)
    if match is None:
        return None
    return match.group(2), tokens[0].line + raw.count("\n", 0, match.start(2))
