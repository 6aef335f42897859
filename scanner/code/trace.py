"""The schedule of the last full analysis, kept so that a later read after an edit checks the edited modules alone.

A full analysis records, per module, every step it ran (the module's top level
each round, each function whenever it ran or was replayed): the facts the step
read with their digests, the digest of what it did to the shared state (its
effects on the facts, its parameter observations, the facts it depends on; for
a top level also whether it changed its globals and to what) and the digest of
its output. The values behind every digest are kept too, by the module that
owns the fact, and the analysis's output with the stats of each last-round step
(and a top level's output: a function's is in the memo).

Entries are plain JSON data in the scan's cache store: one per repository shape
(module digests, stats, which modules read the lines of another's functions,
which were edited since), one holding the output, and one per bucket of modules
(their steps and facts; a few dozen files to write rather than one per module).
See ``scanner.code.incremental`` for how they are used.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from catalog.model import ReadResult
from catalog.moves import line_digests
from scanner.cache.codec import CorruptEntry, PlainResult, decode_result, encode_result
from scanner.cache.store import CacheStore
from scanner.code.callgraph import RepoIndex
from scanner.code.source import SourceModule
from scanner.code.tape import Fact, digest_of, outcome_digests

_KIND = "pytrace"
#: modules are kept in this many buckets
BUCKETS = 64
#: the layout of the entries; a change makes every kept trace foreign (ignored)
FORMAT = 4
#: one recorded step: [round, function qualname or None (top level), the facts read as positions in the module's
#: table of [kind, owner, digest], digest of what it did to the shared state, position among the last round's steps
#: (-1: not in it), stats (last-round steps only) as [[name, count]...], digest of its output, and a last-round top
#: level's output as ``memo.plain_emitter`` gives it (else None)] (see ``tape.outcome_digests``)
Step = list[Any]


def outcome(variant: list[Any], extra: object = None) -> tuple[str, str]:
    """The digests of what a step did (from ``memo.as_variant``): to the shared state, and as output."""
    if extra is None:
        return variant[6], variant[7]
    _, effects, _, _, observations, deps, _, made = variant
    return outcome_digests(effects, observations, deps, [], extra)[0], made


def interfaces(index: RepoIndex, modules: Sequence[SourceModule]) -> dict[str, str]:
    """Per module path, the digest of what other modules see of it beyond the repository shape: its functions'
    decorators (they make a function an entry point)."""
    found: dict[str, list[Any]] = {}
    for qualname, info in index.functions.items():
        if info.decorators:
            found.setdefault(info.module.path, []).append([qualname, list(info.decorators)])
    return {m.path: digest_of(found.get(m.path, [])) for m in modules}


def owner_path(index: RepoIndex, kind: str, owner: str) -> str:
    """The path of the module a fact belongs to ("" when none does)."""
    if kind in ("ret", "ptype", "params", "pos"):
        func = index.functions.get(owner)
        return func.module.path if func else ""
    if kind == "cls":
        cls = index.classes.get(owner)
        return cls.module.path if cls else ""
    module = index.modules.get(owner) if kind == "glob" else None
    return module.path if module else ""


def global_key(shape: str) -> str:
    return digest_of([_KIND, FORMAT, shape])


def output_key(trace_id: str) -> str:
    return digest_of([_KIND, FORMAT, trace_id, "output"])


@functools.lru_cache(maxsize=4096)
def bucket_key(trace_id: str, path: str) -> str:
    """The key of the bucket holding the steps of the module at ``path`` and the facts it owns."""
    return digest_of([_KIND, FORMAT, trace_id, int(digest_of(path)[:6], 16) % BUCKETS])


class TraceRecorder:
    """Collects the steps of one full analysis."""

    def __init__(self) -> None:
        self.steps: dict[str, list[Step]] = {}
        self.reads: dict[str, dict[tuple[str, str, str], int]] = {}
        self._latest: dict[tuple[str, str | None], Step] = {}
        self._emitted: dict[str, list[Any] | None] = {}
        self.first: dict[str, int] = {}

    def step(self, path: str, round_no: int, qualname: str | None, reads: Iterable[Any], digests: tuple[str, str],
             emitted: list[Any] | None = None) -> None:
        """A step that ran (``emitted``: a top level's output, kept if the step is in the last round)."""
        table = self.reads.setdefault(path, {})
        step: Step = [round_no, qualname, [table.setdefault((k, o, d), len(table)) for k, o, d in reads],
                      digests[0], -1, [], digests[1], None]
        self.steps.setdefault(path, []).append(step)
        self._latest[(path, qualname)] = step
        if qualname is None:
            self._emitted[path] = emitted

    def finish(self, keys: Sequence[tuple[str, str | None]], stats: Sequence[Counter[str]]) -> None:
        """The last round's steps, in order (``keys``: path and qualname of each), and their stats."""
        for position, (key, counts) in enumerate(zip(keys, stats, strict=True)):
            step = self._latest[key]
            step[4], step[5] = position, list(counts.items())
            if key[1] is None:
                step[7] = self._emitted[key[0]]
            for name in counts:
                self.first.setdefault(name, position)

    def save(self, store: CacheStore, shape: str, modules: Sequence[SourceModule], index: RepoIndex,
             history: dict[Fact, dict[str, object]], output: ReadResult) -> None:
        """Write the trace: one entry per module, then the one that names them (``output``: what the analysis
        emitted, its warnings and summed stats)."""
        digests = {m.path: m.digest for m in modules}
        trace_id = digest_of([shape, sorted(digests.items())])
        buckets: dict[str, dict[str, Any]] = {}

        def bucket_of(path: str) -> dict[str, Any]:
            return buckets.setdefault(bucket_key(trace_id, path), {"steps": {}, "reads": {}, "facts": [], "lines": {}})

        for path, steps in self.steps.items():
            bucket = bucket_of(path)
            bucket["steps"][path], bucket["reads"][path] = steps, list(self.reads[path])
        for module in modules:
            bucket_of(module.path)["lines"][module.path] = line_digests(module.lines)
        for (kind, owner), values in history.items():
            bucket_of(owner_path(index, kind, owner))["facts"].append([kind, owner, list(values.items())])
        for key in sorted(buckets):
            store.put(_KIND, key, buckets[key])
        store.put(_KIND, output_key(trace_id), encode_result(output))
        store.put(_KIND, global_key(shape), {"id": trace_id, "digests": digests, "faces": interfaces(index, modules),
                                             "stats": list(output.stats.items()), "first": self.first,
                                             "readers": self.readers(index), "since": []})

    def readers(self, index: RepoIndex) -> dict[str, list[str]]:
        """Per module path, the other modules with a step that read the line of one of its functions."""
        found: dict[str, set[str]] = {}
        for path, table in self.reads.items():
            for kind, owner, _ in table:
                if kind == "pos" and (owner_path(index, kind, owner) or path) != path:
                    found.setdefault(owner_path(index, kind, owner), set()).add(path)
        return {path: sorted(paths) for path, paths in found.items()}


class Previous:
    """The trace a store holds for a repository shape; ``KeyError``/``TypeError``/``ValueError`` for foreign data."""

    def __init__(self, store: CacheStore, shape: str, index: RepoIndex) -> None:
        self.store, self.shape, self.index = store, shape, index
        data = store.get(_KIND, global_key(shape))
        if not isinstance(data, dict):
            raise KeyError("no trace")
        self.data = data
        self.id: str = data["id"]
        self.digests: dict[str, str] = data["digests"]
        self.faces: dict[str, str] = data["faces"]
        self.first: dict[str, int] = data["first"]
        self.readers: dict[str, list[str]] = data["readers"]
        self.since: list[str] = data["since"]  # modules edited since the analysis (their steps' reads are older)
        if not (isinstance(self.id, str) and isinstance(self.digests, dict) and isinstance(self.faces, dict)
                and isinstance(self.first, dict) and isinstance(self.readers, dict) and isinstance(self.since, list)):
            raise ValueError("foreign trace")
        self._buckets: dict[str, dict[str, Any]] = {}
        self._facts: dict[str, dict[Fact, dict[str, Any]]] = {}
        self._finals: dict[str, dict[str | None, Step]] = {}

    def _bucket(self, path: str) -> dict[str, Any]:
        key = bucket_key(self.id, path)
        found = self._buckets.get(key)
        if found is None:
            found = self.store.get(_KIND, key)
            if not isinstance(found, dict):
                raise KeyError(f"no trace of {path}")
            self._buckets[key] = found
        return found

    def steps(self, path: str) -> list[Step]:
        """The steps of the module at ``path``, each with the facts it read as [kind, owner, digest]."""
        bucket = self._bucket(path)
        table = bucket["reads"][path]
        return [[*step[:2], [table[n] for n in step[2]], *step[3:]] for step in bucket["steps"][path]]

    def finals(self, path: str) -> dict[str | None, Step]:
        """The last-round steps of the module at ``path`` by qualname (None: its top level), as stored."""
        found = self._finals.get(path)
        if found is None:
            found = self._finals[path] = {step[1]: step for step in self._bucket(path)["steps"][path] if step[4] >= 0}
        return found

    def lines(self, path: str) -> str | None:
        """The ``line_digests`` of the text of the module at ``path`` that its recorded outputs place things in."""
        found = self._bucket(path).get("lines", {}).get(path)
        return found if isinstance(found, str) else None

    def keep_outputs(self, changed: Iterable[tuple[str, str | None, str, list[Any], list[Any]]],
                     output: ReadResult | None, texts: dict[str, list[str]],
                     recorded: dict[tuple[str, str | None], list[Any]]) -> None:
        """Record new outputs of last-round steps (path, qualname, digest, plain output, stats) and the merged
        ``output``, now placed in the current lines of the modules at ``texts`` (their text's lines). Without
        ``output`` only the stats are recorded: the outputs stay, placed in the earlier lines, and a function's
        is kept here (from ``recorded``) as its module's runs in the memo are replaced."""
        keys = set()
        for path, qualname, digest, emitted, stats in changed:
            step = self.finals(path)[qualname]
            step[5] = stats
            if output is not None:
                step[6] = digest
                step[7] = emitted if qualname is None else None
            elif (path, qualname) in recorded:
                step[7] = recorded[(path, qualname)]
            keys.add(bucket_key(self.id, path))
        if output is not None:
            for path, lines in texts.items():
                bucket = self._bucket(path)
                bucket.setdefault("lines", {})[path] = line_digests(lines)
                keys.add(bucket_key(self.id, path))
        for key in sorted(keys):
            self.store.put(_KIND, key, self._buckets[key])
        if output is not None:
            self.store.put(_KIND, output_key(self.id), encode_result(output))

    def value(self, kind: str, owner: str, digest: str) -> Any:
        """The value a fact had when its digest was ``digest``."""
        key = bucket_key(self.id, owner_path(self.index, kind, owner))
        facts = self._facts.get(key)
        if facts is None:
            data = self._bucket(owner_path(self.index, kind, owner))["facts"]
            facts = self._facts[key] = {(str(k), str(o)): dict(values) for k, o, values in data}
        return facts[(kind, owner)][digest]

    def output(self, records: bool = True, fallback: Callable[[], ReadResult] | None = None) -> ReadResult:
        """What the recorded analysis emitted (without ``records``: no fields, nodes, edges), its warnings and
        stats; ``CorruptEntry`` when foreign. With a ``fallback`` (the output made afresh), the fields, nodes
        and edges are decoded only when first read (``PlainResult``)."""
        data = self.store.get(_KIND, output_key(self.id))
        parts: dict[str, list[Any]] = {}
        if (fallback is not None or not records) and isinstance(data, dict):
            parts = {name: part for name in ("fields", "nodes", "edges") if isinstance(part := data.get(name), list)}
            data = {**data, "fields": [], "nodes": [], "edges": []}
        output = decode_result(data)
        output.stats = {str(name): int(count) for name, count in self.data["stats"]}
        if records and fallback is not None:
            if len(parts) != 3:
                raise CorruptEntry("unexpected recorded output")
            return PlainResult(parts, fallback, output.errors, output.profiles, output.stats)
        return output

    def updated(self, digests: dict[str, str], stats: dict[str, int], first: dict[str, int], since: list[str]
                ) -> dict[str, Any]:
        """The entry naming this trace once the modules have ``digests``, the stats are ``stats`` and the modules
        at ``since`` were edited since the analysis."""
        return {**self.data, "digests": digests, "stats": list(stats.items()), "first": first, "since": since}

    def save(self, data: dict[str, Any]) -> None:
        self.store.put(_KIND, global_key(self.shape), data)
