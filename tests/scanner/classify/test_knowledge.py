"""User knowledge files: added rules come first; mistakes name the file and the line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from catalog.errors import DatamapError
from catalog.taxonomy import category_keys
from scanner.classify.classifier import Classifier
from scanner.classify.knowledge import load_knowledge, unreadable_phrases, unreadable_table_words
from tests.scanner.classify.conftest import field


def test_a_user_file_adds_a_rule_and_an_abbreviation(tmp_path: Path) -> None:
    extra = tmp_path / "ours.yaml"
    extra.write_text("abbreviations:\n  kdnr: customer number\n"
                     "rules:\n  - {category: user.unique_id, names: [customer number]}\n", encoding="utf-8")
    classifier = Classifier(load_knowledge([extra], category_keys()))
    [result] = classifier.classify_fields([field("auftrag", "kdnr", "int")])
    assert result.category == "user.unique_id"
    assert "match 'customer number'" in result.explanation


def test_an_unknown_category_names_file_and_line(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("rules:\n  - {category: user.contact.email, names: [mail]}\n"
                     "  - {category: user.contact.emial, names: [courriel]}\n", encoding="utf-8")
    with pytest.raises(DatamapError) as caught:
        load_knowledge([extra], category_keys())
    assert (caught.value.message, caught.value.path, caught.value.line) == (
        "unknown category 'user.contact.emial'", str(extra), 3)


def test_an_unknown_rule_field_names_file_and_line(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("rules:\n  - {category: null, names: [x]}\n  - {category: null, nmes: [y]}\n", encoding="utf-8")
    with pytest.raises(DatamapError) as caught:
        load_knowledge([extra])
    assert caught.value.line == 3
    assert caught.value.message.startswith("rules.1.names: Field required")


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    extra = tmp_path / "broken.yaml"
    extra.write_text("rules:\n  - {category: null, names: [x]\n", encoding="utf-8")
    with pytest.raises(DatamapError) as caught:
        load_knowledge([extra])
    assert caught.value.path == str(extra)
    assert caught.value.line == 3


def test_an_unknown_section_suggests_the_near_one(tmp_path: Path) -> None:
    extra = tmp_path / "typo.yaml"
    extra.write_text("abreviations:\n  x: y\n", encoding="utf-8")
    with pytest.raises(DatamapError, match="unknown section 'abreviations'; did you mean 'abbreviations'"):
        load_knowledge([extra])


def test_packaged_knowledge_loads_with_every_category_known() -> None:
    knowledge = load_knowledge(categories=category_keys())
    assert knowledge.rule_count > 100
    assert all(d.category in category_keys() for specs in knowledge.defaults.values() for d in specs)


def test_every_packaged_rule_phrase_is_one_a_name_can_be_read_into() -> None:
    """A phrase written otherwise than names are read (``pic url``, where names read pic as picture)
    can never match: write it as it is read."""
    dead = [f"{' '.join(phrase)!r} (read {' '.join(read)!r}) at {rule.origin}"
            for phrase, read, rule in unreadable_phrases(load_knowledge())]
    assert not dead, "rule phrases no name is read into:\n" + "\n".join(dead)


def test_a_phrase_read_from_a_longer_abbreviation_still_counts(classifier: Classifier) -> None:
    """A bare cc ends a name as a carbon copy, a card's cvv is read card cvv and mphone mobile phone:
    phrases of those words are read, though their words alone read otherwise."""
    reader = classifier.words
    assert reader.can_read(("cc",)) and reader.can_read(("card", "cvv")) and reader.can_read(("mobile", "phone"))
    assert not reader.can_read(("pic", "url")) and not reader.can_read(("estado", "civil"))


def test_a_user_phrase_that_can_never_match_names_file_and_line(tmp_path: Path) -> None:
    extra = tmp_path / "ours.yaml"
    extra.write_text("rules:\n  - {category: null, names: [sku]}\n"
                     "  - {category: user.content.self_image, names: [avatar pic url]}\n", encoding="utf-8")
    with pytest.raises(DatamapError) as caught:
        load_knowledge([extra])
    assert (caught.value.path, caught.value.line) == (str(extra), 3)
    assert "'avatar pic url' can never match" in caught.value.message
    assert "'avatar picture url'" in caught.value.message


def test_every_packaged_table_word_is_one_a_name_can_be_read_into() -> None:
    """A table's and a column's name are read singular, abbreviations expanded and compounds split
    (``users``: user; ``usr``: user; ``useragent``: user agent), and tables.yaml's word lists meet only
    those words: an entry written otherwise can never match: write it as it is read."""
    dead = [f"{name}: {' '.join(words)!r} (read {' '.join(read)!r})"
            for name, words, read in unreadable_table_words(load_knowledge())]
    assert not dead, "table words no name is read into:\n" + "\n".join(dead)


def test_a_plural_or_abbreviated_table_word_is_found_unreadable() -> None:
    packaged = load_knowledge()
    knowledge = replace(packaged, table_kinds={**packaged.table_kinds, ("users",): "person"},
                        head_facts={**packaged.head_facts, ("usr",): "customer"},
                        record_heads=packaged.record_heads | {"skills"})
    found = {(name, words): read for name, words, read in unreadable_table_words(knowledge)}
    assert found == {("table_kinds", ("users",)): ("user",), ("head_facts", ("usr",)): ("user",),
                     ("record_heads", ("skills",)): ("skill",)}


def test_a_user_table_word_that_can_never_match_names_file_and_reading(tmp_path: Path) -> None:
    extra = tmp_path / "ours.yaml"
    extra.write_text("kinds:\n  person: [tutees]\n", encoding="utf-8")
    with pytest.raises(DatamapError) as caught:
        load_knowledge([extra])
    assert caught.value.path == str(extra)
    assert "the kinds entry 'tutees' can never match" in caught.value.message and "'tutee'" in caught.value.message
    extra.write_text("kinds:\n  person: [tutee]\n", encoding="utf-8")
    assert load_knowledge([extra]).table_kinds[("tutee",)] == "person"
