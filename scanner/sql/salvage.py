"""Recover the columns of a CREATE TABLE that no dialect parses whole.

Real schema files carry table options and column types that sqlglot does not
know (``TEXTIMAGE_ON [PRIMARY]``, ``WITHOUT ROWID``, ``PARTITION … MAXVALUE``,
a ``point`` column). The columns still sit in the parenthesised list, so:

1. the statement is parsed again, in the file's dialect, without what follows
   the column list (a table ``COMMENT`` found there is kept), and then also
   without modifiers between CREATE and TABLE (``CREATE FOREIGN TABLE``);
2. failing that, each item of the list is parsed on its own, in the file's
   dialect first; an item no dialect parses is read by its words: a column by
   its name and type, a PRIMARY or FOREIGN KEY by its column lists. Anything
   else is dropped and reported.

MySQL's ``ALTER TABLE t ADD [COLUMN] (a …, b …)``, which no dialect parses, is
read as one ``ADD COLUMN`` per column, and SQL Server's ``WITH NOCHECK ADD …``,
unnamed ``ADD PRIMARY KEY CLUSTERED (…)`` and ``DEFAULT … FOR`` items of a list
without what sqlglot does not know (``salvage_alter``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import Token, TokenType

from scanner.sql.nesting import nesting

#: Words that open a table constraint rather than a column in a column list.
CONSTRAINT_WORDS = frozenset({"PRIMARY", "KEY", "INDEX", "UNIQUE", "CONSTRAINT", "FOREIGN", "CHECK",
                              "FULLTEXT", "SPATIAL", "EXCLUDE", "PERIOD", "LIKE"})
#: Words that end a column's type and begin its constraints.
_TYPE_ENDS = frozenset({"NOT", "NULL", "DEFAULT", "COMMENT", "PRIMARY", "REFERENCES", "CONSTRAINT", "CHECK",
                        "UNIQUE", "COLLATE", "CHARACTER", "CHARSET", "GENERATED", "AUTO_INCREMENT", "IDENTITY",
                        "AUTOINCREMENT", "ON", "AS", "KEY", "ENCODE", "SRID", "INVISIBLE", "VISIBLE", "ROWGUIDCOL",
                        "SPARSE", "FILESTREAM", "MASKED", "ENCRYPTED"})
_NAME_BEFORE_LIST = frozenset({TokenType.ALIAS, TokenType.SELECT, TokenType.WITH})
#: SQL Server index kinds after PRIMARY KEY or UNIQUE, which sqlglot reads only in a named constraint.
_INDEX_KINDS = frozenset({"CLUSTERED", "NONCLUSTERED"})


@dataclass
class Salvaged:
    """A CREATE TABLE rebuilt from its parts, with what could not be read."""

    tree: exp.Create
    dialect: str
    dropped: list[str] = field(default_factory=list)  # the start of each item not read


def salvage_create(tokens: Sequence[Token], text: str, dialects: Sequence[str]) -> Salvaged | None:
    """Rebuild a ``CREATE TABLE name (…) …`` statement, or None when it has no column list."""
    bounds = _column_list(tokens)
    if bounds is None:
        return None
    opened, closed = bounds
    head, tail = tokens[:opened], tokens[closed + 1:]
    prefix = _plain_head(head, text)
    body = _piece(text, tokens[opened], tokens[closed])
    for sql in dict.fromkeys((_piece(text, tokens[0], tokens[closed]), f"{prefix} {body}")):
        tree = _parse(sql, tokens[0].line, dialects[0])
        if isinstance(tree, exp.Create) and isinstance(tree.this, exp.Schema):
            _keep_table_comment(tree, tail)
            return Salvaged(tree, dialects[0])
    shell = None
    for dialect in dialects:
        shell = _parse(prefix + " (x INT)", head[0].line, dialect)
        if isinstance(shell, exp.Create) and isinstance(shell.this, exp.Schema):
            break
    else:
        return None
    salvaged = Salvaged(shell, dialects[0])
    schema = shell.this
    schema.set("expressions", [])
    for item in _items(tokens[opened + 1:closed]):
        read = _read_item(item, text, prefix, head, dialects)
        if read is None:
            salvaged.dropped.append(" ".join(t.text for t in item[:4]))
        else:
            schema.append("expressions", read)
    _keep_table_comment(shell, tail)
    return salvaged


def _plain_head(head: Sequence[Token], text: str) -> str:
    """``CREATE TABLE <name>`` without the modifiers no dialect may know (``CREATE FOREIGN TABLE``)."""
    words = [t.text.upper() for t in head]
    start = words.index("TABLE") + 1 if "TABLE" in words else len(head) - 1
    while start < len(head) - 1 and words[start] in ("IF", "NOT", "EXISTS"):
        start += 1
    return "CREATE TABLE " + _piece(text, head[start], head[-1])


def _column_list(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Token indexes of the parentheses around the column list, if the statement has one."""
    depth = 0
    opened = None
    for index, token in enumerate(tokens):
        if opened is None:
            if token.token_type in _NAME_BEFORE_LIST:
                return None
            if token.token_type == TokenType.L_PAREN:
                opened, depth = index, 1
            continue
        if token.token_type == TokenType.L_PAREN:
            depth += 1
        elif token.token_type == TokenType.R_PAREN:
            depth -= 1
            if depth == 0:
                return (opened, index) if index > opened + 1 else None
    return None


def _items(body: Sequence[Token]) -> list[list[Token]]:
    """The column list split at its top-level commas."""
    items: list[list[Token]] = [[]]
    for token, depth in nesting(body):
        if token.token_type == TokenType.COMMA and depth == 0:
            items.append([])
            continue
        items[-1].append(token)
    return [item for item in items if item]


def _piece(text: str, first: Token, last: Token) -> str:
    return text[first.start:last.end + 1]


def _parse(sql: str, line: int, dialect: str) -> exp.Expression | None:
    """Parse ``sql`` as if it began on ``line`` (so tokens keep their true lines)."""
    try:
        trees = sqlglot.Dialect.get_or_raise(dialect).parse("\n" * (line - 1) + sql)
    except (ParseError, TokenError, ValueError, KeyError):
        return None
    tree = trees[0] if trees else None
    return tree if isinstance(tree, exp.Expression) and not isinstance(tree, exp.Command) else None


def _read_item(item: list[Token], text: str, prefix: str, head: Sequence[Token],
               dialects: Sequence[str]) -> exp.Expression | None:
    """One column or constraint of the list, parsed alone, else read by its words."""
    gap = "\n" * max(item[0].line - head[-1].line, 0)
    sql = f"{prefix} ({gap}{_piece(text, item[0], item[-1])})"
    for dialect in dialects:
        tree = _parse(sql, head[0].line, dialect)
        if isinstance(tree, exp.Create) and isinstance(tree.this, exp.Schema) and len(tree.this.expressions) == 1:
            return tree.this.expressions[0]
    if _first_word(item[0]) in CONSTRAINT_WORDS and item[0].token_type != TokenType.IDENTIFIER:
        return _key_from_words(item)
    return _column_from_words(item)


def _first_word(token: Token) -> str:
    """The first word of a token (sqlglot makes one token of ``PRIMARY KEY``)."""
    words = token.text.upper().split()
    return words[0] if words else ""


def _groups(tokens: Sequence[Token]) -> list[list[Token]]:
    """The names inside each top-level pair of parentheses, in order."""
    groups: list[list[Token]] = []
    for token, depth in nesting(tokens):
        if token.token_type == TokenType.L_PAREN:
            if depth == 1:
                groups.append([])
        elif depth == 1 and token.token_type not in (TokenType.R_PAREN, TokenType.COMMA, TokenType.ASC,
                                                     TokenType.DESC):
            groups[-1].append(token)
    return groups


def _table_at(tokens: Sequence[Token], index: int) -> tuple[exp.Table, int]:
    """The table named by ``a.b.c`` starting at ``tokens[index]``, and the index after the name."""
    parts = [tokens[index].text]
    index += 1
    while index + 1 < len(tokens) and tokens[index].token_type == TokenType.DOT:
        parts.append(tokens[index + 1].text)
        index += 2
    names = [exp.to_identifier(p) for p in parts]
    table = exp.Table(this=names[-1], db=names[-2] if len(names) > 1 else None,
                      catalog=names[-3] if len(names) > 2 else None)
    return table, index


def _reference_at(tokens: Sequence[Token], index: int) -> exp.Reference:
    """``REFERENCES`` target read from the name at ``tokens[index]`` and its column list, if any."""
    table, index = _table_at(tokens, index)
    columns = _groups(tokens[index:]) if index < len(tokens) and tokens[index].token_type == TokenType.L_PAREN else []
    target: exp.Expression = table
    if columns:
        target = exp.Schema(this=table, expressions=[exp.to_identifier(t.text) for t in columns[0]])
    return exp.Reference(this=target)


def _key_from_words(item: list[Token]) -> exp.Expression | None:
    """A PRIMARY KEY or FOREIGN KEY table constraint no dialect parses (``PRIMARY KEY CLUSTERED (id)``)."""
    words = " ".join(t.text.upper() for t in item)
    groups = _groups(item)
    if "PRIMARY KEY" in words and groups:
        return exp.PrimaryKey(expressions=[exp.to_identifier(t.text) for t in groups[0]])
    at = next((i for i, t in enumerate(item) if t.text.upper() == "REFERENCES"), None)
    if "FOREIGN KEY" in words and at is not None and groups and at + 1 < len(item):
        return exp.ForeignKey(expressions=[exp.to_identifier(t.text) for t in groups[0]],
                              reference=_reference_at(item, at + 1))
    return None


def _column_from_words(item: list[Token]) -> exp.ColumnDef | None:
    """A column from its name, its type words and a COMMENT or REFERENCES among its constraints."""
    if len(item) < 2 or item[0].token_type in (TokenType.L_PAREN, TokenType.R_PAREN):
        return None
    name = exp.to_identifier(item[0].text, quoted=item[0].token_type == TokenType.IDENTIFIER)
    name.meta["line"] = item[0].line
    type_words: list[str] = [item[1].text.upper()]
    depth = 0
    index = 2
    while index < len(item):
        token = item[index]
        if depth == 0 and token.text.upper() in _TYPE_ENDS:
            break
        depth += token.token_type == TokenType.L_PAREN
        depth -= token.token_type == TokenType.R_PAREN
        type_words.append(token.text)
        index += 1
    constraints = _constraints(item[index:])
    column = exp.ColumnDef(this=name, kind=_data_type(" ".join(type_words).replace(" (", "(").replace("( ", "(")
                                                      .replace(" )", ")").replace(" ,", ",")))
    if constraints:
        column.set("constraints", constraints)
    return column


def _data_type(text: str) -> exp.DataType:
    """The type of a column read by its words; as written when sqlglot would drop some of them
    (it reads PostgreSQL's ``bit varying(8)`` as ``BIT``)."""
    try:
        built = exp.DataType.build(text, udt=True)
    except (ParseError, TokenError, ValueError):
        built = None
    if built is None or ("VARYING" in text.upper() and "VAR" not in built.sql().upper()):
        return exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=text.upper())
    return built


def _constraints(tokens: Sequence[Token]) -> list[exp.ColumnConstraint]:
    found: list[exp.ColumnConstraint] = []
    for index, token in enumerate(tokens):
        word = token.text.upper()
        if word in ("PRIMARY KEY", "PRIMARY"):
            found.append(exp.ColumnConstraint(kind=exp.PrimaryKeyColumnConstraint()))
        elif word == "COMMENT" and index + 1 < len(tokens) and tokens[index + 1].token_type == TokenType.STRING:
            kind: exp.Expression = exp.CommentColumnConstraint(this=exp.Literal.string(tokens[index + 1].text))
            found.append(exp.ColumnConstraint(kind=kind))
        elif word == "REFERENCES" and index + 1 < len(tokens):
            found.append(exp.ColumnConstraint(kind=_reference_at(tokens, index + 1)))
    return found


def _keep_table_comment(tree: exp.Create, tail: Sequence[Token]) -> None:
    """Attach a ``COMMENT [=] '…'`` table option found after the column list."""
    if tree.find(exp.SchemaCommentProperty) is not None:
        return
    for index, token in enumerate(tail):
        if token.text.upper() != "COMMENT":
            continue
        rest = tail[index + 1:index + 3]
        value = next((t for t in rest if t.token_type == TokenType.STRING), None)
        if value is not None:
            comment = exp.SchemaCommentProperty(this=exp.Literal.string(value.text))
            properties = tree.args.get("properties")
            if properties is None:
                tree.set("properties", exp.Properties(expressions=[comment]))
            else:
                properties.append("expressions", comment)
            return


def salvage_alter(tokens: Sequence[Token], text: str, dialects: Sequence[str]) -> exp.Alter | None:
    """An ALTER TABLE no dialect parses, read again after rewrites of forms sqlglot does not know.

    MySQL ``ALTER TABLE t ADD [COLUMN] (a int, b text)`` is read as ``ADD COLUMN a int, ADD COLUMN b text``.
    SQL Server's ``WITH NOCHECK`` is left out, so are the index kind of an unnamed ``ADD PRIMARY KEY
    CLUSTERED (id)`` and the ``[CONSTRAINT n] DEFAULT (…) FOR col`` items of an ADD list (they set defaults).
    """
    start = tokens[0].start
    edits = [(first.start - start, last.end + 1 - start, replacement)
             for first, last, replacement in (*_column_groups(tokens), *_sql_server_forms(tokens))]
    if not edits:
        return None
    sql = text[start:tokens[-1].end + 1]
    for begin, end, replacement in sorted(edits, reverse=True):
        sql = sql[:begin] + replacement + sql[end:]
    for dialect in dialects:
        tree = _parse(sql, tokens[0].line, dialect)
        if isinstance(tree, exp.Alter):
            return tree
    return None


_Edit = tuple[Token, Token, str]  # the first and last token of a piece of the statement, and what replaces it


def _column_groups(tokens: Sequence[Token]) -> list[_Edit]:
    """MySQL ``ADD [COLUMN] (a int, b text)`` as ``ADD COLUMN a int, ADD COLUMN b text``."""
    edits: list[_Edit] = []
    depth = 0
    group: int | None = None
    for index, token in enumerate(tokens):
        if token.token_type == TokenType.L_PAREN:
            depth += 1
            before = tokens[index - 1].text.upper() if index else ""
            if depth == 1 and (before == "ADD" or before == "COLUMN" and tokens[index - 2].text.upper() == "ADD"):
                group = depth
                edits.append((token, token, " " if before == "COLUMN" else " COLUMN "))
        elif token.token_type == TokenType.R_PAREN:
            if group == depth:
                edits.append((token, token, " "))
                group = None
            depth -= 1
        elif token.token_type == TokenType.COMMA and group == depth == 1:
            edits.append((token, token, ", ADD COLUMN "))
    return edits


def _sql_server_forms(tokens: Sequence[Token]) -> list[_Edit]:
    """``WITH NOCHECK``, CLUSTERED / NONCLUSTERED after an unnamed key, and ``DEFAULT … FOR`` list items."""
    edits: list[_Edit] = []
    items: list[list[Token]] = []  # the top-level items of the ADD list, each with the comma before it
    for index, (token, depth) in enumerate(nesting(tokens)):
        word = token.text.upper() if token.token_type != TokenType.IDENTIFIER else ""
        before = tokens[index - 1].text.upper() if index else ""
        if depth:
            if items:
                items[-1].append(token)
        elif word == "NOCHECK" and before == "WITH":
            edits.append((tokens[index - 1], token, " "))
        elif word in _INDEX_KINDS and before in ("PRIMARY KEY", "KEY", "UNIQUE"):
            edits.append((token, token, " "))
        elif word == "ADD" or (token.token_type == TokenType.COMMA and items):
            items.append([token] if token.token_type == TokenType.COMMA else [])
        elif items:
            items[-1].append(token)
    defaults = [item for item in items if _sets_a_default(item)]
    if defaults and len(defaults) < len(items):
        for item in defaults:
            if item[0].token_type == TokenType.COMMA:
                edits.append((item[0], item[-1], " "))
            else:  # the first item: its comma follows it
                after = items[items.index(item) + 1][0]
                edits.append((item[0], after, " "))
    return edits


def _sets_a_default(item: Sequence[Token]) -> bool:
    """``[,] [CONSTRAINT name] DEFAULT (…) FOR col``: an ADD list item that sets a column's default."""
    words = [t.text.upper() for t in item if t.token_type != TokenType.COMMA]
    if words[:1] == ["CONSTRAINT"]:
        words = words[2:]
    return words[:1] == ["DEFAULT"] and "FOR" in words
