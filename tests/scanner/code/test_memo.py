"""Function runs reused between scans: the result is the same cold, warm and without the cache."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from catalog.recipients import KnowledgeBase
from scanner.cache.codec import encode_result
from scanner.cache.store import CacheStore
from scanner.code import python
from scanner.code.python import read_python_files
from scanner.options import ReadOptions

FIXTURES = Path(__file__).parent / "fixtures"

MODELS = '''\
from django.db import models


class Member(models.Model):
    email = models.EmailField()
    nickname = models.CharField(max_length=40)
'''
HELPERS = '''\
def normalise(value):
    return value.strip().lower()


def contact(member):
    return {"email": normalise(member.email), "name": member.nickname}
'''
VIEWS = '''\
import stripe

from shop.helpers import contact, normalise
from shop.models import Member


def signup(pk):
    member = Member.objects.get(pk=pk)
    stripe.Customer.create(**contact(member))


def rename(member):
    return normalise(member.nickname)
'''
CHANGES: dict[str, tuple[str, str, str]] = {
    "body": ("shop/helpers.py", 'return {"email": normalise(member.email), "name": member.nickname}',
             'return {"email": member.email, "name": normalise(member.nickname)}'),
    "new SDK call": ("shop/views.py", "    return normalise(member.nickname)\n",
                     "    analytics.track(member.email, 'renamed')\n    return normalise(member.nickname)\n"),
    "removed function": ("shop/views.py", "\n\ndef rename(member):\n    return normalise(member.nickname)\n", "\n"),
    "renamed import": ("shop/views.py", "from shop.helpers import contact, normalise",
                       "from shop.helpers import contact as contact_of, normalise"),
}


def _memo_counts(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    made: list[Any] = []
    original = python.FunctionMemo

    class Counting(original):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(python, "FunctionMemo", Counting)
    return made


def _read(paths: list[str], kb: KnowledgeBase, store: CacheStore | None) -> dict[str, Any]:
    return encode_result(read_python_files(paths, ReadOptions(), kb, store=store))


def _paths(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.py"))


@pytest.mark.parametrize("app", ["django_app", "fastapi_app", "sqlalchemy_app", "scripts"])
def test_fixture_apps_read_the_same_cold_warm_and_without_cache(app: str, kb: KnowledgeBase, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    made = _memo_counts(monkeypatch)
    monkeypatch.chdir(FIXTURES / app)
    paths = _paths(FIXTURES / app)
    store = CacheStore(tmp_path / "cache", "build")
    plain = _read(paths, kb, None)
    assert _read(paths, kb, store) == plain
    assert _read(paths, kb, store) == plain  # the last analysis reused whole: no function analysed or replayed
    assert not any(memo.counts for memo in made[1:])
    monkeypatch.setattr(python, "reuse_previous", lambda *args: None)
    assert _read(paths, kb, store) == plain
    assert made[-1].counts["functions_run"] == 0 and made[-1].counts["functions_reused"] > 0


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    (root / "shop").mkdir(parents=True)
    (root / "shop" / "__init__.py").write_text("")
    (root / "shop" / "models.py").write_text(MODELS)
    (root / "shop" / "helpers.py").write_text(HELPERS)
    (root / "shop" / "views.py").write_text(VIEWS)
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_after_a_change_the_warm_read_is_the_read_without_cache(change: str, shop: Path, kb: KnowledgeBase,
                                                                tmp_path: Path) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    before = _read(_paths(shop), kb, store)
    path, old, new = CHANGES[change]
    text = (shop / path).read_text()
    assert old in text
    (shop / path).write_text(text.replace(old, new))
    warm = _read(_paths(shop), kb, store)
    assert warm == _read(_paths(shop), kb, None)
    assert warm != before


def test_a_body_change_runs_again_only_what_read_changed_facts(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    made = _memo_counts(monkeypatch)
    store = CacheStore(tmp_path / "cache", "build")
    _read(_paths(shop), kb, store)
    total = made[-1].counts["functions_run"]
    views = shop / "shop" / "views.py"
    views.write_text(views.read_text() + "    print(member.email)\n")
    _read(_paths(shop), kb, store)
    assert 0 < made[-1].counts["functions_run"] < total
    assert made[-1].counts["functions_reused"] > 0


@pytest.mark.parametrize("damage", [b"not zlib", zlib.compress(b"{not json"),
                                    zlib.compress(b'{"format": 2, "data": {"shop.views.signup": [[1, 2]]}}')])
def test_corrupt_function_entries_are_ignored(damage: bytes, shop: Path, kb: KnowledgeBase,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(python, "reuse_previous", lambda *args: None)  # the functions' runs, not the last analysis
    store = CacheStore(tmp_path / "cache", "build")
    expected = _read(_paths(shop), kb, store)
    entries = sorted((tmp_path / "cache" / "pyfunc").glob("*/*.json.z"))
    assert entries
    for entry in entries:
        entry.write_bytes(damage)
    assert _read(_paths(shop), kb, store) == expected
    assert _read(_paths(shop), kb, store) == expected


def test_foreign_variants_inside_a_valid_entry_are_skipped(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(python, "reuse_previous", lambda *args: None)  # the functions' runs, not the last analysis
    store = CacheStore(tmp_path / "cache", "build")
    expected = _read(_paths(shop), kb, store)
    original: Callable[..., Any] = store.get

    def tampered(kind: str, key: str) -> Any:
        data = original(kind, key)
        if kind == "pyfunc" and isinstance(data, dict):
            return {path: [digest, {name: [[[], [["learn", "ret", name, None, "not a value"]], [], [], [], []],
                                           *variants] for name, variants in functions.items()}]
                    for path, (digest, functions) in data.items()}
        return data

    monkeypatch.setattr(store, "get", tampered)
    assert _read(_paths(shop), kb, store) == expected
