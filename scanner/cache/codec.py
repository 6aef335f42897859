"""Readers' results and classifications as plain JSON data, and back, checked on the way in.

Each record is a list of its fields in a fixed order. Decoding checks every
value's type; anything unexpected raises ``CorruptEntry`` so the entry is
treated as missing, never trusted half-way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Container
from typing import Any

from catalog.model import (
    Classification,
    Edge,
    Evidence,
    Field,
    Finding,
    ForeignKey,
    Node,
    ReadResult,
    ScanError,
    Signal,
    ValueProfile,
)
from catalog.moves import LineMoves
from scanner.collector import no_gc


class CorruptEntry(ValueError):
    """A cache entry whose data does not have the shape datamap writes."""


#: the fields this codec writes, per record type; if the model gains a field, caching is off until it follows
SHAPES: dict[type, tuple[str, ...]] = {
    Evidence: ("path", "line"),
    ForeignKey: ("table", "column"),
    Field: ("source", "dataset", "table", "name", "type", "comment", "primary_key", "references", "annotation",
            "evidence"),
    ScanError: ("path", "line", "reason", "kind"),
    Node: ("id", "kind", "label", "evidence", "attributes"),
    Edge: ("source", "target", "kind", "evidence", "purpose", "purpose_source", "transform"),
    ValueProfile: ("sampled", "matches", "masked_examples", "nested_keys"),
    ReadResult: ("fields", "errors", "profiles", "stats", "nodes", "edges"),
    Signal: ("kind", "detail", "category", "weight"),
    Classification: ("category", "confidence", "explanation", "signals", "pinned"),
    Finding: ("rule", "severity", "message", "subject", "category", "recipient", "evidence", "path", "hops",
              "purpose", "purpose_source", "citation"),
}


def supported() -> bool:
    """Whether the model's records still have exactly the fields this codec writes."""
    return all(tuple(f.name for f in dataclasses.fields(kind)) == names for kind, names in SHAPES.items())


def _check(ok: bool) -> None:
    if not ok:
        raise CorruptEntry("unexpected cache data")


def _str(value: Any) -> str:
    _check(type(value) is str)
    return value  # type: ignore[no-any-return]


def _opt_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _opt_int(value: Any) -> int | None:
    _check(value is None or type(value) is int)
    return value  # type: ignore[no-any-return]


def _bool(value: Any) -> bool:
    _check(type(value) is bool)
    return value  # type: ignore[no-any-return]


def _float(value: Any) -> float:
    _check(type(value) in (int, float))
    return value  # type: ignore[no-any-return]  # an int stays an int, as the reader made it


def _list(value: Any, length: int | None = None) -> list[Any]:
    _check(type(value) is list and (length is None or len(value) == length))
    return value  # type: ignore[no-any-return]


def _evidence(item: Evidence | None) -> list[Any] | None:
    return None if item is None else [item.path, item.line]


def _to_evidence(value: Any) -> Evidence | None:
    if value is None:
        return None
    path, line = _list(value, 2)
    _check(type(path) is str and (line is None or type(line) is int))
    return Evidence(path, line)


def _field(item: Field) -> list[Any]:
    ref = item.references
    return [item.source, item.dataset, item.table, item.name, item.type, item.comment, item.primary_key,
            None if ref is None else [ref.table, ref.column], item.annotation, _evidence(item.evidence)]


def _to_field(value: Any) -> Field:
    source, dataset, table, name, kind, comment, pk, ref, annotation, evidence = _list(value, 10)
    _check(type(source) is str and type(table) is str and type(name) is str and type(pk) is bool
           and (dataset is None or type(dataset) is str) and (kind is None or type(kind) is str)
           and (comment is None or type(comment) is str) and (annotation is None or type(annotation) is str))
    reference = None
    if ref is not None:
        ref_table, ref_column = _list(ref, 2)
        reference = ForeignKey(_str(ref_table), _opt_str(ref_column))
    return Field(source, dataset, table, name, kind, comment, pk, reference, annotation, _to_evidence(evidence))


def _error(item: ScanError) -> list[Any]:
    return [item.path, item.line, item.reason, item.kind]


def _to_error(value: Any) -> ScanError:
    path, line, reason, kind = _list(value, 4)
    return ScanError(_str(path), _opt_int(line), _str(reason), _str(kind))


def _node(item: Node) -> list[Any]:
    return [item.id, item.kind, item.label, _evidence(item.evidence), [list(pair) for pair in item.attributes]]


def _to_node(value: Any) -> Node:
    node_id, kind, label, evidence, attributes = _list(value, 5)
    pairs = tuple((_str(k), _str(v)) for k, v in (_list(p, 2) for p in _list(attributes)))
    return Node(_str(node_id), _str(kind), _str(label), _to_evidence(evidence), pairs)


def _edge(item: Edge) -> list[Any]:
    return [item.source, item.target, item.kind, _evidence(item.evidence), item.purpose, item.purpose_source,
            item.transform]


def _to_edge(value: Any) -> Edge:
    source, target, kind, evidence, purpose, purpose_source, transform = _list(value, 7)
    _check(type(source) is str and type(target) is str and type(kind) is str
           and (purpose is None or type(purpose) is str) and (purpose_source is None or type(purpose_source) is str)
           and (transform is None or type(transform) is str))
    return Edge(source, target, kind, _to_evidence(evidence), purpose, purpose_source, transform)


def _profile(item: ValueProfile) -> list[Any]:
    return [item.sampled, [list(m) for m in item.matches], list(item.masked_examples), list(item.nested_keys)]


def _to_profile(value: Any) -> ValueProfile:
    sampled, matches, examples, nested = _list(value, 4)
    _check(type(sampled) is int)
    pairs = tuple((_str(k), _float(v)) for k, v in (_list(m, 2) for m in _list(matches)))
    return ValueProfile(sampled, pairs, tuple(_str(e) for e in _list(examples)),
                        tuple(_str(n) for n in _list(nested)))


def _records(value: Any, decode: Callable[[Any], Any]) -> list[Any]:
    return [decode(item) for item in _list(value)]


#: where each kind of record keeps its place (``_field``, ``_node``, ``_edge``)
PLACES = {"fields": 9, "nodes": 3, "edges": 3}


def _moved_record(item: list[Any], place: int, moves: LineMoves) -> list[Any]:
    """A plain record with its place moved (``Gone``: it is on a line the edit took away)."""
    where = item[place]
    if where is None or where[0] not in moves.runs:
        return item
    return [*item[:place], moves.plain_evidence(where), *item[place + 1:]]


def placed_in(records: dict[str, list[Any]], paths: Container[str]) -> bool:
    """Whether a field, node or edge of ``encode_result``'s ``records`` is placed in a file at ``paths``."""
    return any(item[place] is not None and item[place][0] in paths
               for name, place in PLACES.items() for item in records[name])


def moved_records(records: dict[str, list[Any]], moves: LineMoves) -> dict[str, list[Any]]:
    """``encode_result``'s fields, nodes and edges with their places moved (``Gone``, ``KeyError``... for records
    that are not such)."""
    return {name: [_moved_record(item, place, moves) for item in records[name]] for name, place in PLACES.items()}


def moved_emitted(emitted: list[Any], moves: LineMoves) -> list[Any]:
    """A step's plain output (``memo.plain_emitter``) with its places moved."""
    fields, nodes, edges, pending = emitted
    field, node = PLACES["fields"], PLACES["nodes"]
    return [[[key, _moved_record(item, field, moves)] for key, item in fields],
            [_moved_record(item, node, moves) for item in nodes],
            [_moved_record(item, PLACES["edges"], moves) for item in edges],
            [[key, _moved_record(item, field, moves)] for key, item in pending]]


def encode_result(result: ReadResult) -> dict[str, Any]:
    """A reader's result as plain data (order kept)."""
    records = result.plain_records() if isinstance(result, PlainResult) else None
    return {
        "fields": records["fields"] if records else [_field(f) for f in result.fields],
        "errors": [_error(e) for e in result.errors],
        "profiles": [[key, _profile(p)] for key, p in result.profiles.items()],
        "stats": [[name, count] for name, count in result.stats.items()],
        "nodes": records["nodes"] if records else [_node(n) for n in result.nodes],
        "edges": records["edges"] if records else [_edge(e) for e in result.edges],
    }


class PlainResult(ReadResult):
    """A reader's result whose fields, nodes and edges are still ``encode_result``'s plain data, decoded when
    first read: a job whose output is the one an earlier analysis kept is summarised and stored again without
    decoding it. Its errors, profiles and stats are objects (they are few). Kept data that turns out not to
    decode gives way to ``fallback()``, the result made afresh."""

    def __init__(self, records: dict[str, list[Any]], fallback: Callable[[], ReadResult],
                 errors: list[ScanError] | None = None, profiles: dict[str, ValueProfile] | None = None,
                 stats: dict[str, int] | None = None) -> None:
        self.records: dict[str, list[Any]] | None = records  # None once decoded
        self.moves: LineMoves | None = None  # where the places in ``records`` are now
        self._fallback = fallback
        self._decoded: list[list[Any]] | None = None
        self.errors, self.profiles, self.stats = errors or [], profiles or {}, stats or {}

    def plain_records(self) -> dict[str, list[Any]] | None:
        """The fields, nodes and edges as plain data, in their places now (None once decoded)."""
        if self.records is None or self.moves is None:
            return self.records
        moved = self._moved()
        if moved is None:  # a place gone, or foreign records: the result made afresh replaces them
            self._parts()
        return moved

    def _moved(self) -> dict[str, list[Any]] | None:
        assert self.records is not None and self.moves is not None
        try:
            return moved_records(self.records, self.moves)
        except (KeyError, TypeError, ValueError, IndexError):
            return None

    def _parts(self) -> list[list[Any]]:
        """Fields, nodes and edges, decoded (once)."""
        if self._decoded is None:
            assert self.records is not None
            try:
                records = self.records if self.moves is None else self._moved()
                if records is None:
                    raise ValueError("records not in place")
                with no_gc():
                    self._decoded = [_records(records["fields"], _to_field),
                                     _records(records["nodes"], _to_node),
                                     _records(records["edges"], _to_edge)]
            except (KeyError, TypeError, ValueError, IndexError):
                fresh = self._fallback()
                self._decoded = [fresh.fields, fresh.nodes, fresh.edges]
                self.errors, self.profiles, self.stats = fresh.errors, fresh.profiles, fresh.stats
            self.records = None
        return self._decoded

    @property  # type: ignore[override]
    def fields(self) -> list[Field]:
        return self._parts()[0]

    @fields.setter
    def fields(self, value: list[Field]) -> None:
        self._parts()[0] = value

    @property  # type: ignore[override]
    def nodes(self) -> list[Node]:
        return self._parts()[1]

    @nodes.setter
    def nodes(self, value: list[Node]) -> None:
        self._parts()[1] = value

    @property  # type: ignore[override]
    def edges(self) -> list[Edge]:
        return self._parts()[2]

    @edges.setter
    def edges(self, value: list[Edge]) -> None:
        self._parts()[2] = value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReadResult):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in SHAPES[ReadResult])

    __hash__ = None  # type: ignore[assignment]


def decode_result(data: Any) -> ReadResult:
    """The ``ReadResult`` that ``encode_result`` wrote; ``CorruptEntry`` for anything else."""
    try:
        with no_gc():
            return _decode_result(data)
    except (KeyError, TypeError, ValueError) as error:
        raise CorruptEntry(str(error)) from None


def _decode_result(data: Any) -> ReadResult:
    _check(type(data) is dict)
    profiles = {_str(k): _to_profile(p) for k, p in (_list(i, 2) for i in _list(data["profiles"]))}
    stats: dict[str, int] = {}
    for name, count in (_list(i, 2) for i in _list(data["stats"])):
        _check(type(count) is int)
        stats[_str(name)] = count
    return ReadResult(_records(data["fields"], _to_field), _records(data["errors"], _to_error), profiles, stats,
                      _records(data["nodes"], _to_node), _records(data["edges"], _to_edge))


def encode_classifications(items: list[Classification]) -> list[Any]:
    return [[c.category, c.confidence, c.explanation,
             [[s.kind, s.detail, s.category, s.weight] for s in c.signals], c.pinned] for c in items]


def _to_signal(value: Any) -> Signal:
    kind, detail, category, weight = _list(value, 4)
    return Signal(_str(kind), _str(detail), _opt_str(category), _float(weight))


def decode_classifications(data: Any) -> list[Classification]:
    """The classifications ``encode_classifications`` wrote; ``CorruptEntry`` for anything else."""
    out: list[Classification] = []
    try:
        with no_gc():
            _decode_classifications(data, out)
    except (TypeError, ValueError) as error:
        raise CorruptEntry(str(error)) from None
    return out


def _decode_classifications(data: Any, out: list[Classification]) -> None:
    seen: dict[tuple[Any, ...], Signal] = {}  # columns of one name share their signals: decode each once

    def signal(value: Any) -> Signal:
        key = tuple(_list(value, 4))
        found = seen.get(key)
        if found is None or type(key[3]) is not type(found.weight):  # 1 and 1.0 are one key, not one value
            found = seen[key] = _to_signal(value)
        return found

    for item in _list(data):
        category, confidence, explanation, signals, pinned = _list(item, 5)
        out.append(Classification(_opt_str(category), _float(confidence), _str(explanation),
                                  tuple(signal(s) for s in _list(signals)), _bool(pinned)))


def encode_findings(items: list[Finding]) -> dict[str, Any]:
    """Findings as plain data: each string, place (the index of its path and its line), flow path and list of
    hops once, in tables, and each finding as indices into them (-1: none): many findings share a message, a
    citation, a flow's path and its hops, so the entry is a fraction of the size, and each shared part is
    read back once."""
    strings: dict[str, int] = {}
    places: dict[tuple[int, int | None], int] = {}
    paths: dict[tuple[int, ...], int] = {}
    hops: dict[tuple[int, ...], int] = {}

    def at(value: str | None) -> int:
        if value is None:
            return -1
        found = strings.get(value)
        if found is None:
            found = strings[value] = len(strings)
        return found

    def place(item: Evidence | None) -> int:
        if item is None:
            return -1
        key = (at(item.path), item.line)
        found = places.get(key)
        if found is None:
            found = places[key] = len(places)
        return found

    def indexed(table: dict[tuple[int, ...], int], key: tuple[int, ...]) -> int:
        if not key:
            return -1
        found = table.get(key)
        if found is None:
            found = table[key] = len(table)
        return found

    rows = [[at(f.rule), at(f.severity), at(f.message), at(f.subject), at(f.category), at(f.recipient),
             place(f.evidence), indexed(paths, tuple(map(at, f.path))), indexed(hops, tuple(map(place, f.hops))),
             at(f.purpose), at(f.purpose_source), at(f.citation)] for f in items]
    return {"strings": list(strings), "places": [list(key) for key in places], "paths": [list(key) for key in paths],
            "hops": [list(key) for key in hops], "items": rows}


def decode_findings(data: Any) -> list[Finding]:
    """The findings ``encode_findings`` wrote; ``CorruptEntry`` for anything else."""
    try:
        _check(type(data) is dict)
        with no_gc():
            return _decode_findings(data)
    except (TypeError, ValueError, KeyError, IndexError) as error:
        raise CorruptEntry(str(error)) from None


def _decode_findings(data: dict[str, Any]) -> list[Finding]:
    strings = _list(data["strings"])
    _check(set(map(type, strings)) <= {str})
    count = len(strings)
    places: list[Evidence | None] = []
    for value in _list(data["places"]):
        index, line = _list(value, 2)
        _check(type(index) is int and 0 <= index < count and (line is None or type(line) is int))
        places.append(Evidence(strings[index], line))
    paths: list[tuple[str, ...]] = []
    for value in _list(data["paths"]):
        _check(all(type(index) is int and 0 <= index < count for index in _list(value)))
        paths.append(tuple(strings[index] for index in value))
    hops: list[tuple[Evidence | None, ...]] = []
    counts = (len(places), len(paths), len(data["hops"]))
    places.append(None)  # index -1: no place
    for value in _list(data["hops"]):
        _check(all(type(index) is int and -1 <= index < counts[0] for index in _list(value)))
        hops.append(tuple(places[index] for index in value))
    text: list[str | None] = [*strings, None]
    paths.append(())
    hops.append(())
    out = []
    for row in _list(data["items"]):
        _check(type(row) is list and len(row) == 12)
        rule, severity, message, subject, category, recipient, where, path, hop, purpose, source, citation = row
        _check(min(row) >= -1 and min(rule, severity, message, subject) >= 0
               and max(rule, severity, message, subject, category, recipient, purpose, source, citation) < count
               and where < counts[0] and path < counts[1] and hop < counts[2])
        out.append(Finding(strings[rule], strings[severity], strings[message], strings[subject], text[category],
                           text[recipient], places[where], paths[path], hops[hop], text[purpose], text[source],
                           text[citation]))
    return out


def encode_errors(items: list[ScanError]) -> list[Any]:
    return [_error(e) for e in items]


def decode_errors(data: Any) -> list[ScanError]:
    """The errors ``encode_errors`` wrote; ``CorruptEntry`` for anything else."""
    try:
        return _records(data, _to_error)
    except (TypeError, ValueError) as error:
        raise CorruptEntry(str(error)) from None
