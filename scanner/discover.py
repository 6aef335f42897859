"""Turn the paths and URLs a user names into read jobs, one per input datamap can read.

A folder is walked (symlinked folders are not followed, so a link loop cannot
trap the walk); a folder of versioned SQL files is one migrations job; all other
SQL files form one job read in path order, so one file may alter a table that
another creates. Files datamap does not read are counted, never silently lost.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from catalog.errors import DatamapError
from scanner.registry import is_url, reader_for_file
from scanner.sql.reader import is_migrations_folder

IGNORED_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
                          ".datamap", ".tox", ".mypy_cache", ".pytest_cache", "target", "dist", "build"})


@dataclass(frozen=True)
class Job:
    """One read: a reader name and its targets (several files for the loose SQL job)."""

    reader: str
    targets: tuple[str, ...]


@dataclass
class Plan:
    jobs: list[Job] = field(default_factory=list)
    ignored_files: int = 0

    @property
    def file_count(self) -> int:
        return sum(len(job.targets) if job.reader == "sql" else 1 for job in self.jobs)


def _walk(root: Path) -> list[Path]:
    files: list[Path] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in IGNORED_DIRS and not d.startswith("."))
        files.extend(Path(folder) / name for name in sorted(names))
    return files


def plan(targets: Sequence[str]) -> Plan:
    """Which reader reads what. A target that does not exist is a usage error."""
    result = Plan()
    loose: list[Path] = []
    for target in targets:
        if is_url(target):
            result.jobs.append(Job("database", (target,)))
            continue
        path = Path(target)
        if not path.exists():
            raise DatamapError("no such file or folder", target)
        files = [path] if path.is_file() else _walk(path)
        _plan_files(files, result, loose)
    if loose:
        result.jobs.insert(0, Job("sql", tuple(str(p) for p in sorted(dict.fromkeys(loose)))))
    return result


def _plan_files(files: list[Path], result: Plan, loose: list[Path]) -> None:
    by_folder: dict[Path, list[Path]] = {}
    for file in files:
        reader = reader_for_file(file)
        if reader is None:
            result.ignored_files += 1
        elif reader == "sql":
            by_folder.setdefault(file.parent, []).append(file)
        else:
            result.jobs.append(Job(reader, (str(file),)))
    for folder, sql_files in by_folder.items():
        if len(files) > 1 and is_migrations_folder(sql_files):
            result.jobs.append(Job("migrations", (str(folder),)))
        else:
            loose.extend(sql_files)
