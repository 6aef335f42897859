"""A read after an edit that reuses the last analysis reads exactly what a read without cache reads."""

from __future__ import annotations

import random
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from catalog.model import ReadResult
from catalog.recipients import KnowledgeBase
from scanner.cache import plainjson
from scanner.cache.codec import PlainResult, encode_result
from scanner.cache.store import CacheStore
from scanner.code import incremental, python, source, summary
from scanner.code.incremental import _resummed
from scanner.code.python import read_python_files
from scanner.options import ReadOptions
from tests.cli.invoke import run

MODELS = '''\
from django.db import models


class Member(models.Model):
    email = models.EmailField()
    nickname = models.CharField(max_length=40)
'''
HELPERS = '''\
import logging

log = logging.getLogger(__name__)
REGION = "eu"


def normalise(value):
    return value.strip().lower()


def contact(member):
    return {"email": normalise(member.email), "name": member.nickname}
'''
VIEWS = '''\
import stripe

from shop import helpers
from shop.helpers import contact, normalise
from shop.models import Member


def signup(pk):
    member = Member.objects.get(pk=pk)
    stripe.Customer.create(**contact(member))


def rename(member):
    helpers.log.info("renamed")
    return normalise(member.nickname)
'''
#: name -> (path, old text, new text); "" as old text writes the file, None as new text deletes it
EDITS: dict[str, tuple[str, str, str | None]] = {
    "body only": ("shop/views.py", "    return normalise(member.nickname)\n",
                  "    return normalise(member.nickname)\n    region = 'eu'\n"),
    "body with new data": ("shop/views.py", "    return normalise(member.nickname)\n",
                           "    print(member.email)\n    return normalise(member.nickname)\n"),
    "call to another module": ("shop/views.py", '    helpers.log.info("renamed")\n',
                               '    helpers.log.info("renamed")\n    contact(member)\n'),
    "changed signature": ("shop/helpers.py", "def normalise(value):", "def normalise(value, strict=False):"),
    "changed return": ("shop/helpers.py", "    return value.strip().lower()\n", "    return value\n"),
    "changed global": ("shop/helpers.py", 'REGION = "eu"\n', 'REGION = "eu"\nlog = None\n'),
    "deleted module": ("shop/helpers.py", HELPERS, None),
    "new module": ("shop/jobs.py", "", "from shop.views import rename\n\n\ndef nightly(member):\n"
                                       "    return rename(member)\n"),
    "new decorator": ("shop/helpers.py", "def contact(member):", "@app.task\ndef contact(member):"),
    "lines shifted in the middle": ("shop/views.py", "    member = Member.objects.get(pk=pk)\n",
                                    "    member = Member.objects.get(pk=pk)\n    region = 'eu'\n"),
    "lines shifted at the top": ("shop/views.py", "import stripe\n", "# views\nimport stripe\n"),
    "lines shifted in a module others call into": ("shop/helpers.py", "    return value.strip().lower()\n",
                                                   "    # the stored form\n    return value.strip().lower()\n"),
    "new output": ("shop/views.py", '    helpers.log.info("renamed")\n',
                   '    helpers.log.info("renamed")\n    stripe.Charge.create(customer=member)\n'),
}


def _paths(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.py"))


def _read(root: Path, kb: KnowledgeBase, store: CacheStore | None) -> dict[str, Any]:
    return encode_result(read_python_files(_paths(root), ReadOptions(), kb, store=store))


def _edit(root: Path, path: str, old: str, new: str | None) -> None:
    file = root / path
    if new is None:
        file.unlink()
    elif not old:
        file.write_text(new)
    else:
        text = file.read_text()
        assert old in text
        file.write_text(text.replace(old, new, 1))


@pytest.fixture
def reused(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each read reused the last analysis."""
    found: list[bool] = []
    original = python.reuse_previous

    def counting(*args: Any) -> Any:
        output = original(*args)
        found.append(output is not None)
        return output

    monkeypatch.setattr(python, "reuse_previous", counting)
    return found


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    (root / "shop").mkdir(parents=True)
    for name, text in {"__init__": "", "models": MODELS, "helpers": HELPERS, "views": VIEWS}.items():
        (root / "shop" / f"{name}.py").write_text(text)
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edit_reads_the_same_warm_as_cold(edit: str, shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                             reused: list[bool]) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS[edit])
    cold = _read(shop, kb, None)
    assert _read(shop, kb, store) == cold
    assert _read(shop, kb, store) == cold  # and once more, from what the warm read kept
    assert reused[-1]


def test_an_edit_that_does_the_same_reuses_the_analysis(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                        reused: list[bool], monkeypatch: pytest.MonkeyPatch) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS["body only"])
    monkeypatch.setattr(python, "_analysed", None)  # the repository is not analysed again
    assert _read(shop, kb, store)["edges"]
    assert reused == [True]


@pytest.mark.parametrize("edit", ["lines shifted in the middle", "lines shifted at the top",
                                  "lines shifted in a module others call into"])
def test_an_edit_that_moves_lines_reuses_the_analysis(edit: str, shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                      reused: list[bool], monkeypatch: pytest.MonkeyPatch) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS[edit])
    cold = _read(shop, kb, None)
    monkeypatch.setattr(python, "_analysed", None)  # the repository is not analysed again
    assert _read(shop, kb, store) == cold
    assert reused == [True]


def test_output_in_moved_lines_is_the_recorded_output_moved(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                             reused: list[bool], monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """Lines inserted above functions move the places of what they emit: the recorded output is reused with its
    places moved (nothing merged, still undecoded), again after a move in another module, and a later edit that
    emits something new is merged in the current lines. (A line inserted inside a function changes the ids of
    its later calls, which name their offset from its ``def``: that is new output.)"""
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    for edit in ("lines shifted at the top", "lines shifted in a module others call into"):
        _edit(shop, *EDITS[edit])
        cold = _read(shop, kb, None)
        with monkeypatch.context() as patch:
            patch.setattr(python, "_analysed", None)
            patch.setattr(incremental, "_merged", None)
            warm = read_python_files(_paths(shop), ReadOptions(), kb, store=store)
            assert isinstance(warm, PlainResult) and warm.records is not None and warm.moves
            assert encode_result(warm) == cold
            assert _read(shop, kb, store) == cold  # checked again against the trace
    _edit(shop, *EDITS["new output"])
    assert _read(shop, kb, store) == _read(shop, kb, None)
    _edit(shop, "shop/views.py", "# views\n", "# views\n# shop\n")
    assert _read(shop, kb, store) == _read(shop, kb, None)
    assert all(reused)


def test_a_caller_reading_a_moved_line_runs_again(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """``rename`` passes its parameter to ``normalise``, whose parameter's node is placed at its line: when lines
    above ``normalise`` move, it runs again, and only it (``signup`` links what ``contact`` returns, whose node id
    names no line)."""
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, "shop/helpers.py", "import logging\n", "# helpers\nimport logging\n")
    checked: list[tuple[str, str | None]] = []
    original = incremental._same_step

    def counting(step: Any, module: Any, *args: Any) -> Any:
        checked.append((module.path, step[1]))
        return original(step, module, *args)

    monkeypatch.setattr(incremental, "_same_step", counting)
    assert _read(shop, kb, store) == _read(shop, kb, None)
    assert {step for step in checked if step[0] != "shop/helpers.py"} == {("shop/views.py", "shop.views.rename")}


def test_an_edit_that_does_something_new_is_analysed(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                     reused: list[bool]) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS["body with new data"])
    _read(shop, kb, store)
    assert reused == [False]


@pytest.mark.parametrize("damage", [b"not zlib", b"x\x9c"])
def test_corrupt_trace_entries_are_ignored(damage: bytes, shop: Path, kb: KnowledgeBase, tmp_path: Path) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS["body only"])
    expected = _read(shop, kb, None)
    entries = sorted((tmp_path / "cache" / "pytrace").glob("*/*.json.z"))
    assert len(entries) > 1
    for entry in entries[::2]:
        entry.write_bytes(damage)
    assert _read(shop, kb, store) == expected
    assert _read(shop, kb, store) == expected


def _edited_with_tampered_cache(shop: Path, kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                kind: str, tamper: Callable[[Any], Any]) -> tuple[CacheStore, Any]:
    """A cache filled by a read, then a body-only edit, then the cache's ``kind`` entries passed
    through ``tamper`` when read; returns the store and what a read without cache now gives."""
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS["body only"])
    expected = _read(shop, kb, None)
    original = store.get

    def tampered(entry_kind: str, key: str) -> Any:
        data = original(entry_kind, key)
        return tamper(data) if entry_kind == kind else data

    monkeypatch.setattr(store, "get", tampered)
    return store, expected


def test_foreign_trace_data_is_ignored(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def foreign(data: Any) -> Any:
        if isinstance(data, dict) and "steps" in data:
            return {"steps": [[0, None, [["glob", "shop.views", "x"]], "y", "z", 1]], "facts": [[1, 2]]}
        return data

    store, expected = _edited_with_tampered_cache(shop, kb, tmp_path, monkeypatch, "pytrace", foreign)
    assert _read(shop, kb, store) == expected


def test_a_recorded_output_reused_as_it_is_stays_undecoded_and_encodes_as_a_fresh_read(
        shop: Path, kb: KnowledgeBase, tmp_path: Path, reused: list[bool]) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS["body only"])
    warm = read_python_files(_paths(shop), ReadOptions(), kb, store=store)
    assert reused == [True]
    assert isinstance(warm, PlainResult) and warm.records is not None  # nothing decoded yet
    fresh = read_python_files(_paths(shop), ReadOptions(), kb)
    assert encode_result(warm) == encode_result(fresh)
    assert warm.records is not None
    assert warm == fresh and warm.records is None  # compared: decoded, and equal


@pytest.mark.parametrize("damage", ["field", "edge", "shape"])
def test_recorded_records_that_do_not_decode_give_way_to_an_analysis(
        damage: str, shop: Path, kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The records of a reused output are decoded only when read: records that turn out not to be a reader's
    are replaced then by what an analysis gives, never an error."""
    def tamper(data: Any) -> Any:
        if not (isinstance(data, dict) and "edges" in data and data["fields"]):
            return data
        if damage == "field":
            return {**data, "fields": [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], *data["fields"][1:]]}
        if damage == "edge":
            return {**data, "edges": [["a", "b", "copies", ["x.py", "one"], None, None, None]]}
        return {**data, "fields": [["not", "a", "field"]]}

    store, expected = _edited_with_tampered_cache(shop, kb, tmp_path, monkeypatch, "pytrace", tamper)
    warm = read_python_files(_paths(shop), ReadOptions(), kb, store=store)
    assert encode_result(ReadResult(warm.fields, warm.errors, warm.profiles, warm.stats, warm.nodes,
                                    warm.edges)) == expected


# -- random edits to a generated repository ---------------------------------------------------------------------
STATEMENTS = [
    "x = 1", "log.info('done')", "log.info(value)", "print(value)", "track(value, 'plan')",
    "requests.post(URL, json={'email': value})", "value = value.strip()", "value = normalise(value)",
    "CLIENT.send(value)", "return value", "return {'email': value}", "return 'constant'",
]


def _module(rng: random.Random, number: int, count: int) -> str:
    other = rng.randrange(count)
    lines = ["import logging", "", "import requests", "",
             f"from gen.m{other} import f{other}_0 as track, normalise", "",
             "log = logging.getLogger(__name__)", "URL = 'https://api.example.com/events'",
             f"CLIENT = {rng.choice(['None', 'requests.Session()', 'log'])}", "", "",
             "def normalise(value):", f"    {rng.choice(STATEMENTS)}", "    return value.lower()"]
    for function in range(3):
        lines += ["", "", f"def f{number}_{function}(value, plan=None):"]
        lines += [f"    {rng.choice(STATEMENTS)}" for _ in range(rng.randint(1, 3))]
    return "\n".join(lines) + "\n"


def _random_edit(rng: random.Random, root: Path, count: int) -> None:
    path = root / "gen" / f"m{rng.randrange(count)}.py"
    lines = path.read_text().splitlines()
    kind = rng.randrange(6)
    if kind == 0:  # a statement added to the last function
        lines.append(f"    {rng.choice(STATEMENTS)}")
    elif kind == 1:  # a statement of some function replaced (lines of later functions stay)
        body = [n for n, line in enumerate(lines) if line.startswith("    ") and n > 12]
        lines[rng.choice(body)] = f"    {rng.choice(STATEMENTS)}"
    elif kind == 4:  # a statement inserted at the top of some function (lines of later functions move)
        heads = [n for n, line in enumerate(lines) if line.startswith("def ")]
        lines.insert(rng.choice(heads) + 1, f"    {rng.choice(STATEMENTS)}")
    elif kind == 5:  # a comment at the top (every line moves)
        lines.insert(0, "# edited")
    elif kind == 2:  # the module's client changed
        lines[8] = f"CLIENT = {rng.choice(['None', 'requests.Session()', 'log', 'requests'])}"
    else:  # the whole module generated anew
        lines = _module(rng, int(path.stem[1:]), count).splitlines()
    path.write_text("\n".join(lines) + "\n")


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(0, 10_000))
@example(seed=50)  # a function counted anew twice: the trace keeps the stats a reuse counted
def test_random_edits_read_the_same_warm_as_cold(seed: int, kb: KnowledgeBase, tmp_path_factory: Any) -> None:
    rng = random.Random(seed)
    root = tmp_path_factory.mktemp("gen")
    count = 6
    (root / "gen").mkdir()
    (root / "gen" / "__init__.py").write_text("")
    for number in range(count):
        (root / "gen" / f"m{number}.py").write_text(_module(rng, number, count))
    store = CacheStore(root / ".cache", "build")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        _read(root, kb, store)
        for _ in range(3):
            _random_edit(rng, root, count)
            assert _read(root, kb, store) == _read(root, kb, None)


@given(st.lists(st.dictionaries(st.sampled_from("abcde"), st.integers(1, 3), max_size=3), min_size=1, max_size=6),
       st.data())
def test_stats_summed_again_are_summed_as_counter_sums_them(steps: list[dict[str, int]], data: Any) -> None:
    before = [Counter(s) for s in steps]
    total = sum(before, Counter())
    first: dict[str, int] = {}
    for position, counts in enumerate(before):
        for name in counts:
            first.setdefault(name, position)
    position = data.draw(st.integers(0, len(steps) - 1))
    new = Counter(data.draw(st.dictionaries(st.sampled_from("abcdef"), st.integers(1, 3), max_size=4)))
    after = [*before[:position], new, *before[position + 1:]]
    expected = sum(after, Counter())
    found = _resummed(dict(total), first, [(position, dict(before[position]), new)])
    if found is not None:
        assert list(found[0].items()) == list(expected.items())
        assert found[1] == {name: min(n for n, c in enumerate(after) if name in c) for name in expected}
    else:
        assert any(first[name] == position and name not in new and expected[name] for name in before[position])


# -- the check's reports ------------------------------------------------------------------------------------------
def test_check_reports_the_same_warm_cold_and_without_cache(shop: Path) -> None:
    policy = Path(__file__).resolve().parents[3] / "sample_schemas" / "policy.yaml"
    subprocess.run(["git", "init", "-q"], cwd=shop, check=True)
    for output in ("json", "sarif"):
        run("check", "--policy", str(policy), "--format", output)
    for edit in ("body only", "changed global", "call to another module", "lines shifted in the middle",
                 "lines shifted in a module others call into"):
        _edit(shop, *EDITS[edit])
        for output in ("json", "sarif"):
            warm = run("check", "--policy", str(policy), "--format", output)
            assert warm == run("check", "--policy", str(policy), "--format", output, "--no-cache")


def test_an_edited_top_level_is_checked_like_a_function(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                        reused: list[bool]) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, "shop/helpers.py", 'REGION = "eu"\n', 'REGION = "eu"  # the default\n')
    assert _read(shop, kb, store) == _read(shop, kb, None)
    assert reused[-1] and incremental.MAX_EDITED > 0


def test_edits_one_after_another_each_read_the_same_warm_as_cold(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                                 reused: list[bool]) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    for text in ("    region = 'eu'\n", "    region = 'us'\n    print('renamed')\n", "    log = 1\n"):
        views = shop / "shop" / "views.py"
        views.write_text(views.read_text() + text)
        assert _read(shop, kb, store) == _read(shop, kb, None)
    assert reused == [True, True, True]


def test_edits_to_several_modules_one_after_another_read_the_same_warm_as_cold(
        shop: Path, kb: KnowledgeBase, tmp_path: Path, reused: list[bool]) -> None:
    """A module edited by an earlier reuse has its steps checked again: what they read may differ from the trace."""
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    for edit in ("body only", "lines shifted in a module others call into", "lines shifted at the top"):
        _edit(shop, *EDITS[edit])
        assert _read(shop, kb, store) == _read(shop, kb, None)
    assert reused == [True, True, True]


def test_modules_of_the_same_name_read_the_same_warm_as_cold(kb: KnowledgeBase, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "repo"
    for folder in ("a", "b"):
        (root / folder).mkdir(parents=True)
        (root / folder / "run.py").write_text(f"import stripe\n\n\ndef main(email):\n    stripe.Customer.create("
                                              f"email=email)\n    name = '{folder}'\n")
    monkeypatch.chdir(root)
    store = CacheStore(tmp_path / "cache", "build")
    _read(root, kb, store)
    for folder in ("a", "b"):
        script = root / folder / "run.py"
        script.write_text(script.read_text() + "    done = True\n")
        assert _read(root, kb, store) == _read(root, kb, None)


def test_an_edit_that_only_emits_more_merges_the_recorded_outputs_again(shop: Path, kb: KnowledgeBase,
                                                                         tmp_path: Path, reused: list[bool]) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    before = _read(shop, kb, store)
    _edit(shop, *EDITS["new output"])
    cold = _read(shop, kb, None)
    assert _read(shop, kb, store) == cold != before
    ending = '    return {"email": normalise(member.email), "name": member.nickname}\n'
    _edit(shop, "shop/helpers.py", ending, f"{ending}    n = 1\n")
    assert _read(shop, kb, store) == _read(shop, kb, None)  # the new output was kept for the next edit
    assert reused == [True, True]  # neither read analysed the repository


# -- module summaries: unchanged modules are not parsed ---------------------------------------------------------
@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the modules parsed, in order."""
    found: list[str] = []
    original = source._parse

    def counting(path: str, text: str) -> Any:
        found.append(path)
        return original(path, text)

    monkeypatch.setattr(source, "_parse", counting)
    return found


def test_a_reuse_parses_only_the_modules_it_needs(shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                                  reused: list[bool], parsed: list[str]) -> None:
    """The edited module's steps run again and the model's attributes are read; the helpers' tree is not needed."""
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS["body only"])
    cold = _read(shop, kb, None)
    parsed.clear()
    assert _read(shop, kb, store) == cold
    assert reused[-1]
    assert sorted(set(parsed)) == ["shop/models.py", "shop/views.py"]


@pytest.mark.parametrize("damage", [b"not zlib", b"x\x9c"])
def test_corrupt_summaries_are_parsed_again(damage: bytes, shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                            parsed: list[str]) -> None:
    store = CacheStore(tmp_path / "cache", "build")
    _read(shop, kb, store)
    _edit(shop, *EDITS["lines shifted in a module others call into"])
    expected = _read(shop, kb, None)
    entries = sorted((tmp_path / "cache" / "pysummary").glob("*/*.json.z"))
    assert entries
    for entry in entries:
        entry.write_bytes(damage)
    parsed.clear()
    assert _read(shop, kb, store) == expected
    assert sorted(set(parsed)) == _paths(shop)  # every module parsed, as without summaries
    assert _read(shop, kb, store) == expected


@pytest.mark.parametrize("tamper", ["definitions", "types", "name"])
def test_foreign_summaries_are_parsed_again(tamper: str, shop: Path, kb: KnowledgeBase, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, parsed: list[str]) -> None:
    def foreign(data: Any) -> Any:
        if isinstance(data, dict):
            for entry in data.values():
                if tamper == "definitions":
                    entry[3][2] = [["class", 1, None]]
                elif tamper == "types":
                    entry[3][1] = [None]
                else:
                    entry[1] = "elsewhere"
        return data

    store, expected = _edited_with_tampered_cache(shop, kb, tmp_path, monkeypatch, "pysummary", foreign)
    parsed.clear()
    assert _read(shop, kb, store) == expected
    assert sorted(set(parsed)) == _paths(shop)


def test_a_summary_gives_what_the_tree_gives(shop: Path) -> None:
    for path in _paths(shop):
        module = source.parse_module(path, (shop / path).read_text())
        found = summary.summarize(module)
        assert summary.decode(plainjson.loads(plainjson.dumps(summary.encode(found)))) == found
        kept = source.parse_module(path, module.text, imports=found.imports)
        assert kept.parsed is None and kept.imports == module.imports
        assert summary.summarize(kept) == found and kept.parsed is not None  # parsed when its tree is needed
