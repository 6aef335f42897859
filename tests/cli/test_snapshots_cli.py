"""``datamap snapshots`` and ``datamap diff`` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datamap.exit_codes import OK, USAGE_ERROR
from tests.catalog.report.conftest import mini_scanned_twice
from tests.cli.invoke import run


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mini_scanned_twice(tmp_path_factory.mktemp("cli"))


def test_snapshots_lists_ids_dates_and_counts(shop: Path) -> None:
    code, stdout, _ = run("snapshots", str(shop / ".datamap"), "--format", "json")
    assert code == OK
    rows = json.loads(stdout)
    counts = [(r["fields"], r["personal_fields"], r["flows"], r["findings"]) for r in rows]
    assert counts == [(7, 4, 1, 4), (8, 5, 3, 5)]
    code, text, _ = run("snapshots", f"file://{shop}/.datamap")
    assert code == OK and text.splitlines()[0].split() == ["id", "taken", "commit", "fields", "personal", "flows",
                                                           "findings"]
    assert [line.split()[0] for line in text.splitlines()[1:]] == [r["id"] for r in rows]


def test_diff_previous_latest(shop: Path) -> None:
    code, stdout, _ = run("diff", "previous", "latest", str(shop / ".datamap"), "--format", "json")
    assert code == OK
    changes = json.loads(stdout)
    assert changes["counts"] == {"fields_added": 1, "fields_removed": 0, "reclassified": 0, "flows_added": 2,
                                 "flows_removed": 0, "findings_new": 2, "findings_resolved": 1}
    code, text, _ = run("diff", "previous", "latest", str(shop / ".datamap"))
    assert "Fields added (1)\n  shop.customers.date_of_birth (user.demographic.date_of_birth)\n" in text
    code, md, _ = run("diff", "latest", "latest", str(shop / ".datamap"), "--format", "markdown")
    assert md.endswith("No changes.\n")


@pytest.mark.parametrize(("args", "message"), [
    (("snapshots", "{tmp}/empty"), "{tmp}/empty: no snapshots yet: run `datamap scan PATH --out LOCATION` first"),
    (("snapshots", "nosuch://x"), "nosuch://x: cannot open snapshot location: Unrecognized filesystem type"),
    (("diff", "latest", "soon", "{shop}/.datamap"), "{shop}/.datamap: no snapshot 'soon'"),
])
def test_bad_locations_and_names(shop: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    code, _, stderr = run(*(a.format(tmp=tmp_path, shop=shop) for a in args))
    assert code == USAGE_ERROR
    assert stderr.startswith("datamap: error: " + message.format(tmp=tmp_path, shop=shop))
