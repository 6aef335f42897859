"""The learned model: where it speaks (columns the rules leave open, readings of part of a name it
overrules), what it never overrides, and its parts (word vectors, encoding, the network's output)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.classification import UNSEEN
from benchmarks.word_vectors import reduce
from catalog.taxonomy import category_keys
from scanner.classify.classifier import Classifier
from scanner.classify.learned import (
    BLOCKS,
    COMMENT_WORDS,
    NONE,
    OVERRULE_AT,
    PERSONAL_AT,
    Column,
    LearnedModel,
    Prediction,
    WordVectors,
    decide,
    forward,
    packaged_model,
)
from tests.scanner.classify.conftest import field


def test_the_packaged_model_loads_and_never_learned_from_an_unseen_hold_out() -> None:
    model = packaged_model()
    assert model is not None
    trained_on = model.header["trained_on"]
    assert isinstance(trained_on, list) and trained_on
    assert not [name for name in trained_on if str(name).startswith(UNSEEN)]
    assert NONE in model.classes
    assert all(c == NONE or c in category_keys() for c in model.classes)


def test_word_vectors_place_a_word_near_the_words_it_means() -> None:
    model = packaged_model()
    assert model is not None
    vectors = model.vectors

    def near(a: str, b: str) -> float:
        return float(vectors.mean((a,)) @ vectors.mean((b,)))

    assert near("telephone", "phone") > near("telephone", "catalog")
    assert near("diagnosis", "therapy") > near("diagnosis", "warehouse")
    assert near("surname", "name") > near("surname", "price")


def test_a_column_no_rule_reads_gets_the_models_reading_with_its_evidence(
        learned_classifier: Classifier, classifier: Classifier) -> None:
    schema = [field("visits", "id", "int", pk=True), field("visits", "patient_id", "int"),
              field("visits", "complaint", "text"), field("visits", "vaccine", "text"),
              field("members", "id", "int", pk=True), field("members", "email"), field("members", "career")]
    rules = classifier.classify_fields(schema)
    learned = learned_classifier.classify_fields(schema)
    model = learned_classifier.learned
    assert model is not None
    columns = learned_classifier.model_columns(schema)
    changed = 0
    may_read = learned_classifier.model_may_read(schema, rules)
    for column, by_rules, found, (open_, overrulable) in zip(columns, rules, learned, may_read, strict=True):
        if not open_:
            prediction = model.predict([column])[0]
            sure = prediction.category is not None and prediction.probability >= OVERRULE_AT
            assert found == by_rules or (overrulable and sure)
            continue
        prediction = model.predict([column])[0]
        if prediction.category is not None and prediction.probability < PERSONAL_AT:
            assert found == by_rules
            continue
        assert found.category == prediction.category
        if found.category != by_rules.category:
            changed += 1
            assert "a model learned from labeled schemas reads column words" in found.explanation
            assert found.confidence == round(prediction.probability, 2)
            assert found.signals[-1].kind == "learned"
    assert changed >= 1


def test_a_rule_that_reads_a_name_as_not_personal_stands(learned_classifier: Classifier) -> None:
    """The names users of such tools most complain are flagged: the model never overrides their rules."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("domains", "id", "int", pk=True), field("domains", "nameserver"),
              field("mail_settings", "mail_server_host"), field("tenants", "password_policy"),
              field("shipments", "zone_id", "int"), field("orders", "state", "varchar(20)")]
    found = {(f.table, f.name): c for f, c in zip(schema, learned_classifier.classify_fields(schema), strict=True)}
    for key in [("domains", "nameserver"), ("mail_settings", "mail_server_host"),
                ("tenants", "password_policy"), ("shipments", "zone_id"), ("orders", "state")]:
        assert found[key].category is None, key


def test_the_model_overrules_a_reading_of_part_of_a_name_when_it_is_sure(
        learned_classifier: Classifier, classifier: Classifier) -> None:
    """``worker_id`` read by its ``id`` alone (a key to some thing) is, to a model that has read many
    schemas, a key to a person; ``state`` and ``nickname``, read whole by a rule, stand."""
    schema = [field("mail_queue", "id", "int", pk=True), field("mail_queue", "worker_id", "int"),
              field("orders", "id", "int", pk=True), field("orders", "state", "varchar(20)"),
              field("users", "id", "int", pk=True), field("users", "nickname")]
    rules = classifier.classify_fields(schema)
    learned = learned_classifier.classify_fields(schema)
    assert learned_classifier.model_may_read(schema, rules) == [
        (False, False), (False, True), (False, False), (False, False), (False, False), (False, False)]
    assert rules[1].category is None and "match 'id'" in rules[1].explanation
    assert learned[1].category == "user.unique_id" and learned[1].confidence >= OVERRULE_AT
    assert learned[1].signals[-1].kind == "learned"
    assert learned[1].explanation.endswith(f"the rules: {rules[1].explanation.split(': ', 1)[1]}")
    assert learned[3:] == rules[3:] and learned[3].category is None
    assert learned[5].category == "user.account.username"


def test_pins_comments_and_firm_rules_are_never_left_open(learned_classifier: Classifier) -> None:
    schema = [field("visits", "id", "int", pk=True), field("visits", "patient_id", "int"),
              field("visits", "complaint", "text", annotation="none"),
              field("visits", "field7", "text", comment="e-mail address of the patient"),
              field("members", "email")]
    results = learned_classifier.classify_fields(schema)
    assert results[2].pinned and results[2].category is None
    assert any(s.kind == "comment" for s in results[3].signals)
    assert all(s.kind != "learned" for s in results[3].signals)
    assert not Classifier.left_open(results[4])


def test_without_the_model_the_rules_alone_classify() -> None:
    from scanner.classify.knowledge import load_knowledge

    schema = [field("visits", "id", "int", pk=True), field("visits", "patient_id", "int"),
              field("visits", "complaint", "text")]
    results = Classifier(load_knowledge(), learned=False).classify_fields(schema)
    assert all(s.kind != "learned" for r in results for s in r.signals)


def _tiny_model() -> LearnedModel:
    vectors = WordVectors(["phone", "price"], np.array([[1.0, 0.0], [0.0, 1.0]], np.float16))
    # one hidden unit copying the first dimension of the column's words, read out as two classes
    inputs = BLOCKS * 2 + 2
    hidden = np.zeros((inputs, 1), np.float32)
    hidden[0, 0] = 4.0
    out = np.array([[-1.0, 1.0]], np.float32)
    return LearnedModel(vectors, ["kind=person", "pk=True"], [NONE, "user.contact.phone_number"],
                        [(hidden, np.zeros(1, np.float32)), (out, np.array([2.0, -2.0], np.float32))], {})


def test_the_network_reads_the_meaning_of_the_columns_words() -> None:
    model = _tiny_model()
    phone = Column(("phone",), ("users",), "text", False, False, "person")
    price = Column(("price",), ("users",), "text", False, False, "person")
    unknown = Column(("zzz",), (), None, True, True, "never_seen")
    found = model.predict([phone, price, unknown])
    assert found[0].category == "user.contact.phone_number" and found[0].probability > 0.9
    assert found[1].category is None and found[2].category is None
    assert model.predict([]) == []
    encoded = model.encode([phone, unknown])
    assert encoded.shape == (2, 12)
    assert list(encoded[0, :2]) == [1.0, 0.0] and encoded[0, 10] == 1.0 and encoded[0, 11] == 0.0
    assert not encoded[1, :10].any() and encoded[1, 11] == 1.0


def test_the_network_reads_what_the_tables_columns_hold_as_a_whole(classifier: Classifier) -> None:
    model = _tiny_model()
    alone = Column(("note",), ("visits",), "text", False, False, "unknown")
    beside_phones = Column(("note",), ("visits",), "text", False, False, "unknown", ("phone", "price"))
    encoded = model.encode([alone, beside_phones])
    assert not encoded[0, 6:8].any()
    assert list(encoded[1, 6:8]) == pytest.approx([0.5, 0.5])
    schema = [field("visits", "id", "int", pk=True), field("visits", "bloodPressure", "int"),
              field("visits", "pulse_rate", "int"), field("rooms", "id", "int", pk=True)]
    columns = classifier.model_columns(schema)
    assert columns[0].table_columns == columns[1].table_columns == ("blood", "id", "pressure", "pulse", "rate")
    assert columns[3].table_columns == ("id",)


def test_the_network_reads_the_first_words_of_a_columns_comment_in_english(classifier: Classifier) -> None:
    model = _tiny_model()
    bare = Column(("note",), ("visits",), "text", False, False, "unknown")
    said = Column(("note",), ("visits",), "text", False, False, "unknown", (), ("phone", "price", "price"))
    encoded = model.encode([bare, said])
    assert not encoded[0, 8:10].any()
    assert list(encoded[1, 8:10]) == pytest.approx([1 / 3, 2 / 3])
    long = " ".join(["word"] * (COMMENT_WORDS + 5))
    schema = [field("hz", "id", "int", pk=True), field("hz", "sjh", "varchar(20)", comment="手机号码"),
              field("hz", "ext", "text", comment='{"phone": 1}'), field("hz", "bz", "text", comment=long),
              field("hz", "xm", "text")]
    columns = classifier.model_columns(schema)
    assert columns[1].comment == classifier.words.words("mobile phone number") and "phone" in columns[1].comment
    assert columns[2].comment == () and columns[4].comment == ()
    assert columns[3].comment == ("word",) * COMMENT_WORDS


def test_reduced_word_vectors_are_unit_length_in_the_dimensions_kept() -> None:
    rng = np.random.default_rng(0)
    reduced = reduce(rng.normal(size=(50, 10)), 4)
    assert reduced.shape == (50, 4)
    assert np.allclose(np.linalg.norm(reduced, axis=1), 1.0, atol=1e-6)


@settings(max_examples=60, deadline=None)
@given(name=st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,30}", fullmatch=True),
       table=st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,20}", fullmatch=True),
       type_=st.sampled_from(["int", "varchar(255)", "text", "timestamp", "boolean", "uuid", None]))
def test_any_column_gets_a_taxonomy_key_or_none_and_a_probability(learned_classifier: Classifier, name: str,
                                                                   table: str, type_: str | None) -> None:
    model = learned_classifier.learned
    assert model is not None
    schema = [field(table, name, type_)]
    column = learned_classifier.model_columns(schema)[0]
    prediction = model.predict([column])[0]
    assert prediction.category is None or prediction.category in category_keys()
    assert 0.0 <= prediction.probability <= 1.0
    result = learned_classifier.classify_fields(schema)[0]
    assert result.category is None or result.category in category_keys()


def test_a_column_is_not_personal_only_when_the_model_is_sure_enough_of_it() -> None:
    classes = [NONE, "user.contact.email", "user.name"]
    rows = np.array([[0.70, 0.20, 0.10], [0.45, 0.35, 0.20], [0.10, 0.30, 0.60]], np.float32)
    found = decide(rows, classes, none_at=0.6)
    assert found[0] == Prediction(None, pytest.approx(0.70))
    assert found[1].category == "user.contact.email" and found[1].probability == pytest.approx(0.35)
    assert found[2].category == "user.name"
    assert decide(rows, classes, none_at=0.4)[1].category is None
    assert decide(np.array([[1.0]], np.float32), [NONE])[0].category is None


_WORDS = ("phone", "price", "name", "zzz", "note")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(_WORDS), max_size=3), st.lists(st.sampled_from(_WORDS), max_size=2),
                          st.booleans(), st.sampled_from(["person", "thing", "never_seen"]),
                          st.lists(st.sampled_from(_WORDS), max_size=4), st.lists(st.sampled_from(_WORDS), max_size=3)),
                min_size=1, max_size=12))
def test_the_first_layer_computed_by_parts_equals_the_encoded_rows_times_the_weights(
        specs: list[tuple[list[str], list[str], bool, str, list[str], list[str]]]) -> None:
    """The model multiplies each distinct word vector once; what it computes is the network of the
    whole encoded rows."""
    packaged = packaged_model()
    assert packaged is not None
    vectors = packaged.vectors
    rng = np.random.default_rng(0)
    columns = [Column(tuple(words), tuple(table), "text", key, False, kind, tuple(table_columns), tuple(comment))
               for words, table, key, kind, table_columns, comment in specs]
    features = sorted({f for c in columns for f in c.flags()})[1:]
    inputs = BLOCKS * vectors.dims + len(features)
    layers = [(rng.normal(size=(inputs, 6)).astype(np.float32), rng.normal(size=6).astype(np.float32)),
              (rng.normal(size=(6, 3)).astype(np.float32), rng.normal(size=3).astype(np.float32))]
    model = LearnedModel(vectors, features, [NONE, "user.name", "user.contact.phone_number"], layers, {})
    np.testing.assert_allclose(model.probabilities(columns), forward(layers, model.encode(columns)),
                               rtol=1e-4, atol=1e-5)


def _sure_of(probabilities: list[float]) -> LearnedModel:
    """A model that gives every column the same probabilities of none, a phone and an e-mail."""
    vectors = WordVectors(["phone"], np.array([[1.0, 0.0]], np.float16))
    hidden = (np.zeros((BLOCKS * 2, 1), np.float32), np.zeros(1, np.float32))
    out = (np.zeros((1, 3), np.float32), np.log(np.array(probabilities, np.float32)))
    return LearnedModel(vectors, [], [NONE, "user.contact.phone_number", "user.contact.email"], [hidden, out], {})


def test_a_personal_guess_below_the_floor_leaves_the_rules_reading(learned_classifier: Classifier) -> None:
    schema = [field("widgets", "id", "int", pk=True), field("widgets", "zqx", "text")]
    saved = learned_classifier.learned
    try:
        learned_classifier.learned = _sure_of([0.34, 0.33, 0.33])
        assert PERSONAL_AT > 0.34
        guessed = learned_classifier.classify_fields(schema)[1]
        assert guessed.category is None and all(s.kind != "learned" for s in guessed.signals)
        learned_classifier.learned = _sure_of([0.1, 0.8, 0.1])
        sure = learned_classifier.classify_fields(schema)[1]
        assert sure.category == "user.contact.phone_number" and sure.signals[-1].kind == "learned"
    finally:
        learned_classifier.learned = saved



def test_the_network_reads_how_much_of_the_table_the_rules_read_as_personal(classifier: Classifier) -> None:
    """Of a table's other columns the rules read by name, the share they read as personal, in fifths:
    a player's match statistics beside their key, kills and gold read as theirs; a product's stats beside
    its name and price; a table whose other columns no rule reads has no share."""
    vectors = WordVectors(["phone"], np.array([[1.0]], np.float16))
    model = LearnedModel(vectors, ["share=4", "share=None"], [NONE], [(np.zeros((BLOCKS + 2, 1), np.float32),
                                                                       np.zeros(1, np.float32))], {})
    mostly = Column(("phone",), ("t",), "text", False, False, "unknown", table_share=4)
    unread = Column(("phone",), ("t",), "text", False, False, "unknown", table_share=None)
    encoded = model.encode([mostly, unread])
    assert list(encoded[:, BLOCKS:]) == [pytest.approx([1.0, 0.0]), pytest.approx([0.0, 1.0])]
    schema = [field("players", "id", "int", pk=True), field("players", "email"), field("players", "name"),
              field("player_matches", "player_id", "int", ref="players"), field("player_matches", "ip_address"),
              field("player_matches", "last_login", "timestamp"), field("player_matches", "xp_zork", "int"),
              field("products", "name"), field("products", "price", "decimal(10,2)"),
              field("products", "created_at", "timestamp"), field("products", "xp_zork", "int"),
              field("blobs", "qqq", "int"), field("blobs", "zzz", "int")]
    columns = classifier.model_columns(schema)
    assert columns[6].table_share == 4
    assert columns[10].table_share == 0
    assert columns[11].table_share is None
