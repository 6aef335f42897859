"""Classifications kept per source: a changed file classifies its own fields again, and the result is what
classifying the whole estate at once gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.model import Classification, Field
from datamap.run import build_classifier
from scanner.cache import ScanCache, sources
from scanner.cache.keys import build_id, digest
from scanner.cache.sources import KIND
from scanner.cache.store import CacheStore
from scanner.classify.classifier import Classifier
from scanner.options import ReadOptions
from scanner.pipeline import ScanOutcome, read_all, scan

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_schemas"
USERS = "CREATE TABLE app.users (id bigint PRIMARY KEY, username text, email text, last_login_ip inet);\n"
ORDERS = ("CREATE TABLE app.orders (id bigint PRIMARY KEY, user_id bigint REFERENCES app.users (id),\n"
          "  amount numeric, shipping_address text);\n")
ROOMS = "CREATE TABLE app.rooms (id bigint PRIMARY KEY, owner_id bigint, topic text, created_at timestamp);\n"
# a table that holds persons only by its columns: which tables hold persons is read from every source
CREW = "CREATE TABLE app.crew (crew_no bigint PRIMARY KEY, first_name text, last_name text, email text);\n"
SHIFTS = ("CREATE TABLE app.shifts (id bigint PRIMARY KEY, lead bigint REFERENCES app.crew (crew_no),\n"
          "  starts timestamp);\n")


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return build_classifier(None, ())


@pytest.fixture
def estate(tmp_path: Path) -> Path:
    root = tmp_path / "estate"
    root.mkdir()
    for name, text in {"users": USERS, "orders": ORDERS, "rooms": ROOMS, "shifts": SHIFTS}.items():
        (root / f"{name}.sql").write_text(text)
    return root


def run(root: Path, classifier: Classifier, cache: ScanCache | None) -> ScanOutcome:
    return scan([str(root)], ReadOptions(), classifier, cache=cache)


def explained(outcome: ScanOutcome) -> list[tuple[str, str, str | None, str]]:
    return [(f.table, f.name, c.category, c.explanation)
            for f, c in zip(outcome.fields, outcome.classifications, strict=True)]


def by_source(classifier: Classifier, fields: list[Field]) -> list[Classification]:
    """Each source classified on its own, with the person tables of them all."""
    groups: dict[str, list[int]] = {}
    for index, item in enumerate(fields):
        groups.setdefault(item.source, []).append(index)
    persons = frozenset().union(*(classifier.persons([fields[i] for i in g]) for g in groups.values()))
    out: dict[int, Classification] = {}
    for indexes in groups.values():
        out.update(zip(indexes, classifier.classify_fields([fields[i] for i in indexes], None, persons),
                       strict=True))
    return [out[i] for i in range(len(fields))]


@pytest.fixture(scope="module")
def sample_fields() -> list[Field]:
    fields = read_all([str(SAMPLE)], ReadOptions()).fields
    assert len({f.source for f in fields}) > 10
    return fields


def test_sources_classified_apart_with_the_estates_person_tables_are_classified_as_together(
        classifier: Classifier, sample_fields: list[Field]) -> None:
    assert by_source(classifier, sample_fields) == classifier.classify_fields(sample_fields)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.randoms(use_true_random=False))
def test_any_order_and_any_subset_of_sources_classifies_alike(classifier: Classifier, sample_fields: list[Field],
                                                              rng: Any) -> None:
    sources = sorted({f.source for f in sample_fields})
    chosen = set(rng.sample(sources, rng.randint(1, len(sources))))
    fields = [f for f in sample_fields if f.source in chosen]
    rng.shuffle(fields)
    assert by_source(classifier, fields) == classifier.classify_fields(fields)


def test_persons_of_one_source_alone_are_what_it_adds(classifier: Classifier) -> None:
    crew = [Field("crew.sql", "app", "crew", n, t, primary_key=n == "crew_no")
            for n, t in (("crew_no", "bigint"), ("first_name", "text"), ("last_name", "text"), ("email", "text"))]
    shifts = [Field("shifts.sql", "app", "shifts", n, t) for n, t in (("id", "bigint"), ("starts", "timestamp"))]
    assert {"crew", "app.crew"} <= classifier.persons(crew)
    assert classifier.persons(shifts) == frozenset()


def test_a_changed_file_classifies_only_its_own_fields_again(estate: Path, tmp_path: Path,
                                                            classifier: Classifier) -> None:
    run(estate, classifier, ScanCache(tmp_path / "cache", "1.0"))
    (estate / "orders.sql").write_text(ORDERS + "ALTER TABLE app.orders ADD COLUMN buyer_email text;\n")
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = run(estate, classifier, warm)
    assert warm.counts["classify_run"] == 1
    assert warm.counts["classify_sources_run"] == 1 and warm.counts["classify_sources_reused"] == 3
    assert explained(outcome) == explained(run(estate, classifier, None))
    assert ("orders", "buyer_email", "user.contact.email") in [r[:3] for r in explained(outcome)]


def test_a_new_person_table_classifies_every_source_again(estate: Path, tmp_path: Path,
                                                          classifier: Classifier) -> None:
    run(estate, classifier, ScanCache(tmp_path / "cache", "1.0"))
    (estate / "crew.sql").write_text(CREW)
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = run(estate, classifier, warm)
    assert warm.counts["classify_sources_run"] == 5 and not warm.counts["classify_sources_reused"]
    assert explained(outcome) == explained(run(estate, classifier, None))


def test_a_corrupt_pack_is_ignored_and_written_again(estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    cold = ScanCache(tmp_path / "cache", "1.0")
    run(estate, classifier, cold)
    [path] = (tmp_path / "cache" / KIND).glob("*/*.json.z")
    path.write_bytes(b"not a cache entry")
    (estate / "rooms.sql").write_text(ROOMS.replace("topic text", "topic text, host_email text"))
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = run(estate, classifier, warm)
    assert warm.counts["classify_sources_run"] == 4
    assert explained(outcome) == explained(run(estate, classifier, None))
    assert list((tmp_path / "cache" / KIND).glob("*/*.json.z"))


@pytest.mark.parametrize("item", [
    "not a list", [["users"], "digest"], [["users"], 3, []], [[1], "digest", []], [["users"], "digest", [["bad"]]],
    [["users"], "digest", [[None, 0.5, "x", [], False]]],  # one classification for a source of more fields
])
def test_kept_sources_of_another_shape_are_classified_again(estate: Path, tmp_path: Path, classifier: Classifier,
                                                             item: Any) -> None:
    run(estate, classifier, ScanCache(tmp_path / "cache", "1.0"))
    store = CacheStore(tmp_path / "cache", build_id("1.0"))
    [path] = (tmp_path / "cache" / KIND).glob("*/*.json.z")
    key = path.name.split(".")[0]
    pack = store.get(KIND, key)
    store.put(KIND, key, {source_key: item for source_key in pack})
    (estate / "rooms.sql").write_text(ROOMS.replace("topic text", "topic text, host_email text"))
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = run(estate, classifier, warm)
    assert warm.counts["classify_sources_run"] == 4 and not warm.counts["classify_sources_reused"]
    assert explained(outcome) == explained(run(estate, classifier, None))


def test_the_pack_keeps_the_sources_of_another_estate(estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "crew.sql").write_text(CREW)
    cache = tmp_path / "cache"
    run(estate, classifier, ScanCache(cache, "1.0"))
    run(other, classifier, ScanCache(cache, "1.0"))
    (estate / "rooms.sql").write_text(ROOMS.replace("topic text", "topic text, host_email text"))
    warm = ScanCache(cache, "1.0")
    run(estate, classifier, warm)
    assert warm.counts["classify_sources_run"] == 1 and warm.counts["classify_sources_reused"] == 3


def test_a_pack_never_grows_past_its_cap(tmp_path: Path, classifier: Classifier,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "KEPT_AT_LEAST", 4)
    root = tmp_path / "estate"
    root.mkdir()
    cache = tmp_path / "cache"
    for round_ in range(6):
        for name in ("a", "b"):
            (root / f"{name}.sql").write_text(f"CREATE TABLE t{round_}{name} (id int PRIMARY KEY, email text);\n")
        run(root, classifier, ScanCache(cache, "1.0"))
    store = CacheStore(cache, build_id("1.0"))
    [path] = (cache / KIND).glob("*/*.json.z")
    assert len(store.get(KIND, path.name.split(".")[0])) == 6  # three times the two sources of the estate
    monkeypatch.setattr(sources, "KEPT_AT_LEAST", 10)
    for round_ in range(6, 12):
        (root / "a.sql").write_text(f"CREATE TABLE t{round_} (id int PRIMARY KEY, email text);\n")
        run(root, classifier, ScanCache(cache, "1.0"))
    assert len(store.get(KIND, path.name.split(".")[0])) == 10  # at least as many as that


def test_the_pack_is_keyed_by_the_classifier_configuration(estate: Path, tmp_path: Path,
                                                             classifier: Classifier) -> None:
    run(estate, classifier, ScanCache(tmp_path / "cache", "1.0", classifier_key="a"))
    run(estate, classifier, ScanCache(tmp_path / "cache", "1.0", classifier_key="b"))
    names = {p.name.split(".")[0] for p in (tmp_path / "cache" / KIND).glob("*/*.json.z")}
    assert names == {digest(["a", KIND]), digest(["b", KIND])}


def test_an_annotation_pin_kept_for_a_source_names_the_fields_current_place(
        estate: Path, tmp_path: Path, classifier: Classifier) -> None:
    (estate / "users.sql").write_text(USERS.replace("email text,", "email text, -- datamap: none\n"))
    run(estate, classifier, ScanCache(tmp_path / "cache", "1.0"))
    (estate / "users.sql").write_text("-- accounts\n" + USERS.replace("email text,", "email text, -- datamap: none\n"))
    (estate / "rooms.sql").write_text(ROOMS.replace("topic text", "topic text, host_email text"))
    warm = ScanCache(tmp_path / "cache", "1.0")
    outcome = run(estate, classifier, warm)
    assert warm.counts["classify_sources_reused"] == 3
    assert explained(outcome) == explained(run(estate, classifier, None))
    pinned = [c.explanation for c in outcome.classifications if c.pinned]
    assert pinned == [f"not personal data: pinned by a datamap annotation at {estate / 'users.sql'}:2"]


def test_a_key_to_a_person_table_of_another_file_is_read_as_such(estate: Path, tmp_path: Path,
                                                                 classifier: Classifier) -> None:
    cache = tmp_path / "cache"
    alone = run(estate, classifier, ScanCache(cache, "1.0"))
    (estate / "crew.sql").write_text(CREW)
    outcome = run(estate, classifier, ScanCache(cache, "1.0"))
    assert outcome.classifications == classifier.classify_fields(outcome.fields)
    lead = {(f.table, f.name): c.explanation for f, c in zip(outcome.fields, outcome.classifications, strict=True)}
    before = {(f.table, f.name): c.explanation for f, c in zip(alone.fields, alone.classifications, strict=True)}
    assert "references person table app.crew" in lead[("shifts", "lead")]
    assert "references person table" not in before[("shifts", "lead")]
