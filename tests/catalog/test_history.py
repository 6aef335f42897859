"""Naming snapshots (ids, dates, latest, previous) and diffing two of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.errors import DatamapError
from catalog.history import diff, resolve
from catalog.inventory import build_inventory
from catalog.model import Classification, Field
from catalog.store import SnapshotStore

IDS = ["20260105T100000000000Z", "20260201T090000000000Z", "20260201T170000000000Z"]


@pytest.mark.parametrize(("ref", "expected"), [
    ("latest", IDS[2]), ("previous", IDS[1]), (IDS[0], IDS[0]), ("20260105", IDS[0]),
    ("2026-02-01", IDS[2]), ("2026-01-31", IDS[0]), ("2026-02-01T12:00:00", IDS[1]),
    ("2026-02-01T09:00:00Z", IDS[1]),
])
def test_resolve(ref: str, expected: str) -> None:
    assert resolve(IDS, ref) == expected


@pytest.mark.parametrize(("ids", "ref", "message"), [
    ([], "latest", "no snapshots yet: run `datamap scan` first"),
    (IDS[:1], "previous", f"only one snapshot ({IDS[0]}): there is no previous one"),
    (IDS, "2025-12-31", f"no snapshot was taken by 2025-12-31; the first is {IDS[0]}"),
    (IDS, "202602", "'202602' names 2 snapshots; give more of the id"),
    (IDS, "yesterday", "no snapshot 'yesterday'; use an id, a date (YYYY-MM-DD), 'latest' or 'previous' "
                       f"(ids here run from {IDS[0]} to {IDS[2]})"),
])
def test_resolve_errors(ids: list[str], ref: str, message: str) -> None:
    with pytest.raises(DatamapError) as caught:
        resolve(ids, ref)
    assert caught.value.message == message


def _field(name: str, root: str = "/repo") -> Field:
    return Field(f"{root}/db.sql", "app", "users", name, "text")


def test_diff_matches_fields_flows_and_findings(tmp_path: Path) -> None:
    store = SnapshotStore.at(tmp_path)
    first = build_inventory([_field(n) for n in ("email", "nick", "note")],
                            [Classification("user.contact.email", 0.9, ""), Classification(None, 0.9, ""),
                             Classification(None, 0.9, "")])
    second = build_inventory([_field(n, "/elsewhere/repo") for n in ("email", "nick", "phone")],
                             [Classification("user.contact.email", 0.9, ""),
                              Classification("user.account.username", 0.9, ""),
                              Classification("user.contact.phone_number", 0.9, "")])
    a = store.write(first, [], {}, {"inputs": ["/repo"]})
    b = store.write(second, [], {}, {"inputs": ["/elsewhere/repo"]})
    changes = diff(store.open(a), store.open(b))
    # the second scan ran from another checkout: the keys are relative to the inputs, so fields still match
    assert [(f.label, f.category) for f in changes.fields_added] == [("app.users.phone", "user.contact.phone_number")]
    assert [(f.label, f.category) for f in changes.fields_removed] == [("app.users.note", None)]
    assert [(r.label, r.before, r.after) for r in changes.reclassified] == [
        ("app.users.nick", None, "user.account.username")]
    assert changes.counts() == {"fields_added": 1, "fields_removed": 1, "reclassified": 1, "flows_added": 0,
                                "flows_removed": 0, "findings_new": 0, "findings_resolved": 0}
    assert diff(store.open(b), store.open(b)).empty
