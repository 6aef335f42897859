"""Schema files saved as UTF-16 or UTF-32 (SQL Server tools do) are read, binary files still refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from scanner.sql.files import read_text

_SCRIPT = "CREATE TABLE [dbo].[Clients]([Nom] [nvarchar](80) NULL, [Café] [int] NULL)\r\nGO\r\n"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + _SCRIPT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + _SCRIPT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + _SCRIPT.encode("utf-32-le"),
        codecs.BOM_UTF8 + _SCRIPT.encode("utf-8"),
        _SCRIPT.replace("é", "e").encode("utf-16-le"),
        _SCRIPT.replace("é", "e").encode("utf-16-be"),
    ],
)
def test_unicode_encodings_are_decoded(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "script.sql"
    path.write_bytes(data)
    assert read_text(path).replace("Cafe", "Café") == _SCRIPT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02SQLite format 3\x00", "binary file, not SQL text"),
        (codecs.BOM_UTF16_LE + b"C\x00\x00\xd8", "not UTF-16 text despite its byte-order mark"),
    ],
)
def test_binary_and_broken_files_are_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "blob.sql"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=reason):
        read_text(path)
