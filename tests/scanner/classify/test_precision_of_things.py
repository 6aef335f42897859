"""Precision across domains: names that read as a person's data but, in their table, describe a
message, a row of code or a thing."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import category_of, field

MESSAGES = [field("messages", "id", "bigint", pk=True), field("messages", "sender_id", "bigint", ref="users"),
            field("messages", "body"), field("users", "id", "bigint", pk=True), field("users", "email")]


def test_the_message_a_message_answers_is_no_address(classifier: Classifier) -> None:
    assert category_of(classifier, field("messages", "in_reply_to", "varchar(255)"), *MESSAGES) is None
    assert category_of(classifier, field("messages", "mime_in_reply_to", "text"), *MESSAGES) is None
    assert category_of(classifier, field("messages", "reply_to", "int"), *MESSAGES) is None


def test_a_reply_to_address_and_a_reply_setting_stay_personal(classifier: Classifier) -> None:
    assert category_of(classifier, field("users", "reply_to", "varchar(255)"), *MESSAGES) == "user.contact.email"
    assert category_of(classifier, field("user_options", "email_in_reply_to", "boolean"),
                       field("user_options", "user_id", "bigint", pk=True, ref="users"), *MESSAGES) is not None


def test_the_class_of_an_attached_object_is_no_device_model(classifier: Classifier) -> None:
    schema = [field("comment", "id", "int", pk=True), field("comment", "message"),
              field("comment", "object_id", "int"), field("comment", "created_by", "int", ref="user"),
              field("user", "id", "int", pk=True), field("user", "email")]
    assert category_of(classifier, field("comment", "object_model", "varchar(100)"), *schema) is None
    assert category_of(classifier, field("member", "model_pdf", "varchar(255)"),
                       field("member", "id", "int", pk=True), field("member", "firstname"),
                       field("member", "email")) is None


def test_what_a_rule_or_a_promotion_does_is_configuration(classifier: Classifier) -> None:
    schema = [field("promotion_action", "id", "int", pk=True), field("promotion_action", "promotion_id", "int"),
              field("promotion_action", "configuration", "longtext")]
    assert category_of(classifier, field("promotion_action", "type", "varchar(255)"), *schema) is None
    assert category_of(classifier, field("filter_action", "type", "varchar(24)"),
                       field("filter_action", "id", "int", pk=True), field("filter_action", "filter_id", "int")) is None


def test_a_persons_actions_stay_behaviour(classifier: Classifier) -> None:
    schema = [field("user_actions", "id", "int", pk=True), field("user_actions", "user_id", "int", ref="users"),
              field("users", "id", "int", pk=True), field("users", "email")]
    assert category_of(classifier, field("user_actions", "action", "varchar(64)"), *schema) == "user.behavior"


def test_who_a_queued_email_goes_to_is_an_address(classifier: Classifier) -> None:
    schema = [field("mail_queue", "id", "int", pk=True), field("mail_queue", "subject", "varchar(255)"),
              field("mail_queue", "body", "text")]
    assert category_of(classifier, field("mail_queue", "recipient", "varchar(255)"), *schema) == "user.contact.email"
    assert category_of(classifier, field("mail_queue", "send_to", "varchar(255)"), *schema) == "user.contact.email"
    # A log of mails sent out names whom each went to the same way (emails_out.sent_to).
    sent = [field("emails_out", "id", "varchar(32)", pk=True), field("emails_out", "subject", "varchar(255)"),
            field("emails_out", "body_html", "text")]
    assert category_of(classifier, field("emails_out", "sent_to", "varchar"), *sent) == "user.contact.email"
    assert category_of(classifier, field("mail_queue", "recipient_id", "int", ref="users"), *schema,
                       field("users", "id", "int", pk=True), field("users", "email")) == "user.unique_id"


def test_the_key_of_an_entry_beside_its_value_names_the_entry(classifier: Classifier) -> None:
    schema = [field("user_property", "user_id", "int", pk=True, ref="users"),
              field("user_property", "property_value", "varchar(255)"),
              field("users", "id", "int", pk=True), field("users", "email")]
    assert category_of(classifier, field("user_property", "property", "varchar(100)"), *schema) is None
    assert category_of(classifier, field("userattributes", "attribute", "varchar(64)"),
                       field("userattributes", "user_id", "int", ref="users"),
                       field("userattributes", "value", "varchar(255)"), *schema[2:]) is None


def test_attributes_kept_on_a_persons_row_stay_personal(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "name")]
    assert category_of(classifier, field("users", "attributes", "text"), *schema) == "user"


def test_local_marks_an_account_only_on_a_persons_row(classifier: Classifier) -> None:
    person = [field("person", "id", "int", pk=True), field("person", "name"), field("person", "email")]
    assert category_of(classifier, field("person", "local", "boolean"), *person) == "user.account"
    statuses = [field("statuses", "id", "bigint", pk=True), field("statuses", "account_id", "bigint", ref="person"),
                field("statuses", "text")]
    assert category_of(classifier, field("statuses", "local", "boolean"), *statuses, *person) is None
    assert category_of(classifier, field("mentions", "is_remote", "boolean"),
                       field("mentions", "profile_id", "bigint", ref="person"), *person) is None


def test_a_tally_of_followers_is_a_per_person_counter(classifier: Classifier) -> None:
    schema = [field("per_user_following", "id", "int", pk=True),
              field("per_user_following", "user_id", "int", ref="users"),
              field("users", "id", "int", pk=True), field("users", "email")]
    assert category_of(classifier, field("per_user_following", "followers_total", "bigint"), *schema) == "user.behavior"


def test_whether_an_email_was_sent_is_the_applications_act(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username")]
    assert category_of(classifier, field("users", "welcome_email_sent", "boolean"), *users) is None
    assert category_of(classifier, field("account_validity", "email_sent", "boolean"),
                       field("account_validity", "user_id", "text", ref="users"), *users) is None
    assert category_of(classifier, field("users", "email_notifications", "boolean"), *users) == "user.account.settings"


def test_how_an_archive_stores_a_patients_files_is_no_clinical_fact(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("patients", "date_of_birth", "date"),
              field("study", "id", "int", pk=True), field("study", "patient_id", "int", ref="patients"),
              field("study", "study_description", "text")]
    assert category_of(classifier, field("study", "failed_retrieves", "int"), *schema) is None
    assert category_of(classifier, field("study", "study_size", "bigint"), *schema) is None
    assert category_of(classifier, field("study", "heart_failure", "varchar(5)"), *schema) == "user.health_and_medical"


def test_when_the_application_last_emailed_a_person_is_its_own_act(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username")]
    assert category_of(classifier, field("users", "last_emailed_at", "timestamp"), *users) is None
    assert category_of(classifier, field("users", "last_reminder", "timestamp"), *users) is None
    assert category_of(classifier, field("users", "last_seen_at", "timestamp"), *users) == "user.behavior"


def test_the_name_a_newsletter_goes_out_under_is_the_organisations(classifier: Classifier) -> None:
    schema = [field("newsletter", "id", "int", pk=True), field("newsletter", "subject"),
              field("newsletter", "sender_email", "varchar(255)")]
    assert category_of(classifier, field("newsletter", "sender_name", "varchar(255)"), *schema) is None
    chat = [field("chat_message", "id", "int", pk=True), field("chat_message", "message"),
            field("chat_message", "sender_id", "int", ref="users"), field("users", "id", "int", pk=True),
            field("users", "email")]
    assert category_of(classifier, field("chat_message", "sender_name", "varchar(255)"), *chat) == "user.name"


def test_when_a_persons_row_was_entered_is_its_creation_time(classifier: Classifier) -> None:
    patients = [field("patients", "id", "uuid", pk=True), field("patients", "full_name"),
                field("patients", "date_of_birth", "date")]
    assert category_of(classifier, field("patients", "recorded_at", "timestamp"), *patients) is None
    readings = [field("blood_pressures", "id", "uuid", pk=True),
                field("blood_pressures", "patient_id", "uuid", ref="patients"),
                field("blood_pressures", "systolic", "int")]
    assert category_of(classifier, field("blood_pressures", "recorded_at", "timestamp"),
                       *readings, *patients) == "user.health_and_medical"


def test_the_pictures_and_files_of_a_product_are_its_catalogues_not_an_upload(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("products", "id", "int", pk=True),
              field("product_images", "product_id", "int", ref="products.id"),
              field("product_images", "alt_text", "varchar(255)"), field("product_images", "file", "varchar(255)"),
              field("attachments", "user_id", "int", ref="users.id"), field("attachments", "file", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[3].category, found[4].category] == [None, None]
    assert found[6].category is not None and found[6].category.startswith("user.content")


def test_what_a_mail_an_invoice_or_a_token_was_sent_to_is_an_address(classifier: Classifier) -> None:
    invoices = [field("invoices", "id", "uuid", pk=True), field("invoices", "amount", "numeric"),
                field("invoices", "customer_id", "uuid")]
    assert category_of(classifier, field("invoices", "sent_to", "text"), *invoices) == "user.contact.email"
    tracks = [field("coupon_email_track", "unique_id", "int", pk=True), field("coupon_email_track", "coupon_id", "int")]
    assert category_of(classifier, field("coupon_email_track", "emailed_to", "varchar(32)"), *tracks) == \
        "user.contact.email"
    # A number keys the person or the message it went to, no address.
    assert category_of(classifier, field("invoices", "sent_to", "int"), *invoices) != "user.contact.email"
