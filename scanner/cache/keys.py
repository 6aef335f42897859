"""Cache keys: content hashes of the files a reader reads, and of datamap's own code and data.

A key names everything a result depends on, so an entry is reused only when
the same code would read the same bytes with the same options.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from scanner.cache import plainjson
from scanner.options import ReadOptions

#: datamap's packages whose code and data decide what readers and the classifier produce
_PACKAGES = ("scanner", "catalog")
_CODE_SUFFIXES = frozenset({".py", ".yaml", ".yml", ".json", ".csv", ".txt", ".toml", ".npz"})
#: folders never hashed as part of a folder target (the cache itself, version control)
_SKIPPED = frozenset({".git", ".hg", ".svn", ".datamap", "__pycache__"})


def digest(value: Any) -> str:
    """sha256 of a JSON-able value (keys sorted)."""
    return hashlib.sha256(plainjson.dumps(value, sort_keys=True)).hexdigest()


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes; an unreadable file gets a key of its error (the reader reports it)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        return f"unreadable:{type(error).__name__}:{error.strerror}"


def _folder_files(folder: Path) -> list[Path]:
    files: list[Path] = []
    for parent, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED)
        files.extend(Path(parent) / name for name in sorted(names))
    return files


def target_digest(target: str, hashed: Callable[[Path], str] = file_digest) -> list[Any]:
    """A file's content hash, or every file of a folder (relative name and content hash); ``hashed`` gives a
    file's hash."""
    path = Path(target)
    if path.is_dir():
        return [[file.relative_to(path).as_posix(), hashed(file)] for file in _folder_files(path)]
    return [hashed(path)]


def package_markers(paths: Iterable[str]) -> list[str]:
    """The folders above ``paths`` holding ``__init__.py`` (they decide Python module names)."""
    found: set[str] = set()
    seen: set[Path] = set()
    for path in paths:
        folder = Path(path).parent
        while folder not in seen and (folder / "__init__.py").is_file() and folder.parent != folder:
            seen.add(folder)
            found.add(folder.as_posix())
            folder = folder.parent
    return sorted(found)


def options_key(options: ReadOptions) -> dict[str, Any]:
    """The options as data; users' recipient files count by their content (``job_key``), not their paths."""
    return {k: v for k, v in dataclasses.asdict(options).items() if k != "recipients"}


def job_key(reader: str, group: bool, targets: Sequence[str], options: ReadOptions,
            hashed: Callable[[Path], str] = file_digest) -> str:
    """The key of one read job: reader, targets, their bytes (each file's hash as ``hashed`` gives it), the
    options, and module-name markers."""
    parts: dict[str, Any] = {"reader": reader, "group": group, "targets": list(targets),
                             "content": [target_digest(t, hashed) for t in targets], "options": options_key(options)}
    if reader == "python":
        parts["packages"] = package_markers(targets)
    if options.recipients:
        parts["recipients"] = [file_digest(Path(p)) for p in options.recipients]
    return digest(parts)


@cache
def build_id(version: str, packages: tuple[str, ...] = _PACKAGES) -> str:
    """datamap's ``version``, a hash of the code and data files of ``packages`` (by default its readers'
    and classifier's), and the year (value checks of sampled dates are relative to it)."""
    root = Path(__file__).resolve().parents[2]
    hasher = hashlib.sha256(f"{version}|{date.today().year}".encode())
    for package in packages:
        for file in _folder_files(root / package):
            if file.suffix in _CODE_SUFFIXES:
                hasher.update(file.relative_to(root).as_posix().encode())
                hasher.update(hashlib.sha256(file.read_bytes()).digest())
    return hasher.hexdigest()
