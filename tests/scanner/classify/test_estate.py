"""What a schema teaches about itself: keys of its person tables, used across its other tables."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field

PATIENTS = [field("demographic", "demographic_no", "int", pk=True), field("demographic", "first_name"),
            field("demographic", "last_name"), field("demographic", "email")]


def test_a_person_tables_own_key_refers_to_a_person_elsewhere(classifier: Classifier) -> None:
    schema = [*PATIENTS, field("tickler", "tickler_no", "int", pk=True), field("tickler", "demographic_no", "int"),
              field("tickler", "message")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in (results[0], results[5])] == ["user.unique_id", "user.unique_id"]
    assert results[5].explanation == (
        "user.unique_id: persons are keyed by 'demographic number' in this schema (a person table's own key); "
        "table tickler is person data (its column demographic_no holds a person's key)")
    assert results[4].category is None


def test_keys_not_named_after_their_own_person_table_teach_nothing(classifier: Classifier) -> None:
    schema = [field("customer_entity", "entity_id", "int", pk=True), field("customer_entity", "email"),
              field("customer_entity", "firstname"), field("sales_order", "entity_id", "int", pk=True),
              field("accounts", "record_id", "int", pk=True), field("accounts", "email"),
              field("accounts", "first_name"), field("invoices", "record_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[7].category] == [None, None]


def test_own_keys_stay_within_their_source(classifier: Classifier) -> None:
    schema = [*PATIENTS, field("drugs", "demographic_no", "int", source="other")]
    assert classifier.classify_fields(schema)[4].category is None
