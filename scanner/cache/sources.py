"""Classifications kept per source, so that a changed file classifies only its own fields again.

The classifier reads each source (one schema file, one module) on its own but for one thing of the
whole estate: which tables hold persons (``Classifier.persons``), the union of what each source says.
So a source's classifications are kept under what the classifier reads of its fields, beside the
person tables it names and a digest of the estate's person tables they were made with. A check after
one file changed works out the person tables of that source alone, and classifies again that source,
and every other one only when the estate's person tables changed.

All sources of one classifier configuration share one entry (a pack), read and written once per scan:
a thousand small entries would cost more to open than the classifier saves. Sources of other estates
(another branch, the base of ``--diff``) stay in the pack, up to ``KEPT_PER_SOURCE`` times the sources
of the estate just classified, and at least ``KEPT_AT_LEAST``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from catalog.model import Classification, Field, ValueProfile
from scanner.cache.codec import CorruptEntry, decode_classifications, encode_classifications, no_gc
from scanner.cache.keys import digest
from scanner.cache.store import CacheStore
from scanner.classify.reads import at_evidence, classifier_input

if TYPE_CHECKING:
    from scanner.classify.classifier import Classifier

KIND = "classify-sources"
#: how many sources the pack keeps, as a multiple of the estate's
KEPT_PER_SOURCE = 3
#: how many sources the pack keeps at least (a small estate scanned between two of a large one)
KEPT_AT_LEAST = 5000

_Kept = tuple[frozenset[str], str, list[Any]]  # person tables, the estate's they were classified with, plain


def _kept(value: Any) -> _Kept | None:
    """A pack's item, checked; None for anything else."""
    if not (type(value) is list and len(value) == 3 and type(value[0]) is list and type(value[1]) is str
            and type(value[2]) is list and all(type(name) is str for name in value[0])):
        return None
    return frozenset(value[0]), value[1], value[2]


def reads_digest(fields: Sequence[Field], profiles: Any) -> str:
    """A digest of what the classifier reads of ``fields`` and of their encoded ``profiles``."""
    return digest([[classifier_input(f) for f in fields], profiles])


class SourceClassifier:
    """Classifies the sources of an estate, each from the pack when what it reads is unchanged."""

    def __init__(self, store: CacheStore, classifier_key: str, counts: Counter[str]) -> None:
        self.store = store
        self.key = digest([classifier_key, KIND])
        self.counts = counts
        self.persons: dict[str, frozenset[str]] = {}  # each source's person tables, once classified
        self.estate = ""  # the digest of the estate's person tables, once classified

    def classify(self, fields: Sequence[Field], profiles: dict[str, ValueProfile],
                 plain_profiles: dict[str, Any], classifier: Callable[[], Classifier],
                 others: frozenset[str] = frozenset()) -> list[Classification]:
        """The classifications of ``fields`` (``plain_profiles``: their value profiles, encoded, by field
        key), in order; ``others``: the person tables the rest of the estate names, when ``fields`` are only
        some of its sources. Leaves each source's person tables in ``persons`` and the estate's digest in
        ``estate``."""
        groups: dict[str, list[int]] = {}
        for index, item in enumerate(fields):
            groups.setdefault(item.source, []).append(index)
        keys = {source: self._source_key([fields[i] for i in indexes], plain_profiles)
                for source, indexes in groups.items()}
        pack = self._pack()
        kept = {source: entry for source, key in keys.items() if (entry := _kept(pack.get(key))) is not None}
        persons = {source: kept[source][0] if source in kept else
                   classifier().persons([fields[i] for i in indexes]) for source, indexes in groups.items()}
        everyone = frozenset().union(others, *persons.values())
        estate = self.estate = digest(sorted(everyone))
        self.persons = persons
        out: list[Classification | None] = [None] * len(fields)
        fresh: dict[str, list[Any]] = {}
        reuse = [source for source in groups if source in kept and kept[source][1] == estate]
        placed = self._placed(reuse, groups, kept, fields)
        for source, indexes in groups.items():
            found = placed.get(source)
            if found is None:
                found = classifier().classify_fields([fields[i] for i in indexes], profiles, everyone)
                with no_gc():
                    fresh[keys[source]] = [sorted(persons[source]), estate, encode_classifications(found)]
                self.counts["classify_sources_run"] += 1
            else:
                self.counts["classify_sources_reused"] += 1
            for index, classification in zip(indexes, found, strict=True):
                out[index] = classification
        if fresh:
            self._save(pack, keys, fresh)
        return out  # type: ignore[return-value]

    def _source_key(self, fields: list[Field], plain_profiles: dict[str, Any]) -> str:
        return reads_digest(fields, [[f.key, plain_profiles[f.key]] for f in fields if f.key in plain_profiles])

    def _pack(self) -> dict[str, Any]:
        data = self.store.get(KIND, self.key)
        if type(data) is not dict:
            if data is not None:
                self.store.discard(KIND, self.key)
            return {}
        return data

    def _placed(self, reuse: list[str], groups: dict[str, list[int]], kept: dict[str, _Kept],
                fields: Sequence[Field]) -> dict[str, list[Classification]]:
        """The kept classifications of the sources in ``reuse``, decoded at once (columns of one name
        share their signals) and placed at their fields (``at_evidence``); a source whose kept ones do not
        fit is left out, to be classified again."""
        plain = [item for source in reuse for item in kept[source][2]]
        try:
            decoded = decode_classifications(plain)
        except CorruptEntry:
            return {}
        placed: dict[str, list[Classification]] = {}
        start = 0
        for source in reuse:
            indexes = groups[source]
            found = decoded[start:start + len(kept[source][2])]
            start += len(kept[source][2])
            if len(found) != len(indexes):
                continue
            moved = [at_evidence(c, fields[i]) if c.pinned else c for c, i in zip(found, indexes, strict=True)]
            if all(c is not None for c in moved):
                placed[source] = moved  # type: ignore[assignment]
        return placed

    def _save(self, pack: dict[str, Any], keys: dict[str, str], fresh: dict[str, list[Any]]) -> None:
        """The pack with this estate's sources first, then others kept before, up to its cap."""
        current = set(keys.values())
        items = {key: fresh.get(key, pack.get(key)) for key in keys.values()}
        room = max(KEPT_PER_SOURCE * len(items), KEPT_AT_LEAST)
        for key, value in pack.items():
            if len(items) >= room:
                break
            if key not in current:
                items[key] = value
        self.store.put(KIND, self.key, {k: v for k, v in items.items() if v is not None})
