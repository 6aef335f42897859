"""Plain COMMENT ON statements read from their tokens give the very tree sqlglot parses them to."""

from __future__ import annotations

import pytest
import sqlglot
from sqlglot.tokens import TokenType

from scanner.sql.commenting import DIALECTS, comment_on

_BUILT = [
    "COMMENT ON TABLE users IS 'People who sign in'",
    "COMMENT ON TABLE app.users IS 'it''s theirs'",
    'COMMENT ON TABLE "App"."User List" IS \'x\'',
    "comment on column app.users.email IS 'Where we write'",
    "COMMENT ON COLUMN cat.app.users.email IS ''",
    "COMMENT ON COLUMN email IS 'no table'",
]
_LEFT_TO_THE_PARSER = [
    "COMMENT ON FUNCTION f() IS 'x'",
    "COMMENT ON TABLE app.users IS NULL",
    "COMMENT ON TABLE a.b.c.d IS 'x'",
    "COMMENT ON TABLE users.* IS 'not a name'",
    "COMMENT ON TABLE /* a remark */ users IS 'x'",
    "COMMENT ON COLUMN users.email IS 'x' 'y'",
]


def _tokens(sql: str, dialect: str) -> list[sqlglot.tokens.Token]:
    return [t for t in sqlglot.Dialect.get_or_raise(dialect).tokenize(sql) if t.token_type != TokenType.SEMICOLON]


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@pytest.mark.parametrize("sql", _BUILT)
def test_built_tree_is_the_parsed_tree(sql: str, dialect: str) -> None:
    built = comment_on(_tokens(sql, dialect), dialect)
    parsed = sqlglot.parse_one(sql, read=dialect)
    assert built is not None
    assert repr(built) == repr(parsed)
    assert [node.meta for node in built.walk()] == [node.meta for node in parsed.walk()]


@pytest.mark.parametrize("sql", _LEFT_TO_THE_PARSER)
def test_other_shapes_are_left_to_the_parser(sql: str) -> None:
    assert comment_on(_tokens(sql, "postgres"), "postgres") is None


def test_other_dialects_are_left_to_the_parser() -> None:
    assert comment_on(_tokens(_BUILT[0], "mysql"), "mysql") is None
