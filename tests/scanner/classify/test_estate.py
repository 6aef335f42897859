"""What a schema teaches about itself: keys of its person tables, used across its other tables."""

from __future__ import annotations

from catalog.model import Field
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


def test_a_uid_keying_a_persons_table_keys_a_person_across_the_source(classifier: Classifier) -> None:
    """mybb keys its users by uid: mybb_adminoptions.uid makes each row an administrator's own
    options; where users are keyed by id, a uid column in a table of options keys nothing known."""
    users = [field("mybb_users", "uid", "int", pk=True), field("mybb_users", "username"),
             field("mybb_users", "email")]
    options = [field("mybb_adminoptions", "uid", "int", pk=True), field("mybb_adminoptions", "cpstyle"),
               field("mybb_adminoptions", "notes", "text")]
    contexts, _ = classifier.contexts([*users, *options])
    assert contexts[("app", "mybb_adminoptions")].kind == "person_data"
    results = classifier.classify_fields([*users, *options])
    assert [results[4].category, results[5].category] == ["user.account.settings", "user.content.private"]
    others = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              *options]
    contexts, _ = classifier.contexts(others)
    assert contexts[("app", "mybb_adminoptions")].kind == "thing"
    assert classifier.classify_fields(others)[4].category is None


def test_own_keys_stay_within_their_source(classifier: Classifier) -> None:
    schema = [*PATIENTS, field("drugs", "demographic_no", "int", source="other")]
    assert classifier.classify_fields(schema)[4].category is None


def test_agent_nouns_name_a_persons_role_on_a_row(classifier: Classifier) -> None:
    schema = [field("contribution", "id", "uuid", pk=True), field("contribution", "committer", "uuid"),
              field("taggings", "tagger_id", "int"), field("log_karma", "id_executor", "int", pk=True),
              field("contribution", "parser_id", "int"), field("contribution", "disporder", "int"),
              field("contribution", "committer_name", "text"), field("executor", "executor_id", "int", pk=True)]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results] == [None, "user.unique_id", "user.unique_id", "user.unique_id",
                                              None, None, None, None]
    assert results[1].explanation == ("user.unique_id: name word 'committer' names the role a person plays on "
                                      "the row; table contribution is unknown (table name says nothing known)")


def test_a_hook_or_a_stop_flag_named_by_an_agent_noun_keys_no_one(classifier: Classifier) -> None:
    """A chat's message interceptor (interceptor_id) and a routing rule's stopper are parts of the
    software; a reviewer_id beside them still keys the person."""
    schema = [field("ic_conditions", "id", "int", pk=True), field("ic_conditions", "interceptor_id", "int"),
              field("lcr_rule", "id", "int", pk=True), field("lcr_rule", "stopper", "integer"),
              field("ic_conditions", "reviewer_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[1].category, results[3].category, results[4].category] == [None, None, "user.unique_id"]


def test_an_agent_noun_with_an_id_word_keys_a_person_in_a_text_column_too(classifier: Classifier) -> None:
    schema = [field("administered_vaccines", "id", "varchar(255)", pk=True),
              field("administered_vaccines", "patient_id", "varchar(255)"),
              field("administered_vaccines", "recorder_id", "varchar(255)"),
              field("webhooks", "bearer_token", "varchar(2500)"), field("tbl_claim", "guarantee_id", "varchar(50)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.unique_id"
    assert [results[3].category, results[4].category] == [None, None]


def test_role_and_kinship_nouns_key_a_person(classifier: Classifier) -> None:
    schema = [field("patient_additional_data", "patient_id", "varchar(255)"),
              field("patient_additional_data", "mother_id", "varchar(255)"),
              field("patient_additional_data", "father_id", "varchar(255)"),
              field("messages", "buddy_id", "bigint"), field("followers", "following_id", "bigint"),
              field("user_peer", "uid", "int"), field("user_peer", "peer_uid", "int")]
    assert {r.category for r in classifier.classify_fields(schema)[1:5]} == {"user.unique_id"}
    assert classifier.classify_fields(schema)[6].category == "user.unique_id"


def test_a_sequence_number_beside_a_role_noun_is_a_counter(classifier: Classifier) -> None:
    schema = [field("user_dialogs", "user_id", "bigint"), field("user_dialogs", "peer_uid", "bigint"),
              field("user_dialogs", "peer_seq", "bigint"), field("user_dialogs", "top_peer_seq", "bigint")]
    results = classifier.classify_fields(schema)
    assert results[1].category == "user.unique_id"
    assert [results[2].category, results[3].category] == [None, None]


def test_a_forum_rows_dateline_in_an_activity_log_is_when_the_person_acted(classifier: Classifier) -> None:
    schema = [field("moderatorlog", "user_id", "int"), field("moderatorlog", "action", "text"),
              field("moderatorlog", "dateline", "int unsigned"), field("forums", "id", "int", pk=True),
              field("forums", "name"), field("forums", "dateline", "int unsigned")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.behavior"
    assert results[5].category is None


def test_parent_and_child_key_a_person_only_on_a_table_of_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "password"),
              field("users", "parent_id", "int"), field("categories", "id", "int", pk=True),
              field("categories", "name"), field("categories", "parent_id", "int"),
              field("forums", "child_id", "int")]
    results = classifier.classify_fields(schema)
    assert results[3].category == "user.unique_id"
    assert [results[6].category, results[7].category] == [None, None]


def test_an_agent_noun_keying_a_table_of_things_names_no_one(classifier: Classifier) -> None:
    schema = [field("rooms", "id", "int", pk=True), field("rooms", "name"),
              field("events", "composer", "int", ref="rooms")]
    assert classifier.classify_fields(schema)[2].category is None


def test_a_persons_counters_record_their_behaviour(classifier: Classifier) -> None:
    schema = [field("member_count", "uid", "int", pk=True), field("member_count", "blogs", "smallint"),
              field("member_count", "oltime", "smallint"), field("member_count", "kind", "varchar(20)"),
              field("forum_count", "forum_id", "int", pk=True), field("forum_count", "threads", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results] == ["user.unique_id", "user.behavior", "user.behavior", None, None, None]
    assert results[1].explanation == (
        "user.behavior: no rule names it, and columns of a counters table hold user.behavior; "
        "table member_count is person data (table name says person_data (count of member))")


HEALTH = [field("patient", "patient_id", "int", pk=True), field("patient", "first_name"),
          field("encounter", "patient_id", "int"), field("diagnosis", "patient_id", "int"),
          field("allergy", "patient_id", "int")]


def test_a_patients_notes_and_unexplained_records_are_clinical_in_a_health_application(
        classifier: Classifier) -> None:
    schema = [*HEALTH, field("patient_program", "patient_id", "int"), field("patient_program", "date_enrolled", "date"),
              field("note", "patient_id", "int"), field("note", "text"),
              field("patient_address", "patient_id", "int"), field("patient_address", "date_moved", "date")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[6::2]] == ["user.health_and_medical", "user.health_and_medical", None]
    assert results[8].explanation == (
        "user.health_and_medical: no rule names it, and columns of a health table hold user.health_and_medical; "
        "table note is health (table name says health (note keyed by patient_id, in a health application))")


def test_outside_a_health_application_a_persons_notes_stay_private_content(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "email"),
              field("note", "user_id", "int"), field("note", "text")]
    assert classifier.classify_fields(schema)[3].category == "user.content.private"


def test_a_numbered_address_line_after_another_word_is_a_street(classifier: Classifier) -> None:
    assert classifier.read_name("payment_address_1") == ("payment", "address", "1")
    assert classifier.read_name("postcode_2") == ("postal", "code")
    schema = [field("orders", "order_id", "int", pk=True), field("orders", "shipping_address_2"),
              field("app_token", "token_last_4")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == ["user.contact.address.street", None]


def test_a_provider_is_a_clinician_only_in_a_health_application(classifier: Classifier) -> None:
    health = [*HEALTH, field("encounter", "provider_id", "int")]
    chat = [field("users", "user_id", "int", pk=True), field("users", "email"),
            field("channel_email", "provider"), field("payment", "provider_id", "varchar(40)")]
    assert classifier.classify_fields(health)[5].category == "user.unique_id"
    assert [r.category for r in classifier.classify_fields(chat)[2:]] == [None, "user.payment"]


def test_rules_keyed_by_a_person_are_their_settings_unless_rows_are_named(classifier: Classifier) -> None:
    schema = [field("members", "id_member", "int", pk=True), field("members", "email_address"),
              field("pm_rules", "id_rule", "int", pk=True), field("pm_rules", "id_member", "int"),
              field("pm_rules", "rule_name", "varchar(60)"), field("pm_rules", "criteria", "text"),
              field("cart_rule", "id_customer", "int"), field("cart_rule", "name"),
              field("cart_rule", "criteria", "text")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:6]] == ["user.account.settings", "user.account.settings"]
    assert results[4].explanation == (
        "user.account.settings: no rule names it, and columns of a settings table hold user.account.settings; "
        "table pm_rules is person data (table name says person_data (rule of the person in its column id_member))")
    assert results[8].category is None


def test_a_persons_groups_grant_their_permissions(classifier: Classifier) -> None:
    schema = [field("members", "id_member", "int", pk=True), field("members", "email_address"),
              field("members", "id_group", "smallint"), field("members", "additional_groups", "varchar(255)"),
              field("boards", "id_board", "int", pk=True), field("boards", "id_group", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.authorization", "user.authorization", None, None]


def test_the_parts_of_a_jid_name_the_person_and_their_client(classifier: Classifier) -> None:
    schema = [field("muc_light_rooms", "luser", "varchar(250)", pk=True),
              field("pubsub_subscriptions", "luser", "varchar(250)"),
              field("pubsub_subscriptions", "lserver", "varchar(250)"),
              field("pubsub_subscriptions", "lresource", "varchar(250)"),
              field("pubsub_items", "created_luser", "varchar(250)"),
              field("muc_light_blocking", "who", "varchar(500)")]
    assert [r.category for r in classifier.classify_fields(schema)] == [
        None, "user.unique_id", None, "user.device", "user.unique_id", "user.unique_id"]


def test_a_counter_on_a_persons_row_counts_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "discussion_count", "int"), field("users", "CountBookmarks", "int"),
              field("emails", "user_id", "int"), field("emails", "failed_count", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.behavior", "user.behavior", "user.unique_id", None]


def test_when_a_row_was_inserted_is_bookkeeping(classifier: Classifier) -> None:
    schema = [field("Session", "UserID", "int"), field("Session", "DateInserted", "datetime"),
              field("Session", "DateLastActive", "datetime")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == [None, "user.behavior"]


def test_a_persons_unread_messages_and_time_offset(classifier: Classifier) -> None:
    schema = [field("members", "id_member", "int", pk=True), field("members", "email_address"),
              field("members", "new_pm", "tinyint"), field("members", "unread_messages", "smallint"),
              field("members", "time_offset", "float")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.behavior", "user.behavior", "user.account.settings"]


def test_the_secret_parts_of_a_persons_keys_are_credentials(classifier: Classifier) -> None:
    schema = [field("user_keys", "user_id", "int"), field("user_keys", "series", "varchar(64)"),
              field("attestation", "proof", "text"), field("signatures", "signature", "text"),
              field("server_keys", "signature", "text"), field("users", "id", "int", pk=True),
              field("users", "email"), field("users", "signature", "text")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:5]] == ["user.authorization.credentials"] * 3 + [None]
    assert results[7].category != "user.authorization.credentials"


def test_the_zone_and_company_of_an_orders_addresses_are_the_customers(classifier: Classifier) -> None:
    schema = [field("order", "order_id", "int", pk=True), field("order", "shipping_zone_id", "int"),
              field("order", "payment_company", "varchar(60)"), field("address", "city"),
              field("address", "postcode"), field("address", "zone_id", "int"),
              field("shipping_zones", "zone_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == [
        "user.contact.address.state", "user.contact.organization", "user.contact.address.city",
        "user.contact.address.postal_code", "user.contact.address.state", None]


def test_an_orders_payment_code_and_accept_language_are_the_customers(classifier: Classifier) -> None:
    schema = [field("order", "order_id", "int", pk=True), field("order", "payment_code", "varchar(128)"),
              field("order", "accept_language", "varchar(255)"), field("payment_method", "code")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == [
        "user.payment", "user.demographic.language", None]


def test_a_place_with_a_contact_is_no_person_table_to_learn_keys_from(classifier: Classifier) -> None:
    schema = [field("venue", "venue_id", "int", pk=True), field("venue", "email"), field("venue", "phone"),
              field("events", "venue_id", "int")]
    assert classifier.classify_fields(schema)[3].category is None


def test_a_functions_name_is_no_table_kind_for_the_values_it_handles(classifier: Classifier) -> None:
    """Code values are recorded under their function's qualified name (``sync.sync``): a function named
    like a system table (sync, config, job) does not make an e-mail it sends a system's own."""
    code = [Field("app/sync.py", None, "sync.sync", "email", None),
            Field("app/sync.py", None, "jobs.config", "email", None)]
    table = [Field("db/schema.sql", None, "sync", "email", "text")]
    results = classifier.classify_fields([*code, *table])
    assert [r.category for r in results] == ["user.contact.email", "user.contact.email", None]
    assert results[0].explanation.endswith("table sync.sync is unknown (values of a function in code, not a table)")


def test_a_patients_events_pharmacy_orders_and_detail_rows_are_clinical_in_a_health_application(
        classifier: Classifier) -> None:
    schema = [*HEALTH, field("labevents", "subject_id", "int", ref="patient"), field("labevents", "valueuom"),
              field("pharmacy", "subject_id", "int", ref="patient"), field("pharmacy", "frequency"),
              field("emar_detail", "subject_id", "int", ref="patient"), field("emar_detail", "route"),
              field("log", "user_id", "int"), field("log", "event")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == [
        "user.unique_id", "user.health_and_medical", "user.unique_id", "user.health_and_medical",
        "user.unique_id", "user.health_and_medical", "user.unique_id", "user.behavior"]
    assert results[6].explanation == (
        "user.health_and_medical: no rule names it, and columns of a health table hold user.health_and_medical; "
        "table labevents is health (table name says health (event, in a health application))")
    assert results[8].explanation.endswith(
        "table pharmacy is health (table name says health (pharmacy keyed by subject_id, in a health application))")
    assert results[12].explanation.endswith("table log is activity (table name says activity (log))")


def test_a_calendars_events_keyed_by_no_patient_stay_a_log_in_a_health_application(
        classifier: Classifier) -> None:
    schema = [*HEALTH, field("calendar_events", "pc_pid", "int"), field("calendar_events", "pc_title")]
    results = classifier.classify_fields(schema)
    assert results[6].explanation.endswith(
        "table calendar_events is activity (table name says activity (event, in a health application, a log: "
        "no column keys a patient or a clinical record))")


def test_a_code_or_rate_in_a_patients_clinical_record_is_clinical(classifier: Classifier) -> None:
    schema = [*HEALTH, field("diagnosis", "drg_code", "varchar(10)"), field("diagnosis", "hcpcs_cd", "char(5)"),
              field("diagnosis", "infusion_rate", "float"), field("diagnosis", "currency_code", "char(3)"),
              field("patient", "list_code", "varchar(10)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == [
        "user.health_and_medical", "user.health_and_medical", "user.health_and_medical", None, None]
    assert results[7].explanation == (
        "user.health_and_medical: no rule names it, and columns of a health table hold user.health_and_medical; "
        "table diagnosis is health (table name says health (diagnosis))")


def test_text_naming_a_patients_carer_holds_their_name_in_a_health_application(classifier: Classifier) -> None:
    schema = [*HEALTH, field("encounter", "scrub_nurse", "text"), field("encounter", "encounter_provider"),
              field("encounter", "measured_by", "varchar(35)"), field("encounter", "standby_name", "varchar(35)"),
              field("encounter", "provider_id", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == ["user.name", "user.name", "user.name", "user.name", "user.unique_id"]
    assert results[5].explanation == (
        "user.name: name words 'scrub nurse' match '$carer'; table encounter is health (table name says health "
        "(encounter))")


def test_outside_a_health_application_a_carers_role_in_text_is_no_name(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("tasks", "user_id", "int"),
              field("tasks", "assistant", "text")]
    assert classifier.classify_fields(schema)[3].category is None


def test_a_patient_tables_key_named_after_a_person_word_keys_patients_elsewhere(classifier: Classifier) -> None:
    schema = [field("patients", "subject_id", "int", pk=True), field("patients", "gender"),
              field("admissions", "subject_id", "int"), field("allergies", "subject_id", "int"),
              field("prescriptions", "subject_id", "int"), field("omr", "subject_id", "int"),
              field("omr", "result_value")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == ["user.unique_id", "user.health_and_medical"]
    assert results[5].explanation == (
        "user.unique_id: persons are keyed by 'subject id' in this schema (a person table's own key); "
        "table omr is health (its column subject_id holds a person's key)")


def test_a_quantity_or_category_in_a_clinical_record_is_clinical(classifier: Classifier) -> None:
    schema = [*HEALTH, field("encounter", "quantity", "int"), field("encounter", "drug_class", "varchar(20)"),
              field("encounter", "locationcategory", "varchar(50)"), field("orders", "quantity", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == [
        "user.health_and_medical", "user.health_and_medical", "user.health_and_medical", None]
    assert results[5].explanation == (
        "user.health_and_medical: name words 'quantity' match 'quantity'; "
        "table encounter is health (table name says health (encounter))")


# A dental practice's schema: one table names patients; its others only key them (PatNum).
DENTAL = [field("patient", "PatNum", "bigint", pk=True), field("patient", "LName"), field("patient", "Email"),
          field("medicationpat", "PatNum", "bigint"), field("disease", "PatNum", "bigint")]


def test_tables_naming_or_keying_patients_make_a_health_application(classifier: Classifier) -> None:
    schema = [*DENTAL, field("appointment", "PatNum", "bigint"), field("appointment", "DateTimeSeated", "datetime")]
    results = classifier.classify_fields(schema)
    assert results[6].category == "user.health_and_medical"
    assert results[6].explanation == (
        "user.health_and_medical: no rule names it, and columns of a health table hold user.health_and_medical; "
        "table appointment is health (table name says health (appointment, in a health application))")


def test_one_table_keying_patients_makes_no_health_application(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"),
              field("appointment", "patient_id", "int"), field("appointment", "DateTimeSeated", "datetime")]
    assert classifier.classify_fields(schema)[3].category is None


def test_a_health_applications_staff_records_stay_theirs(classifier: Classifier) -> None:
    schema = [*DENTAL, field("employee", "EmployeeNum", "bigint", pk=True), field("employee", "FName"),
              field("employee", "Email"), field("clockevent", "EmployeeNum", "bigint"),
              field("clockevent", "TimeDisplayed", "datetime"), field("system_user_section", "system_user_id", "int"),
              field("system_user_section", "has_assign", "varchar(1)")]
    contexts, _ = classifier.contexts(schema)
    assert [contexts[("app", t)].kind for t in ("clockevent", "system_user_section")] == ["activity", "person_data"]
    assert classifier.classify_fields(schema)[11].category is None


def test_a_log_or_a_known_phrase_keeps_its_kind_in_a_health_application(classifier: Classifier) -> None:
    schema = [*DENTAL, field("audit_event", "audit_id", "int", pk=True), field("audit_event", "reason_for_change"),
              field("study_event_definition", "name"), field("study_event", "PatNum", "bigint"),
              field("study_event", "date_start", "timestamp")]
    contexts, _ = classifier.contexts(schema)
    kinds = [contexts[("app", t)].kind for t in ("audit_event", "study_event_definition", "study_event")]
    assert kinds == ["activity", "thing", "health"]


def test_a_subject_is_a_patient_or_a_participant_in_a_health_application(classifier: Classifier) -> None:
    schema = [*DENTAL, field("event_crf", "study_subject_id", "int"),
              field("forum_post", "subject_id", "int", source="forum")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == ["user.unique_id", None]
    assert results[5].explanation.startswith("user.unique_id: name words 'study subject id' match 'study subject id'")


def test_the_kind_of_a_clinical_fact_in_a_patients_record_is_clinical(classifier: Classifier) -> None:
    schema = [*HEALTH, field("encounter", "admission_type", "varchar(40)"), field("encounter", "drug_type"),
              field("encounter", "barcode_type", "varchar(4)"), field("encounter", "visit_type", "int"),
              field("orders", "drug_type")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == ["user.health_and_medical", "user.health_and_medical", None, None,
                                                 None]
    assert results[5].explanation == (
        "user.health_and_medical: name words 'admission type' match '$clinical type'; "
        "table encounter is health (table name says health (encounter))")


def test_the_status_of_a_patients_appointment_is_the_bookings_workflow_state(classifier: Classifier) -> None:
    schema = [*HEALTH, field("appointment", "patient_id", "int"), field("appointment", "AptStatus", "tinyint"),
              field("appointment", "reason"), field("orders", "status")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[6:]] == [None, "user.health_and_medical", None]
    assert results[6].explanation.startswith(
        "not personal data: name words 'appointment status' match 'appointment status'")


def test_the_code_of_a_service_billed_for_a_patients_care_is_clinical(classifier: Classifier) -> None:
    schema = [*HEALTH, field("billingdetail", "billing_no", "int"), field("billingdetail", "service_code"),
              field("billingdetail", "diagnostic_code", "char(3)"), field("billingservice", "service_code"),
              field("invoice", "service_code", source="shop")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[6:]] == ["user.health_and_medical", "user.health_and_medical", None, None]
    assert results[6].explanation.startswith(
        "user.health_and_medical: name words 'service code' match 'service code'")


def test_a_health_application_reads_its_own_abbreviations(classifier: Classifier) -> None:
    schema = [*DENTAL, field("appointment", "PatNum", "bigint"), field("appointment", "ProvNum", "bigint"),
              field("appointment", "NextAptNum", "bigint"), field("provider", "NationalProvID", "varchar(255)"),
              field("addresses", "street", source="shop"), field("addresses", "city", source="shop"),
              field("addresses", "prov", source="shop")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[6:9]] == ["user.unique_id", None, "user.government_id"]
    assert results[6].explanation.startswith("user.unique_id: name words 'provider number' match 'provider $id'")
    assert results[11].category == "user.contact.address.state"


def test_a_key_naming_a_carer_by_their_role_is_a_persons_id_in_a_health_application(
        classifier: Classifier) -> None:
    schema = [*HEALTH, field("encounter", "personell_nr", "int"), field("encounter", "Assistant", "bigint"),
              field("tasks", "assistant", "int", source="crm")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == ["user.unique_id", "user.unique_id", None]
    assert results[5].explanation.startswith("user.unique_id: name words 'personell number' match '$carer $id'")


def test_a_key_to_a_patients_clinical_records_is_no_persons_id(classifier: Classifier) -> None:
    schema = [*HEALTH, field("patient_program", "patient_id", "int"), field("patient_program", "program_id", "int"),
              field("patient_state", "patient_program_id", "int", ref="patient_program")]
    results = classifier.classify_fields(schema)
    assert results[7].category is None
    assert results[7].explanation.startswith(
        "not personal data: it references patient_program, which holds no persons")


def test_clocking_in_and_out_is_behaviour_and_staff_records_are_no_clinical_ones(classifier: Classifier) -> None:
    schema = [*DENTAL, field("employee", "EmployeeNum", "bigint", pk=True), field("employee", "FName"),
              field("employee", "Email"), field("clockevent", "EmployeeNum", "bigint"),
              field("clockevent", "TimeEntered1", "datetime"), field("clockevent", "ClockStatus", "tinyint"),
              field("attendance_record", "employee_id", "int", source="hr"),
              field("attendance_record", "punch_in_user_time", "datetime", source="hr")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (9, 10, 12)] == ["user.behavior", "user.behavior", "user.behavior"]
    assert results[9].explanation == (
        "user.behavior: no rule names it, and columns of a attendance table hold user.behavior; table clockevent "
        "is activity (table name says activity (event, keyed by EmployeeNum, a member of staff's))")


def test_who_changed_or_cancelled_a_clinical_row_is_an_account_and_who_gave_care_a_name(
        classifier: Classifier) -> None:
    schema = [*HEALTH, field("encounter", "administered_by", "varchar(255)"),
              field("encounter", "cancel_by", "varchar(35)"), field("encounter", "changeby_char", "varchar(50)"),
              field("encounter", "assigned_to", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == ["user.name", "user.unique_id", "user.unique_id", "user.unique_id"]
    assert results[7].explanation.startswith("user.unique_id: name words 'change by' match '$by'")


def test_the_number_of_a_clinical_row_is_a_key_and_of_a_definition_a_coded_fact(classifier: Classifier) -> None:
    schema = [*DENTAL, field("allergy", "AllergyNum", "bigint", pk=True), field("disease", "prescription_nr", "int"),
              field("medicationpat", "MedicationNum", "bigint"), field("disease", "this_pregnancy_nr", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == [None, None, "user.health_and_medical", "user.health_and_medical"]


def test_a_coded_type_of_a_clinical_row_is_part_of_the_fact(classifier: Classifier) -> None:
    schema = [*HEALTH, field("encounter_location", "patient_id", "int"),
              field("encounter_location", "discharge_type_nr", "tinyint(3)"),
              field("encounter_location", "encounter_class_nr", "int(1)"),
              field("encounter_location", "type_nr", "smallint"),
              field("encounter_location", "location_type_nr", "tinyint(3)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[6:]] == ["user.health_and_medical", "user.health_and_medical", None, None]


def test_text_naming_a_samples_collector_or_an_interviewer_holds_their_name(classifier: Classifier) -> None:
    schema = [*HEALTH, field("encounter", "collector", "varchar(40)"),
              field("encounter", "interviewer_name", "varchar(255)")]
    assert [r.category for r in classifier.classify_fields(schema)[5:]] == ["user.name", "user.name"]


def test_a_prefix_glued_before_most_columns_of_a_table_is_read_without(classifier: Classifier) -> None:
    names = ["ptlname", "ptfname", "ptdob", "ptemail", "ptcity", "ptsex", "ptdtadd"]
    schema = [field("patient", "id", "int", pk=True), *(field("patient", n, "varchar(50)") for n in names),
              field("customers", "customers_id", "int", pk=True), field("customers", "customers_firstname"),
              field("customers", "customers_dob"), field("customers", "customers_email"),
              field("users", "username"), field("users", "userpassword"), field("users", "usertype"),
              field("users", "userlevel"), field("users", "userfname"), field("users", "userlname")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:7]] == [
        "user.name.last", "user.name.first", "user.demographic.date_of_birth", "user.contact.email",
        "user.contact.address.city", "user.demographic.gender"]
    assert results[1].explanation.endswith("(read as lname: most columns of its table start with 'pt')")
    # A plural or a word before the rest is a word of the column, not a prefix (username is no name).
    assert "read as" not in results[9].explanation
    # Beside columns that read as words with it (username, userpassword), the prefix is still one.
    assert [r.category for r in results[12:]] == [
        "user.account.username", "user.authorization.password", "user.account", "user.authorization",
        "user.name.first", "user.name.last"]
    assert "read as" not in results[12].explanation


def test_a_client_table_of_persons_makes_client_id_a_persons_key(classifier: Classifier) -> None:
    clients = [field("client", "id", "bigint", pk=True), field("client", "email"), field("client", "first_name"),
               field("client", "last_name"), field("client", "phone")]
    keyed = [field("service_hosting", "id", "bigint", pk=True), field("service_hosting", "client_id", "bigint")]
    assert classifier.classify_fields([*clients, *keyed])[6].category == "user.unique_id"
    # An OAuth client (a name and a secret) holds no persons: its key stays an application's.
    apps = [field("clients", "client_id", "varchar(20)", pk=True), field("clients", "pw", "varchar(20)"),
            field("clients", "name"), field("clients", "redirect_uri")]
    tokens = [field("tokens", "id", "int", pk=True), field("tokens", "client_id", "varchar(20)")]
    assert classifier.classify_fields([*apps, *tokens])[5].category is None


def test_a_tables_own_name_before_its_columns_is_a_word_not_a_glued_prefix(classifier: Classifier) -> None:
    names = ["hubloc_id", "hubloc_guid", "hubloc_addr", "hubloc_url", "hubloc_host", "hubloc_network"]
    assert classifier.estate.column_prefix(names, "hubloc") is None
    assert classifier.estate.column_prefix(["pnotes_S", "pnotesdescrip", "pnotesdt", "pnotespat", "pnotesdoc",
                                            "pnotes_O"], "pnotes") == "pnotes"


CLINICAL = [field("patients", "id", "varchar(255)", pk=True), field("patients", "first_name"),
            field("patients", "date_of_birth", "date"),
            field("reference_data", "id", "varchar(255)", pk=True), field("reference_data", "name"),
            field("facilities", "id", "varchar(255)", pk=True), field("facilities", "name"),
            field("discharges", "id", "varchar(255)", pk=True),
            field("discharges", "patient_id", "varchar(255)", ref="patients"),
            field("discharges", "disposition_id", "varchar(255)", ref="reference_data"),
            field("discharges", "facility_id", "varchar(255)", ref="facilities"),
            field("discharges", "hospital_id", "varchar(255)", ref="reference_data"),
            field("discharges", "created_at", "timestamp", ref=None)]


def test_a_clinical_records_key_to_a_list_of_coded_values_is_clinical(classifier: Classifier) -> None:
    results = classifier.classify_fields(CLINICAL)
    assert results[9].category == "user.health_and_medical"
    assert "a list of coded values" in results[9].explanation


def test_a_clinical_records_keys_of_organisations_and_its_row_times_are_none(classifier: Classifier) -> None:
    results = classifier.classify_fields(CLINICAL)
    assert [results[10].category, results[11].category, results[12].category] == [None, None, None]


def test_a_key_to_a_list_of_coded_values_outside_clinical_records_is_none(classifier: Classifier) -> None:
    schema = [field("orders", "id", "int", pk=True), field("orders", "total", "decimal(10,2)"),
              field("lookup_values", "id", "int", pk=True), field("lookup_values", "name"),
              field("orders", "shipping_method_id", "int", ref="lookup_values")]
    assert classifier.classify_fields(schema)[4].category is None


def test_a_coded_attribute_key_of_a_clinical_record_is_clinical_but_a_record_key_is_not(
        classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("patient_allergies", "patient_id", "int", ref="patients"),
              field("patient_allergies", "reaction_id", "int"),
              field("patient_allergies", "encounter_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.health_and_medical", None]


def test_a_table_keying_a_clinical_record_by_a_declared_key_holds_clinical_records(
        classifier: Classifier) -> None:
    schema = [field("patients", "id", "varchar(255)", pk=True), field("patients", "first_name"),
              field("patients", "date_of_birth", "date"),
              field("lab_requests", "id", "varchar(255)", pk=True),
              field("lab_requests", "patient_id", "varchar(255)", ref="patients"),
              field("lab_tests", "id", "varchar(255)", pk=True),
              field("lab_tests", "lab_request_id", "varchar(255)", ref="lab_requests"),
              field("lab_tests", "completed_date", "char(19)"),
              field("lab_test_types", "id", "varchar(255)", pk=True), field("lab_test_types", "name"),
              field("lab_test_types", "unit", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert results[7].category == "user.health_and_medical"
    assert results[6].category is None
    # a catalogue of test types keys no clinical record: its columns stay none
    assert [results[9].category, results[10].category] == [None, None]


def test_a_patients_date_of_death_under_any_common_name_is_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("patients", "decease_date", "date"), field("patients", "dod", "date"),
              field("patients", "time_of_death", "datetime"),
              field("products", "id", "int", pk=True), field("products", "name"), field("products", "dod", "date")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:5]] == ["user.health_and_medical"] * 3
    assert results[7].category is None


def test_a_patients_birth_and_death_records_are_clinical_tables(classifier: Classifier) -> None:
    schema = [field("patients", "id", "varchar(255)", pk=True), field("patients", "first_name"),
              field("patient_death_data", "id", "varchar(255)", pk=True),
              field("patient_death_data", "patient_id", "varchar(255)", ref="patients"),
              field("patient_death_data", "manner", "varchar(255)"),
              field("patient_death_data", "stillborn", "varchar(255)"),
              field("patient_death_data", "created_at", "timestamp")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user.health_and_medical"] * 2
    assert results[6].category is None


def test_flags_of_a_clinical_records_own_state_stay_none(classifier: Classifier) -> None:
    """Whether a visit or a lab request is still in use (active_fg, visit_active, is_hidden, a bare
    is_active) is bookkeeping of the record, beside what the record says (the complaint)."""
    schema = [*HEALTH, field("visit", "patient_id", "int"), field("visit", "active_fg", "tinyint(1)"),
              field("visit", "visit_active", "int"), field("visit", "is_hidden", "boolean"),
              field("visit", "complaint", "text"), field("visit", "is_active", "boolean")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[6:9]] == [None, None, None]
    assert results[9].category == "user.health_and_medical"
    assert results[10].category is None


def test_an_address_beside_a_postal_code_and_a_city_is_the_street_line(classifier: Classifier) -> None:
    """Written in parts, an address column is the street; alone, or among numbered extra
    lines (address4), it stays a whole address."""
    parts = [field("customers", "id", "int", pk=True), field("customers", "email"),
             field("customers", "billing_address", "varchar(255)"), field("customers", "billing_city"),
             field("customers", "billing_zip")]
    whole = [field("members", "id", "int", pk=True), field("members", "email"),
             field("members", "address", "varchar(255)"), field("members", "country")]
    numbered = [field("person_address", "person_id", "int"), field("person_address", "address4"),
                field("person_address", "city_village"), field("person_address", "postal_code")]
    assert classifier.classify_fields(parts)[2].category == "user.contact.address.street"
    assert classifier.classify_fields(whole)[2].category == "user.contact.address"
    assert classifier.classify_fields(numbered)[1].category == "user.contact.address"


def test_a_patients_case_report_holding_their_address_is_clinical_in_a_health_application(
        classifier: Classifier) -> None:
    """A table named after a patient and a word the lexicon does not know (patient_covid) keyed by
    the patient keeps their clinical records though it copies where they live; their address
    table stays their address."""
    report = [field("patient_covid", "patient_id", "int", ref="patient"), field("patient_covid", "city"),
              field("patient_covid", "province"), field("patient_covid", "isolation_status_name")]
    address = [field("patient_address", "patient_id", "int", ref="patient"), field("patient_address", "city"),
               field("patient_address", "province"), field("patient_address", "moved_in")]
    contexts, _ = classifier.contexts([*HEALTH, *report, *address])
    assert contexts[("app", "patient_covid")].kind == "health"
    assert contexts[("app", "patient_address")].kind == "person_data"
    results = classifier.classify_fields([*HEALTH, *report])
    assert results[-1].category == "user.health_and_medical"
    assert results[-3].category == "user.contact.address.city"


def test_a_chain_of_keys_to_a_patients_records_makes_each_link_clinical(classifier: Classifier) -> None:
    """A blood test keyed to a haematology request keyed to a treatment: each is a clinical record,
    however many links away from the treatment its name says nothing of."""
    schema = [*HEALTH, field("treatment", "treatment_id", "int", pk=True), field("treatment", "patient_id", "int"),
              field("haematology", "haematology_id", "int", pk=True),
              field("haematology", "treatment_id", "int", ref="treatment"),
              field("haematology", "remarks", "text"),
              field("blood_test", "bloodtest_id", "int", pk=True),
              field("blood_test", "haematology_id", "int", ref="haematology"),
              field("blood_test", "pcv", "float")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "haematology")].kind == "health"
    assert contexts[("app", "blood_test")].kind == "health"
    assert classifier.classify_fields(schema)[-1].category == "user.health_and_medical"
    outside = [field("widget", "widget_id", "int", pk=True), field("part", "widget_id", "int", ref="widget"),
               field("part", "pcv", "float")]
    assert classifier.classify_fields(outside)[-1].category is None


def test_a_role_noun_after_a_word_saying_where_still_keys_a_person(classifier: Classifier) -> None:
    """lab_attendant_id and user_followed_id name the person in that role; a thing's noun with
    such an ending (lab_counter_id) names no one."""
    schema = [field("lab_request", "id", "int", pk=True), field("lab_request", "lab_attendant_id", "int"),
              field("user_follow", "user_followed_id", "int"), field("lab_request", "lab_counter_id", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:]] == ["user.unique_id", "user.unique_id", None]


def test_the_number_of_a_row_of_a_known_kind_in_a_clinical_record_stays_none(classifier: Classifier) -> None:
    schema = [*HEALTH, field("visit", "patient_id", "int"), field("visit", "visit_number", "varchar(50)"),
              field("visit", "notes_nr", "int"), field("visit", "isolate_num", "smallint"),
              field("visit", "value_as_number", "numeric")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[6:]] == [None, None, "user.health_and_medical", "user.health_and_medical"]


def test_an_application_prefix_that_reads_as_a_word_names_no_rows(classifier: Classifier) -> None:
    """Most tables of a source start with askbot_: the prefix names the application (not a bot),
    so a table whose own name says little is read without it; a person word shared as a prefix
    (customer_) still names the rows."""
    others = [field(f"askbot_{name}", "id", "int", pk=True)
              for name in ("post", "thread", "tag", "vote", "award", "badge", "group", "mark", "repute")]
    summary = [field("askbot_dailyusersummary", "id", "int", pk=True),
               field("askbot_dailyusersummary", "user_id", "int"),
               field("askbot_dailyusersummary", "num_questions", "int")]
    contexts, _ = classifier.contexts([*others, *summary])
    assert contexts[("app", "askbot_dailyusersummary")].kind != "thing"
    assert contexts[("app", "askbot_dailyusersummary")].name == "askbot_dailyusersummary"
    assert classifier.classify_fields([*others, *summary])[-1].category == "user.behavior"
    alone = classifier.contexts(summary)[0]
    assert alone[("app", "askbot_dailyusersummary")].kind == "thing"


def test_an_application_prefix_the_lexicon_does_not_know_names_no_rows_either(classifier: Classifier) -> None:
    """acme_physician is a physician: the prefix most tables share names the application,
    whether or not its words mean anything to the table lexicon."""
    others = [field(f"acme_{name}", "id", "int", pk=True)
              for name in ("bed", "ward", "building", "institution", "product", "drug", "unit", "ethnicity",
                           "occupation", "specialty")]
    physician = [field("acme_physician", "id", "int", pk=True), field("acme_physician", "specialty", "int")]
    contexts, _ = classifier.contexts([*others, *physician])
    assert contexts[("app", "acme_physician")].kind == "person"
    assert [r.category for r in classifier.classify_fields([*others, *physician])[-2:]] == [
        "user.unique_id", "user.job_title"]
    assert classifier.contexts(physician)[0][("app", "acme_physician")].kind != "person"


def test_an_application_prefix_of_two_words_names_no_rows(classifier: Classifier) -> None:
    """Every table starts with better_together_: the whole prefix names the application, so
    better_together_people holds persons and a key to it is a person's id."""
    others = [field(f"better_together_{name}", "id", "uuid", pk=True)
              for name in ("communities", "platforms", "pages", "events", "categories", "uploads", "posts",
                           "navigation_items", "roles")]
    people = [field("better_together_people", "id", "uuid", pk=True),
              field("better_together_people", "identifier", "varchar(100)")]
    blocks = [field("better_together_person_blocks", "id", "uuid", pk=True),
              field("better_together_person_blocks", "blocker_id", "uuid", ref="better_together_people")]
    contexts, _ = classifier.contexts([*others, *people, *blocks])
    assert contexts[("app", "better_together_people")].kind == "person"
    assert classifier.classify_fields([*others, *people, *blocks])[-1].category == "user.unique_id"


def test_the_key_of_most_tables_is_each_rows_own_even_where_persons_are_keyed_by_it(
        classifier: Classifier) -> None:
    """abclinuxu keys every table by cislo (number), its users too: cislo is each row's own id, no
    person's key elsewhere; who added a link (pridal) is a person's id."""
    others = [field(name, "cislo", "int", pk=True)
              for name in ("kategorie", "polozka", "zaznam", "data", "server", "verze", "citac", "relace",
                           "stitek", "anketa2")]
    users = [field("uzivatel", "cislo", "int", pk=True), field("uzivatel", "jmeno", "varchar(35)"),
             field("uzivatel", "heslo", "varchar(40)")]
    links = [field("odkaz", "cislo", "int", pk=True), field("odkaz", "pridal", "int")]
    results = classifier.classify_fields([*others, *users, *links])
    assert [r.category for r in results[-5:]] == [
        "user.unique_id", "user.name", "user.authorization.password", None, "user.unique_id"]


def test_the_contact_of_an_organisation_is_the_person_to_ask_for(classifier: Classifier) -> None:
    schema = [field("suppliers", "id", "int", pk=True), field("suppliers", "supp_name"),
              field("suppliers", "contact", "varchar(60)"), field("suppliers", "phone"),
              field("suppliers", "email")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.name", None, None]


def test_a_state_beside_an_orders_postal_code_is_the_addresss(classifier: Classifier) -> None:
    """An order writing the buyer's address in parts keeps the address's state; an order without
    one has a workflow state."""
    written = [field("orders", "order_id", "int", pk=True), field("orders", "total", "decimal(10,2)"),
               field("orders", "delivery_city"), field("orders", "delivery_postcode"),
               field("orders", "delivery_state", "varchar(32)"), field("orders", "state", "varchar(32)")]
    results = classifier.classify_fields(written)
    assert [r.category for r in results[4:]] == ["user.contact.address.state"] * 2
    workflow = [field("orders", "order_id", "int", pk=True), field("orders", "total", "decimal(10,2)"),
                field("orders", "state", "varchar(32)")]
    assert classifier.classify_fields(workflow)[2].category is None


def test_a_county_or_district_of_an_address_is_a_part_with_no_key_of_its_own(classifier: Classifier) -> None:
    schema = [field("addresses", "patient_id", "int"), field("addresses", "city"),
              field("addresses", "county"), field("addresses", "district"), field("addresses", "province")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:]] == ["user.contact.address.city", "user.contact.address",
                                                 "user.contact.address", "user.contact.address.state"]


def test_a_postal_column_writes_the_address_in_parts_too(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "address", "varchar(255)"), field("customers", "city"),
              field("customers", "postal", "varchar(10)")]
    assert classifier.classify_fields(schema)[2].category == "user.contact.address.street"


def test_a_list_of_places_holds_no_ones_address(classifier: Classifier) -> None:
    schema = [field("shipping_zones", "id", "int", pk=True), field("shipping_zones", "countries", "text"),
              field("shipping_zones", "postcodes", "text"),
              field("province", "id", "int", pk=True), field("province", "country_id", "int"),
              field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "province", "varchar(64)"), field("customers", "country_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (1, 2, 4)] == [None, None, None]
    assert [results[7].category, results[8].category] == ["user.contact.address.state",
                                                          "user.contact.address.country"]


def _record_with_part(part: list[Field]) -> list[Field]:
    """A health application's case records, each pointing to a row of ``part`` by a key named after it."""
    return [*HEALTH, field("cases", "id", "int", pk=True), field("cases", "patient_id", "int"),
            field("cases", "exposure_id", "int", ref="exposure"), *part]


def test_a_part_of_a_record_kept_in_a_table_of_its_own_holds_the_records_data(classifier: Classifier) -> None:
    part = [field("exposure", "id", "int", pk=True), field("exposure", "rodents", "varchar(20)")]
    result = classifier.classify_fields(_record_with_part(part))[-1]
    assert result.category == "user.health_and_medical"
    assert "a part of a record" in result.explanation


def test_a_lookup_a_record_points_to_names_its_rows_and_stays_none(classifier: Classifier) -> None:
    lookup = [field("exposure", "id", "int", pk=True), field("exposure", "exposure_name", "varchar(20)"),
              field("exposure", "rodents", "varchar(20)")]
    assert classifier.classify_fields(_record_with_part(lookup))[-1].category is None


def test_a_table_many_tables_point_to_is_no_part_of_one_record(classifier: Classifier) -> None:
    others = [field(t, "exposure_id", "int", ref="exposure") for t in ("visit_forms", "contacts_seen")]
    part = [field("exposure", "id", "int", pk=True), field("exposure", "rodents", "varchar(20)")]
    assert classifier.classify_fields([*_record_with_part(part), *others])[-3].category is None


def _form(table: str, extra: list[Field]) -> list[Field]:
    """A table keyed by its own id whose other columns are yes/no flags, besides ``extra``."""
    flags = [field(table, f"finding_{n}", "tinyint(1)") for n in range(8)]
    return [field(table, "id", "int", pk=True), *flags, *extra]


def test_a_form_of_yes_no_findings_in_a_health_application_is_clinical(classifier: Classifier) -> None:
    result = classifier.classify_fields([*HEALTH, *_form("otoscopy", [])])[-1]
    assert result.category == "user.health_and_medical"
    assert "a form of findings" in result.explanation


def test_flags_of_a_named_row_or_outside_a_health_application_are_no_findings(classifier: Classifier) -> None:
    named = _form("otoscopy", [field("otoscopy", "title")])
    assert classifier.classify_fields([*HEALTH, *named])[-2].category is None
    assert classifier.classify_fields(_form("otoscopy", []))[-1].category is None


def test_a_table_of_unknown_name_keyed_to_a_clinical_record_is_more_of_it(classifier: Classifier) -> None:
    schema = [*HEALTH, field("urinalysis_x", "urine_id", "int", pk=True), field("urinalysis_x", "treatment_id", "int"),
              field("urinalysis_x", "culture_value")]
    result = classifier.classify_fields(schema)[-1]
    assert result.category == "user.health_and_medical"
    assert "keys a clinical record" in result.explanation


def test_accounts_that_own_organisers_are_tenants_not_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("accounts", "id", "int", pk=True), field("accounts", "name"), field("accounts", "email"),
              field("organizers", "id", "int", pk=True), field("organizers", "account_id", "int"),
              field("organizers", "name"),
              field("events", "id", "int", pk=True), field("events", "account_id", "int"),
              field("events", "user_id", "int", ref="users.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (6, 9, 10)] == [None, None, "user.unique_id"]


def test_a_laboratory_or_pharmacy_without_a_patient_table_is_a_health_application(classifier: Classifier) -> None:
    lab = [field("requisitions", "id", "int", pk=True), field("requisitions", "patient_name"),
           field("requisitions", "patient_dob", "date"),
           field("specimens", "id", "int", pk=True), field("specimens", "requisition_id", "int", ref="requisitions"),
           field("specimens", "collected_at", "timestamp")]
    contexts, _ = classifier.contexts(lab)
    assert contexts[("app", "specimens")].domain == "health"
    shop = [field("customers", "id", "int", pk=True), field("customers", "name"),
            field("orders", "id", "int", pk=True), field("orders", "customer_id", "int", ref="customers"),
            field("subjects", "id", "int", pk=True), field("subjects", "subject_line")]
    contexts, _ = classifier.contexts(shop)
    assert contexts[("app", "orders")].domain is None


def test_a_person_tables_distinctive_key_repeated_undeclared_keys_a_person(classifier: Classifier) -> None:
    """A schema declaring no keys repeats its patients' own key (serialno) in the tables of their
    records: there it keys a patient. A name that is every table's own key, or that other tables
    declare as a key to something else, keys no one in particular."""
    patients = [field("patients", "serialno", "int", pk=True), field("patients", "fname"),
                field("patients", "sname"), field("patients", "dob", "date")]
    records = [field("appointments", "ix", "int", pk=True), field("appointments", "serialno", "int"),
               field("notes", "ix", "int", pk=True), field("notes", "serialno", "int"),
               field("notes", "line", "text"), field("clinicians", "ix", "int", pk=True),
               field("clinicians", "name")]
    results = classifier.classify_fields([*patients, *records])
    assert [results[0].category, results[5].category, results[7].category] == ["user.unique_id"] * 3
    assert "persons are keyed by 'serialno'" in results[5].explanation
    assert [results[4].category, results[6].category] == [None, None]
    once = classifier.classify_fields([*patients, *records[:2]])
    assert once[5].category is None
    declared = [field("sample", "internal_id", "int", pk=True), field("events", "internal_id", "int"),
                field("variants", "internal_id", "int"), field("gene_list", "internal_id", "int", ref="gene"),
                field("patient", "internal_id", "int", pk=True), field("patient", "first_name"),
                field("patient", "email")]
    assert classifier.classify_fields(declared)[1].category is None


def test_what_a_persons_rule_matches_and_does_is_their_setting(classifier: Classifier) -> None:
    """A person's push rules and notification settings: the rule's conditions and actions and the
    per-channel flags are choices they made, not acts of theirs nor clinical conditions."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("push_rules", "id", "int", pk=True), field("push_rules", "user_id", "int", ref="users.id"),
              field("push_rules", "conditions", "text"), field("push_rules", "actions", "text"),
              field("notification_settings", "user_id", "int", ref="users.id"),
              field("notification_settings", "email_flags", "int")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (4, 5, 7)] == ["user.account.settings"] * 3


def test_a_uid_every_table_of_things_carries_is_each_rows_own_id(classifier: Classifier) -> None:
    """Craft and DHIS2 keep a uid beside the primary key of nearly every table, lists of things
    included: outside the table of persons it is the row's own id, not its owner's."""
    def table(name: str, *columns: str) -> list[Field]:
        return [field(name, "id", "int", pk=True), field(name, "uid", "char(36)"),
                *(field(name, c) for c in columns)]

    things = [*table("taxrates", "name", "rate"), *table("shippingzones", "name", "description"),
              *table("countries", "name", "iso"), *table("producttypes", "name", "handle")]
    users = [field("users", "id", "int", pk=True), field("users", "uid", "char(36)"), field("users", "email"),
             field("users", "username")]
    history = [field("orderhistories", "id", "int", pk=True), field("orderhistories", "uid", "char(36)"),
               field("orderhistories", "message", "text")]
    results = classifier.classify_fields([*users, *history, *things])
    assert results[1].category == "user.unique_id"
    assert results[5].category is None
    assert "each row's own id" in results[5].explanation
    # With only the history table and the persons, uid may still be the writer's.
    alone = classifier.classify_fields([*users, *history])
    assert alone[5].category == "user.unique_id"


def test_a_uid_every_table_carries_that_keys_the_persons_table_is_each_rows_owner(classifier: Classifier) -> None:
    """playSMS keys its users by uid and every table of features carries that uid beside its own id:
    the user the row belongs to, not the row's own public id as in Craft."""
    def table(name: str, *columns: str) -> list[Field]:
        return [field(name, "id", "int", pk=True), field(name, "uid", "int"), *(field(name, c) for c in columns)]

    things = [*table("feature_board", "keyword", "status"), *table("feature_command", "keyword", "exec"),
              *table("feature_firewall", "ip_range", "status"), *table("feature_queue", "keyword", "status")]
    users = [field("users", "uid", "int", pk=True), field("users", "username"), field("users", "password"),
             field("users", "email")]
    results = classifier.classify_fields([*users, *things])
    assert [results[4 + 4 * i + 1].category for i in range(4)] == ["user.unique_id"] * 4


def test_a_patients_record_number_copied_into_other_tables_is_that_number(classifier: Classifier) -> None:
    """A PACS keeps each patient's number (patid) as text beside the serial key of their row and copies
    it into their studies and orders: there too it is the number of their record. Where the patients'
    rows are keyed by text, a text patient id elsewhere may copy that key."""
    patients = [field("patient", "patient_key", "serial", pk=True), field("patient", "patid", "char(20)"),
                field("patient", "nam", "varchar(64)"), field("patient", "datbir", "date"),
                field("patient", "sex", "char(1)"), field("patient", "address", "varchar(128)")]
    study = [field("study", "studyuid", "varchar(64)", pk=True), field("study", "patid", "varchar(20)"),
             field("study", "studydate", "date"), field("study", "diagnosis", "text")]
    results = classifier.classify_fields([*patients, *study])
    assert [results[1].category, results[7].category] == ["user.health_and_medical.record_id"] * 2
    texts = [field("patient", "patient_key", "varchar(32)", pk=True), *patients[1:]]
    assert classifier.classify_fields([*texts, *study])[7].category == "user.unique_id"


def test_an_external_id_every_table_of_things_carries_is_each_rows_own_id(classifier: Classifier) -> None:
    """Care gives nearly every row an external_id (a UUID its API shows): outside the table of
    persons, on a consent or a person's skill, it is that row's own id, not the person's."""
    def table(name: str, *columns: str) -> list[Field]:
        return [field(name, "id", "bigint", pk=True), field(name, "external_id", "uuid"),
                *(field(name, c) for c in columns)]

    things = [*table("emr_questionnaire", "title", "description"), *table("users_skill", "name", "description"),
              *table("emr_organization", "name", "description"), *table("emr_questionnairetag", "name", "slug")]
    users = [*table("users_user", "email", "username")]
    consent = [*table("emr_consent", "status", "decision"), field("emr_consent", "patient_id", "bigint")]
    results = classifier.classify_fields([*users, *consent, *things])
    assert results[1].category == "user.unique_id"
    assert results[5].category is None
    assert "each row's own id" in results[5].explanation
    assert classifier.classify_fields([*users, *consent])[5].category == "user.unique_id"


def test_the_key_of_a_table_continuing_a_persons_row_is_the_persons_id(classifier: Classifier) -> None:
    """user_extended and customers_info hold one row per person under the person's own id; a table of
    a person's data with a column keying the person (addresses by user_id) keeps its own row ids."""
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username")]
    extended = [field("user_extended", "user_extended_id", "int", pk=True),
                field("user_extended", "user_hobbies", "text"), field("user_extended", "user_homepage")]
    info = [field("customers_info", "customers_info_id", "int", pk=True),
            field("customers_info", "date_account_created", "datetime")]
    details = [field("user_details", "id", "int", pk=True), field("user_details", "user_id", "int"),
               field("user_details", "bio", "text")]
    results = classifier.classify_fields([*users, *extended, *info, *details])
    assert [results[3].category, results[6].category] == ["user.unique_id", "user.unique_id"]
    assert "continues a person's own row" in results[3].explanation
    assert results[8].category is None


def test_words_ending_as_agent_nouns_that_name_no_role_key_no_one(classifier: Classifier) -> None:
    """A date picker flag, a column named integer, an ulcer found in a patient: no person's role."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("reservation", "id", "int", pk=True), field("reservation", "timepicker", "tinyint"),
              field("topic_read_states", "id", "int", pk=True), field("topic_read_states", "integer", "int(11)"),
              field("topic_read_states", "user_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[5].category] == [None, None]
    assert results[6].category == "user.unique_id"


def test_a_login_name_many_tables_name_persons_by_alone_refers_to_a_person(classifier: Classifier) -> None:
    """Carbon Forum, xmb and WoltLab name the person of a log, a post or a favourite by their login
    name, alone or beside their key, in table after table: there the login name is how the source
    refers to its persons. A few such tables (logs of sign-ins) teach nothing."""
    users = [field("users", "uid", "int", pk=True), field("users", "username"), field("users", "password"),
             field("users", "email")]

    def named(table: str) -> list[Field]:
        return [field(table, "id", "int", pk=True), field(table, "username"), field(table, "dateline", "int")]

    names = ("logs", "favorites", "sessions", "pictures", "uploads", "ratings", "notifications")
    tables = [column for name in names for column in named(name)]
    results = classifier.classify_fields([*users, *tables])
    assert results[1].category == "user.account.username"
    assert [results[5 + 3 * i].category for i in range(len(names))] == ["user.unique_id"] * len(names)
    few = classifier.classify_fields([*users, *tables[:12]])
    assert [few[5 + 3 * i].category for i in range(4)] == ["user.account.username"] * 4
    keyed = [field(f"{table}_keyed", name, type_) for table in names
             for name, type_ in (("userID", "int"), ("username", "varchar(255)"))]
    beside = classifier.classify_fields([*users, *keyed])
    assert [beside[5 + 2 * i].category for i in range(len(names))] == ["user.unique_id"] * len(names)


def test_a_subject_key_with_no_table_of_subjects_makes_no_health_application(classifier: Classifier) -> None:
    """A social network's likes and notifications key what they are about by subject_guid: with no
    table of subjects that is no study's subject, and a member's notes stay their private content."""
    social = [field("users", "guid", "int", pk=True), field("users", "email"),
              field("likes", "subject_guid", "int"), field("likes", "guid", "int"),
              field("notifications", "subject_guid", "int"), field("notifications", "owner_guid", "int"),
              field("annotations", "subject_guid", "int"), field("annotations", "owner_guid", "int"),
              field("note", "guid", "int"), field("note", "text")]
    assert classifier.classify_fields(social)[-1].category == "user.content.private"
    assert {c.domain for c in classifier.contexts(social)[0].values()} == {None}
    subjects = [*social, field("subjects", "subject_guid", "int", pk=True), field("subjects", "birth_date", "date")]
    assert {c.domain for c in classifier.contexts(subjects)[0].values()} == {None}
    study = [*subjects, field("studies", "id", "int", pk=True), field("studies", "title")]
    assert {c.domain for c in classifier.contexts(study)[0].values()} == {"health"}


def test_subjects_beside_no_study_are_what_reports_or_lessons_are_about(classifier: Classifier) -> None:
    """A fediverse server's reports name their subject posts and profiles, a school its course
    subjects: no trial's subjects, so the source is no health application and a report's reason is
    no clinical condition."""
    reports = [field("profiles", "id", "int", pk=True), field("profiles", "email"),
               field("report_subject_post", "report_id", "int"), field("report_subject_post", "post_id", "int"),
               field("report_subject_profile", "report_id", "int"),
               field("report_subject_profile", "profile_id", "int", ref="profiles"),
               field("follower_relation", "follower_id", "int", ref="profiles"),
               field("follower_relation", "conditions", "jsonb")]
    assert {c.domain for c in classifier.contexts(reports)[0].values()} == {None}
    assert classifier.classify_fields(reports)[-1].category is None


def test_tx_is_a_treatment_only_in_a_health_application(classifier: Classifier) -> None:
    """An accounting application's file_tx_to_order links a transaction's files to an order's; in a
    dental practice's records tx_plan is a patient's treatment plan."""
    books = [field("users", "user_id", "int", pk=True), field("users", "email"),
             field("file_tx_to_order", "source_class", "int"), field("file_tx_to_order", "attached_at", "timestamp"),
             field("file_order_to_tx", "source_class", "int"), field("file_order_to_tx", "attached_at", "timestamp"),
             field("orders", "user_id", "int"), field("orders", "notes", "text")]
    assert [r.category for r in classifier.classify_fields(books)[2:6]] == [None] * 4
    assert classifier.classify_fields(books)[-1].category == "user.content.private"
    assert classifier.read_name("tx_plan") != classifier.read_name("treatment_plan")


TRACKER = [field("sleep", "day", "date", pk=True), field("sleep", "total_sleep", "time"),
           field("sleep", "score", "int"), field("stress", "timestamp", "datetime", pk=True),
           field("stress", "stress", "int"), field("activity_laps", "activity_id", "text", pk=True),
           field("activity_laps", "distance", "float"), field("activity_laps", "avg_hr", "int"),
           field("daily_summary", "day", "date", pk=True), field("daily_summary", "steps", "int"),
           field("daily_summary", "step_goal", "int"), field("files", "id", "text", pk=True),
           field("files", "name", "text")]


def test_a_source_keeping_no_persons_that_tracks_a_body_is_its_owners_record(classifier: Classifier) -> None:
    """GarminDB: one person's device export, with no table of persons: a night's sleep, a day's stress and
    a lap's heart rate are the owner's health, a lap's distance and a day's steps their exercise."""
    contexts, _ = classifier.contexts(TRACKER)
    assert contexts[("app", "sleep")].kind == "person_data"
    assert contexts[("app", "sleep")].reason == "one person's health: no table of the source keeps persons"
    assert contexts[("app", "files")].kind != "person_data"
    got = {(f.table, f.name): r.category for f, r in zip(TRACKER, classifier.classify_fields(TRACKER), strict=True)}
    assert got[("sleep", "total_sleep")] == got[("stress", "stress")] == "user.health_and_medical"
    assert got[("activity_laps", "avg_hr")] == "user.health_and_medical"
    assert got[("activity_laps", "distance")] == got[("daily_summary", "steps")] == "user.behavior"
    assert got[("daily_summary", "step_goal")] == "user.account.settings"
    assert got[("activity_laps", "activity_id")] is None and got[("files", "name")] is None


def test_tracked_tables_of_a_source_that_keeps_persons_are_read_as_usual(classifier: Classifier) -> None:
    """With a table of persons (or a column keying one) the tracker tables are no one owner's: each
    row's person is named by its columns, and a table keying nobody is read by its name alone."""
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "first_name")]
    contexts, _ = classifier.contexts([*users, *TRACKER])
    assert all(not c.reason.startswith("one person's") for c in contexts.values())
    keyed = [*TRACKER, field("stress", "user_id", "int")]
    contexts, _ = classifier.contexts(keyed)
    assert all(not c.reason.startswith("one person's") for c in contexts.values())


def test_too_few_tracked_tables_make_no_owners_record(classifier: Classifier) -> None:
    """Two tables named like a tracker's among many others (a sports club's schedule of activities and
    laps) are no one person's record."""
    others = [field(f"table_{i}", "name", "text") for i in range(12)]
    schema = [field("activities", "distance", "float"), field("laps", "distance", "float"), *others]
    contexts, _ = classifier.contexts(schema)
    assert all(not c.reason.startswith("one person's") for c in contexts.values())


def test_the_table_a_persons_own_key_references_holds_persons_too(classifier: Classifier) -> None:
    """Moqui's and OFBiz's party model: a person is a party (person.party_id references party), so
    party_id keys a person wherever it stands; a table whose key many tables share is no such parent."""
    party = [field("party", "party_id", "varchar(40)", pk=True), field("party", "disabled", "char(1)"),
             field("person", "party_id", "varchar(40)", pk=True, ref="party"), field("person", "first_name"),
             field("person", "last_name"), field("organization", "party_id", "varchar(40)", pk=True, ref="party"),
             field("organization", "organization_name"),
             field("party_note", "party_id", "varchar(40)", pk=True, ref="party"),
             field("party_note", "note_date", "timestamp", pk=True)]
    results = classifier.classify_fields(party)
    assert [results[i].category for i in (0, 7)] == ["user.unique_id", "user.unique_id"]
    contexts, _ = classifier.contexts(party)
    assert contexts[("app", "party")].kind == "person"
    objects = [field("acs_objects", "object_id", "int", pk=True), field("acs_objects", "title"),
               field("persons", "person_id", "int", pk=True, ref="acs_objects"), field("persons", "first_names"),
               *[field(t, f"{t}_id", "int", pk=True, ref="acs_objects") for t in ("forums", "messages", "rooms")],
               field("notes", "object_id", "int", ref="acs_objects")]
    contexts, _ = classifier.contexts(objects)
    assert contexts[("app", "acs_objects")].kind != "person"
    assert classifier.classify_fields(objects)[-1].category is None


def test_a_persons_tracking_of_their_body_is_their_health_beside_persons_too(classifier: Classifier) -> None:
    """A fitness app keeps users and their sleep entries keyed by user_id: the measures no rule names
    are the user's health; a human-resources table (hr_attendance) tracks no heart rate."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("sleep_entries", "id", "int", pk=True), field("sleep_entries", "user_id", "int", ref="users"),
              field("sleep_entries", "avg_overnight_hrv", "numeric"),
              field("hr_attendance", "id", "int", pk=True), field("hr_attendance", "user_id", "int", ref="users"),
              field("hr_attendance", "ot_hours", "numeric")]
    found = classifier.classify_fields(schema)
    assert found[4].category == "user.health_and_medical"
    assert found[7].category != "user.health_and_medical"


def test_the_settings_of_a_source_kept_for_its_owner_are_the_owners(classifier: Classifier) -> None:
    """A workout tracker (Flexify) keeps no persons: its settings table holds its one owner's choices
    (rest timers, units), not a server's configuration; beside persons, a settings table is the system's."""
    schema = [*TRACKER, field("settings", "id", "int", pk=True), field("settings", "rest_timers", "int"),
              field("settings", "cardio_unit", "text")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "settings")].kind == "person_data"
    assert contexts[("app", "settings")].reason.startswith("one person's settings")
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[-2:]] == ["user.account.settings"] * 2
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "first_name")]
    assert [r.category for r in classifier.classify_fields([*users, *schema])[-2:]] == [None, None]


def test_a_childs_growth_and_care_kept_by_its_parents_is_its_health(classifier: Classifier) -> None:
    """Baby Buddy: a child's feedings, diaper changes and head circumference, keyed by the child."""
    schema = [field("core_child", "id", "int", pk=True), field("core_child", "first_name"),
              field("core_child", "birth_date", "date"),
              field("core_feeding", "id", "int", pk=True), field("core_feeding", "child_id", "int", ref="core_child"),
              field("core_feeding", "method", "varchar(255)"),
              field("core_diaperchange", "id", "int", pk=True),
              field("core_diaperchange", "child_id", "int", ref="core_child"),
              field("core_diaperchange", "time", "timestamp")]
    found = classifier.classify_fields(schema)
    assert found[5].category == found[8].category == "user.health_and_medical"


def test_a_uid_keying_most_tables_is_each_rows_own_id(classifier: Classifier) -> None:
    """A TYPO3 extension keys every table by uid: outside its table of persons that uid is the row's
    own id. Where only some tables are keyed by uid (Discuz's members' own tables), it keys a person."""
    def keyed(table: str, *others: str) -> list[Field]:
        return [field(table, "uid", "int", pk=True), *(field(table, name) for name in others)]
    forum = [*keyed("fe_users", "username", "email", "first_name"), *keyed("tx_forum_topic", "subject"),
             *keyed("tx_forum_post", "text"), *keyed("tx_forum_tag", "name"), *keyed("tx_forum_rank", "name"),
             *keyed("tx_forum_ad", "title")]
    results = classifier.classify_fields(forum)
    by_table = {f.table: r for f, r in zip(forum, results, strict=True) if f.name == "uid"}
    assert by_table["fe_users"].category == "user.unique_id"
    assert {by_table[t].category for t in by_table if t != "fe_users"} == {None}
    assert "most of this schema's tables are keyed by it" in by_table["tx_forum_post"].explanation
    discuz = [*keyed("common_member", "username", "email"), *keyed("common_member_count", "posts"),
              field("forum_post", "pid", "int", pk=True), field("forum_post", "message"),
              field("forum_thread", "tid", "int", pk=True), field("forum_thread", "subject"),
              field("forum_forum", "fid", "int", pk=True), field("forum_forum", "name"),
              field("common_setting", "skey", "varchar(255)", pk=True), field("common_setting", "svalue")]
    results = classifier.classify_fields(discuz)
    assert results[3].category == "user.unique_id"
