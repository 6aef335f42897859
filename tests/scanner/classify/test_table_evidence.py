"""What makes a table read as persons, or not, when its name does not say: the evidence its
columns give, and the context that decides a column's category there."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import classify, field


def _kind(classifier: Classifier, *fields: object) -> str:
    contexts, _ = classifier.contexts(list(fields))  # type: ignore[arg-type]
    return next(iter(contexts.values())).kind


def test_contact_columns_of_an_organisation_do_not_make_persons(classifier: Classifier) -> None:
    trial = [field("trial", "trial_id", "integer", pk=True), field("trial", "name"),
             field("trial", "facility_contact_phone"), field("trial", "facility_contact_email"),
             field("trial", "gender")]
    assert _kind(classifier, *trial) == "unknown"
    assert [c.category for c in classify(classifier, *trial)] == [None, None, None, None,
                                                                  "user.demographic.gender"]


def test_yes_no_flags_about_person_data_do_not_make_persons(classifier: Classifier) -> None:
    extract = [field("dataset", "extract_id", "integer", pk=True), field("dataset", "name"),
               field("dataset", "show_subject_dob", "boolean"), field("dataset", "show_subject_gender", "boolean")]
    assert _kind(classifier, *extract) == "unknown"


def test_columns_that_describe_a_person_still_make_persons(classifier: Classifier) -> None:
    people = [field("sheet", "entry_id", "integer", pk=True), field("sheet", "email"),
              field("sheet", "gender")]
    assert _kind(classifier, *people) == "person"


def test_a_table_whose_columns_name_and_describe_rows_holds_things(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    scale = [field("scale", "id", "integer", pk=True), field("scale", "owner_id", "integer", ref="users"),
             field("scale", "name"), field("scale", "description"), field("scale", "sql_statement"),
             field("scale", "date_start", "date")]
    contexts, _ = classifier.contexts([*users, *scale])
    assert contexts[("app", "scale")].kind == "thing"
    assert [c.category for c in classify(classifier, *users, *scale)][2:] == [
        None, "user.unique_id", None, None, None, None]


def test_a_named_table_of_a_persons_key_without_a_description_stays_theirs(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    lists = [field("mylist", "id", "integer", pk=True), field("mylist", "owner_id", "integer", ref="users"),
             field("mylist", "title")]
    contexts, _ = classifier.contexts([*users, *lists])
    assert contexts[("app", "mylist")].kind == "person_data"
