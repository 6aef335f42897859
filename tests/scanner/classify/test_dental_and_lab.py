"""What a dental practice's and a laboratory's records of a patient hold."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field

PATIENTS = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
            field("encounters", "patient_id", "int", ref="patients"),
            field("diagnoses", "patient_id", "int", ref="patients")]


def test_teeth_named_in_palmer_notation_are_a_patients_dental_chart(classifier: Classifier) -> None:
    chart = [field("treatment_course", "patient_id", "int", ref="patients"),
             field("treatment_course", "ur8pl", "varchar(34)"), field("treatment_course", "ll1cmp", "varchar(34)"),
             field("treatment_course", "pocket_depth", "varchar(34)")]
    found = classifier.classify_fields([*PATIENTS, *chart])
    assert [r.category for r in found[-3:]] == ["user.health_and_medical"] * 3


def test_quadrant_letters_name_teeth_only_in_a_health_application(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("scores", "user_id", "int", ref="users"), field("scores", "ur8pl", "varchar(34)")]
    assert classifier.classify_fields(schema)[-1].category is None


def test_a_medical_history_form_asks_about_a_patients_conditions(classifier: Classifier) -> None:
    form = [field("medhist", "id", "int", pk=True), field("medhist", "patient_id", "int", ref="patients"),
            field("medhist", "diabetes", "varchar(60)"), field("medhist", "joint_replacement", "varchar(60)"),
            field("medhist", "endocarditis", "varchar(60)")]
    found = classifier.classify_fields([*PATIENTS, *form])
    assert [r.category for r in found[-3:]] == ["user.health_and_medical"] * 3
