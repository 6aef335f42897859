"""Run the datamap CLI in-process for tests: exit code, standard output and standard error."""

from __future__ import annotations

from click.testing import CliRunner

from datamap.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr
