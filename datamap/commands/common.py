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


def scan_options(func: F) -> F:
    """The options that say what to scan; they arrive as one ``request`` argument."""
    from datamap.run import ScanRequest

    @click.argument("paths", nargs=-1, required=True)
    @click.option("--policy", "policy_path", type=click.Path(dir_okay=False),
                  help="policy.yaml to hold the inventory against")
    @click.option("--dialect", help="SQL dialect to try first (default: guessed per file, then fallbacks)")
    @click.option("--overrides", "overrides_path", type=click.Path(dir_okay=False),
                  help="reviewed category pins (YAML)")
    @click.option("--knowledge", "knowledge_files", multiple=True, type=click.Path(dir_okay=False),
                  help="extra classifier knowledge file (repeatable)")
    @click.option("--recipients", "recipient_files", multiple=True, type=click.Path(dir_okay=False),
                  help="extra recipients file: services your code sends data to (repeatable)")
    @click.option("--sample", type=click.IntRange(min=1), help="sample at most N rows per table (databases, files)")
    @click.option("--rules-only", is_flag=True, help="classify by the rules alone, without the learned model")
    @click.option("--no-color", is_flag=True, help="plain output (also when NO_COLOR is set)")
    @functools.wraps(func)
    def wrapper(paths: tuple[str, ...], policy_path: str | None, dialect: str | None, overrides_path: str | None,
                knowledge_files: tuple[str, ...], recipient_files: tuple[str, ...], sample: int | None,
                rules_only: bool, **kwargs: Any) -> Any:
        request = ScanRequest(paths, policy_path, dialect, overrides_path, knowledge_files, sample,
                              recipients=recipient_files, rules_only=rules_only)
        return func(request=request, **kwargs)

    return wrapper  # type: ignore[return-value]
