"""Properties that hold for any input: no crash, same answer twice, sane confidence and keys."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.model import Field
from catalog.taxonomy import category_keys
from scanner.classify.classifier import Classifier
from scanner.classify.knowledge import load_knowledge

CLASSIFIER = Classifier(load_knowledge(categories=category_keys()), categories=category_keys())
KEYS = category_keys()

names = st.one_of(st.text(max_size=40), st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,30}", fullmatch=True))
types = st.one_of(st.none(), st.text(max_size=20),
                  st.sampled_from(["int", "varchar(255)", "inet", "macaddr", "jsonb", "bool", "timestamptz"]))
fields = st.builds(Field, source=st.just("s"), dataset=st.none(), table=names.filter(bool), name=names,
                   type=types, comment=st.one_of(st.none(), st.text(max_size=60)), primary_key=st.booleans(),
                   annotation=st.one_of(st.none(), st.sampled_from(["none", "user.contact.email", "bogus"])))


@settings(max_examples=300, deadline=None)
@given(st.lists(fields, max_size=8))
def test_any_fields_classify_sanely_and_deterministically(batch: list[Field]) -> None:
    first = CLASSIFIER.classify_fields(batch)
    assert CLASSIFIER.classify_fields(batch) == first
    assert len(first) == len(batch)
    for result in first:
        assert 0.0 <= result.confidence <= 1.0
        assert result.category is None or result.category in KEYS
        assert result.explanation


AGENTS = CLASSIFIER.knowledge.agent_nouns
not_persons = st.sampled_from(sorted(AGENTS.not_persons))


@settings(max_examples=100, deadline=None)
@given(not_persons, st.sampled_from(["", "_id"]), st.sampled_from(["int", "uuid", "bigint"]))
def test_no_thing_named_by_an_agent_noun_is_read_as_a_persons_role(noun: str, tail: str, type_: str) -> None:
    result = CLASSIFIER.classify_fields([Field(source="s", dataset=None, table="zzq", name=noun + tail,
                                               type=type_)])[0]
    assert "plays on the row" not in result.explanation


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"[bcdfghklmnprstvwz]{2}[aeiou][bcdfghklmnprstvwz]{2}", fullmatch=True),
       st.sampled_from(AGENTS.suffixes), st.sampled_from(["int", "uuid"]))
def test_an_agent_noun_keys_a_person_whatever_its_stem(stem: str, suffix: str, type_: str) -> None:
    noun = stem + suffix
    # Only a word read as no known words is an agent noun (tfafree reads as "mfa free").
    if noun.endswith(tuple(AGENTS.not_persons)) or len(CLASSIFIER.tables.reader.words(noun)) > 1:
        return
    result = CLASSIFIER.classify_fields([Field(source="s", dataset=None, table="zzq", name=noun + "_id",
                                               type=type_)])[0]
    assert result.category == "user.unique_id"
