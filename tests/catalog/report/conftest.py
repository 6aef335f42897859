"""Snapshots of the sample estate and of a small shop, each scanned twice with a change in between."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from catalog.store import Snapshot, SnapshotStore
from tests.catalog.report.estate import scan, two_scans

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture(scope="session")
def sample_estate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return two_scans(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="session")
def sample_pair(sample_estate: Path) -> tuple[Snapshot, Snapshot]:
    store = SnapshotStore.at(sample_estate / ".datamap")
    before, after = store.ids()
    return store.open(before), store.open(after)


def change_mini(folder: Path) -> None:
    """A date of birth column, and the phone number sent to Mailchimp for marketing."""
    schema = folder / "schema.sql"
    schema.write_text(schema.read_text().replace("    created_at   timestamp NOT NULL\n",
                                                 "    date_of_birth date,\n    created_at   timestamp NOT NULL\n"))
    exports = folder / "config" / "exports.yaml"
    exports.write_text(exports.read_text() + """
  - name: newsletter_audience
    source: {table: shop.customers}
    fields: [email, phone_number]
    destination: {recipient: mailchimp}
    purpose: marketing.communications.email
""")


def mini_scanned_twice(parent: Path) -> Path:
    """A copy of the mini shop under ``parent``, scanned, changed and scanned again."""
    folder = parent / "shop"
    shutil.copytree(MINI, folder)
    scan(folder, "--policy", "policy.yaml")
    change_mini(folder)
    scan(folder, "--policy", "policy.yaml")
    return folder


@pytest.fixture(scope="session")
def mini_estate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mini_scanned_twice(tmp_path_factory.mktemp("mini"))


@pytest.fixture(scope="session")
def mini_pair(mini_estate: Path) -> tuple[Snapshot, Snapshot]:
    store = SnapshotStore.at(mini_estate / ".datamap")
    before, after = store.ids()
    return store.open(before), store.open(after)
