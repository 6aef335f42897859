"""Read data files with pyarrow: Parquet, CSV/TSV and JSON lines.

``read_datafile(path, options)`` reads a single file or a directory dataset
(hive partitions such as ``country=DE/`` become fields too). It reads the schema
without loading the data; with ``options.sample`` it streams only the first
batches, up to that many rows, so a 10 GB CSV costs one block. Nested struct
fields are flattened as ``a.b``; fields inside lists of structs as ``a[].b``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pcsv
import pyarrow.dataset as ds

from catalog.errors import DatamapError
from catalog.model import Evidence, Field, ReadResult, ScanError
from scanner.options import ReadOptions
from scanner.values import profile_values

#: file suffix -> format name
FORMATS = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "json",
    ".ndjson": "json",
}
COMPRESSIONS = frozenset({".gz", ".bz2", ".zst", ".lz4"})
BATCH_ROWS = 1024
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def file_format(path: Path) -> str | None:
    """The format of a data file by its suffix (``users.csv.gz`` is CSV), or None."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSIONS:
        suffixes.pop()
    return FORMATS.get(suffixes[-1]) if suffixes else None


def _arrow_format(name: str) -> ds.FileFormat:
    if name == "parquet":
        return ds.ParquetFileFormat()
    if name == "tsv":
        return ds.CsvFileFormat(parse_options=pcsv.ParseOptions(delimiter="\t"))
    if name == "csv":
        return ds.CsvFileFormat()
    return ds.JsonFileFormat()


def _stem(path: Path) -> str:
    name = path.name
    while Path(name).suffix.lower() in COMPRESSIONS | set(FORMATS):
        name = Path(name).stem
    return name


def _data_files(directory: Path) -> list[Path]:
    """Data files under a directory, skipping hidden and ``_``-prefixed names (``_SUCCESS``)."""
    return sorted(
        path
        for path in directory.rglob("*")
        if path.is_file()
        and not any(part.startswith((".", "_")) for part in path.relative_to(directory).parts)
        and file_format(path) is not None
    )


def _open(path: Path, result: ReadResult) -> ds.Dataset:
    """Open a file or a directory dataset; files of a minority format are reported, not read."""
    if path.is_file():
        kind = file_format(path)
        if kind is None:
            raise DatamapError(f"not a data file datamap reads (known: {', '.join(FORMATS)})", str(path))
        return ds.dataset(str(path), format=_arrow_format(kind))
    files = _data_files(path)
    if not files:
        raise DatamapError("no Parquet, CSV or JSON lines files in this directory", str(path))
    kinds = Counter(file_format(file) for file in files)
    kind = max(sorted(kinds, key=str), key=lambda name: kinds[name])
    for file in files:
        if file_format(file) != kind:
            result.errors.append(ScanError(str(file), None, f"not read: the dataset's files are {kind}"))
    chosen = [str(file) for file in files if file_format(file) == kind]
    return ds.dataset(chosen, format=_arrow_format(str(kind)), partitioning="hive", partition_base_dir=str(path))


Step = tuple[str, bool]  # (name, the value at this step is a list to iterate)


def _flatten(
    fields: Any, prefix: str = "", steps: tuple[Step, ...] = ()
) -> Iterator[tuple[str, Any, tuple[Step, ...]]]:
    """(flattened name, arrow type, steps to reach the values) for every leaf field."""
    for field in fields:
        name = f"{prefix}{field.name}"
        kind = field.type
        if pa.types.is_struct(kind):
            yield from _flatten(kind, f"{name}.", (*steps, (field.name, False)))
        elif (pa.types.is_list(kind) or pa.types.is_large_list(kind)) and pa.types.is_struct(kind.value_type):
            yield from _flatten(kind.value_type, f"{name}[].", (*steps, (field.name, True)))
        else:
            yield name, kind, (*steps, (field.name, pa.types.is_list(kind) or pa.types.is_large_list(kind)))


def _values(row: Any, steps: tuple[Step, ...]) -> Iterator[object]:
    """The values a flattened field has in one row (several inside lists)."""
    if not steps:
        yield row
        return
    if not isinstance(row, dict):
        return
    (name, is_list), rest = steps[0], steps[1:]
    value = row.get(name)
    if is_list and isinstance(value, list):
        for item in value:
            yield from _values(item, rest)
    elif value is not None:
        yield from _values(value, rest)


def _head(dataset: ds.Dataset, rows: int) -> list[dict[str, Any]]:
    """At most ``rows`` rows, streamed batch by batch from the first fragments."""
    scanner = dataset.scanner(batch_size=min(rows, BATCH_ROWS), batch_readahead=1, fragment_readahead=1)
    sample: list[dict[str, Any]] = []
    for batch in scanner.to_batches():
        sample.extend(batch.slice(0, rows - len(sample)).to_pylist())
        if len(sample) >= rows:
            break
    return sample


def read_datafile(path: str, options: ReadOptions) -> ReadResult:
    """Read a data file or directory dataset's fields (and, with sampling, profile values).

    A file pyarrow cannot read is a counted error in the result, not an exception;
    a path that does not exist is a :class:`DatamapError`.
    """
    result = ReadResult(stats=dict.fromkeys(("tables_read", "tables_skipped", "columns_read", "rows_sampled"), 0))
    location = Path(path)
    if not location.exists():
        raise DatamapError("no such file or directory", path)
    try:
        dataset = _open(location, result)
        schema = dataset.schema
    except (pa.ArrowException, OSError) as error:
        result.errors.append(ScanError(path, None, f"cannot read: {_reason(error)}"))
        result.stats["tables_skipped"] = 1
        return result
    table = _stem(location) if location.is_file() else location.name
    dataset_name = location.name
    leaves = list(_flatten(schema))
    for name, kind, _ in leaves:
        evidence = Evidence(path=f"{path}#{name}")
        result.fields.append(Field(path, dataset_name, table, name, str(kind), evidence=evidence))
    result.stats["tables_read"] = 1
    result.stats["columns_read"] = len(leaves)
    if options.sample:
        _sample(dataset, options.sample, leaves, result, path)
    return result


def _sample(
    dataset: ds.Dataset, rows: int, leaves: list[tuple[str, Any, tuple[Step, ...]]], result: ReadResult, path: str
) -> None:
    try:
        sample = _head(dataset, rows)
    except (pa.ArrowException, OSError) as error:
        result.errors.append(ScanError(path, None, f"values not sampled: {_reason(error)}"))
        result.stats["tables_skipped"] = 1
        return
    result.stats["rows_sampled"] = len(sample)
    for field, (_, kind, steps) in zip(result.fields, leaves, strict=True):
        if pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_fixed_size_binary(kind):
            continue
        values = (value for row in sample for value in _values(row, steps))
        result.profiles[field.key] = profile_values(values)


def _reason(error: BaseException) -> str:
    """A one-line reason; quoted parts are cut, since pyarrow quotes the offending values."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return _QUOTED.sub("'…'", lines[0]) if lines else type(error).__name__
