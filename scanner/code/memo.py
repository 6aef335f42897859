"""Function runs kept between scans: a run is reused when its module and every fact it read are the same.

Entries are per bucket of modules (a few dozen files to write rather than one
per module), keyed by the repository's shape (every module's name, imports and
top-level names, every function's signature, every class's bases and methods,
the models and their fields, the SQL schema they give; a function's line is a
fact, "pos", read where an output places something at it). A bucket holds
each module's content hash and, per function, a few recorded runs: the digests
of the facts the run read, what it changed, and what it emitted; a module whose
hash differs has none. Entries are plain JSON data in the scan's cache store;
one that does not decode is ignored. See ``scanner.code.tape``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from catalog.model import Field
from scanner.cache.codec import (
    CorruptEntry,
    _edge,
    _field,
    _node,
    _to_edge,
    _to_field,
    _to_node,
)
from scanner.cache.store import CacheStore
from scanner.code.callgraph import FunctionInfo, RepoIndex
from scanner.code.context import Context
from scanner.code.emit import Emitter
from scanner.code.models import ModelReader
from scanner.code.source import SourceModule
from scanner.code.tape import Tape, checked_effects, digest_of, outcome_digests

#: recorded runs kept per function (the newest first)
MAX_VARIANTS = 4
_KIND = "pyfunc"
#: the layout of the entries; a change makes every kept run foreign (ignored)
FORMAT = 3
#: modules are kept in this many buckets
BUCKETS = 64


def repository_shape(modules: Sequence[SourceModule], index: RepoIndex, models: ModelReader,
                     ctx: Context, knowledge: Sequence[str] = ()) -> str:
    """The digest of everything a function may learn about code outside its own lines (``knowledge``: digests
    of users' knowledge files, such as extra recipients)."""
    data: list[Any] = [list(knowledge),
        [[m.path, m.name, m.package, sorted(m.imports.items()), sorted(index.globals.get(m.name, ()))]
         for m in modules],
        [[q, f.module.path, f.local, f.cls, list(f.params), f.bound]
         for q, f in index.functions.items()],
        [[q, c.module.path, list(c.bases), list(c.decorators), sorted(c.keyword_dumps),
          sorted(c.methods.items())] for q, c in index.classes.items()],
        [[key, m.kind, m.dataset, m.table, m.db, [[a, _field(f)] for a, f in m.attrs.items()],
          sorted(m.relations.items())] for key, m in models.models.items()],
        sorted(models.settings), ctx.email_host, sorted((k, list(v)) for k, v in ctx.schema.items()),
        list(ctx.dialects),
    ]
    return digest_of(data)


def as_variant(tape: Tape, emitted: list[Any], stats: Counter[str], observations: list[Any], deps: set[Any]
               ) -> list[Any]:
    """A run as plain data: the facts it read (with their digests), its effects, its output (``plain_emitter``),
    stats, observations, the facts it depends on, and the two digests of ``outcome_digests``."""
    plain_observations, plain_deps = [[list(key), state] for key, state in observations], sorted(deps)
    return [[[kind, owner, value] for (kind, owner), value in tape.reads.items()], tape.effects, emitted,
            list(stats.items()), plain_observations, plain_deps,
            *outcome_digests(tape.effects, plain_observations, plain_deps, emitted)]


def plain_emitter(emitter: Emitter) -> list[Any]:
    return [[[k, _field(f)] for k, f in emitter.fields.items()], [_node(n) for n in emitter.nodes.values()],
            [_edge(e) for e in emitter.edges.values()], [[k, _field(f)] for k, f in emitter.pending.items()]]


class RecordedOutput:
    """What a recorded run emitted, as plain data, decoded item by item only when a merge first needs it:
    the same field, node or edge is emitted by many functions, and a merge keeps only the first."""

    active = True  # replayed warnings count as emitted

    def __init__(self, data: Any) -> None:
        fields, nodes, edges, pending = data
        self._fields = {str(k): f for k, f in fields}
        self._nodes = {str(n[0]): n for n in nodes}
        self._edges = {(str(e[0]), str(e[1]), str(e[2]), e[6], e[4]): e for e in edges}
        self._pending = {str(k): f for k, f in pending}
        self._decoded: dict[tuple[str, object], Any] = {}

    def _get(self, table: str, key: Any, plain: Any, decode: Any) -> Any:
        found = self._decoded.get((table, key))
        if found is None:
            try:
                found = self._decoded[(table, key)] = decode(plain)
            except (TypeError, ValueError, KeyError) as error:
                raise CorruptEntry(f"recorded {table}: {error}") from None
        return found

    def merge_into(self, merged: Emitter) -> None:
        """Add what ``merged`` lacks (the first emitter to name a key wins, as for live emitters)."""
        for key, plain in self._nodes.items():
            if key not in merged.nodes:
                merged.nodes[key] = self._get("node", key, plain, _to_node)
        for edge_key, plain in self._edges.items():
            if edge_key not in merged.edges:
                merged.edges[edge_key] = self._get("edge", edge_key, plain, _to_edge)
        for key, plain in self._fields.items():
            if key not in merged.fields:
                merged.fields[key] = self._get("field", key, plain, _to_field)

    def pending_keys(self) -> Iterable[str]:
        """The fields this run named but did not link (kept if another run's edge uses them)."""
        return self._pending.keys()

    def pending_field(self, key: str) -> Field:
        found: Field = self._get("pending", key, self._pending[key], _to_field)
        return found


#: the emitter a replay runs against: active, and never written to (effects hold no output)
_REPLAYING = Emitter(True)


class FunctionMemo:
    """Recorded runs of the repository's functions, loaded per module from ``store``."""

    def __init__(self, store: CacheStore, shape: str) -> None:
        self.store, self.shape = store, shape
        self._buckets: dict[str, dict[str, Any]] = {}  # bucket key -> module path -> [content hash, functions]
        self._entries: dict[str, dict[str, list[Any]]] = {}  # module path -> qualname -> variants
        self._keys: dict[str, str] = {}  # module path -> bucket key
        self._dirty: set[str] = set()
        self.counts: Counter[str] = Counter()

    def _entry(self, module: SourceModule) -> dict[str, list[Any]]:
        found = self._entries.get(module.path)
        if found is None:
            bucket_no = int(digest_of(module.path)[:6], 16) % BUCKETS
            key = self._keys[module.path] = digest_of([_KIND, FORMAT, self.shape, bucket_no])
            bucket = self._buckets.get(key)
            if bucket is None:
                data = self.store.get(_KIND, key)
                bucket = self._buckets[key] = data if isinstance(data, dict) else {}
            kept = bucket.get(module.path)
            found = kept[1] if isinstance(kept, list) and len(kept) == 2 and kept[0] == module.digest \
                and isinstance(kept[1], dict) else {}
            self._entries[module.path] = found
        return found

    def reuse(self, ctx: Context,
              func: FunctionInfo) -> tuple[RecordedOutput, Counter[str], list[Any], set[Any], list[Any]] | None:
        """A recorded run of ``func`` whose facts all have their current values, replayed; else None. The run's
        parts come with the recorded variant itself (see ``as_variant``)."""
        variants = self._entry(func.module).get(func.qualname)
        for variant in variants if isinstance(variants, list) else ():
            try:
                reads, effects, emitted, stats, observations, deps, done, made = variant
                if not (isinstance(done, str) and isinstance(made, str)):
                    raise ValueError("unexpected digests")
                if not all(ctx.fact_digest(kind, owner) == value for kind, owner, value in reads):
                    continue
                changes = checked_effects(effects)
                emitter = RecordedOutput(emitted)
                observed = [((str(f), p if p is None else str(p)), str(state)) for (f, p), state in observations]
                run = (emitter, Counter({str(k): int(v) for k, v in stats}), observed,
                       {(str(kind), str(owner)) for kind, owner in deps}, variant)
            except (TypeError, ValueError, KeyError):
                self.counts["memo_rejected"] += 1
                continue
            saved = ctx.emitter
            ctx.emitter = _REPLAYING  # replayed effects emit nothing; their warnings count, as the run's did
            try:
                ctx.replay(changes)
            finally:
                ctx.emitter = saved
            ctx.params.replay(observed)
            self.counts["functions_reused"] += 1
            return run
        return None

    def output(self, func: FunctionInfo, digest: str) -> RecordedOutput | None:
        """What a recorded run of ``func`` whose output has ``digest`` emitted (None when none is kept)."""
        variants = self._entry(func.module).get(func.qualname)
        for variant in variants if isinstance(variants, list) else ():
            if isinstance(variant, list) and len(variant) == 8 and variant[7] == digest:
                try:
                    return RecordedOutput(variant[2])
                except (TypeError, ValueError, KeyError, IndexError):
                    return None
        return None

    def plain_output(self, func: FunctionInfo, digest: str) -> list[Any] | None:
        """What a recorded run of ``func`` whose output has ``digest`` emitted, as plain data (None: not kept),
        whichever text of its module it ran on: the digest names the output."""
        self._entry(func.module)
        kept = self._buckets[self._keys[func.module.path]].get(func.module.path)
        variants = kept[1].get(func.qualname) if isinstance(kept, list) and len(kept) == 2 \
            and isinstance(kept[1], dict) else None
        for variant in variants if isinstance(variants, list) else ():
            if isinstance(variant, list) and len(variant) == 8 and variant[7] == digest:
                return variant[2] if isinstance(variant[2], list) and len(variant[2]) == 4 else None
        return None

    def record(self, func: FunctionInfo, variant: list[Any]) -> None:
        """Keep a fresh run of ``func`` (its ``as_variant``) for later scans."""
        self.counts["functions_run"] += 1
        entry = self._entry(func.module)
        old = entry.get(func.qualname)
        entry[func.qualname] = [variant, *(old if isinstance(old, list) else [])][:MAX_VARIANTS]
        key = self._keys[func.module.path]
        self._buckets[key][func.module.path] = [func.module.digest, entry]
        self._dirty.add(key)

    def discard(self) -> None:
        """Remove every entry this memo loaded from the store, and forget them."""
        for key in self._buckets:
            self.store.discard(_KIND, key)
        self._buckets.clear()
        self._entries.clear()
        self._keys.clear()
        self._dirty.clear()

    def save(self) -> None:
        """Write the buckets holding modules whose functions ran afresh."""
        for key in sorted(self._dirty):
            self.store.put(_KIND, key, self._buckets[key])
        self._dirty.clear()
