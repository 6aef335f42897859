"""DDL written in string literals and run as dynamic SQL.

Migration scripts that must run on any earlier version guard each change with
a check and run it from a string: MySQL ``SET @s = (SELECT IF(<column exists>,
'SELECT 1', 'ALTER TABLE Users ADD Position varchar(128)')); PREPARE … EXECUTE …``,
``PREPARE s FROM 'ALTER TABLE …'``, T-SQL ``EXEC('ALTER TABLE …')`` or
``EXEC sp_executesql N'CREATE TABLE …'``. The strings hold the schema change, so
they are read as statements of their own, on the line they are written.
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
        if index and tokens[index - 1].token_type == TokenType.COMMAND:
            for match in _QUOTED.finditer(token.text):
                raw = match.group(1)
                literal = re.sub(r"\\(.)", r"\1", raw.replace("''", "'"))
                found.append((literal, token.line + token.text.count("\n", 0, match.start())))
        else:
            found.append((token.text, token.line))
    return found


def ddl_strings(tokens: Sequence[Token]) -> list[tuple[str, int]]:
    """The schema-changing SQL in the string literals of ``tokens``, each with the line it starts on."""
    return [(text, line) for text, line in _literals(tokens) if _DDL.match(text)]
