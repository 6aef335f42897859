"""Table versions: version-1 tables are upgraded on read, newer ones and unknown layouts are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from catalog.errors import DatamapError
from catalog.inventory import build_inventory
from catalog.model import Classification, Field
from catalog.store import open_snapshot, write_snapshot

V1_FIELD_COLUMNS = ["source", "dataset", "table", "name", "type", "comment", "primary_key", "references", "category",
                    "policy_category", "undisclosed", "confidence", "pinned", "explanation", "evidence_path",
                    "evidence_line"]


def _snapshot(tmp_path: Path) -> Path:
    fields = [Field("/estate/app/models.py", None, "app.Member", "email")]
    write_snapshot(tmp_path, build_inventory(fields, [Classification("user.contact.email", 0.9, "e-mail")]), [], {},
                   {"inputs": ["/estate"]})
    return next((tmp_path / "snapshots").iterdir())


def _as_version_1(folder: Path) -> None:
    """Rewrite the snapshot the way the first datamap wrote it: no keys, no table versions."""
    for name in ("fields", "flows"):
        table = pq.read_table(folder / f"{name}.parquet")
        table = table.drop_columns(["key"]).replace_schema_metadata(None)
        pq.write_table(table, folder / f"{name}.parquet")
    meta = json.loads((folder / "metadata.json").read_text())
    del meta["tables"]
    (folder / "metadata.json").write_text(json.dumps(meta))


def test_version_1_tables_are_upgraded(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path)
    _as_version_1(folder)
    assert pq.read_table(folder / "fields.parquet").column_names == V1_FIELD_COLUMNS
    snapshot = open_snapshot(folder)
    assert snapshot.tables["fields"].column("key").to_pylist() == ["app/models.py::app.Member.email"]
    assert snapshot.tables["flows"].column_names[-1] == "key"


def test_newer_table_is_refused(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path)
    table = pq.read_table(folder / "edges.parquet")
    pq.write_table(table.replace_schema_metadata({b"datamap.version": b"7"}), folder / "edges.parquet")
    with pytest.raises(DatamapError, match=r"table edges has version 7, newer than this datamap reads \(1\); "
                                           r"upgrade datamap to read this snapshot"):
        open_snapshot(folder)


def test_unknown_layout_is_refused(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path)
    meta = json.loads((folder / "metadata.json").read_text())
    (folder / "metadata.json").write_text(json.dumps({**meta, "schema_version": 9}))
    with pytest.raises(DatamapError, match="snapshot layout version 9 is not one this datamap reads"):
        open_snapshot(folder)


def test_missing_table_and_broken_metadata(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path)
    (folder / "nodes.parquet").unlink()
    with pytest.raises(DatamapError, match="cannot read nodes.parquet"):
        open_snapshot(folder)
    (folder / "metadata.json").write_text("[1, 2]")
    with pytest.raises(DatamapError, match="not a readable snapshot: metadata.json is not a JSON object"):
        open_snapshot(folder)


def test_table_lacking_a_column_is_named(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path)
    table = pq.read_table(folder / "findings.parquet").drop_columns(["citation"])
    pq.write_table(table, folder / "findings.parquet")
    with pytest.raises(DatamapError, match="table findings lacks columns citation"):
        open_snapshot(folder)
    assert pa  # pyarrow is the format under test
