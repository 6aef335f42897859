"""JSON (and JSON with comments, as in ``tsconfig.json``) with the line of every key.

``json.loads`` decides what the data is; a light tokenizer then walks the same
text to find the line where each key and list item starts. Nesting deeper than
``MAX_DEPTH`` is refused before parsing, so deep input cannot exhaust the stack.
"""

from __future__ import annotations

import json
import re

from scanner.config.document import MAX_DEPTH, Document, LoadError, Loc

_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]|\n|[^\s{}\[\]:,"]+')
_COMMENT_OR_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*|/\*.*?\*/', re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def load_json(text: str) -> list[Document]:
    """One document; comments and trailing commas are tolerated when plain JSON fails."""
    _check_depth(text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        relaxed = _relax(text)
        try:
            data = json.loads(relaxed)
        except json.JSONDecodeError:
            raise LoadError(f"JSON syntax error: {error.msg}", error.lineno) from None
        text = relaxed
    except RecursionError:
        raise LoadError(f"JSON nesting deeper than {MAX_DEPTH} levels") from None
    return [Document(data, _index_lines(text))]


def _check_depth(text: str) -> None:
    depth = 0
    line = 1
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "{[":
            depth += 1
            if depth > MAX_DEPTH:
                raise LoadError(f"JSON nesting deeper than {MAX_DEPTH} levels", line)
        elif token in "}]":
            depth -= 1
        elif token == "\n":
            line += 1


def _relax(text: str) -> str:
    """Blank out comments (keeping newlines, so lines still count) and drop trailing commas."""

    def blank(match: re.Match[str]) -> str:
        token = match.group()
        return token if token.startswith('"') else re.sub(r"[^\n]", " ", token)

    return _TRAILING_COMMA.sub(r"\1", _COMMENT_OR_STRING.sub(blank, text))


class _Frame:
    __slots__ = ("loc", "is_object", "key", "index", "awaiting")

    def __init__(self, loc: Loc, is_object: bool) -> None:
        self.loc = loc
        self.is_object = is_object
        self.key: str | None = None
        self.index = 0
        self.awaiting = True  # a key (objects) or an item (lists) may start here


def _index_lines(text: str) -> dict[Loc, int]:
    """The line of every key and list item, by walking the tokens of valid JSON."""
    lines: dict[Loc, int] = {}
    stack: list[_Frame] = []
    line = 1
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
            continue
        top = stack[-1] if stack else None
        if token in ",:}]":
            if top is not None and token == ",":
                top.awaiting = True
                top.index += not top.is_object
            if token in "}]" and stack:
                stack.pop()
            continue
        if top is not None and top.is_object and top.awaiting:
            key = json.loads(token) if token.startswith('"') else token
            top.key, top.awaiting = str(key), False
            lines.setdefault((*top.loc, top.key), line)
            continue
        loc = _value_loc(top)
        if top is not None and not top.is_object and top.awaiting:
            lines.setdefault(loc, line)
            top.awaiting = False
        if token in "{[":
            lines.setdefault(loc, line)
            stack.append(_Frame(loc, token == "{"))
    return lines


def _value_loc(top: _Frame | None) -> Loc:
    if top is None:
        return ()
    if top.is_object:
        return (*top.loc, top.key or "")
    return (*top.loc, top.index)
