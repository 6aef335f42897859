"""The data file reader on real Parquet, CSV, TSV and JSON lines files written in the test."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from catalog.errors import DatamapError
from catalog.model import Evidence, Field, ScanError
from scanner.datafiles import file_format, read_datafile
from scanner.options import ReadOptions

USERS = pa.table(
    {
        "id": pa.array([1, 2, 3], pa.int64()),
        "profile": pa.array(
            [
                {"email": "ana@example.com", "geo": {"lat": 40.712812, "lon": -74.006012}},
                {"email": "ben@example.org", "geo": {"lat": 51.507351, "lon": -0.127758}},
                {"email": None, "geo": None},
            ]
        ),
        "devices": pa.array(
            [[{"ip": "10.0.0.1"}], [{"ip": "10.0.0.2"}, {"ip": "2001:db8::1"}], []],
        ),
        "tags": pa.array([["a"], [], ["b", "c"]], pa.list_(pa.string())),
        "photo": pa.array([b"\x89PNG", None, b"\x89PNG"], pa.binary()),
    }
)


def _shape(fields: list[Field]) -> list[tuple[object, ...]]:
    return [(f.source, f.dataset, f.table, f.name, f.type, f.evidence) for f in fields]


def test_parquet_schema_with_nested_fields_flattened(tmp_path: Path) -> None:
    path = tmp_path / "users.parquet"
    pq.write_table(USERS, path)
    result = read_datafile(str(path), ReadOptions())
    source = str(path)
    assert _shape(result.fields) == [
        (source, "users.parquet", "users", name, type_, Evidence(f"{source}#{name}"))
        for name, type_ in [
            ("id", "int64"),
            ("profile.email", "string"),
            ("profile.geo.lat", "double"),
            ("profile.geo.lon", "double"),
            ("devices[].ip", "string"),
            ("tags", "list<element: string>"),
            ("photo", "binary"),
        ]
    ]
    assert result.errors == [] and result.profiles == {}
    assert result.stats == {"tables_read": 1, "tables_skipped": 0, "columns_read": 7, "rows_sampled": 0}


def test_parquet_sampling_profiles_nested_values(tmp_path: Path) -> None:
    path = tmp_path / "users.parquet"
    pq.write_table(USERS, path)
    result = read_datafile(str(path), ReadOptions(sample=10))
    profiles = {key.rpartition("users.parquet.users.")[2]: profile for key, profile in result.profiles.items()}
    assert sorted(profiles) == ["devices[].ip", "id", "profile.email", "profile.geo.lat", "profile.geo.lon", "tags"]
    assert profiles["profile.email"].sampled == 2
    assert profiles["profile.email"].matches == (("user.contact.email", 1.0),)
    assert profiles["devices[].ip"].sampled == 3
    assert profiles["devices[].ip"].matches == (("user.device.ip_address", 1.0),)
    assert profiles["tags"].sampled == 3 and profiles["tags"].matches == ()
    assert result.stats["rows_sampled"] == 3
    assert "ana@example.com" not in repr(result)


def test_csv_tsv_and_json_lines(tmp_path: Path) -> None:
    rows = [{"uid": i, "contact": f"user{i}@mail.example", "x1": f"192.0.2.{i}"} for i in range(1, 6)]
    csv_path, tsv_path, json_path = tmp_path / "people.csv", tmp_path / "people.tsv", tmp_path / "people.jsonl"
    csv_path.write_text("uid,contact,x1\n" + "".join(f"{r['uid']},{r['contact']},{r['x1']}\n" for r in rows))
    tsv_path.write_text("uid\tcontact\tx1\n" + "".join(f"{r['uid']}\t{r['contact']}\t{r['x1']}\n" for r in rows))
    json_path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    for path in (csv_path, tsv_path, json_path):
        result = read_datafile(str(path), ReadOptions(sample=4))
        assert [(f.table, f.name, f.type) for f in result.fields] == [
            ("people", "uid", "int64"),
            ("people", "contact", "string"),
            ("people", "x1", "string"),
        ], path
        best = {key.rpartition(".")[2]: profile.best() for key, profile in result.profiles.items()}
        assert best == {
            "uid": None,
            "contact": ("user.contact.email", 1.0),
            "x1": ("user.device.ip_address", 1.0),
        }, path
        assert result.stats["rows_sampled"] == 4


def test_hive_partitioned_directory_dataset(tmp_path: Path) -> None:
    root = tmp_path / "signups"
    for country, emails in {"DE": ["a@example.de"], "FR": ["b@example.fr", "c@example.fr"]}.items():
        part = root / f"country={country}"
        part.mkdir(parents=True)
        pq.write_table(pa.table({"email": emails}), part / "part-0.parquet")
    (root / "_SUCCESS").write_text("")
    (root / "country=DE" / "stray.csv").write_text("a\n1\n")
    result = read_datafile(str(root), ReadOptions(sample=10))
    assert [(f.dataset, f.table, f.name, f.type) for f in result.fields] == [
        ("signups", "signups", "email", "string"),
        ("signups", "signups", "country", "string"),
    ]
    assert result.errors == [
        ScanError(str(root / "country=DE" / "stray.csv"), None, "not read: the dataset's files are parquet")
    ]
    assert result.stats["rows_sampled"] == 3
    assert result.profiles[f"{root}::signups.signups.email"].matches == (("user.contact.email", 1.0),)


def test_sampling_streams_only_the_first_rows_of_a_large_csv(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    block = "".join(f"{i},visitor{i}@example.com\n" for i in range(100_000))
    with path.open("w") as handle:
        handle.write("id,who\n")
        for _ in range(5):
            handle.write(block)
        handle.write("not-a-number,late@example.com\n")  # a full read would fail here
    with pytest.raises(pa.ArrowInvalid, match="conversion error to int64"):
        ds.dataset(path, format="csv").to_table()
    result = read_datafile(str(path), ReadOptions(sample=200))
    assert result.errors == []
    assert result.stats["rows_sampled"] == 200
    assert result.profiles[f"{path}::events.csv.events.who"].sampled == 200


def test_unreadable_file_is_a_counted_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"this is not parquet")
    result = read_datafile(str(path), ReadOptions(sample=5))
    assert result.fields == []
    assert len(result.errors) == 1 and result.errors[0].path == str(path)
    assert result.errors[0].reason.startswith("cannot read: ")
    assert result.stats["tables_skipped"] == 1


def test_bad_paths_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(DatamapError, match="no such file or directory"):
        read_datafile(str(tmp_path / "missing.csv"), ReadOptions())
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(DatamapError, match="not a data file datamap reads"):
        read_datafile(str(tmp_path / "notes.txt"), ReadOptions())
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DatamapError, match="no Parquet, CSV or JSON lines files"):
        read_datafile(str(empty), ReadOptions())


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.parquet", "parquet"),
        ("a.CSV", "csv"),
        ("a.csv.gz", "csv"),
        ("a.tsv", "tsv"),
        ("a.ndjson", "json"),
        ("a.txt", None),
    ],
)
def test_file_format(name: str, kind: str | None) -> None:
    assert file_format(Path(name)) == kind
