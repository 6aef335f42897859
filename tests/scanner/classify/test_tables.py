"""Table kinds decided from a table's columns: whose rows they are, and what kind of rows."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field


def test_a_creator_column_does_not_make_a_table_a_persons(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "username"),
              field("drug", "drug_id", "int", pk=True), field("drug", "creator", "int", ref="users"),
              field("drug", "dose_strength", "double")]
    creator, strength = classifier.classify_fields(schema)[3:]
    assert creator.category == "user.unique_id"
    assert strength.category is None
    assert strength.explanation.endswith("table drug is unknown (table name says nothing known)")


def test_an_owner_key_still_makes_a_table_a_persons(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "username"),
              field("cases", "user_id", "int", ref="users"), field("cases", "changed_by", "int", ref="users")]
    owner = classifier.classify_fields(schema)[2]
    assert owner.explanation.endswith("table cases is person data (user_id references a person)")
