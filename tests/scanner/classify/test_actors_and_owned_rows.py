"""Who acted on a row, and what the rows a person owns record about them."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field


def test_a_key_named_by_any_verb_and_by_is_the_actors(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("comments", "body"), field("comments", "discarded_by", "integer"),
              field("messages", "msgby", "int unsigned"), field("versions", "whodunnit", "varchar(255)"),
              field("overviews", "group_by", "varchar(250)"), field("forums", "sort_by", "tinyint(1)"),
              field("attribute_taxonomies", "attribute_orderby", "varchar(20)"),
              field("job_queue", "locked_by", "varchar(64)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.unique_id"] * 3
    assert results[6].category is None
    assert results[7].category != "user.unique_id"
    assert [results[8].category, results[9].category] == [None, None]
