"""What a check learns of a file by reading it, kept by the file's stat signature, so unchanged files are not read.

As git's index does: a file whose size, modification and change times (in
nanoseconds) and inode are those recorded holds the bytes recorded with them,
so its sha256 and its suppression comments are taken from the record. A file
changed within ``RACY_NS`` before it was recorded might change again without
its times moving: such a record is kept but not trusted, and the file is read
again. All records of a cache folder are one entry, read once and written once
per check, and only when something was learned.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from catalog.suppressions import Suppression
from scanner.cache.keys import file_digest
from scanner.cache.store import CacheStore

KIND = "filestat"
#: a record of a file changed this close (ns) before it was recorded is not trusted
RACY_NS = 2_000_000_000
#: at most this many files are remembered (those of the last check first)
MAX_FILES = 200_000
_KEY = "files"


class FileFacts:
    """Files' sha256 and suppression comments, read only for files whose stat signature changed."""

    def __init__(self, store: CacheStore) -> None:
        self.store = store
        self._records: dict[str, list[Any]] | None = None
        self._seen: set[str] = set()
        self._hashed: dict[str, str] = {}  # files read during this check: each is hashed once
        self._dirty = False

    def _load(self) -> dict[str, list[Any]]:
        if self._records is None:
            data = self.store.get(KIND, _KEY)
            self._records = {str(k): v for k, v in data.items() if _valid(v)} if isinstance(data, dict) else {}
        return self._records

    def _signature(self, name: str) -> list[int] | None:
        try:
            st = os.stat(name)
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]

    def _trusted(self, name: str) -> tuple[list[int] | None, list[Any] | None]:
        """The file's signature, and its record when that record can be trusted."""
        signature = self._signature(name)
        self._seen.add(name)
        record = self._load().get(name)
        if signature is None or record is None or record[:4] != signature:
            return signature, None
        return signature, record if max(signature[1], signature[3]) + RACY_NS < record[5] else None

    def digest(self, path: Path) -> str:
        """``file_digest(path)``, from the record while the file's signature is the recorded one."""
        name = path.as_posix()
        signature, record = self._trusted(name)
        if record is not None:
            return str(record[4])
        found = self._hashed.get(name) or file_digest(path)
        if signature is not None and not found.startswith("unreadable:"):
            self._hashed[name] = found
            self._record(name, signature, found, None)
        return found

    def suppressions(self, name: str, parse: Callable[[str], list[Suppression]]) -> list[Suppression]:
        """The suppression comments of the file ``name``, from the record while it is trusted, else read with
        ``parse`` (the file's text) and recorded."""
        signature, record = self._trusted(name)
        if record is not None and record[6] is not None:
            return [Suppression(name, line, tuple(rules), reason, until) for line, rules, reason, until in record[6]]
        with open(name, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        found = parse(text)
        if signature is not None:
            digest = record[4] if record is not None else self.digest(Path(name))
            if not digest.startswith("unreadable:"):
                self._record(name, signature, digest, [[s.line, list(s.rules), s.reason, s.until] for s in found])
        return found

    def _record(self, name: str, signature: list[int], digest: str, comments: list[Any] | None) -> None:
        records = self._load()
        old = records.get(name)
        if comments is None and old is not None and old[:5] == [*signature, digest]:
            comments = old[6]
        records[name] = [*signature, digest, time.time_ns(), comments]
        self._dirty = True

    def save(self) -> None:
        """Write the records when something was learned (the files of this check first, within the cap)."""
        if not self._dirty or self._records is None:
            return
        kept = {name: self._records[name] for name in self._seen if name in self._records}
        for name, record in self._records.items():
            if len(kept) >= MAX_FILES:
                break
            kept.setdefault(name, record)
        self.store.put(KIND, _KEY, kept)
        self._dirty = False


def _valid(record: Any) -> bool:
    """A record as ``_record`` writes it: four ints, a digest, the time it was made, and comments or None."""
    if not (type(record) is list and len(record) == 7 and all(type(n) is int for n in record[:4])
            and type(record[4]) is str and type(record[5]) is int):
        return False
    comments = record[6]
    return comments is None or (type(comments) is list and all(
        type(c) is list and len(c) == 4 and type(c[0]) is int and type(c[1]) is list
        and all(type(r) is str for r in c[1]) and (c[2] is None or type(c[2]) is str)
        and (c[3] is None or type(c[3]) is str) for c in comments))
