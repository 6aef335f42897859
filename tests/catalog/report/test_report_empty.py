"""A report never leaves a section silently empty: it says why."""

from __future__ import annotations

import shutil
from pathlib import Path

from catalog.report import markdown
from catalog.report.build import build_report
from catalog.store import SnapshotStore
from tests.catalog.report.estate import scan

MINI = Path(__file__).parent / "fixtures" / "mini"


def test_first_snapshot_without_policy_says_why_sections_are_empty(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    shutil.copytree(MINI, folder)
    scan(folder)
    store = SnapshotStore.at(folder / ".datamap")
    report = build_report(store.open(store.ids()[0]), None, no_previous="This is the first snapshot.")
    assert report.empty == {
        "changes": "This is the first snapshot.",
        "flagged": "Flows cannot be held against a policy: no policy in the snapshot: the scan ran without --policy.",
        "gaps": "Policy gaps cannot be found: no policy in the snapshot: the scan ran without --policy.",
    }
    assert [f.value for f in report.figures if f.label == "Flows the policy does not cover"] == [None]
    assert report.ropa[0].purposes == "no policy in the snapshot"
    text = markdown.render(report)
    assert "_This is the first snapshot._" in text
    assert "_Policy gaps cannot be found: no policy in the snapshot" in text


def test_estate_without_personal_data(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "schema.sql").write_text("CREATE TABLE stock (sku varchar(20) PRIMARY KEY, quantity integer);\n")
    scan(folder)
    store = SnapshotStore.at(folder / ".datamap")
    report = build_report(store.open(store.ids()[0]))
    assert report.empty["inventory"] == "None of the 2 fields scanned holds personal data."
    assert report.empty["recipients"].startswith("No flow of personal data to a third party was found")
    assert report.empty["ropa"].startswith("No processing activity is known")
    assert report.empty["changes"] == "There is no earlier snapshot to compare with."
