"""Shared helpers: read a fixture app with a fixed recipients file, paths relative to the app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from catalog.model import ReadResult
from catalog.recipients import KnowledgeBase, parse_recipients
from scanner.code.python import read_python_files
from scanner.options import ReadOptions

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    path = FIXTURES / "recipients.yaml"
    return KnowledgeBase(parse_recipients(path.read_bytes(), str(path)))


@pytest.fixture
def read_app(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], ReadResult]:
    """Read every .py file of a fixture app, from inside the app folder."""

    def read(name: str) -> ReadResult:
        root = FIXTURES / name
        monkeypatch.chdir(root)
        paths = sorted(str(p.relative_to(root)) for p in root.rglob("*.py"))
        return read_python_files(paths, ReadOptions(), kb)

    return read


@pytest.fixture
def read_source(kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                ) -> Callable[..., ReadResult]:
    """Write files {relative path: text} into a temporary folder and read them."""

    def read(files: dict[str, str]) -> ReadResult:
        monkeypatch.chdir(tmp_path)
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        paths = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.py"))
        return read_python_files(paths, ReadOptions(), kb)

    return read


def edges(result: ReadResult) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(e.source, e.target, e.kind, e.transform, e.purpose) for e in result.edges}


def sinks(result: ReadResult) -> set[tuple[str, str, int | None, str | None]]:
    """(call node, recipient, line, purpose) of every sending edge."""
    return {(e.source, e.target, e.evidence.line if e.evidence else None, e.purpose)
            for e in result.edges if e.kind == "sends"}
