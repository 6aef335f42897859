"""A parsed config file: plain data plus the line of every key.

Every format loader returns ``Document`` objects, so integration and export
readers never care which format a file was written in. A ``Loc`` is the path
to a value: mapping keys (strings) and list indexes (ints).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Loc = tuple[str | int, ...]

#: Limits that keep hostile input cheap: a file larger than ``MAX_BYTES`` is
#: skipped; YAML aliases may expand to at most ``MAX_NODES`` values; nesting
#: deeper than ``MAX_DEPTH`` is refused.
MAX_BYTES = 5_000_000
MAX_NODES = 200_000
MAX_DEPTH = 100


class LoadError(Exception):
    """A file that cannot be read as config: why, and where when known."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass
class Document:
    """One document of a config file (a YAML stream may hold several)."""

    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    text_lines: tuple[str, ...] = ()

    def line_of(self, loc: Loc) -> int | None:
        """The line of the value at ``loc``, or of its nearest ancestor that has one."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(loc[:end])
            if line is not None:
                return line
        return None

    def get(self, loc: Loc) -> Any:
        """The value at ``loc``, or None when the path does not exist."""
        value = self.data
        for part in loc:
            if isinstance(part, int) and isinstance(value, list) and -len(value) <= part < len(value):
                value = value[part]
            elif isinstance(part, str) and isinstance(value, dict):
                value = value.get(part)
            else:
                return None
        return value


def leaves(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    """Every scalar in ``data`` with its loc, depth first, in document order."""
    stack: list[tuple[Loc, Any]] = [(loc, data)]
    while stack:
        here, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(reversed([((*here, key), item) for key, item in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([((*here, index), item) for index, item in enumerate(value)]))
        else:
            yield here, value


def dotted(loc: Loc) -> str:
    """``("stripe", "keys", 0, "secret")`` -> ``stripe.keys[0].secret``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
