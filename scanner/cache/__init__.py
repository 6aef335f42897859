"""The content-hash cache of a scan: readers' results per job, classifications per estate.

A read job (one file, a dbt project, a migrations folder, or every loose SQL or
Python file of the scan at once) is keyed by its reader, its targets, the
sha256 of every byte it reads, the read options and the build (datamap's
version and a hash of its own code and knowledge data). Its result is stored as
plain JSON data. Classifications are keyed by every field and value profile the
classifier sees and by what configures the classifier (policy extensions,
knowledge files). Database targets are never cached. See ``docs/ci.md``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from catalog.model import Classification, Field, ReadResult, ValueProfile
from scanner.cache.codec import (
    CorruptEntry,
    decode_classifications,
    decode_result,
    encode_classifications,
    encode_result,
    supported,
)
from scanner.cache.keys import build_id, digest, job_key
from scanner.cache.store import MAX_BYTES, CacheStore
from scanner.options import ReadOptions

__all__ = ["ScanCache", "CacheStore"]

#: readers whose input is not a set of local files
UNCACHED_READERS = frozenset({"database"})


class ScanCache:
    """Reuses what an earlier scan read from the same bytes; counts what it read afresh."""

    def __init__(self, folder: Path, version: str, classifier_key: str = "", max_bytes: int = MAX_BYTES) -> None:
        self.store = CacheStore(folder, build_id(version), max_bytes)
        self.classifier_key = classifier_key
        self.enabled = supported()
        self.counts: Counter[str] = Counter()  # jobs_read/jobs_reused, files_read/files_reused, classify_*

    def read(self, reader: str, group: bool, targets: Sequence[str], options: ReadOptions,
             run: Callable[[], ReadResult]) -> ReadResult:
        """The job's result from the cache, else ``run()``'s (then stored)."""
        if not self.enabled or reader in UNCACHED_READERS:
            return run()
        key = job_key(reader, group, targets, options)
        data = self.store.get("read", key)
        if data is not None:
            try:
                result = decode_result(data)
            except CorruptEntry:
                self.store.discard("read", key)
            else:
                self.counts["jobs_reused"] += 1
                self.counts["files_reused"] += len(targets)
                return result
        result = run()
        self.counts["jobs_read"] += 1
        self.counts["files_read"] += len(targets)
        self.store.put("read", key, encode_result(result))
        return result

    def classify(self, fields: Sequence[Field], profiles: dict[str, ValueProfile],
                 classify: Callable[[], list[Classification]]) -> list[Classification]:
        """The classifications of ``fields`` from the cache, else ``classify()``'s (then stored)."""
        if not self.enabled:
            return classify()
        plain = encode_result(ReadResult(list(fields), profiles=profiles))
        key = digest([self.classifier_key, plain["fields"], plain["profiles"]])
        data = self.store.get("classify", key)
        if data is not None:
            try:
                found = decode_classifications(data)
            except CorruptEntry:
                self.store.discard("classify", key)
            else:
                if len(found) == len(fields):
                    self.counts["classify_reused"] += 1
                    return found
        result = classify()
        self.counts["classify_run"] += 1
        self.store.put("classify", key, encode_classifications(result))
        return result

    def close(self) -> None:
        """Keep the cache folder within its size cap."""
        self.store.evict()
