"""The content-hash cache: results are the same with and without it, and only changed files are read again."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import zlib
from pathlib import Path
from typing import Any

import pytest

from catalog.model import (
    Classification,
    Edge,
    Evidence,
    Field,
    Finding,
    ForeignKey,
    Node,
    ReadResult,
    ScanError,
    Signal,
    ValueProfile,
)
from datamap.run import build_classifier
from scanner.cache import ScanCache, _plain_reads_digest
from scanner.cache.codec import (
    CorruptEntry,
    decode_classifications,
    decode_errors,
    decode_findings,
    decode_result,
    encode_classifications,
    encode_errors,
    encode_findings,
    encode_result,
)
from scanner.cache.keys import build_id
from scanner.cache.sources import reads_digest
from scanner.cache.store import CacheStore
from scanner.classify.classifier import Classifier
from scanner.classify.reads import at_evidence
from scanner.discover import plan
from scanner.options import ReadOptions
from scanner.pipeline import ScanOutcome, scan, summarise

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_schemas"

MODELS = '''\
from django.db import models


class Member(models.Model):
    email = models.EmailField()
    nickname = models.CharField(max_length=40)
'''
SIGNUP = '''\
import stripe

from shop.models import Member


def signup(pk):
    member = Member.objects.get(pk=pk)
    stripe.Customer.create(email=member.email, name=member.nickname)
'''
SCHEMA = "CREATE TABLE app.users (id bigint PRIMARY KEY, email text, phone text);\n"
VIEW = "CREATE VIEW app.contacts AS SELECT id, lower(email) AS email FROM app.users;\n"
SETTINGS = "integrations:\n  mailchimp:\n    api_key: x\n    audience: members\n"
OTHER = "[database]\nhost = db.internal\nuser = app\n"


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return build_classifier(None, ())


@pytest.fixture
def estate(tmp_path: Path) -> Path:
    """A small repository: a Python package, loose SQL files and two config files."""
    root = tmp_path / "estate"
    (root / "shop").mkdir(parents=True)
    (root / "db").mkdir()
    (root / "shop" / "__init__.py").write_text("")
    (root / "shop" / "models.py").write_text(MODELS)
    (root / "shop" / "signup.py").write_text(SIGNUP)
    (root / "db" / "schema.sql").write_text(SCHEMA)
    (root / "db" / "views.sql").write_text(VIEW)
    (root / "settings.yaml").write_text(SETTINGS)
    (root / "app.ini").write_text(OTHER)
    return root


def snapshot(outcome: ScanOutcome) -> dict[str, Any]:
    """Every field of every record, in order (``astuple`` also compares the fields equality ignores)."""
    return {name: [dataclasses.astuple(item) for item in getattr(outcome, name)]
            for name in ("fields", "classifications", "errors", "nodes", "edges")} | {"stats": outcome.stats}


def run(targets: list[str], classifier: Classifier, cache: ScanCache | None) -> ScanOutcome:
    return scan(targets, ReadOptions(), classifier, cache=cache)


def test_sample_estate_is_the_same_cold_warm_and_without_cache(tmp_path: Path, classifier: Classifier) -> None:
    targets = [str(SAMPLE)]
    plain = snapshot(run(targets, classifier, None))
    cold_cache = ScanCache(tmp_path / "cache", "1.0")
    cold = snapshot(run(targets, classifier, cold_cache))
    warm_cache = ScanCache(tmp_path / "cache", "1.0")
    warm = snapshot(run(targets, classifier, warm_cache))
    assert plain["fields"] and plain["edges"]
    assert cold == plain
    assert warm == plain
    assert cold_cache.counts["jobs_reused"] == 0 and cold_cache.counts["classify_run"] == 1
    assert warm_cache.counts["jobs_read"] == 0 and warm_cache.counts["files_read"] == 0
    assert warm_cache.counts["files_reused"] == cold_cache.counts["files_read"] > 10
    assert warm_cache.counts["classify_reused"] == 1


def test_only_the_changed_file_is_read_again(estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    targets = [str(estate)]
    run(targets, classifier, ScanCache(tmp_path / "cache", "1.0"))
    (estate / "app.ini").write_text(OTHER.replace("db.internal", "db2.internal"))
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = run(targets, classifier, warm)
    # app.ini is one job of its own; the Python and SQL groups and settings.yaml are reused
    assert warm.counts["files_read"] == 1
    assert warm.counts["jobs_read"] == 1
    assert warm.counts["files_reused"] == 6
    assert snapshot(outcome) == snapshot(run(targets, classifier, None))


def test_a_changed_module_rereads_its_group_and_results_follow(estate: Path, tmp_path: Path,
                                                              classifier: Classifier) -> None:
    targets = [str(estate)]
    first = snapshot(run(targets, classifier, ScanCache(tmp_path / "cache", "1.0")))
    moved = SIGNUP.replace("    stripe.Customer.create(", "\n    stripe.Customer.create(")
    (estate / "shop" / "signup.py").write_text(moved)
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = snapshot(run(targets, classifier, warm))
    assert warm.counts["jobs_read"] == 1  # the Python files, read together (calls cross modules)
    assert warm.counts["files_read"] == 3
    assert outcome == snapshot(run(targets, classifier, None))
    assert outcome["edges"] != first["edges"]  # the sending call moved a line down


HELPER = '''\
import stripe


def charge(email, name):
    stripe.Customer.create(email=email, name=name)
'''
VIEWS = '''\
from shop.helpers import charge
from shop.models import Member


def pay(pk):
    member = Member.objects.get(pk=pk)
    charge(member.email, member.nickname)
'''


def test_a_recorded_function_run_with_malformed_output_is_dropped_and_analysed_afresh(
        estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    (estate / "shop" / "helpers.py").write_text(HELPER)
    (estate / "shop" / "views.py").write_text(VIEWS)
    targets = [str(estate)]
    run(targets, classifier, ScanCache(tmp_path / "cache", "1.0"))
    recorded = sorted((tmp_path / "cache" / "pyfunc").glob("*/*.json.z"))
    malformed = 0
    for path in recorded:  # every node and edge a recorded run emitted becomes a record of the wrong shape
        entry = json.loads(zlib.decompress(path.read_bytes()))
        for _, functions in entry["data"].values():
            for variant in (v for variants in functions.values() for v in variants):
                malformed += len(variant[2][1]) + len(variant[2][2])
                variant[2][1] = [[node[0], 1, 2, 3, 4] for node in variant[2][1]]  # keys kept, records broken
                variant[2][2] = [[*edge[:3], "not evidence", *edge[4:]] for edge in variant[2][2]]
        path.write_bytes(zlib.compress(json.dumps(entry).encode()))
    assert malformed
    shutil.rmtree(tmp_path / "cache" / "pytrace")  # no trace of the last analysis to reuse: its runs are replayed
    # a comment changes views.py's bytes, not the repository's shape: charge()'s recorded run is reused
    (estate / "shop" / "views.py").write_text(VIEWS.replace("nickname)", "nickname)  # billed"))
    outcome = snapshot(run(targets, classifier, ScanCache(tmp_path / "cache", "1.0")))
    assert outcome == snapshot(run(targets, classifier, None))
    assert any(f[3] == "email" for f in outcome["fields"])
    entries = [json.loads(zlib.decompress(p.read_bytes())) for p in (tmp_path / "cache" / "pyfunc").glob("*/*.json.z")]
    helper = [functions for e in entries for _, functions in e["data"].values() if "shop.helpers.charge" in functions]
    assert len(helper) == 1 and "1, 2, 3, 4]" not in json.dumps(helper)  # dropped and recorded again, well-formed


def test_a_corrupt_cache_is_ignored_and_rebuilt(estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    targets = [str(estate)]
    expected = snapshot(run(targets, classifier, ScanCache(tmp_path / "cache", "1.0")))
    entries = sorted(p for kind in ("read", "classify") for p in (tmp_path / "cache" / kind).glob("*/*.json.z"))
    assert len(entries) == 5  # four read jobs (Python, SQL, two config files) and one classification
    entries[0].write_bytes(b"not zlib at all")
    entries[1].write_bytes(zlib.compress(b"{not json"))
    valid = json.loads(zlib.decompress(entries[2].read_bytes()))
    entries[2].write_bytes(zlib.compress(json.dumps({**valid, "data": {"fields": [["x"]]}}).encode()))
    valid = json.loads(zlib.decompress(entries[3].read_bytes()))
    entries[3].write_bytes(zlib.compress(json.dumps({**valid, "key": "0" * 64}).encode()))
    cache = ScanCache(tmp_path / "cache", "1.0")
    assert snapshot(run(targets, classifier, cache)) == expected
    assert cache.counts["jobs_read"] + cache.counts["classify_run"] == 4
    again = ScanCache(tmp_path / "cache", "1.0")
    assert snapshot(run(targets, classifier, again)) == expected
    assert again.counts["jobs_read"] == 0 and again.counts["classify_reused"] == 1


def test_a_cache_of_another_datamap_version_is_not_used(estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    targets = [str(estate)]
    run(targets, classifier, ScanCache(tmp_path / "cache", "1.0"))
    other = ScanCache(tmp_path / "cache", "2.0")
    run(targets, classifier, other)
    assert other.counts["jobs_reused"] == 0 and other.counts["jobs_read"] == 4
    assert other.store.counts["read_rejected"] == 4  # written by 1.0: removed, then written afresh


def test_a_classifier_configured_otherwise_classifies_again(estate: Path, tmp_path: Path,
                                                            classifier: Classifier) -> None:
    targets = [str(estate)]
    run(targets, classifier, ScanCache(tmp_path / "cache", "1.0", classifier_key="a"))
    other = ScanCache(tmp_path / "cache", "1.0", classifier_key="b")
    run(targets, classifier, other)
    assert other.counts["jobs_reused"] == 4 and other.counts["classify_run"] == 1


def test_the_classifier_is_not_built_when_its_results_are_cached(estate: Path, tmp_path: Path,
                                                                 classifier: Classifier) -> None:
    targets = [str(estate)]
    run(targets, classifier, ScanCache(tmp_path / "cache", "1.0"))
    built: list[int] = []

    def build() -> Classifier:
        built.append(1)
        return classifier

    scan(targets, ReadOptions(), build, cache=ScanCache(tmp_path / "cache", "1.0"))
    assert built == []
    scan(targets, ReadOptions(), build, cache=None)
    assert built == [1]


def test_the_cache_keeps_within_its_size_cap_dropping_the_oldest(tmp_path: Path) -> None:
    store = CacheStore(tmp_path / "cache", "b")
    for index in range(5):
        store.put("read", f"{index:064d}", {"payload": os.urandom(400).hex()})
        path = next((tmp_path / "cache").glob(f"*/*/{index:064d}.json.z"))
        os.utime(path, (1_000_000 + index, 1_000_000 + index))
    sizes = [p.stat().st_size for p in (tmp_path / "cache").glob("*/*/*.json.z")]
    store.max_bytes = max(sizes) * 3 + 10
    store.evict()
    kept = sorted(p.name.split(".")[0][-1] for p in (tmp_path / "cache").glob("*/*/*.json.z"))
    assert kept == ["2", "3", "4"]
    assert store.counts["evicted"] == 2
    assert store.get("read", f"{0:064d}") is None
    assert store.get("read", f"{4:064d}") is not None


def test_an_unwritable_cache_folder_is_no_error(estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    cache = ScanCache(blocker / "cache", "1.0")
    assert snapshot(run([str(estate)], classifier, cache)) == snapshot(run([str(estate)], classifier, None))
    assert cache.counts["jobs_read"] == 4


def test_results_survive_the_round_trip_exactly() -> None:
    result = ReadResult(
        fields=[Field("a.sql", "app", "users", "email", "text", "login", True, ForeignKey("people", "id"), "user.x",
                      Evidence("a.sql", 3)),
                Field("b.py", None, "m.f", "key", None)],
        errors=[ScanError("a.sql", None, "empty file", "warning")],
        profiles={"a.sql:app.users.email": ValueProfile(10, (("user.contact.email", 0.9),), ("j***@x",), ("k",))},
        stats={"files_read": 2},
        nodes=[Node("recipient:stripe", "recipient", "Stripe", None, (("company", "Stripe"),))],
        edges=[Edge("field:app.users.email", "recipient:stripe", "sends", Evidence("b.py", 9), "x", "code", None)],
    )
    back = decode_result(json.loads(json.dumps(encode_result(result))))
    assert back == result
    assert [dataclasses.astuple(f) for f in back.fields] == [dataclasses.astuple(f) for f in result.fields]
    items = [Classification("user.contact.email", 0.9, "because", (Signal("name", "email", "user.contact.email", 1),)),
             Classification(None, 0, "nothing")]
    decoded = decode_classifications(json.loads(json.dumps(encode_classifications(items))))
    assert [dataclasses.astuple(c) for c in decoded] == [dataclasses.astuple(c) for c in items]
    assert type(decoded[1].confidence) is int


def test_what_the_classifier_reads_digests_alike_from_fields_and_from_their_plain_data() -> None:
    fields = [Field("a.sql", "app", "users", "email", "text", "login", True, ForeignKey("people", "id"), "user.x",
                    Evidence("a.sql", 3)),
              Field("a.sql", "app", "users", "email", "text", "login", True, ForeignKey("people", None), "user.x",
                    Evidence("a.sql", 9)),
              Field("b.py", None, "m.f", "key", None)]
    plain = encode_result(ReadResult(fields))["fields"]
    assert _plain_reads_digest(plain, []) == reads_digest(fields, [])
    assert len({_plain_reads_digest([row], []) for row in plain[:2]}) == 1  # no line, no referenced column
    with pytest.raises(CorruptEntry):
        _plain_reads_digest([[1, 2, 3]], [])


def test_findings_and_errors_survive_the_round_trip_exactly() -> None:
    findings = [Finding("DM101", "error", "email is sent to stripe", "flow:x", "user.contact.email", "stripe",
                        Evidence("app/billing.py", 5), ("field:users.email", "recipient:stripe"),
                        (Evidence("db/schema.sql", 1), None), "marketing", "code", "We share your e-mail."),
                Finding("DM104", "warning", "undisclosed", "field:app.users.id")]
    errors = [ScanError("a.sql", 3, "bad statement"), ScanError("b.py", None, "skipped", "warning")]
    back = decode_findings(json.loads(json.dumps(encode_findings(findings))))
    assert [dataclasses.astuple(f) for f in back] == [dataclasses.astuple(f) for f in findings]
    assert decode_errors(json.loads(json.dumps(encode_errors(errors)))) == errors


def _findings(**parts: Any) -> dict[str, Any]:
    return {"strings": ["a"], "places": [[0, 3]], "paths": [[0]], "hops": [[0, -1]], "items": [[0] * 12], **parts}


def test_a_finding_of_the_shape_written_decodes() -> None:
    [found] = decode_findings(_findings())
    assert (found.message, found.evidence, found.path, found.hops) == ("a", Evidence("a", 3), ("a",),
                                                                       (Evidence("a", 3), None))


def _row(position: int, value: Any) -> list[Any]:
    """A finding's row whose index at ``position`` is ``value`` (beyond its table, or of another kind)."""
    return [[value if n == position else 0 for n in range(12)]]


@pytest.mark.parametrize("data", [None, {}, [[1] * 12], {"strings": ["a"], "items": [[0] * 12]},
                                  _findings(items=[[0] * 11]), _findings(items=_row(3, -2)),
                                  *(_findings(items=_row(n, 1)) for n in (4, 6, 7, 8, 11)),
                                  _findings(items=_row(6, None)), _findings(places=[[0, "3"]]),
                                  _findings(places=[[1, 3]]), _findings(paths=[[1]]), _findings(hops=[[1]]),
                                  _findings(strings=[1])])
def test_findings_of_another_shape_are_refused(data: Any) -> None:
    with pytest.raises(CorruptEntry):
        decode_findings(data)


@pytest.mark.parametrize("data", [None, [], {"fields": []}, {**encode_result(ReadResult()), "stats": [["n", "1"]]},
                                  {**encode_result(ReadResult()), "fields": [[1] * 10]}])
def test_data_of_another_shape_is_refused(data: Any) -> None:
    with pytest.raises(CorruptEntry):
        decode_result(data)


def test_a_database_target_is_never_cached(tmp_path: Path) -> None:
    cache = ScanCache(tmp_path / "cache", "1.0")
    calls: list[int] = []

    def read() -> ReadResult:
        calls.append(1)
        return ReadResult()

    for _ in range(2):
        cache.read("database", False, ("sqlite:///x.db",), ReadOptions(), read)
    assert calls == [1, 1] and not (tmp_path / "cache").exists()


def test_a_copied_estate_reuses_the_cache_when_paths_are_relative(estate: Path, tmp_path: Path,
                                                                 classifier: Classifier,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(estate)
    first = snapshot(run(["."], classifier, ScanCache(tmp_path / "cache", "1.0")))
    copy = tmp_path / "copy"
    shutil.copytree(estate, copy)
    monkeypatch.chdir(copy)
    cache = ScanCache(tmp_path / "cache", "1.0")
    assert snapshot(run(["."], classifier, cache)) == first
    assert cache.counts["jobs_read"] == 0


def test_summaries_read_only_what_changed_and_a_scan_after_them_reads_nothing_again(
        estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    targets = [str(estate)]
    work = plan(targets)
    first = summarise(work, ReadOptions(), ScanCache(tmp_path / "cache", "1.0"))
    assert first is not None and len(first) == len(work.jobs)
    (estate / "app.ini").write_text(OTHER + "# reviewed\n")  # the reader sees through a comment
    (estate / "settings.yaml").write_text(SETTINGS + "  segment:\n    write_key: y\n")
    cache = ScanCache(tmp_path / "cache", "1.0")
    again = summarise(work, ReadOptions(), cache)
    assert again is not None and cache.counts["files_read"] == 2 and cache.counts["files_reused"] == 5
    changed = [i for i, (a, b) in enumerate(zip(first, again, strict=True)) if a.output != b.output]
    assert [work.jobs[i].targets for i in changed] == [(str(estate / "settings.yaml"),)]
    outcome = scan(targets, ReadOptions(), classifier, cache=cache, work=work)
    assert cache.counts["files_read"] == 2 and cache.counts["files_reused"] == 5  # counted once, read once
    assert snapshot(outcome) == snapshot(run(targets, classifier, None))


def test_a_corrupt_summary_is_made_again_from_the_kept_result(estate: Path, tmp_path: Path) -> None:
    work = plan([str(estate)])
    first = summarise(work, ReadOptions(), ScanCache(tmp_path / "cache", "1.0"))
    for path in (tmp_path / "cache" / "summary").rglob("*.json.z"):
        entry = json.loads(zlib.decompress(path.read_bytes()))
        entry["data"]["stats"] = [["files", "many"]]
        path.write_bytes(zlib.compress(json.dumps(entry).encode()))
    cache = ScanCache(tmp_path / "cache", "1.0")
    assert summarise(work, ReadOptions(), cache) == first
    assert cache.counts["files_read"] == 0 and cache.counts["files_reused"] == 7


def test_classifications_are_keyed_by_what_the_classifier_reads_not_where_fields_were_seen(
        tmp_path: Path, classifier: Classifier) -> None:
    fields = [Field("db/a.sql", "app", "users", "id", "bigint", primary_key=True, evidence=Evidence("db/a.sql", 2)),
              Field("db/a.sql", "app", "users", "email", "text", comment="contact", evidence=Evidence("db/a.sql", 3)),
              Field("db/a.sql", "app", "orders", "user_id", "bigint", references=ForeignKey("app.users", "id"),
                    evidence=Evidence("db/a.sql", 6)),
              Field("db/a.sql", "app", "users", "notes", "text", annotation="user.contact.email",
                    evidence=Evidence("db/a.sql", 4))]
    moved = [dataclasses.replace(f, evidence=Evidence("db/a.sql", line + 7))
             for f, line in zip(fields, (2, 3, 6, 4), strict=True)]
    cache = ScanCache(tmp_path / "cache", "1.0")
    cache.field_digests = None
    assert cache.fields_key(fields, {}) == cache.fields_key(moved, {})
    assert classifier.classify_fields(moved) == [at_evidence(c, f) for c, f in
                                                 zip(classifier.classify_fields(fields), moved, strict=True)]
    assert classifier.classify_fields(moved)[3].explanation.endswith(" at db/a.sql:11")
    changes: list[dict[str, Any]] = [
        {"source": "db/b.sql"}, {"dataset": "crm"}, {"table": "members"}, {"name": "mail"}, {"type": "int"},
        {"comment": "a note"}, {"primary_key": True}, {"references": ForeignKey("app.rooms", "id")},
        {"annotation": "none"}]
    for change in changes:
        for index in range(len(fields)):
            if all(getattr(fields[index], k) == v for k, v in change.items()):
                continue
            other = [dataclasses.replace(f, **change) if i == index else f for i, f in enumerate(fields)]
            assert cache.fields_key(other, {}) != cache.fields_key(fields, {}), (change, index)
    profiles = {fields[1].key: ValueProfile(10, (("user.contact.email", 0.9),))}
    assert cache.fields_key(fields, profiles) != cache.fields_key(fields, {})
    # the referenced column is not read: a key to another column of the same table classifies alike
    other = [dataclasses.replace(f, references=ForeignKey("app.users", "uuid")) if f.references else f for f in fields]
    assert cache.fields_key(other, {}) == cache.fields_key(fields, {})


def test_a_line_moving_edit_reuses_classifications_with_the_fields_current_places(
        estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    targets = [str(estate)]
    annotated = SCHEMA.replace("phone text",
                               "phone text, -- datamap: none\n notes text -- datamap: user.contact.email\n")
    (estate / "db" / "schema.sql").write_text(annotated)
    run(targets, classifier, ScanCache(tmp_path / "cache", "1.0"))
    (estate / "db" / "schema.sql").write_text("-- users\n\n" + annotated)
    (estate / "shop" / "signup.py").write_text(
        SIGNUP.replace("def signup(pk):\n", "def signup(pk):\n    pk = int(pk)\n"))
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = run(targets, classifier, warm)
    assert warm.counts["jobs_read"] == 2 and warm.counts["classify_reused"] == 1
    assert snapshot(outcome) == snapshot(run(targets, classifier, None))
    assert sum(c.pinned for c in outcome.classifications) == 2


def test_kept_classifications_that_do_not_fit_are_classified_afresh(estate: Path, tmp_path: Path,
                                                                   classifier: Classifier) -> None:
    targets = [str(estate)]
    (estate / "db" / "schema.sql").write_text(SCHEMA.replace("phone text", "phone text -- datamap: none\n"))
    run(targets, classifier, ScanCache(tmp_path / "cache", "1.0"))
    store = CacheStore(tmp_path / "cache", build_id("1.0"))
    [path] = (tmp_path / "cache" / "classify").glob("*/*.json.z")
    key = path.name.split(".")[0]
    kept = store.get("classify", key)
    for item in kept["classifications"]:
        if item[4]:
            item[2] = "user.contact.email: pinned by a datamap annotation at db/schema.sql:1"
    store.put("classify", key, kept)
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = run(targets, classifier, warm)
    assert warm.counts["classify_run"] == 1 and not warm.counts["classify_reused"]
    assert snapshot(outcome) == snapshot(run(targets, classifier, None))


def test_classifications_sharing_signals_decode_as_written() -> None:
    shared = Signal("name", "name words 'email' match 'email'", "user.contact.email", 0.9)
    items = [Classification("user.contact.email", 0.9, "a", (shared, Signal("table", "t", None, 1))),
             Classification("user.contact.email", 0.9, "b", (shared, Signal("table", "t", None, 1.0)))]
    found = decode_classifications(json.loads(json.dumps(encode_classifications(items))))
    assert found == items
    assert [type(c.signals[1].weight) for c in found] == [int, float]
    assert found[0].signals[0] is found[1].signals[0]
    for bad in (["name", ["not", "a", "detail"], None, 0.5], ["name", "d", None], "name"):
        with pytest.raises(CorruptEntry):
            decode_classifications([[None, 0.5, "x", [bad], False]])
