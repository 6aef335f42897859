"""Who acted on a row, and what the rows a person owns record about them."""

from __future__ import annotations

from catalog.model import Field
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


def test_a_person_tables_own_key_is_read_behind_a_glued_prefix_or_named_pk(classifier: Classifier) -> None:
    columns = ["OXID", "OXUSERNAME", "OXPASSWORD", "OXFNAME", "OXLNAME", "OXCITY"]
    schema = [field("oxuser", name, "char(32)", pk=name == "OXID") for name in columns]
    schema += [field("oxaddress", name, "char(32)", pk=name == "OXID")
               for name in ("OXID", "OXUSERID", "OXSTREET", "OXCITY", "OXZIP")]
    schema += [field("identity", "pk", "serial", pk=True), field("identity", "firstnames"),
               field("identity", "dob", "date"), field("drug_units", "pk", "serial", pk=True),
               field("drug_units", "unit")]
    results = classifier.classify_fields(schema)
    assert results[0].category == "user.unique_id"
    assert "read as ID" in results[0].explanation
    assert results[6].category is None
    assert results[11].category == "user.unique_id"
    assert results[14].category is None


def test_a_persons_state_of_a_content_item_is_their_data_not_content(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email")]
    state = [field("UserComment", "UserID", "int", pk=True), field("UserComment", "CommentID", "int", pk=True),
             field("UserComment", "Score", "float"), field("UserComment", "DateLastViewed", "datetime")]
    comments = [field("comments", "id", "int", pk=True), field("comments", "user_id", "int"),
                field("comments", "post_id", "int"), field("comments", "body")]
    topics = [field("help_topic", "topic_id", "int", pk=True), field("help_topic", "staff_id", "int"),
              field("help_topic", "sort", "int")]
    contexts, _ = classifier.contexts(users + state + comments + topics)
    assert contexts[("app", "UserComment")].kind == "person_data"
    assert "state of a commentid item" in contexts[("app", "UserComment")].reason
    assert contexts[("app", "comments")].kind == "content_public"
    assert contexts[("app", "help_topic")].kind != "person_data"
    results = classifier.classify_fields(users + state)
    assert [r.category for r in results[4:]] == ["user.behavior", "user.behavior"]


def test_a_discussion_is_content_and_a_readers_state_of_it_the_readers(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("discussions", "id", "int", pk=True), field("discussions", "author_id", "int"),
              field("discussions", "title"), field("discussions", "comment_count", "int"),
              field("discussion_readers", "id", "int", pk=True), field("discussion_readers", "user_id", "int"),
              field("discussion_readers", "discussion_id", "int"),
              field("discussion_readers", "last_read_at", "timestamp")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "discussions")].kind == "content_public"
    assert contexts[("app", "discussion_readers")].kind == "person_data"
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.content.public"
    assert results[5].category is None
    assert results[9].category == "user.behavior"


def test_the_company_a_buyer_gives_on_an_order_is_their_organisation(classifier: Classifier) -> None:
    schema = [field("orders", "id", "int", pk=True), field("orders", "customer_id", "int"),
              field("orders", "delivery_street"), field("orders", "delivery_city"),
              field("orders", "delivery_company"), field("orders", "order_company_name"),
              field("invoice", "id", "int", pk=True), field("invoice", "buyer_street"),
              field("invoice", "buyer_city"), field("invoice", "seller_company"), field("invoice", "buyer_company")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user.contact.organization"] * 2
    assert results[9].category is None
    assert results[10].category == "user.contact.organization"


def test_an_additional_address_line_is_the_street_where_an_address_is_held(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"), field("customer", "street"),
              field("customer", "city"), field("customer", "zip"), field("customer", "add_info", "varchar(255)"),
              field("payment_log", "id", "int", pk=True), field("payment_log", "additional_info", "text")]
    results = classifier.classify_fields(schema)
    assert results[5].category == "user.contact.address.street"
    assert results[7].category != "user.contact.address.street"


def test_the_owner_of_a_row_named_in_text_is_a_persons_id(classifier: Classifier) -> None:
    schema = [field("authreg", "username"), field("authreg", "password"),
              field("status", "collection-owner", "text"), field("status", "status", "text"),
              field("roster-items", "collection-owner", "text"), field("roster-items", "jid", "text"),
              field("modules", "module_owner", "varchar(45)"), field("modules", "name")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[4].category] == ["user.unique_id"] * 2
    assert results[6].category is None


def test_a_reason_on_a_persons_own_row_is_restricted_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("leaves", "id", "int", pk=True), field("leaves", "user_id", "int"),
              field("leaves", "reason", "text"), field("subscriptions", "id", "int", pk=True),
              field("subscriptions", "member_id", "int"), field("subscriptions", "cancellation_reason", "text"),
              field("person_address", "person_id", "int"), field("person_address", "city"),
              field("person_address", "street"), field("person_address", "void_reason", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[7].category] == ["user.content.private"] * 2
    assert results[11].category is None


def test_how_far_a_person_has_read_is_their_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("read_states", "id", "int", pk=True), field("read_states", "user_id", "int"),
              field("read_states", "channel_id", "int"), field("read_states", "last_acked_id", "varchar(255)"),
              field("read_states", "mention_count", "int"),
              field("markers", "id", "int", pk=True), field("markers", "user_id", "int"),
              field("markers", "last_read_id", "bigint"),
              field("conversations", "id", "int", pk=True), field("conversations", "last_message_id", "int")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "read_states")].kind == "person_data"
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (5, 6, 9)] == ["user.behavior"] * 3
    assert results[4].category is None and results[11].category is None


def test_dismissing_or_taking_part_on_a_persons_row_is_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("notification", "id", "int", pk=True), field("notification", "uid", "int"),
              field("notification", "dismissed", "boolean"), field("notification", "participating", "boolean"),
              field("admin_notifications", "admin_id", "int"), field("admin_notifications", "dismissed", "text"),
              field("shop_orders", "id", "int", pk=True), field("shop_orders", "cleared", "int")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user.behavior"] * 2
    assert results[7].category != "user.behavior"
    assert results[9].category is None


def test_the_option_a_voter_chose_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("poll_votes", "id", "int", pk=True), field("poll_votes", "account_id", "int"),
              field("poll_votes", "poll_id", "int"), field("poll_votes", "choice", "int"),
              field("poll_options", "id", "int", pk=True), field("poll_options", "poll_id", "int"),
              field("poll_options", "choice", "int")]
    results = classifier.classify_fields(schema)
    assert results[5].category == "user.behavior"
    assert results[4].category is None and results[8].category is None


def test_a_members_title_and_a_request_to_join_are_the_members(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("memberships", "id", "int", pk=True), field("memberships", "user_id", "int"),
              field("memberships", "group_id", "int"), field("memberships", "title", "varchar(255)"),
              field("membership_requests", "requestor_id", "int"), field("membership_requests", "group_id", "int"),
              field("membership_requests", "introduction", "text"),
              field("articles", "id", "int", pk=True), field("articles", "title")]
    results = classifier.classify_fields(schema)
    assert results[5].category == "user.job_title"
    assert results[8].category == "user.content.private"
    assert results[10].category != "user.job_title"


def test_a_remember_me_sign_in_is_behaviour_and_a_bot_flag_account_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "remember_created_at", "timestamp"), field("users", "bot", "boolean"),
              field("users", "created_at", "timestamp"), field("bots", "id", "int", pk=True),
              field("bots", "bot", "boolean")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.behavior", "user.account"]
    assert results[4].category is None and results[6].category is None


def test_attachments_and_link_previews_of_what_a_person_wrote_are_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("comments", "id", "int", pk=True), field("comments", "user_id", "int"),
              field("comments", "body"), field("comments", "attachments", "jsonb"),
              field("comments", "link_previews", "jsonb"), field("products", "id", "int", pk=True),
              field("products", "attachments", "jsonb")]
    results = classifier.classify_fields(schema)
    assert [results[5].category, results[6].category] == ["user.content"] * 2
    assert results[8].category is None


def test_the_language_a_person_wrote_in_is_their_language(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("comments", "id", "int", pk=True), field("comments", "user_id", "int"),
              field("comments", "body"), field("comments", "content_locale", "varchar(10)"),
              field("ticket_articles", "id", "int", pk=True), field("ticket_articles", "body"),
              field("ticket_articles", "detected_language", "varchar(20)"),
              field("product_translations", "locale", "varchar(5)"), field("product_translations", "name")]
    results = classifier.classify_fields(schema)
    assert [results[5].category, results[8].category] == ["user.demographic.language"] * 2
    assert results[9].category is None


def test_the_calling_code_of_a_persons_phone_is_part_of_the_number(classifier: Classifier) -> None:
    schema = [field("client", "id", "int", pk=True), field("client", "email"), field("client", "phone"),
              field("client", "phone_cc", "varchar(255)"), field("customers", "id", "int", pk=True),
              field("customers", "email"), field("customers", "phone_country_code", "varchar(255)"),
              field("countries", "id", "int", pk=True), field("countries", "name"),
              field("countries", "phone_code", "varchar(8)"), field("orders", "cc_number")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[6].category] == ["user.contact.phone_number"] * 2
    assert results[9].category is None
    assert results[10].category == "user.financial.credit_card"


def test_when_a_persons_password_was_last_changed_is_account_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "last_password_modified_at", "timestamp"),
              field("users", "passwordlastupdated", "timestamp"), field("users", "pwd_last_change_date", "datetime"),
              field("users", "modified_at", "timestamp")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:5]] == ["user.account"] * 3
    assert results[5].category is None


def test_a_verb_and_by_with_a_key_word_keys_the_actor_in_a_text_column_too(classifier: Classifier) -> None:
    schema = [field("patients", "id", "varchar(255)", pk=True), field("patients", "first_name"),
              field("patient_additional_data", "registered_by_id", "varchar(255)"),
              field("patient_additional_data", "signed_by_uid", "varchar(64)"),
              field("servers", "id", "int", pk=True), field("servers", "hostname"),
              field("servers", "managed_by_id", "varchar(64)"),
              field("patient_additional_data", "registered_by_id_flag", "boolean")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.unique_id"] * 2
    assert results[7].category != "user.unique_id"


def test_an_organisations_key_in_a_composite_key_to_persons_keys_the_organisation(
        classifier: Classifier) -> None:
    schema = [field("patient", "id", "bigint", pk=True), field("patient", "date_of_birth", "date"),
              field("encounter", "id", "bigint", pk=True),
              field("encounter", "organization_id", "bigint", pk=True, ref="patient"),
              field("encounter", "patient_id", "bigint", ref="patient"),
              field("encounter", "practitioner_id", "bigint", ref="patient")]
    assert [c.category for c in classifier.classify_fields(schema)[3:]] == [
        None, "user.unique_id", "user.unique_id"]


def test_whom_an_employee_reports_to_is_a_person(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("employee", "id", "bigint", pk=True), field("employee", "first_name", "varchar(255)"),
        field("employee", "reports_to", "bigint")])
    assert results[2].category == "user.unique_id"


def test_the_clinicians_of_a_referral_and_a_clinics_messages_are_persons(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("patient_data", "pid", "int", pk=True), field("patient_data", "fname", "varchar(255)"),
        field("patient_data", "dob", "date"), field("prescriptions", "patient_id", "int"),
        field("prescriptions", "drug", "varchar(150)"), field("prescriptions", "dosage", "varchar(100)"),
        field("form_vitals", "pid", "int"), field("form_vitals", "bps", "varchar(40)"),
        field("encounters", "pid", "int"), field("encounters", "reason", "text"),
        field("referrals", "pid", "int"), field("referrals", "diagnosis", "text"),
        field("referrals", "refer_to", "int"), field("referrals", "refer_from", "int"),
        field("messaging", "pid", "int"), field("messaging", "message_from", "int"),
        field("messaging", "subject", "varchar(255)"), field("messaging", "body", "text")])
    assert [results[i].category for i in (12, 13, 15)] == ["user.unique_id"] * 3


def test_the_author_of_a_thing_written_as_text_is_a_byline_not_a_key(classifier: Classifier) -> None:
    """An article's author kept as text is the name shown for who wrote it; a numeric author on a
    post still keys the account."""
    schema = [field("articles", "id", "int", pk=True), field("articles", "title"),
              field("articles", "author", "varchar(30)"), field("articles", "content", "text"),
              field("posts", "id", "int", pk=True), field("posts", "author", "int"),
              field("posts", "body", "text")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.name"
    assert results[5].category == "user.unique_id"


def test_a_role_word_as_a_number_on_a_persons_own_row_is_their_role(classifier: Classifier) -> None:
    """users.admin kept as a smallint flags an administrator; on a ban the admin number keys who banned."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username"),
              field("users", "admin", "smallint"), field("users", "moderator", "int(11)"),
              field("banned", "id", "int", pk=True), field("banned", "uid", "int"),
              field("banned", "admin", "int unsigned")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.authorization", "user.authorization"]
    assert results[7].category == "user.unique_id"


def test_a_mailings_recipient_filter_or_segment_names_a_group_not_a_person(classifier: Classifier) -> None:
    schema = [field("newsletters", "id", "int", pk=True), field("newsletters", "subject"),
              field("newsletters", "segment_recipient", "varchar"),
              field("emails", "id", "int", pk=True), field("emails", "recipient_filter", "text"),
              field("messages", "id", "int", pk=True), field("messages", "recipient", "int"),
              field("messages", "body", "text")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[4].category] == [None, None]
    assert results[6].category == "user.unique_id"


def test_the_key_of_a_persons_record_read_as_persons_by_its_columns_is_the_rows_own(classifier: Classifier) -> None:
    """A table named for nothing known whose columns describe a person is read as persons; where
    another of its columns keys a person (an address book entry of a user), its key is the row's own."""
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username")]

    def entries(*extra: Field) -> list[Field]:
        return [field("oxentries", "id", "int", pk=True), *extra, field("oxentries", "firstname"),
                field("oxentries", "lastname"), field("oxentries", "street"), field("oxentries", "city"),
                field("oxentries", "email")]

    keyed = classifier.classify_fields([*users, *entries(field("oxentries", "user_id", "int"))])
    assert keyed[3].category is None
    assert "its key is the row's own" in keyed[3].explanation
    assert keyed[4].category == "user.unique_id"
    alone = classifier.classify_fields([*users, *entries()])
    assert alone[3].category == "user.unique_id"


def test_the_key_of_a_role_or_record_of_a_person_named_as_persons_is_the_rows_own(classifier: Classifier) -> None:
    """A table its name reads as persons (crm_contacts, user_managers, payment_profiles) that keys a
    person and describes none (no name, login, e-mail) holds a record or a role of that person's: its
    own key is the row's. A bare person word qualified (remote_users) still names the persons."""
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username")]

    def keyed(table: str) -> list[Field]:
        return [field(table, "id", "int", pk=True), field(table, "user_id", "int")]

    results = classifier.classify_fields([*users, *keyed("crm_contacts"), *keyed("user_managers"),
                                          *keyed("payment_profiles"), field("remote_users", "id", "int", pk=True),
                                          field("remote_users", "owner_id", "int")])
    assert [results[i].category for i in (3, 5, 7)] == [None, None, None]
    assert "its key is the row's own" in results[3].explanation
    assert [results[i].category for i in (4, 6, 8)] == ["user.unique_id"] * 3
    assert results[9].category == "user.unique_id"
    described = classifier.classify_fields([*users, *keyed("crm_contacts"), field("crm_contacts", "email")])
    assert described[3].category == "user.unique_id"


def test_the_key_of_a_persons_list_of_contacts_or_profiles_alone_is_the_rows_own(classifier: Classifier) -> None:
    """A table named contacts or profiles alone that keys a person and describes none (pixelfed's
    contacts, retrospring's profiles by user_id) holds rows of that person's: its own key is the row's."""
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username")]
    results = classifier.classify_fields([*users, field("contacts", "id", "int", pk=True),
                                          field("contacts", "user_id", "int"), field("contacts", "message", "text"),
                                          field("profiles", "id", "int", pk=True), field("profiles", "user_id", "int")])
    assert [results[3].category, results[6].category] == [None, None]
    assert [results[4].category, results[7].category] == ["user.unique_id"] * 2


def test_a_list_of_persons_keys_named_by_their_role_keys_each_of_them(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "follower_ids", "integer[]"), field("messages", "id", "int", pk=True),
              field("messages", "attendee_ids", "jsonb"), field("messages", "product_ids", "jsonb")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 4, 5)] == ["user.unique_id", "user.unique_id", None]


def test_a_json_list_of_persons_named_by_their_role_keys_them(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("group_notice", "id", "int", pk=True), field("group_notice", "confirm_users", "json"),
              field("group_notice", "content", "text"), field("group_notice", "settings", "json")]
    results = classifier.classify_fields(schema)
    assert results[3].category == "user.unique_id"
    assert results[5].category is None


def test_a_modifier_or_a_validator_keyed_by_number_is_a_person(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("role_assignments", "id", "int", pk=True), field("role_assignments", "modifierid", "bigint"),
              field("event_crf", "id", "int", pk=True), field("event_crf", "validator_id", "integer"),
              field("billing", "id", "int", pk=True), field("billing", "modifier", "varchar(5)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5, 7)] == ["user.unique_id", "user.unique_id", None]


def test_the_id_an_outside_service_keeps_for_a_person_on_their_row_keys_them(classifier: Classifier) -> None:
    schema = [field("people", "id", "varchar(22)", pk=True), field("people", "email"),
              field("people", "mangopay_id", "varchar(255)"), field("employee", "id", "int", pk=True),
              field("employee", "name"), field("employee", "PayrollID", "varchar(255)"),
              field("offers", "id", "int", pk=True), field("offers", "stripe_coupon_id", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 5, 7)] == ["user.unique_id", "user.unique_id", None]


def test_a_fractional_number_named_by_a_role_is_an_amount_not_a_key(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("surgery_packages", "id", "int", pk=True), field("surgery_packages", "name", "varchar(50)"),
              field("surgery_packages", "operator1", "double"),
              field("surgery_packages", "assistant_operator", "decimal(10,2)"),
              field("members", "id", "int", pk=True), field("members", "email"),
              field("members", "account", "decimal(10, 2)"),
              field("surgeries", "operator_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == [None, None]
    assert results[8].category == "user.financial"
    assert results[9].category == "user.unique_id"


def test_a_text_too_short_for_a_key_named_by_a_role_is_a_code(classifier: Classifier) -> None:
    """A shop's stock rule keeps its comparison operator ('=', '<') in a char(1): no operator's key.
    A text of four characters or more (a clinic's initials of the user, char(4)) still may be one."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("product_stock", "id", "int", pk=True), field("product_stock", "operator", "char(1)"),
              field("product_stock", "owner", "varchar(3)"), field("orders", "operator", "char(4)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == [None, None, "user.unique_id"]


def test_a_text_named_by_persons_in_the_plural_lists_their_keys(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("groups", "id", "int", pk=True), field("groups", "group_name", "varchar(100)"),
              field("groups", "group_admins", "text"),
              field("coupons", "id", "int", pk=True), field("coupons", "restrict_to_customers", "text"),
              field("welcome", "welcome_msg_for_moderators", "text"),
              field("forums", "forum_id", "int", pk=True), field("forums", "forum_parents", "mediumtext")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[6].category] == ["user.unique_id"] * 2
    assert [results[7].category, results[9].category] == [None, None]


def test_the_updater_of_a_version_of_a_row_is_a_person(classifier: Classifier) -> None:
    """A wiki page's or a tag's versions keep who made each one (updater_id), as a creator_id would."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("wiki_page_versions", "id", "int", pk=True), field("wiki_page_versions", "body", "text"),
              field("wiki_page_versions", "updater_id", "int"),
              field("tag_versions", "id", "int", pk=True), field("tag_versions", "updater_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[6].category] == ["user.unique_id"] * 2


def test_a_fans_id_keys_the_follower_and_a_fans_count_stays_their_behaviour(classifier: Classifier) -> None:
    """A WeChat fans table's fans_id keys the follower (粉丝ID); a user's fans_count counts them."""
    schema = [field("wechat_fans", "fans_id", "int", pk=True), field("wechat_fans", "nickname", "varchar(255)"),
              field("users", "uid", "int", pk=True), field("users", "email"), field("users", "fans_count", "int")]
    results = classifier.classify_fields(schema)
    assert [results[0].category, results[4].category] == ["user.unique_id", "user.behavior"]


def test_a_key_to_a_record_named_after_a_person_keys_that_record(classifier: Classifier) -> None:
    """practitioner_identifier_id to practitioner_identifiers keys an identifier row, contact_list_id to
    contact_lists a list: no person, though the name starts with one; a key to a table of persons
    named so (publication_collaborator) still keys a person."""
    schema = [field("practitioners", "id", "uuid", pk=True), field("practitioners", "gender"),
              field("practitioner_identifiers", "id", "uuid", pk=True),
              field("practitioner_identifiers", "practitioner_id", "uuid", ref="practitioners"),
              field("practitioner_identifiers", "value", "varchar"),
              field("practitioner_identifier_periods", "practitioner_identifier_id", "uuid",
                    ref="practitioner_identifiers"),
              field("contact_lists", "id", "int", pk=True), field("contact_lists", "name"),
              field("contact_lists_members", "contact_list_id", "int", ref="contact_lists"),
              field("publication_collaborator", "id", "int", pk=True), field("publication_collaborator", "name"),
              field("publication_collaborator_rel", "publication_collaborator_id", "int",
                    ref="publication_collaborator")]
    results = {(f.table, f.name): r.category for f, r in zip(schema, classifier.classify_fields(schema), strict=True)}
    assert results[("practitioner_identifier_periods", "practitioner_identifier_id")] is None
    assert results[("contact_lists_members", "contact_list_id")] is None
    assert results[("publication_collaborator_rel", "publication_collaborator_id")] == "user.unique_id"
