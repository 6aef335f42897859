"""What a health application's clinical tables keep besides the patient's clinical facts."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field

HEALTH = [field("patient", "patient_id", "int", pk=True), field("patient", "first_name"),
          field("encounter", "patient_id", "int"), field("diagnosis", "patient_id", "int"),
          field("allergy", "patient_id", "int")]

PRESCRIPTIONS = [field("prescription", "id", "int", pk=True), field("prescription", "patient_id", "int"),
                 field("prescription", "dosage", "varchar(50)")]


def test_an_undeclared_key_named_after_a_clinical_record_table_keys_its_row(classifier: Classifier) -> None:
    vaccinations = [field("vaccination", "id", "int", pk=True), field("vaccination", "patient_id", "int"),
                    field("vaccination", "dose", "varchar(50)")]
    schema = [*HEALTH, *vaccinations, field("reaction", "patient_id", "int"),
              field("reaction", "vaccination_id", "int")]
    result = classifier.classify_fields(schema)[-1]
    assert result.category is None
    assert "keys a row of vaccination" in result.explanation


def test_a_key_to_a_catalogue_or_named_after_its_own_table_still_codes_a_value(classifier: Classifier) -> None:
    schema = [*HEALTH, field("drug", "id", "int", pk=True), field("drug", "name"),
              field("prescription", "id", "int", pk=True), field("prescription", "patient_id", "int"),
              field("prescription", "drug_id", "int"),
              field("immunization", "id", "int", pk=True), field("immunization", "patient_id", "int"),
              field("immunization", "immunization_id", "int")]
    results = classifier.classify_fields(schema)
    assert results[-4].category == "user.health_and_medical"
    assert results[-1].category == "user.health_and_medical"


def test_when_a_clinical_record_was_printed_sent_or_released_is_its_handling(classifier: Classifier) -> None:
    lab = [field("lab_result", "id", "int", pk=True), field("lab_result", "patient_id", "int"),
           field("lab_result", "result_value", "varchar(20)"), field("lab_result", "collected_date", "date"),
           field("lab_result", "printed_date", "datetime"), field("lab_result", "sent_at", "datetime"),
           field("lab_result", "date_released", "datetime")]
    results = classifier.classify_fields([*HEALTH, *lab])
    assert results[-4].category == "user.health_and_medical"
    assert [r.category for r in results[-3:]] == [None, None, None]


def test_a_clinical_records_workflow_state_is_its_handling_its_clinical_status_is_not(classifier: Classifier) -> None:
    report = [field("lab_report", "id", "int", pk=True), field("lab_report", "patient_id", "int"),
              field("lab_report", "review_status", "varchar(20)"), field("lab_report", "is_reportable", "char(1)"),
              field("lab_report", "locked", "int"), field("lab_report", "clinical_status", "varchar(20)")]
    results = classifier.classify_fields([*HEALTH, *report])
    assert [r.category for r in results[-4:-1]] == [None, None, None]
    assert results[-1].category == "user.health_and_medical"


def test_the_number_of_a_bed_a_ward_or_a_specimen_numbers_a_place_or_a_row(classifier: Classifier) -> None:
    admission = [field("admission", "id", "int", pk=True), field("admission", "patient_id", "int"),
                 field("admission", "bed_no", "int"), field("admission", "ward_no", "varchar(10)"),
                 field("admission", "specimen_no", "varchar(20)"), field("admission", "admission_reason", "text")]
    results = classifier.classify_fields([*HEALTH, *admission])
    assert [r.category for r in results[-4:-1]] == [None, None, None]
    assert results[-1].category == "user.health_and_medical"


def test_the_running_number_of_a_clinical_record_in_its_year_is_the_registers_own(
        classifier: Classifier) -> None:
    admission = [field("admission", "id", "int", pk=True), field("admission", "patient_id", "int"),
                 field("admission", "adm_prog_year", "int"), field("admission", "monthly_no", "int"),
                 field("admission", "yearly_no", "int"), field("admission", "year", "varchar(4)"),
                 field("admission", "admission_reason", "text")]
    results = classifier.classify_fields([*HEALTH, *admission])
    assert [r.category for r in results[-5:-1]] == [None, None, None, None]
    assert results[-1].category == "user.health_and_medical"


def test_a_batch_or_a_campaign_of_vaccines_is_stock_not_a_patients_record(classifier: Classifier) -> None:
    stock = [field("vaccines", "id", "int", pk=True), field("vaccines", "brand"),
             field("vaccines", "manufacturer"),
             field("batches", "id", "int", pk=True), field("batches", "name"), field("batches", "expiry", "date"),
             field("batches", "vaccine_id", "int", ref="vaccines"),
             field("campaign_vaccines", "campaign_id", "int"), field("campaign_vaccines", "vaccine_id", "int"),
             field("vaccinations", "id", "int", pk=True), field("vaccinations", "patient_id", "int"),
             field("vaccinations", "batch_id", "int", ref="batches"),
             field("vaccinations", "delivery_site", "varchar(20)")]
    contexts, _ = classifier.contexts([*HEALTH, *stock])
    assert "health" not in [contexts[("app", t)].kind for t in ("batches", "campaign_vaccines")]
    results = classifier.classify_fields([*HEALTH, *stock])
    assert results[len(HEALTH) + 5].category is None
    assert results[-1].category == "user.health_and_medical"


def test_a_radiation_dose_keyed_by_its_study_is_a_patients_record_not_a_catalogue(classifier: Classifier) -> None:
    dose = [field("ct_radiation_dose", "id", "int", pk=True),
            field("ct_radiation_dose", "general_study_id", "int", ref="general_study"),
            field("ct_radiation_dose", "start_of_xray_irradiation", "timestamp"),
            field("dose_units", "id", "int", pk=True), field("dose_units", "name")]
    contexts, _ = classifier.contexts([*HEALTH, *dose])
    assert contexts[("app", "ct_radiation_dose")].kind == "health"
    assert contexts[("app", "dose_units")].kind != "health"


def test_a_flag_that_a_record_or_a_reminder_was_printed_or_sent_is_its_handling(classifier: Classifier) -> None:
    recalls = [field("recalls", "id", "int", pk=True), field("recalls", "patient_id", "int"),
               field("recalls", "due_date", "date"), field("recalls", "reminder_sent", "boolean"),
               field("recalls", "printed", "boolean")]
    results = classifier.classify_fields([*HEALTH, *recalls])
    assert results[-3].category == "user.health_and_medical"
    assert [r.category for r in results[-2:]] == [None, None]


def test_an_order_site_or_product_in_a_clinical_record_is_part_of_it_a_sort_order_is_not(
        classifier: Classifier) -> None:
    orders = [field("medication_order", "id", "int", pk=True), field("medication_order", "patient_id", "int"),
              field("medication_order", "order_status", "varchar(20)"),
              field("medication_order", "product_description", "varchar(255)"),
              field("medication_order", "site_desc", "varchar(255)"),
              field("medication_order", "sort_order", "int")]
    results = classifier.classify_fields([*HEALTH, *orders])
    assert [r.category for r in results[-4:-1]] == ["user.health_and_medical"] * 3
    assert results[-1].category is None


def test_an_order_or_product_outside_a_clinical_record_names_no_person_data(classifier: Classifier) -> None:
    shop = [field("customer", "id", "int", pk=True), field("customer", "email"),
            field("cart", "id", "int", pk=True), field("cart", "customer_id", "int"),
            field("cart", "order_status", "varchar(20)"), field("cart", "product_description", "varchar(255)")]
    results = classifier.classify_fields(shop)
    assert [r.category for r in results[-2:]] == [None, None]


def test_a_clinicians_organisation_post_and_payer_numbers_on_their_own_row_are_theirs(
        classifier: Classifier) -> None:
    staff = [field("organization", "id", "int", pk=True), field("organization", "name"),
             field("practitioner", "id", "int", pk=True), field("practitioner", "first_name"),
             field("practitioner", "organization_id", "int", ref="organization"),
             field("practitioner", "provider_type", "varchar(10)"),
             field("practitioner", "medicaid_id", "varchar(20)")]
    results = classifier.classify_fields([*HEALTH, *staff])
    assert [r.category for r in results[-3:]] == ["user.workplace", "user.job_title", "user.government_id"]


def test_a_patients_organisation_and_medicaid_number_are_no_workplace_or_licence(classifier: Classifier) -> None:
    patients = [field("organization", "id", "int", pk=True), field("organization", "name"),
                field("patient", "organization_id", "int", ref="organization"),
                field("patient", "medicaid_id", "varchar(20)")]
    results = classifier.classify_fields([*HEALTH, *patients])
    assert results[-2].category != "user.workplace"
    assert results[-1].category != "user.government_id"


def test_a_persons_education_and_school_on_their_own_row_are_about_them(classifier: Classifier) -> None:
    patients = [field("patient", "educational_level", "varchar(40)"), field("patient", "school_name", "varchar(80)")]
    school = [field("school", "id", "int", pk=True), field("school", "school_name", "varchar(80)")]
    results = classifier.classify_fields([*HEALTH, *patients, *school])
    assert [r.category for r in results[-4:-2]] == ["user", "user"]
    assert results[-1].category is None


def test_the_position_of_an_organisations_contact_person_is_their_post(classifier: Classifier) -> None:
    contacts = [field("organization", "id", "int", pk=True), field("organization", "name"),
                field("organization_contact", "id", "int", pk=True),
                field("organization_contact", "organization_id", "int", ref="organization"),
                field("person", "id", "int", pk=True), field("person", "first_name", "varchar(40)"),
                field("organization_contact", "person_id", "int", ref="person"),
                field("organization_contact", "position", "varchar(32)"),
                field("organization_contact", "sort_position", "int")]
    results = classifier.classify_fields(contacts)
    assert results[-2].category == "user.job_title"
    assert results[-1].category is None


def test_the_kind_of_act_an_audit_trail_row_records_is_what_the_person_did(classifier: Classifier) -> None:
    audit = [field("users", "id", "int", pk=True), field("users", "username"),
             field("patient_record_audit", "id", "int", pk=True),
             field("patient_record_audit", "user_id", "int", ref="users"),
             field("patient_record_audit", "audit_type", "varchar(20)")]
    assert classifier.classify_fields(audit)[-1].category == "user.behavior"


def test_the_mime_type_of_a_patients_document_is_upload_metadata(classifier: Classifier) -> None:
    documents = [field("patient_document", "id", "int", pk=True), field("patient_document", "patient_id", "int"),
                 field("patient_document", "mimetype", "text"), field("patient_document", "label", "text")]
    assert classifier.classify_fields([*HEALTH, *documents])[-2].category is None


def test_a_health_workers_cadre_and_council_registration_are_their_post_and_licence(
        classifier: Classifier) -> None:
    workers = [field("health_worker", "id", "int", pk=True), field("health_worker", "full_name"),
               field("health_worker", "cadre", "varchar(40)"),
               field("health_worker", "registration_number", "varchar(30)")]
    results = classifier.classify_fields([*HEALTH, *workers])
    assert [r.category for r in results[-2:]] == ["user.job_title", "user.government_id"]


def test_whether_a_patients_message_was_read_is_a_read_receipt(classifier: Classifier) -> None:
    """Messages a health application keeps among a patient's records: their read flag is an act."""
    messages = [field("messaging", "id", "int", pk=True), field("messaging", "patient_id", "int"),
                field("messaging", "subject", "varchar(255)"), field("messaging", "body", "text"),
                field("messaging", "read", "varchar(4)")]
    results = classifier.classify_fields([*HEALTH, *messages])
    assert results[-1].category == "user.behavior"


def test_a_flag_that_a_clinical_row_is_deprecated_is_bookkeeping(classifier: Classifier) -> None:
    notes = [field("patient_note", "id", "int", pk=True), field("patient_note", "patient_id", "int"),
             field("patient_note", "deprecated", "tinyint(1)"), field("patient_note", "obsolete", "tinyint(1)"),
             field("patient_note", "reason", "varchar(255)")]
    results = classifier.classify_fields([*HEALTH, *notes])
    assert [r.category for r in results[-3:-1]] == [None, None]
    assert results[-1].category == "user.health_and_medical"


def test_an_integer_group_number_keys_a_group_a_written_one_is_an_insurance_plans(classifier: Classifier) -> None:
    schema = [*HEALTH, field("encounter_procedure", "id", "int", pk=True),
              field("encounter_procedure", "encounter_id", "int"), field("encounter_procedure", "group_nr", "smallint"),
              field("insurance_data", "id", "int", pk=True), field("insurance_data", "patient_id", "int"),
              field("insurance_data", "group_number", "varchar(255)"),
              field("users", "UserNum", "bigint", pk=True), field("users", "UserName", "varchar(255)"),
              field("users", "Password", "varchar(255)"), field("users", "UserGroupNum", "bigint")]
    results = classifier.classify_fields(schema)
    assert results[7].category != "user.health_and_medical.insurance_beneficiary_id"
    assert results[10].category == "user.health_and_medical.insurance_beneficiary_id"
    assert results[-1].category == "user.authorization"


def test_how_a_person_was_born_is_clinical_when_is_their_date_of_birth(classifier: Classifier) -> None:
    birth = [field("patient_birth_data", "id", "int", pk=True), field("patient_birth_data", "patient_id", "int"),
             field("patient_birth_data", "birth_defect", "char(1)"),
             field("patient_birth_data", "attendant_at_birth", "varchar(255)"),
             field("patient_birth_data", "birth_type", "varchar(255)"),
             field("patient_birth_data", "hours_survived_since_birth", "int"),
             field("patient_birth_data", "birth_date", "date")]
    results = classifier.classify_fields([*HEALTH, *birth])
    assert [r.category for r in results[-5:-1]] == ["user.health_and_medical"] * 4
    assert results[-1].category == "user.demographic.date_of_birth"


def test_a_message_kept_with_a_patients_records_is_private_content(classifier: Classifier) -> None:
    memos = [field("patient_memos", "id", "int", pk=True), field("patient_memos", "patient_id", "int"),
             field("patient_memos", "message", "varchar(200)"), field("patient_memos", "diagnosis", "varchar(200)")]
    messaging = [field("messaging", "id", "int", pk=True), field("messaging", "patient_id", "int"),
                 field("messaging", "message_to", "varchar(255)"), field("messaging", "subject", "varchar(255)"),
                 field("messaging", "body", "text")]
    results = classifier.classify_fields([*HEALTH, *memos, *messaging])
    assert results[7].category == "user.content.private"
    assert results[8].category == "user.health_and_medical"
    assert [r.category for r in results[-2:]] == ["user.content.private"] * 2


def test_a_claims_payer_and_its_x12_partners_are_organisations(classifier: Classifier) -> None:
    """In a health application the payer of a claim is its insurer, and the X12 sender and receiver
    ids name the partners of electronic claims; the patient on the claim is still keyed."""
    schema = [*HEALTH, field("claims", "id", "int", pk=True), field("claims", "patient_id", "int"),
              field("claims", "payer_id", "int"), field("insurance_companies", "id", "int", pk=True),
              field("insurance_companies", "name"), field("insurance_companies", "x12_receiver_id", "varchar(25)")]
    results = classifier.classify_fields(schema)
    assert [results[7].category, results[10].category] == [None, None]
    assert results[6].category == "user.unique_id"


def test_the_items_of_a_prescription_are_what_was_prescribed_an_invoices_are_goods(classifier: Classifier) -> None:
    schema = [*HEALTH, *PRESCRIPTIONS,
              field("medicine_item", "id", "int", pk=True), field("medicine_item", "prescription_id", "int"),
              field("medicine_item", "frequency", "int"), field("medicine_item", "medical_advice", "varchar(300)"),
              field("invoice", "id", "int", pk=True), field("invoice", "total", "decimal(10,2)"),
              field("invoice_item", "id", "int", pk=True), field("invoice_item", "invoice_id", "int"),
              field("invoice_item", "quantity", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[10:12]] == ["user.health_and_medical", "user.health_and_medical"]
    assert results[-1].category is None


def test_a_clinics_diagnosis_or_visit_date_is_the_patients_made_at_the_clinic(classifier: Classifier) -> None:
    visit = [field("clinic_visit", "id", "int", pk=True), field("clinic_visit", "patient_id", "int"),
             field("clinic_visit", "clinic_visit_date", "date"),
             field("clinic_visit", "clinic_diagnosis", "varchar(200)"),
             field("clinic", "id", "int", pk=True), field("clinic", "clinic_phone", "varchar(20)")]
    results = classifier.classify_fields([*HEALTH, *visit])
    assert [r.category for r in results[-4:-2]] == ["user.health_and_medical", "user.health_and_medical"]
    assert results[-1].category is None


def test_a_pharmacys_deliveries_from_a_supplier_are_stock_not_a_patients_record(classifier: Classifier) -> None:
    stock = [field("drug_instock_record", "id", "int", pk=True), field("drug_instock_record", "storehouse_id", "int"),
             field("drug_instock_record", "order_number", "varchar(20)"),
             field("drug_instock_record", "supplier_name", "varchar(100)"),
             field("drug_instock_record", "instock_date", "date"), field("drug_instock_record", "remark", "text")]
    results = classifier.classify_fields([*HEALTH, *stock])
    assert [r.category for r in results[-2:]] == [None, None]


def test_the_department_a_patient_was_seen_in_is_their_care_its_key_the_hospitals_list(
        classifier: Classifier) -> None:
    visit = [field("consultations", "id", "int", pk=True), field("consultations", "patient_id", "int"),
             field("consultations", "referred_to_department", "varchar(100)"),
             field("consultations", "department_id", "varchar(36)")]
    results = classifier.classify_fields([*HEALTH, *visit])
    assert [r.category for r in results[-2:]] == ["user.health_and_medical", None]


def test_the_key_of_a_visit_names_it_its_reason_time_and_place_are_clinical(classifier: Classifier) -> None:
    visit = [field("encounters", "id", "int", pk=True), field("encounters", "patient_id", "int"),
             field("encounters", "reason_for_encounter", "text"),
             field("encounters", "encounter_location", "varchar(100)"),
             field("encounter_notes", "encounter_nr", "int"), field("encounter_notes", "patient_id", "int")]
    results = classifier.classify_fields([*HEALTH, *visit])
    assert [r.category for r in results[-4:-2]] == ["user.health_and_medical", "user.health_and_medical"]
    assert results[-2].category is None


def test_a_patient_code_copied_into_the_rows_of_their_care_files_them_under_their_record(
        classifier: Classifier) -> None:
    schema = [*HEALTH, field("patient", "patient_code", "varchar(64)"),
              field("exam_charge", "id", "int", pk=True), field("exam_charge", "patient_code", "varchar(64)"),
              field("exam_item", "id", "int", pk=True), field("exam_item", "patientcode", "varchar(64)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in (results[-5], results[-3], results[-1])] == [
        "user.health_and_medical.record_id"] * 3


def test_what_an_examination_concluded_of_a_patient_and_the_advice_given_is_their_health(
        classifier: Classifier) -> None:
    schema = [*HEALTH, field("patient", "conclusion", "longtext"), field("patient", "suggestion", "longtext"),
              field("patient", "health_advice", "varchar(200)"), field("diagnosis", "conclusions", "text"),
              field("patient", "conclusion_count", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[-5:-1]] == ["user.health_and_medical"] * 4
    assert results[-1].category != "user.health_and_medical"


def test_a_medical_record_number_keying_the_patients_table_stays_a_record_number(classifier: Classifier) -> None:
    """A hospital keying its tables by the patient's medical record number (no_rkm_medis, declared a
    key to pasien) keeps it a record number; a patient_id declared so stays the patient's id."""
    patients = [field("pasien", "no_rkm_medis", "varchar(15)", pk=True), field("pasien", "nm_pasien", "varchar(40)"),
                field("pasien", "tgl_lahir", "date")]
    baby = field("pasien_bayi", "no_rkm_medis", "varchar(15)", pk=True, ref="pasien")
    assert [c.category for c in classifier.classify_fields([*patients, baby])][-1] == \
        "user.health_and_medical.record_id"
    contacts = [field("patients", "id", "varchar(255)", pk=True), field("patients", "first_name"),
                field("patient_contacts", "patient_id", "varchar(255)", ref="patients"),
                field("patient_contacts", "name")]
    assert classifier.classify_fields(contacts)[2].category == "user.unique_id"


def test_an_indonesian_hospitals_norm_is_the_medical_record_number_it_keys_patients_by(
        classifier: Classifier) -> None:
    """SIMGOS keys its patients by NORM (nomor rekam medis) and repeats it in every record: in a
    health application it is the medical record number there too, not only the patient's id; a
    vector's norm elsewhere is no one's."""
    schema = [field("pasien", "NORM", "int(11)", pk=True), field("pasien", "NAMA", "varchar(75)"),
              field("pasien", "TANGGAL_LAHIR", "date"), field("pasien", "ALAMAT", "varchar(150)"),
              field("kontak_pasien", "NORM", "int(11)", pk=True), field("kontak_pasien", "NOMOR", "varchar(35)"),
              field("pendaftaran", "NOMOR", "char(10)", pk=True), field("pendaftaran", "NORM", "int(11)"),
              field("photo_pasien", "NORM", "int(11)", pk=True), field("photo_pasien", "DATA", "mediumblob"),
              field("surat_rujukan_pasien", "ID", "int(11)", pk=True), field("surat_rujukan_pasien", "NORM", "int(11)")]
    results = classifier.classify_fields(schema)
    assert "keyed by" not in results[0].explanation
    assert {results[i].category for i in (0, 4, 7, 8, 11)} == {"user.health_and_medical.record_id"}
    vectors = [field("embedding", "id", "int", pk=True), field("embedding", "norm", "float")]
    assert classifier.classify_fields(vectors)[1].category is None


def test_a_bpjs_card_number_is_the_patients_insurance_member_id(classifier: Classifier) -> None:
    """The PCare and VClaim bridges of Indonesian hospital systems keep the patient's national health
    insurance card number as noKartu: their insurance member id, in a health application."""
    schema = [field("pasien", "no_rkm_medis", "varchar(15)", pk=True), field("pasien", "nm_pasien", "varchar(40)"),
              field("pasien", "tgl_lahir", "date"),
              field("diagnosa_pasien", "no_rawat", "varchar(17)", pk=True), field("diagnosa_pasien", "kd_penyakit"),
              field("resep_obat", "no_resep", "varchar(14)", pk=True), field("resep_obat", "no_rawat", "varchar(17)"),
              field("pcare_pendaftaran", "no_rawat", "varchar(17)", pk=True),
              field("pcare_pendaftaran", "no_rkm_medis", "varchar(15)"),
              field("pcare_pendaftaran", "noKartu", "varchar(25)")]
    assert classifier.classify_fields(schema)[-1].category == "user.health_and_medical.insurance_beneficiary_id"


def test_a_registration_number_in_the_records_of_a_stay_keys_that_registration(classifier: Classifier) -> None:
    """SIMGOS's NOPEN (nomor pendaftaran) in a diagnosis names the registration the diagnosis was
    made in: its key, no clinical fact; the diagnosis's code stays clinical."""
    assert classifier.read_name("NOPEN") == ("registration", "number")
    schema = [field("pasien", "NORM", "int(11)", pk=True), field("pasien", "NAMA", "varchar(75)"),
              field("pasien", "TANGGAL_LAHIR", "date"),
              field("diagnosa", "ID", "int", pk=True), field("diagnosa", "NOPEN", "char(10)"),
              field("diagnosa", "KODE", "char(6)"), field("diagnosa", "DIAGNOSA", "varchar(250)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[-3:]] == [None, "user.health_and_medical", "user.health_and_medical"]


def test_whether_a_finding_shows_on_the_printout_is_its_layout(classifier: Classifier) -> None:
    encounter = [field("encounter", "id", "int", pk=True), field("encounter", "patient_id", "int"),
                 field("encounter", "diagnosis", "text"), field("encounter", "diagnosis_in_print", "int(1)")]
    results = classifier.classify_fields([*HEALTH, *encounter])
    assert results[-2].category == "user.health_and_medical"
    assert results[-1].category is None


def test_a_file_a_job_wrote_is_machinery_a_bare_file_of_the_record_is_its_attachment(classifier: Classifier) -> None:
    record = [field("medical_record", "id", "int", pk=True), field("medical_record", "patient_id", "int"),
              field("medical_record", "diagnosis", "text"), field("medical_record", "files", "varchar(255)"),
              field("medical_record", "process_file", "varchar(255)"),
              field("medical_record", "stdout_file", "varchar(255)")]
    results = classifier.classify_fields([*HEALTH, *record])
    assert results[-3].category == "user.health_and_medical"
    assert [r.category for r in results[-2:]] == [None, None]


def test_the_model_name_of_a_template_or_a_device_is_no_clinical_fact(classifier: Classifier) -> None:
    template = [field("prescription_patient_model", "id", "int", pk=True),
                field("prescription_patient_model", "patient_id", "int"),
                field("prescription_patient_model", "dosage", "varchar(50)"),
                field("prescription_patient_model", "model_name", "varchar(20)")]
    device = [field("encounter_device", "id", "int", pk=True), field("encounter_device", "encounter_id", "int"),
              field("encounter_device", "device_model_name", "text")]
    results = classifier.classify_fields([*HEALTH, *template, *device])
    assert results[-4].category is None
    assert results[-1].category is None


def test_when_a_clinical_record_was_committed_or_its_row_created_is_bookkeeping(classifier: Classifier) -> None:
    sick = [field("encounter_sickconfirm", "id", "int", pk=True), field("encounter_sickconfirm", "encounter_id", "int"),
            field("encounter_sickconfirm", "diagnosis", "text"), field("encounter_sickconfirm", "date_confirm", "date"),
            field("encounter_sickconfirm", "date_create", "date"),
            field("encounter_sickconfirm", "time_committed", "timestamp")]
    results = classifier.classify_fields([*HEALTH, *sick])
    assert results[-3].category == "user.health_and_medical"
    assert [r.category for r in results[-2:]] == [None, None]


def test_an_admissions_progressive_number_in_the_year_is_the_registers_numbering(classifier: Classifier) -> None:
    admission = [field("admission", "adm_id", "int", pk=True), field("admission", "adm_pat_id", "int",
                                                                     ref="patient.patient_id"),
                 field("admission", "adm_diagnosis", "text"), field("admission", "adm_yprog", "int")]
    results = classifier.classify_fields([*HEALTH, *admission])
    assert results[-1].category is None


def test_the_id_of_a_prescription_or_a_procedure_keys_that_record_a_drugs_id_codes_a_value(
        classifier: Classifier) -> None:
    items = [field("medicine_item_record", "id", "int", pk=True), field("medicine_item_record", "patient_id", "int"),
             field("medicine_item_record", "dosage", "varchar(50)"),
             field("medicine_item_record", "prescription_id", "bigint"),
             field("medicine_item_record", "drug_id", "bigint"),
             field("medicine_item_record", "req_proc_id", "varchar(255)")]
    results = classifier.classify_fields([*HEALTH, *items])
    assert results[-3].category is None
    assert results[-2].category == "user.health_and_medical"
    assert results[-1].category is None


def test_an_orders_serial_number_and_why_a_request_was_cancelled_are_its_handling(classifier: Classifier) -> None:
    lab = [field("lab_request", "id", "int", pk=True), field("lab_request", "patient_id", "int"),
           field("lab_request", "diagnosis", "text"), field("lab_request", "order_sn", "varchar(50)"),
           field("lab_request", "reason_for_cancellation", "varchar(31)")]
    appointment = [field("appointment", "id", "int", pk=True), field("appointment", "patient_id", "int"),
                   field("appointment", "start_time", "datetime"),
                   field("appointment", "cancellation_reason", "text")]
    results = classifier.classify_fields([*HEALTH, *lab, *appointment])
    assert [r.category for r in results[-6:-4]] == [None, None]
    assert results[-1].category == "user.content.private"


def test_a_patients_size_and_weight_on_an_imaging_studys_row_are_the_patients(classifier: Classifier) -> None:
    study = [field("study_module_attr", "id", "int", pk=True), field("study_module_attr", "study_id", "int"),
             field("study_module_attr", "patient_size", "numeric(16,8)"),
             field("study_module_attr", "patient_weight", "numeric(16,8)"),
             field("study_module_attr", "image_height", "int")]
    results = classifier.classify_fields([*HEALTH, *study])
    assert [r.category for r in results[-3:-1]] == ["user.health_and_medical", "user.health_and_medical"]
    assert results[-1].category is None


def test_whether_a_clinical_record_is_final_is_the_state_of_its_handling(classifier: Classifier) -> None:
    death = [field("patient_death_data", "id", "int", pk=True), field("patient_death_data", "patient_id", "int"),
             field("patient_death_data", "cause_of_death", "text"), field("patient_death_data", "is_final", "boolean")]
    results = classifier.classify_fields([*HEALTH, *death])
    assert results[-2].category == "user.health_and_medical"
    assert results[-1].category is None


def test_the_alleles_sequenced_in_a_patients_tumour_and_matched_normal_are_theirs(classifier: Classifier) -> None:
    mutation = [field("mutation", "id", "int", pk=True), field("mutation", "patient_id", "int"),
                field("mutation", "mutation_status", "varchar(25)"),
                field("mutation", "tumor_seq_allele1", "varchar(255)"),
                field("mutation", "match_norm_seq_allele2", "varchar(255)")]
    results = classifier.classify_fields([*HEALTH, *mutation])
    assert [r.category for r in results[-2:]] == ["user.health_and_medical", "user.health_and_medical"]


def test_whether_a_lab_order_goes_to_an_outside_lab_is_its_handling(classifier: Classifier) -> None:
    lab = [field("lab_order", "id", "int", pk=True), field("lab_order", "patient_id", "int"),
           field("lab_order", "result_value", "varchar(20)"),
           field("lab_order", "is_external", "boolean"), field("lab_order", "outside_lab", "tinyint(1)")]
    results = classifier.classify_fields([*HEALTH, *lab])
    assert results[-3].category == "user.health_and_medical"
    assert [r.category for r in results[-2:]] == [None, None]


def test_numbered_sites_of_a_chart_do_not_set_up_the_whole_site(classifier: Classifier) -> None:
    """An anaesthesia nurses' chart writes where each infusion went in (intake_site1 to intake_site3): one
    place on the body numbered three times, not three settings of a web site, so the chart signed by a
    nurse by name is no configuration of the application."""
    table = "genanesthesianursesnotes"
    chart = [field(table, "id", "int", pk=True), field(table, "patient_id", "int"),
             field(table, "intake_site1"), field(table, "intake_site2"), field(table, "intake_site3"),
             field(table, "sign_nurse_first_name"), field(table, "sign_nurse_last_name")]
    results = classifier.classify_fields([*HEALTH, *chart])[len(HEALTH):]
    assert not any("set up the whole site" in r.explanation for r in results)
    assert results[5].category == "user.name.first"


def test_a_registry_of_beneficiaries_is_a_health_application(classifier: Classifier) -> None:
    """A public health programme's registers (AMRIT's beneficiaries, keyed by beneficiaryId) are about
    the persons it cares for, as a clinic's are about its patients: a register of one of them that the
    lexicon does not name (a mother and child programme's rmnch) holds their clinical facts."""
    schema = [field("beneficiary_details", "beneficiary_id", "bigint", pk=True),
              field("beneficiary_details", "first_name"), field("beneficiary_details", "last_name"),
              field("beneficiary_rmnch", "id", "bigint", pk=True),
              field("beneficiary_rmnch", "beneficiary_id", "bigint"),
              field("beneficiary_rmnch", "menstrual_status")]
    results = classifier.classify_fields(schema)
    assert results[-2].category == "user.unique_id"
    assert results[-1].category == "user.health_and_medical"


def test_a_form_keyed_by_a_patient_and_naming_its_signers_is_clinical(classifier: Classifier) -> None:
    """An anaesthesia record names the surgeon who signed it (first and last name), but its patient_id
    says whose record it is: what no rule names there is the patient's clinical fact, not more of a
    person's own row. A row describing someone by birth date stays a person's."""
    table = "genanesthesiarecord"
    record = [field(table, "id", "int", pk=True), field(table, "patient_id", "int"),
              field(table, "sign_surgeon_first_name"), field(table, "sign_surgeon_last_name"),
              field(table, "airway_grade")]
    results = classifier.classify_fields([*HEALTH, *record])[len(HEALTH):]
    assert [r.category for r in results[1:]] == ["user.unique_id", "user.name.first", "user.name.last",
                                                  "user.health_and_medical"]
    insured = [field("coverage", "id", "int", pk=True), field("coverage", "patient_id", "int"),
               field("coverage", "insured_first_name"), field("coverage", "insured_last_name"),
               field("coverage", "date_of_birth", "date")]
    results = classifier.classify_fields([*HEALTH, *insured])[len(HEALTH):]
    assert "its columns describe a person" in results[1].explanation


def test_a_patient_id_copied_from_the_patients_record_number_is_that_number(classifier: Classifier) -> None:
    """A radiology worklist files each order under the patient's id as text (patid), the number the
    patients' table keeps beside its own serial key: the medical record's number, not that key. Where
    the patients' key is itself text, a text patient id elsewhere may be that key."""
    schema = [field("patient", "patient_key", "serial", pk=True), field("patient", "patid", "varchar(20)"),
              field("patient", "first_name"), field("patient", "last_name"),
              field("visit", "visit_key", "serial", pk=True), field("visit", "patid", "char(20)"),
              field("study", "study_key", "serial", pk=True), field("study", "patid", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (1, 5, 7)] == ["user.health_and_medical.record_id"] * 3
    texts = [field("patient", "id", "varchar(32)", pk=True), *schema[1:4], *schema[4:]]
    results = classifier.classify_fields(texts)
    assert [results[i].category for i in (5, 7)] == ["user.unique_id"] * 2


def test_a_record_keyed_by_a_patient_naming_where_it_happened_is_no_organisations(classifier: Classifier) -> None:
    """A newborn's birth details name the facility and the place of the birth (its name, city, postal
    code), but a column keys the patient whose record it is: the patient's clinical record, not the
    site of an organisation."""
    table = "bornbirthdeatils"
    record = [field(table, "id", "int", pk=True), field(table, "patient_id", "int"),
              field(table, "name"), field(table, "city"), field(table, "postal_code"),
              field(table, "feeding_started")]
    results = classifier.classify_fields([*HEALTH, *record])[len(HEALTH):]
    assert results[-1].category == "user.health_and_medical"
    assert "an organisation's site" not in results[-1].explanation


def test_a_specimens_barcode_labels_its_tube(classifier: Classifier) -> None:
    """A biobank's specimen keyed by its patient holds clinical facts, but its barcode is the label
    printed on the tube, no fact of the patient's."""
    table = "specimen"
    specimen = [field(table, "id", "int", pk=True), field(table, "patient_id", "int"),
                field(table, "barcode", "varchar(255)"), field(table, "tissue_site", "varchar(150)")]
    results = classifier.classify_fields([*HEALTH, *specimen])[len(HEALTH):]
    assert [r.category for r in results[2:]] == [None, "user.health_and_medical"]


def test_the_issuer_of_a_patients_identifier_is_no_clinical_fact(classifier: Classifier) -> None:
    """An order or a visit names who issued the patient's identifier (HL7's and DICOM's issuer of
    patient id): an authority, no fact of the patient's."""
    table = "encounter"
    visit = [field(table, "id", "int", pk=True), field(table, "patient_id", "int"),
             field(table, "issuer", "char(100)"), field(table, "admitting_diagnosis")]
    results = classifier.classify_fields([*HEALTH, *visit])[len(HEALTH):]
    assert [r.category for r in results[2:]] == [None, "user.health_and_medical"]


def test_when_a_clinical_order_was_cancelled_is_its_handling_a_drugs_cancellation_is_not(
        classifier: Classifier) -> None:
    imaging = [field("imaging_order", "id", "int", pk=True), field("imaging_order", "patient_id", "int"),
               field("imaging_order", "body_part", "varchar(50)"), field("imaging_order", "cancel_date", "date"),
               field("imaging_order", "cancelled_at", "timestamp"), field("imaging_order", "canceled", "boolean")]
    statement = [field("medication_statement", "id", "int", pk=True),
                 field("medication_statement", "patient_id", "int"),
                 field("medication_statement", "cancellation_date", "date")]
    results = classifier.classify_fields([*HEALTH, *imaging, *statement])
    assert results[len(HEALTH) + 2].category == "user.health_and_medical"
    assert [r.category for r in results[len(HEALTH) + 3:len(HEALTH) + 6]] == [None, None, None]
    assert results[-1].category == "user.health_and_medical"


def test_when_a_clinical_record_was_confirmed_is_its_sign_off_a_confirmed_diagnosis_is_clinical(
        classifier: Classifier) -> None:
    diagnosis = [field("diagnosis", "id", "int", pk=True), field("diagnosis", "patient_id", "int"),
                 field("diagnosis", "confirmed", "timestamp"), field("diagnosis", "confirmed_at", "datetime"),
                 field("diagnosis", "confirmed_tb", "varchar(45)")]
    results = classifier.classify_fields([*HEALTH, *diagnosis])
    assert [r.category for r in results[-3:-1]] == [None, None]
    assert results[-1].category == "user.health_and_medical"


def test_how_far_a_form_a_dispensing_or_a_collection_got_is_its_handling_a_clinical_status_is_not(
        classifier: Classifier) -> None:
    specimen = [field("specimen", "id", "int", pk=True), field("specimen", "patient_id", "int"),
                field("specimen", "form_status", "varchar(15)"), field("specimen", "dispense_status", "varchar(20)"),
                field("specimen", "collection_status", "varchar(50)"),
                field("specimen", "activity_status", "varchar(50)"),
                field("specimen", "consent_purge_status", "varchar(15)"),
                field("specimen", "clinical_status", "varchar(50)")]
    results = classifier.classify_fields([*HEALTH, *specimen])
    assert [r.category for r in results[-6:-1]] == [None, None, None, None, None]
    assert results[-1].category == "user.health_and_medical"


def test_a_clinical_rows_revision_stamp_and_save_time_are_bookkeeping_its_date_is_not(
        classifier: Classifier) -> None:
    vitals = [field("vital_sign", "id", "int", pk=True), field("vital_sign", "patient_id", "int"),
              field("vital_sign", "revision", "numeric"), field("vital_sign", "stamp", "timestamp"),
              field("vital_sign", "savedate", "varchar(255)"), field("vital_sign", "date", "datetime")]
    results = classifier.classify_fields([*HEALTH, *vitals])
    assert [r.category for r in results[-4:-1]] == [None, None, None]
    assert results[-1].category == "user.health_and_medical"


def test_a_bare_site_key_on_a_clinical_record_keys_the_facility(classifier: Classifier) -> None:
    """ZEPRS's encounter.site_id and caTissue's SITE_ID key the clinic a record was made at; the
    site where a vaccine went in is still the patient's."""
    encounter = [field("encounter", "id", "int", pk=True), field("encounter", "patient_id", "int"),
                 field("encounter", "site_id", "bigint"), field("encounter", "injection_site", "varchar(50)")]
    results = classifier.classify_fields([*HEALTH, *encounter])
    assert [r.category for r in results[-2:]] == [None, "user.health_and_medical"]


def test_a_patients_names_phones_and_gender_kept_a_row_each_are_who_they_are(classifier: Classifier) -> None:
    """fhirbase's patient_name_periods and patient_gender_codings, simple's patient_phone_numbers:
    keyed by the patient in a health application, yet their names, numbers and demographics, so
    the bookkeeping of each row (when a name held, whether a coding is the primary one) is no
    clinical fact."""
    periods = [field("patient_name_periods", "id", "int", pk=True),
               field("patient_name_periods", "patient_id", "int", ref="patient"),
               field("patient_name_periods", "start", "timestamp"), field("patient_name_periods", "end", "timestamp")]
    codings = [field("patient_gender_codings", "id", "int", pk=True),
               field("patient_gender_codings", "patient_id", "int", ref="patient"),
               field("patient_gender_codings", "primary", "boolean")]
    phones = [field("patient_phone_numbers", "id", "int", pk=True),
              field("patient_phone_numbers", "patient_id", "int", ref="patient"),
              field("patient_phone_numbers", "active", "boolean")]
    schema = [*HEALTH, *periods, *codings, *phones]
    contexts, _ = classifier.contexts(schema)
    for table in ("patient_name_periods", "patient_gender_codings", "patient_phone_numbers"):
        assert contexts[("app", table)].kind == "person_data"
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (7, 8, 11, 14)] == [None, None, None, None]


def test_the_kind_of_a_feeding_a_delivery_or_a_blood_sugar_is_clinical_coded_or_not(classifier: Classifier) -> None:
    """ZEPRS's feeding_type (an int code), AMRIT's deliveryType, simple's blood_sugar_type: the kind
    of what happened to the patient or was measured, on their record."""
    discharge = [field("infant_discharge", "id", "int", pk=True), field("infant_discharge", "patient_id", "int"),
                 field("infant_discharge", "feeding_type", "int(11)"),
                 field("infant_discharge", "delivery_type", "varchar(50)"),
                 field("infant_discharge", "blood_sugar_type", "varchar(20)")]
    results = classifier.classify_fields([*HEALTH, *discharge])
    assert [r.category for r in results[-3:]] == ["user.health_and_medical"] * 3


def test_the_notes_of_a_wards_nurses_or_a_laboratory_are_clinical(classifier: Classifier) -> None:
    """hismk2's nurse_notes, digitalpulz's ward_nursenote and clearhealth's lab_note: what nurses or a
    laboratory wrote about a patient's stay or visit is their health record, not a private note."""
    notes = [field(table, name, type_, pk=name == "id", ref="encounter" if name == "case" else None)
             for table in ("nurse_notes", "ward_nursenote", "lab_note")
             for name, type_ in (("id", "int"), ("case", "int"), ("note", "text"))]
    contexts, _ = classifier.contexts([*HEALTH, *notes])
    for table in ("nurse_notes", "ward_nursenote", "lab_note"):
        assert contexts[("app", table)].kind == "health"
    results = classifier.classify_fields([*HEALTH, *notes])
    assert [results[i].category for i in (7, 10, 13)] == ["user.health_and_medical"] * 3


def test_a_clinical_table_keying_its_subject_by_an_undeclared_key_keeps_their_records(classifier: Classifier) -> None:
    """fhirbase's encounters name their patient in subject_id, declared as no key: the encounters are
    that patient's, no catalogue of encounter kinds; a lookup named by its own subject_event_status_id
    keys no one."""
    encounters = [field("fhir.encounters", "id", "uuid", pk=True), field("fhir.encounters", "subject_id", "uuid"),
                  field("fhir.encounters", "status", "varchar"), field("fhir.encounters", "start", "timestamp")]
    statuses = [field("subject_event_status", "subject_event_status_id", "serial", pk=True),
                field("subject_event_status", "name", "varchar(255)"),
                field("subject_event_status", "description", "varchar(1000)")]
    schema = [*HEALTH, *encounters, *statuses]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "fhir.encounters")].kind == "health"
    results = classifier.classify_fields(schema)
    assert results[-4].category == "user.health_and_medical"
    assert [r.category for r in results[-2:]] == [None, None]


def test_medicares_beneficiary_numbers_are_insurance_beneficiary_ids(classifier: Classifier) -> None:
    """BCDA's beneficiaries and suppressions keep Medicare's MBI and the older HICN of each person:
    the numbers their insurer gave them, wherever the table stands."""
    beneficiaries = [field("cclf_beneficiaries", "id", "int", pk=True),
                     field("cclf_beneficiaries", "patient_id", "int"),
                     field("cclf_beneficiaries", "mbi", "character(11)"),
                     field("suppressions", "id", "int", pk=True), field("suppressions", "hicn", "varchar(11)")]
    results = classifier.classify_fields([*HEALTH, *beneficiaries])
    assert [results[i].category for i in (-3, -1)] == ["user.health_and_medical.insurance_beneficiary_id"] * 2
