"""Errors that reach the user as a one-line message and exit code 2."""

from __future__ import annotations


class DatamapError(Exception):
    """A user-facing error: bad input, bad configuration, bad usage.

    ``path`` and ``line`` name where the problem is, when there is a place.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"
