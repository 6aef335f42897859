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
    no_gc,
    supported,
)
from scanner.cache.keys import build_id, digest, job_key
from scanner.cache.store import MAX_BYTES, CacheStore
from scanner.options import ReadOptions

__all__ = ["ScanCache", "CacheStore"]

#: readers whose input is not a set of local files
UNCACHED_READERS = frozenset({"database"})


def _check_entry(data: object) -> None:
    if not (isinstance(data, dict) and isinstance(data.get("fields"), str) and "result" in data):
        raise CorruptEntry("unexpected cache data")


class ScanCache:
    """Reuses what an earlier scan read from the same bytes; counts what it read afresh."""

    def __init__(self, folder: Path, version: str, classifier_key: str = "", max_bytes: int = MAX_BYTES) -> None:
        self.store = CacheStore(folder, build_id(version), max_bytes)
        self.classifier_key = classifier_key
        self.enabled = supported()
        self.counts: Counter[str] = Counter()  # jobs_read/jobs_reused, files_read/files_reused, classify_*
        #: digests of the fields and profiles of the jobs read so far, in order; None once a job is not cached
        self.field_digests: list[str] | None = []

    def read(self, reader: str, group: bool, targets: Sequence[str], options: ReadOptions,
             run: Callable[[], ReadResult]) -> ReadResult:
        """The job's result from the cache, else ``run()``'s (then stored)."""
        if not self.enabled or reader in UNCACHED_READERS:
            self.field_digests = None
            return run()
        key = job_key(reader, group, targets, options)
        data = self.store.get("read", key)
        if data is not None:
            try:
                _check_entry(data)
                result = decode_result(data["result"])
            except CorruptEntry:
                self.store.discard("read", key)
            else:
                self.counts["jobs_reused"] += 1
                self.counts["files_reused"] += len(targets)
                self._read_job(data["fields"])
                return result
        result = run()
        self.counts["jobs_read"] += 1
        self.counts["files_read"] += len(targets)
        with no_gc():
            plain = encode_result(result)
            fields = digest([plain["fields"], plain["profiles"]])
            self._read_job(fields)
            self.store.put("read", key, {"result": plain, "fields": fields})
        return result

    def begin_scan(self) -> None:
        """A new scan starts: forget the field digests of the last one."""
        self.field_digests = []

    def _read_job(self, fields: str) -> None:
        if self.field_digests is not None:
            self.field_digests.append(fields)

    def fields_key(self, fields: Sequence[Field], profiles: dict[str, ValueProfile]) -> str:
        """What the classifier sees, hashed: the digests of the fields and profiles of every job read, in the
        order the scan merged them (stored with each job, so never encoded again), else every field and
        profile encoded now."""
        if self.field_digests is not None:
            return digest([self.classifier_key, "jobs", self.field_digests])
        plain = encode_result(ReadResult(list(fields), profiles=profiles))
        return digest([self.classifier_key, plain["fields"], plain["profiles"]])

    def classify(self, fields: Sequence[Field], profiles: dict[str, ValueProfile],
                 classify: Callable[[], list[Classification]]) -> list[Classification]:
        """The classifications of ``fields`` from the cache, else ``classify()``'s (then stored).

        Keyed by the jobs' field digests when every job of this scan went through ``read`` in the order the
        scan merged them (``scanner.pipeline.read_all``); a job that failed adds none."""
        if not self.enabled:
            return classify()
        key = self.fields_key(fields, profiles)
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
