"""Bad snapshot locations: the app says what is wrong and how to make a snapshot, and never shows a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from catalog.store import list_snapshots
from tests.dashboard.support import texts

HOW = "datamap scan PATH --policy policy.yaml"


def copy_latest(sample_location: Path, tmp_path: Path) -> Path:
    """A location holding a copy of the sample's latest snapshot, to spoil."""
    target = tmp_path / ".datamap" / "snapshots" / list_snapshots(sample_location)[-1].name
    shutil.copytree(list_snapshots(sample_location)[-1], target)
    return target


def assert_problem(test, *expected: str) -> None:
    assert not test.exception
    assert len(test.error) == 1
    shown = texts(test)
    for part in expected:
        assert part in shown
    assert HOW in shown
    assert not test.metric and not test.dataframe


def test_missing_folder(app, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert_problem(app(missing), f"There is no snapshot folder at {missing}.")


def test_empty_folder(app, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "snapshots").mkdir(parents=True)
    assert_problem(app(empty), f"The folder {empty} holds no snapshots.", f"datamap dashboard {empty}")


def test_a_file_is_not_a_folder(app, tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("hello", "utf-8")
    assert_problem(app(file), f"{file} is a file, not a snapshot folder.")


def test_snapshot_of_another_schema_version(app, sample_location: Path, tmp_path: Path) -> None:
    folder = copy_latest(sample_location, tmp_path)
    metadata = json.loads((folder / "metadata.json").read_text("utf-8"))
    metadata["schema_version"] = 99
    (folder / "metadata.json").write_text(json.dumps(metadata), "utf-8")
    test = app(tmp_path / ".datamap")
    assert_problem(test, "The snapshot cannot be read", "99", "scan again")


def test_corrupt_parquet_file(app, sample_location: Path, tmp_path: Path) -> None:
    folder = copy_latest(sample_location, tmp_path)
    (folder / "flows.parquet").write_bytes(b"PAR1 this is not parquet")
    test = app(tmp_path / ".datamap")
    assert_problem(test, "The snapshot cannot be read", "flows.parquet")


def test_table_without_the_columns_the_dashboard_reads(app, sample_location: Path, tmp_path: Path) -> None:
    folder = copy_latest(sample_location, tmp_path)
    nodes = pq.read_table(folder / "nodes.parquet").drop_columns(["label"])
    pq.write_table(nodes, folder / "nodes.parquet")
    test = app(tmp_path / ".datamap")
    assert_problem(test, "nodes", "lacks", "label")


def test_one_snapshot_folder_given_directly(app, sample_location: Path) -> None:
    folder = list_snapshots(sample_location)[0]
    test = app(folder)
    assert "This is the first snapshot here" in texts(test)
    assert test.sidebar.selectbox[0].value == str(folder.resolve())


def test_unreadable_older_snapshot_is_named_on_history(app, sample_location: Path, tmp_path: Path) -> None:
    latest = copy_latest(sample_location, tmp_path)
    older = latest.parent / "20000101T000000000000Z"
    shutil.copytree(latest, older)
    (older / "fields.parquet").write_bytes(b"broken")
    test = app(tmp_path / ".datamap", "history")
    shown = texts(test)
    assert "Some snapshots cannot be read and are left out" in shown
    assert "20000101T000000000000Z" in shown and "fields.parquet" in shown


@pytest.mark.parametrize("page", ["overview", "data_map", "flagged_flows", "inventory", "policy", "history"])
def test_snapshot_without_policy_or_flows(app, tmp_path: Path, page: str) -> None:
    from catalog.store import EDGES_SCHEMA, FIELDS_SCHEMA, FINDINGS_SCHEMA, FLOWS_SCHEMA, NODES_SCHEMA
    folder = tmp_path / ".datamap" / "snapshots" / "20260101T000000000000Z"
    folder.mkdir(parents=True)
    for name, schema in (("fields", FIELDS_SCHEMA), ("findings", FINDINGS_SCHEMA), ("edges", EDGES_SCHEMA),
                         ("flows", FLOWS_SCHEMA), ("nodes", NODES_SCHEMA)):
        pq.write_table(pa.Table.from_pylist([], schema=schema), folder / f"{name}.parquet")
    (folder / "metadata.json").write_text(json.dumps({"id": folder.name, "schema_version": 1,
                                                      "created_at": "2026-01-01T00:00:00+00:00"}), "utf-8")
    test = app(tmp_path / ".datamap", page)
    assert not test.error
    assert test.title[0].value in {"Overview", "Data map", "Flagged flows", "Inventory", "Policy", "History"}
