"""Hostile and broken input: each file is one ScanError with its reason, and nothing raises."""

from __future__ import annotations

import os
from pathlib import Path

from catalog.model import ScanError
from scanner.config.document import MAX_BYTES, MAX_DEPTH, MAX_NODES
from scanner.config.reader import read_config_file
from scanner.options import ReadOptions

BOMB = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def _read(tmp_path: Path, name: str, content: str | bytes) -> list[ScanError]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    result = read_config_file(str(path), ReadOptions())
    assert result.nodes == [] and result.edges == [] and result.fields == []
    return [ScanError(os.path.basename(e.path), e.line, e.reason, e.kind) for e in result.errors]


def test_yaml_bomb_runs_out_of_budget(tmp_path: Path) -> None:
    reason = f"YAML aliases expand to more than {MAX_NODES} values (an alias bomb?)"
    assert _read(tmp_path, "bomb.yaml", BOMB) == [ScanError("bomb.yaml", 6, reason)]


def test_deeply_nested_json(tmp_path: Path) -> None:
    deep = '{"a": ' * 100_000 + "1" + "}" * 100_000
    reason = f"JSON nesting deeper than {MAX_DEPTH} levels"
    assert _read(tmp_path, "deep.json", deep) == [ScanError("deep.json", 1, reason)]


def test_deeply_nested_yaml(tmp_path: Path) -> None:
    errors = _read(tmp_path, "deep.yaml", "[" * 50_000 + "]" * 50_000)
    assert len(errors) == 1 and errors[0].line == 1
    assert "nesting" in errors[0].reason


def test_binary_file(tmp_path: Path) -> None:
    assert _read(tmp_path, "blob.json", b"\x89PNG\r\n\x1a\n\x00\x00") == [
        ScanError("blob.json", None, "binary file, not text")
    ]


def test_not_utf8(tmp_path: Path) -> None:
    assert _read(tmp_path, "latin.ini", "[a]\nname = caf\xe9\n".encode("latin-1")) == [
        ScanError("latin.ini", 2, "not UTF-8 text (byte 14)")
    ]


def test_broken_toml(tmp_path: Path) -> None:
    errors = _read(tmp_path, "broken.toml", 'title = "x"\n[stripe\napi_key = 1\n')
    assert [(e.path, e.line) for e in errors] == [("broken.toml", 2)]
    assert errors[0].reason.startswith("TOML syntax error: ")


def test_broken_yaml(tmp_path: Path) -> None:
    errors = _read(tmp_path, "broken.yml", "a: 1\nb: [1, 2\nc: 3\n")
    assert [(e.path, e.line, e.kind) for e in errors] == [("broken.yml", 3, "error")]
    assert errors[0].reason.startswith("YAML syntax error: ")


def test_broken_json(tmp_path: Path) -> None:
    assert _read(tmp_path, "broken.json", '{\n  "a": 1\n  "b": 2\n}') == [
        ScanError("broken.json", 3, "JSON syntax error: Expecting ',' delimiter")
    ]


def test_ini_without_section(tmp_path: Path) -> None:
    assert _read(tmp_path, "setup.cfg", "key = value\n") == [
        ScanError("setup.cfg", 1, "ini syntax error: a key before any [section] header")
    ]


def test_huge_file_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as out:
        out.truncate(MAX_BYTES + 1)  # sparse: the reader must not read it
    result = read_config_file(str(path), ReadOptions())
    reason = f"file too large to read as config ({MAX_BYTES + 1} bytes; the limit is {MAX_BYTES})"
    assert result.errors == [ScanError(str(path), None, reason)]
    assert result.stats == {}


def test_missing_file(tmp_path: Path) -> None:
    result = read_config_file(str(tmp_path / "gone.yaml"), ReadOptions())
    assert result.errors == [ScanError(str(tmp_path / "gone.yaml"), None, "cannot read: No such file or directory")]


def test_lock_files_are_counted_not_read(tmp_path: Path) -> None:
    path = tmp_path / "package-lock.json"
    path.write_text("{ not json", "utf-8")
    result = read_config_file(str(path), ReadOptions())
    assert (result.errors, result.stats) == ([], {"config_files_skipped": 1})


def test_empty_files_read_cleanly(tmp_path: Path) -> None:
    for name in ("empty.yaml", "empty.toml", "empty.ini", ".env", "empty.json"):
        (tmp_path / name).write_text("" if name != "empty.json" else "{}", "utf-8")
        result = read_config_file(str(tmp_path / name), ReadOptions())
        assert (result.errors, result.stats) == ([], {"config_files": 1}), name
