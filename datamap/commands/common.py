"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.console import Console

from catalog.errors import DatamapError
from datamap.exit_codes import USAGE_ERROR

F = TypeVar("F", bound=Callable[..., Any])


def stderr_console(no_color: bool = False) -> Console:
    """Status and progress go to stderr; stdout carries only the payload."""
    return Console(stderr=True, no_color=no_color or "NO_COLOR" in os.environ, highlight=False)


def handle_user_errors(func: F) -> F:
    """Turn a DatamapError into a one-line message on stderr and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DatamapError as error:
            click.echo(f"datamap: error: {error}", err=True)
            sys.exit(USAGE_ERROR)

    return wrapper  # type: ignore[return-value]
