"""The content-hash cache of a scan: readers' results per job, classifications per estate.

A read job (one file, a dbt project, a migrations folder, or every loose SQL or
Python file of the scan at once) is keyed by its reader, its targets, the
sha256 of every byte it reads, the read options and the build (datamap's
version and a hash of its own code and knowledge data). Its result is stored as
plain JSON data, and beside it a small summary: a digest of what the job found
(its fields, profiles, nodes, edges and errors), its counts and the lineage
nodes it names (hashed), so that a check can tell whether the jobs it read
afresh found what they found before, and which jobs meet in the lineage graph,
without decoding any other job. Classifications are keyed by what the classifier reads
of every field and value profile (``scanner.classify.reads``: not where a field
was seen, so an edit that only moves lines reuses them, with the current places
put back) and by what configures the classifier (policy extensions, knowledge
files). Database targets are never cached. See ``docs/ci.md``.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog.model import Classification, Field, ReadResult, ValueProfile, field_node_id
from catalog.moves import LineMoves
from scanner.cache.codec import (
    CorruptEntry,
    PlainResult,
    decode_classifications,
    decode_result,
    encode_classifications,
    encode_result,
    supported,
)
from scanner.cache.filestat import FileFacts
from scanner.cache.keys import build_id, digest, job_key
from scanner.cache.sources import SourceClassifier, reads_digest
from scanner.cache.store import MAX_BYTES, CacheStore
from scanner.classify.reads import at_evidence
from scanner.collector import no_gc
from scanner.options import ReadOptions

if TYPE_CHECKING:
    from scanner.classify.classifier import Classifier

__all__ = ["ScanCache", "CacheStore", "JobSummary"]

#: readers whose input is not a set of local files
UNCACHED_READERS = frozenset({"database"})


def _check_entry(data: object) -> None:
    if not (isinstance(data, dict) and isinstance(data.get("fields"), str) and "result" in data):
        raise CorruptEntry("unexpected cache data")


@dataclass(frozen=True)
class JobSummary:
    """What one read job found, in brief: a digest of everything but its counts, and its counts in order; and
    when it found what it found before, placed in lines an edit moved, the digest of what it found then and
    where those lines went."""

    output: str
    stats: tuple[tuple[str, int], ...]
    moved: tuple[str, LineMoves] | None = None
    #: the lineage nodes the job names, hashed (``links``); None when they are not known
    links: tuple[int, ...] | None = None

    def before_moves(self) -> JobSummary:
        """The summary of what the job found before its lines moved."""
        return self if self.moved is None else JobSummary(self.moved[0], self.stats, links=self.links)


def links(plain: dict[str, Any]) -> list[int] | None:
    """The lineage nodes an encoded result names (its columns, JSON keys inside them, nodes and the ends of
    its edges), each hashed to 32 bits: jobs that share none meet nowhere in the lineage graph (two names
    that collide only join two jobs that did not need it). None for records that are not a reader's."""
    try:
        fields = plain["fields"]
        names = {field_node_id(f[1], f[2], f[3]) for f in fields}
        nested = [(key, profile[3]) for key, profile in plain["profiles"] if profile[3]]
        if nested:  # a JSON key's node is its column's, one level down
            columns = {Field(f[0], f[1], f[2], f[3]).key: (f[1], f[2], f[3]) for f in fields}
            for key, paths in nested:
                dataset, table, name = columns.get(key, (None, "", ""))
                names.update(field_node_id(dataset, table, f"{name}.{path}") for path in paths)
        names.update(node[0] for node in plain["nodes"])
        for edge in plain["edges"]:
            names.add(edge[0])
            names.add(edge[1])
        return sorted({zlib.crc32(name.encode()) for name in names})
    except (TypeError, IndexError, KeyError, ValueError, AttributeError):
        return None


def _output(plain: dict[str, Any]) -> str:
    """The digest of what an encoded result found (all but its counts)."""
    return digest([plain[name] for name in ("fields", "profiles", "nodes", "edges", "errors")])


def _summary(plain: dict[str, Any]) -> dict[str, Any]:
    """The summary of an encoded result (``encode_result``), as plain data."""
    return {"output": _output(plain), "stats": plain["stats"], "links": links(plain)}


def _moved_summary(result: ReadResult, plain: dict[str, Any], summary: dict[str, Any]) -> dict[str, Any]:
    """``summary`` of ``plain`` (``result`` encoded), naming also what the job found before its lines moved when
    ``result`` is a recorded output placed in moved lines."""
    if not (isinstance(result, PlainResult) and result.moves is not None and result.records is not None):
        return summary
    before = _output({**plain, **result.records})
    return {**summary, "moved": [before, result.moves.plain()]}


def _to_summary(data: object) -> JobSummary:
    if not (isinstance(data, dict) and isinstance(data.get("output"), str) and isinstance(data.get("stats"), list)):
        raise CorruptEntry("unexpected summary data")
    try:
        stats = tuple((name, count) for name, count in data["stats"])
    except (TypeError, ValueError):
        raise CorruptEntry("unexpected summary counts") from None
    if not all(type(name) is str and type(count) is int for name, count in stats):
        raise CorruptEntry("unexpected summary counts")
    found = data.get("links")
    linked = tuple(found) if type(found) is list and all(type(link) is int for link in found) else None
    moved = data.get("moved")
    if moved is None:
        return JobSummary(data["output"], stats, links=linked)
    try:
        before, moves = moved
        if type(before) is not str:
            raise ValueError("unexpected summary of moved lines")
        return JobSummary(data["output"], stats, (before, LineMoves.from_plain(moves)), linked)
    except (TypeError, ValueError):
        raise CorruptEntry("unexpected summary of moved lines") from None


def _plain_reads_digest(fields: list[Any], profiles: Any) -> str:
    """``reads_digest`` of fields as ``encode_result`` writes them (``classifier_input`` of each, read off its
    plain data: every part but the referenced column and the evidence); ``CorruptEntry`` for other data."""
    try:
        return digest([[[*f[:7], None if f[7] is None else f[7][0], f[8]] for f in fields], profiles])
    except (TypeError, IndexError, KeyError):
        raise CorruptEntry("unexpected fields") from None


def _to_classified(data: object) -> tuple[list[Classification], dict[str, frozenset[str]], str]:
    """A kept ``classify`` entry: the classifications, each source's person tables and the estate's digest."""
    if not (isinstance(data, dict) and type(data.get("estate")) is str and type(data.get("persons")) is list):
        raise CorruptEntry("unexpected classifications")
    try:
        persons = {source: frozenset(tables) for source, tables in data["persons"]}
    except (TypeError, ValueError):
        raise CorruptEntry("unexpected person tables") from None
    if not all(type(s) is str and all(type(t) is str for t in tables) for s, tables in persons.items()):
        raise CorruptEntry("unexpected person tables")
    return decode_classifications(data.get("classifications")), persons, data["estate"]


def _placed(found: list[Classification], fields: Sequence[Field]) -> list[Classification] | None:
    """Kept classifications of fields the classifier reads alike, as classifying ``fields`` gives them
    (``at_evidence``); None when they do not fit ``fields``."""
    if len(found) != len(fields):
        return None
    placed = [at_evidence(c, f) if c.pinned else c for c, f in zip(found, fields, strict=True)]
    return None if any(c is None for c in placed) else placed  # type: ignore[return-value]


class ScanCache:
    """Reuses what an earlier scan read from the same bytes; counts what it read afresh."""

    def __init__(self, folder: Path, version: str, classifier_key: str = "", max_bytes: int = MAX_BYTES) -> None:
        self.store = CacheStore(folder, build_id(version), max_bytes)
        self.classifier_key = classifier_key
        self.enabled = supported()
        self.counts: Counter[str] = Counter()  # jobs_read/jobs_reused, files_read/files_reused, classify_*
        #: digests of the fields and profiles of the jobs read so far, in order; None once a job is not cached
        self.field_digests: list[str] | None = []
        #: results read afresh by this cache (job key -> result, fields digest and summary), handed out again unread
        self._fresh: dict[str, tuple[ReadResult, str, dict[str, Any]]] = {}
        self._keys: dict[tuple[str, bool, tuple[str, ...], ReadOptions], str] = {}
        self.facts = FileFacts(self.store)  # files' hashes (and suppression comments) by their stat signature
        #: after ``classify``: each source's person tables and the digest of the estate's (None: not known)
        self.persons: dict[str, frozenset[str]] | None = None
        self.estate: str | None = None

    def job_key(self, reader: str, group: bool, targets: Sequence[str], options: ReadOptions) -> str:
        """``job_key``, hashed once per cache: a cache lives for one check or scan, while files stay put."""
        ask = (reader, group, tuple(targets), options)
        found = self._keys.get(ask)
        if found is None:
            found = self._keys[ask] = job_key(reader, group, targets, options, self.facts.digest)
        return found

    def read(self, reader: str, group: bool, targets: Sequence[str], options: ReadOptions,
             run: Callable[[], ReadResult]) -> ReadResult:
        """The job's result from the cache, else ``run()``'s (then stored)."""
        if not self.enabled or reader in UNCACHED_READERS:
            self.field_digests = None
            return run()
        return self._read(self.job_key(reader, group, targets, options), targets, run)

    def summary(self, reader: str, group: bool, targets: Sequence[str], options: ReadOptions,
                run: Callable[[], ReadResult]) -> JobSummary | None:
        """The job's summary from the cache, else read the job (from the cache, else by ``run()``) and
        summarise it; None for a job that is never cached. A job read afresh here is kept in memory, so that
        a ``read`` of it in the same check neither runs nor counts it again."""
        if not self.enabled or reader in UNCACHED_READERS:
            return None
        key = self.job_key(reader, group, targets, options)
        data = self.store.get("summary", key)
        if data is not None:
            try:
                found = _to_summary(data)
            except CorruptEntry:
                self.store.discard("summary", key)
            else:
                self.counts["jobs_reused"] += 1
                self.counts["files_reused"] += len(targets)
                return found
        result = self._read(key, targets, run)
        fresh = self._fresh.get(key)
        if fresh is not None:  # run now: its summary was made with it
            return _to_summary(fresh[2])
        with no_gc():  # read from an entry kept without a summary (or with a corrupt one)
            data = _summary(encode_result(result))
        self.store.put("summary", key, data)
        return _to_summary(data)

    def _read(self, key: str, targets: Sequence[str], run: Callable[[], ReadResult]) -> ReadResult:
        fresh = self._fresh.get(key)
        if fresh is None:
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
            fresh = self._fresh[key] = self._run(key, run)
        self.counts["jobs_read"] += 1
        self.counts["files_read"] += len(targets)
        self._read_job(fresh[1])
        return fresh[0]

    def _run(self, key: str, run: Callable[[], ReadResult]) -> tuple[ReadResult, str, dict[str, Any]]:
        """``run()``'s result, the digest of its fields and profiles and its summary, all stored."""
        result = run()
        with no_gc():
            plain = encode_result(result)
            try:
                fields = _plain_reads_digest(plain["fields"], plain["profiles"])
            except CorruptEntry:  # kept records that are not a reader's: the result is made afresh
                result.fields  # noqa: B018 - reading them decodes them, or gives way to the result made afresh
                plain = encode_result(result)
                fields = _plain_reads_digest(plain["fields"], plain["profiles"])
            self.store.put("read", key, {"result": plain, "fields": fields})
            summary = _moved_summary(result, plain, _summary(plain))
            self.store.put("summary", key, summary)
        return result, fields, summary

    def begin_scan(self) -> None:
        """A new scan starts: forget the field digests and counts of the last one (a job read afresh since
        this cache was made counts as read again)."""
        self.field_digests = []
        self.counts.clear()

    def _read_job(self, fields: str) -> None:
        if self.field_digests is not None:
            self.field_digests.append(fields)

    def fields_key(self, fields: Sequence[Field], profiles: dict[str, ValueProfile],
                   plain: list[Any] | None = None) -> str:
        """What the classifier reads, hashed: the digests of what it reads of the fields and profiles of every
        job read, in the order the scan merged them (stored with each job, so never worked out again), else
        of every field and profile now (``plain``: the profiles encoded, when they are at hand)."""
        if self.field_digests is not None:
            return digest([self.classifier_key, "jobs", self.field_digests])
        if plain is None:
            plain = encode_result(ReadResult([], profiles=profiles))["profiles"]
        return digest([self.classifier_key, reads_digest(fields, plain)])

    def classify(self, fields: Sequence[Field], profiles: dict[str, ValueProfile],
                 classifier: Callable[[], Classifier], others: frozenset[str] = frozenset()) -> list[Classification]:
        """The classifications of ``fields`` from the cache, else classified by ``classifier()`` (built
        only when needed) source by source, each source's from the cache when what it reads is unchanged
        (``scanner.cache.sources``); then stored. ``others``: the person tables of the rest of the estate,
        when ``fields`` are some of its sources. Leaves each source's person tables in ``persons`` and the
        digest of the estate's in ``estate``.

        Keyed by the jobs' field digests when every job of this scan went through ``read`` in the order the
        scan merged them (``scanner.pipeline.read_all``); a job that failed adds none."""
        self.persons, self.estate = None, None
        if not self.enabled:
            return classifier().classify_fields(fields, profiles, classifier().persons(fields) | others if others
                                                else None)
        with no_gc():
            plain = encode_result(ReadResult([], profiles=profiles))["profiles"]
        key = self.fields_key(fields, profiles, plain)
        if others:
            key = digest([key, sorted(others)])
        data = self.store.get("classify", key)
        if data is not None:
            try:
                found, persons, estate = _to_classified(data)
            except CorruptEntry:
                self.store.discard("classify", key)
            else:
                placed = _placed(found, fields)
                if placed is not None:
                    self.counts["classify_reused"] += 1
                    self.persons, self.estate = persons, estate
                    return placed
                self.store.discard("classify", key)
        sources = SourceClassifier(self.store, self.classifier_key, self.counts)
        result = sources.classify(fields, profiles, dict(plain), classifier, others)
        self.persons, self.estate = sources.persons, sources.estate
        self.counts["classify_run"] += 1
        self.store.put("classify", key, {"classifications": encode_classifications(result), "estate": sources.estate,
                                         "persons": [[s, sorted(t)] for s, t in sources.persons.items()]})
        return result

    def close(self) -> None:
        """Keep what was learned of the files; keep the cache folder within its size cap."""
        self.facts.save()
        self.store.evict()
