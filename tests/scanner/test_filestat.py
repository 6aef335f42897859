"""Files' hashes and suppression comments kept by their stat signature: unchanged files are not read again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from catalog.suppressions import parse_suppressions
from scanner.cache import filestat
from scanner.cache.filestat import FileFacts
from scanner.cache.keys import file_digest
from scanner.cache.store import CacheStore

TEXT = 'import stripe\n\n\ndef charge(email):  # datamap: ignore[DM101] reason="reviewed"\n    return email\n'


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files hashed by reading them."""
    read: list[str] = []

    def counting(path: Path) -> str:
        read.append(path.as_posix())
        return file_digest(path)

    monkeypatch.setattr(filestat, "file_digest", counting)
    return read


def facts_of(store: CacheStore, names: list[str]) -> tuple[list[str], list[Any]]:
    facts = FileFacts(store)
    digests = [facts.digest(Path(name)) for name in names]
    comments = [facts.suppressions(name, lambda text, n=name: parse_suppressions(n, text)) for name in names]
    facts.save()
    return digests, comments


def test_a_file_recorded_long_enough_ago_is_not_read_again(tmp_path: Path, counted: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    file = tmp_path / "billing.py"
    file.write_text(TEXT)
    name = file.as_posix()
    first = facts_of(store, [name])
    assert first[0] == [file_digest(file)] and [s.rules for s in first[1][0]] == [("DM101",)]
    monkeypatch.setattr(filestat, "RACY_NS", -10**15)  # as if recorded long after the file was written
    facts_of(store, [name])  # recorded again, now trusted
    counted.clear()
    monkeypatch.setattr(filestat, "open", None, raising=False)  # reading a file's text would fail
    assert facts_of(store, [name]) == first
    assert counted == []


def test_a_file_changed_to_the_same_size_and_time_is_read_again(tmp_path: Path, counted: list[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Its change time moves even when its modification time is put back."""
    monkeypatch.setattr(filestat, "RACY_NS", -10**15)
    store = CacheStore(tmp_path / "cache", "build")
    file = tmp_path / "billing.py"
    file.write_text(TEXT)
    stat = file.stat()
    facts_of(store, [file.as_posix()])
    changed = TEXT.replace("DM101", "DM102")
    file.write_text(changed)
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    digests, comments = facts_of(store, [file.as_posix()])
    assert digests == [file_digest(file)] and [s.rules for s in comments[0]] == [("DM102",)]


def test_a_file_written_just_before_it_was_recorded_is_not_trusted(tmp_path: Path, counted: list[str]) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    file = tmp_path / "billing.py"
    file.write_text(TEXT)
    facts_of(store, [file.as_posix()])
    counted.clear()
    facts_of(store, [file.as_posix()])
    assert counted == [file.as_posix()]  # within RACY_NS of its recording: hashed again


def test_foreign_records_are_ignored(tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filestat, "RACY_NS", -10**15)
    store = CacheStore(tmp_path / "cache", "build")
    file = tmp_path / "billing.py"
    file.write_text(TEXT)
    st = file.stat()
    signature = [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]
    store.put(filestat.KIND, "files", {file.as_posix(): [*signature, "0" * 64, 1, [[1, "DM101", None, None]]]})
    digests, comments = facts_of(store, [file.as_posix()])
    assert digests == [file_digest(file)] and [s.line for s in comments[0]] == [4]
