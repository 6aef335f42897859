"""Rules about the records of shops, bookings, laboratories and clinics: who acted on a row, what a
person did, and the state of a customer's or a patient's record."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field


def test_when_a_person_registered_or_joined_is_row_bookkeeping(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "reg_time", "int(10)"), field("users", "user_join", "int(10)"),
              field("users", "registration_time", "datetime"), field("users", "last_login_time", "datetime")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [None, None, None, "user.behavior"]
