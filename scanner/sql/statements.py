"""Split SQL text into statements with line numbers, and parse the ones datamap needs.

The text is tokenized once; statements are split on semicolons at the token
level, so one statement that fails to parse never stops the rest of the file.
Statements that cannot change a schema (indexes, grants, functions, SET, COPY,
inserts, ALTER TABLE actions listed in ``data/statements.yaml``) are recognised by
their first tokens and skipped without parsing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import sqlglot
import yaml
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import Token, TokenType

from catalog.errors import DatamapError
from scanner.sql.cleaning import clean_text
from scanner.sql.commenting import comment_on
from scanner.sql.conditional import guarded_statements, past_control_words, unterminated_statements
from scanner.sql.dialects import guess_dialect
from scanner.sql.dynamic import DYNAMIC_HEADS, ddl_strings, do_block_body
from scanner.sql.extended import description_comment
from scanner.sql.nesting import nesting
from scanner.sql.renames import rename_table_statements, sp_rename
from scanner.sql.salvage import salvage_alter, salvage_create
from scanner.sql.virtual import virtual_table

# sqlglot warns on every statement it can only keep as a Command; datamap counts those itself.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

_STATEMENTS = Path(__file__).parent / "data" / "statements.yaml"
#: Dialects tried, in order, when a statement does not parse in the chosen one.
FALLBACK_DIALECTS: tuple[str, ...] = ("postgres", "mysql", "tsql", "snowflake", "bigquery", "oracle")

_NEEDED_HEADS: frozenset[tuple[str, ...]] = frozenset(
    {
        ("CREATE", "TABLE"),
        ("ALTER", "TABLE"),
        ("COMMENT", "ON"),
        ("DROP", "TABLE"),
        ("RENAME", "TABLE"),
        ("CREATE", "VIEW"),
        ("CREATE", "MATERIALIZED"),
        ("MERGE", "INTO"),
    }
)
#: Statements that write rows: needed only when a query (not a VALUES list) supplies them,
#: which the tokens tell without parsing (a multi-megabyte INSERT dump is never parsed).
_WRITE_HEADS = frozenset({"INSERT", "REPLACE", "UPSERT", "WITH"})
_QUERY_STARTS = frozenset({TokenType.SELECT, TokenType.WITH})
_ROW_STARTS = frozenset({TokenType.VALUES, TokenType.DEFAULT, TokenType.SET})
_CREATE_MODIFIERS = frozenset(
    {"OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "EXTERNAL",
     "TRANSIENT", "VOLATILE", "IF", "NOT", "EXISTS", "MULTISET", "SET", "SECURE", "RECURSIVE", "FOREIGN"}
)
#: MySQL view and routine options between CREATE and what is created, and what may follow them.
_VIEW_OPTIONS = frozenset({"ALGORITHM", "DEFINER", "SQL"})
_CREATED_AFTER_OPTIONS = frozenset({"VIEW", "TRIGGER", "PROCEDURE", "FUNCTION", "EVENT"})


@dataclass(frozen=True)
class Statement:
    """One statement of a file: where it starts and its parsed tree (or why not)."""

    line: int
    head: str
    expression: exp.Expression | None = None
    error: str | None = None
    dialect: str | None = None
    namespace: str | None = None  # the schema a USE / SET search_path statement switches to
    recovered: bool = False  # rebuilt from its parts (see ``scanner.sql.salvage``)
    dropped: tuple[str, ...] = ()  # the start of each part a recovered statement could not read

    @property
    def partial(self) -> bool:
        """sqlglot fell back to an opaque Command node: the statement was not understood."""
        return isinstance(self.expression, exp.Command)


def dialect_names() -> list[str]:
    return sorted(d.value for d in sqlglot.dialects.Dialects if d.value)


def check_dialect(name: str) -> str:
    """Return a known dialect name, or fail with a suggestion."""
    import difflib

    names = dialect_names()
    lowered = name.lower()
    if lowered in names:
        return lowered
    close = difflib.get_close_matches(lowered, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; known dialects: {', '.join(names)}"
    raise DatamapError(f"unknown SQL dialect {name!r}{hint}")


def _head(tokens: Sequence[Token]) -> tuple[str, ...]:
    words = [t.text.upper() for t in tokens[:8]]
    if words and words[0] == "CREATE":
        rest = [w for w in words[1:] if w not in _CREATE_MODIFIERS]
        if rest and rest[0] in _VIEW_OPTIONS:  # CREATE ALGORITHM=… DEFINER=… SQL SECURITY … VIEW (mysqldump)
            rest = [w for w in (t.text.upper() for t in tokens[:24]) if w in _CREATED_AFTER_OPTIONS][:1] or rest
        return ("CREATE", rest[0]) if rest else ("CREATE",)
    return tuple(words[:2])


def _namespace(tokens: Sequence[Token]) -> str | None:
    words = [t.text for t in tokens[:6]]
    upper = [w.upper() for w in words]
    if upper[:1] == ["USE"] and len(words) > 1:
        return words[1]
    if upper[:2] == ["SET", "SEARCH_PATH"]:
        # "$user" names a schema only for the role that connects; the next schema listed is the one a dump uses
        rest = [w for w, u in zip(words[2:], upper[2:], strict=False) if u not in {"TO", "=", ",", "$USER"}]
        return rest[0] if rest else None
    return None


def _writes_from_query(tokens: Sequence[Token]) -> bool:
    """True when an INSERT/REPLACE (or a WITH … INSERT/MERGE) takes its rows from a query.

    Scans tokens at parenthesis depth 0 and stops at the first that decides, so an
    INSERT … VALUES dump costs a few tokens.
    """
    depth = 0
    with_head = tokens[0].token_type == TokenType.WITH
    previous = tokens[0].token_type
    for token in tokens[1:]:
        kind, opened, previous = token.token_type, previous == TokenType.L_PAREN, token.token_type
        if kind == TokenType.L_PAREN:
            depth += 1
        elif kind == TokenType.R_PAREN:
            depth -= 1
        elif depth == 1 and opened and kind in _QUERY_STARTS and not with_head:
            return True  # INSERT INTO t (SELECT …)
        elif depth:
            continue
        elif with_head:
            if kind in (TokenType.INSERT, TokenType.MERGE):
                return True
            if kind in (TokenType.SELECT, TokenType.UPDATE, TokenType.DELETE):
                return False
        elif kind in _QUERY_STARTS:
            return True
        elif kind in _ROW_STARTS:
            return False
    return False


@lru_cache(maxsize=1)
def _alter_without_columns() -> re.Pattern[str]:
    with _STATEMENTS.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    patterns = [str(p) for p in data.get("alter_table_without_columns") or ()]
    return re.compile("(?:" + ("|".join(f"(?:{p})" for p in patterns) or "(?!)") + ")")


def _alter_actions(tokens: Sequence[Token]) -> list[str]:
    """The words of each action of an ALTER TABLE statement, upper case (at most eight each): the first
    after the table name, then each that follows a top-level comma and opens with an action word (so the
    second column of ``ORDER BY a, b`` is no action)."""
    index = 2
    while index < len(tokens) and tokens[index].text.upper() in ("IF", "EXISTS", "ONLY"):
        index += 1
    index += 1  # the name's first part
    while index + 1 < len(tokens) and tokens[index].token_type == TokenType.DOT:
        index += 2
    if index < len(tokens) and tokens[index].token_type == TokenType.STAR:
        index += 1  # ALTER TABLE ONLY t * …
    actions = [" ".join(t.text.upper() for t in tokens[index:index + 8])]
    depth = 0
    for position in range(index, len(tokens) - 1):
        kind = tokens[position].token_type
        depth += (kind == TokenType.L_PAREN) - (kind == TokenType.R_PAREN)
        if kind == TokenType.COMMA and not depth and _first_word(tokens[position + 1]) in _ACTION_WORDS:
            actions.append(" ".join(t.text.upper() for t in tokens[position + 1:position + 9]))
    return actions


#: Words that open an ALTER TABLE action (sqlglot makes one token of ``PRIMARY KEY``).
_ACTION_WORDS = frozenset({"ADD", "DROP", "ALTER", "MODIFY", "CHANGE", "RENAME", "CONSTRAINT", "PRIMARY",
                           "FOREIGN", "UNIQUE"})


def _first_word(token: Token) -> str:
    words = token.text.upper().split(None, 1)
    return words[0] if words and token.token_type != TokenType.IDENTIFIER else ""


#: What a COMMENT ON statement must describe to be read: other objects' comments (an extension's, a
#: function's, which pg_dump writes) say nothing of a column.
_COMMENTED = frozenset({"TABLE", "COLUMN"})


def is_needed(head: tuple[str, ...], tokens: Sequence[Token]) -> bool:
    """Whether a statement must be parsed: it changes the schema or writes rows from a query."""
    if head[:2] == ("ALTER", "TABLE"):
        housekeeping = _alter_without_columns()
        return not all(housekeeping.match(action) for action in _alter_actions(tokens))
    if head[:2] == ("COMMENT", "ON"):
        return len(tokens) > 2 and tokens[2].text.upper() in _COMMENTED
    if head[:2] in _NEEDED_HEADS:
        return True
    return bool(head) and head[0] in _WRITE_HEADS and _writes_from_query(tokens)


def _split(tokens: Sequence[Token]) -> Iterator[list[Token]]:
    chunk: list[Token] = []
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            if chunk:
                yield chunk
            chunk = []
        else:
            chunk.append(token)
    if chunk:
        yield chunk


#: One-line T-SQL statements that a script may leave without a semicolon before the next statement of
#: its batch (``SET ANSI_NULLS ON`` then ``CREATE TABLE …``); a system procedure call (``sp_help``) too.
_BATCH_LINES = frozenset({"SET", "USE", "PRINT", "EXEC", "EXECUTE", "GRANT", "DENY", "REVOKE"})


def _statements(tokens: Sequence[Token]) -> Iterator[list[Token]]:
    """Statements split at semicolons, with T-SQL ``IF … BEGIN … END`` guards opened, and a CREATE or ALTER
    TABLE or a one-line statement (``SET``, ``USE``, ``EXEC``) split where a statement T-SQL needs no
    semicolon before starts a line."""
    for chunk in _split(tokens):
        first = chunk[0].text.upper()
        guarded = guarded_statements(chunk) if first == "IF" else None
        if guarded:
            yield from guarded
        elif first in _BATCH_LINES or first.startswith("SP_") or (
                first in ("CREATE", "ALTER") and _head(chunk)[-1:] == ("TABLE",)):
            yield from unterminated_statements(chunk)
        else:
            yield chunk


def _parse_one(tokens: list[Token], text: str, dialect: str, native: bool) -> exp.Expression | None:
    """Parse one statement's tokens; in a fallback dialect, tokenize its text again first."""
    if not native:
        start, end = tokens[0].start, tokens[-1].end + 1
        padded = "\n" * (tokens[0].line - 1) + text[start:end]
        tokens = sqlglot.Dialect.get_or_raise(dialect).tokenize(padded)
        text = padded
    parser = sqlglot.Dialect.get_or_raise(dialect).parser()
    trees = parser.parse(tokens, text)
    tree = trees[0] if trees else None
    return tree if isinstance(tree, exp.Expression) else None


def error_summary(error: Exception) -> str:
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    message = re.sub(r"\x1b\[[0-9;]*m", "", message)
    message = re.sub(r"<Token token_type: TokenType\.(\w+), text: ([^,]*),[^>]*>",
                     lambda m: "end of statement" if m.group(1) == "SENTINEL" else repr(m.group(2)), message)
    return message[:200]


def read_statements(text: str, dialect: str | None) -> Iterator[Statement]:
    """Yield every statement of ``text``; the needed ones parsed, the rest marked skipped.

    ``dialect`` None guesses from the text. A needed statement that fails in the
    chosen dialect is retried in the fallback dialects before it is reported.
    """
    text = clean_text(text)
    chosen = dialect or guess_dialect(text)
    try:
        tokens = sqlglot.Dialect.get_or_raise(chosen).tokenize(text)
    except TokenError as error:
        fallback = next((d for d in FALLBACK_DIALECTS if d != chosen), "postgres")
        try:
            tokens = sqlglot.Dialect.get_or_raise(fallback).tokenize(text)
            chosen = fallback
        except TokenError:
            yield Statement(line=1, head="", error=f"cannot tokenize: {error_summary(error)}")
            return
    for chunk in _statements(tokens):
        yield from _read_chunk(chunk, text, chosen)


def _read_chunk(chunk: list[Token], text: str, chosen: str) -> Iterator[Statement]:
    """One statement, then any DDL it runs from a string (see ``scanner.sql.dynamic``)."""
    head = _head(chunk)
    line = chunk[0].line
    label = " ".join(head)
    built = _built_from_tokens(head, chunk, chosen)
    if built:
        for expression in built:
            yield Statement(line=line, head=label, expression=expression, dialect=chosen)
    elif not is_needed(head, chunk):
        yield Statement(line=line, head=label, namespace=_namespace(chunk))
    else:
        yield _parse_needed(_without_data_clause(head, chunk), text, chosen, line, label)
    if head and head[0] in DYNAMIC_HEADS and not built:
        for sql, start in ddl_strings(chunk):
            yield from _read_dynamic(sql, start, chosen)
    body = do_block_body(chunk) if head[:1] == ("DO",) else None
    if body is not None:
        yield from _read_dynamic(*body, chosen, block=True)
    first = _first_in_routine(chunk) if head in _ROUTINE_HEADS else None
    if first:
        yield from _read_chunk(first, text, chosen)


#: Routines whose ``BEGIN … END`` body a file splits at its semicolons (MySQL ``DELIMITER`` blocks, T-SQL).
_ROUTINE_HEADS = frozenset({("CREATE", "PROCEDURE"), ("CREATE", "FUNCTION"), ("CREATE", "TRIGGER"),
                            ("CREATE", "EVENT")})


def _first_in_routine(chunk: list[Token]) -> list[Token] | None:
    """The schema change that opens a routine's ``BEGIN`` block, past its control words (``BEGIN IF … THEN
    ALTER TABLE …``). The block's later statements are read already: the file splits them at their
    semicolons, so only the first is held in the routine's own statement."""
    for index, (token, depth) in enumerate(nesting(chunk)):
        if depth == 0 and token.token_type != TokenType.STRING and token.text.upper() == "BEGIN":
            return past_control_words(chunk[index + 1:])
    return None


def _without_data_clause(head: tuple[str, ...], chunk: list[Token]) -> list[Token]:
    """A PostgreSQL ``CREATE MATERIALIZED VIEW … AS SELECT …`` without its closing ``WITH [NO] DATA``
    (pg_dump writes it on every materialized view; sqlglot keeps the whole statement opaque for it)."""
    if head != ("CREATE", "MATERIALIZED") or len(chunk) < 3 or chunk[-1].text.upper() != "DATA":
        return chunk
    words = [t.text.upper() for t in chunk[-3:-1]]
    if words[-1] == "WITH":
        return chunk[:-2]
    return chunk[:-3] if words == ["WITH", "NO"] else chunk


def _built_from_tokens(head: tuple[str, ...], chunk: list[Token], dialect: str) -> list[exp.Expression]:
    """Trees for statements sqlglot keeps opaque but whose schema meaning the tokens tell: SQL Server
    descriptions and renames, MySQL RENAME TABLE, SQLite virtual tables; and plain COMMENT ON statements,
    read from their tokens faster than parsed."""
    if head == ("COMMENT", "ON"):
        comment = comment_on(chunk, dialect)
        return [comment] if comment is not None else []
    if head[:1] in (("EXEC",), ("EXECUTE",)):
        built = description_comment(chunk) or sp_rename(chunk)
        return [built] if built is not None else []
    if head[:1] == ("RENAME",):
        return list(rename_table_statements(chunk))
    if head == ("CREATE", "VIRTUAL"):
        virtual = virtual_table(chunk)
        return [virtual] if virtual is not None else []
    return []


def _read_dynamic(sql: str, line: int, chosen: str, block: bool = False) -> Iterator[Statement]:
    """The statements of SQL held in a string (or, ``block``, a procedural block's body) on ``line``."""
    inner = "\n" * (line - 1) + sql
    try:
        tokens = sqlglot.Dialect.get_or_raise(chosen).tokenize(inner)
    except TokenError as error:
        yield Statement(line=line, head="", error=f"cannot tokenize the SQL in a string: {error_summary(error)}")
        return
    for chunk in _split(tokens):
        statement = past_control_words(chunk) if block else chunk
        if statement:
            yield from _read_chunk(statement, inner, chosen)


def _parse_needed(chunk: list[Token], text: str, chosen: str, line: int, label: str) -> Statement:
    first_error: Exception | None = None
    partial: Statement | None = None
    dialects = (chosen, *(d for d in FALLBACK_DIALECTS if d != chosen))
    for candidate in dialects:
        try:
            tree = _parse_one(chunk, text, candidate, native=candidate == chosen)
        except (ParseError, TokenError, ValueError, KeyError) as error:
            first_error = first_error or error
            continue
        if tree is None:
            continue
        statement = Statement(line=line, head=label, expression=tree, dialect=candidate)
        if not statement.partial:
            return statement
        partial = partial or statement
    if label == "CREATE TABLE":
        salvaged = salvage_create(chunk, text, dialects)
        if salvaged is not None:
            return Statement(line=line, head=label, expression=salvaged.tree, dialect=salvaged.dialect,
                             recovered=True, dropped=tuple(salvaged.dropped))
    if label == "ALTER TABLE":
        altered = salvage_alter(chunk, text, dialects)
        if altered is not None:
            return Statement(line=line, head=label, expression=altered, dialect=chosen, recovered=True)
    if partial is not None:
        return partial
    reason = error_summary(first_error) if first_error else "empty statement"
    return Statement(line=line, head=label, error=f"cannot parse {label} statement: {reason}")
