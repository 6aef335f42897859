"""Run the datamap CLI in-process for tests (exit code, standard output and standard error), in git
repositories the tests write."""

from __future__ import annotations

import subprocess
from pathlib import Path

from click.testing import CliRunner

from datamap.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def git_repo(root: Path, files: dict[str, str]) -> Path:
    """A git repository at ``root`` holding ``files`` (path relative to the root: text), nothing committed."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    return root


def cache_line(stderr: str) -> str:
    """The line ``check -v`` prints on what the cache reused."""
    return next(line for line in stderr.splitlines() if line.startswith("cache:"))
