"""Renames written as statements sqlglot keeps opaque: MySQL ``RENAME TABLE a TO b, c TO d`` and
SQL Server ``EXEC sp_rename 'dbo.t.old', 'new', 'COLUMN'`` (or ``'dbo.old', 'new'`` for a table).

Each becomes the ``ALTER TABLE … RENAME …`` tree the schema already applies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

_STRINGS = frozenset({TokenType.STRING, TokenType.NATIONAL_STRING})


def _table(name: str) -> exp.Table:
    parts = [p.strip('[]"`') for p in name.split(".")]  # names here hold no dots of their own
    return exp.Table(this=exp.to_identifier(parts[-1]), db=exp.to_identifier(parts[-2]) if len(parts) > 1 else None)


_NAME = r"(?:`[^`]+`|\"[^\"]+\"|\[[^\]]+\]|[\w$]+)(?:\s*\.\s*(?:`[^`]+`|\"[^\"]+\"|\[[^\]]+\]|[\w$]+))?"
_PAIR = re.compile(rf"({_NAME})\s+TO\s+({_NAME})", re.IGNORECASE)


def rename_table_statements(tokens: Sequence[Token]) -> list[exp.Alter]:
    """``RENAME TABLE a TO b[, c TO d]`` as one ALTER TABLE … RENAME TO per pair."""
    if [t.text.upper() for t in tokens[:1]] != ["RENAME"]:
        return []
    # sqlglot may keep everything after RENAME as one raw token, so the names are read from the text
    raw = " ".join(t.text if t.token_type != TokenType.IDENTIFIER else f"`{t.text}`" for t in tokens[1:])
    if not raw.upper().startswith("TABLE"):
        return []
    return [exp.Alter(this=_table(_unquote(old)), kind="TABLE", actions=[exp.AlterRename(this=_table(_unquote(new)))])
            for old, new in _PAIR.findall(raw[5:])]


def _unquote(name: str) -> str:
    return ".".join(part.strip().strip('`"[]') for part in re.split(r"\s*\.\s*(?=[`\"\[\w$])", name))


def sp_rename(tokens: Sequence[Token]) -> exp.Alter | None:
    """``EXEC sp_rename 'old', 'new' [, 'COLUMN' | 'OBJECT']`` as ALTER TABLE … RENAME [COLUMN …]."""
    words = [t.text.upper() for t in tokens[:4]]
    if not words or words[0] not in ("EXEC", "EXECUTE") or not any(w.endswith("SP_RENAME") for w in words[1:4]):
        return None
    strings = [t.text for t in tokens if t.token_type in _STRINGS]
    if len(strings) < 2:
        return None
    old, new = strings[0], strings[1]
    kind = strings[2].upper() if len(strings) > 2 else "OBJECT"
    if kind == "COLUMN":
        table, _, column = old.rpartition(".")
        if not table:
            return None
        return exp.Alter(this=_table(table), kind="TABLE",
                         actions=[exp.RenameColumn(this=exp.column(column.strip('[]"')),
                                                   to=exp.column(new.strip('[]"')))])
    if kind in ("OBJECT", "TABLE"):
        return exp.Alter(this=_table(old), kind="TABLE", actions=[exp.AlterRename(this=_table(new))])
    return None
