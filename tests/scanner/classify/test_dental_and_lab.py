"""What a dental practice's and a laboratory's records of a patient hold, and what patients record
of themselves."""

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


def test_a_cultures_organism_and_its_drug_susceptibility_are_a_patients_lab_findings(
        classifier: Classifier) -> None:
    lab = [field("tests", "id", "int", pk=True), field("tests", "patient_id", "int", ref="patients"),
           field("culture_worksheet", "id", "int", pk=True), field("culture_worksheet", "user_id", "int"),
           field("culture_worksheet", "test_id", "int", ref="tests"),
           field("culture_worksheet", "observation", "varchar(300)"),
           field("drug_susceptibility", "id", "int", pk=True), field("drug_susceptibility", "user_id", "int"),
           field("drug_susceptibility", "organism_id", "int"), field("drug_susceptibility", "zone", "varchar(5)")]
    found = classifier.classify_fields([*PATIENTS, *lab])
    assert [found[i].category for i in (9, 12, 13)] == ["user.health_and_medical"] * 3


def test_a_culture_outside_a_health_application_is_a_locale(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("cultures", "id", "int", pk=True), field("cultures", "name", "varchar(20)"),
              field("cultures", "display_order", "int")]
    assert classifier.classify_fields(schema)[-1].category is None


def test_what_a_pharmacy_dispensed_to_a_patient_is_clinical(classifier: Classifier) -> None:
    items = [field("dispensing_items", "id", "int", pk=True), field("dispensing_items", "patient_id", "int",
                                                                    ref="patients"),
             field("dispensing_items", "dispensed_quantity", "int"), field("dispensing_items", "days_supply", "int")]
    found = classifier.classify_fields([*PATIENTS, *items])
    assert [r.category for r in found[-2:]] == ["user.health_and_medical"] * 2


def test_clinical_words_written_as_one_read_as_their_words(classifier: Classifier) -> None:
    assert classifier.read_name("causeofdeathdetails") == ("cause", "of", "death", "detail")
    assert classifier.read_name("medhist") == ("medical", "history")
    assert classifier.read_name("nhsno") == ("nhs", "number")


def test_a_patients_own_row_keeps_their_blood_group_risks_and_cause_of_death(classifier: Classifier) -> None:
    row = [field("patients", "blood", "varchar(3)"), field("patients", "causeofdeath", "varchar(255)"),
           field("patients", "other_risk_factors", "text"), field("patients", "premed", "tinyint")]
    found = classifier.classify_fields([*PATIENTS, *row])
    assert [r.category for r in found[-4:]] == ["user.health_and_medical"] * 4


def test_what_a_patient_owes_or_paid_is_their_finances_and_a_plans_copay_is_none(classifier: Classifier) -> None:
    money = [field("patient_money", "patient_id", "int", ref="patients"), field("patient_money", "money0", "int"),
             field("patient_money", "outstanding_balance", "int"),
             field("insurance_data", "patient_id", "int", ref="patients"),
             field("insurance_data", "copay", "varchar(20)")]
    found = classifier.classify_fields([*PATIENTS, *money])
    assert [r.category for r in found[-4:-2]] == ["user.financial"] * 2
    assert found[-1].category != "user.financial"


def test_a_lab_report_received_as_an_hprim_message_holds_a_patients_results(classifier: Classifier) -> None:
    inbox = [field("hprim", "id", "int", pk=True), field("hprim", "toID", "int"),
             field("hprim", "date", "date"), field("hprim", "unit", "varchar(20)"),
             field("hprim", "lower_bound", "varchar(20)")]
    found = classifier.classify_fields([*PATIENTS, *inbox])
    assert [r.category for r in found[-3:]] == ["user.health_and_medical"] * 3


def test_a_patients_food_diary_is_their_health_record_not_a_private_note(classifier: Classifier) -> None:
    diary = [field("food_diary", "id", "int", pk=True), field("food_diary", "user_id", "int"),
             field("food_diary", "food"), field("food_diary", "comment"),
             field("food_diary", "date_nutrition", "timestamp")]
    found = classifier.classify_fields([*PATIENTS, *diary])
    assert [r.category for r in found[-3:]] == ["user.health_and_medical"] * 3


def test_a_clinical_records_links_to_other_records_are_no_clinical_facts(classifier: Classifier) -> None:
    """A FHIR observation stored as a table keeps references placing it among other records (basedOn,
    partOf, derivedFrom, hasMember): bookkeeping; its value is still the patient's."""
    observation = [field("observations", "id", "uuid", pk=True),
                   field("observations", "patient_id", "int", ref="patients"),
                   field("observations", "basedOn"), field("observations", "partOf"),
                   field("observations", "derivedFrom"), field("observations", "hasMember"),
                   field("observations", "valueQuantity")]
    found = classifier.classify_fields([*PATIENTS, *observation])
    assert [r.category for r in found[-5:]] == [None, None, None, None, "user.health_and_medical"]


def test_a_patients_answers_to_a_health_questionnaire_are_clinical(classifier: Classifier) -> None:
    """The same answers outside a health application are a person's private reply."""
    answers = [field("question_answer", "id", "int", pk=True), field("question_answer", "question_id", "int"),
               field("question_answer", "answer_text", "varchar(500)")]
    assert classifier.classify_fields([*PATIENTS, *answers])[-1].category == "user.health_and_medical"
    shop = [field("users", "id", "int", pk=True), field("users", "email"), *answers]
    assert classifier.classify_fields(shop)[-1].category == "user.content.private"
