"""Snapshots written and read through pyarrow filesystems: folders, file:// URIs, sub-tree filesystems."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyarrow.fs as pafs
import pytest

from catalog.errors import DatamapError
from catalog.inventory import build_inventory
from catalog.model import Classification, Evidence, Field
from catalog.snapshot_tables import TABLE_VERSIONS
from catalog.store import SnapshotStore, git_commit, list_snapshots, open_snapshot, write_snapshot

SQL = "/estate/db/schema.sql"
FIELDS = [Field(SQL, "app", "users", "email", "text", evidence=Evidence(SQL, 3)),
          Field(SQL, "app", "users", "plan", "text", evidence=Evidence(SQL, 4))]
CLASSES = [Classification("user.contact.email", 0.95, "e-mail"), Classification(None, 0.8, "not personal")]
META = {"inputs": ["/estate"], "policy_sha256": None}


def _write(location: str | Path) -> str:
    return write_snapshot(location, build_inventory(FIELDS, CLASSES), [], {"fields": 2}, META)


def test_file_uri_round_trip(tmp_path: Path) -> None:
    where = _write(f"file://{tmp_path}/history")
    store = SnapshotStore.at(f"file://{tmp_path}/history")
    (snapshot_id,) = store.ids()
    assert where == f"file://{tmp_path}/history/snapshots/{snapshot_id}"
    snapshot = store.open(snapshot_id)
    assert snapshot.location == where
    assert snapshot.tables["fields"].column("key").to_pylist() == ["db/schema.sql::app.users.email",
                                                                   "db/schema.sql::app.users.plan"]
    assert list_snapshots(f"file://{tmp_path}/history") == [where]
    assert open_snapshot(where).id == snapshot_id


def test_local_folder_keeps_the_path_api(tmp_path: Path) -> None:
    where = _write(tmp_path / ".datamap")
    (folder,) = list_snapshots(tmp_path / ".datamap")
    assert isinstance(folder, Path)
    assert str(folder) == where == str(tmp_path / ".datamap" / "snapshots" / folder.name)
    snapshot = open_snapshot(folder)
    meta = snapshot.metadata
    assert meta["tables"] == {name: {"version": TABLE_VERSIONS[name], "rows": 2 if name == "fields" else 0}
                              for name in ("fields", "findings", "edges", "flows", "nodes")}
    assert meta["schema_version"] == 1 and meta["stats"] == {"fields": 2}
    assert meta["git_commit"] == git_commit(Path.cwd())  # no input is a path here: the working directory's commit


def test_subtree_filesystem(tmp_path: Path) -> None:
    (tmp_path / "bucket").mkdir()
    filesystem = pafs.SubTreeFileSystem(str(tmp_path / "bucket"), pafs.LocalFileSystem())
    store = SnapshotStore(filesystem, "team/datamap", "bucket:team/datamap")
    snapshot_id = store.write(build_inventory(FIELDS, CLASSES), [], {}, META)
    assert (tmp_path / "bucket" / "team" / "datamap" / "snapshots" / snapshot_id / "fields.parquet").is_file()
    assert store.ids() == [snapshot_id]
    assert store.open(snapshot_id).tables["fields"].num_rows == 2
    assert store.describe(snapshot_id) == f"bucket:team/datamap/snapshots/{snapshot_id}"


def test_git_commit_of_the_scanned_folder(tmp_path: Path) -> None:
    repo = tmp_path / "estate"
    repo.mkdir()
    for args in (["init", "-q"], ["-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "--allow-empty",
                                  "-m", "x"]):
        subprocess.run(["git", *args], cwd=repo, check=True)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip()
    write_snapshot(tmp_path / "out", build_inventory(FIELDS, CLASSES), [], {}, {"inputs": [str(repo)]})
    (folder,) = list_snapshots(tmp_path / "out")
    assert json.loads((Path(folder) / "metadata.json").read_text())["git_commit"] == head


@pytest.mark.parametrize(("location", "message"), [
    ("nosuch://bucket/x", "cannot open snapshot location: Unrecognized filesystem type in URI: nosuch://bucket/x"),
])
def test_unusable_uri(location: str, message: str) -> None:
    with pytest.raises(DatamapError) as caught:
        SnapshotStore.at(location)
    assert str(caught.value) == f"{location}: {message}"


def test_missing_location_has_no_snapshots(tmp_path: Path) -> None:
    assert SnapshotStore.at(tmp_path / "none").ids() == []
    assert list_snapshots(tmp_path / "none") == []
