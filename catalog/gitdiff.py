"""Git at the edges: the repository root, and a ref checked out into a temporary worktree.

The worktree lives in a temporary folder and is always removed, so the user's
checkout, index and files are never touched.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from catalog.errors import DatamapError


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise DatamapError("git is not installed (needed for --diff)") from None


def repo_root(start: Path) -> Path | None:
    """The top folder of the git repository holding ``start``, or None outside one (or without git)."""
    folder = start if start.is_dir() else start.parent
    try:
        done = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=folder, capture_output=True,
                              text=True, check=False)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return Path(done.stdout.strip()).resolve() if done.returncode == 0 and done.stdout.strip() else None


def resolve_ref(root: Path, ref: str) -> str:
    """The commit ``ref`` names; a ref that does not exist is a DatamapError."""
    if ref.startswith("-"):
        raise DatamapError(f"'{ref}' is not a git ref")
    done = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], root)
    if done.returncode != 0 or not done.stdout.strip():
        raise DatamapError(f"git ref '{ref}' does not exist in {root} (fetch it, e.g. `git fetch origin`, "
                           "or check out with full history: fetch-depth 0)")
    return done.stdout.strip()


@contextmanager
def worktree(root: Path, ref: str) -> Iterator[Path]:
    """Check ``ref`` out, detached, into a temporary folder; yield its path; always remove it."""
    commit = resolve_ref(root, ref)
    holder = Path(tempfile.mkdtemp(prefix="datamap-diff-"))
    target = holder / "base"
    try:
        done = _git(["worktree", "add", "--detach", str(target), commit], root)
        if done.returncode != 0:
            raise DatamapError(f"cannot check out '{ref}': {done.stderr.strip()}")
        yield target
    finally:
        if target.exists():
            _git(["worktree", "remove", "--force", str(target)], root)
        shutil.rmtree(holder, ignore_errors=True)
        _git(["worktree", "prune"], root)
