"""Snapshot history: name a snapshot (id, date, ``latest``, ``previous``) and diff two of them.

Fields are matched by their line-free key, flows by theirs (categories, recipient,
path without line numbers), findings by fingerprint — so moving code around is no
change, and a renamed column is one field removed and one added.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from catalog.errors import DatamapError
from catalog.store import Snapshot

ID_FORMAT = "%Y%m%dT%H%M%S%fZ"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def snapshot_time(snapshot_id: str) -> datetime | None:
    """When a snapshot was taken, read from its id (None for an id of another shape)."""
    try:
        return datetime.strptime(snapshot_id, ID_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _moment(ref: str) -> datetime | None:
    """The end of a day (``2026-03-01``) or an ISO moment, in UTC; None when ``ref`` is neither."""
    try:
        if _DATE.match(ref):
            return datetime.fromisoformat(ref).replace(tzinfo=UTC) + timedelta(days=1) - timedelta(microseconds=1)
        moment = datetime.fromisoformat(ref.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def resolve(ids: Sequence[str], ref: str, where: str = "") -> str:
    """The id ``ref`` names among ``ids`` (oldest first).

    ``latest``; ``previous`` (the one before the latest); an id or a unique prefix of
    one; a date ``YYYY-MM-DD`` or ISO time, meaning the last snapshot taken by then.
    """
    if not ids:
        raise DatamapError("no snapshots yet: run `datamap scan` first", where or None)
    if ref == "latest":
        return ids[-1]
    if ref == "previous":
        if len(ids) < 2:
            raise DatamapError(f"only one snapshot ({ids[0]}): there is no previous one", where or None)
        return ids[-2]
    if ref in ids:
        return ref
    matches = [i for i in ids if i.startswith(ref)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise DatamapError(f"'{ref}' names {len(matches)} snapshots; give more of the id", where or None)
    moment = _moment(ref)
    if moment is not None:
        taken = [i for i in ids if (t := snapshot_time(i)) is not None and t <= moment]
        if not taken:
            raise DatamapError(f"no snapshot was taken by {ref}; the first is {ids[0]}", where or None)
        return taken[-1]
    raise DatamapError(f"no snapshot '{ref}'; use an id, a date (YYYY-MM-DD), 'latest' or 'previous' "
                       f"(ids here run from {ids[0]} to {ids[-1]})", where or None)


@dataclass(frozen=True)
class FieldState:
    """A field as a diff shows it."""

    key: str
    label: str
    category: str | None


@dataclass(frozen=True)
class Reclassified:
    key: str
    label: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class FlowState:
    key: str
    categories: tuple[str, ...]
    recipient: str
    path: str
    covered: bool | None


@dataclass(frozen=True)
class FindingState:
    fingerprint: str
    rule: str
    severity: str
    message: str


@dataclass(frozen=True)
class SnapshotDiff:
    """What changed from ``before`` to ``after`` (each ``{"id", "created_at", "git_commit"}``)."""

    before: dict[str, Any]
    after: dict[str, Any]
    fields_added: list[FieldState] = field(default_factory=list)
    fields_removed: list[FieldState] = field(default_factory=list)
    reclassified: list[Reclassified] = field(default_factory=list)
    flows_added: list[FlowState] = field(default_factory=list)
    flows_removed: list[FlowState] = field(default_factory=list)
    findings_new: list[FindingState] = field(default_factory=list)
    findings_resolved: list[FindingState] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any((self.fields_added, self.fields_removed, self.reclassified, self.flows_added,
                        self.flows_removed, self.findings_new, self.findings_resolved))

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in (
            "fields_added", "fields_removed", "reclassified", "flows_added", "flows_removed",
            "findings_new", "findings_resolved")}


def _label(row: dict[str, Any]) -> str:
    table = f"{row['dataset']}.{row['table']}" if row.get("dataset") else row["table"]
    return f"{table}.{row['name']}"


def _fields(snapshot: Snapshot) -> dict[str, FieldState]:
    rows = snapshot.tables["fields"].select(["key", "dataset", "table", "name", "category"]).to_pylist()
    return {r["key"]: FieldState(r["key"], _label(r), r["category"]) for r in rows}


def _flows(snapshot: Snapshot) -> dict[str, FlowState]:
    rows = snapshot.tables["flows"].select(["key", "categories", "recipient", "covered"]).to_pylist()
    return {r["key"]: FlowState(r["key"], tuple(sorted(r["categories"] or ())), r["recipient"],
                                r["key"].split(" | ", 2)[-1], r["covered"]) for r in rows}


def _findings(snapshot: Snapshot) -> dict[str, FindingState]:
    rows = snapshot.tables["findings"].select(["fingerprint", "rule", "severity", "message"]).to_pylist()
    return {r["fingerprint"]: FindingState(r["fingerprint"], r["rule"], r["severity"], r["message"]) for r in rows}


def summary(snapshot: Snapshot) -> dict[str, Any]:
    """The few metadata a diff names a snapshot by."""
    meta = snapshot.metadata
    return {"id": snapshot.id, "created_at": meta.get("created_at"), "git_commit": meta.get("git_commit")}


def diff(before: Snapshot, after: Snapshot) -> SnapshotDiff:
    """Fields added/removed/reclassified, flows added/removed, findings new/resolved; sorted."""
    f0, f1 = _fields(before), _fields(after)
    l0, l1 = _flows(before), _flows(after)
    g0, g1 = _findings(before), _findings(after)
    return SnapshotDiff(
        summary(before), summary(after),
        fields_added=[f1[k] for k in sorted(f1.keys() - f0.keys())],
        fields_removed=[f0[k] for k in sorted(f0.keys() - f1.keys())],
        reclassified=[Reclassified(k, f1[k].label, f0[k].category, f1[k].category)
                      for k in sorted(f0.keys() & f1.keys()) if f0[k].category != f1[k].category],
        flows_added=[l1[k] for k in sorted(l1.keys() - l0.keys())],
        flows_removed=[l0[k] for k in sorted(l0.keys() - l1.keys())],
        findings_new=sorted((g1[k] for k in g1.keys() - g0.keys()), key=lambda f: (f.rule, f.message)),
        findings_resolved=sorted((g0[k] for k in g0.keys() - g1.keys()), key=lambda f: (f.rule, f.message)),
    )
