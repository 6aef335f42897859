"""Rules about the records of shops, bookings, laboratories and clinics: who acted on a row, what a
person did, and the state of a customer's or a patient's record."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import category_of, field


def test_when_a_person_registered_or_joined_is_row_bookkeeping(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "reg_time", "int(10)"), field("users", "user_join", "int(10)"),
              field("users", "registration_time", "datetime"), field("users", "last_login_time", "datetime")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [None, None, None, "user.behavior"]


def test_a_patients_record_marked_deleted_is_bookkeeping_an_accounts_is_its_state(classifier: Classifier) -> None:
    clinic = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("patients", "is_deleted", "int"), field("encounters", "patient_id", "int", ref="patients.id"),
              field("diagnoses", "patient_id", "int", ref="patients.id"),
              field("prescriptions", "patient_id", "int", ref="patients.id")]
    staff = [*clinic, field("users", "id", "int", pk=True), field("users", "username"),
             field("users", "deleted", "boolean")]
    assert classifier.classify_fields(clinic)[2].category is None
    assert classifier.classify_fields(staff)[-1].category == "user.account"


def test_a_verb_with_man_after_it_names_who_acted(classifier: Classifier) -> None:
    schema = [field("members", "id", "int", pk=True), field("members", "username"),
              field("order_return_apply", "handle_man", "varchar(100)"),
              field("product_operate_log", "operate_man", "varchar(64)"),
              field("booking_goods", "link_man", "varchar(60)"),
              field("salesman", "salesman_name", "varchar(60)")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.unique_id", "user.unique_id", "user.name", "user.name"]


def test_handle_before_what_came_of_it_is_the_verb(classifier: Classifier) -> None:
    schema = [field("members", "id", "int", pk=True), field("members", "username"),
              field("member_report", "member_id", "int", ref="members.id"),
              field("member_report", "handle_status", "int(1)"),
              field("order_return_apply", "handle_time", "int(11)"),
              field("friend_requests", "from_user_id", "int", ref="members.id"),
              field("friend_requests", "to_user_id", "int", ref="members.id"),
              field("friend_requests", "handle_result", "int")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 7)] == [None, None, "user.social"]


def test_how_an_order_was_paid_is_the_payment_method_even_as_a_tiny_code(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("orders", "user_id", "int", ref="users.id"), field("orders", "pay_type", "int(1)"),
              field("orders", "pay_way", "tinyint(2)"), field("refunds", "pay_type_name", "varchar(50)"),
              field("orders", "pay_status", "tinyint(1)")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == [
        "user.payment", "user.payment", "user.payment", None]


def test_what_a_customer_writes_and_shows_to_get_a_refund_is_theirs(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("after_sale", "user_id", "int", ref="users.id"),
              field("after_sale", "refund_reason", "varchar(255)"), field("after_sale", "refund_image", "varchar(255)"),
              field("order_return_apply", "proof_pics", "varchar(1000)"),
              field("refund", "reason", "refund_reason_enum"),
              field("bookings", "user_id", "int", ref="users.id"), field("bookings", "cancellation_reason", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 5, 6, 8)] == [
        "user.content.private", "user.content.private", "user.content.private", None, "user.content.private"]


def test_the_amounts_of_a_log_of_a_persons_balance_are_their_funds(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("account_log", "user_id", "int", ref="users.id"),
              field("account_log", "change_amount", "decimal(10,2)"),
              field("account_log", "left_amount", "decimal(10,2)"),
              field("order_log", "order_id", "int"), field("order_log", "amount", "decimal(10,2)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 6)] == ["user.financial", "user.financial", None]


def test_what_a_table_of_permissions_lets_the_person_keyed_do_is_their_authorization(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("event_permission", "user_id", "int", ref="users.id"),
              field("event_permission", "event_id", "int"),
              field("event_permission", "can_change_orders", "boolean"),
              field("level_permissions", "level_id", "int"), field("level_permissions", "allow_upload", "boolean")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 6)] == ["user.authorization", None]


def test_the_bare_acts_a_persons_permission_override_grants_are_their_authorization(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "bigint", pk=True), field("users", "session_id"),
              field("user_permission_overrides", "room", "bigint"),
              field("user_permission_overrides", "user", "bigint", ref="users.id"),
              field("user_permission_overrides", "read", "boolean"),
              field("user_permission_overrides", "write", "boolean"),
              field("user_permission_overrides", "upload", "boolean"),
              field("user_permission_overrides", "accessible", "boolean"),
              field("notifications", "user_id", "bigint", ref="users.id"), field("notifications", "read", "boolean")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 5, 6, 7)] == ["user.authorization"] * 4
    assert found[9].category == "user.behavior"


def test_how_an_order_was_paid_kept_on_it_is_the_payment_a_gateways_data_is_not(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("orders", "user_id", "int", ref="users.id"), field("orders", "payment_info", "text"),
              field("payment", "order_id", "int"), field("payment", "data", "jsonb")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 5)] == ["user.payment", None]


def test_an_events_organizer_is_an_organisation(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("organizers", "id", "int", pk=True), field("organizers", "name"),
              field("organizers", "email"), field("events", "organizer_id", "int"),
              field("events", "user_id", "int", ref="users.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 5, 6)] == [None, None, None, "user.unique_id"]


def test_whether_a_registered_person_came_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("registrations", "user_id", "int", ref="users.id"),
              field("registrations", "attended", "boolean"), field("attendees", "first_name"),
              field("attendees", "email"), field("attendees", "has_arrived", "boolean"),
              field("attendees", "arrival_time", "timestamp")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 6, 7)] == ["user.behavior"] * 3


def test_a_clinical_rows_metadata_and_versioning_period_are_bookkeeping(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("encounters", "patient_id", "int", ref="patients.id"), field("encounters", "meta", "jsonb"),
              field("encounters", "sys_period", "tstzrange"), field("encounters", "reason", "text"),
              field("diagnoses", "patient_id", "int", ref="patients.id"),
              field("prescriptions", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 5)] == [None, None, "user.health_and_medical"]


def test_a_bare_name_on_a_clinical_record_names_what_is_recorded(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "name", "varchar(64)"),
              field("registration", "patient_id", "int", ref="patients.id"),
              field("prescription_record", "registration_id", "bigint"),
              field("prescription_record", "name", "varchar(64)"),
              field("prescription_record", "nm_pasien", "varchar(40)"),
              field("diagnoses", "patient_id", "int", ref="patients.id"),
              field("encounters", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 4, 5)] == ["user.name", "user.health_and_medical", "user.name"]


def test_a_researchers_orcid_identifies_them(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "orcid", "varchar(19)")]
    assert classifier.classify_fields(schema)[2].category == "user.unique_id"


def test_a_persons_balance_or_store_credit_is_their_money(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("store_credits", "user_id", "int", ref="users.id"),
              field("store_credits", "amount_used", "numeric(8,2)"),
              field("client_balance", "client_id", "int"), field("client_balance", "amount", "decimal(18,2)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 5)] == ["user.financial", "user.financial"]


def test_the_department_on_a_staff_members_row_is_their_employment(classifier: Classifier) -> None:
    schema = [field("employee", "id", "int", pk=True), field("employee", "first_name"),
              field("employee", "last_name"), field("employee", "department_id", "int(11)"),
              field("department", "id", "int", pk=True), field("department", "name")]
    assert classifier.classify_fields(schema)[3].category == "user"


def test_an_expense_is_a_commercial_record_and_its_user_a_person(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("pharmacy_expense", "amount", "varchar(100)"), field("pharmacy_expense", "user", "varchar(100)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3)] == [None, "user.unique_id"]


def test_who_created_or_changed_an_organisations_row_is_a_person(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("hospital_ward", "name"), field("hospital_ward", "create_uid", "integer"),
              field("hospital_ward", "write_uid", "integer"), field("customer_company", "create_by", "integer"),
              field("clinic_schedule", "create_user", "varchar(100)"),
              field("clinic_queue", "queue_assign_by", "varchar(100)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in range(3, 8)] == ["user.unique_id"] * 5


def test_the_staff_who_handled_an_order_are_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("orders", "user_id", "int", ref="users.id"), field("orders", "handler_id", "int"),
              field("orders", "operate_user", "varchar(32)"), field("orders", "audit_user_id", "int"),
              field("orders", "clerk_id", "int"), field("event_handlers", "handler", "varchar(128)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in range(3, 8)] == ["user.unique_id"] * 4 + [None]


def test_a_shop_customers_group_is_a_lookup_a_forum_members_grants_permissions(classifier: Classifier) -> None:
    shop = [field("customer", "id", "int", pk=True), field("customer", "email"), field("customer", "group_id", "int")]
    forum = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "group_id", "int")]
    assert classifier.classify_fields(shop)[2].category is None
    assert classifier.classify_fields(forum)[2].category == "user.authorization"


def test_when_a_patient_arrived_waited_and_left_an_appointment_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("appointment", "patient_id", "int", ref="patients.id"),
              field("appointment", "date_time_arrived", "datetime"), field("appointment", "patient_wait", "integer"),
              field("appointment", "is_walk_in", "boolean"), field("appointment", "reason", "text"),
              field("encounters", "patient_id", "int", ref="patients.id"),
              field("diagnoses", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 5, 6)] == ["user.behavior"] * 3 + ["user.health_and_medical"]


def test_a_receiver_written_on_an_address_is_the_name_goods_go_to(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_addr", "user_id", "int", ref="users.id"), field("user_addr", "receiver", "varchar(50)"),
              field("user_addr", "mobile", "varchar(20)"), field("user_addr", "addr", "varchar(1000)"),
              field("messages", "receiver", "int")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 6)] == ["user.name", "user.unique_id"]


def test_what_a_log_records_of_a_person_named_by_login_is_their_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"),
              field("sys_log", "username", "varchar(50)"), field("sys_log", "operation", "varchar(50)"),
              field("sys_log", "method", "varchar(200)"), field("sys_log", "params", "varchar(5000)"),
              field("sys_log", "ip", "varchar(64)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 5)] == ["user.behavior"] * 3


def test_the_text_of_a_log_keyed_by_a_person_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("admin_user", "user_id", "int", pk=True), field("admin_user", "email"),
              field("admin_log", "user_id", "int", ref="admin_user.user_id"),
              field("admin_log", "log_info", "varchar(255)"), field("securitylog", "UserNum", "bigint"),
              field("securitylog", "LogText", "text"), field("error_log", "log_text", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 6)] == ["user.behavior", None]


def test_the_test_a_patients_specimen_was_run_for_is_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("visits", "patient_id", "int", ref="patients.id"),
              field("visit_lab", "visit_id", "int"), field("visit_lab", "test_id", "int(11)"),
              field("diagnoses", "patient_id", "int", ref="patients.id"),
              field("prescriptions", "patient_id", "int", ref="patients.id")]
    assert classifier.classify_fields(schema)[4].category == "user.health_and_medical"


def test_the_tests_run_on_a_patients_specimen_are_clinical_records(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("specimens", "patient_id", "int", ref="patients.id"),
              field("tests", "specimen_id", "int", ref="specimens.id"), field("tests", "interpretation", "text"),
              field("test_results", "test_id", "int", ref="tests.id"), field("test_results", "result", "varchar(255)"),
              field("diagnoses", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 6)] == ["user.health_and_medical"] * 2


def test_a_bookings_no_show_and_its_reminder_number_are_the_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("Booking", "userId", "Int", ref="users.id"), field("Booking", "noShowHost", "Boolean"),
              field("Booking", "smsReminderNumber", "String"), field("Attendee", "email"),
              field("Attendee", "name"), field("Attendee", "noShow", "Boolean")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 7)] == ["user.behavior", "user.contact.phone_number", "user.behavior"]


def test_a_patients_number_written_as_text_is_their_record_number(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("patients", "patient_number", "varchar(50)"), field("patients", "display_id", "varchar(12)"),
              field("encounters", "patient_id", "int", ref="patients.id"),
              field("diagnoses", "patient_id", "int", ref="patients.id"),
              field("prescriptions", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3)] == ["user.health_and_medical.record_id"] * 2


def test_the_identifier_a_patients_table_of_identifiers_holds_is_their_record_number(classifier: Classifier) -> None:
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "birthdate", "date"),
              field("patient_identifier", "patient_identifier_id", "int", pk=True),
              field("patient_identifier", "patient_id", "int", ref="patient.patient_id"),
              field("patient_identifier", "identifier", "varchar(50)"),
              field("encounter", "patient_id", "int", ref="patient.patient_id"),
              field("obs", "person_id", "int", ref="patient.patient_id")]
    found = classifier.classify_fields(schema)
    assert found[4].category == "user.health_and_medical.record_id"


def test_a_patient_id_written_as_text_beside_the_rows_key_is_their_record_number(classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "first_name"),
              field("patient", "patient_id", "varchar(100)"),
              field("encounters", "patient_id", "int", ref="patient.id"),
              field("diagnoses", "patient_id", "int", ref="patient.id")]
    found = classifier.classify_fields(schema)
    assert found[2].category == "user.health_and_medical.record_id"
    assert found[3].category == "user.unique_id"


def test_the_money_on_a_shop_users_own_row_is_their_balance(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "email"),
              field("users", "user_money", "decimal(10,2)"), field("users", "frozen_money", "decimal(10,2)"),
              field("order_info", "user_id", "int", ref="users.user_id"),
              field("order_info", "integral_money", "decimal(10,2)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 5)] == ["user.financial", "user.financial", None]


def test_an_order_position_is_a_line_of_the_order_and_its_ticket_secret_a_credential(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("orderposition", "order_id", "int"), field("orderposition", "price", "numeric(10,2)"),
              field("orderposition", "secret", "varchar(64)"),
              field("organizer_permission", "user_id", "int", ref="users.id"),
              field("organizer_permission", "can_create_events", "boolean")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 6)] == [None, "user.authorization.credentials", "user.authorization"]


def test_when_a_patient_is_to_come_back_is_clinical(classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "first_name"),
              field("patient", "followup_date", "date"),
              field("visit", "patient_id", "int", ref="patient.id"),
              field("diagnoses", "patient_id", "int", ref="patient.id"),
              field("prescriptions", "patient_id", "int", ref="patient.id")]
    assert classifier.classify_fields(schema)[2].category == "user.health_and_medical"


def test_a_members_withdrawal_holds_their_money_payout_method_and_bank_account(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("member_withdraw", "id", "int", pk=True),
              field("member_withdraw", "member_id", "int", ref="member.member_id"),
              field("member_withdraw", "apply_money", "decimal(10,2)"),
              field("member_withdraw", "service_money", "decimal(10,2)"),
              field("member_withdraw", "withdraw_type", "varchar(32)"),
              field("member_withdraw", "account_number", "varchar(50)"),
              field("member_withdraw", "rate", "decimal(10,2)"),
              field("member_withdraw", "status", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == [
        "user.financial", "user.financial", "user.payment", "user.financial.bank_account", None, None]


def test_a_withdrawal_keyed_by_no_person_is_no_ones_money(classifier: Classifier) -> None:
    schema = [field("withdrawals", "id", "int", pk=True), field("withdrawals", "money", "decimal(10,2)"),
              field("withdrawals", "withdraw_type", "varchar(32)")]
    assert classifier.classify_fields(schema)[1].category is None


def test_how_a_person_tops_up_their_balance_is_the_payment_method(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_recharge", "uid", "int", ref="users.id"),
              field("user_recharge", "recharge_type", "varchar(32)"), field("user_recharge", "price", "decimal(8,2)")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == ["user.payment", None]


def test_every_sum_of_a_persons_wallet_log_is_their_money(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("wallet_log", "id", "int", pk=True), field("wallet_log", "user_id", "int", ref="users.id"),
              field("wallet_log", "operation_money", "decimal(10,2)"),
              field("wallet_log", "latest_money", "decimal(10,2)")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == ["user.financial", "user.financial"]


def test_the_sums_of_a_store_credits_events_and_of_a_credit_ledger_are_the_persons_money(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("store_credits", "id", "int", pk=True), field("store_credits", "user_id", "int", ref="users.id"),
              field("store_credit_events", "store_credit_id", "int", ref="store_credits.id"),
              field("store_credit_events", "amount", "numeric(8,2)"),
              field("store_credit_events", "user_total_amount", "numeric(8,2)"),
              field("credit_ledger", "wallet_id", "bigint"), field("credit_ledger", "delta_credits", "bigint"),
              field("credit_ledger", "balance_after", "bigint")]
    assert [r.category for r in classifier.classify_fields(schema)[5:]] == [
        "user.financial", "user.financial", None, "user.financial", "user.financial"]


def test_a_saved_payment_methods_token_is_the_card_and_its_type_the_means_chosen(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("payment_tokens", "token_id", "int", pk=True),
              field("payment_tokens", "user_id", "int", ref="users.id"),
              field("payment_tokens", "token", "text"), field("payment_tokens", "type", "varchar(200)"),
              field("creditcard", "patient_id", "int", ref="users.id"),
              field("creditcard", "x_charge_token", "varchar(255)"),
              field("payment_methods", "id", "int", pk=True), field("payment_methods", "name", "varchar(64)"),
              field("payment_methods", "type", "varchar(64)")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == [
        "user.financial.credit_card", "user.payment", "user.unique_id", "user.financial.credit_card",
        None, None, None]


def test_a_shop_members_points_and_growth_count_what_they_did(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("member", "integral", "int"), field("member", "growth", "int"),
              field("user_integral_log", "user_id", "int", ref="member.member_id"),
              field("user_integral_log", "new_integral", "int"),
              field("goods", "goods_id", "int", pk=True), field("goods", "give_integral", "int"),
              field("order_info", "order_id", "int", pk=True), field("order_info", "integral", "int")]
    assert [classifier.classify_fields(schema)[i].category for i in (2, 3, 5, 7, 9)] == [
        "user.behavior", "user.behavior", "user.behavior", None, None]


def test_what_a_buyer_writes_on_their_order_is_private_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("orders", "user_id", "int", ref="users.id"), field("orders", "postscript", "varchar(255)"),
              field("orders", "buyer_message", "varchar(255)"), field("orders", "order_sn", "varchar(20)")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == [
        "user.content.private", "user.content.private", None]


def test_when_a_person_used_a_coupon_they_received_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("coupon_user", "id", "int", pk=True), field("coupon_user", "user_id", "int", ref="users.id"),
              field("coupon_user", "coupon_id", "int"), field("coupon_user", "used_time", "datetime"),
              field("coupon_user", "end_time", "datetime"),
              field("coupons", "id", "int", pk=True), field("coupons", "use_time", "int(10)")]
    assert [classifier.classify_fields(schema)[i].category for i in (5, 6, 8)] == ["user.behavior", None, None]


def test_how_often_and_when_a_customer_bought_is_their_behaviour(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"),
              field("customer", "buy_times", "numeric"), field("customer", "last_order_time", "datetime"),
              field("customer", "orders_count", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.behavior"] * 3
HOSPITAL = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
            field("encounters", "patient_id", "int", ref="patients"),
            field("diagnoses", "patient_id", "int", ref="patients")]


def test_the_radiation_dose_a_patient_received_is_clinical_and_an_alert_level_is_none(
        classifier: Classifier) -> None:
    schema = [field("acquisition", "total_dlp", "numeric(12,4)"),
              field("acquisition", "dose_area_product_total", "numeric"),
              field("acquisition", "mean_ctdivol", "numeric"), field("acquisition", "peak_skin_dose", "numeric"),
              field("acquisition", "kvp", "numeric"), field("alert_levels", "dlp_alert_value", "numeric"),
              field("alert_levels", "alert_total_dap", "numeric"),
              field("acquisition", "effective_dose_conversion_factor", "numeric"), *HOSPITAL]
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[:4]] == ["user.health_and_medical"] * 4
    assert [found[i].category for i in (4, 5, 6, 7)] == [None] * 4


def test_a_patients_imaging_study_in_a_picture_archive_is_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("studies", "id", "int", pk=True), field("studies", "patient_id", "int", ref="patients.id"),
              field("studies", "study_date", "date"), field("studies", "study_description", "text"),
              field("studies", "modalities_in_study", "varchar(64)"),
              field("radiation_dose_reports", "study_id", "int", ref="studies.id"),
              field("radiation_dose_reports", "patient_id", "int", ref="patients.id"),
              field("radiation_dose_reports", "effective_dose", "numeric")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 5, 6, 9)] == ["user.health_and_medical"] * 4


def test_outside_a_health_application_a_study_date_is_no_clinical_fact(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("study_sessions", "user_id", "int", ref="users.id"),
              field("study_sessions", "study_description", "text")]
    assert classifier.classify_fields(schema)[3].category != "user.health_and_medical"


def test_how_a_vaccine_was_given_and_a_patients_substance_use_are_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("patients", "tobacco_current_use", "varchar(140)"),
              field("patients", "alcohol_past_use", "varchar(140)"),
              field("vaccination_records", "patient_id", "int", ref="patients.id"),
              field("vaccination_records", "delivery_site", "int"),
              field("vaccination_records", "dose_sequence", "int"),
              field("consents", "patient_id", "int", ref="patients.id"),
              field("consents", "health_answers", "jsonb"),
              field("triages", "patient_id", "int", ref="patients.id"),
              field("triages", "triage_status", "int")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 5, 6, 8, 10)] == ["user.health_and_medical"] * 6


def test_a_sites_code_injection_is_no_postal_code(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("posts", "author_id", "int", ref="users.id"), field("posts", "codeinjection_head", "text")]
    assert classifier.classify_fields(schema)[3].category is None


def test_an_imaging_devices_settings_on_a_patients_exam_are_no_clinical_facts(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("doses", "id", "int", pk=True), field("doses", "patient_id", "int", ref="patients.id"),
              field("doses", "kvp", "numeric"), field("doses", "xray_tube_current", "numeric"),
              field("doses", "exposure_time", "numeric"), field("doses", "pitch_factor", "numeric"),
              field("doses", "effective_dose", "numeric"),
              field("encounters", "patient_id", "int", ref="patients.id"),
              field("diagnoses", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 5, 6, 7)] == [None] * 4
    assert found[8].category == "user.health_and_medical"


def test_a_german_practices_lab_values_keyed_by_a_patient_are_clinical_records(classifier: Classifier) -> None:
    schema = [field("patienten", "id", "int", pk=True), field("patienten", "email"),
              field("laborwerte", "patientid", "varchar(25)"), field("laborwerte", "resultat", "varchar(255)"),
              field("impfungen", "patientid", "varchar(25)"),
              field("diagnosen", "patientid", "varchar(25)")]
    contexts, _ = classifier.contexts(schema)
    assert [contexts[("app", t)].kind for t in ("laborwerte", "impfungen", "diagnosen")] == ["health"] * 3


def test_a_key_to_a_clinical_table_whose_name_glues_its_words_keys_its_row(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("ctradiationdose", "id", "int", pk=True),
              field("ctradiationdose", "patient_id", "int", ref="patients.id"),
              field("irradiation_events", "id", "int", pk=True),
              field("irradiation_events", "ct_radiation_dose_id", "int", ref="ctradiationdose"),
              field("irradiation_events", "dose_area_product", "numeric"),
              field("diagnoses", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (5, 6)] == [None, "user.health_and_medical"]


def test_the_number_an_insurer_gave_a_person_on_their_insurance_is_their_beneficiary_id(
        classifier: Classifier) -> None:
    schema = [field("clients", "id", "int", pk=True), field("clients", "first_name"),
              field("insurance_policies", "client_id", "int", ref="clients"),
              field("insurance_policies", "member_id", "varchar(32)"),
              field("patient_insurance", "patient_id", "int"), field("patient_insurance", "number", "varchar(32)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 5)] == ["user.health_and_medical.insurance_beneficiary_id"] * 2


def test_the_total_score_of_a_patients_assessment_is_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("assessments", "patient_id", "int", ref="patients"),
              field("assessments", "total_score", "int"), field("assessments", "risk_level", "text"),
              field("diagnoses", "patient_id", "int", ref="patients"),
              field("encounters", "patient_id", "int", ref="patients")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4)] == ["user.health_and_medical"] * 2


def test_outside_a_health_application_a_short_word_of_a_dose_is_no_dose(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("cau_hoi", "user_id", "int", ref="users"), field("cau_hoi", "dap_an", "varchar(255)")]
    assert classifier.classify_fields(schema)[3].category is None


def test_notes_on_a_patients_appointment_are_private_and_the_care_booked_is_clinical(
        classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("appointments", "patient_id", "int", ref="patients.id"),
              field("appointments", "notes", "text"), field("appointments", "cancellation_reason", "text"),
              field("appointments", "appointment_type_id", "int"), field("appointments", "speciality", "varchar(64)"),
              field("appointments", "reason", "text"),
              field("encounters", "patient_id", "int", ref="patients.id"),
              field("diagnoses", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 5, 6, 7)] == [
        "user.content.private", "user.content.private", "user.health_and_medical", "user.health_and_medical",
        "user.health_and_medical"]


def test_the_illnesses_and_intolerances_a_patients_history_names_are_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("patients", "mental_illness", "text"), field("patients", "medicinal_intolerance", "text"),
              field("patients", "venereal_disease", "text"),
              field("encounters", "patient_id", "int", ref="patients.id"),
              field("diagnoses", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 4)] == ["user.health_and_medical"] * 3


def test_the_test_a_lab_ran_for_a_patient_its_flag_and_range_are_clinical_a_tests_own_key_is_not(
        classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("lab_results", "patient_id", "int", ref="patients.id"),
              field("lab_results", "test_id", "int"), field("lab_results", "item_id", "int"),
              field("lab_results", "flag", "varchar(10)"), field("lab_results", "reference_range_max", "numeric"),
              field("lab_results", "specimen_type", "varchar(32)"),
              field("lab_tests", "test_id", "int", pk=True),
              field("encounters", "patient_id", "int", ref="patients.id"),
              field("diagnoses", "patient_id", "int", ref="patients.id")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 5, 6, 7)] == ["user.health_and_medical"] * 5
    assert found[8].category is None


def test_a_clinicians_council_registration_number_is_a_state_issued_licence(classifier: Classifier) -> None:
    schema = [field("doctors", "id", "int", pk=True), field("doctors", "first_name"),
              field("doctors", "medical_council_registration", "varchar(32)"),
              field("doctors", "collegiate_number", "varchar(20)"), field("doctors", "gmc_number", "varchar(12)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 4)] == ["user.government_id"] * 3




def test_the_regions_a_buyer_picks_for_their_address_are_its_parts(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("member_address", "id", "int", pk=True),
              field("member_address", "member_id", "int", ref="member.member_id"),
              field("member_address", "province_id", "int"), field("member_address", "city_id", "int"),
              field("member_address", "district_id", "int"), field("member_address", "address", "varchar(255)"),
              field("cart", "id", "int", pk=True), field("cart", "region_id", "int"),
              field("cart", "shipping_address_id", "int")]
    assert [classifier.classify_fields(schema)[i].category for i in (4, 5, 6, 9)] == [
        "user.contact.address.state", "user.contact.address.city", "user.contact.address", None]


def test_a_table_of_coupons_handed_to_users_holds_coupons_not_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("store_coupon_user", "id", "int", pk=True),
              field("store_coupon_user", "uid", "int", ref="users.id"),
              field("store_coupon_user", "coupon_title", "varchar(32)"),
              field("store_coupon_user", "status", "tinyint(1)")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [None, "user.unique_id", None, None]


def test_a_bare_cid_keys_a_category_or_a_coupon_and_in_a_clinic_names_a_diagnosis(
        classifier: Classifier) -> None:
    """A cid keys a category or a coupon; in a health application it is Brazil's CID, the ICD code of
    a diagnosis (a patient's causa_obito_cid)."""
    schema = [field("article", "id", "int", pk=True), field("article", "cid", "varchar(255)"),
              field("coupon_issue", "id", "int", pk=True), field("coupon_issue", "cid", "int"),
              field("visits", "id", "int", pk=True), field("visits", "cid", "varchar(64)")]
    assert [classifier.classify_fields(schema)[i].category for i in (1, 3, 5)] == [None, None, None]
    clinic = [field("pacientes", "id", "bigint", pk=True), field("pacientes", "nome"),
              field("pacientes", "data_nascimento", "date"), field("pacientes", "causa_obito_cid", "varchar(10)"),
              field("atendimentos", "id", "bigint", pk=True),
              field("atendimentos", "paciente_id", "bigint", ref="pacientes")]
    assert classifier.classify_fields(clinic)[3].category == "user.health_and_medical"


def test_a_ticket_put_on_sale_is_a_product_a_support_ticket_is_a_request(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("tickets", "id", "int", pk=True), field("tickets", "event_id", "int"),
              field("tickets", "title", "varchar(255)"), field("tickets", "description", "text"),
              field("tickets", "sale_start_date", "timestamp"), field("tickets", "max_per_order", "int"),
              field("support_tickets", "id", "int", pk=True),
              field("support_tickets", "user_id", "int", ref="users.id"),
              field("support_tickets", "subject", "varchar(255)")]
    assert [classifier.classify_fields(schema)[i].category for i in (4, 5, 10)] == [
        None, None, "user.content.private"]


def test_the_name_on_an_order_shipped_to_an_address_is_the_addressees(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("order", "order_id", "int", pk=True), field("order", "member_id", "int", ref="member.member_id"),
              field("order", "name", "varchar(50)"), field("order", "mobile", "varchar(11)"),
              field("order", "province_id", "int"), field("order", "city_id", "int"),
              field("order", "address", "varchar(255)"),
              field("order_goods", "id", "int", pk=True), field("order_goods", "name", "varchar(50)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 10)] == ["user.name", None]


def test_the_holders_of_an_events_tickets_are_persons(classifier: Classifier) -> None:
    schema = [field("ticket_holders", "id", "int", pk=True), field("ticket_holders", "firstname"),
              field("ticket_holders", "lastname"), field("ticket_holders", "email"),
              field("ticket_holders", "city"), field("ticket_holders", "state", "varchar(50)"),
              field("ticket_holders", "ticket_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)] == [
        "user.unique_id", "user.name.first", "user.name.last", "user.contact.email", "user.contact.address.city",
        "user.contact.address.state", None]


def test_the_level_a_shop_gives_its_member_is_the_state_of_their_account(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("member", "member_level", "int"), field("member", "member_level_name", "varchar(50)"),
              field("member", "customer_grade_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.account"] * 3


def test_a_memo_on_a_persons_withdrawal_is_private_an_orders_numbered_memo_is_not(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("member_withdraw", "id", "int", pk=True),
              field("member_withdraw", "member_id", "int", ref="member.member_id"),
              field("member_withdraw", "memo", "varchar(100)"),
              field("orders", "id", "int", pk=True), field("orders", "member_id", "int", ref="member.member_id"),
              field("orders", "memo01", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 7)] == ["user.content.private", None]


def test_the_header_an_invoice_is_made_out_to_names_the_buyer(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("oms_order", "id", "int", pk=True), field("oms_order", "member_id", "int", ref="member.member_id"),
              field("oms_order", "bill_header", "varchar(200)"), field("oms_order", "invoice_title", "varchar(255)"),
              field("oms_order", "bill_type", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == ["user.name", "user.name", None]


def test_a_nickname_is_the_handle_only_where_people_sign_in_with_nothing_else(classifier: Classifier) -> None:
    shop = [field("eb_user", "uid", "int", pk=True), field("eb_user", "nickname", "varchar(16)"),
            field("eb_user", "phone", "varchar(15)"), field("eb_user", "pwd", "varchar(32)")]
    social = [field("profile", "id", "int", pk=True), field("profile", "nickname", "varchar(64)"),
              field("profile", "fullname", "varchar(255)"), field("profile", "email", "varchar(255)")]
    assert classifier.classify_fields(shop)[1].category == "user.name"
    assert classifier.classify_fields(social)[1].category == "user.account.username"


def test_where_a_customer_placed_an_order_from_is_their_device(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("order", "order_id", "int", pk=True), field("order", "member_id", "int", ref="member.member_id"),
              field("order", "order_from", "varchar(55)"), field("order", "order_from_name", "varchar(50)"),
              field("order", "order_type", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == ["user.device", "user.device", None]


def test_a_buyers_evaluation_of_goods_is_a_published_review_with_its_scores_and_pictures(
        classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("goods_evaluate", "evaluate_id", "int", pk=True),
              field("goods_evaluate", "member_id", "int", ref="member.member_id"),
              field("goods_evaluate", "content", "varchar(255)"), field("goods_evaluate", "images", "varchar(1000)"),
              field("goods_evaluate", "scores", "tinyint(1)"),
              field("goods_evaluate", "member_headimg", "varchar(255)"),
              field("goods_evaluate", "goods_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == [
        "user.content.public", "user.content.public", "user.content.public", "user.content.self_image", None]


def test_the_ids_a_social_login_gives_a_person_key_them_wherever_copied(classifier: Classifier) -> None:
    schema = [field("wechat_fans", "fans_id", "int", pk=True), field("wechat_fans", "nickname"),
              field("wechat_fans", "openid", "varchar(255)"), field("wechat_fans", "unionid", "varchar(255)"),
              field("wechat_message", "id", "int", pk=True), field("wechat_message", "openid", "varchar(32)"),
              field("wechat_message", "type", "varchar(32)")]
    assert [classifier.classify_fields(schema)[i].category for i in (2, 3, 5)] == ["user.unique_id"] * 3


def test_a_shops_pick_up_point_is_the_shops_place_not_a_persons_address(classifier: Classifier) -> None:
    schema = [field("tz_pick_addr", "addr_id", "bigint", pk=True), field("tz_pick_addr", "addr_name", "varchar(36)"),
              field("tz_pick_addr", "addr", "varchar(1000)"), field("tz_pick_addr", "mobile", "varchar(20)"),
              field("tz_pick_addr", "province_id", "bigint"), field("tz_pick_addr", "city_id", "bigint")]
    assert [r.category for r in classifier.classify_fields(schema)] == [None] * 6


def test_the_photos_of_a_persons_identity_card_are_their_identity_papers(classifier: Classifier) -> None:
    schema = [field("user", "id", "int", pk=True), field("user", "username"),
              field("user_address", "id", "int", pk=True), field("user_address", "user_id", "int", ref="user.id"),
              field("user_address", "idcard_name", "char(60)"), field("user_address", "idcard_number", "char(30)"),
              field("user_address", "idcard_front", "char(255)"), field("user_address", "idcard_back", "char(255)")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == [
        "user.name", "user.government_id.national_identification_number", "user.government_id", "user.government_id"]


def test_a_buyers_comments_on_goods_are_reviews(classifier: Classifier) -> None:
    schema = [field("user", "id", "int", pk=True), field("user", "username"),
              field("goods_comments", "id", "int", pk=True), field("goods_comments", "user_id", "int", ref="user.id"),
              field("goods_comments", "content", "char(255)"), field("goods_comments", "images", "text"),
              field("goods_comments", "rating", "tinyint(1)")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == ["user.content.public"] * 3


def test_articles_keyed_by_no_one_or_by_staff_alone_are_the_sites_own_pages(classifier: Classifier) -> None:
    shop = [field("user", "id", "int", pk=True), field("user", "username"),
            field("article", "id", "int", pk=True), field("article", "title", "varchar(255)"),
            field("article", "content", "text"), field("article", "admin_id", "int")]
    blog = [field("user", "id", "int", pk=True), field("user", "username"),
            field("article", "id", "int", pk=True), field("article", "title", "varchar(255)"),
            field("article", "content", "text"), field("article", "user_id", "int", ref="user.id")]
    ticket = [field("users", "id", "int", pk=True), field("users", "email"),
              field("ticket_articles", "id", "int", pk=True), field("ticket_articles", "subject"),
              field("ticket_articles", "body")]
    assert [r.category for r in classifier.classify_fields(shop)[3:5]] == [None, None]
    assert [r.category for r in classifier.classify_fields(blog)[3:5]] == ["user.content.public"] * 2
    assert None not in [r.category for r in classifier.classify_fields(ticket)[3:]]


def test_what_a_customer_ordered_and_spent_in_all_on_their_row_is_their_behaviour(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("member", "order_money", "decimal(10,2)"), field("member", "order_num", "int"),
              field("member", "consume_amount", "decimal(10,2)"), field("member", "total_spent", "decimal(12,2)"),
              field("order", "order_id", "int", pk=True), field("order", "member_id", "int", ref="member.member_id"),
              field("order", "order_num", "varchar(32)"), field("order", "order_money", "decimal(10,2)")]
    result = [r.category for r in classifier.classify_fields(schema)]
    assert result[2:6] == ["user.behavior"] * 4
    assert result[8:] == [None, None]


def test_the_address_goods_are_returned_to_and_their_carrier_are_the_shops(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("order_goods", "id", "int", pk=True),
              field("order_goods", "member_id", "int", ref="member.member_id"),
              field("order_goods", "refund_address", "varchar(255)"),
              field("order_goods", "refund_delivery_name", "varchar(50)")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == [None, None]


def test_a_picture_named_after_a_person_on_an_order_is_their_avatar(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("recharge_order", "id", "int", pk=True),
              field("recharge_order", "member_id", "int", ref="member.member_id"),
              field("recharge_order", "member_img", "varchar(255)"),
              field("recharge_order", "goods_img", "varchar(255)"),
              field("recharge_order", "member_img_count", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == ["user.content.self_image", None, None]


def test_the_payment_an_order_keys_or_names_is_the_method_the_customer_chose(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "email"),
              field("orders", "order_id", "int", pk=True), field("orders", "user_id", "int", ref="users.user_id"),
              field("orders", "payment_id", "int"), field("orders", "pay_name", "varchar(120)"),
              field("orders", "pay_id", "varchar(63)"),
              field("payment_logs", "id", "int", pk=True), field("payment_logs", "payment_id", "int")]
    result = [r.category for r in classifier.classify_fields(schema)]
    assert result[4:7] == ["user.payment", "user.payment", None]
    assert result[8] is None


def test_a_total_of_money_a_person_earned_or_put_in_is_their_finances_other_totals_count(
        classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "username"),
              field("member", "total_commission", "decimal(10,2)"),
              field("member", "total_recharge_amount", "decimal(10,2)"),
              field("member", "total_comments", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.financial", "user.financial", "user.behavior"]


def test_a_global_id_named_after_a_persons_table_is_each_rows_own(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "customer_guid", "uniqueidentifier"),
              field("customer", "email"), field("customer", "active", "bit"),
              field("orders", "customer_id", "int", ref="customer.id")]
    results = classifier.classify_fields(schema)
    assert results[0].category == "user.unique_id"
    assert results[3].category == "user.account"


def test_a_commission_on_a_company_or_a_promotion_is_a_term_of_trade(classifier: Classifier) -> None:
    schema = [field("companies", "id", "int", pk=True), field("companies", "company"),
              field("companies", "commission", "decimal(12,2)"),
              field("promotions", "id", "int", pk=True), field("promotions", "bonuses"),
              field("employees", "id", "int", pk=True), field("employees", "first_name"),
              field("employees", "commission", "decimal(12,2)")]
    results = classifier.classify_fields(schema)
    assert results[2].category is None
    assert results[4].category is None
    assert results[7].category == "user.financial"


def test_the_sender_a_newsletter_names_is_the_shop_a_messages_is_a_person(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("newsletter_queue", "newsletter_sender_name", "varchar(200)"),
              field("messages", "sender_name", "varchar(200)"), field("messages", "body", "text")]
    results = classifier.classify_fields(schema)
    assert results[2].category is None
    assert results[3].category == "user.name"


def test_the_message_of_a_log_entry_is_the_applications_record(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("order_log_entry", "id", "int", pk=True),
              field("order_log_entry", "user_id", "int", ref="users.id"),
              field("order_log_entry", "message", "varchar(256)"),
              field("log", "id", "int", pk=True), field("log", "short_message", "varchar(256)")]
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.behavior"
    assert results[6].category is None


def test_a_payment_key_on_a_customers_row_is_the_method_they_chose(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "payment_id", "int"),
              field("orders", "id", "int", pk=True), field("orders", "customer_id", "int", ref="customers.id"),
              field("orders", "payment_method_system_name", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.payment"
    assert results[5].category == "user.payment"


def test_a_department_on_an_address_is_the_company_an_emails_text_no_address(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customer_addresses", "id", "int", pk=True),
              field("customer_addresses", "customer_id", "int", ref="customers.id"),
              field("customer_addresses", "street"), field("customer_addresses", "city"),
              field("customer_addresses", "department", "varchar(35)"),
              field("email_sendlist", "id", "int", pk=True), field("email_sendlist", "email_content", "text")]
    results = classifier.classify_fields(schema)
    assert results[6].category == "user.contact.organization"
    assert results[8].category is None


def test_a_shop_comments_stars_pictures_and_member_icon_are_published(classifier: Classifier) -> None:
    schema = [field("members", "id", "int", pk=True), field("members", "username"),
              field("comment", "id", "int", pk=True), field("comment", "member_id", "int", ref="members.id"),
              field("comment", "content", "text"), field("comment", "star", "int(3)"),
              field("comment", "pics", "varchar(1000)"), field("comment", "member_icon", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:]] == ["user.content.public", "user.content.public",
                                                 "user.content.self_image"]


def test_a_buyers_consent_and_instructions_on_their_order_are_theirs(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("orders", "id", "int", pk=True), field("orders", "customer_id", "int", ref="customers.id"),
              field("orders", "total", "decimal(10,2)"), field("orders", "marketing_permission", "boolean"),
              field("orders", "additional_instructions", "text")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:]] == [None, "user.privacy_preferences", "user.content.private"]


def test_a_payment_row_naming_its_payment_in_words_names_the_means(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("payments", "id", "int", pk=True), field("payments", "receipt_id", "varchar"),
              field("payments", "payment", "varchar"), field("payments", "total", "double precision"),
              field("pay", "id", "int", pk=True), field("pay", "pay_type", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category, results[7].category] == [
        "user.payment", None, "user.payment"]


def test_a_state_or_province_key_on_an_address_is_its_state(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"),
              field("address", "id", "int", pk=True), field("address", "customer_id", "int", ref="customer.id"),
              field("address", "address1"), field("address", "city"),
              field("address", "state_province_id", "int", ref="state_province.id")]
    assert classifier.classify_fields(schema)[-1].category == "user.contact.address.state"


def test_a_patients_poverty_level_is_their_finances_and_an_appointments_mode_of_payment_the_means(
        classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "first_name"),
              field("patient", "date_of_birth", "date"),
              field("program_participation", "person_id", "int", ref="patient.id"),
              field("program_participation", "federal_poverty_level", "varchar(3)"),
              field("patient_appointment", "patient_id", "int", ref="patient.id"),
              field("patient_appointment", "diagnosis"),
              field("patient_appointment", "mode_of_payment", "varchar(140)")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[7].category] == ["user.financial", "user.payment"]


def test_a_payers_key_is_the_insurers_in_a_clinic_and_the_paying_persons_in_a_shop(classifier: Classifier) -> None:
    clinic = [field("patient_data", "pid", "int", pk=True), field("patient_data", "fname"),
              field("patient_data", "DOB", "date"), field("encounters", "pid", "int", ref="patient_data.pid"),
              field("claims", "patient_id", "int", ref="patient_data.pid"), field("claims", "payer_id", "int(11)")]
    assert classifier.classify_fields(clinic)[5].category is None
    shop = [field("customers", "id", "int", pk=True), field("customers", "email"),
            field("paypal", "order_id", "int"), field("paypal", "payer_id", "varchar(32)"),
            field("paypal", "payer_email", "varchar(128)")]
    assert [c.category for c in classifier.classify_fields(shop)[3:]] == ["user.unique_id", "user.contact.email"]


def test_comments_on_an_order_pass_between_customer_and_shop_but_a_products_are_published(
        classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("orders", "id", "int", pk=True),
              field("order_comments", "order_id", "int", ref="orders.id"),
              field("order_comments", "comment", "text"), field("order_comments", "customer_notified", "tinyint(1)"),
              field("product_comments", "customer_id", "int", ref="customers.id"),
              field("product_comments", "comment", "text")]
    found = classifier.classify_fields(schema)
    assert found[3].category == "user.content.private"
    assert found[6].category == "user.content.public"


def test_a_shipping_name_beside_the_key_of_a_way_of_shipping_names_that_way(classifier: Classifier) -> None:
    """An order's shipping_id and shipping_name are the carrier or the way it ships by; without such a
    key the shipping name on an order is the addressee's."""
    schema = [field("users", "user_id", "int", pk=True), field("users", "email"),
              field("order_info", "order_id", "int", pk=True),
              field("order_info", "user_id", "int", ref="users.user_id"),
              field("order_info", "shipping_id", "tinyint(3)"), field("order_info", "shipping_name", "varchar(120)"),
              field("order_info", "shipping_fee", "decimal(10,2)"),
              field("purchases", "id", "int", pk=True), field("purchases", "user_id", "int", ref="users.user_id"),
              field("purchases", "shipping_name", "varchar(255)"), field("purchases", "shipping_address", "text")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[5] is None
    assert found[9] == "user.name"


def test_a_cash_out_named_extract_or_pd_cash_holds_the_members_money_payout_and_bank_account(
        classifier: Classifier) -> None:
    schema = [field("user", "uid", "int", pk=True), field("user", "nickname"),
              field("user_extract", "id", "int", pk=True), field("user_extract", "uid", "int", ref="user.uid"),
              field("user_extract", "extract_type", "varchar(32)"),
              field("user_extract", "bank_address", "varchar(256)"),
              field("user_extract", "extract_price", "decimal(8,2)"),
              field("member", "member_id", "int", pk=True), field("member", "member_name"),
              field("pdcash", "pdc_id", "int", pk=True),
              field("pdcash", "pdc_member_id", "int", ref="member.member_id"),
              field("pdcash", "pdc_amount", "decimal(10,2)"), field("pdcash", "pdc_bank_no", "varchar(30)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 5, 6, 11, 12)] == [
        "user.payment", "user.financial.bank_account", "user.financial", "user.financial",
        "user.financial.bank_account"]


def test_a_persons_bank_and_bank_number_are_their_bank_account_a_clinics_are_not(classifier: Classifier) -> None:
    schema = [field("employee", "id", "int", pk=True), field("employee", "first_name"),
              field("employee", "bank", "varchar(30)"),
              field("member_bank", "member_id", "int", ref="employee.id"),
              field("member_bank", "bank_no", "varchar(30)"),
              field("clinic", "id", "int", pk=True), field("clinic", "clinic_name"),
              field("clinic", "bank_number", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 4, 7)] == [
        "user.financial.bank_account", "user.financial.bank_account", None]


def test_a_members_pre_deposit_and_the_sums_of_its_log_are_their_money(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "member_name"),
              field("member", "available_predeposit", "decimal(10,2)"),
              field("member", "freeze_predeposit", "decimal(10,2)"),
              field("pdlog", "lg_id", "int", pk=True), field("pdlog", "lg_member_id", "int", ref="member.member_id"),
              field("pdlog", "lg_av_amount", "decimal(10,2)"), field("pdlog", "lg_freeze_amount", "decimal(10,2)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 6, 7)] == ["user.financial"] * 4


def test_the_pictures_sent_with_a_complaint_an_appeal_or_a_report_are_private(classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "member_name"),
              field("complain", "complain_id", "int", pk=True),
              field("complain", "member_id", "int", ref="member.member_id"),
              field("complain", "complain_pic1", "varchar(100)"), field("complain", "appeal_pic1", "varchar(100)"),
              field("report", "id", "int", pk=True), field("report", "uid", "int", ref="member.member_id"),
              field("report", "imgs", "varchar(1000)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 5, 8)] == ["user.content.private"] * 3


def test_a_model_alone_is_a_products_or_a_scanners_a_devices_model_is_the_device(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "phone_model", "varchar(64)"),
              field("devices", "id", "int", pk=True), field("devices", "user_id", "int", ref="users.id"),
              field("devices", "model", "varchar(64)"),
              field("return", "return_id", "int", pk=True), field("return", "customer_id", "int", ref="users.id"),
              field("return", "model", "varchar(64)"),
              field("mri_scanner", "id", "int", pk=True), field("mri_scanner", "user_id", "int", ref="users.id"),
              field("mri_scanner", "model", "varchar(255)"), field("content", "content_model", "smallint")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 5, 8, 11, 12)] == ["user.device", "user.device", None, None, None]


def test_a_gateways_trade_number_is_the_payments_the_platform_paid_through_is_the_payment_method(
        classifier: Classifier) -> None:
    schema = [field("member", "member_id", "int", pk=True), field("member", "member_name"),
              field("order", "order_id", "int", pk=True), field("order", "buyer_id", "int", ref="member.member_id"),
              field("order", "trade_no", "varchar(35)", comment="第三方平台交易号"),
              field("patient", "id", "int", pk=True), field("patient", "name"),
              field("paid_record", "patient_id", "int", ref="patient.id"),
              field("paid_record", "diagnosis", "text"), field("paid_record", "out_trade_no", "varchar(30)"),
              field("care_paylog", "patient_id", "int", ref="patient.id"),
              field("care_paylog", "payment_platform", "smallint")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 9, 11)] == [None, None, "user.payment"]


def test_a_shops_bonus_scheme_is_no_ones_pay_a_bonus_at_the_end_of_a_name_is(classifier: Classifier) -> None:
    schema = [field("bonus", "bonus_id", "int", pk=True), field("bonus", "bonus_blessing", "varchar(255)"),
              field("bonus", "bonus_begintime", "int"), field("bonus", "bonus_fixedprice", "decimal(10,2)"),
              field("employees", "id", "int", pk=True), field("employees", "first_name"),
              field("appraisals", "id", "int", pk=True), field("appraisals", "employee_id", "int", ref="employees.id"),
              field("appraisals", "annual_bonus", "decimal(10,2)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 2, 3, 8)] == [None, None, None, "user.financial"]


def test_the_key_or_the_code_of_the_way_a_person_paid_is_the_payment_method(classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "name"),
              field("patient", "id_payway", "varchar(32)"),
              field("charge_detail", "id", "int", pk=True),
              field("charge_detail", "patient_id", "int", ref="patient.id"),
              field("charge_detail", "pay_method_code", "varchar(2)"),
              field("patientcharge", "id_examfeeitem", "varchar(32)"), field("patientcharge", "payway", "varchar(20)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 5, 7)] == ["user.payment"] * 3


def test_the_parts_of_a_clinics_paid_charge_are_its_terms_a_patients_debt_is_their_money(
        classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "name"),
              field("clinic_triage_patient", "id", "int", pk=True),
              field("clinic_triage_patient", "patient_id", "int", ref="patient.id"),
              field("clinic_triage_patient", "diagnosis", "text"),
              field("mz_paid_record", "id", "int", pk=True),
              field("mz_paid_record", "clinic_triage_patient_id", "int", ref="clinic_triage_patient.id"),
              field("mz_paid_record", "discount_money", "integer"), field("mz_paid_record", "total_money", "integer"),
              field("mz_paid_record", "refund_money", "integer"),
              field("on_credit_record", "patient_id", "int", ref="patient.id"),
              field("on_credit_record", "on_credit_money", "integer")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (7, 8, 9, 11)] == [None, None, None, "user.financial"]


def test_the_affiliate_who_brought_an_order_or_a_member_is_a_person(classifier: Classifier) -> None:
    """An order's affiliate_id and a member's affiliatedId key the affiliate who brought them; an
    affiliate rule's own affiliate_rule_id keys the rule."""
    schema = [field("order", "order_id", "int", pk=True), field("order", "total", "decimal(15,4)"),
              field("order", "affiliate_id", "int"),
              field("Members", "profileId", "int", pk=True), field("Members", "email", "varchar(120)"),
              field("Members", "affiliatedId", "int unsigned"),
              field("affiliate_rule", "affiliate_rule_id", "int", pk=True)]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category, results[6].category] == [
        "user.unique_id", "user.unique_id", None]


def test_the_mandate_a_person_signed_to_be_debited_is_how_they_pay(classifier: Classifier) -> None:
    routes = [field("exchange_routes", "id", "serial", pk=True),
              field("exchange_routes", "participant", "bigint", ref="participants"),
              field("participants", "id", "bigint", pk=True), field("participants", "email")]
    assert category_of(classifier, field("exchange_routes", "mandate", "text"), *routes) == "user.payment"


def test_a_shops_app_at_a_platform_is_no_person(classifier: Classifier) -> None:
    """A WeChat mini-program's row (its app id, name and secret, the merchant number, the service
    phone it shows) sets up the shop's own app; its key on every table is the shop's, no person's."""
    schema = [field("users", "user_id", "int", pk=True), field("users", "nickname"),
              field("wxapp", "wxapp_id", "int", pk=True), field("wxapp", "app_name"), field("wxapp", "app_id"),
              field("wxapp", "app_secret"), field("wxapp", "mchid"), field("wxapp", "apikey"),
              field("wxapp", "phone_no"), field("wxapp", "email"), field("goods", "goods_id", "int", pk=True),
              field("goods", "wxapp_id", "int")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 7, 8, 9, 11)] == [None] * 5


def test_a_shipments_tracking_id_tracks_no_browser(classifier: Classifier) -> None:
    schema = [field("orders", "id", "int", pk=True), field("orders", "customer_id", "int"),
              field("orders", "shipping_tracking_id"), field("distributors", "ga_tracking_id"),
              field("visits", "visitor_id", "int"), field("visits", "fbclid")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[2:4]] == [None, None]
    assert found[5].category == "user.device.cookie_id"


def test_when_a_consent_row_was_saved_is_bookkeeping_and_when_it_was_granted_is_not(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("consents", "id", "int", pk=True), field("consents", "user_id", "int", ref="users"),
              field("consents", "granted_at", "timestamp"), field("consents", "created_at", "timestamp"),
              field("consents", "updated_at", "timestamp")]
    found = classifier.classify_fields(schema)
    assert found[4].category == "user.privacy_preferences"
    assert [f.category for f in found[5:]] == [None, None]


def test_a_published_flag_is_the_sites_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("wishlists", "id", "int", pk=True), field("wishlists", "user_id", "int", ref="users"),
              field("wishlists", "published", "tinyint(1)"), field("wishlists", "is_public", "tinyint(1)")]
    found = classifier.classify_fields(schema)
    assert found[4].category is None
    assert found[5].category == "user.privacy_preferences"


def test_a_persons_settings_of_a_service_are_their_settings(classifier: Classifier) -> None:
    """An AI service's settings keyed by the user who chose them: the prompt and model are theirs."""
    schema = [field("users", "id", "uuid", pk=True), field("users", "email"),
              field("ai_service_settings", "id", "uuid", pk=True),
              field("ai_service_settings", "user_id", "uuid", ref="users"),
              field("ai_service_settings", "system_prompt"), field("ai_service_settings", "model_name"),
              field("ai_service_settings", "is_active", "boolean")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[4:]] == ["user.account.settings"] * 3


def test_a_flag_of_what_a_profile_shows_is_a_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_preferences", "id", "int", pk=True),
              field("user_preferences", "user_id", "int", ref="users"),
              field("user_preferences", "anime_in_profile", "boolean"),
              field("user_preferences", "about_on_top", "boolean")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[4:]] == ["user.account.settings"] * 2


def test_a_bare_condition_is_clinical_only_in_a_health_application(classifier: Classifier) -> None:
    members = [field("members", "id", "int", pk=True), field("members", "email"),
               field("member_lists", "id", "int", pk=True), field("member_lists", "member_id", "int", ref="members"),
               field("member_lists", "condition")]
    assert classifier.classify_fields(members)[-1].category is None
    patients = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
                field("patients", "last_name"), field("visits", "patient_id", "int", ref="patients"),
                field("patient_problems", "id", "int", pk=True),
                field("patient_problems", "patient_id", "int", ref="patients"), field("patient_problems", "condition")]
    assert classifier.classify_fields(patients)[-1].category == "user.health_and_medical"


def test_a_shops_promotions_named_by_the_tables_word_are_things(classifier: Classifier) -> None:
    """A shop's activities (promotions) title, describe and date each row after the table's own word:
    campaigns the shop runs, no log of what a person did."""
    schema = [field("members", "id", "int", pk=True), field("members", "email"),
              field("activity", "activity_id", "int", pk=True), field("activity", "activity_title"),
              field("activity", "activity_desc"), field("activity", "activity_startdate", "int"),
              field("activity", "activity_banner_mobile")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[3:]] == [None] * 4
