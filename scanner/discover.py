"""Turn the paths and URLs a user names into read jobs, one per input datamap can read.

A folder is walked (symlinked folders are not followed, so a link loop cannot
trap the walk). A folder holding ``dbt_project.yml`` is one dbt job (its files
are the dbt reader's); a folder of versioned SQL files is one migrations job;
all other SQL files are read in path order in groups that name none of each
other's tables (one file may alter a table another creates: see
``scanner.sql.components``), and all Python files form one job (calls cross
modules). Files
datamap does not read, and files the project excludes, are counted, never
silently lost.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from catalog.errors import DatamapError
from scanner.registry import GROUP_READERS, is_url, reader_for_file
from scanner.sql.components import independent_groups
from scanner.sql.files import is_migrations_folder, is_rollback

IGNORED_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
                          ".datamap", ".tox", ".mypy_cache", ".pytest_cache", "dist", "build", "site-packages"})
DBT_PROJECT = "dbt_project.yml"


@dataclass(frozen=True)
class Job:
    """One read: a reader name and its targets (several files for group readers)."""

    reader: str
    targets: tuple[str, ...]
    group: bool = False


@dataclass(frozen=True)
class Excludes:
    """Globs of paths (relative to where the scan runs) that are never read; a folder's glob covers
    everything under it (``vendor/**``, ``db/legacy/*``, ``**/test_*.py``)."""

    globs: tuple[str, ...] = ()

    def __call__(self, path: str | Path) -> bool:
        if not self.globs:
            return False
        name = str(path).replace("\\", "/").removeprefix("./")
        return any(fnmatch.fnmatch(name, glob) or name.startswith(glob.rstrip("/*") + "/") for glob in self.globs)


NOTHING_EXCLUDED = Excludes()


@dataclass
class Plan:
    jobs: list[Job] = field(default_factory=list)
    ignored_files: int = 0
    excluded_files: int = 0
    rollback_files: int = 0  # migrations that undo others (down.sql): never applied


def _walk(root: Path, dbt_roots: list[Path], excludes: Excludes, plan: Plan) -> list[Path]:
    files: list[Path] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        if DBT_PROJECT in names and Path(folder) != root or (DBT_PROJECT in names and not dbt_roots):
            dbt_roots.append(Path(folder))
            dirs[:] = []
            continue
        kept = sorted(d for d in dirs if d not in IGNORED_DIRS and not d.startswith("."))
        dirs[:] = [d for d in kept if not excludes(Path(folder) / d)]
        plan.excluded_files += sum(_count_files(Path(folder) / d) for d in kept if d not in dirs)
        for name in sorted(names):
            if excludes(Path(folder) / name):
                plan.excluded_files += 1
            else:
                files.append(Path(folder) / name)
    return files


def _count_files(folder: Path) -> int:
    return sum(len(names) for _, _, names in os.walk(folder, followlinks=False))


def plan(targets: Sequence[str], excludes: Excludes = NOTHING_EXCLUDED) -> Plan:
    """Which reader reads what (nothing that ``excludes`` covers). A target that does not exist is a
    usage error."""
    result = Plan()
    groups: dict[str, list[Path]] = {name: [] for name in GROUP_READERS}
    for target in targets:
        if is_url(target):
            result.jobs.append(Job("database", (target,)))
            continue
        path = Path(target)
        if not path.exists():
            raise DatamapError("no such file or folder", target)
        if excludes(path):
            result.excluded_files += 1 if path.is_file() else _count_files(path)
            continue
        dbt_roots: list[Path] = []
        files = [path] if path.is_file() else _walk(path, dbt_roots, excludes, result)
        result.jobs.extend(Job("dbt", (str(root),)) for root in dbt_roots)
        _plan_files(files, result, groups, single=path.is_file())
    for name, files in groups.items():
        ordered = list(dict.fromkeys(sorted(files)))
        parts = independent_groups(ordered) if name == "sql" else [ordered] if ordered else []
        result.jobs[0:0] = [Job(name, tuple(str(p) for p in part), group=True) for part in parts]
    return result


def _plan_files(files: list[Path], result: Plan, groups: dict[str, list[Path]], single: bool) -> None:
    sql_by_folder: dict[Path, list[Path]] = {}
    for file in files:
        reader = reader_for_file(file)
        if reader is None:
            result.ignored_files += 1
        elif reader == "sql":
            sql_by_folder.setdefault(file.parent, []).append(file)
        elif reader in groups:
            groups[reader].append(file)
        else:
            result.jobs.append(Job(reader, (str(file),)))
    for folder, sql_files in sql_by_folder.items():
        if not single and is_migrations_folder(sql_files):
            result.jobs.append(Job("migrations", (str(folder),)))
            continue
        forward = [f for f in sql_files if single or not is_rollback(f.name)]
        result.rollback_files += len(sql_files) - len(forward)  # down.sql of a folder per migration (Diesel)
        groups["sql"].extend(forward)
