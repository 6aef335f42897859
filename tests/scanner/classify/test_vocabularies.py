"""Vocabularies of kinds of applications: chat servers (XMPP), forums, shops, clinical records."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field

XMPP_USERS = [field("users", "username", "text", pk=True), field("users", "password", "text"),
              field("users", "serverkey", "text"), field("users", "iterationcount", "integer")]


def test_a_roster_holds_contacts_of_a_person_and_their_subscription_state(classifier: Classifier) -> None:
    roster = [field("rosterusers", name) for name in ("username", "jid", "nick", "subscription", "ask",
                                                      "askmessage")]
    result = classifier.classify_fields([*XMPP_USERS, *roster])
    assert [c.category for c in result[2:]] == [
        "user.authorization.password", "user.authorization.password", "user.unique_id", "user.unique_id",
        "user.name", "user.social", "user.social", "user.content.private"]
    assert "table rosterusers is social" in result[7].explanation


def test_chat_archives_name_the_other_party_and_hold_the_messages(classifier: Classifier) -> None:
    schema = [field("archive", "username"), field("archive", "peer"), field("archive", "bare_peer"),
              field("archive", "xml"), field("archive", "host"), field("ofOffline", "username"),
              field("ofOffline", "stanza"), field("prosodyarchive", "user"), field("prosodyarchive", "with")]
    assert [c.category for c in classifier.classify_fields([*XMPP_USERS, *schema])[4:]] == [
        "user.unique_id", "user.unique_id", "user.unique_id", "user.content", None, "user.unique_id",
        "user.content.private", "user.unique_id", "user.unique_id"]


def test_room_addresses_and_with_inside_a_longer_name_are_no_persons(classifier: Classifier) -> None:
    schema = [field("muc_room", "room_jid"), field("sales_order", "forced_shipment_with_invoice", "smallint")]
    assert [c.category for c in classifier.classify_fields(schema)] == [None, None]


def test_a_vcard_is_a_persons_whole_card_and_its_search_columns_are_its_parts(classifier: Classifier) -> None:
    schema = [field("vcard", "username"), field("vcard", "vcard"), field("vcard_search", "username"),
              field("vcard_search", "fn"), field("vcard_search", "given"), field("vcard_search", "family")]
    assert [c.category for c in classifier.classify_fields([*XMPP_USERS, *schema])[4:]] == [
        "user.unique_id", "user", "user.unique_id", "user.name", "user.name.first", "user.name.last"]


def test_a_members_standing_in_a_group_chat_is_authorization(classifier: Classifier) -> None:
    schema = [field("muc_affiliation", "username"), field("muc_affiliation", "jid"),
              field("muc_affiliation", "affiliation", "tinyint")]
    assert [c.category for c in classifier.classify_fields([*XMPP_USERS, *schema])[4:]] == [
        "user.unique_id", "user.unique_id", "user.authorization"]


def test_codes_of_person_attributes_and_clinical_facts_take_their_category(classifier: Classifier) -> None:
    schema = [field("person", "person_id", "integer", pk=True), field("person", "gender_concept_id", "integer"),
              field("person", "race_source_value", "varchar(50)"), field("person", "person_source_value"),
              field("person", "birth_datetime", "timestamp"),
              field("condition_occurrence", "person_id", "integer"),
              field("condition_occurrence", "condition_source_value", "varchar(50)"),
              field("products", "category_code")]
    result = classifier.classify_fields(schema)
    assert [c.category for c in result[1:4]] == ["user.demographic.gender", "user.demographic.race_ethnicity",
                                                 "user.health_and_medical.record_id"]
    assert result[6].category == "user.health_and_medical"
    assert result[7].category is None
    assert "a coded value of it ('concept id')" in result[1].explanation


def test_personal_words_of_other_languages_read_as_english(classifier: Classifier) -> None:
    schema = [field("kunden", "vorname"), field("kunden", "nachname"), field("kunden", "geburtsdatum", "date"),
              field("clientes", "apellido"), field("clientes", "correo"), field("usuarios", "telefone"),
              field("usuarios", "data_nascimento", "date"), field("clients", "prenom")]
    assert [c.category for c in classifier.classify_fields(schema)] == [
        "user.name.first", "user.name.last", "user.demographic.date_of_birth", "user.name.last",
        "user.contact.email", "user.contact.phone_number", "user.demographic.date_of_birth", "user.name.first"]


def test_spanish_and_portuguese_plurals_read_as_their_listed_singular(classifier: Classifier) -> None:
    """usuarios and direcciones are read as user and address, as usuario and direccion are."""
    assert classifier.tables.name_words("usuarios") == ("user",)
    assert classifier.tables.name_words("direcciones") == ("address",)
    assert classifier.tables.name_words("pedidos") == ("order",)
    assert classifier.tables.name_words("photos") == ("photos",)


def test_who_created_or_changed_a_row_is_a_person_id(classifier: Classifier) -> None:
    schema = [field("care_room", "create_id", "varchar(35)"), field("care_room", "modify_id", "varchar(35)")]
    assert [c.category for c in classifier.classify_fields(schema)] == ["user.unique_id", "user.unique_id"]


def test_a_key_that_names_a_person_first_keys_that_person(classifier: Classifier) -> None:
    schema = [field("log_packages", "id_member_installed", "mediumint"),
              field("sales_order_address", "customer_address_id", "int"),
              field("log_packages", "id_package", "int", pk=True)]
    result = classifier.classify_fields(schema)
    assert [c.category for c in result] == ["user.unique_id", None, None]
    assert "key the person 'member'" in result[0].explanation


def test_a_nickname_is_a_display_name_unless_the_person_has_no_other_handle(classifier: Classifier) -> None:
    schema = [field("users", "username"), field("users", "nickname"), field("members", "email"),
              field("members", "nickname")]
    assert [c.category for c in classifier.classify_fields(schema)] == [
        "user.account.username", "user.name", "user.contact.email", "user.account.username"]


def test_a_vcards_fields_spread_over_columns_hold_what_the_card_says(classifier: Classifier) -> None:
    card = [field("vcard", name, "varchar(255)") for name in
            ("collection-owner", "fn", "title", "role", "photo-binval", "sound-extval", "adr-pcode", "desc",
             "adr-street", "adr-locality")]
    results = classifier.classify_fields([*XMPP_USERS, *card])[len(XMPP_USERS):]
    assert [r.category for r in results[2:8]] == [
        "user.job_title", "user.job_title", "user.content.self_image", "user.biometric.voice",
        "user.contact.address.postal_code", "user.demographic.profile"]
    # Outside a vCard the same words keep their usual reading, and a binary value is no card number.
    other = classifier.classify_fields([field("documents", "title"), field("groups", "role"),
                                        field("payment_cards", "bin")])
    assert other[0].category != "user.job_title" and other[1].category != "user.job_title"
    assert classifier.read_name("photo-binval") == ("photo", "binary", "value")


def test_the_items_of_a_persons_privacy_list_are_privacy_choices(classifier: Classifier) -> None:
    items = [field("privacy-items", name, type_) for name, type_ in
             (("collection-owner", "text"), ("list", "text"), ("type", "text"), ("value", "text"),
              ("deny", "tinyint"), ("order", "int"))]
    default = [field("privacy-default", "collection-owner"), field("privacy-default", "default")]
    results = classifier.classify_fields([*XMPP_USERS, *items, *default])[len(XMPP_USERS):]
    assert [r.category for r in results[1:5]] == ["user.privacy_preferences"] * 4
    assert results[5].category is None
    assert results[7].category == "user.privacy_preferences"
    # Elsewhere a type, a value or a default is no privacy choice.
    others = classifier.classify_fields([field("order_items", "type"), field("order_items", "value"),
                                         field("users", "default", "text")])
    assert all(r.category != "user.privacy_preferences" for r in others)


def test_a_rosters_groups_and_subscription_flags_are_the_relationship(classifier: Classifier) -> None:
    roster = [field("roster-items", "collection-owner"), field("roster-items", "jid"),
              field("roster-items", "to", "tinyint"), field("roster-items", "from", "tinyint"),
              field("roster-groups", "collection-owner"), field("roster-groups", "jid"),
              field("roster-groups", "group", "text")]
    results = classifier.classify_fields([*XMPP_USERS, *roster])[len(XMPP_USERS):]
    assert [results[i].category for i in (2, 3, 6)] == ["user.social"] * 3
    # A group or a recipient elsewhere keeps its own reading.
    others = classifier.classify_fields([field("channel_members", "group", "text"),
                                         field("messages", "to", "text")])
    assert others[0].category != "user.social"
    assert others[1].category == "user.unique_id"


def test_a_hex_string_after_a_person_word_is_their_id(classifier: Classifier) -> None:
    schema = [field("commenters", "commenterhex", "text", pk=True), field("commenters", "email"),
              field("votes", "commenterhex", "text"), field("votes", "direction", "int"),
              field("users", "id", "int", pk=True), field("users", "email"), field("users", "bg_color_hex")]
    results = classifier.classify_fields(schema)
    assert classifier.read_name("ownerhex") == ("owner", "hex")
    assert results[2].category == "user.unique_id"
    assert results[6].category != "user.unique_id"


def test_ppl_abbreviates_people_and_a_peoples_key_is_a_persons_id(classifier: Classifier) -> None:
    schema = [field("people", "id", "varchar", pk=True), field("people", "name"),
              field("shifts", "id", "varchar", pk=True), field("shifts", "startshift", "timestamp"),
              field("shifts", "pplid", "varchar")]
    assert classifier.read_name("pplid") == ("people", "id")
    assert classifier.classify_fields(schema)[4].category == "user.unique_id"


DICOM_PATIENTS = [field("patient", "pk", "int8", pk=True), field("patient", "pat_birthdate"),
                  field("patient", "pat_sex"), field("patients_extra", "patient_id", "int8"),
                  field("allergy", "patient_id", "int8"), field("vitals", "patient_id", "int8")]


def test_dicom_unique_ids_and_node_titles_in_an_imaging_study_are_none(classifier: Classifier) -> None:
    study = [field("study", "pk", "int8", pk=True), field("study", "patient_fk", "int8", ref="patient"),
             field("study", "study_iuid"), field("study", "sop_cuid"), field("study", "tsuid"),
             field("study", "src_aet"), field("study", "study_desc")]
    found = [c.category for c in classifier.classify_fields([*DICOM_PATIENTS, *study])[len(DICOM_PATIENTS):]]
    assert found == [None, "user.unique_id", None, None, None, None, "user.health_and_medical"]


def test_an_imaging_series_modality_and_body_part_are_clinical_its_accession_number_none(
        classifier: Classifier) -> None:
    series = [field("series", "pk", "int8", pk=True), field("series", "patient_fk", "int8", ref="patient"),
              field("series", "modality"), field("series", "body_part"), field("series", "laterality"),
              field("series", "accession_no"), field("series", "station_name")]
    found = [c.category for c in classifier.classify_fields([*DICOM_PATIENTS, *series])[len(DICOM_PATIENTS):]]
    assert found == [None, "user.unique_id", "user.health_and_medical", "user.health_and_medical",
                     "user.health_and_medical", None, None]
    catalogue = [field("procedure_type", "id", "integer", pk=True), field("procedure_type", "name"),
                 field("procedure_type", "laterality")]
    assert classifier.classify_fields([*DICOM_PATIENTS, *catalogue])[-1].category is None


def test_the_modality_of_an_uploaded_file_or_a_staff_members_export_is_no_exam(classifier: Classifier) -> None:
    tables = [field("genomic_files", "file_id", "int", pk=True), field("genomic_files", "file_name"),
              field("genomic_files", "file_size", "int"), field("genomic_files", "analysis_modality"),
              field("exports", "id", "int", pk=True), field("exports", "export_user_id", "int", ref="auth_user"),
              field("exports", "modality", "varchar(16)"), field("exports", "export_date", "datetime"),
              field("auth_user", "id", "int", pk=True), field("auth_user", "username")]
    found = classifier.classify_fields([*DICOM_PATIENTS, *tables])[len(DICOM_PATIENTS):]
    assert [found[3].category, found[6].category] == [None, None]


def test_the_station_a_procedure_step_is_scheduled_on_is_a_thing_not_a_clinical_code(classifier: Classifier) -> None:
    ups = [field("ups", "pk", "int8", pk=True), field("ups", "patient_fk", "int8", ref="patient"),
           field("ups", "station_location_fk", "int8", ref="code"), field("ups", "ups_code_fk", "int8", ref="code"),
           field("ups", "discontinued_reason_fk", "int8", ref="code")]
    found = [c.category for c in classifier.classify_fields([*DICOM_PATIENTS, *ups])[len(DICOM_PATIENTS):]]
    assert found[2] is None and found[4] == "user.health_and_medical"


def test_a_modality_worklist_item_is_a_patients_scheduled_imaging(classifier: Classifier) -> None:
    mwl = [field("mwl_item", "pk", "int8", pk=True), field("mwl_item", "patient_fk", "int8", ref="patient"),
           field("mwl_item", "modality"), field("mwl_item", "sps_start_date"), field("mwl_item", "accession_no")]
    contexts, _ = classifier.contexts([*DICOM_PATIENTS, *mwl])
    assert contexts[("app", "mwl_item")].kind == "health"
    found = [c.category for c in classifier.classify_fields([*DICOM_PATIENTS, *mwl])[len(DICOM_PATIENTS):]]
    assert found == [None, "user.unique_id", "user.health_and_medical", "user.health_and_medical", None]


def test_french_words_of_a_contacts_salutation_position_and_region(classifier: Classifier) -> None:
    """A French CRM's contacts: civility is the salutation (a part of the name), poste the position held,
    the departement the region of the address it sits among."""
    columns = [field("contacts", "rowid", "int", pk=True), field("contacts", "lastname"),
               field("contacts", "address"), field("contacts", "zip"), field("contacts", "town"),
               field("contacts", "civility", "varchar(6)"), field("contacts", "poste", "varchar(80)"),
               field("contacts", "fk_departement", "int")]
    found = [c.category for c in classifier.classify_fields(columns)][5:]
    assert found == ["user.name", "user.job_title", "user.contact.address.state"]


def test_an_adherent_is_a_member(classifier: Classifier) -> None:
    """French adhérent is a member: a table of adherents holds persons, and fk_adherent keys one."""
    members = [field("adherent", "rowid", "int", pk=True), field("adherent", "login")]
    subscription = field("subscription", "fk_adherent", "int")
    found = classifier.classify_fields([*members, subscription])
    assert "is person (table name says person (member))" in found[0].explanation
    assert (found[0].category, found[2].category) == ("user.unique_id", "user.unique_id")


def test_indonesian_words_of_a_patients_record_read_as_english(classifier: Classifier) -> None:
    """A hospital system's patient table written in Indonesian (nm_pasien: the patient's name,
    tgl_lahir: birth date, no_rkm_medis: medical record number); a clinic's own name stays none."""
    schema = [field("pasien", "no_rkm_medis", "varchar(15)", pk=True), field("pasien", "nm_pasien", "varchar(40)"),
              field("pasien", "tgl_lahir", "date"), field("pasien", "no_tlp", "varchar(40)"),
              field("pasien", "agama", "varchar(12)"), field("pasien", "jk", "enum('L','P')"),
              field("pasien", "alamat", "varchar(200)"),
              field("poliklinik", "kd_poli", "char(5)", pk=True), field("poliklinik", "nm_poli", "varchar(50)")]
    assert [c.category for c in classifier.classify_fields(schema)] == [
        "user.health_and_medical.record_id", "user.name", "user.demographic.date_of_birth",
        "user.contact.phone_number", "user.demographic.religious_belief", "user.demographic.gender",
        "user.contact.address", None, None]


def test_lab_analytes_and_vital_signs_of_a_health_application_are_clinical(classifier: Classifier) -> None:
    """A blood test's hb and platelets, a diabetic chart's glucose level and a malnutrition check's
    weight are measures of a patient wherever the health application keeps them; a shop's
    nutrition facts of a product measure no one."""
    clinic = [field("patients", "id", "int", pk=True), field("patients", "name", "text"),
              field("blood_test", "patient_id", "int"), field("blood_test", "hb", "float"),
              field("blood_test", "platelets", "float"), field("blood_test", "wbc", "float"),
              field("diabetic_graph", "patient_id", "int"), field("diabetic_graph", "blood_glucose_level", "int"),
              field("malnutritioncontrol", "patient_id", "int"), field("malnutritioncontrol", "weight", "float"),
              field("treatment_group_memberships", "visit_blood_sugar_id", "uuid")]
    results = classifier.classify_fields(clinic)
    assert {r.category for r in results[3:6]} == {"user.health_and_medical"}
    assert results[7].category == results[9].category == "user.health_and_medical"
    assert results[10].category is None
    shop = [field("products", "id", "int", pk=True), field("products", "cholesterol", "float"),
            field("products", "sodium", "float"), field("products", "weight", "float")]
    assert [r.category for r in classifier.classify_fields(shop)[1:]] == [None, None, None]


def test_a_plan_a_route_and_a_frequency_in_a_patients_record_are_clinical(classifier: Classifier) -> None:
    """In a prescription or a consultation the plan, the route and the frequency are the patient's care;
    a drug catalogue's route and a recurring invoice's frequency are no one's."""
    schema = [field("patients", "id", "int", pk=True), field("prescriptions", "patient_id", "int"),
              field("prescriptions", "route", "varchar(20)"), field("prescriptions", "frequency", "varchar(20)"),
              field("consultations", "patient_id", "int"), field("consultations", "plan", "text"),
              field("drugs", "id", "int", pk=True), field("drugs", "route", "int"),
              field("recurring_invoices", "id", "int", pk=True), field("recurring_invoices", "frequency", "int")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 3, 5)] == ["user.health_and_medical"] * 3
    assert [results[7].category, results[9].category] == [None, None]


def test_a_county_or_a_district_of_an_address_is_part_of_the_address_but_no_state(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "city"), field("customers", "county"),
              field("customers", "email"),
              field("customers", "state"), field("addresses", "customer_id", "int"),
              field("addresses", "district"), field("addresses", "province")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 6)] == ["user.contact.address"] * 2
    assert [results[i].category for i in (4, 7)] == ["user.contact.address.state"] * 2


def test_a_forum_members_badges_tags_and_anonymous_posts(classifier: Classifier) -> None:
    """A Q&A member's badge tallies are what they earned, the tags they ignore are how they filter
    what they see, and asking anonymously is their privacy choice; a poll's vote count is no one's."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "gold", "smallint"),
              field("users", "likes_given", "int"), field("users", "ignored_tags", "text"),
              field("questions", "id", "int", pk=True), field("questions", "author_id", "int"),
              field("questions", "is_anonymous", "boolean"), field("questions", "vote_count", "int"),
              field("downloads", "user_id", "int"), field("downloads", "download_key", "varchar(32)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:5]] == ["user.behavior", "user.behavior", "user.account.settings"]
    assert [results[7].category, results[8].category] == ["user.privacy_preferences", None]
    assert results[10].category == "user.authorization.credentials"


def test_a_consultant_an_abnormal_flag_and_an_insurer_in_a_patients_record(classifier: Classifier) -> None:
    """A consultant keyed on an encounter is a clinician, an abnormal flag on a lab result is clinical, the
    insurance company named on a patient's row is part of their medical record; a key to an insurer is none."""
    schema = [field("patients", "id", "int", pk=True), field("patients", "name"),
              field("patients", "insurance_company"), field("patients", "insurer_id", "int"),
              field("encounters", "patient_id", "int"), field("encounters", "consultant_id", "int"),
              field("lab_results", "patient_id", "int"), field("lab_results", "abnormal_flag", "varchar(2)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.health_and_medical", None]
    assert [results[5].category, results[7].category] == ["user.unique_id", "user.health_and_medical"]


def test_a_patients_hospital_number_and_clinical_statuses_on_their_row(classifier: Classifier) -> None:
    """The number a hospital files a patient under is their record number; their HIV or pregnancy status,
    family history and resuscitation wishes are clinical facts, though their row is no clinical table."""
    schema = [field("patients", "id", "int", pk=True), field("patients", "name"),
              field("patients", "hospital_no", "varchar(20)"), field("patients", "hiv_status", "varchar(10)"),
              field("patients", "pregnancy_status", "varchar(10)"), field("patients", "family_history", "text"),
              field("patients", "dnr", "tinyint(1)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.health_and_medical.record_id"
    assert [r.category for r in results[3:]] == ["user.health_and_medical"] * 4


def test_a_forum_profiles_ignore_lists_and_watch_settings(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_profiles", "user_id", "int", pk=True), field("user_profiles", "blocked_users", "text"),
              field("user_profiles", "ignored", "text"), field("user_options", "user_id", "int", pk=True),
              field("user_options", "creation_watch_state", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.social"] * 2
    assert results[6].category == "user.account.settings"


def test_contact_words_and_clinical_history_shortened_on_forms(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "name"), field("patients", "telno"),
              field("patients", "telefax"), field("patients", "bldg"), field("patients", "fhx", "text"),
              field("patients", "pmh", "text")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.contact.phone_number", "user.contact.fax_number", "user.contact.address.street",
        "user.health_and_medical", "user.health_and_medical"]


def test_persons_and_their_attributes_shortened_in_names(classifier: Classifier) -> None:
    schema = [field("employees", "id", "int", pk=True), field("employees", "email"),
              field("employees", "mgr_id", "int"), field("employees", "yob", "int"), field("employees", "ethn"),
              field("employees", "desig"), field("checkins", "user_id", "int"), field("checkins", "latlng")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:6]] == [
        "user.unique_id", "user.demographic.date_of_birth", "user.demographic.race_ethnicity", "user.job_title"]
    assert results[7].category == "user.location.precise"


def test_analytes_named_with_digits_and_an_ehrs_table_prefix(classifier: Classifier) -> None:
    """hba1c, spo2 and fev1 split at their digits and are read by their first word; gnuhealth_ is the
    table prefix of an EHR, so gnuhealth_patient holds patients."""
    schema = [field("gnuhealth_patient", "id", "int", pk=True), field("gnuhealth_patient", "name"),
              field("visits", "patient_id", "int"), field("evaluations", "patient_id", "int"),
              field("evaluations", "hba1c", "float"), field("evaluations", "spo2", "int"),
              field("evaluations", "fev1", "float")]
    results = classifier.classify_fields(schema)
    assert results[0].category == "user.unique_id"
    assert [r.category for r in results[4:]] == ["user.health_and_medical"] * 3


def test_a_chat_users_status_text_global_name_and_premium_tier(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "status_text"),
              field("users", "global_name"), field("users", "premium_type", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.content.public", "user.name", "user.account"]


def test_dutch_and_italian_words_of_a_persons_row(classifier: Classifier) -> None:
    schema = [field("klanten", "id", "int", pk=True), field("klanten", "email"), field("klanten", "voornaam"),
              field("klanten", "achternaam"), field("klanten", "woonplaats"), field("klanten", "cognome"),
              field("klanten", "wachtwoord")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.name.first", "user.name.last", "user.contact.address.city", "user.name.last",
        "user.authorization.password"]


def test_a_forum_members_skin_warning_level_and_seo_name(classifier: Classifier) -> None:
    schema = [field("members", "member_id", "int", pk=True), field("members", "email"),
              field("members", "skin", "int"), field("members", "smiley_set"), field("members", "warn_level", "int"),
              field("members", "members_seo_name")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.account.settings", "user.account.settings", "user.account", "user.account.username"]


def test_the_last_post_a_reader_read_in_a_log_of_reads_is_their_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "email"),
              field("thread_reads", "user_id", "int"), field("thread_reads", "thread_id", "int"),
              field("thread_reads", "last_read_post_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == [None, "user.behavior"]


def test_a_forum_members_points_and_reputation_count_what_they_did(classifier: Classifier) -> None:
    """Points, karma and reputation are earned by acting; a rank given to the member is their account's."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "trophy_points", "int"), field("users", "reputation", "int"),
              field("users", "karma", "int"), field("users", "rank", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.behavior"] * 3 + ["user.account"]


def test_dates_of_clinical_events_in_any_table_of_a_health_application(classifier: Classifier) -> None:
    """When a specimen was collected or a vaccine given is a clinical fact, even where the table holding it
    reads as a thing (a specimen); outside a health application a collection date is none of these."""
    clinic = [field("patients", "id", "int", pk=True), field("patients", "name"),
              field("visits", "patient_id", "int"), field("lab_specimens", "id", "int", pk=True),
              field("lab_specimens", "patient_id", "int"), field("lab_specimens", "collected_at", "datetime"),
              field("immunizations", "patient_id", "int"), field("immunizations", "date_administered", "date")]
    results = classifier.classify_fields(clinic)
    assert [results[5].category, results[7].category] == ["user.health_and_medical"] * 2
    shop = [field("parcels", "id", "int", pk=True), field("parcels", "collected_at", "datetime")]
    assert classifier.classify_fields(shop)[1].category is None


def test_an_anonymous_gift_and_a_read_marker_are_the_persons(classifier: Classifier) -> None:
    """Giving anonymously is a privacy choice of the giver; the highest message id a person has read
    in a conversation is how far they read."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("donations", "id", "int", pk=True), field("donations", "donor_id", "int", ref="users"),
              field("donations", "is_anonymous", "boolean"),
              field("dialogs", "user_id", "int", ref="users"), field("dialogs", "read_inbox_max_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[6].category] == ["user.privacy_preferences", "user.behavior"]


def test_a_learners_grade_on_their_own_record_is_their_data(classifier: Classifier) -> None:
    """A grade or marks ending the name on a learner's record are data about them; marking a
    forum as read (mark_time) is no grade."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("grades", "user_id", "int", ref="users"), field("grades", "finalgrade", "decimal(10,5)"),
              field("forums_track", "user_id", "int", ref="users"), field("forums_track", "mark_time", "int")]
    results = classifier.classify_fields(schema)
    assert results[3].category == "user"
    assert results[5].category != "user"


def test_a_tracked_visitors_city_is_where_their_network_address_is(classifier: Classifier) -> None:
    """A live chat's site visitors are known by their IP: their city is a coarse location; a customer's
    city beside their street is their address."""
    schema = [field("site_visitors", "id", "int", pk=True), field("site_visitors", "name"),
              field("site_visitors", "email"), field("site_visitors", "ip"), field("site_visitors", "city"),
              field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "street"), field("customers", "city")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[8].category] == ["user.location.imprecise", "user.contact.address.city"]


def test_being_of_age_incognito_and_the_ages_one_seeks_on_a_profile(classifier: Classifier) -> None:
    """Over 18 is a coarse age; browsing incognito a privacy choice; the ages a person wants to meet
    their setting; the number of a quiz attempt what they did."""
    schema = [field("profiles", "id", "int", pk=True), field("profiles", "email"),
              field("profiles", "over_18", "boolean"), field("profiles", "incognito", "boolean"),
              field("profiles", "age_min", "smallint"),
              field("quiz_attempts", "user_id", "int", ref="profiles"), field("quiz_attempts", "attempt", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:5]] == [
        "user.demographic.age_range", "user.privacy_preferences", "user.account.settings"]
    assert classifier.classify_fields(schema)[6].category == "user.behavior"


def test_the_page_a_tracked_visitor_is_on_is_what_they_browse(classifier: Classifier) -> None:
    schema = [field("site_visitors", "id", "int", pk=True), field("site_visitors", "name"),
              field("site_visitors", "ip"), field("site_visitors", "current_page", "text")]
    assert classifier.classify_fields(schema)[3].category == "user.behavior.browsing_history"


def test_when_a_person_saved_or_starred_something_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("saved", "user_id", "int", ref="users"), field("saved", "post_id", "int"),
              field("saved", "saved_at", "timestamp"), field("saved", "starred_at", "timestamp")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == ["user.behavior"] * 2


def test_who_is_muted_or_sharing_a_screen_in_a_voice_channel_is_what_they_do(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("voice_states", "user_id", "int", ref="users"), field("voice_states", "channel_id", "int"),
              field("voice_states", "self_mute", "boolean"), field("voice_states", "self_video", "boolean")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == ["user.behavior"] * 2


def test_a_mutual_contact_or_a_close_friend_is_a_tie_between_persons(classifier: Classifier) -> None:
    schema = [field("contacts", "id", "int", pk=True), field("contacts", "phone"),
              field("contacts", "first_name"), field("contacts", "mutual", "boolean"),
              field("contacts", "close_friend", "boolean")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == ["user.social"] * 2


def test_being_on_a_mailing_list_is_consent_to_its_mail(classifier: Classifier) -> None:
    schema = [field("subscribers", "id", "int", pk=True), field("subscribers", "email"),
              field("subscriber_lists", "subscriber_id", "int", ref="subscribers"),
              field("subscriber_lists", "list_id", "int"), field("subscriber_lists", "status"),
              field("subscriber_lists", "unsubscribed_at", "timestamp")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == ["user.privacy_preferences"] * 2


def test_an_invites_max_age_and_the_roles_a_message_mentions_are_no_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("invites", "inviter_id", "int", ref="users"), field("invites", "max_age", "int"),
              field("messages", "author_id", "int", ref="users"), field("messages", "mention_roles", "jsonb")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[5].category] == [None, None]


def test_the_system_version_of_a_persons_session_describes_their_device(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("sessions", "user_id", "int", ref="users"), field("sessions", "system_version"),
              field("migrations", "id", "int", pk=True), field("migrations", "system_version")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[5].category] == ["user.device", None]


def test_forums_and_chats_named_in_other_languages_read_as_their_english_words(classifier: Classifier) -> None:
    schema = [field("polzovateli", "id", "int", pk=True), field("polzovateli", "pochta"),
              field("polzovateli", "parol"), field("soobsheniya", "otpravitel_id", "int"),
              field("beitrag", "benutzer_id", "int"), field("beitrag", "inhalt"),
              field("yonghu", "yonghuming"), field("yonghu", "shouji"),
              field("sesiones", "navegador"), field("gebruiker", "profielfoto")]
    assert [r.category for r in classifier.classify_fields(schema)] == [
        "user.unique_id", "user.contact.email", "user.authorization.password", "user.unique_id",
        "user.unique_id", "user.content.public", "user.account.username", "user.contact.phone_number",
        "user.device", "user.content.self_image"]


def test_names_that_put_the_owner_last_and_gaming_handles_read_as_the_persons_fields(classifier: Classifier) -> None:
    schema = [field("usuarios", "id_usuario", "int", pk=True), field("usuarios", "nombre_usuario"),
              field("usuarios", "foto_perfil"), field("usuarios", "estado_civil"),
              field("usuarios", "fecha_registro", "datetime"), field("members", "battleTag")]
    assert [r.category for r in classifier.classify_fields(schema)][1:] == [
        "user.account.username", "user.content.self_image", "user.demographic.marital_status", None,
        "user.account.username"]


def test_a_chat_users_host_mask_and_a_bans_mask_are_network_addresses(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("chat_logs", "user_id", "int", ref="users"), field("chat_logs", "hostmask"),
              field("bans", "user_id", "int", ref="users"), field("bans", "mask"),
              field("prive_bericht", "afzender_id", "int", ref="users"), field("prive_bericht", "onderwerp")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[5].category, results[7].category] == [
        "user.device.ip_address", "user.device.ip_address", "user.content.private"]


def test_a_banned_flag_on_a_persons_row_is_account_state_and_an_id_card_a_national_id(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "banned", "tinyint"),
              field("users", "is_blocked", "boolean"), field("users", "idcard", "varchar(20)"),
              field("bans", "banned", "int", ref="users")]
    assert [r.category for r in classifier.classify_fields(schema)][2:] == [
        "user.account", "user.account", "user.government_id.national_identification_number", "user.unique_id"]


def test_chinese_apps_named_in_pinyin_hold_the_same_personal_fields(classifier: Classifier) -> None:
    schema = [field("yonghu", "id", "int", pk=True), field("yonghu", "mima"), field("yonghu", "nianling", "int"),
              field("yonghu", "shenfenzheng"), field("yonghu", "qq"), field("pinglun", "yonghu_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)][1:] == [
        "user.authorization.password", "user.demographic.age_range",
        "user.government_id.national_identification_number", "user.contact", "user.unique_id"]


def test_a_greek_plural_reads_as_its_singular() -> None:
    """diagnoses is the plural of diagnosis (a clinical table), no form of the verb diagnose."""
    from scanner.classify.inflect import singular
    exceptions = {"diagnosis", "basis"}
    assert singular("diagnoses", exceptions) == "diagnosis"
    assert singular("bases", exceptions) == "base"
    assert singular("courses", exceptions) == "course"


def test_a_german_address_books_contact_words_read_as_their_parts(classifier: Classifier) -> None:
    """OpenXE's adresse: the person to ask for, their department, the address's second line, the
    federal state, the website, how they pay and who recruited them."""
    columns = [("id", "int"), ("name", "varchar(255)"), ("email", "varchar(255)"), ("ansprechpartner", "varchar(255)"),
               ("abteilung", "varchar(255)"), ("rechnung_adresszusatz", "varchar(64)"),
               ("bundesland", "varchar(64)"), ("internetseite", "text"), ("zahlungsweise", "varchar(64)"),
               ("geworbenvon", "int(11)")]
    schema = [field("adresse", name, type_, pk=name == "id") for name, type_ in columns]
    assert [c.category for c in classifier.classify_fields(schema)[3:]] == [
        "user.name", "user.contact.organization", "user.contact.address.street", "user.contact.address.state",
        "user.contact.url", "user.payment", "user.unique_id"]


def test_typo3s_creating_user_keys_a_person_on_any_record(classifier: Classifier) -> None:
    schema = [field("tx_teams", "uid", "int(11)", pk=True), field("tx_teams", "cruser_id", "int(11)"),
              field("tx_teams", "name")]
    assert classifier.classify_fields(schema)[1].category == "user.unique_id"


def test_a_name_taken_by_marriage_or_given_at_birth_is_a_name(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "maiden_name"),
              field("users", "married_name"), field("users", "birthname"), field("users", "birth_date", "date"),
              field("users", "address_one"), field("users", "address_two")]
    assert [c.category for c in classifier.classify_fields(schema)[2:]] == [
        "user.name", "user.name", "user.name", "user.demographic.date_of_birth",
        "user.contact.address.street", "user.contact.address.street"]


def test_an_area_beside_an_address_is_part_of_it_elsewhere_a_place(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "area")]
    book = [field("user_addr", "id", "int", pk=True), field("user_addr", "user_id", "int", ref="users.id"),
            field("user_addr", "province"), field("user_addr", "city"), field("user_addr", "area")]
    result = classifier.classify_fields([*users, *book])
    assert result[2].category == "user.location.imprecise"
    assert result[7].category == "user.contact.address"


def test_a_bare_text_use_codes_what_a_name_or_an_address_is_for(classifier: Classifier) -> None:
    """FHIR's use (official, home, work) is no setting; use_markdown on a user's row is one."""
    schema = [field("patient", "id", "int", pk=True), field("patient", "name"), field("patient", "birth_date", "date"),
              field("patient_names", "id", "int", pk=True),
              field("patient_names", "patient_id", "int", ref="patient.id"),
              field("patient_names", "use"), field("patient_names", "given"),
              field("users", "id", "int", pk=True), field("users", "email"), field("users", "use_markdown", "boolean")]
    result = classifier.classify_fields(schema)
    assert result[5].category is None
    assert result[9].category == "user.account.settings"


def test_the_use_of_a_name_or_an_address_as_a_code_or_a_type_of_its_own_is_no_setting(
        classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "name"),
              field("patient", "address_use_code", "bigint"), field("patient", "telecom_use_code", "bigint"),
              field("patient_names", "patient_id", "int", ref="patient.id"),
              field("patient_names", "use", "fhir.name_use"), field("person_name", "nm_use_cd", "varchar(20)"),
              field("patient", "use_large_font", "boolean")]
    result = classifier.classify_fields(schema)
    assert [c.category for c in (*result[2:4], *result[5:7])] == [None] * 4
    assert result[7].category == "user.account.settings"


def test_a_schools_exams_make_no_health_application(classifier: Classifier) -> None:
    """Exam tables beside students and courses are tests sat at school: no clinical record, so the
    application's events and exam notes stay what their names say."""
    schema = [field("student", "id", "int", pk=True), field("student", "email"),
              field("exam", "id", "int", pk=True), field("exam", "name"), field("exam", "note", "varchar(1000)"),
              field("exam_period", "id", "int", pk=True), field("exam_period", "length", "bigint"),
              field("exam_owner", "exam_id", "int", ref="exam.id"), field("exam_owner", "owner_id", "int"),
              field("event", "id", "int", pk=True), field("event", "event_name")]
    result = classifier.classify_fields(schema)
    assert [c.category for c in (result[3], result[4], result[6])] == [None, None, None]
    assert "health" not in result[10].explanation


def test_the_uid_of_a_language_an_article_or_a_kind_keys_no_person(classifier: Classifier) -> None:
    schema = [field("tx_commerce_articles", "uid", "int(11)", pk=True),
              field("tx_commerce_articles", "sys_language_uid", "int(11)"),
              field("tx_commerce_articles", "article_type_uid", "int(11)"),
              field("tx_commerce_order_articles", "order_uid", "int(11)"),
              field("tx_commerce_order_articles", "article_uid", "int(11)"),
              field("forum_posts", "poster_uid", "int(11)")]
    assert [c.category for c in classifier.classify_fields(schema)[1:]] == [
        None, None, None, None, "user.unique_id"]


def test_a_german_geb_is_a_date_of_birth(classifier: Classifier) -> None:
    schema = [field("kunden", "id", "int", pk=True), field("kunden", "email"), field("kunden", "geb", "date"),
              field("kunden", "geb_datum", "date"), field("kunden", "GebDatum", "date")]
    assert [c.category for c in classifier.classify_fields(schema)[2:]] == [
        "user.demographic.date_of_birth"] * 3


def test_a_typo3_record_translated_by_l10n_parent_keeps_its_bookkeeping_and_own_uid_no_persons(
        classifier: Classifier) -> None:
    """l10n_parent and l18n_parent mark a TYPO3 record as t3_origuid does: its pid, crdate, hidden and
    sorting are the record's bookkeeping, and its uid keys it, even in a table whose name reads a person's
    (tx_commerce_attributes); a person's own table (fe_users) is still keyed by its uid."""
    record = [field("tx_commerce_attributes", "uid", "int(11)", pk=True),
              *(field("tx_commerce_attributes", name, "int(11)") for name in ("pid", "crdate", "cruser_id",
                                                                               "l18n_parent", "hidden", "sorting"))]
    result = classifier.classify_fields(record)
    assert [c.category for c in (*result[:4], *result[5:])] == [None, None, None, "user.unique_id", None, None]
    users = [field("fe_users", "uid", "int(11)", pk=True), field("fe_users", "pid", "int(11)"),
             field("fe_users", "username"), field("fe_users", "l10n_parent", "int(11)")]
    assert [c.category for c in classifier.classify_fields(users)[:2]] == ["user.unique_id", None]


def test_a_medic_a_paramedic_and_an_hcp_are_persons_whose_ids_key_them(classifier: Classifier) -> None:
    schema = [field("territories", "id", "uuid", pk=True), field("territories", "name"),
              field("territories", "primary_medic_id", "uuid"), field("discharge", "ParamedicID", "varchar(10)"),
              field("officevisits", "HCPID", "bigint")]
    assert [c.category for c in classifier.classify_fields(schema)[2:]] == ["user.unique_id"] * 3


def test_when_a_job_last_fetched_or_calculated_a_row_is_no_persons_act(classifier: Classifier) -> None:
    schema = [field("user_rss_feeds", "id", "int", pk=True), field("user_rss_feeds", "user_id", "int", ref="users.id"),
              field("user_rss_feeds", "last_fetch_at", "timestamp"),
              field("user_stats", "user_id", "int", ref="users.id"),
              field("user_stats", "last_calculated_at", "timestamp"),
              field("user_stats", "last_login_at", "timestamp"),
              field("users", "id", "int", pk=True), field("users", "email")]
    result = classifier.classify_fields(schema)
    assert [c.category for c in (result[2], result[4])] == [None, None]
    assert result[5].category == "user.behavior"


def test_a_reviews_text_and_title_are_published_wherever_the_review_is_kept(classifier: Classifier) -> None:
    schema = [field("user_ratings", "id", "int", pk=True), field("user_ratings", "user_id", "int", ref="users.id"),
              field("user_ratings", "stars", "int"), field("user_ratings", "review_text", "text"),
              field("scrobble_event", "user_id", "int", ref="users.id"), field("scrobble_event", "ReviewTitle", "text"),
              field("users", "id", "int", pk=True), field("users", "email")]
    result = classifier.classify_fields(schema)
    assert [result[3].category, result[5].category] == ["user.content.public"] * 2


def test_an_organisations_contact_phone_and_email_beside_its_contact_persons_name_are_that_persons(
        classifier: Classifier) -> None:
    schema = [field("suppliers", "id", "int", pk=True), field("suppliers", "name"),
              field("suppliers", "contact_name"), field("suppliers", "contact_phone"),
              field("vendors", "id", "int", pk=True), field("vendors", "name"), field("vendors", "contact_phone"),
              field("suppliers", "contact_email"), field("vendors", "contact_email")]
    result = classifier.classify_fields(schema)
    assert [c.category for c in (*result[2:4], *result[6:])] == [
        "user.name", "user.contact.phone_number", None, "user.contact.email", None]


def test_a_provider_in_commerce_is_a_payment_method_only_on_a_payments_row(classifier: Classifier) -> None:
    schema = [field("payments", "id", "int", pk=True), field("payments", "order_id", "int"),
              field("payments", "amount", "decimal(10,2)"), field("payments", "provider"),
              field("order_delivery_methods", "id", "int", pk=True),
              field("order_delivery_methods", "order_id", "int"), field("order_delivery_methods", "provider")]
    result = classifier.classify_fields(schema)
    assert [result[3].category, result[6].category] == ["user.payment", None]


def test_the_unit_of_a_persons_entry_is_the_entrys_their_chosen_units_a_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "units"),
              field("harvests", "id", "int", pk=True), field("harvests", "owner_id", "int", ref="users.id"),
              field("harvests", "quantity", "int"), field("harvests", "unit")]
    result = classifier.classify_fields(schema)
    assert [result[2].category, result[6].category] == ["user.account.settings", None]


def test_a_bare_alias_is_a_persons_name_only_on_their_own_row(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "alias"),
              field("jshopping_addons", "id", "int", pk=True), field("jshopping_addons", "alias", "varchar(255)")]
    result = classifier.classify_fields(schema)
    assert [result[2].category, result[4].category] == ["user.name", None]


def test_a_relations_status_is_a_marital_status_only_on_a_persons_own_row(classifier: Classifier) -> None:
    schema = [field("user_profile", "id", "int", pk=True), field("user_profile", "email"),
              field("user_profile", "relation_status", "varchar(15)"),
              field("event_relation", "id", "int", pk=True), field("event_relation", "event_id", "int"),
              field("event_relation", "status", "int")]
    result = classifier.classify_fields(schema)
    assert [result[2].category, result[5].category] == ["user.demographic.marital_status", None]


def test_the_id_of_a_media_item_keys_it_and_holds_no_content(classifier: Classifier) -> None:
    schema = [field("message_media", "id", "int", pk=True), field("message_media", "message_id", "int"),
              field("message_media", "media_id", "uuid"), field("message_media", "media_url")]
    result = classifier.classify_fields(schema)
    assert result[2].category is None


def test_a_newsletter_id_is_a_choice_on_a_persons_subscriptions_not_on_its_statistics(
        classifier: Classifier) -> None:
    schema = [field("members", "id", "int", pk=True), field("members", "email"),
              field("members_newsletters", "member_id", "int", ref="members.id"),
              field("members_newsletters", "newsletter_id", "int"),
              field("statistics_opens", "subscriber_id", "int", ref="members.id"),
              field("statistics_opens", "newsletter_id", "int"), field("statistics_opens", "created_at", "timestamp")]
    result = classifier.classify_fields(schema)
    assert [result[3].category, result[5].category] == ["user.privacy_preferences", None]


def test_a_players_games_are_the_players_record_of_play(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("player_games", "id", "int", pk=True), field("player_games", "user_id", "int", ref="users.id"),
              field("player_games", "game_id", "int"), field("player_games", "last_played_at", "timestamp")]
    result = classifier.classify_fields(schema)
    assert result[5].category == "user.behavior.media_consumption"


def test_an_account_that_sets_up_a_site_of_its_own_is_a_tenant_and_its_key_keys_no_person(
        classifier: Classifier) -> None:
    schema = [field("s_account", "id", "int", pk=True), field("s_account", "sitename"),
              field("s_account", "subdomain"), field("s_account", "logoPath"), field("s_account", "faviconPath"),
              field("s_user", "username", "varchar(45)", pk=True), field("s_user", "email"),
              field("m_task", "id", "int", pk=True), field("m_task", "sAccountId", "int"),
              field("m_task", "createdUser", "varchar(45)", ref="s_user")]
    result = classifier.classify_fields(schema)
    assert [result[8].category, result[9].category] == [None, "user.unique_id"]


def test_an_account_with_one_kind_of_setting_many_times_stays_a_persons(classifier: Classifier) -> None:
    schema = [field("account", "account_id", "int", pk=True), field("account", "account_name"),
              field("account", "account_license_id", "int"), field("account", "account_codelicense_id", "int"),
              field("account", "account_permit_later_license", "boolean"),
              field("posts", "id", "int", pk=True), field("posts", "account_id", "int", ref="account.account_id")]
    result = classifier.classify_fields(schema)
    assert result[6].category == "user.unique_id"


def test_a_catalogues_artists_are_credited_on_records_not_signed_up(classifier: Classifier) -> None:
    schema = [field("artist", "id", "int", pk=True), field("artist", "name"), field("artist", "song_count", "int"),
              field("album", "id", "int", pk=True), field("album", "artist_id", "int", ref="artist")]
    result = classifier.classify_fields(schema)
    assert [result[1].category, result[4].category] == [None, None]


def test_the_name_of_who_created_or_updated_a_row_is_a_persons_name(classifier: Classifier) -> None:
    schema = [field("cms_ad", "id", "int", pk=True), field("cms_ad", "title"),
              field("cms_ad", "create_name", "varchar(50)"), field("cms_ad", "update_name", "varchar(50)"),
              field("cms_ad", "template_name")]
    result = classifier.classify_fields(schema)
    assert [c.category for c in result[2:]] == ["user.name", "user.name", None]


def test_stu_is_how_school_systems_shorten_a_student(classifier: Classifier) -> None:
    schema = [field("student", "ID", "bigint", pk=True), field("student", "email"),
              field("gradebook", "id", "int", pk=True), field("gradebook", "stuID", "bigint"),
              field("gradebook", "grade", "varchar(2)")]
    result = classifier.classify_fields(schema)
    assert result[3].category == "user.unique_id"


def test_a_payments_receipt_number_and_link_are_the_shops_record_not_a_read_receipt(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("payment_receipts", "id", "int", pk=True), field("payment_receipts", "user_id", "int", ref="users"),
              field("payment_receipts", "receipt_number", "varchar(50)"),
              field("payment_receipts", "receipt_url", "varchar(500)"),
              field("private_messages", "id", "int", pk=True), field("private_messages", "receipt", "tinyint(1)")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[5].category, result[7].category] == [None, None, "user.behavior"]


def test_a_sent_emails_cc_and_bcc_written_as_text_are_addresses_as_numbers_keys(classifier: Classifier) -> None:
    schema = [field("queued_emails", "id", "int", pk=True), field("queued_emails", "subject"),
              field("queued_emails", "body"), field("queued_emails", "cc", "text"),
              field("queued_emails", "bcc", "json"),
              field("messages", "id", "int", pk=True), field("messages", "body"), field("messages", "cc", "int")]
    result = classifier.classify_fields(schema)
    assert [result[3].category, result[4].category, result[7].category] == [
        "user.contact.email", "user.contact.email", "user.unique_id"]


def test_the_department_a_person_works_in_is_employment_data_not_their_employer(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "department"),
              field("users", "employer")]
    result = classifier.classify_fields(schema)
    assert [result[2].category, result[3].category] == ["user", "user.workplace"]


def test_a_recordings_key_at_a_catalogue_or_a_phone_service_holds_none_of_it(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("listens", "id", "int", pk=True), field("listens", "user_id", "int", ref="users"),
              field("listens", "recording_msid", "uuid"), field("listens", "call_recording", "text")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[5].category] == [None, "user.content"]


def test_a_word_that_always_names_people_stays_people_after_a_thing(classifier: Classifier) -> None:
    schema = [field("lab_staff", "id", "serial", pk=True), field("lab_staff", "name"),
              field("lab_staff", "role"), field("payment_provider", "id", "serial", pk=True),
              field("payment_provider", "name")]
    result = classifier.classify_fields(schema)
    assert [result[0].category, result[1].category, result[4].category] == ["user.unique_id", "user.name", None]


def test_why_a_request_was_turned_down_written_out_is_a_note_to_who_asked(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("refunds", "id", "int", pk=True), field("refunds", "user_id", "int", ref="users"),
              field("refunds", "amount", "decimal(10,2)"), field("refunds", "rejection_reason", "text"),
              field("refunds", "reject_reason", "int")]
    result = classifier.classify_fields(schema)
    assert [result[5].category, result[6].category] == ["user.content.private", None]


def test_a_persons_membership_of_a_tenant_account_is_theirs(classifier: Classifier) -> None:
    schema = [field("s_account", "id", "int", pk=True), field("s_account", "sitename"),
              field("s_account", "subdomain"), field("s_account", "logoPath"), field("s_account", "faviconPath"),
              field("s_user", "username", "varchar(45)", pk=True), field("s_user", "email"),
              field("s_user_account", "id", "int", pk=True), field("s_user_account", "username", ref="s_user"),
              field("s_user_account", "accountId", "int", ref="s_account"),
              field("s_user_account", "lastAccessedTime", "datetime")]
    result = classifier.classify_fields(schema)
    assert result[10].category == "user.behavior"


def test_portuguese_words_of_a_pupils_health_record_are_clinical(classifier: Classifier) -> None:
    schema = [field("aluno", "id", "int", pk=True), field("aluno", "nome"), field("aluno", "data_nascimento", "date"),
              field("ficha_medica_aluno", "ref_cod_aluno", "int", pk=True, ref="aluno"),
              field("ficha_medica_aluno", "desc_medicacao_especifica", "varchar(100)"),
              field("ficha_medica_aluno", "tratamento_medico", "char(1)")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[5].category] == ["user.health_and_medical", "user.health_and_medical"]


def test_a_problem_outside_a_health_application_is_a_task_set_no_ones_condition(classifier: Classifier) -> None:
    schema = [field("judge_profile", "id", "int", pk=True), field("judge_profile", "email"),
              field("judge_submission", "id", "int", pk=True),
              field("judge_submission", "user_id", "int", ref="judge_profile"),
              field("judge_submission", "problem_id", "int"), field("judge_submission", "date", "datetime")]
    result = classifier.classify_fields(schema)
    assert result[4].category is None


def test_brazils_identity_card_number_beside_a_cpf_is_a_national_id(classifier: Classifier) -> None:
    schema = [field("pacientes", "id", "int", pk=True), field("pacientes", "nome"), field("pacientes", "cpf"),
              field("pacientes", "rg", "varchar(20)"), field("rg_servers", "id", "int", pk=True),
              field("rg_servers", "rg", "varchar(20)")]
    result = classifier.classify_fields(schema)
    assert [result[3].category, result[5].category] == [
        "user.government_id.national_identification_number", None]


def test_a_deadline_is_when_something_is_due_no_one_dead(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "name"),
              field("disputes", "id", "int", pk=True), field("disputes", "buyer_id", "int", ref="patients"),
              field("disputes", "seller_response_deadline", "timestamp"),
              field("submissions", "id", "int", pk=True), field("submissions", "deadline_to_sell", "date")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[6].category] == [None, None]


def test_a_zip_archive_is_a_file_and_annee_a_year_no_role(classifier: Classifier) -> None:
    schema = [field("executable", "id", "int", pk=True), field("executable", "zipfile", "longblob"),
              field("budgets", "id", "int", pk=True), field("budgets", "annee", "int")]
    result = classifier.classify_fields(schema)
    assert [result[1].category, result[3].category] == [None, None]


def test_a_parcels_carrier_and_a_platforms_profit_are_the_businesss(classifier: Classifier) -> None:
    schema = [field("shipment_tracking_event", "id", "int", pk=True),
              field("shipment_tracking_event", "carrier_status", "text"),
              field("profit_reports", "platform_profit", "double precision"),
              field("profit_reports", "marketing_expense", "double precision")]
    assert [c.category for c in classifier.classify_fields(schema)[1:]] == [None, None, None]


def test_the_sums_of_a_persons_salary_are_their_money_and_its_days_when_they_worked(
        classifier: Classifier) -> None:
    schema = [field("employees", "id", "int", pk=True), field("employees", "name"), field("employees", "email"),
              field("salaries", "id", "int", pk=True), field("salaries", "employee_id", "int", ref="employees"),
              field("salaries", "allowances", "double precision"), field("salaries", "tax", "double precision"),
              field("salaries", "national_pension", "int"), field("salaries", "leave_days", "int"),
              field("salaries", "month", "int"),
              field("salary_grades", "id", "int", pk=True), field("salary_grades", "amount", "numeric")]
    result = classifier.classify_fields(schema)
    assert [c.category for c in result[5:10]] == [
        "user.financial", "user.financial", "user.financial", "user.behavior", None]
    assert result[11].category is None


def test_a_persons_name_beside_the_number_that_keys_them_is_their_name(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("messages", "id", "int", pk=True), field("messages", "sender_user_id", "bigint", ref="users"),
              field("messages", "sender", "varchar(64)"), field("messages", "body", "text"),
              field("notes", "id", "int", pk=True), field("notes", "author", "varchar(64)")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[7].category] == ["user.name", "user.unique_id"]


def test_a_submission_alone_is_no_persons_progress_through_a_course(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("submissions", "id", "int", pk=True), field("submissions", "user_id", "int", ref="users"),
              field("submissions", "qualified", "boolean"), field("submissions", "offers_count", "int"),
              field("assignment_submission", "id", "int", pk=True),
              field("assignment_submission", "user_id", "int", ref="users"),
              field("assignment_submission", "completed", "boolean")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[5].category, result[8].category] == [None, None, "user.behavior"]


def test_the_address_a_persons_thing_was_made_from_is_their_devices(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("groups", "id", "int", pk=True), field("groups", "user_id", "int", ref="users"),
              field("groups", "ip", "varchar(64)"),
              field("routers", "id", "int", pk=True), field("routers", "ip_address", "varchar(45)"),
              field("users", "ip_created", "varchar(64)")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[6].category, result[7].category] == [
        "user.device.ip_address", None, "user.device.ip_address"]


def test_national_codes_tax_registrations_and_hardware_ids_name_their_holder(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "name"),
              field("patients", "national_code", "varchar(10)"), field("patients", "numero_cni"),
              field("patients", "tax_reg_number", "varchar(25)"),
              field("connection_log", "id", "int", pk=True), field("connection_log", "user_id", "int", ref="patients"),
              field("connection_log", "hwid", "bytea")]
    assert [c.category for c in classifier.classify_fields(schema)[2:5]] == [
        "user.government_id.national_identification_number", "user.government_id.national_identification_number",
        "user.government_id"]
    assert classifier.classify_fields(schema)[7].category == "user.device.device_id"


def test_a_published_things_own_name_labels_it_and_an_artist_is_a_catalogues(classifier: Classifier) -> None:
    schema = [field("polls", "id", "int", pk=True), field("polls", "name", "varchar(100)"),
              field("polls", "question", "text"),
              field("songs", "id", "int", pk=True), field("songs", "artist_id", "int"), field("songs", "title")]
    result = classifier.classify_fields(schema)
    assert [result[1].category, result[2].category, result[4].category] == [None, "user.content.public", None]


def test_the_name_on_a_bank_account_is_its_holders_and_a_ledgers_account_name_no_login(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_bank_account", "id", "int", pk=True),
              field("user_bank_account", "user_id", "int", ref="users"),
              field("user_bank_account", "bank_account_name", "varchar(100)"),
              field("chart_of_accounts", "id", "int", pk=True),
              field("chart_of_accounts", "account_name", "varchar(255)")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[6].category] == ["user.name", None]


def test_a_number_of_things_counts_a_persons_acts_only_on_rows_keyed_by_them(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_summary", "id", "int", pk=True), field("user_summary", "user_id", "int", ref="users"),
              field("user_summary", "num_answers", "int"),
              field("study_query_attrs", "id", "int", pk=True), field("study_query_attrs", "num_instances", "int")]
    result = classifier.classify_fields(schema)
    assert [result[4].category, result[6].category] == ["user.behavior", None]


def test_a_user_named_last_in_text_is_who_acted_and_a_mail_servers_login_no_one(classifier: Classifier) -> None:
    schema = [field("orders", "id", "int", pk=True), field("orders", "action_user", "varchar(30)"),
              field("archive", "id", "int", pk=True), field("archive", "CreatingUser", "varchar(50)"),
              field("settings", "id", "int", pk=True), field("settings", "smtp_user", "varchar(100)")]
    result = classifier.classify_fields(schema)
    assert [result[1].category, result[3].category, result[5].category] == [
        "user.unique_id", "user.unique_id", None]
