"""A folder of cache entries: compressed JSON of plain data, each naming its own key.

An entry is only ever a hint. One that cannot be read, decompressed or parsed,
that names another key, another kind or another datamap build, is ignored and
removed; the caller then computes the value afresh. Nothing is unpickled or
evaluated, so a cache folder shipped inside a repository can at worst cost a
recomputation. The folder is capped in size: the entries used least recently
(by modification time, refreshed on every hit) go first.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

from scanner.cache import plainjson

#: the layout of an entry; bump when the envelope or any payload's shape changes
FORMAT = 2
#: default size cap of the cache folder
MAX_BYTES = 256 * 1024 * 1024
_SUFFIX = ".json.z"


class CacheStore:
    """Entries under ``folder/<kind>/<key[:2]>/<key>.json.z``; ``build`` names the code that wrote them."""

    def __init__(self, folder: Path, build: str, max_bytes: int = MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.build = build
        self.max_bytes = max_bytes
        self.counts: Counter[str] = Counter()  # hits, misses, rejected, writes, evicted per kind

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}{_SUFFIX}"

    def get(self, kind: str, key: str) -> Any | None:
        """The payload stored under ``key``, or None (absent, unreadable or foreign: then removed)."""
        path = self._path(kind, key)
        try:
            raw = path.read_bytes()
        except OSError:
            self.counts[f"{kind}_misses"] += 1
            return None
        try:
            entry = plainjson.loads(zlib.decompress(raw))
            valid = isinstance(entry, dict) and entry.get("format") == FORMAT and entry.get("build") == self.build \
                and entry.get("kind") == kind and entry.get("key") == key and "data" in entry
        except (zlib.error, ValueError, RecursionError):
            valid = False
        if not valid:
            self.counts[f"{kind}_rejected"] += 1
            self.discard(kind, key)
            return None
        self.counts[f"{kind}_hits"] += 1
        try:
            os.utime(path)
        except OSError:
            pass
        return entry["data"]

    def put(self, kind: str, key: str, data: Any) -> None:
        """Store ``data`` (plain JSON data) under ``key``; a folder that cannot be written is no error."""
        entry = {"format": FORMAT, "build": self.build, "kind": kind, "key": key, "data": data}
        payload = zlib.compress(plainjson.dumps(entry), 1)
        path = self._path(kind, key)
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=True, exist_ok=True)
                (self.folder / ".gitignore").write_text("# datamap's cache: never commit it\n*\n", "utf-8")
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(temp, path)
        except OSError:
            return
        self.counts[f"{kind}_writes"] += 1

    def discard(self, kind: str, key: str) -> None:
        try:
            self._path(kind, key).unlink()
        except OSError:
            pass

    def evict(self) -> None:
        """Remove the least recently used entries until the folder is within ``max_bytes`` (once per scan)."""
        entries: list[tuple[float, int, Path]] = []
        total = 0
        for path in self.folder.glob(f"*/*/*{_SUFFIX}"):
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
            total += stat.st_size
        if total <= self.max_bytes:
            return
        for _, size, path in sorted(entries, key=lambda item: (item[0], str(item[2]))):
            try:
                path.unlink()
            except OSError:
                continue
            self.counts["evicted"] += 1
            total -= size
            if total <= self.max_bytes:
                return
