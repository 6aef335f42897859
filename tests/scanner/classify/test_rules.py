"""Name rules whose conditions turn on the table: the same words, a person's or not."""

from __future__ import annotations

from catalog.model import Field
from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import category_of, field


def test_a_password_of_a_thing_or_a_system_is_none(classifier: Classifier) -> None:
    forum, mail, person = classifier.classify_fields([
        field("forums", "password", "varchar(50)"), field("email_configuration", "smtp_password"),
        field("users", "password")])
    assert (forum.category, mail.category, person.category) == (None, None, "user.authorization.password")


def test_a_commercial_records_uuid_token_is_its_key(classifier: Classifier) -> None:
    checkout, guest = classifier.classify_fields([field("checkout", "token", "uuid"),
                                                  field("orders", "guest_token", "varchar(255)")])
    assert (checkout.category, guest.category) == (None, "user.authorization.credentials")


def test_a_default_of_an_organisation_is_none(classifier: Classifier) -> None:
    site, person = classifier.classify_fields([field("site_settings", "default_mail_sender_name"),
                                               field("users", "default_language")])
    assert (site.category, person.category) == (None, "user.demographic.language")


def test_text_in_a_persons_own_records_is_restricted(classifier: Classifier) -> None:
    skill, log, recording = classifier.classify_fields([
        field("employee_skill", "comments"), field("timesheet_action_log", "comment"),
        field("users", "recording_url")])
    assert (skill.category, log.category) == ("user.content.private", "user.content.private")
    assert recording.category == "user.content"


def test_marketing_and_read_receipt_choices_are_privacy_preferences(classifier: Classifier) -> None:
    marketing, receipts, sounds = classifier.classify_fields([
        field("users", "enable_marketing_emails", "boolean"), field("users", "send_read_receipts", "boolean"),
        field("users", "enable_sounds", "boolean")])
    assert (marketing.category, receipts.category) == ("user.privacy_preferences", "user.privacy_preferences")
    assert sounds.category == "user.account.settings"


def test_a_permission_granted_to_a_person_is_authorization(classifier: Classifier) -> None:
    granted, logged = classifier.classify_fields([
        field("user_permissions", "permission_id", "int"), field("download_log", "permission_id", "int")])
    assert (granted.category, logged.category) == ("user.authorization", None)


def test_a_social_networks_name_is_a_url_only_as_text(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "threads", "varchar(255)"),
              field("users", "threads", "int"), field("users", "twitter", "boolean")]
    results = classifier.classify_fields(schema)
    # As a number on a person's row, threads counts the threads they started (a forum's users.threads).
    assert [r.category for r in results[2:]] == ["user.contact.url", "user.behavior", "user.account"]


def test_numbers_of_followers_are_per_person_counters(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "followers", "int"),
              field("users", "following", "int"), field("actor", "followers_count", "int"),
              field("users", "fans_count", "int"), field("instance", "followers_count", "int"),
              field("follows", "follower", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.behavior"] * 4 + [None, "user.unique_id"]


def test_a_federated_persons_inbox_is_their_url_and_a_shared_inbox_the_servers(classifier: Classifier) -> None:
    schema = [field("user", "id", "varchar(32)", pk=True), field("user", "username"), field("user", "email"),
              field("user", "inbox", "varchar(512)"), field("user", "sharedInbox", "varchar(512)"),
              field("following", "followerId", "varchar(32)", ref="user"),
              field("following", "followerInbox", "varchar(512)"), field("instance", "inbox", "varchar(512)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.contact.url", None, "user.unique_id", "user.contact.url", None]


def test_a_search_index_copies_what_its_row_holds(classifier: Classifier) -> None:
    schema = [field("posts", "id", "int", pk=True), field("posts", "search_vector", "tsvector"),
              field("orders", "id", "int", pk=True), field("orders", "search_document", "text"),
              field("user_address", "user_id", "int"), field("user_address", "city"), field("user_address", "street"),
              field("user_address", "search_text", "text"), field("products", "search_vector", "tsvector")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (1, 3, 7, 8)] == ["user.content.public", "user", "user", None]


def test_a_tsv_column_indexes_its_rows_text_with_its_audience(classifier: Classifier) -> None:
    """pg_search's tsv column copies the text of its row: a comment's published text, a direct
    message's private one; a help article's index (a thing's) holds no one's text."""
    schema = [field("comments", "id", "int", pk=True), field("comments", "body", "text"),
              field("comments", "tsv", "tsvector"),
              field("direct_messages", "id", "int", pk=True), field("direct_messages", "body", "text"),
              field("direct_messages", "tsv", "tsvector"),
              field("help_articles", "id", "int", pk=True), field("help_articles", "search_tsv", "tsvector")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category, results[7].category] == [
        "user.content.public", "user.content.private", None]


def test_a_bare_vector_of_search_document_type_indexes_its_rows_text(classifier: Classifier) -> None:
    """A tsvector named only ``vector`` is the row's search document too (LedgerSMB's notes); a
    ``vector`` of another type (an embedding) is not."""
    schema = [field("entity_note", "id", "int", pk=True), field("entity_note", "note", "text"),
              field("entity_note", "vector", "tsvector"), field("entity_note", "embedding_vector", "text"),
              field("products", "id", "int", pk=True), field("products", "vector", "tsvector")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category] == ["user.content.private", None]


def test_row_stamps_entry_dates_and_ordinals_are_bookkeeping(classifier: Classifier) -> None:
    schema = [field("patient", "PatNum", "bigint", pk=True), field("patient", "Email"),
              field("patient", "DateTStamp", "timestamp"), field("patient", "SecDateEntry", "date"),
              field("patient", "timeStamp", "timestamp"), field("allergy", "PatNum", "bigint"),
              field("allergy", "sample_ordinal", "int")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 3, 4, 6)] == [None, None, None, None]
    assert results[2].explanation.startswith("not personal data: name words 'date timestamp' match 'date timestamp'")


def test_a_colour_is_display_and_on_a_persons_own_row_their_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "accent_color", "int"),
              field("users", "avatarColor", "varchar(32)"), field("users", "user_colour", "varchar(6)"),
              field("topics", "topic_last_poster_colour", "varchar(6)"), field("labels", "color", "varchar(7)"),
              field("appointment", "ColorOverride", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.account.settings", None, None, None, None, None]


def test_a_middle_name_or_initial_named_by_the_word_alone_is_a_name(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "middle", "varchar(100)"),
              field("users", "MiddleI"), field("users", "MI"), field("courses", "middle")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.name", "user.name", "user.name", None]


def test_the_code_of_an_invitation_addressed_to_a_person_is_their_credential(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("invitations", "user_id", "int"),
              field("invitations", "email"), field("invitations", "code"), field("invitations", "name"),
              field("invites", "user_id", "int"), field("invites", "code"), field("coupons", "code")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (4, 5, 7, 8)] == [
        "user.authorization.credentials", "user.name", None, None]
    assert results[4].explanation.startswith(
        "user.authorization.credentials: name words 'invitation code' match 'invitation code'")


def test_the_id_of_a_persons_account_at_a_sign_in_service_is_theirs(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "github_id", "int"),
              field("users", "discordId", "varchar(64)"), field("stories", "twitter_id", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.unique_id", "user.unique_id", None]
    assert results[2].explanation.startswith("user.unique_id: name words 'github id' match '$login_service id'")
    schema = [field("users", "uid", "int", pk=True), field("users", "email"),
              field("users", "weibo_uid", "varchar(64)"), field("users", "wechat_id", "varchar(64)"),
              field("users", "qq_id", "varchar(64)")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.unique_id"] * 3


def test_the_key_of_a_table_of_persons_accounts_at_one_sign_in_service_is_their_id_there(
        classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("users", "email"),
              field("users_google", "id", "varchar(64)", pk=True), field("users_google", "uid", "int"),
              field("users_google", "email"), field("users_twitter", "id", "bigint", pk=True),
              field("users_twitter", "uid", "int"), field("users_twitter", "screen_name"),
              field("users_weibo", "id", "serial", pk=True), field("users_weibo", "uid", "int"),
              field("google_calendars", "id", "bigint", pk=True), field("google_calendars", "uid", "int")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[5]] == ["user.unique_id", "user.unique_id"]
    assert [found[8], found[10]] == [None, None]



def test_a_table_of_persons_accounts_at_a_sign_in_service_mirrors_their_profile_there(
        classifier: Classifier) -> None:
    """users_google's name and link are the person's name and profile page at Google; a
    service's own table (google_calendars) names no person."""
    schema = [field("users", "uid", "int", pk=True), field("users", "email"),
              field("users_google", "id", "varchar(64)", pk=True), field("users_google", "uid", "int"),
              field("users_google", "name", "varchar(128)"), field("users_google", "link", "varchar(255)"),
              field("user_ssos", "id", "int", pk=True), field("user_ssos", "user_id", "int"),
              field("user_ssos", "name", "varchar(255)"),
              field("google_calendars", "id", "bigint", pk=True), field("google_calendars", "name", "varchar(64)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[4:6] == ["user.name", "user.contact.url"]
    assert found[8] == "user.name"
    assert found[10] is None

def test_the_ip_a_person_signed_in_from_is_an_ip_address(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "current_sign_in_ip", "inet"), field("users", "current_sign_in_at", "timestamp")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.device.ip_address", "user.behavior"]


def test_the_title_on_a_postal_address_is_the_addressees_honorific(classifier: Classifier) -> None:
    schema = [field("order_shippingaddress", "title", "varchar(64)"), field("order_shippingaddress", "line1"),
              field("order_shippingaddress", "city"), field("order_shippingaddress", "postcode"),
              field("products", "title")]
    results = classifier.classify_fields(schema)
    assert [results[0].category, results[4].category] == ["user.name", None]


def test_a_persons_linked_account_holds_the_id_they_have_there(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_external_ids", "user_id", "int"), field("user_external_ids", "external_id"),
              field("groups", "external_id")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.unique_id", None]


def test_a_health_insurance_number_is_an_insurance_beneficiary_id(classifier: Classifier) -> None:
    schema = [field("demographic", "demographic_no", "int", pk=True), field("demographic", "first_name"),
              field("demographic", "hin", "varchar(20)"), field("demographic", "insurance_id_num"),
              field("demographic", "MedicaidID")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.health_and_medical.insurance_beneficiary_id"] * 3


def test_a_prescribers_dea_number_is_a_state_issued_id(classifier: Classifier) -> None:
    schema = [field("provider", "provider_id", "int", pk=True), field("provider", "provider_name"),
              field("provider", "npi", "varchar(20)"), field("provider", "dea", "varchar(20)")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.government_id"] * 2


def test_when_a_session_expires_is_bookkeeping_and_an_account_expiry_account_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "date_expires", "datetime"), field("session", "user_id", "int"),
              field("session", "session_expire", "datetime"), field("session", "DateExpires", "datetime")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 4, 5)] == ["user.account", None, None]


def test_a_rows_access_list_is_a_privacy_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("photo", "uid", "int"), field("photo", "allow_cid"), field("photo", "deny_gid"),
              field("item", "allow_gid"), field("visits", "ga_cid")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.privacy_preferences"] * 3
    assert results[3].explanation.startswith("user.privacy_preferences: name words 'allow cid' match 'allow cid'")
    assert results[6].category == "user.device.cookie_id"


def test_whether_a_persons_own_row_is_shown_or_found_is_their_privacy_choice(classifier: Classifier) -> None:
    schema = [field("accounts", "id", "int", pk=True), field("accounts", "username"),
              field("accounts", "email"), field("accounts", "indexable", "boolean"),
              field("accounts", "unsearchable", "boolean"), field("accounts", "is_visible", "boolean"),
              field("customer_eav_attribute", "attribute_id", "int"),
              field("customer_eav_attribute", "is_visible", "boolean")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.privacy_preferences"] * 3
    assert results[7].category is None


def test_a_glued_is_starts_a_flag_name(classifier: Classifier) -> None:
    assert classifier.read_name("isvisible") == ("is", "visible")
    assert classifier.read_name("isadmin") == ("is", "admin")
    assert classifier.read_name("issue") == ("issue",)
    schema = [field("staff", "staff_id", "int", pk=True), field("staff", "email"), field("staff", "username"),
              field("staff", "isadmin", "tinyint(1)"), field("staff", "isvisible", "tinyint(1)")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == [
        "user.authorization", "user.privacy_preferences"]


def test_who_stored_accessed_or_attached_a_row_is_a_person(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("datavalue", "storedby", "varchar(255)"), field("instanceaudit", "accessedby", "varchar(255)"),
              field("emp_attachment", "attached_by", "int"), field("system_log", "performed_by_guid", "int"),
              field("datavalue", "stored_value", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:6]] == ["user.unique_id"] * 4
    assert results[6].category is None


def test_who_synced_a_row_captured_offline_is_a_person(classifier: Classifier) -> None:
    """A field worker's tablet records who synchronised each row to the server (AMRIT's SyncedBy)."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("i_householddetails", "SyncedBy", "varchar(500)"), field("i_beneficiaryimage", "sync_by"),
              field("i_beneficiaryimage", "SyncedDate", "datetime")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.unique_id", "user.unique_id", None]


def test_an_identifier_keying_a_row_of_a_persons_data_is_the_rows_own(classifier: Classifier) -> None:
    """caTissue names every table's primary key IDENTIFIER: on a row of a person's data (their password
    history, by USER_ID) it keys that row; a linked account's identifier beside its own key is the
    id the person has at the service."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("catissue_password", "identifier", "bigint", pk=True),
              field("catissue_password", "user_id", "bigint", ref="users.id"),
              field("catissue_password", "password", "varchar(255)"),
              field("login_providers", "id", "int", pk=True), field("login_providers", "user_id", "int"),
              field("login_providers", "provider"), field("login_providers", "identifier", "varchar(100)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[8].category] == [None, "user.unique_id"]


def test_whether_to_notify_a_kind_of_person_is_a_yes_no_of_the_row(classifier: Classifier) -> None:
    """An order history's notify_customer and a phone book group's flag_sender say whether, no one's key."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("order_histories", "id", "int", pk=True), field("order_histories", "notify_customer", "int(11)"),
              field("order_histories", "order_state", "varchar(50)"),
              field("phonebook_group", "id", "int", pk=True), field("phonebook_group", "flag_sender", "int(11)")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[6].category] == [None, None]


def test_a_logs_text_named_by_a_role_alone_names_who_acted(classifier: Classifier) -> None:
    """Voat's removal logs keep the moderator who removed a comment by login name; a person's own
    moderator flag is a grant of access."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "moderator", "boolean"),
              field("comment_removal_log", "id", "int", pk=True),
              field("comment_removal_log", "moderator", "varchar(50)"),
              field("comment_removal_log", "reason", "varchar(500)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[4].category] == ["user.authorization", "user.unique_id"]


def test_a_hash_of_an_email_address_is_a_pseudonymous_key(classifier: Classifier) -> None:
    """BuddyPress keeps the opt-outs of e-mail addresses and Tildes its users' addresses only hashed."""
    schema = [field("bp_optouts", "id", "bigint", pk=True), field("bp_optouts", "email_address_hash"),
              field("bp_optouts", "user_id", "bigint"), field("users", "email_address_hash", "text"),
              field("users", "email_address")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (1, 3)] == ["user.unique_id.pseudonymous"] * 2
    assert results[4].category == "user.contact.email"


def test_an_anonymous_posters_key_is_pseudonymous_and_a_hashing_flag_is_none(classifier: Classifier) -> None:
    """A forum keys an anonymous poster's posts and votes by an anonymous_key; a dose registry's
    id_hashed says whether its patient ids are hashed, a yes/no holding no key."""
    schema = [field("forum_post", "id", "int", pk=True), field("forum_post", "anonymous_key", "varchar(100)"),
              field("forum_post", "content", "text"), field("patient_module", "id", "int", pk=True),
              field("patient_module", "id_hashed", "boolean")]
    results = classifier.classify_fields(schema)
    assert [results[1].category, results[4].category] == ["user.unique_id.pseudonymous", None]


def test_the_session_a_person_is_signed_in_with_is_their_credential(classifier: Classifier) -> None:
    schema = [field("user", "user_id", "int", pk=True), field("user", "email"), field("user", "username"),
              field("user", "sessid", "varchar(50)"), field("whos_online", "customer_id", "int"),
              field("whos_online", "full_name"), field("whos_online", "session_id", "varchar(191)"),
              field("validation_token", "session_id"), field("validation_token", "token")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 6)] == ["user.authorization.credentials"] * 2
    assert results[7].category is None


def test_the_session_a_log_of_a_persons_acts_keeps_is_their_credential(classifier: Classifier) -> None:
    """A login log or a session archive keyed by the person keeps their signed-in session's secret."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("login_log", "user_id", "int", ref="users"), field("login_log", "session_id", "varchar(32)"),
              field("session_archive", "user_id", "int", ref="users"),
              field("session_archive", "session_id", "varchar(32)"),
              field("login_log", "attempts", "int")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5)] == ["user.authorization.credentials"] * 2


def test_a_character_type_too_short_for_a_secret_holds_none(classifier: Classifier) -> None:
    schema = [field("user", "user_id", "int", pk=True), field("user", "email"), field("user", "username"),
              field("user", "session_id", "varchar(1)"), field("user", "password", "char(4)"),
              field("user", "api_token", "varchar(64)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == [None, None, "user.authorization.credentials"]
    assert "type varchar(1) is too short to hold a secret" in results[3].explanation


def test_the_serialized_details_of_a_persons_logged_act_mix_their_data(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("activity", "user_id", "int"), field("activity", "data", "text"),
              field("moderatorlog", "user_id", "int"), field("moderatorlog", "extra", "text"),
              field("event_log", "level", "int"), field("event_log", "data", "text")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5, 7)] == ["user", "user", None]


def test_a_tiny_integer_named_as_data_is_a_flag(classifier: Classifier) -> None:
    schema = [field("user", "id", "int", pk=True), field("user", "email"), field("user", "nickname"),
              field("user", "emailnotifymsg", "tinyint"), field("user", "jabberreplies", "tinyint(4)"),
              field("user", "msgcount", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:5]] == ["user.account.settings"] * 2
    assert "as a yes/no flag" in results[3].explanation


def test_what_a_person_writes_of_themselves_on_their_row_is_their_profile(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "summary"), field("users", "personal_text"), field("users", "music"),
              field("reports", "summary")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.demographic.profile"] * 3
    assert results[6].category != "user.demographic.profile"


def test_the_payment_method_chosen_is_named_by_its_module_option_or_means(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"),
              field("order", "order_id", "int", pk=True), field("order", "customer_id", "int"),
              field("order", "payment_module_id", "int"), field("order", "payment_option_name", "varchar(64)"),
              field("order_payment", "order_id", "int"), field("order_payment", "method_title", "varchar(255)"),
              field("payment_method", "code", "varchar(255)"), field("order", "total", "decimal(10,2)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (4, 5, 7)] == ["user.payment"] * 3
    assert [results[8].category, results[9].category] == [None, None]


def test_a_first_or_last_name_is_a_natural_persons_even_in_a_table_of_things(classifier: Classifier) -> None:
    schema = [field("partner", "id", "int", pk=True), field("partner", "name"),
              field("partner_address", "partner_id", "int"), field("partner_address", "first_name"),
              field("partner_address", "last_name"), field("partner_address", "line1"),
              field("partner_address", "city"), field("stores", "name"), field("stores", "email")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:5]] == ["user.name.first", "user.name.last"]
    assert [results[7].category, results[8].category] == [None, None]


def test_when_a_persons_account_or_credentials_expire_is_account_state(classifier: Classifier) -> None:
    schema = [field("shop_user", "id", "int", pk=True), field("shop_user", "username"), field("shop_user", "email"),
              field("shop_user", "expires_at", "datetime"), field("shop_user", "credentials_expire_at", "datetime"),
              field("shop_user", "lock_expiration_date", "datetime"),
              field("api_token", "user_id", "int"), field("api_token", "token"),
              field("api_token", "expires_at", "datetime")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.account"] * 3
    assert results[8].category is None


def test_a_log_rows_message_and_an_error_are_the_applications_text(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("admin_log", "user_id", "int"), field("admin_log", "message", "text"),
              field("woocommerce_log", "level", "smallint"), field("woocommerce_log", "message", "text"),
              field("campaign_messages", "error_description", "text"),
              field("reports", "user_id", "int"), field("reports", "message", "text")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5, 6)] == ["user.behavior", None, None]
    assert results[8].category == "user.content.private"


def test_how_an_email_is_sent_or_what_it_is_about_holds_no_address(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("notification", "user_id", "int"), field("notification", "email_subject"),
              field("notification", "email_sender"), field("email", "mail_protocol"),
              field("email_archive", "email_subject"), field("email_archive", "email_html", "text")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5)] == [None, None]
    assert results[6].category == "user.content.private"


def test_a_bare_prefix_or_alias_is_a_name_only_on_a_persons_rows(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"), field("customer", "prefix"),
              field("customer", "alias"), field("address", "customer_id", "int"), field("address", "city"),
              field("address", "street"), field("address", "prefix"), field("address", "alias"),
              field("order", "invoice_prefix"), field("threads", "prefix"), field("group_alias", "alias")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 3, 7)] == ["user.name"] * 3
    assert [results[i].category for i in (8, 9, 10, 11)] == [None] * 4


def test_when_a_person_signed_in_on_their_own_row_is_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "login_date", "datetime"), field("users", "date_active", "timestamp"),
              field("users", "loggedin", "datetime"), field("users", "date_joined", "datetime")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.behavior"] * 3
    assert results[6].category is None


def test_a_thing_named_before_a_persons_choice_is_what_it_is_about(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "milestone_notifications", "text"), field("users", "settings_index", "int"),
              field("users", "room_email")]
    results = classifier.classify_fields(schema)
    assert results[3].category == "user.account.settings"
    assert [results[4].category, results[5].category] == [None, None]
    assert "describe a room, which is no person" in results[5].explanation


def test_a_language_code_on_a_persons_order_is_their_language(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"),
              field("orders", "customer_id", "int"), field("orders", "language_code", "varchar(2)"),
              field("orders", "language_id", "int"), field("gift_wrapping_i18n", "locale", "varchar(5)"),
              field("gift_wrapping_i18n", "title")]
    results = classifier.classify_fields(schema)
    assert results[3].category == "user.demographic.language"
    assert [results[4].category, results[5].category] == [None, None]


def test_a_name_starting_with_privacy_is_a_privacy_choice_whatever_it_allows(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "privacy_show_in_search", "boolean"), field("users", "privacy_allow_public_timeline",
                                                                          "boolean"),
              field("users", "show_avatars", "boolean"), field("pages", "privacy_policy_url")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.privacy_preferences"] * 2
    assert results[5].category != "user.privacy_preferences"
    assert results[6].category is None


def test_the_crop_box_of_a_persons_picture_is_technical_metadata(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "profile_picture_file_name"), field("users", "profile_picture_x", "int"),
              field("users", "profile_header_h", "int"), field("users", "avatar_w", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:]] == [None] * 3


def test_the_source_and_target_of_a_relationship_between_persons_are_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("relationships", "id", "int", pk=True), field("relationships", "source_id", "bigint"),
              field("relationships", "target_id", "bigint"), field("relationships", "type"),
              field("reports", "id", "int", pk=True), field("reports", "target_id", "bigint")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.unique_id"] * 2
    assert results[7].category is None


def test_the_theme_layout_or_font_a_person_chose_is_their_setting(classifier: Classifier) -> None:
    schema = [field("members", "id_member", "int", pk=True), field("members", "email_address"),
              field("members", "id_theme", "tinyint(4)"), field("profiles", "id", "int", pk=True),
              field("profiles", "user_id", "int"), field("profiles", "profile_layout", "varchar(191)"),
              field("boards", "id_board", "int", pk=True), field("boards", "name"), field("boards", "id_theme", "int")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category] == ["user.account.settings"] * 2
    assert results[8].category is None


def test_a_count_a_persons_row_keeps_of_what_they_did_is_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "total_comments", "bigint"), field("users", "CountDrafts", "int"),
              field("users", "num_orders", "int"), field("users", "ClinicNum", "bigint"),
              field("videos", "id", "int", pk=True), field("videos", "title"), field("videos", "total_comments", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.behavior"] * 3
    assert results[6].category != "user.behavior"
    assert results[9].category is None


def test_a_patients_blood_group_is_clinical_and_an_ssn_id_their_national_number(classifier: Classifier) -> None:
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "first_name"),
              field("patient", "blood_group", "varchar(3)"), field("patient", "ssn_id", "varchar(25)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == [
        "user.health_and_medical", "user.government_id.national_identification_number"]


def test_what_others_may_see_of_a_person_is_a_privacy_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "show_my_videos", "enum('yes','no')"), field("users", "show_profile_followers", "boolean"),
              field("users", "show_avatars", "boolean")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.privacy_preferences"] * 2
    assert results[5].category == "user.account.settings"


def test_making_a_detail_of_ones_own_public_or_private_is_a_privacy_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "public_activity", "boolean"), field("users", "public_interests", "boolean"),
              field("users", "private_email", "tinyint")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.privacy_preferences"] * 3


def test_accepting_the_policy_or_the_code_of_conduct_is_consent(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "policyAccept", "tinyint"), field("users", "checked_code_of_conduct", "boolean"),
              field("users", "legal_accepted_at", "timestamp")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.privacy_preferences"] * 3

def test_a_like_or_dislike_on_a_reaction_row_is_the_persons_reaction(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("likes", "id", "int", pk=True), field("likes", "users_id", "int", ref="users"),
              field("likes", "like", "int(1)"), field("products", "id", "int", pk=True), field("products", "title"),
              field("products", "like", "int")]
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.social"
    assert results[7].category is None


def test_the_medicine_on_a_patients_prescription_is_clinical(classifier: Classifier) -> None:
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "first_name"),
              field("prescription", "id", "int", pk=True), field("prescription", "patient_id", "int"),
              field("prescription", "medicine_id", "int"), field("medicines", "medicine_id", "int", pk=True),
              field("medicines", "medicine_name")]
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.health_and_medical"
    assert [results[5].category, results[6].category] == [None, None]


def test_when_a_member_of_staff_was_hired_is_their_employment(classifier: Classifier) -> None:
    schema = [field("doctor", "doctor_id", "int", pk=True), field("doctor", "name"), field("doctor", "email"),
              field("doctor", "joining_date", "date"), field("doctor", "hire_date", "date"),
              field("users", "id", "int", pk=True), field("users", "email"), field("users", "date_joined", "datetime")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user"] * 2
    assert results[7].category is None


def test_what_a_persons_row_says_they_can_do_is_a_permission(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "canStream", "tinyint(1)"), field("users", "can_create_users", "boolean"),
              field("api_key", "id", "int", pk=True), field("api_key", "can_create_tickets", "tinyint(1)")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.authorization"] * 2
    assert results[6].category is None


def test_a_persons_relation_status_is_their_marital_status(classifier: Classifier) -> None:
    schema = [field("user_profile", "user_profile_id", "int", pk=True), field("user_profile", "userid", "int"),
              field("user_profile", "first_name"), field("user_profile", "relation_status", "varchar(15)")]
    assert classifier.classify_fields(schema)[3].category == "user.demographic.marital_status"


def test_a_screen_name_on_a_persons_row_is_their_handle(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "screen_name"),
              field("analytics_events", "id", "int", pk=True), field("analytics_events", "user_id", "int"),
              field("analytics_events", "screen_name")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.account.username"
    assert results[5].category == "user.behavior"


def test_an_email_id_written_as_text_is_the_address_but_a_key_to_emails_is_not(classifier: Classifier) -> None:
    schema = [field("tblOfficer", "OfficerID", "int", pk=True), field("tblOfficer", "LastName"),
              field("tblOfficer", "EmailId", "varchar(200)"), field("emails", "id", "varchar(24)", pk=True),
              field("emails", "subject"), field("email_recipients", "id", "varchar(24)", pk=True),
              field("email_recipients", "member_email"),
              field("email_recipients", "email_id", "varchar(24)", ref="emails")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.contact.email"
    assert results[7].category is None


def test_the_legacy_id_of_a_persons_own_row_identifies_them(classifier: Classifier) -> None:
    schema = [field("tblUsers", "UserID", "int", pk=True), field("tblUsers", "LastName"),
              field("tblUsers", "LegacyID", "int"), field("tblPayment", "PaymentID", "int", pk=True),
              field("tblPayment", "LegacyID", "bigint")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.unique_id"
    assert results[4].category is None


def test_a_confirmation_or_verify_code_is_a_credential(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "emailVerifyCode", "varchar(128)"), field("users_login_history", "id", "int", pk=True),
              field("users_login_history", "users_id", "int", ref="users"),
              field("users_login_history", "confirmation_code", "varchar(45)"),
              field("resethexes", "resethex", "text", pk=True), field("resethexes", "email")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 5, 6)] == ["user.authorization.credentials"] * 3


def test_what_a_person_allows_others_to_do_is_a_privacy_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "allow_comments", "enum('Yes','No')"), field("users", "allow_location", "boolean"),
              field("users", "allownotices", "tinyint(1)"), field("users", "allowed_at", "datetime")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.privacy_preferences"] * 3
    assert results[6].category != "user.privacy_preferences"


def test_how_two_persons_are_related_is_their_relationship(classifier: Classifier) -> None:
    schema = [field("employee", "emp_number", "int", pk=True), field("employee", "emp_firstname"),
              field("emp_dependents", "emp_number", "int", ref="employee"), field("emp_dependents", "ed_name"),
              field("emp_dependents", "ed_relationship_type", "enum('child','other')"),
              field("relation_types", "id", "int", pk=True), field("relation_types", "description")]
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.social"
    assert results[6].category is None


def test_when_a_relationship_between_persons_was_accepted_or_revoked_is_its_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("follow_requests", "id", "int", pk=True), field("follow_requests", "follower_id", "int"),
              field("follow_requests", "following_id", "int"), field("follow_requests", "is_rejected", "boolean"),
              field("follow_requests", "handled_at", "timestamp"), field("oauth_access_tokens", "id", "int", pk=True),
              field("oauth_access_tokens", "user_id", "int"), field("oauth_access_tokens", "revoked_at", "timestamp")]
    results = classifier.classify_fields(schema)
    assert [results[5].category, results[6].category] == ["user.social"] * 2
    assert results[9].category != "user.social"


def test_the_page_a_person_came_from_is_browsing_history_and_its_tags_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("visits", "id", "int", pk=True), field("visits", "user_id", "int"),
              field("visits", "referer", "text"), field("visits", "utm_source", "varchar(100)"),
              field("users", "referrer", "int")]
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.behavior.browsing_history"
    assert results[5].category == "user.behavior"
    assert results[6].category != "user.behavior.browsing_history"


def test_the_bare_type_of_a_persons_own_row_is_their_account_type(classifier: Classifier) -> None:
    schema = [field("client", "id", "int", pk=True), field("client", "email"), field("client", "first_name"),
              field("client", "type", "varchar(100)"), field("invoice", "id", "int", pk=True),
              field("invoice", "client_id", "int"), field("invoice", "type", "varchar(100)")]
    results = classifier.classify_fields(schema)
    assert results[3].category == "user.account"
    assert results[6].category is None


def test_the_name_a_review_is_signed_with_is_its_reviewers(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"),
              field("product_reviews", "id", "int", pk=True), field("product_reviews", "customer_id", "int"),
              field("product_reviews", "name", "varchar(255)"), field("product_reviews", "comment", "text"),
              field("products", "id", "int", pk=True), field("products", "name", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.name"
    assert results[7].category is None


def test_how_a_persons_sign_in_went_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users_login_history", "id", "int", pk=True), field("users_login_history", "users_id", "int"),
              field("users_login_history", "status", "char(1)"), field("user_login_attempts", "id", "int", pk=True),
              field("user_login_attempts", "user_id", "int"), field("user_login_attempts", "outcome", "text"),
              field("webhook_log", "id", "int", pk=True), field("webhook_log", "status", "varchar(45)")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[7].category] == ["user.behavior"] * 2
    assert results[9].category is None


def test_a_pin_among_the_parts_of_an_address_is_its_postal_index_number(classifier: Classifier) -> None:
    schema = [field("patients", "id", "uuid", pk=True), field("patients", "full_name"),
              field("addresses", "id", "uuid", pk=True), field("addresses", "street_address"),
              field("addresses", "village_or_colony"), field("addresses", "state"), field("addresses", "pin"),
              field("users", "id", "int", pk=True), field("users", "email"), field("users", "pin", "varchar(8)")]
    results = classifier.classify_fields(schema)
    assert results[6].category == "user.contact.address.postal_code"
    assert results[9].category == "user.authorization.password"


def test_a_position_written_as_text_on_a_persons_row_is_their_post(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "position", "varchar(128)"), field("contact", "id_contact", "int", pk=True),
              field("contact", "email"), field("contact", "position", "tinyint(2)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.job_title"
    assert results[5].category is None


def test_the_bare_level_of_a_persons_row_is_their_access_level(classifier: Classifier) -> None:
    schema = [field("users", "userid", "int", pk=True), field("users", "email"), field("users", "level", "int(6)"),
              field("courses", "id", "int", pk=True), field("courses", "title"), field("courses", "level", "int")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.authorization"
    assert results[5].category is None


def test_an_employment_title_is_a_job_title(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "employment_title", "varchar(255)")]
    assert classifier.classify_fields(schema)[2].category == "user.job_title"


def test_a_bare_user_as_text_on_a_persons_row_is_their_login_name(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "user", "varchar(45)"),
              field("comments", "id", "int", pk=True), field("comments", "user", "varchar(45)"),
              field("comments", "body", "text")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.account.username"
    assert results[4].category != "user.account.username"


def test_text_kept_to_reset_a_password_is_the_reset_secret(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "recoverPass", "varchar(255)"), field("users", "pwdreset", "varchar(255)"),
              field("users", "password", "varchar(255)"), field("users", "pwdreset_time", "datetime")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.authorization.credentials"] * 2
    assert results[4].category == "user.authorization.password"
    assert results[5].category == "user.account"


def test_a_temporary_password_and_the_hash_of_a_reset_request_are_reset_secrets(classifier: Classifier) -> None:
    schema = [field("members", "id", "int", pk=True), field("members", "email"),
              field("members", "member_password", "varchar(200)"),
              field("members", "member_temp_password", "varchar(40)"),
              field("reset_password", "id", "int", pk=True), field("reset_password", "user_id", "int"),
              field("reset_password", "hash", "char(40)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.authorization.password"
    assert [results[3].category, results[6].category] == ["user.authorization.credentials"] * 2


def test_the_background_of_a_persons_public_profile_is_published_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "backgroundURL", "varchar(255)"), field("users", "background", "mediumtext"),
              field("users", "background_color", "varchar(25)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.content.public"] * 2
    assert results[4].category == "user.account.settings"


def test_the_precision_of_a_clinical_date_is_none_its_coded_fact_clinical(classifier: Classifier) -> None:
    schema = [field("patient", "id", "bigint", pk=True), field("patient", "date_of_birth", "date"),
              field("observation", "id", "bigint", pk=True),
              field("observation", "patient_id", "bigint", ref="patient"),
              field("observation", "date_precision_concept_id", "int"),
              field("observation", "non_core_concept_id", "int")]
    assert [c.category for c in classifier.classify_fields(schema)[4:]] == [None, "user.health_and_medical"]


def test_a_device_named_on_a_system_task_is_the_systems_on_a_persons_row_theirs(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("export_task", "pk", "int8", pk=True), field("export_task", "device_name"),
              field("device_lists_changes_in_room", "user_id", ref="users"),
              field("device_lists_changes_in_room", "device_id")]
    assert [c.category for c in classifier.classify_fields(schema)[3:]] == [
        None, "user.unique_id", "user.device.device_id"]


def test_an_ethnic_code_and_the_census_areas_of_a_home_address_are_demographic_and_coarse(
        classifier: Classifier) -> None:
    schema = [field("patient", "id", "bigint", pk=True), field("patient", "ethnic_code_concept_id", "int"),
              field("patient_address", "patient_id", "bigint", ref="patient"),
              field("patient_address", "city"), field("patient_address", "postcode"),
              field("patient_address", "lsoa_2011_code", "varchar(9)"),
              field("patient_address", "local_authority_code", "varchar(9)"),
              field("address", "census_tract")]
    assert [c.category for c in classifier.classify_fields(schema)[1:]] == [
        "user.demographic.race_ethnicity", "user.unique_id", "user.contact.address.city",
        "user.contact.address.postal_code", "user.location.imprecise", "user.location.imprecise",
        "user.location.imprecise"]


def test_the_quantity_and_unit_given_in_a_patients_medication_record_are_clinical(classifier: Classifier) -> None:
    schema = [field("patient", "id", "bigint", pk=True), field("patient", "date_of_birth", "date"),
              field("medication_order", "patient_id", "bigint", ref="patient"),
              field("medication_order", "quantity_value", "real"), field("medication_order", "quantity_unit"),
              field("products", "id", "integer", pk=True), field("products", "quantity_unit")]
    assert [c.category for c in classifier.classify_fields(schema)[3:]] == [
        "user.health_and_medical", "user.health_and_medical", None, None]


def test_a_sessions_text_id_is_its_secret_unless_another_column_holds_the_token(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    handler = [field("sessions", "id", "varchar(255)", pk=True), field("sessions", "user_id", "integer"),
               field("sessions", "payload"), field("sessions", "last_updated", "timestamp")]
    tokened = [field("user_sessions", "id", "varchar(26)", pk=True), field("user_sessions", "token", "varchar(26)"),
               field("user_sessions", "user_id", "integer")]
    numbered = [field("login_sessions", "id", "integer", pk=True), field("login_sessions", "user_id", "integer")]
    found = [c.category for c in classifier.classify_fields([*users, *handler, *tokened, *numbered])]
    assert found[2:] == ["user.authorization.credentials", "user.unique_id", "user", "user.behavior",
                         None, "user.authorization.credentials", "user.unique_id", None, "user.unique_id"]


def test_web_on_a_persons_row_is_their_web_address(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"), field("users", "web"),
              field("ip_clients", "client_id", "int", pk=True), field("ip_clients", "client_email"),
              field("ip_clients", "client_web", "varchar(100)"), field("users", "web_notifications", "boolean")]
    found = [c.category for c in classifier.classify_fields(schema)]
    assert found[2] == found[5] == "user.contact.url"
    assert found[6] != "user.contact.url"


def test_the_calling_code_of_a_persons_phone_number_is_part_of_the_number(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("users", "phone_number_country_code"), field("users", "dial_code"),
              field("countries", "id", "integer", pk=True), field("countries", "name"),
              field("countries", "dial_code")]
    assert [c.category for c in classifier.classify_fields(schema)[2:4]] == ["user.contact.phone_number"] * 2
    assert classifier.classify_fields(schema)[-1].category is None


def test_a_persons_availability_status_is_their_presence(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("users", "availability_status", "user_availability_status"),
              field("products", "id", "integer", pk=True), field("products", "availability_status")]
    found = [c.category for c in classifier.classify_fields(schema)]
    assert found[2] == "user.behavior" and found[4] is None


def test_what_a_person_writes_in_a_support_ticket_is_private_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("tickets", "id", "integer", pk=True), field("tickets", "requester_id", "integer", ref="users"),
              field("tickets", "subject"), field("tickets", "detail"),
              field("orders", "id", "integer", pk=True), field("orders", "description")]
    found = [c.category for c in classifier.classify_fields(schema)]
    assert found[4:6] == ["user.content.private"] * 2 and found[7] is None


def test_the_key_of_a_persons_avatar_on_their_row_is_their_portrait(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("users", "avatar_id", "integer"), field("users", "uploaded_avatar_id", "integer"),
              field("photos", "photo_id", "integer", pk=True), field("photos", "caption")]
    found = [c.category for c in classifier.classify_fields(schema)]
    assert found[2:5] == ["user.content.self_image", None, None]


def test_bal_abbreviates_a_persons_balance(classifier: Classifier) -> None:
    schema = [field("patient", "PatNum", "bigint", pk=True), field("patient", "LName"),
              field("patient", "BalOver90", "double"), field("patient", "bal", "real"),
              field("patient", "global", "tinyint(1)")]
    found = [c.category for c in classifier.classify_fields(schema)]
    assert found[2:4] == ["user.financial", "user.financial"] and found[4] != "user.financial"


def test_a_person_tables_row_id_primary_key_keys_the_person(classifier: Classifier) -> None:
    """Dolibarr keys its members by rowid: the primary key of a person table is the person's, whatever it is
    called; a row id that is no primary key, or keys a thing, is none."""
    member, name, order, version = classifier.classify_fields([
        field("members", "rowid", "int", pk=True), field("members", "lastname"),
        field("orders", "rowid", "int", pk=True), field("members", "row_id", "int")])
    assert (member.category, name.category) == ("user.unique_id", "user.name.last")
    assert (order.category, version.category) == (None, None)


def test_a_coach_tutor_or_debtor_is_a_person(classifier: Classifier) -> None:
    """A session's coach, a course's tutor and the debtor an invoice bills are persons: their keys, in any
    order of words, key a person; a course's own id does not."""
    coach, tutor, debtor, course = classifier.classify_fields([
        field("session", "id_coach", "int"), field("lesson", "tutor_id", "int"),
        field("invoice", "debtor_uuid", "binary(16)"), field("lesson", "course_id", "int")])
    assert (coach.category, tutor.category, debtor.category) == ("user.unique_id",) * 3
    assert course.category is None


def test_a_foreign_key_named_first_then_a_person_keys_that_person(classifier: Classifier) -> None:
    """Dolibarr names who created or changed a row fk_user_creat, fk_user_modif: the key is that person's,
    whatever the abbreviated verb; a kind of person (fk_member_type) and a product's key are none."""
    creator, editor, kind, product = classifier.classify_fields([
        field("contacts", "fk_user_creat", "int"), field("payments", "fk_user_modif", "int"),
        field("members", "fk_member_type", "int"), field("payments", "fk_product", "int")])
    assert (creator.category, editor.category) == ("user.unique_id", "user.unique_id")
    assert (kind.category, product.category) == (None, None)


def test_a_bare_time_of_a_log_keyed_by_a_person_is_when_they_did_it(classifier: Classifier) -> None:
    """An access log keyed by its user: its bare date is when that person acted; a log keyed by no one, and a
    row's own publication time (published), stay none."""
    access, published, unkeyed = classifier.classify_fields([
        field("access_log", "user_id", "int"), field("access_log", "time", "int unsigned"),
        field("like_log", "person_id", "int"), field("like_log", "published", "timestamp"),
        field("error_log", "message"), field("error_log", "date", "datetime")])[1::2]
    assert access.category == "user.behavior"
    assert (published.category, unkeyed.category) == (None, None)


def test_tms_abbreviates_a_rows_timestamp(classifier: Classifier) -> None:
    """tms (Dolibarr's last-change time) is the row's timestamp: none, not a person's account state."""
    _, stamp = classifier.classify_fields([field("members", "lastname"), field("members", "tms", "timestamp")])
    assert stamp.category is None


def test_a_customers_tax_identification_number_is_a_government_id(classifier: Classifier) -> None:
    """A billing customer's tax identification number is a state-issued id of the person; an organisation's
    own is none."""
    customer, organisation = classifier.classify_fields([
        field("customers", "name"), field("customers", "email"), field("customers", "tax_identification_number"),
        field("organizations", "tax_identification_number")])[2:]
    assert (customer.category, organisation.category) == ("user.government_id", None)


def test_a_table_declaring_no_primary_key_is_keyed_by_its_id(classifier: Classifier) -> None:
    """A person table dumped without its constraints (Sharetribe's people.id, a varchar): its id column is
    still the person's key; so is a surrogate id beside another declared key (a study's candidate number),
    but not a short word's key read behind it (dep_id keys a department)."""
    members = [field("members", "member_no", "int", pk=True), field("members", "lastname"), field("members", "email")]
    found = classifier.classify_fields([field("people", "id", "varchar(22)"), field("people", "given_name"),
                                        field("people", "email"), *members, field("members", "id", "int")])
    person, declared = found[0], found[-1]
    department = classifier.classify_fields([*members, field("members", "dep_id", "int")])[-1]
    assert person.category == "user.unique_id"
    assert declared.category == "user.unique_id"
    assert department.category is None


def test_a_note_a_persons_record_marks_public_is_public_content(classifier: Classifier) -> None:
    """A member's note_public is shown to others, their note_private is not; a public comment on a blocked
    domain (a thing) is no one's."""
    member = classifier.classify_fields([
        field("members", "lastname"), field("members", "email"), field("members", "note_public", "text"),
        field("members", "note_private", "text")])
    assert [r.category for r in member[2:]] == ["user.content.public", "user.content.private"]
    domain = classifier.classify_fields([field("domain_blocks", "domain"),
                                         field("domain_blocks", "public_comment", "text")])
    assert domain[1].category is None


def test_a_google_plus_profile_is_a_personal_url(classifier: Classifier) -> None:
    """A member's Google+ profile is a social profile like their LinkedIn: a personal URL."""
    found = classifier.classify_fields([field("members", "lastname"), field("members", "email"),
                                        field("members", "googleplus"), field("members", "linkedin")])
    assert [r.category for r in found[2:]] == ["user.contact.url", "user.contact.url"]


def test_a_persons_own_code_or_reference_identifies_them(classifier: Classifier) -> None:
    """An employee's code and a customer's ref identify the person; a payment method's code and an order's
    reference are none."""
    staff = classifier.classify_fields([field("employee", "id", "int", pk=True), field("employee", "lastname"),
                                        field("employee", "code", "varchar(20)")])
    customer = classifier.classify_fields([field("customer", "id", "int", pk=True), field("customer", "email"),
                                           field("customer", "ref", "varchar(50)")])
    things = classifier.classify_fields([field("payment_method", "code"), field("orders", "reference")])
    assert (staff[2].category, customer[2].category) == ("user.unique_id", "user.unique_id")
    assert [r.category for r in things] == [None, None]


def test_a_professionals_specialty_is_their_job_title(classifier: Classifier) -> None:
    """A physician's specialty on their own row is the post they practise; a service's specialty is none."""
    doctor = classifier.classify_fields([field("physician", "id", "int", pk=True), field("physician", "lastname"),
                                         field("physician", "specialty")])
    service = classifier.classify_fields([field("billing_service", "service_code"),
                                          field("billing_service", "specialty", "varchar(15)")])
    assert (doctor[2].category, service[1].category) == ("user.job_title", None)


def test_a_time_in_a_logs_composite_key_is_still_when_the_person_acted(classifier: Classifier) -> None:
    """An access log keyed by who and when (id_user, access_date): the date in the key is when that person
    acted; the person's key in it stays their id."""
    user, when = classifier.classify_fields([field("access_log", "id_user", "int", pk=True),
                                             field("access_log", "access_date", "datetime", pk=True)])
    assert (user.category, when.category) == ("user.unique_id", "user.behavior")


def test_the_gateway_a_payment_goes_through_is_the_payment_method_chosen(classifier: Classifier) -> None:
    """An invoice's or a transaction's gateway is how the customer paid; a gateway's own settings are none."""
    invoice, transaction, settings = classifier.classify_fields([
        field("invoice", "gateway_id", "int"), field("transactions", "gateway", "varchar(100)"),
        field("gateway_config", "gateway", "varchar(100)")])
    assert (invoice.category, transaction.category) == ("user.payment", "user.payment")
    assert settings.category is None


def test_the_type_of_a_customers_own_row_is_their_kind_of_account(classifier: Classifier) -> None:
    """A billing customer's customer_type (an individual or a company) is account state; a reaction owner's
    ownerType names a kind of row, none."""
    customer = classifier.classify_fields([field("customers", "id", "int", pk=True), field("customers", "email"),
                                           field("customers", "customer_type", "varchar(20)")])
    assert customer[2].category == "user.account"
    owner = classifier.classify_fields([field("reactionOwner", "ownerType", "varchar(64)"),
                                        field("reactionOwner", "ownerID", "int")])
    assert owner[0].category is None


def test_an_account_of_the_books_is_no_persons_account(classifier: Classifier) -> None:
    """An inventory group's sales, cost-of-goods and gain accounts are a ledger's; a customer's account_id
    in a person's order stays the person's key."""
    sales, cogs, gain = classifier.classify_fields([
        field("inventory_group", "sales_account", "mediumint"), field("inventory_group", "cogs_account", "mediumint"),
        field("enterprise", "gain_account_id", "int")])
    assert (sales.category, cogs.category, gain.category) == (None, None, None)
    order = classifier.classify_fields([field("orders", "account_id", "int")])[0]
    assert order.category == "user.unique_id"


def test_the_reference_a_customer_gives_an_order_is_no_key_to_them(classifier: Classifier) -> None:
    """An order's customer_ref (the buyer's purchase-order number) is text about the order; the
    order's customer_id keys the customer."""
    schema = [field("sales_orders", "order_no", "int", pk=True), field("sales_orders", "total", "double"),
              field("sales_orders", "customer_ref", "tinytext"), field("sales_orders", "customer_id", "int"),
              field("mshop_order", "customerref", "varchar(255)"), field("mshop_order", "price", "decimal(12,2)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category, results[4].category] == [None, "user.unique_id", None]


def test_a_ledgers_cash_discount_payable_and_work_in_progress_accounts_are_no_persons(
        classifier: Classifier) -> None:
    """The accounts a ledger posts cash, discounts, payables, receivables, work in progress and expenses
    to (a customer's credit account's cash_account_id, a stock item's wip_account) are a ledger's."""
    found = classifier.classify_fields([
        field("entity_credit_account", "cash_account_id", "int"),
        field("entity_credit_account", "discount_account_id", "int"),
        field("entity_credit_account", "ar_ap_account_id", "int"),
        field("stock_master", "wip_account", "int"), field("asset_item", "exp_account_id", "int")])
    assert [f.category for f in found] == [None] * 5


def test_the_file_of_a_persons_own_image_is_their_portrait(classifier: Classifier) -> None:
    """A member's image_file_name names their portrait; a listing image's file name is no one's portrait."""
    person = classifier.classify_fields([field("people", "id", "varchar(22)", pk=True), field("people", "email"),
                                         field("people", "image_file_name")])
    listing = classifier.classify_fields([field("listing_images", "listing_id", "int"),
                                          field("listing_images", "image_file_name")])
    assert person[2].category == "user.content.self_image"
    assert listing[1].category != "user.content.self_image"


def test_when_a_person_last_loaded_a_page_is_their_behaviour(classifier: Classifier) -> None:
    """A member's last_page_load_date records when they were last active, not when data was loaded."""
    member, etl = classifier.classify_fields([field("people", "last_page_load_date", "datetime"),
                                              field("imports", "load_date", "datetime")])
    assert (member.category, etl.category) == ("user.behavior", None)


def test_a_flag_making_a_persons_row_public_or_private_is_a_privacy_choice(classifier: Classifier) -> None:
    """A member's public flag (whether their card is shown) and a contact's priv flag are privacy choices; a
    project's public flag is none."""
    member = classifier.classify_fields([field("members", "id", "int", pk=True), field("members", "email"),
                                         field("members", "public", "smallint"), field("members", "priv", "smallint")])
    project = classifier.classify_fields([field("projects", "name"), field("projects", "public", "smallint")])
    assert [r.category for r in member[2:]] == ["user.privacy_preferences", "user.privacy_preferences"]
    assert project[1].category is None


def test_a_numeric_login_id_primary_key_keys_a_login_not_a_login_name(classifier: Classifier) -> None:
    """A log of sign-ins keyed by an integer login_id: the key is the login row's; a member's text login_id
    is their login name."""
    log = classifier.classify_fields([field("track_e_login", "login_id", "int", pk=True),
                                      field("track_e_login", "login_user_id", "int")])
    member = classifier.classify_fields([field("dtb_member", "login_id", "text"), field("dtb_member", "email")])
    assert (log[0].category, log[1].category) == (None, "user.unique_id")
    assert member[0].category == "user.account.username"


def test_whether_a_thing_is_shown_to_a_kind_of_person_names_an_audience(classifier: Classifier) -> None:
    """An announcement's visible_teacher flag says who may see it, it keys no teacher; a person's
    show_guests setting stays theirs."""
    found = classifier.classify_fields([field("sys_announcement", "title"),
                                        field("sys_announcement", "visible_teacher", "tinyint"),
                                        field("user_settings", "user_id", "int"),
                                        field("user_settings", "show_guests", "boolean")])
    assert found[1].category is None
    assert found[3].category is not None


def test_read_state_and_typing_named_last_on_content_are_behaviour(classifier: Classifier) -> None:
    """Whether someone has seen a conversation or is typing in a chat is what they did; a flag saying
    the system told someone of unread messages, or that a post is read-only, is not."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("conversations", "id", "int", pk=True), field("conversations", "has_seen", "boolean"),
              field("conversations", "recipientRead", "tinyint"), field("conversations", "unread_count", "int"),
              field("lh_chat", "id", "int", pk=True), field("lh_chat", "user_typing", "int"),
              field("lh_chat", "has_unread_messages", "int"), field("lh_chat", "unread_messages_informed", "int"),
              field("posts", "id", "int", pk=True), field("posts", "read_only", "boolean")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.behavior"] * 3
    assert [results[7].category, results[8].category, results[9].category] == [
        "user.behavior", "user.behavior", None]
    assert results[11].category is None


def test_a_column_named_by_an_occupation_refers_to_that_person(classifier: Classifier) -> None:
    """frontaccounting's cust_branch.salesman keys the salesman who serves the branch, and
    salesman.salesman_name is that person's name; a playlist's key names no one."""
    schema = [field("salesman", "salesman_code", "int", pk=True), field("salesman", "salesman_name"),
              field("salesman", "salesman_email"),
              field("cust_branch", "branch_code", "int", pk=True), field("cust_branch", "salesman", "int"),
              field("cust_branch", "playlist", "int")]
    results = classifier.classify_fields(schema)
    assert [results[1].category, results[4].category, results[5].category] == [
        "user.name", "user.unique_id", None]


def test_the_person_responsible_for_a_row_is_named_or_keyed_by_responsible(classifier: Classifier) -> None:
    """CONSUL's organizations.responsible_name names the person in charge and bhima's
    purchase.responsible keys them; the department responsible (responsible_dept_nr) is no one."""
    schema = [field("organizations", "id", "int", pk=True), field("organizations", "name"),
              field("organizations", "responsible_name", "varchar(60)"),
              field("purchase", "uuid", "binary(16)", pk=True), field("purchase", "responsible", "binary(16)"),
              field("care_encounter_procedure", "nr", "int", pk=True),
              field("care_encounter_procedure", "responsible_dept_nr", "smallint(5)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[4].category, results[6].category] == [
        "user.name", "user.unique_id", None]


def test_the_type_of_a_persons_identity_document_is_part_of_their_government_id(classifier: Classifier) -> None:
    """CONSUL's users.document_type says whether document_number is a passport or an id card; a
    document table's own type (an invoice, a bill) is no one's."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "document_number", "varchar(40)"), field("users", "document_type", "varchar(20)"),
              field("documents", "id", "int", pk=True), field("documents", "document_type", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category, results[5].category] == [
        "user.government_id", "user.government_id", None]


def test_uagent_is_a_user_agent(classifier: Classifier) -> None:
    """Live Helper Chat's lh_chat.uagent is the visitor's browser; a site option saying whether to
    log user agents holds none."""
    schema = [field("lh_chat", "id", "int", pk=True), field("lh_chat", "user_id", "int"),
              field("lh_chat", "uagent", "varchar(250)"),
              field("lh_chat_config", "identifier", "varchar(50)", pk=True),
              field("lh_chat_config", "log_uagent", "tinyint(1)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[4].category] == ["user.device", None]


def test_the_page_a_person_online_is_viewing_is_their_browsing(classifier: Classifier) -> None:
    """Live Helper Chat's lh_chat_online_user.current_page is the page the visitor is on; a page's
    own url in a table of pages, and the key of the page a visitor is on, are no one's browsing."""
    schema = [field("users_online", "id", "int", pk=True), field("users_online", "user_id", "int"),
              field("users_online", "current_page", "text"), field("users_online", "page_title", "varchar(250)"),
              field("users_online", "page_id", "int"),
              field("pages", "id", "int", pk=True), field("pages", "title"), field("pages", "url")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.behavior.browsing_history"] * 2
    assert [results[4].category, results[7].category] == [None, None]


def test_a_counter_on_a_row_of_who_is_online_counts_what_they_did(classifier: Classifier) -> None:
    """lh_chat_online_user.pages_count counts the pages a visitor viewed; a page's own count of
    views, in a table of pages, is no one's."""
    schema = [field("users_online", "id", "int", pk=True), field("users_online", "user_id", "int"),
              field("users_online", "pages_count", "int"),
              field("pages", "id", "int", pk=True), field("pages", "title"), field("pages", "views_count", "int")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category] == ["user.behavior", None]


def test_the_address_a_message_came_from_is_an_email_address(classifier: Classifier) -> None:
    """A mail message's from_address and sender_address are e-mail addresses; a person's own address
    on their row stays a postal one."""
    schema = [field("messages", "id", "int", pk=True), field("messages", "body", "text"),
              field("messages", "from_address", "varchar(250)"), field("messages", "sender_address", "varchar(250)"),
              field("users", "id", "int", pk=True), field("users", "email"), field("users", "address")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.contact.email"] * 2
    assert results[6].category == "user.contact.address"


def test_when_and_how_long_a_ban_holds_is_the_banned_persons_account_state(classifier: Classifier) -> None:
    """phpbb's banlist.ban_start and mumble's bans.duration say when and how long a person is banned;
    a video's duration is no one's."""
    schema = [field("banlist", "ban_id", "int", pk=True), field("banlist", "ban_userid", "int"),
              field("banlist", "ban_start", "int(11) unsigned"),
              field("bans", "server_id", "int"), field("bans", "name", "varchar(255)"),
              field("bans", "duration", "integer"),
              field("videos", "id", "int", pk=True), field("videos", "title"), field("videos", "duration", "int")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category, results[8].category] == [
        "user.account", "user.account", None]


def test_staff_remarks_and_drafts_on_restricted_content_are_private(classifier: Classifier) -> None:
    """Live Helper Chat's lh_chat.remarks (an operator's remarks on a visitor's chat) and esoTalk's
    draft of a reply in a conversation are restricted content; a catalogue's remarks are no one's."""
    schema = [field("conversations", "id", "int", pk=True), field("conversations", "user_id", "int"),
              field("conversations", "remarks", "text"), field("conversations", "draft", "text"),
              field("care_icd10_en", "diagnosis_code", "varchar(12)", pk=True),
              field("care_icd10_en", "remarks", "text")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.content.private"] * 2
    assert results[5].category is None


def test_the_locale_of_a_persons_private_conversation_is_their_language(classifier: Classifier) -> None:
    """lh_chat.chat_locale (a visitor's chat keyed by user_id) is the visitor's language; an admin
    notice keyed by no one has the site's locale."""
    schema = [field("lh_chat", "id", "int", pk=True), field("lh_chat", "user_id", "int"),
              field("lh_chat", "chat_locale", "varchar(10)"),
              field("admin_notes", "id", "int", pk=True), field("admin_notes", "content", "text"),
              field("admin_notes", "locale", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category] == ["user.demographic.language", None]


def test_consents_shared_collections_absence_and_staying_signed_in(classifier: Classifier) -> None:
    """A shopper's agreement to the terms is consent, sharing their wishlist a privacy choice; an agent's
    out-of-office flag and a session's remember-me are settings; a remember-me serial is a secret."""
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "agreed", "tinyint(1)"), field("customers", "out_of_office", "boolean"),
              field("customers", "remember_me_serial", "varchar(255)"),
              field("wishlist", "customer_id", "int"), field("wishlist", "shared", "tinyint(1)"),
              field("user_session", "user_id", "int"), field("user_session", "remember_me", "boolean"),
              field("reviews", "id", "int", pk=True), field("reviews", "customer_id", "int"),
              field("reviews", "anon", "tinyint(1)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:5]] == ["user.privacy_preferences", "user.account.settings",
                                                  "user.authorization.credentials"]
    assert [results[6].category, results[8].category, results[11].category] == [
        "user.privacy_preferences", "user.account.settings", "user.privacy_preferences"]


def test_the_numbers_and_records_a_school_or_an_employer_keeps_of_a_person(classifier: Classifier) -> None:
    """A student's roll number and an employee's code identify them; a national insurance number is a
    national id; a grade on their own row is more of their data, while a pinned item's grade is none."""
    schema = [field("students", "id", "int", pk=True), field("students", "email"), field("students", "roll_no"),
              field("students", "gpa", "decimal(3,2)"), field("employees", "id", "int", pk=True),
              field("employees", "email"), field("employees", "employee_code"), field("employees", "ni_number"),
              field("user_pins", "id", "int", pk=True), field("user_pins", "user_id", "int"),
              field("user_pins", "grade", "int")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.unique_id", "user"]
    assert [results[6].category, results[7].category] == [
        "user.unique_id", "user.government_id.national_identification_number"]
    assert results[10].category is None


def test_who_may_find_or_reach_a_person_is_their_privacy_choice(classifier: Classifier) -> None:
    """Hiding from search, showing one's gender and accepting friend requests decide what others see of
    a person or how they reach them; which e-mails they get and a shop's counters of their orders are
    their settings and what they did."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "hide_from_search", "boolean"), field("users", "show_gender", "boolean"),
              field("users", "accept_friend_requests", "boolean"), field("users", "email_on_mention", "boolean"),
              field("users", "number_of_orders", "int"), field("users", "total_spend", "decimal(10,2)"),
              field("users", "show_avatars", "boolean")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:5]] == ["user.privacy_preferences"] * 3
    assert [r.category for r in results[5:]] == ["user.account.settings", "user.behavior",
                                                 "user.financial", "user.account.settings"]


def test_the_mode_a_person_paid_by_is_their_payment_method(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "name"),
              field("payments", "patient_id", "int"), field("payments", "pay_mode"),
              field("payments", "payment_mode"), field("payments", "amount", "decimal(10,2)")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == ["user.payment", "user.payment", None]


def test_digests_and_notifications_a_person_enabled_are_their_settings(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "digest_enabled", "boolean"), field("users", "notifications_enabled", "boolean"),
              field("users", "feed_frequency"), field("users", "enabled", "boolean")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.account.settings", "user.account.settings", "user.account.settings", "user.account"]


def test_tax_numbers_of_a_customer_are_government_ids(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "gstin"), field("customers", "abn"), field("customers", "fiscal_code")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.government_id"] * 3


def test_flags_that_display_a_persons_details_or_profile_are_privacy_choices(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "display_birthday", "boolean"), field("users", "profile_public", "boolean"),
              field("users", "hide_real_name", "boolean")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.privacy_preferences"] * 3


def test_an_employees_documents_dates_permits_and_application(classifier: Classifier) -> None:
    """When a passport or licence was issued or expires is part of the government id, a visa type or work
    permit is immigration data, and a candidate's CV and date of application are more of their data."""
    schema = [field("employees", "id", "int", pk=True), field("employees", "email"),
              field("employees", "passport_expiry_date", "date"), field("employees", "visa_type"),
              field("employees", "military_service"), field("candidates", "id", "int", pk=True),
              field("candidates", "email"), field("candidates", "cv_text", "text"),
              field("candidates", "date_of_application", "date")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:5]] == ["user.government_id", "user.government_id.immigration", "user"]
    assert [results[7].category, results[8].category] == ["user", "user"]


def test_an_employees_service_and_grade_read_so_after_a_person_word(classifier: Classifier) -> None:
    """An HR tool names a person's own attributes after them (emp_military_service, employee_grade):
    the same facts of their employment as the bare names, on their own row only."""
    schema = [field("employees", "id", "int", pk=True), field("employees", "email"),
              field("employees", "emp_military_service"), field("employees", "employee_grade"),
              field("products", "id", "int", pk=True), field("products", "title"),
              field("products", "product_grade")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:4]] == ["user", "user"]
    assert results[6].category is None


def test_the_site_a_member_of_staff_works_from_is_their_workplace(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"),
              field("users", "home_facility_id", "int"), field("patients", "id", "int", pk=True),
              field("patients", "first_name"), field("patients", "registration_facility_id", "int")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.workplace"
    assert results[5].category is None


def test_a_contacts_do_not_call_is_a_privacy_choice_and_their_assistant_a_name(classifier: Classifier) -> None:
    schema = [field("contacts", "id", "int", pk=True), field("contacts", "email"),
              field("contacts", "do_not_call", "tinyint(1)"), field("contacts", "assistant")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.privacy_preferences", "user.name"]


def test_the_group_of_a_membership_is_a_things_key(classifier: Classifier) -> None:
    member, permission = classifier.classify_fields([
        field("group_members", "group_id", "int"), field("users_groups", "group_id", "int"),
        field("group_members", "user_id", "int"), field("users_groups", "user_id", "int")])[:2]
    assert (member.category, permission.category) == (None, "user.authorization")


def test_a_persons_group_written_short_or_bare_and_a_staff_members_group_grant_permissions(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "gid", "smallint"),
              field("users", "groups", "varchar(255)"),
              field("staffs", "staff_id", "int", pk=True), field("staffs", "staff_email"),
              field("staffs", "staff_group_id", "int"),
              field("admin", "id", "int", pk=True), field("admin", "email"), field("admin", "admin_group_id", "bigint")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 3, 6, 9)] == ["user.authorization"] * 4


def test_the_options_packed_on_a_persons_own_row_are_their_settings(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "username"),
              field("users", "user_options", "int(11) unsigned"),
              field("member", "member_id", "int", pk=True), field("member", "member_email"),
              field("member", "member_message_option", "int"),
              field("forums", "forum_id", "int", pk=True), field("forums", "forum_options", "int")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 5, 7)] == ["user.account.settings"] * 2 + [None]


def test_the_power_or_security_level_a_persons_row_gives_them_is_their_authorization(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "name"), field("users", "email"),
              field("users", "power", "tinyint(4)"), field("users", "seclev", "mediumint unsigned"),
              field("templates", "tpid", "int", pk=True), field("templates", "seclev", "mediumint unsigned")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 4, 6)] == ["user.authorization"] * 2 + [None]


def test_hiding_or_allowing_a_persons_email_behind_a_prefix_is_their_privacy_choice(
        classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "username"),
              field("users", "user_hide_email", "tinyint(1)"), field("users", "emailhide", "int(1)"),
              field("user_prefs", "uid", "int", ref="users"), field("user_prefs", "allow_email", "char(1)"),
              field("users", "email_notifications", "tinyint(1)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 3, 5)] == ["user.privacy_preferences"] * 3
    assert results[6].category == "user.account.settings"


def test_the_last_digits_of_a_bank_account_or_an_ssn_are_no_card(classifier: Classifier) -> None:
    bank, ssn, card = classifier.classify_fields([
        field("payouts", "bank_account_last4"), field("policyholders", "ssn_last4"),
        field("payment_methods", "card_last4")])
    assert bank.category == "user.financial.bank_account"
    assert ssn.category == "user.government_id.national_identification_number"
    assert card.category == "user.financial.credit_card"


def test_the_carrier_of_an_order_delivers_it(classifier: Classifier) -> None:
    order, device = classifier.classify_fields([field("orders", "carrier"), field("user_devices", "carrier")])
    assert (order.category, device.category) == (None, "user.device")


def test_an_insurances_coverage_is_no_age(classifier: Classifier) -> None:
    cover, = classifier.classify_fields([field("quotes", "coverage_requested", "numeric")])
    assert cover.category is None


def test_an_insurance_claimant_and_policyholder_are_persons(classifier: Classifier) -> None:
    claimant, holder = classifier.classify_fields([
        field("claims", "claimant_id", "bigint"), field("policies", "policyholder_id", "bigint")])
    assert (claimant.category, holder.category) == ("user.unique_id", "user.unique_id")


def test_health_asked_on_a_booking_or_a_quote_is_still_health(classifier: Classifier) -> None:
    diet, smoker, requests = classifier.classify_fields([
        field("attendees", "dietary_requirements"), field("quotes", "smoker", "boolean"),
        field("reservations", "special_requests")])
    assert (diet.category, smoker.category) == ("user.health_and_medical", "user.health_and_medical")
    assert requests.category == "user.content.private"


def test_a_tiny_integer_named_a_score_or_a_month_holds_that_number(classifier: Classifier) -> None:
    schema = [field("reviews", "id", "int", pk=True), field("reviews", "customer_id", "int"),
              field("reviews", "comment"), field("reviews", "cleanliness_score", "tinyint"),
              field("payment_cards", "expiry_month", "tinyint"), field("users", "email_notify", "tinyint(4)")]
    score, month, notify = (c.category for c in classifier.classify_fields(schema)[3:])
    assert (score, month) == ("user.content.public", "user.financial.credit_card")
    assert notify != "user.contact.email"


def test_the_masked_number_of_a_stored_bank_card_is_card_data(classifier: Classifier) -> None:
    schema = [field("bankcards", "id", "int", pk=True), field("bankcards", "user_id", "int"),
              field("bankcards", "masked_number"), field("bankcards", "issuer")]
    masked, issuer = (c.category for c in classifier.classify_fields(schema)[2:])
    assert (masked, issuer) == ("user.financial.credit_card", "user.financial.credit_card")


def test_a_guests_identity_document_and_vip_level(classifier: Classifier) -> None:
    schema = [field("guests", "id", "int", pk=True), field("guests", "first_name"), field("guests", "email"),
              field("guests", "IdDocumentNumber"), field("guests", "identity_number"), field("guests", "VipLevel")]
    document, identity, vip = (c.category for c in classifier.classify_fields(schema)[3:])
    assert (document, identity, vip) == ("user.government_id", "user.government_id", "user.account")


def test_the_provider_of_a_linked_sign_in_account_is_the_service_even_in_health(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("encounters", "id", "int", pk=True), field("encounters", "patient_id", "int", ref="patients"),
              field("encounters", "provider"), field("diagnoses", "patient_id", "int", ref="patients"),
              field("prescriptions", "patient_id", "int", ref="patients"),
              field("accounts", "id", "int", pk=True), field("accounts", "user_id", "int", ref="patients"),
              field("accounts", "provider"), field("accounts", "access_token")]
    found = {(f.table, f.name): c.category for f, c in zip(schema, classifier.classify_fields(schema), strict=True)}
    assert found["accounts", "provider"] == "user.account"
    assert found["encounters", "provider"] != "user.account"


def test_the_state_that_issued_a_persons_licence_is_part_of_it(classifier: Classifier) -> None:
    schema = [field("clinicians", "id", "int", pk=True), field("clinicians", "first_name"),
              field("clinicians", "license_state"), field("clinicians", "state")]
    licence, address = (c.category for c in classifier.classify_fields(schema)[2:])
    assert licence == "user.government_id"
    assert address != "user.government_id"


def test_the_name_of_an_uploaded_file_is_its_label_not_content(classifier: Classifier) -> None:
    schema = [field("attachments", "id", "int", pk=True), field("attachments", "filename"),
              field("attachments", "real_name"), field("attachments", "body")]
    filename, real_name, body = (c.category for c in classifier.classify_fields(schema)[1:])
    assert (filename, real_name) == (None, None)
    assert body is not None and body.startswith("user.content")


def test_a_reference_genome_is_a_catalogues_build_not_a_persons_genes(classifier: Classifier) -> None:
    schema = [field("samples", "id", "int", pk=True), field("samples", "patient_id", "int"),
              field("samples", "reference_genome"), field("samples", "genotype")]
    reference, genotype = (c.category for c in classifier.classify_fields(schema)[2:])
    assert reference is None
    assert genotype == "user.health_and_medical.genetic"


def test_a_gene_named_by_its_symbol_or_id_is_a_catalogues_a_genotype_a_persons(classifier: Classifier) -> None:
    schema = [field("samples", "id", "int", pk=True), field("samples", "patient_id", "int"),
              field("mutation", "sample_id", "int", ref="samples"), field("mutation", "entrez_gene_id", "int"),
              field("mutation", "gene_symbol", "varchar(50)"), field("mutation", "genotype", "varchar(20)"),
              field("pathology", "id", "int", pk=True), field("pathology", "gene", "varchar(50)")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category, results[-1].category] == [None, None, None]
    assert results[5].category == "user.health_and_medical.genetic"


def test_a_customer_that_names_its_contact_persons_is_an_organisation(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "name"),
              field("customer", "invoice_address", "text"), field("customer", "primary_contact_id", "int"),
              field("customer", "invoice_contact_id", "int")]
    name, address, primary, invoice = (c.category for c in classifier.classify_fields(schema)[1:])
    assert (name, address) == (None, None)
    assert (primary, invoice) == ("user.unique_id", "user.unique_id")


def test_a_number_locking_a_record_for_editing_keys_a_user_a_jobs_lock_names_a_worker(classifier: Classifier) -> None:
    schema = [field("countries", "id", "int", pk=True), field("countries", "name"),
              field("countries", "locked_by", "int(11)"),
              field("delayed_jobs", "id", "int", pk=True), field("delayed_jobs", "handler", "text"),
              field("delayed_jobs", "locked_by", "varchar(255)")]
    result = classifier.classify_fields(schema)
    assert (result[2].category, result[5].category) == ("user.unique_id", None)


def test_a_businesss_bank_account_and_keys_to_bank_account_rows_are_none(classifier: Classifier) -> None:
    schema = [field("bank_transactions", "id", "int", pk=True), field("bank_transactions", "amount", "decimal"),
              field("bank_transactions", "bank_account_id", "int"),
              field("employees", "id", "int", pk=True), field("employees", "first_name"),
              field("employees", "bank_account_number")]
    result = classifier.classify_fields(schema)
    assert (result[2].category, result[5].category) == (None, "user.financial.bank_account")


def test_a_table_of_events_each_named_and_given_a_start_holds_events_held(classifier: Classifier) -> None:
    schema = [field("events", "id", "int", pk=True), field("events", "name"),
              field("events", "date_from", "timestamp"), field("events", "date_to", "timestamp")]
    name, start, end = (c.category for c in classifier.classify_fields(schema)[1:])
    assert (name, start, end) == (None, None, None)


def test_tumour_reads_and_mutation_counts_of_a_patients_sample_are_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("mutations", "id", "int", pk=True), field("mutations", "patient_id", "int", ref="patients.id"),
              field("mutations", "diagnosis"), field("mutations", "tumor_alt_count", "int"),
              field("mutations", "mutation_count", "int")]
    alt, count = (c.category for c in classifier.classify_fields(schema)[5:])
    assert (alt, count) == ("user.health_and_medical", "user.health_and_medical")


def test_notification_switches_on_a_persons_row_are_settings_but_unread_counts_are_behaviour(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "notif_comment_created", "tinyint unsigned"),
              field("users", "notification_unread_count", "int"),
              field("notifications", "id", "int", pk=True), field("notifications", "notification_type", "int")]
    result = classifier.classify_fields(schema)
    assert (result[2].category, result[3].category) == ("user.account.settings", "user.behavior")
    assert result[5].category is None


def test_when_an_attendee_was_checked_in_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("attendees", "id", "int", pk=True), field("attendees", "first_name"),
              field("attendees", "email"), field("attendees", "checked_in_at", "timestamp"),
              field("attendees", "created_at", "timestamp")]
    checked_in, created = (c.category for c in classifier.classify_fields(schema)[3:])
    assert (checked_in, created) == ("user.behavior", None)


def test_the_owner_flag_of_a_persons_membership_in_an_account_is_authorisation(classifier: Classifier) -> None:
    schema = [field("account_users", "id", "int", pk=True), field("account_users", "user_id", "int"),
              field("account_users", "account_id", "int"), field("account_users", "is_account_owner", "boolean")]
    assert classifier.classify_fields(schema)[3].category == "user.authorization"


def test_what_a_person_wrote_on_a_booking_is_private_its_title_is_not(classifier: Classifier) -> None:
    schema = [field("reservations", "id", "int", pk=True), field("reservations", "user_id", "int"),
              field("reservations", "resource_id", "int"), field("reservations", "title"),
              field("reservations", "description", "text"), field("reservations", "starts_at", "timestamp")]
    title, description = (c.category for c in classifier.classify_fields(schema)[3:5])
    assert (title, description) == (None, "user.content.private")


def test_a_payload_queued_for_a_person_mixes_their_data_and_its_digest_is_none(classifier: Classifier) -> None:
    schema = [field("update_outbox", "id", "bigint", pk=True), field("update_outbox", "user_id", "bigint"),
              field("update_outbox", "payload", "blob"), field("update_outbox", "payload_hash", "binary(32)"),
              field("user_events", "user_id", "bigint"), field("user_events", "event_payload", "blob"),
              field("jobs", "id", "bigint", pk=True), field("jobs", "payload", "longtext")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category] == ["user", "user"]
    assert results[3].category is None
    assert results[7].category is None


def test_pinning_or_muting_an_item_of_ones_own_list_is_a_setting(classifier: Classifier) -> None:
    schema = [field("dialogs", "id", "bigint", pk=True), field("dialogs", "user_id", "bigint"),
              field("dialogs", "pinned", "boolean"), field("dialogs", "is_muted", "boolean"),
              field("posts", "id", "bigint", pk=True), field("posts", "body"), field("posts", "author_id", "bigint"),
              field("posts", "pinned", "boolean")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.account.settings"] * 2
    assert results[7].category is None


def test_the_number_of_a_clients_authorization_key_names_its_device(classifier: Classifier) -> None:
    schema = [field("auth_keys", "auth_key_id", "bigint", pk=True), field("auth_keys", "user_id", "bigint"),
              field("auth_keys", "perm_auth_key_id", "bigint"), field("devices", "auth_key", "varchar(255)"),
              field("devices", "user_id", "bigint")]
    results = classifier.classify_fields(schema)
    assert [results[0].category, results[2].category] == ["user.device.device_id"] * 2
    assert results[3].category == "user.authorization.credentials"


def test_what_a_row_answers_or_moved_to_and_a_queue_workers_lease_name_no_one(classifier: Classifier) -> None:
    schema = [field("comments", "id", "int", pk=True), field("comments", "author_id", "int"),
              field("comments", "in_response_to_id", "int"), field("chats", "migrated_to_id", "bigint"),
              field("update_outbox", "user_id", "bigint"), field("update_outbox", "lease_owner", "varchar(128)"),
              field("comments", "to_id", "int")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category, results[5].category] == [None, None, None]
    assert results[6].category == "user.unique_id"


def test_a_threads_last_activity_is_its_own_not_a_persons(classifier: Classifier) -> None:
    schema = [field("topics", "id", "int", pk=True), field("topics", "title"), field("topics", "body"),
              field("topics", "author_id", "int"), field("topics", "last_activity_at", "timestamp"),
              field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "last_activity_at", "timestamp")]
    results = classifier.classify_fields(schema)
    assert results[4].category is None
    assert results[7].category == "user.behavior"


def test_the_fingerprint_of_a_persons_key_is_a_credential_of_a_device_its_id(classifier: Classifier) -> None:
    schema = [field("contacts", "id", "int", pk=True), field("contacts", "email"),
              field("contacts", "public_key_fingerprint", "text"), field("user_devices", "user_id", "int"),
              field("user_devices", "fingerprint", "varchar(160)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.authorization.credentials"
    assert results[4].category == "user.device.device_id"


def test_a_group_number_is_an_insurance_plans_only_in_a_health_record(classifier: Classifier) -> None:
    schema = [field("group_member", "id", "int", pk=True), field("group_member", "uid", "varchar(40)"),
              field("group_member", "group_no", "varchar(40)"), field("group", "group_no", "varchar(40)")]
    assert [result.category for result in classifier.classify_fields(schema)[2:]] == [None, None]


def test_the_remark_on_a_friend_is_the_name_a_person_knows_them_by(classifier: Classifier) -> None:
    schema = [field("friend", "id", "int", pk=True), field("friend", "uid", "varchar(40)"),
              field("friend", "to_uid", "varchar(40)"), field("friend", "remark", "varchar(100)"),
              field("orders", "id", "int", pk=True), field("orders", "remark", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert results[3].category == "user.name"
    assert results[5].category != "user.name"


def test_who_may_find_or_add_a_person_is_their_privacy_choice(classifier: Classifier) -> None:
    schema = [field("user_settings", "id", "int", pk=True), field("user_settings", "user_id", "int"),
              field("user_settings", "search_by_phone", "smallint"), field("user_settings", "friend_verify", "int"),
              field("users", "id", "int", pk=True), field("users", "phone", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.privacy_preferences"] * 2
    assert results[5].category == "user.contact.phone_number"


def test_the_last_message_a_participant_read_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("attendees", "id", "bigint", pk=True), field("attendees", "actor_id", "varchar(255)"),
              field("attendees", "display_name", "varchar(255)"), field("attendees", "last_read_message", "bigint")]
    assert classifier.classify_fields(schema)[3].category == "user.behavior"


def test_the_other_person_of_an_ignore_or_buddy_list_and_a_chat_lines_peers_are_persons(
        classifier: Classifier) -> None:
    schema = [field("user_ignore", "id", "int", pk=True), field("user_ignore", "user_id", "int"),
              field("user_ignore", "ignore_id", "int"), field("chat_logs", "id", "bigint", pk=True),
              field("chat_logs", "send_id", "char(64)"), field("chat_logs", "recv_id", "char(64)"),
              field("chat_logs", "content", "text"), field("send_history", "id", "int", pk=True),
              field("send_history", "send_id", "int"), field("send_history", "subject", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 4, 5)] == ["user.unique_id"] * 3
    assert results[8].category is None


def test_where_a_recipient_stands_in_a_conversation_is_their_membership(classifier: Classifier) -> None:
    schema = [field("conversation_recipient", "conversation_id", "int", pk=True),
              field("conversation_recipient", "user_id", "int", pk=True),
              field("conversation_recipient", "recipient_state", "varchar(30)")]
    assert classifier.classify_fields(schema)[2].category == "user.social"


def test_a_blocked_mark_on_content_is_a_flag_of_the_row(classifier: Classifier) -> None:
    schema = [field("comments", "id", "int", pk=True), field("comments", "author_id", "int"),
              field("comments", "body", "text"), field("comments", "comment_blocked", "tinyint(3) unsigned"),
              field("user_blocks", "id", "int", pk=True), field("user_blocks", "user_id", "int"),
              field("user_blocks", "blocked", "int")]
    results = classifier.classify_fields(schema)
    assert results[3].category is None
    assert results[6].category is not None


def test_what_a_group_lets_its_members_do_is_its_permission(classifier: Classifier) -> None:
    schema = [field("groups", "gid", "int", pk=True), field("groups", "name", "varchar(20)"),
              field("groups", "allowbanuser", "int"), field("groups", "forbidden_add_friend", "smallint")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [None, None]


def test_how_far_a_person_has_read_a_dialog_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("user_dialogs", "id", "bigint", pk=True), field("user_dialogs", "user_id", "bigint"),
              field("user_dialogs", "read_inbox_max_peer_seq", "bigint"),
              field("user_dialogs", "read_outbox_max_peer_seq", "bigint")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.behavior"] * 2


def test_the_person_goods_are_shipped_to_is_named_by_the_consignee(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("orders", "user_id", "int"),
              field("orders", "consignee", "varchar(60)"), field("delivery", "receiver_name", "varchar(60)"),
              field("orders", "pay_way", "varchar(20)"), field("orders", "consignee_count", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.name", "user.name", "user.payment", None]


def test_a_things_handle_is_its_slug_and_a_persons_is_their_login(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "handle"),
              field("shipping_methods", "handle"), field("orders", "shipping_method_handle")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.account.username", None, None]


def test_a_payment_gateways_message_is_no_persons_writing(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("orders", "user_id", "int"),
              field("orders", "message"), field("transactions", "order_id", "int"),
              field("transactions", "message"), field("payments", "response")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == [None, None]


def test_an_account_written_as_text_is_the_login_name(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "account", "varchar(16)"),
              field("system_log", "account", "varchar(16)"), field("analyses", "analyst_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.account.username", "user.account.username", "user.unique_id"]


def test_an_address_beside_province_city_and_district_is_the_street_line(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("user_address", "user_id", "int"),
              field("user_address", "province", "varchar(20)"), field("user_address", "city", "varchar(20)"),
              field("user_address", "district", "varchar(20)"), field("user_address", "address", "varchar(64)")]
    assert classifier.classify_fields(schema)[-1].category == "user.contact.address.street"


def test_who_a_message_is_from_and_for_are_persons_keys(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("t_messages", "_from", "varchar(64)"),
              field("t_messages", "_target", "varchar(64)"), field("t_messages", "_data"),
              field("inboxes", "from", "text"), field("emails", "from", "varchar(200)")]
    assert [r.category for r in classifier.classify_fields(schema)[1:3]] == ["user.unique_id", "user.unique_id"]
    assert classifier.classify_fields(schema)[4].category is None
    assert classifier.classify_fields(schema)[5].category != "user.unique_id"


def test_a_number_named_uid_after_any_word_keys_a_user(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("mail_cron", "touid", "mediumint(8) unsigned"),
              field("threads", "lastuid", "int"), field("posts", "bbcode_uid", "varchar(8)"),
              field("msgs", "server_uid", "bigint")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == [
        "user.unique_id", "user.unique_id", None, None]


def test_a_messages_receipt_written_as_a_state_is_what_its_recipient_did(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("private_messages", "toid", "int"),
              field("private_messages", "read_status", "int"), field("messages", "displayed", "timestamp"),
              field("messages", "seen_status", "text"), field("messages", "new", "tinyint(4)")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == [
        "user.unique_id", "user.behavior", "user.behavior", None, "user.behavior"]


def test_what_a_log_keyed_by_a_person_says_of_the_act_is_their_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("log", "user_id", "int"),
              field("log", "log_data", "mediumtext"), field("admin_log", "user_id", "int"),
              field("admin_log", "log_info", "varchar(255)"), field("upgrade_log", "log_info", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category] == ["user.behavior", "user.behavior"]
    assert found[5].category is None


def test_a_participants_type_and_a_persons_secondary_groups_grant_access(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "secondary_group_ids", "varbinary(255)"),
              field("chat_participants", "user_id", "int"), field("chat_participants", "participant_type", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[1::2]] == [
        "user.authorization", "user.authorization"]


def test_a_topics_starter_and_a_posts_liker_are_persons(classifier: Classifier) -> None:
    schema = [field("topics", "tid", "int", pk=True), field("topics", "starter_name", "varchar(255)"),
              field("post_likes", "liker_name", "varchar(255)")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == ["user.name", "user.name"]


def test_a_bare_post_on_a_posts_row_is_its_text(classifier: Classifier) -> None:
    schema = [field("forums_posts", "pid", "int", pk=True), field("forums_posts", "author_id", "int"),
              field("forums_posts", "post", "mediumtext"), field("forums_posts", "post_date", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.content.public", None]


def test_what_a_follower_chose_to_get_from_a_follow_is_their_setting(classifier: Classifier) -> None:
    schema = [field("accounts", "id", "bigint", pk=True), field("follows", "account_id", "bigint"),
              field("follows", "target_account_id", "bigint"), field("follows", "notify", "boolean"),
              field("follows", "show_reblogs", "boolean"), field("follows", "languages", "varchar[]")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == ["user.account.settings"] * 3


def test_the_slug_of_a_person_named_by_their_role_is_their_handle(classifier: Classifier) -> None:
    schema = [field("threads", "id", "int", pk=True), field("threads", "starter_slug", "varchar(255)"),
              field("threads", "slug", "varchar(255)")]
    assert classifier.classify_fields(schema)[1].category == "user.account.username"


def test_a_posts_rendered_or_parsed_text_is_what_was_published(classifier: Classifier) -> None:
    schema = [field("comments", "id", "int", pk=True), field("comments", "profile_id", "int"),
              field("comments", "comment", "text"), field("comments", "rendered", "text")]
    assert classifier.classify_fields(schema)[-1].category == "user.content.public"


def test_fediverse_words_a_content_warning_and_a_webfinger_address(classifier: Classifier) -> None:
    schema = [field("profiles", "id", "bigint", pk=True), field("profiles", "webfinger", "varchar(191)"),
              field("statuses", "profile_id", "bigint"), field("statuses", "spoiler_text", "text"),
              field("notes", "cw", "varchar(512)")]
    found = classifier.classify_fields(schema)
    assert [found[1].category, found[3].category, found[4].category] == [
        "user.account.username", "user.content", "user.content"]


def test_words_as_applications_spell_them_read_their_meaning(classifier: Classifier) -> None:
    assert classifier.read_name("time_readed") == ("time", "read")
    assert classifier.read_name("prvkey") == ("private", "key")
    assert classifier.read_name("byear") == ("birth", "year")
    assert classifier.read_name("vercode") == ("verification", "code")


def test_a_person_tables_own_name_before_a_column_names_the_person(classifier: Classifier) -> None:
    schema = [field("channel", "channel_id", "int", pk=True), field("channel", "channel_name"),
              field("channel", "channel_pubkey", "text"), field("channel", "channel_account_id", "int"),
              field("channel", "channel_prvkey", "text"), field("channel", "channel_location", "text")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == [
        "user.authorization.credentials", "user.location.imprecise"]


def test_a_rooms_members_standing_and_a_chat_logs_body(classifier: Classifier) -> None:
    schema = [field("muc_room_affiliations", "room_id", "bigint"), field("muc_room_affiliations", "jid"),
              field("muc_room_affiliations", "affiliation", "varchar(20)"),
              field("muc_conversation_log", "room_id", "bigint"), field("muc_conversation_log", "sender"),
              field("muc_conversation_log", "log_time", "char(15)"), field("muc_conversation_log", "body")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[-1].category] == ["user.authorization", "user.content"]


def test_when_a_ban_ends_is_the_banned_accounts_state(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("banned", "uid", "int"),
              field("banned", "bantime", "varchar(50)"), field("banned", "expiration", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.account", "user.account"]


def test_when_a_ban_or_suspension_ends_on_a_row_of_a_persons_is_their_accounts_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("community_users", "user_id", "int", ref="users.id"),
              field("community_users", "suspension_end", "datetime"),
              field("blocker", "user_id", "int", ref="users.id"),
              field("blocker", "ban_expires", "int")]
    found = classifier.classify_fields(schema)
    assert [found[3].category, found[5].category] == ["user.account", "user.account"]

def test_a_face_url_is_a_persons_avatar_and_a_groups_is_none(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "varchar(64)", pk=True), field("users", "nickname"),
              field("users", "face_url", "varchar(255)"), field("groups", "group_id", "varchar(64)", pk=True),
              field("groups", "group_name"), field("groups", "face_url", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[5].category] == ["user.content.self_image", None]


def test_who_reacted_to_a_post_and_when_a_person_viewed_an_alert(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("posts", "user_id", "int"),
              field("posts", "message", "mediumtext"), field("posts", "reaction_users", "blob"),
              field("user_alerts", "alerted_user_id", "int"), field("user_alerts", "view_date", "int")]
    found = classifier.classify_fields(schema)
    assert [found[3].category, found[5].category] == ["user.unique_id", "user.behavior"]


def test_what_happens_when_a_person_is_mentioned_is_their_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "email_when_mentioned", "boolean"), field("messages", "mentions", "text"),
              field("thread_memberships", "user_id", "int"), field("thread_memberships", "unread_mentions", "bigint")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.account.settings", "user.unique_id", "user.unique_id", "user.behavior"]


def test_a_history_rows_old_and_new_and_a_logs_kind_of_operation(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("history", "user_id", "int"),
              field("history", "old", "text"), field("history", "new", "text"),
              field("operate_log", "user_id", "int"), field("operate_log", "op_type", "varchar(32)"),
              field("messages", "new", "boolean")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[3].category, found[5].category] == ["user", "user", "user.behavior"]
    assert found[6].category != "user"


def test_a_change_logs_old_and_new_data_are_a_persons_data(classifier: Classifier) -> None:
    """A change log's serialized row before and after the change (olddata, new_data) mixes whatever the
    row held of a person, like its old and new values."""
    schema = [field("users", "id", "int", pk=True), field("agenda_changelog", "id", "int", pk=True),
              field("agenda_changelog", "userid", "int"), field("agenda_changelog", "olddata", "mediumblob"),
              field("agenda_changelog", "new_data", "text")]
    found = classifier.classify_fields(schema)
    assert [found[3].category, found[4].category] == ["user", "user"]


def test_the_value_in_a_table_of_a_persons_settings_is_their_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("user_preferences", "user_id", "int"),
              field("user_preferences", "name", "varchar(64)"), field("user_preferences", "value", "text"),
              field("user_params", "user_id", "int"), field("user_params", "value", "text"),
              field("user_attributes", "user_id", "int"), field("user_attributes", "value", "text")]
    found = classifier.classify_fields(schema)
    assert [found[3].category, found[5].category] == ["user.account.settings", "user.account.settings"]
    assert found[2].category is None and found[7].category == "user"


def test_the_params_of_a_persons_logged_act_mix_their_data(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("customer_events", "user_id", "int"),
              field("customer_events", "parameters", "jsonb"), field("system_log", "admin_id", "int"),
              field("system_log", "param", "text"), field("email_templates", "params", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category, found[5].category] == ["user", "user", None]


def test_when_a_person_last_failed_to_sign_in_is_their_behaviour(classifier: Classifier) -> None:
    schema = [field("admin", "admin_id", "int", pk=True), field("admin", "admin_email"),
              field("admin", "failed_logins", "smallint"), field("admin", "last_failed_attempt", "datetime")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.behavior", "user.behavior"]


def test_the_entries_of_a_persons_time_tracking_are_what_they_did(classifier: Classifier) -> None:
    schema = [field("employees", "emp_number", "int", pk=True), field("employees", "emp_firstname"),
              field("timesheet_items", "id", "int", pk=True), field("timesheet_items", "employee_id", "int"),
              field("timesheet_items", "project_id", "int"), field("timesheet_items", "date", "date"),
              field("timesheet_items", "duration", "bigint")]
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[4:]] == [None, "user.behavior", "user.behavior"]


def test_when_a_persons_password_was_changed_on_is_account_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "login"),
              field("users", "passwd_changed_on", "timestamp"), field("users", "updated_on", "timestamp")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.account", None]


def test_whether_others_may_find_or_follow_a_person_freely_is_their_privacy_choice(classifier: Classifier) -> None:
    schema = [field("profiles", "id", "int", pk=True), field("profiles", "username"),
              field("profiles", "is_suggestable", "boolean"),
              field("profiles", "manually_approves_followers", "boolean"),
              field("user_settings", "user_id", "int"), field("user_settings", "crawlable", "boolean")]
    found = classifier.classify_fields(schema)
    assert {found[2].category, found[3].category, found[5].category} == {"user.privacy_preferences"}


def test_a_role_assigned_to_a_person_on_a_table_named_after_the_grant(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"),
              field("role_assignments", "id", "int", pk=True), field("role_assignments", "userid", "int"),
              field("role_assignments", "roleid", "int"), field("roles", "role_id", "int", pk=True),
              field("roles", "name")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[5].category] == ["user.authorization", None]


def test_when_a_span_of_a_persons_activity_began_and_ended(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_activity_interval", "user_id", "int"),
              field("user_activity_interval", "start", "timestamp"),
              field("user_activity_interval", "end", "timestamp"),
              field("user_session", "user_id", "int"), field("user_session", "started", "integer")]
    found = classifier.classify_fields(schema)
    assert {found[3].category, found[4].category, found[6].category} == {"user.behavior"}


def test_the_text_of_a_persons_task_is_theirs_and_a_schedulers_is_none(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"),
              field("tasks", "id", "int", pk=True), field("tasks", "title", "varchar(255)"),
              field("tasks", "description", "text"), field("tasks", "owner_id", "int"),
              field("cron_tasks", "id", "int", pk=True), field("cron_tasks", "title", "varchar(255)"),
              field("cron_tasks", "next_run", "int")]
    found = classifier.classify_fields(schema)
    assert [found[3].category, found[4].category, found[7].category] == ["user.content", "user.content", None]


def test_a_number_on_a_persons_row_named_by_their_acts_counts_them(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("users", "username"),
              field("users", "replies", "mediumint"), field("users", "logins", "int unsigned"),
              field("users", "referrals", "int")]
    assert {r.category for r in classifier.classify_fields(schema)[2:]} == {"user.behavior"}


def test_the_state_a_session_row_stores_under_any_name_mixes_the_persons_data(classifier: Classifier) -> None:
    schema = [field("sessions", "id", "varchar(64)", pk=True), field("sessions", "data_value", "varchar"),
              field("session", "id", "varchar(32)", pk=True), field("session", "content", "text")]
    found = classifier.classify_fields(schema)
    assert [found[1].category, found[3].category] == ["user", "user"]


def test_the_json_data_of_a_persons_row_mixes_their_data(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("notifications", "user_id", "int"),
              field("notifications", "json_data", "jsonb")]
    assert classifier.classify_fields(schema)[2].category == "user"


def test_a_preference_tables_config_value_and_an_activitys_affected_user(classifier: Classifier) -> None:
    schema = [field("users", "uid", "varchar(64)", pk=True), field("users", "displayname"),
              field("preferences", "userid", "varchar(64)", ref="users.uid"),
              field("preferences", "configkey", "varchar(64)"), field("preferences", "configvalue", "longtext"),
              field("activity", "user", "varchar(64)"), field("activity", "affecteduser", "varchar(64)")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[6].category] == ["user.account.settings", "user.unique_id"]


def test_a_bare_counter_in_a_log_of_acts_counts_what_the_person_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("login_attempts", "ip", "varchar(45)"),
              field("login_attempts", "attempts", "smallint"), field("user_activity", "user_id", "int"),
              field("user_activity", "count", "int"), field("products", "count", "int")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category, found[5].category] == ["user.behavior", "user.behavior", None]


def test_a_code_mailed_to_prove_an_address_or_activate_an_account_is_a_credential(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "remember_code", "varchar(40)"),
              field("email_code", "email", "varchar(128)"), field("email_code", "code", "varchar(8)"),
              field("user_invite_codes", "user_id", "int"), field("user_invite_codes", "code", "text"),
              field("discount_codes", "code", "varchar(20)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 3, 5)] == ["user.authorization.credentials"] * 3
    assert found[6].category is None


def test_what_a_person_wrote_in_a_report_of_abuse_is_restricted(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("event_reports", "user_id", "int", ref="users.id"),
              field("event_reports", "content", "text"), field("report", "reporter_id", "int", ref="users.id"),
              field("report", "description", "varchar(255)"), field("pages", "description", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category, found[5].category] == [
        "user.content.private", "user.content.private", None]


def test_when_a_report_of_abuse_was_filed_is_the_reports_own_stamp(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("reports", "id", "int", pk=True), field("reports", "user_id", "int", ref="users"),
              field("reports", "report_time", "int(11) unsigned"), field("reports", "time", "timestamp"),
              field("access_log", "user_id", "int", ref="users"), field("access_log", "time", "timestamp")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[5].category, found[7].category] == [None, None, "user.behavior"]


def test_how_often_a_buyer_fetched_a_digital_good_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("downloadable_product_permissions", "order_id", "int"),
              field("downloadable_product_permissions", "download_count", "bigint"),
              field("attachments", "download_count", "int"), field("attachments", "post_id", "int")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[3].category] == ["user.behavior", None]


def test_a_tokens_scopes_are_granted_but_a_votes_scope_is_no_permission(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("oauth_access_tokens", "user_id", "int"),
              field("oauth_access_tokens", "scopes", "varchar(255)"), field("votes", "user_id", "int"),
              field("votes", "vote_scope", "varchar(32)")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category] == ["user.authorization", None]


def test_a_grants_scopes_are_granted_but_a_posts_or_a_settings_scope_is_its_reach(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("oauth_access_grants", "id", "bigint", pk=True), field("oauth_access_grants", "user_id", "int"),
              field("oauth_access_grants", "scopes", "varchar(255)"),
              field("statuses", "id", "bigint", pk=True), field("statuses", "profile_id", "bigint"),
              field("statuses", "caption", "text"), field("statuses", "scope", "varchar(191)"),
              field("user_setting", "uid", "varchar(64)"), field("user_setting", "scope", "int"),
              field("user_setting", "value", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 7, 9)] == ["user.authorization", None, None]


def test_a_group_grants_permissions_on_a_link_of_persons_to_groups_not_on_a_group_chats_rows(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "group_id", "int"),
              field("user_groups", "user_id", "int"), field("user_groups", "group_id", "int"),
              field("group_chat_member", "user_id", "int"), field("group_chat_member", "group_id", "bigint"),
              field("group_invitations", "userid", "int"), field("group_invitations", "group_id", "int")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 3, 5, 7)] == ["user.authorization", "user.authorization", None, None]


def test_hiding_a_detail_of_ones_own_from_others_is_a_privacy_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "hide_bookmarks", "boolean"),
              field("users", "hideWalletBalance", "boolean"), field("users", "hide_github", "boolean"),
              field("users", "hide_from_top_users", "boolean"), field("users", "hide_images", "boolean"),
              field("users", "hide_sidebar", "boolean"), field("polls", "hide_voters", "boolean")]
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[1:5]] == ["user.privacy_preferences"] * 4
    assert [r.category for r in found[5:7]] == ["user.account.settings"] * 2
    assert found[7].category is None


def test_whether_others_see_a_detail_of_ones_own_is_a_privacy_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "keep_email_private", "boolean"),
              field("users", "contacts_visible", "tinyint(1)"), field("users", "stories_hidden", "boolean")]
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[1:3]] == ["user.privacy_preferences"] * 2
    assert found[3].category != "user.privacy_preferences"


def test_what_a_person_is_let_do_is_a_permission_what_they_let_others_do_a_privacy_choice(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "allow_create_organization", "boolean"),
              field("users", "allow_upload", "tinyint(1)"), field("users", "allow_private_messages", "boolean")]
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[1:]] == ["user.authorization", "user.authorization",
                                               "user.privacy_preferences"]


def test_a_bare_switch_or_a_checked_address_on_a_persons_row_is_account_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "disable", "tinyint(1)"),
              field("users", "email_isvalid", "boolean"), field("users", "emailVerify", "tinyint(2)"),
              field("users", "enable_sounds", "boolean")]
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[1:4]] == ["user.account"] * 3
    assert found[4].category == "user.account.settings"


def test_when_a_person_last_looked_at_something_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "last_viewed_post_notifs", "integer"),
              field("users", "lastCheckedJobs", "timestamp(3)"),
              field("users", "last_active_forum", "int(10) unsigned"),
              field("forums", "last_active_at", "timestamp")]
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[1:4]] == ["user.behavior"] * 3
    assert found[4].category is None


def test_a_moderators_or_a_super_users_mark_and_an_admin_level_are_permissions(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "super_user", "tinyint(1)"),
              field("users", "admin_level", "integer"), field("community_members", "user_id", "int"),
              field("community_members", "is_mod", "boolean"), field("users", "group_leader_list", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 2, 4, 5)] == ["user.authorization"] * 4


def test_whether_a_person_is_online_or_disconnected_now_is_their_presence(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "loggedOut", "bool"),
              field("users", "disconnected", "boolean"), field("rooms", "online", "boolean")]
    found = classifier.classify_fields(schema)
    assert [r.category for r in found[1:]] == ["user.behavior", "user.behavior", None]


def test_whether_and_when_a_person_gave_or_withdrew_a_consent_is_their_privacy_choice(
        classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patient_consent", "patient_id", "int"),
              field("patient_consent", "status", "varchar(50)"), field("patient_consent", "decision", "varchar(10)"),
              field("candidate_consent_history", "candidate_id", "int"),
              field("candidate_consent_history", "date_withdrawn", "date"), field("orders", "status", "varchar(20)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 5)] == ["user.privacy_preferences"] * 3
    assert found[6].category is None


def test_when_a_person_gave_signed_or_withdrew_a_consent_is_their_privacy_choice(classifier: Classifier) -> None:
    """date_given reads date first (given as in given_name); signed_on and withdrew_on time the consent."""
    schema = [field("candidate", "id", "int", pk=True), field("candidate", "email"),
              field("candidate_consent_rel", "candidate_id", "int", ref="candidate"),
              field("candidate_consent_rel", "date_given", "date"),
              field("account_consents", "account_id", "int", ref="candidate"),
              field("account_consents", "signed_on", "bigint"), field("account_consents", "withdrew_on", "bigint")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5, 6)] == ["user.privacy_preferences"] * 3


def test_a_flag_no_rule_names_on_a_persons_consent_is_what_they_agreed_to(classifier: Classifier) -> None:
    """A beneficiary's consent to share their details with their family: a privacy choice."""
    schema = [field("beneficiary", "id", "int", pk=True), field("beneficiary", "first_name"),
              field("beneficiary_consent", "id", "int", pk=True),
              field("beneficiary_consent", "beneficiary_id", "int", ref="beneficiary"),
              field("beneficiary_consent", "share_personal_details_with_family", "bit(1)"),
              field("beneficiary_consent", "share_medical_details_with_doctor", "boolean"),
              field("beneficiary_consent", "van_serial_no", "bigint")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:]] == ["user.privacy_preferences", "user.privacy_preferences", None]


def test_a_persons_reputation_kept_in_a_table_keyed_by_them_counts_their_acts(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("users", "email"),
              field("reputation_topic", "uid", "int", ref="users"), field("reputation_topic", "topic_id", "int"),
              field("reputation_topic", "reputation", "int"),
              field("forums", "id", "int", pk=True), field("forums", "reputation_min", "int")]
    results = classifier.classify_fields(schema)
    assert (results[4].category, results[6].category) == ("user.behavior", None)


def test_what_a_customer_has_paid_so_far_and_their_credit_status_are_their_finances(classifier: Classifier) -> None:
    schema = [field("clients", "id", "int", pk=True), field("clients", "email"), field("clients", "name"),
              field("clients", "paid_to_date", "decimal(20,6)"), field("clients", "credit_status", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.financial", "user.financial"]


def test_a_newsletter_subscribers_status_and_confirmation_are_their_consent(classifier: Classifier) -> None:
    schema = [field("newsletter_subscriber", "subscriber_id", "int", pk=True),
              field("newsletter_subscriber", "subscriber_email"), field("newsletter_subscriber", "status", "tinyint"),
              field("newsletter_subscriber", "change_status_at", "timestamp"),
              field("newsletter_subscriber", "active", "tinyint(1)"),
              field("newsletter_subscriber", "confirmed_at", "datetime")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.privacy_preferences"] * 4


def test_the_kind_of_consent_a_person_gave_is_their_privacy_choice(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "email"),
              field("patient_consents", "id", "int", pk=True),
              field("patient_consents", "patient_id", "int", ref="patients"),
              field("patient_consents", "consent_type", "varchar(32)"),
              field("patient_consents", "category", "varchar(50)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:]] == ["user.privacy_preferences"] * 2


def test_how_a_patient_wants_to_be_reached_or_reminded_is_their_setting(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "email"), field("patients", "last_name"),
              field("patients", "contact_method", "int"), field("patients", "sms_reminders", "tinyint(1)"),
              field("patients", "recall_method", "enum('post','sms','email')")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.account.settings"] * 3


def test_the_standing_of_a_warning_to_a_person_is_their_account_state(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("users", "email"),
              field("warnings", "wid", "int", pk=True), field("warnings", "uid", "int", ref="users"),
              field("warnings", "points", "smallint"), field("warnings", "expires", "int"),
              field("warnings", "active", "tinyint(1)"), field("stock_warnings", "id", "int", pk=True),
              field("stock_warnings", "active", "tinyint(1)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:7]] == ["user.account"] * 3
    assert results[8].category is None


def test_whether_a_name_or_an_avatar_has_been_set_is_bookkeeping(classifier: Classifier) -> None:
    schema = [field("puppet", "id", "text", pk=True), field("puppet", "displayname"),
              field("puppet", "name_set", "boolean"), field("puppet", "avatar_set", "boolean")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == [None, None]


def test_a_count_of_things_on_a_persons_row_counts_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "group_count", "int"), field("users", "following_tags_count", "int"),
              field("rooms", "id", "int", pk=True), field("rooms", "group_count", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:4]] == ["user.behavior"] * 2
    assert results[5].category is None


def test_when_a_member_joined_or_quit_a_group_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "join_date", "datetime"),
              field("group_member", "group_id", "int"), field("group_member", "user_id", "int", ref="users"),
              field("group_member", "join_time", "datetime"), field("group_member", "quit_time", "datetime")]
    results = classifier.classify_fields(schema)
    assert results[2].category is None
    assert [r.category for r in results[5:]] == ["user.behavior"] * 2


def test_what_a_patient_paid_out_of_pocket_is_their_money(classifier: Classifier) -> None:
    schema = [field("person", "person_id", "int", pk=True), field("person", "last_name"),
              field("cost", "cost_id", "int", pk=True), field("cost", "person_id", "int", ref="person"),
              field("cost", "paid_patient_copay", "numeric"), field("plans", "id", "int", pk=True),
              field("plans", "copay", "numeric")]
    results = classifier.classify_fields(schema)
    assert (results[4].category, results[6].category) == ("user.financial", None)


def test_read_receipts_on_a_row_of_settings_are_a_switch_the_person_chose(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_setting", "uid", "int", ref="users"), field("user_setting", "receipt", "smallint"),
              field("messages", "id", "int", pk=True), field("messages", "to_uid", "int", ref="users"),
              field("messages", "content", "text"), field("messages", "read_at", "datetime")]
    results = classifier.classify_fields(schema)
    assert (results[3].category, results[7].category) == ("user.account.settings", "user.behavior")


def test_a_persons_picture_path_portrait_address_and_icon_are_their_avatar(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "image_path", "varchar(255)"), field("customers", "portrait_uri", "varchar(256)"),
              field("comments", "member_icon", "varchar(255)"), field("comments", "body", "text"),
              field("customers", "icon", "varchar(500)"), field("customers", "thumbnail", "varchar(255)"),
              field("customers", "avatar_loc", "text"),
              field("customers", "profile_picture_file_name", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 4, 6, 7, 8, 9)] == ["user.content.self_image"] * 7


def test_the_token_of_a_verification_code_and_a_memo_on_a_persons_row(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("verification_codes", "phone", "varchar(11)"), field("verification_codes", "email"),
              field("verification_codes", "token", "char(36)"),
              field("patients", "id", "int", pk=True), field("patients", "surname"),
              field("patients", "memo", "varchar(255)"), field("patients", "formal_name", "varchar(128)")]
    found = classifier.classify_fields(schema)
    assert found[2].category == "user.contact.phone_number"
    assert found[4].category == "user.authorization.credentials"
    assert found[7].category == "user.content.private"
    assert found[8].category == "user.name"


def test_the_screen_name_of_a_persons_account_elsewhere_is_their_handle(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("users", "email"),
              field("users_twitter", "id", "bigint", pk=True), field("users_twitter", "uid", "int", ref="users.uid"),
              field("users_twitter", "screen_name", "varchar(128)")]
    assert classifier.classify_fields(schema)[4].category == "user.account.username"


def test_a_persons_hash_scheme_security_question_and_verify_code_are_their_secrets(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "password", "varchar(128)"), field("customers", "algo", "varchar(128)"),
              field("customers", "question", "varchar(255)"), field("customers", "answer", "varchar(255)"),
              field("customers", "verify", "varchar(32)"),
              field("e2e_keys", "user_id", "text", ref="customers.id"), field("e2e_keys", "algorithm", "text")]
    found = classifier.classify_fields(schema)
    assert found[3].category == "user.authorization.password"
    assert [found[4].category, found[5].category, found[6].category] == ["user.authorization.credentials"] * 3
    assert found[8].category != "user.authorization.password"


def test_a_persons_own_tags_are_their_profile_and_their_css_and_skin_their_settings(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "tags", "varchar(255)"), field("users", "headline", "varchar(255)"),
              field("users", "css", "varchar(4000)"), field("users", "skin", "varchar(70)")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[3].category] == ["user.demographic.profile"] * 2
    assert [found[4].category, found[5].category] == ["user.account.settings"] * 2


def test_a_short_salt_is_still_a_salt_while_a_one_character_token_is_no_secret(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "password", "varchar(64)"), field("users", "salt", "varchar(4)"),
              field("users", "token", "varchar(1)")]
    found = classifier.classify_fields(schema)
    assert found[3].category == "user.authorization.password"
    assert found[4].category is None


def test_the_name_of_a_person_named_by_their_role_and_a_second_name_are_names(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "surname"),
              field("patients", "second_name", "varchar(100)"),
              field("patients", "mothersmaidenname", "varchar(100)"),
              field("transfers", "patient_id", "int", ref="patients.id"),
              field("transfers", "name_of_guardian", "varchar(200)")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[3].category, found[5].category] == ["user.name"] * 3


def test_contact_written_as_text_alone_is_contact_data_not_a_key(classifier: Classifier) -> None:
    schema = [field("project", "id", "int", pk=True), field("project", "title"), field("project", "contact", "text"),
              field("referrals", "contacts", "text"), field("suppliers", "contact", "varchar(60)"),
              field("suppliers", "supplier_name"), field("suppliers", "phone"),
              field("messages", "contact_id", "int")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[3]] == ["user.contact", "user.contact"]
    assert found[4] != "user.contact"
    assert found[7] == "user.unique_id"


def test_a_leader_named_on_a_row_is_a_person(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "first_leader", "int"),
              field("teams", "leader_id", "int"), field("teams", "group_leader", "tinyint(1)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[3]] == ["user.unique_id", "user.unique_id"]
    assert found[4] != "user.unique_id"


def test_a_super_admin_flag_on_a_persons_row_is_their_authorisation(classifier: Classifier) -> None:
    schema = [field("admin_users", "id", "int", pk=True), field("admin_users", "email"),
              field("admin_users", "is_super_admin", "tinyint(1)")]
    assert classifier.classify_fields(schema)[2].category == "user.authorization"


def test_how_many_rows_a_person_sees_on_a_page_is_their_setting(classifier: Classifier) -> None:
    schema = [field("staff", "staff_id", "int", pk=True), field("staff", "username"), field("staff", "email"),
              field("staff", "max_page_size", "int"), field("staff", "page_size", "varchar(20)"),
              field("staff", "userListPageSize", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.account.settings"] * 3


def test_the_visibility_of_an_activity_of_a_feed_is_no_privacy_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "visibility", "varchar(50)"),
              field("newsfeed_activity", "id", "int", pk=True), field("newsfeed_activity", "activityType"),
              field("newsfeed_activity", "visibility", "int")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[6].category] == ["user.privacy_preferences", None]


def test_a_rows_history_kept_as_text_is_what_persons_did_to_it(classifier: Classifier) -> None:
    """A ticket's or a record's history text (created, changed, viewed by whom and when) records what
    persons did; a patient's history is clinical, and a history kept as JSON an earlier copy of the row."""
    schema = [field("tickets", "id", "int", pk=True), field("tickets", "subject", "varchar(255)"),
              field("tickets", "history", "mediumtext"), field("rooms", "id", "int", pk=True),
              field("rooms", "name", "varchar(64)"), field("rooms", "history", "text"),
              field("organizations", "id", "int", pk=True), field("organizations", "history", "jsonb")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[5], found[7]] == ["user.behavior", "user.behavior", None]


def test_when_a_logs_or_a_sessions_row_expires_is_its_validity_not_an_act(classifier: Classifier) -> None:
    """A session's or a course access's end of validity is set by the application; a ban's expiry is
    still the state of the banned person's account."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_sessions", "user_id", "int", ref="users.id"), field("user_sessions", "expires_on", "int"),
              field("course_access", "member_id", "int", ref="users.id"),
              field("course_access", "expiry_date", "timestamp"),
              field("users_ban", "user_id", "int", ref="users.id"), field("users_ban", "expires_on", "timestamp")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[5], found[7]] == [None, None, "user.account"]


def test_when_a_mailing_was_delivered_is_the_senders_doing_and_when_it_was_opened_the_readers(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("email_recipients", "member_id", "int", ref="users.id"),
              field("email_recipients", "delivered_at", "datetime"), field("email_recipients", "opened_at", "datetime"),
              field("campaign_messages", "contact_id", "int", ref="users.id"),
              field("campaign_messages", "delivered_at", "timestamp"),
              field("campaign_messages", "read_at", "timestamp")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[4], found[6], found[7]] == [None, "user.behavior", None, "user.behavior"]


def test_when_a_person_latest_did_something_is_their_behaviour_as_a_last_is(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "latest_article_time", "bigint"), field("users", "latest_checkin_time", "datetime"),
              field("plugins", "id", "int", pk=True), field("plugins", "latest_version", "varchar(32)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[3], found[5]] == ["user.behavior", "user.behavior", None]


def test_when_a_person_last_commented_is_their_behaviour_as_their_last_post_is(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "last_comment_at", "timestamp"), field("users", "last_post_at", "timestamp")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == ["user.behavior"] * 2


def test_a_token_tables_text_id_is_the_token_when_no_column_holds_its_secret(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    passport = [field("oauth_access_tokens", "id", "varchar(100)", pk=True),
                field("oauth_access_tokens", "user_id", "bigint"), field("oauth_access_tokens", "client_id", "bigint"),
                field("oauth_access_tokens", "scopes", "text")]
    refresh = [field("oauth_refresh_tokens", "id", "varchar(100)", pk=True),
               field("oauth_refresh_tokens", "access_token_id", "varchar(100)"),
               field("oauth_refresh_tokens", "revoked", "boolean")]
    codes = [field("oauth_auth_codes", "id", "varchar(100)", pk=True), field("oauth_auth_codes", "user_id", "bigint")]
    tokened = [field("access_token", "id", "varchar(32)", pk=True), field("access_token", "token", "varchar(64)"),
               field("access_token", "user_id", "integer")]
    kept = [field("credential", "id", "varchar(36)", pk=True), field("credential", "user_id", "varchar(36)"),
            field("credential", "secret_data", "text")]
    found = classifier.classify_fields([*users, *passport, *refresh, *codes, *tokened, *kept])
    assert [found[i].category for i in (2, 6, 9, 11, 14)] == [
        "user.authorization.credentials", "user.authorization.credentials", "user.authorization.credentials",
        None, None]


def test_the_value_of_a_sessions_note_is_the_sessions_state(classifier: Classifier) -> None:
    schema = [field("user_session", "id", "varchar(36)", pk=True), field("user_session", "user_id", "varchar(255)"),
              field("user_session_note", "user_session", "varchar(36)", ref="user_session.id"),
              field("user_session_note", "name", "varchar(255)"), field("user_session_note", "value", "varchar(2048)"),
              field("ecs_sessions_data", "sesskey", "varchar(32)", pk=True),
              field("ecs_sessions_data", "expiry", "integer"), field("ecs_sessions_data", "data", "longtext")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[7].category] == ["user", "user"]


def test_the_data_of_a_push_registration_is_the_gateways_not_the_persons(classifier: Classifier) -> None:
    schema = [field("users", "name", "text", pk=True), field("pushers", "user_name", "text", ref="users.name"),
              field("pushers", "pushkey", "text"), field("pushers", "data", "text"),
              field("notifications", "user_id", "int"), field("notifications", "json_data", "jsonb")]
    found = classifier.classify_fields(schema)
    assert [found[3].category, found[5].category] == [None, "user"]


def test_the_client_a_persons_session_or_receipt_was_made_with_is_their_device(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("delivery_receipt", "user_id", "integer", ref="users.id"),
              field("delivery_receipt", "client", "varchar(255)"),
              field("ls_session", "user_id", "int(11)"), field("ls_session", "token", "varchar(32)"),
              field("ls_session", "client", "tinyint(1)"),
              field("ads", "id", "integer", pk=True), field("ads", "client", "tinyint(3)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 6, 8)] == ["user.device", "user.device", None]


def test_a_numeric_login_code_and_an_address_confirmations_code_are_secrets(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("login_tokens", "id", "serial", pk=True), field("login_tokens", "user_id", "integer"),
              field("login_tokens", "token", "varchar"), field("login_tokens", "code", "integer"),
              field("confirm_address", "code", "varchar(32)", pk=True), field("confirm_address", "user_id", "integer"),
              field("confirm_address", "address", "varchar(255)"),
              field("confirm_address", "address_type", "varchar(8)")]
    found = classifier.classify_fields(schema)
    assert [found[5].category, found[6].category] == ["user.authorization.credentials"] * 2


def test_the_name_a_person_gave_a_sign_in_credential_names_their_device(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("credential", "id", "varchar(36)", pk=True), field("credential", "user_id", "varchar(36)"),
              field("credential", "type", "varchar(255)"), field("credential", "user_label", "varchar(255)"),
              field("credential", "secret_data", "text"),
              field("webauthn_credentials", "id", "bigint", pk=True),
              field("webauthn_credentials", "user_id", "bigint", ref="users.id"),
              field("webauthn_credentials", "external_id", "varchar"),
              field("webauthn_credentials", "nickname", "varchar"),
              field("access_tokens", "id", "integer", pk=True), field("access_tokens", "user_id", "integer"),
              field("access_tokens", "token", "varchar(40)"), field("access_tokens", "title", "varchar(150)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (5, 10, 14)] == ["user.device", "user.device", None]


def test_what_a_video_a_meeting_or_a_mailbox_is_locked_with_is_no_persons_password(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"), field("users", "password"),
              field("video", "video_id", "integer", pk=True), field("video", "userid", "integer", ref="users.id"),
              field("video", "video_password", "varchar(255)"),
              field("booking_reference", "id", "integer", pk=True), field("booking_reference", "meeting_password"),
              field("mlist", "id", "integer", pk=True), field("mlist", "mbox_pass", "varchar(30)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 5, 7, 9)] == ["user.authorization.password", None, None, None]


def test_the_secret_of_a_post_an_upload_or_a_poll_opens_the_item_not_a_person(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"), field("users", "secret_token"),
              field("polls", "id", "integer", pk=True), field("polls", "author_id", "integer", ref="users.id"),
              field("polls", "title"), field("polls", "details"), field("polls", "secret_token", "varchar"),
              field("uploads", "id", "bigint", pk=True), field("uploads", "uploader", "bigint", ref="users.id"),
              field("uploads", "filename"), field("uploads", "secret", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 7, 11)] == ["user.authorization.credentials", None, None]


def test_an_orders_attributes_are_the_orders_and_a_persons_attributes_theirs(classifier: Classifier) -> None:
    schema = [field("s_user", "id", "int", pk=True), field("s_user", "email"),
              field("s_order", "id", "int", pk=True), field("s_order", "userID", "int", ref="s_user.id"),
              field("s_order_attributes", "id", "int", pk=True),
              field("s_order_attributes", "orderID", "int", ref="s_order.id"),
              field("s_order_attributes", "attribute1", "varchar(255)"),
              field("user_attributes", "user_id", "int", ref="s_user.id"), field("user_attributes", "name"),
              field("user_attributes", "value", "text")]
    found = classifier.classify_fields(schema)
    assert [found[6].category, found[9].category] == [None, "user"]


def test_a_push_registration_token_is_a_device_and_an_applications_registration_token_none(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("users", "fcm_registration_token", "varchar(255)"),
              field("push_devices", "id", "integer", pk=True), field("push_devices", "user_id", "integer"),
              field("push_devices", "registration_token", "text"),
              field("client", "id", "varchar(36)", pk=True), field("client", "client_id", "varchar(255)"),
              field("client", "registration_token", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 5, 8)] == ["user.device.device_id", "user.device.device_id", None]


def test_a_sessions_hash_and_a_forgotten_passwords_hash_are_bearer_secrets(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("sessions", "hash", "varchar(32)", pk=True), field("sessions", "uid", "integer", ref="users.id"),
              field("sessions", "time", "datetime"),
              field("lh_forgotpasswordhash", "id", "integer", pk=True),
              field("lh_forgotpasswordhash", "user_id", "integer"),
              field("lh_forgotpasswordhash", "hash", "varchar(40)"),
              field("uploads", "id", "integer", pk=True), field("uploads", "hash", "varchar(128)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 7, 9)] == [
        "user.authorization.credentials", "user.authorization.credentials", None]


def test_a_national_identity_cards_initials_and_a_state_licence_are_government_ids(classifier: Classifier) -> None:
    schema = [field("opd_patient", "patient_id", "int", pk=True), field("opd_patient", "patient_first_name"),
              field("opd_patient", "patient_NIC", "varchar(10)"),
              field("provider", "provider_id", "int", pk=True), field("provider", "first_name"),
              field("provider", "state_license_number", "varchar(100)"),
              field("servers", "id", "int", pk=True), field("servers", "nic", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.government_id.national_identification_number"
    assert results[5].category == "user.government_id"
    assert results[-1].category is None


def test_a_households_federal_poverty_level_is_its_finances(classifier: Classifier) -> None:
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "first_name"),
              field("participation_program", "patient_id", "int"),
              field("participation_program", "federal_poverty_level", "varchar(3)")]
    assert classifier.classify_fields(schema)[-1].category == "user.financial"


def test_a_web_page_named_after_its_author_is_the_authors_in_any_table(classifier: Classifier) -> None:
    """A link preview's author_url and a download's author_website are the author's pages; the
    card's own url is not a person's."""
    schema = [field("preview_cards", "id", "bigint", pk=True), field("preview_cards", "url", "varchar"),
              field("preview_cards", "title", "varchar"), field("preview_cards", "author_url", "varchar"),
              field("download", "download_id", "int", pk=True), field("download", "download_name", "varchar(100)"),
              field("download", "download_author_website", "varchar(200)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[1] is None
    assert [found[3], found[6]] == ["user.contact.url", "user.contact.url"]


def test_an_appointments_reminder_channel_flags_are_the_persons_settings(classifier: Classifier) -> None:
    schema = [field("patient", "pid", "int", pk=True), field("patient", "name_first"),
              field("care_appointment", "nr", "int", pk=True),
              field("care_appointment", "pid", "int", ref="patient.pid"),
              field("care_appointment", "remind_email", "tinyint(1)"),
              field("care_appointment", "remind_phone", "tinyint(1)"),
              field("calendar_events", "pc_eid", "int", pk=True),
              field("calendar_events", "pc_pid", "int", ref="patient.pid"),
              field("calendar_events", "pc_send_alert_email", "varchar(3)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 5, 8)] == ["user.account.settings"] * 3


def test_the_words_a_person_watches_or_filters_are_their_settings(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("alertword", "id", "integer", pk=True),
              field("alertword", "user_profile_id", "integer", ref="users.id"),
              field("alertword", "word", "text"),
              field("custom_filter_keywords", "id", "bigint", pk=True),
              field("custom_filter_keywords", "account_id", "bigint", ref="users.id"),
              field("custom_filter_keywords", "keyword", "text"),
              field("dictionary", "id", "integer", pk=True), field("dictionary", "word", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 7, 9)] == ["user.account.settings", "user.account.settings", None]


def test_a_pictures_blurhash_is_technical_metadata(classifier: Classifier) -> None:
    schema = [field("contact", "id", "integer", pk=True), field("contact", "name"), field("contact", "email"),
              field("contact", "blurhash", "varbinary(255)"),
              field("account_interstitials", "id", "integer", pk=True),
              field("account_interstitials", "user_id", "integer", ref="contact.id"),
              field("account_interstitials", "blurhash", "varchar(191)")]
    found = classifier.classify_fields(schema)
    assert (found[3].category, found[6].category) == (None, None)


def test_a_blob_named_as_a_persons_data_is_about_the_person(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("mqtt_pub", "topic", "text", pk=True), field("mqtt_pub", "user_properties", "bytea"),
              field("payment_intent", "payment_id", "varchar(64)", pk=True),
              field("payment_intent", "amount", "bigint"),
              field("payment_intent", "customer_details", "bytea"),
              field("payment_intent", "customer_details_count", "integer")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 6, 7)] == ["user", "user", None]


def test_following_a_forums_topic_is_a_setting_and_a_newsletter_subscription_a_consent(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("user_topics", "user_id", "integer", ref="users.id"),
              field("user_topics", "topic_id", "integer"), field("user_topics", "subscribed", "tinyint(4)"),
              field("member_channel", "member_id", "integer", ref="users.id"),
              field("member_channel", "channel_id", "integer"), field("member_channel", "unsubscribed", "tinyint(1)"),
              field("newsletter_subscribers", "id", "integer", pk=True),
              field("newsletter_subscribers", "email", "varchar(255)"),
              field("newsletter_subscribers", "subscribed", "tinyint(1)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 7, 10)] == [
        "user.account.settings", "user.account.settings", "user.privacy_preferences"]


def test_a_persons_second_factor_method_is_their_accounts_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("users", "otp_module", "integer"),
              field("user_mfa", "id", "integer", pk=True), field("user_mfa", "user_id", "integer", ref="users.id"),
              field("user_mfa", "method", "varchar(100)")]
    found = classifier.classify_fields(schema)
    assert (found[2].category, found[5].category) == ("user.account", "user.account")


def test_a_persons_dont_email_flag_is_a_privacy_choice(classifier: Classifier) -> None:
    schema = [field("users", "id", "integer", pk=True), field("users", "email"),
              field("users", "dontEmail", "tinyint"), field("users", "dont_call", "boolean")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3)] == ["user.privacy_preferences"] * 2


def test_a_key_or_code_named_after_what_it_confirms_is_a_persons_one_time_secret(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("users", "id", "integer", pk=True), field("users", "username", "varchar(50)"),
        field("users", "email", "varchar(100)"), field("users", "email_key", "varchar(32)"),
        field("users", "emailcode", "char(8)"), field("users", "password_key", "char(32)"),
        field("users", "update_key", "char(32)"), field("users", "forgotten_password_code", "varchar(40)")])
    assert [r.category for r in results[3:]] == ["user.authorization.credentials"] * 5
    assert results[2].category == "user.contact.email"


def test_when_a_persons_row_was_deleted_is_bookkeeping(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("patient", "id", "integer", pk=True), field("patient", "name", "varchar(50)"),
        field("patient", "deleted_time", "timestamp with time zone"), field("patient", "deleted", "boolean")])
    assert results[2].category is None
    assert results[3].category == "user.account"


def test_a_password_named_after_the_person_it_lets_in_is_theirs_in_a_table_read_as_a_thing(
        classifier: Classifier) -> None:
    schema = [field("admin_table", "admin_id", "int", pk=True), field("admin_table", "admin_name", "varchar(100)"),
              field("admin_table", "admin_password", "varchar(200)"),
              field("forums", "id", "int", pk=True), field("forums", "password", "varchar(50)")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category] == ["user.authorization.password", None]


def test_an_always_or_a_never_that_starts_a_persons_column_is_their_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username", "varchar(50)"),
              field("users", "always_on", "tinyint(1)"), field("users", "alwaysMarkNsfw", "boolean"),
              field("users", "never_email", "boolean"),
              field("orders", "id", "int", pk=True),
              field("orders", "vat_exempted", "tinyint", comment="always left without VAT")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 4)] == ["user.account.settings"] * 3
    assert found[6].category is None


def test_when_an_invitation_a_token_or_a_linked_account_of_a_person_was_made_is_account_state(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email", "varchar(255)"),
              field("users", "created_at", "timestamp"), field("users", "invitation_created_at", "timestamp"),
              field("users", "token_created_at", "timestamp"), field("users", "github_created_at", "timestamp")]
    found = classifier.classify_fields(schema)
    assert found[2].category is None
    assert [found[i].category for i in (3, 4, 5)] == ["user.account"] * 3


def test_a_bare_2fa_on_a_persons_row_is_their_second_factor_secret(classifier: Classifier) -> None:
    schema = [field("wl_Users", "id", "int", pk=True), field("wl_Users", "email", "varchar(255)"),
              field("wl_Users", "2fa", "varchar(32)"), field("wl_Users", "2fa_enabled", "boolean")]
    found = classifier.classify_fields(schema)
    assert found[2].category == "user.authorization.credentials"
    assert found[3].category != "user.authorization.credentials"


def test_a_bare_time_on_a_persons_row_is_bookkeeping_and_a_visitors_what_they_did(classifier: Classifier) -> None:
    """pybbs stamps user.in_time when the row is written, Carbon Forum app_users.Time: bookkeeping,
    not account state; when a profile's visitor came is what that visitor did."""
    users = [field("user", "id", "int", pk=True), field("user", "username"), field("user", "email"),
             field("user", "in_time", "datetime")]
    visitors = [field("user_profile_visitor", "visitorID", "int"), field("user_profile_visitor", "userID", "int"),
                field("user_profile_visitor", "time", "int")]
    results = classifier.classify_fields([*users, *visitors])
    assert results[3].category is None
    assert results[6].category == "user.behavior"


def test_a_poster_written_as_text_refers_to_them_and_their_name_spelled_out_is_their_handle(
        classifier: Classifier) -> None:
    """FluxBB's posts.poster and topics.last_poster name who posted: a reference to that person;
    phpBB's topic_last_poster_name spells out the name they go by."""
    poster, last, named = classifier.classify_fields([
        field("posts", "poster", "varchar(200)"), field("topics", "last_poster", "varchar(200)"),
        field("topics", "topic_last_poster_name", "varchar(255)")])
    assert (poster.category, last.category, named.category) == (
        "user.unique_id", "user.unique_id", "user.account.username")


def test_a_modify_date_beside_a_create_date_is_row_bookkeeping(classifier: Classifier) -> None:
    """PEIS stamps each row, a patient's included, with createdate and modifydate: when the row was
    written and changed, not the state of an account nor a clinical date."""
    patient = [field("patient", "id", "int", pk=True), field("patient", "name"), field("patient", "email"),
               field("patient", "createdate", "datetime"), field("patient", "modifydate", "datetime"),
               field("patient", "modify_date", "datetime")]
    results = classifier.classify_fields(patient)
    assert [r.category for r in results[3:]] == [None, None, None]
    assert results[4].explanation.startswith("not personal data: name words 'modify date' match 'modify date'")


def test_an_indonesian_addresses_neighbourhood_units_are_part_of_it_beside_an_address(
        classifier: Classifier) -> None:
    """RT and RW (rukun tetangga, rukun warga) beside a person's address are parts of it; a health
    facility's own are its own, and a bare rt elsewhere is no address."""
    patients = [field("pasien", "NORM", "int(11)", pk=True), field("pasien", "NAMA", "varchar(75)"),
                field("pasien", "ALAMAT", "varchar(150)"), field("pasien", "KODEPOS", "char(5)")]
    assert category_of(classifier, field("pasien", "RT", "char(3)"), *patients) == "user.contact.address"
    family = [field("keluarga", "NO_KK", "char(16)", pk=True), field("keluarga", "ALAMAT", "varchar(240)"),
              field("keluarga", "KODE_POS", "char(5)")]
    assert category_of(classifier, field("keluarga", "NO_RW", "char(3)"), *family) == "user.contact.address"
    facility = [field("ppk", "ID", "int", pk=True), field("ppk", "NAMA", "varchar(150)"),
                field("ppk", "ALAMAT", "varchar(150)"), field("ppk", "KODEPOS", "char(5)"),
                field("ppk", "TELEPON", "varchar(50)"),
                field("ppk", "FAX", "varchar(25)")]
    assert category_of(classifier, field("ppk", "RT", "char(3)"), *facility) is None
    assert category_of(classifier, field("tweets", "rt", "int"), field("tweets", "id", "int", pk=True),
                       field("tweets", "text")) is None


def test_a_tiny_integer_named_an_occupation_holds_its_code(classifier: Classifier) -> None:
    """A patient's or a staff member's occupation picked from a list and kept as tinyint(4)
    (pekerjaan, profesi) is their job's code, no yes/no flag."""
    patients = [field("pasien", "NORM", "int(11)", pk=True), field("pasien", "NAMA", "varchar(75)"),
                field("pasien", "TANGGAL_LAHIR", "date")]
    assert category_of(classifier, field("pasien", "PEKERJAAN", "tinyint(4)"), *patients) == "user.job_title"
    assert category_of(classifier, field("pasien", "PROFESI", "tinyint(4)"), *patients) == "user.job_title"


def test_a_persons_chosen_statistics_range_on_their_own_row_is_their_setting(classifier: Classifier) -> None:
    """PrestaShop keeps on an employee's row the dates and the comparison they last chose for the
    statistics pages (stats_date_from, stats_compare_to, stats_compare_option): their settings,
    not the state of their account."""
    employee = [field("employee", "id_employee", "int", pk=True), field("employee", "lastname"),
                field("employee", "email"), field("employee", "passwd")]
    for name, type_ in (("stats_date_from", "date"), ("stats_date_to", "date"), ("stats_compare_from", "date"),
                        ("stats_compare_to", "date"), ("stats_compare_option", "int(1) unsigned")):
        assert category_of(classifier, field("employee", name, type_), *employee) == "user.account.settings"


def test_a_users_time_zone_named_so_is_their_setting_wherever_it_is_kept(classifier: Classifier) -> None:
    """Live Helper Chat keeps the visitor's time zone on the chat (lh_chat.user_tz_identifier): their
    time zone, as on their own row, though the row is a chat's."""
    chat = [field("lh_chat", "id", "int", pk=True), field("lh_chat", "nick"), field("lh_chat", "email"),
            field("lh_chat", "user_status", "int")]
    assert category_of(classifier, field("lh_chat", "user_tz_identifier", "varchar(50)"), *chat) == \
        "user.account.settings"


def test_how_a_person_wants_to_hear_of_messages_and_replies_is_their_setting(classifier: Classifier) -> None:
    """MyBB's pmnotice and subscriptionmethod, Misago's subscribe_to_replied_threads and phpBB's
    user_notify_type on the person's own row are their notification switches, not account state;
    so is the kind of e-mail they get of an event (WoltLab's mailNotificationType: instant, daily)."""
    users = [field("mybb_users", "uid", "int", pk=True), field("mybb_users", "username"),
             field("mybb_users", "email"), field("mybb_users", "password")]
    for name in ("pmnotice", "subscriptionmethod", "subscribe_to_replied_threads", "user_notify_type"):
        assert category_of(classifier, field("mybb_users", name, "tinyint(1)"), *users) == "user.account.settings"
    table = "wcf1_user_notification_event_to_user"
    assert category_of(classifier, field(table, "mailNotificationType", "enum('none','instant','daily')"),
                       field(table, "eventID", "int"), field(table, "userID", "int", ref="mybb_users.uid"),
                       *users) == "user.account.settings"


def test_how_a_person_wants_pages_shown_is_their_ui_preference(classifier: Classifier) -> None:
    """Tildes' open_new_tab_external, Lemmy's infinite_scroll_enabled, HESK's autoreload and
    FrontAccounting's dec_sep on a person's own row: how they want pages shown, not account state."""
    users = [field("users", "user_id", "int", pk=True), field("users", "username"), field("users", "email"),
             field("users", "password")]
    for name in ("open_new_tab_external", "newtab", "infinite_scroll_enabled", "autoreload", "dec_sep", "tho_sep",
                 "fluid_layout_width"):
        assert category_of(classifier, field("users", name, "boolean"), *users) == "user.account.settings"


def test_how_a_person_set_up_a_watch_or_a_subscription_is_their_setting(classifier: Classifier) -> None:
    """QPixel's subscriptions keyed by the user (frequency, enabled, qualifier) and mvnforum's
    mvnforumWatch (WatchOption, WatchEndDate) say how and how often a person wants to hear of what is
    posted: their settings. The same words in a table of subscriptions keyed by no one are none."""
    users = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email")]
    table = "subscriptions"
    mine = [field(table, "id", "int", pk=True), field(table, "user_id", "int", ref="users.id"),
            field(table, "type")]
    for name, type_ in (("frequency", "int"), ("enabled", "tinyint(1)"), ("qualifier", "varchar(255)")):
        assert category_of(classifier, field(table, name, type_), *mine, *users) == "user.account.settings"
    watch = [field("mvnforumWatch", "WatchID", "int", pk=True),
             field("mvnforumWatch", "MemberID", "int", ref="users.id")]
    for name, type_ in (("WatchOption", "int"), ("WatchEndDate", "datetime")):
        assert category_of(classifier, field("mvnforumWatch", name, type_), *watch, *users) == "user.account.settings"
    plans = [field(table, "id", "int", pk=True), field(table, "name"), field(table, "price", "decimal(10,2)")]
    assert category_of(classifier, field(table, "frequency", "int"), *plans) is None


def test_the_wallpaper_a_person_chose_for_their_chats_is_their_setting(classifier: Classifier) -> None:
    """A messenger keeps on a person's dialog the wallpaper they chose (Teamgram's dialogs.wallpaper_id,
    wallpaper_overridden): their settings, not a key of something else."""
    dialogs = [field("dialogs", "id", "bigint", pk=True), field("dialogs", "user_id", "bigint", ref="users.id"),
               field("dialogs", "peer_id", "bigint")]
    users = [field("users", "id", "bigint", pk=True), field("users", "username"), field("users", "phone")]
    for name, type_ in (("wallpaper_id", "bigint"), ("wallpaper_overridden", "tinyint(1)")):
        assert category_of(classifier, field("dialogs", name, type_), *dialogs, *users) == "user.account.settings"


def test_the_author_of_an_installed_package_is_its_vendor(classifier: Classifier) -> None:
    """A registry of installed software (a forum's packages, a shop's modifications, an HR suite's
    modules) names each package's author or owner as the package does: its vendor, no account."""
    packages = [field("wcf1_package", "packageID", "int(10)", pk=True),
                field("wcf1_package", "package", "varchar(255)"),
                field("wcf1_package", "packageVersion", "varchar(255)"), field("wcf1_package", "packageDescription")]
    assert category_of(classifier, field("wcf1_package", "author", "varchar(255)"), *packages) is None
    assert category_of(classifier, field("wcf1_package", "authorURL", "varchar(255)"), *packages) is None
    modules = [field("hs_hr_module", "mod_id", "varchar(36)", pk=True), field("hs_hr_module", "name", "varchar(45)"),
               field("hs_hr_module", "version", "varchar(36)"), field("hs_hr_module", "description")]
    assert category_of(classifier, field("hs_hr_module", "owner", "varchar(45)"), *modules) is None
    assert category_of(classifier, field("hs_hr_module", "owner_email", "varchar(100)"), *modules) is None
    # The author of a post or a ticket's owner stays a person's key.
    users = [field("users", "id", "int", pk=True), field("users", "email")]
    assert category_of(classifier, field("posts", "author", "int"), field("posts", "id", "int", pk=True),
                       field("posts", "body"), *users) == "user.unique_id"
    assert category_of(classifier, field("tickets", "owner", "int"), field("tickets", "id", "int", pk=True),
                       field("tickets", "subject"), *users) == "user.unique_id"


def test_an_openid_keys_its_person_in_any_table(classifier: Classifier) -> None:
    """The openid a social login (WeChat, QQ Connect) gives a person keys them wherever it is copied,
    a cache or a QR-code login's table included; a numeric open_id of a tracked e-mail open is none."""
    cache = [field("his_wxopenid_cache", "id", "int", pk=True), field("his_wxopenid_cache", "openid", "varchar(64)"),
             field("his_wxopenid_cache", "expire_time", "int")]
    assert category_of(classifier, cache[1], cache[0], cache[2]) == "user.unique_id"
    login = [field("his_wxqrlogin", "id", "int", pk=True), field("his_wxqrlogin", "scene", "varchar(64)")]
    assert category_of(classifier, field("his_wxqrlogin", "openid", "varchar(32)"), *login) == "user.unique_id"
    guest = [field("common_connect_guest", "conuin", "char(40)"),
             field("common_connect_guest", "conuintoken", "char(32)")]
    assert category_of(classifier, field("common_connect_guest", "conopenid", "char(32)", pk=True),
                       *guest) == "user.unique_id"
    assert category_of(classifier, field("track_e_open", "open_id", "int", pk=True),
                       field("track_e_open", "open_remote_host", "varchar(255)")) is None


def test_who_last_updated_a_row_is_a_person_in_any_table(classifier: Classifier) -> None:
    """openclinica's update_id (who last changed a row) keys a person on a study's row and a form
    version's as on any other; a primary key so named is an update's own id."""
    users = [field("user_account", "user_id", "integer", pk=True), field("user_account", "user_name"),
             field("user_account", "email")]
    study = [field("study", "study_id", "integer", pk=True), field("study", "name"),
             field("study", "facility_address"), field("study", "facility_city"), field("study", "facility_zip"),
             field("study", "owner_id", "integer", ref="user_account")]
    assert category_of(classifier, field("study", "update_id", "integer"), *study, *users) == "user.unique_id"
    version = [field("crf_version", "crf_version_id", "integer", pk=True), field("crf_version", "name"),
               field("crf_version", "revision_notes")]
    assert category_of(classifier, field("crf_version", "update_id", "integer"), *version, *users) == "user.unique_id"
    assert category_of(classifier, field("bot_updates", "update_id", "bigint", pk=True),
                       field("bot_updates", "payload", "json")) is None


def test_the_row_a_person_was_merged_into_keys_that_person(classifier: Classifier) -> None:
    """A patient registered twice is merged into the surviving record: on the patient's own row,
    merged_into_id keys that same person; a ticket or a story merged into another keys that row."""
    patients = [field("patients", "id", "varchar(255)", pk=True), field("patients", "first_name"),
                field("patients", "last_name"), field("patients", "date_of_birth", "date")]
    assert category_of(classifier, field("patients", "merged_into_id", "varchar(255)"),
                       *patients) == "user.unique_id"
    tickets = [field("helpdesk_ticket", "id", "integer", pk=True), field("helpdesk_ticket", "title"),
               field("helpdesk_ticket", "description")]
    assert category_of(classifier, field("helpdesk_ticket", "merged_to_id", "integer", ref="helpdesk_ticket"),
                       *tickets) is None


def test_the_value_of_a_row_of_a_persons_contact_points_is_their_contact(classifier: Classifier) -> None:
    """A contact point's content (FHIR's ContactPoint, pv_contact_point) and a contact detail's value are a
    phone number, an e-mail or an address of the person the row keys; a setting's value is no contact."""
    found = classifier.classify_fields([
        field("users", "id", "int", pk=True), field("users", "email"),
        field("contact_point", "user_id", "int", ref="users"), field("contact_point", "content"),
        field("contact_details", "contact_id", "int"), field("contact_details", "value", "varchar(5000)"),
        field("user_settings", "user_id", "int", ref="users"), field("user_settings", "value")])
    assert [found[i].category for i in (3, 5)] == ["user.contact"] * 2
    assert found[7].category != "user.contact"


def test_a_persons_telecom_is_their_contact(classifier: Classifier) -> None:
    """HL7's FHIR and CDA name a person's phone numbers and e-mails together their telecom."""
    found = classifier.classify_fields([field("fhir_patient", "id", "uuid", pk=True),
                                        field("fhir_patient", "family_name"), field("fhir_patient", "telecom")])
    assert found[2].category == "user.contact"


def test_where_a_record_or_a_file_was_fetched_from_is_no_ones_page(classifier: Classifier) -> None:
    """An image's source_url and a FHIR resource's sourceUri name where they were fetched from; a
    person's own url is still their page."""
    found = classifier.classify_fields([
        field("users", "id", "int", pk=True), field("users", "email"), field("users", "url"),
        field("fhir_patient", "id", "uuid", pk=True), field("fhir_patient", "sourceUri"),
        field("images", "id", "int", pk=True), field("images", "user_id", "int", ref="users"),
        field("images", "source_url")])
    assert [found[i].category for i in (2, 4, 7)] == ["user.contact.url", None, None]


def test_a_gps_address_on_a_letter_is_the_practices_and_their_name_a_persons(classifier: Classifier) -> None:
    """A letter to a patient's GP (pv_gp_letter) in a health application copies the GP's name, a person's,
    and the address of their practice, an organisation's; the patient's own address stays theirs."""
    found = classifier.classify_fields([
        field("gp_letter", "id", "int", pk=True), field("gp_letter", "gp_name"),
        field("gp_letter", "gp_address1"), field("gp_letter", "gp_postcode"),
        field("gp_letter", "patient_forename"), field("gp_letter", "patient_surname"),
        field("gp_letter", "patient_address1"),
        field("patients", "id", "int", pk=True), field("patients", "first_name"),
        field("encounters", "patient_id", "int", ref="patients"),
        field("diagnoses", "patient_id", "int", ref="patients")])
    assert [r.category for r in found[1:4]] == ["user.name", None, None]
    assert found[6].category == "user.contact.address.street"


def test_an_appointments_name_in_a_clinics_book_is_the_patients(classifier: Classifier) -> None:
    """A clinic's appointment book shows each slot by the patient booked into it (oscar's appointment.name,
    a calendar's title): the patient's name; a schedule of no patient names none."""
    found = classifier.classify_fields([
        field("patients", "id", "int", pk=True), field("patients", "first_name"),
        field("encounters", "patient_id", "int", ref="patients"),
        field("diagnoses", "patient_id", "int", ref="patients"),
        field("appointment", "id", "int", pk=True), field("appointment", "patient_id", "int", ref="patients"),
        field("appointment", "name", "varchar(50)"),
        field("fee_schedule", "id", "int", pk=True), field("fee_schedule", "name", "varchar(100)")])
    assert (found[6].category, found[8].category) == ("user.name", None)


def test_a_name_on_a_row_of_a_persons_name_changes_is_a_login_name_of_theirs(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("user_name_changes", "user_id", "bigint", ref="users.id"),
              field("user_name_changes", "name", "varchar(255)"),
              field("user_name_change_requests", "user_id", "int", ref="users.id"),
              field("user_name_change_requests", "original_name", "varchar(255)"),
              field("user_name_change_requests", "desired_name", "varchar(255)"),
              field("tag_changes", "tag_id", "int"), field("tag_changes", "name", "varchar(255)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[4], found[5]] == ["user.account.username"] * 3
    assert found[7] is None


def test_a_yes_no_on_a_persons_row_naming_an_act_in_part_of_its_name_is_their_setting(
        classifier: Classifier) -> None:
    """joined or is_online is what a person did; track_comment_visits or starred_message_counts
    switches what they see. A tiny integer counting something stays a count."""
    schema = [field("users", "id", "int", pk=True), field("users", "email", "varchar(255)"),
              field("users", "track_comment_visits", "boolean"), field("users", "starred_message_counts", "boolean"),
              field("users", "threaded_read", "tinyint(4)"), field("users", "is_online", "boolean"),
              field("users", "joined", "boolean"), field("users", "num_posts", "tinyint(4)"),
              field("notifications", "user_id", "int", ref="users.id"), field("notifications", "is_unread", "boolean")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[3], found[4]] == ["user.account.settings"] * 3
    assert [found[5], found[6], found[7], found[9]] == ["user.behavior"] * 4


def test_threads_or_topics_counted_on_a_persons_own_row_are_their_behaviour_not_a_watched_key(
        classifier: Classifier) -> None:
    schema = [field("bbs_user", "uid", "int", pk=True), field("bbs_user", "email", "varchar(40)"),
              field("bbs_user", "password", "char(32)"), field("bbs_user", "threads", "int(11)"),
              field("bbs_user", "user_chats", "int(10)"),
              field("subscribers", "user_id", "int", ref="bbs_user.uid"), field("subscribers", "thread", "int(10)"),
              field("subscribers", "forum_id", "int")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[4]] == ["user.behavior"] * 2
    assert found[6] is None


def test_a_number_named_a_name_holds_no_persons_name(classifier: Classifier) -> None:
    """A number never holds a name: named one, it keys a row (a prescription line's name, Tryton's
    Many2One) or counts who asks for attention; a text column so named still holds a name."""
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("prescription_line", "patient_id", "int"), field("prescription_line", "dose"),
              field("prescription_line", "name", "integer"), field("groups", "members_require_attention", "bigint"),
              field("patients", "name", "varchar(100)")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == [None, None]
    assert "a number holds no text" in results[4].explanation
    assert results[6].category == "user.name"


def test_where_an_uploaded_file_was_fetched_from_is_none(classifier: Classifier) -> None:
    """The page or URL an attached image was taken from is the file's provenance, not what a person
    wrote; the attachment's own text still is content."""
    schema = [field("attachments", "id", "int", pk=True), field("attachments", "user_id", "int"),
              field("attachments", "source_url", "varchar(255)"), field("attachments", "page_url", "text"),
              field("attachments", "description", "text")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == [None, None, "user.content"]


def test_the_headers_of_an_email_or_a_message_are_a_persons_data(classifier: Classifier) -> None:
    """An e-mail's headers name and address its sender and recipients; a webhook's custom headers are
    no one's."""
    schema = [field("mail_queue", "id", "int", pk=True), field("mail_queue", "recipient"),
              field("mail_queue", "subject"), field("mail_queue", "body", "text"),
              field("mail_queue", "headers", "text"),
              field("received_emails", "id", "int", pk=True), field("received_emails", "sender_email"),
              field("received_emails", "body_text", "text"), field("received_emails", "headers", "hstore"),
              field("webhooks", "id", "int", pk=True), field("webhooks", "custom_headers", "jsonb")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[8].category, results[10].category] == ["user", "user", None]


def test_a_messages_metadata_mixes_its_peoples_data_and_a_files_does_not(classifier: Classifier) -> None:
    """A message's meta or overrides (mentions, the name and avatar its sender shows) is a person's data
    of several kinds; a photo's metadata (its dimensions, its camera) is none."""
    schema = [field("messages", "id", "int", pk=True), field("messages", "author_id", "int"),
              field("messages", "content", "text"), field("messages", "overrides", "bytea"),
              field("direct_messages", "id", "int", pk=True), field("direct_messages", "from_id", "int"),
              field("direct_messages", "to_id", "int"), field("direct_messages", "meta", "json"),
              field("photos", "id", "int", pk=True), field("photos", "user_id", "int"),
              field("photos", "metadata", "json")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[7].category, results[10].category] == ["user", "user", None]


def test_the_language_of_a_named_person_on_an_order_is_theirs(classifier: Classifier) -> None:
    schema = [field("orders", "id", "int", pk=True), field("orders", "customer_id", "int", ref="customers"),
              field("orders", "customer_language", "varchar(255)"), field("orders", "user_lang", "char(7)"),
              field("orders", "orderLanguage", "varchar(12)"), field("orders", "total", "decimal(10,2)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:5]] == ["user.demographic.language"] * 3


def test_the_number_a_text_message_came_from_or_went_to_is_a_phone_number(classifier: Classifier) -> None:
    schema = [field("inbox", "ID", "int", pk=True), field("inbox", "SenderNumber", "varchar(20)"),
              field("inbox", "Text", "text"), field("sentitems", "DestinationNumber", "varchar(20)"),
              field("recv_log", "sms_sender", "varchar(20)"), field("recv_log", "sms_to", "varchar(20)"),
              field("contacts", "PreferredSMSPhoneNum", "varchar(25)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (1, 3, 4, 5, 6)] == ["user.contact.phone_number"] * 5


def test_what_the_payment_module_stored_on_an_order_is_the_payment(classifier: Classifier) -> None:
    schema = [field("shop_orders", "order_id", "int", pk=True), field("shop_orders", "user_id", "int", ref="users"),
              field("shop_orders", "payment_params", "text"), field("shop_orders", "params_payment", "text"),
              field("shop_orders", "transaction_details", "text"), field("shop_orders", "order_gateway", "varchar(64)"),
              field("credit_card", "user_id", "int", ref="users"), field("credit_card", "gateway_key", "varchar(100)"),
              field("payment_methods", "payment_params", "text")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:6]] == ["user.payment"] * 4
    assert (results[7].category, results[8].category) == ("user.payment", None)


def test_the_village_ward_block_and_colony_of_an_address_are_its_parts(classifier: Classifier) -> None:
    schema = [field("householddetails", "id", "int", pk=True), field("householddetails", "street"),
              field("householddetails", "district"), field("householddetails", "pincode", "varchar(8)"),
              field("householddetails", "villageid", "int"), field("householddetails", "wardNo", "varchar(100)"),
              field("householddetails", "block", "varchar(500)"), field("householddetails", "colony", "varchar(500)"),
              field("householddetails", "mohallaName", "varchar(300)"),
              field("patients", "id", "int", pk=True), field("patients", "village_id", "varchar(255)"),
              field("patients", "ward", "varchar(255)"), field("addresses", "village_or_colony")]
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.contact.address.city"
    assert [r.category for r in results[5:9]] == ["user.contact.address"] * 4
    assert results[10].category == "user.contact.address.city"
    # A patient's bare ward is where they lie in a hospital, no part of an address.
    assert results[11].category != "user.contact.address"
    assert results[12].category == "user.contact.address.city"


def test_a_call_detail_record_holds_the_callers_numbers_and_what_they_did(classifier: Classifier) -> None:
    schema = [field("cdrentries", "id", "int", pk=True), field("cdrentries", "accountcode", "varchar(20)"),
              field("cdrentries", "src", "varchar(20)"), field("cdrentries", "dst", "varchar(20)"),
              field("cdrentries", "dcontext", "varchar(20)"), field("cdrentries", "clid", "varchar(20)"),
              field("cdrentries", "dstchannel", "varchar(20)"), field("cdrentries", "start", "timestamp"),
              field("cdrentries", "duration", "int"), field("cdrentries", "billsec", "int"),
              field("cdrentries", "disposition", "varchar(20)"), field("cdrentries", "amaflags", "varchar(20)"),
              field("files", "src", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:6]] == ["user.unique_id", "user.contact.phone_number",
                                                  "user.contact.phone_number", None, "user.contact"]
    assert [r.category for r in results[7:12]] == ["user.behavior"] * 4 + [None]
    # Without the columns of a call record, a source is no phone number.
    assert results[12].category is None


def test_literacy_schooling_and_household_conditions_are_demographic(classifier: Classifier) -> None:
    schema = [field("beneficiary", "id", "int", pk=True), field("beneficiary", "first_name"),
              field("beneficiary", "LiteracyStatus", "varchar(30)"),
              field("beneficiary", "TypeOfSchool", "varchar(100)"),
              field("beneficiary", "incomeStatus", "varchar(45)"),
              field("household_details", "beneficiary_id", "int", ref="beneficiary"),
              field("household_details", "houseType", "varchar(500)"),
              field("household_details", "sourceofDrinkingWaterId", "int"),
              field("household_details", "fuelUsed", "varchar(500)"), field("household_details", "type_bpl_apl"),
              field("household_details", "houseno", "varchar(500)"), field("household_details", "street")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:5]] == ["user.demographic", "user.demographic", "user.financial"]
    assert [r.category for r in results[6:9]] == ["user.demographic"] * 3
    assert results[9].category == "user.financial"
    assert results[10].category == "user.contact.address.street"


def test_the_sums_of_a_customers_balance_transactions_kept_in_cents_are_their_funds(classifier: Classifier) -> None:
    schema = [field("customer", "id", "uuid", pk=True), field("customer", "email"),
              field("customer_balance_tx", "id", "uuid", pk=True),
              field("customer_balance_tx", "customer_id", "uuid", ref="customer"),
              field("customer_balance_tx", "amount_cents", "integer")]
    assert classifier.classify_fields(schema)[4].category == "user.financial"


def test_a_fax_number_kept_in_parts_is_a_fax_number(classifier: Classifier) -> None:
    schema = [field("contact", "id", "int", pk=True), field("contact", "first_name"),
              field("contact", "phone_area_code", "int"), field("contact", "fax_country_code", "int"),
              field("contact", "fax_area_code", "int"), field("contact", "fax_phone_number", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.contact.phone_number"
    assert [r.category for r in results[3:]] == ["user.contact.fax_number"] * 3


def test_an_account_kept_beside_its_routing_number_is_a_bank_account(classifier: Classifier) -> None:
    schema = [field("ach", "id", "int", pk=True), field("ach", "user_id", "int", ref="users"),
              field("ach", "aba_routing", "varchar(40)"), field("ach", "bank_account", "varchar(60)"),
              field("ach", "account_type", "int"), field("ach", "account_name", "varchar(100)"),
              field("users", "id", "int", pk=True), field("users", "account_name", "varchar(100)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:6]] == ["user.financial.bank_account"] * 2
    assert results[7].category != "user.financial.bank_account"


def test_a_suburb_is_part_of_an_address_and_an_entrys_zone_its_state(classifier: Classifier) -> None:
    schema = [field("address_book", "address_book_id", "int", pk=True),
              field("address_book", "customers_id", "int", ref="customers"),
              field("address_book", "entry_street_address", "varchar(64)"),
              field("address_book", "entry_suburb", "varchar(32)"), field("address_book", "entry_city", "varchar(32)"),
              field("address_book", "entry_zone_id", "int"), field("address_book", "addressee", "varchar(100)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.contact.address", "user.contact.address.city",
                                                 "user.contact.address.state", "user.name"]


def test_a_buyers_detailed_address_below_the_district_is_the_street(classifier: Classifier) -> None:
    schema = [field("oms_order_delivery", "id", "bigint", pk=True),
              field("oms_order_delivery", "member_id", "bigint", ref="ums_member"),
              field("oms_order_delivery", "receiver_province", "varchar(32)"),
              field("oms_order_delivery", "receiver_detail_address", "varchar(500)"),
              field("address", "address_detail", "varchar(255)"), field("address", "city_id", "int")]
    results = classifier.classify_fields(schema)
    assert (results[3].category, results[4].category) == ("user.contact.address.street",) * 2


def test_the_memo_written_on_an_invoice_is_a_note_to_the_customer(classifier: Classifier) -> None:
    schema = [field("customer", "id", "uuid", pk=True), field("customer", "email"),
              field("invoice", "id", "uuid", pk=True), field("invoice", "customer_id", "uuid", ref="customer"),
              field("invoice", "memo", "text"), field("subscription", "customer_id", "uuid", ref="customer"),
              field("subscription", "invoice_memo", "text")]
    results = classifier.classify_fields(schema)
    assert (results[4].category, results[6].category) == ("user.content.private",) * 2


def test_last_modified_shortened_is_the_rows_bookkeeping(classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "first_name"), field("patient", "email"),
              field("patient", "LastModDate", "datetime"), field("patient", "last_login", "datetime"),
              field("study", "patid", "int", ref="patient"), field("study", "lastmod", "varchar(32)")]
    results = classifier.classify_fields(schema)
    # LastModDate and lastmod are when the row last changed, as last_modified is; last_login stays an act.
    assert [r.category for r in results[3:5]] == [None, "user.behavior"]
    assert results[6].category is None


def test_a_persons_own_row_archived_is_their_accounts_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "archived", "boolean"),
              field("customer", "id", "int", pk=True), field("customer", "email"),
              field("customer", "archived_at", "timestamp"), field("projects", "archived", "boolean")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category, results[6].category] == ["user.account", "user.account", None]


def test_when_a_person_registered_on_their_own_row_is_the_accounts_creation(classifier: Classifier) -> None:
    schema = [field("d_users", "id", "int", pk=True), field("d_users", "email"),
              field("d_users", "registereddate", "date"), field("d_users", "register_datetime", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == [None, None]


def test_a_contacts_or_a_leads_row_marked_deleted_is_a_record_put_away(classifier: Classifier) -> None:
    schema = [field("contact", "id", "int", pk=True), field("contact", "first_name"), field("contact", "last_name"),
              field("contact", "email"), field("contact", "deleted", "tinyint(1)"),
              field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "deleted", "tinyint(1)")]
    results = classifier.classify_fields(schema)
    assert (results[4].category, results[8].category) == (None, "user.account")


def test_a_block_in_a_health_application_is_an_anaesthetic_one(classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "first_name"), field("patient", "mrn"),
              field("encounter", "id", "int", pk=True), field("encounter", "patient_id", "int", ref="patient"),
              field("encounter", "diagnosis"),
              field("prescription", "id", "int", pk=True), field("prescription", "patient_id", "int", ref="patient"),
              field("prescription", "drug"),
              field("anesthesia_profile_tbl", "profileId", "int", pk=True),
              field("anesthesia_profile_tbl", "profileName", "varchar(255)"),
              field("anesthesia_profile_tbl", "Block1Peribulbar", "varchar(5)"),
              field("users", "id", "int", pk=True), field("users", "username"), field("users", "block", "tinyint")]
    results = classifier.classify_fields(schema)
    # A user who signs in and is blocked keeps the state of their account.
    assert (results[11].category, results[14].category) == (None, "user.account")


def test_a_context_is_a_persons_act_only_in_a_log_keyed_by_them(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("actions", "id", "int", pk=True), field("actions", "actor_id", "int", ref="users"),
              field("actions", "event", "varchar(50)"), field("actions", "context", "text"),
              field("transfers", "id", "int", pk=True), field("transfers", "tipper", "int", ref="users"),
              field("transfers", "context", "varchar(20)"), field("undo_log", "id", "int", pk=True),
              field("undo_log", "context", "varchar(128)")]
    results = classifier.classify_fields(schema)
    assert [results[5].category, results[8].category, results[10].category] == ["user.behavior", None, None]


def test_units_are_a_persons_setting_only_as_the_whole_name(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "units", "varchar(10)"),
              field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("patients", "age_units", "varchar(255)"),
              field("inv_supply", "user_id", "int", ref="users"), field("inv_supply", "cost_per_unit", "decimal(5,2)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category, results[7].category] == [
        "user.account.settings", "user.demographic.age_range", None]


def test_a_persons_preferred_phone_or_name_is_that_phone_or_name(classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "first_name"), field("patient", "last_name"),
              field("patient", "Preferred", "varchar(255)"), field("patient", "PreferredPhoneNum", "varchar(25)"),
              field("patient", "preferred_theme", "varchar(20)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.name", "user.contact.phone_number", "user.account.settings"]


def test_until_when_a_sign_in_is_locked_is_the_accounts_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("d_auth_account_failure", "user_id", "int", ref="users"),
              field("d_auth_account_failure", "lock_until", "timestamptz"),
              field("posts", "id", "int", pk=True), field("posts", "user_id", "int", ref="users"),
              field("posts", "title"), field("posts", "body"), field("posts", "locked_until", "timestamp")]
    results = classifier.classify_fields(schema)
    assert (results[3].category, results[8].category) == ("user.account", None)


def test_when_a_persons_row_was_synced_is_bookkeeping(classifier: Classifier) -> None:
    schema = [field("patient", "id", "int", pk=True), field("patient", "first_name"), field("patient", "email"),
              field("patient", "SyncedDate", "datetime"), field("patient", "sync_date", "datetime")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == [None, None]


def test_the_sender_of_the_mails_the_application_sends_is_its_own_address(classifier: Classifier) -> None:
    """A mail queue's sender is the address the application sends as, while its recipient is a
    person's e-mail; in a chat's messages the sender is still a person's key."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("mod_email_queue", "id", "int", pk=True), field("mod_email_queue", "recipient", "varchar(255)"),
              field("mod_email_queue", "sender", "varchar(255)"), field("mod_email_queue", "subject", "varchar(255)"),
              field("mod_email_queue", "content", "text"),
              field("messages", "id", "int", pk=True), field("messages", "sender", "varchar(255)"),
              field("messages", "body", "text")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category, results[8].category] == [
        "user.contact.email", None, "user.unique_id"]


def test_a_bare_account_of_the_books_or_a_system_is_no_ones_key(classifier: Classifier) -> None:
    """A chart of accounts' mapping and a patient's billing account (elexis' konto) name an account of
    the books; on a person's own row the bare account is still the name they sign in with."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "account", "varchar(64)"),
              field("cr_coa_to_account", "chart_id", "int"), field("cr_coa_to_account", "account", "text"),
              field("cr_coa_to_account", "description", "text")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[4].category] == ["user.account.username", None]


def test_a_bare_profile_written_as_text_on_a_clinical_resource_is_no_ones_key(classifier: Classifier) -> None:
    """A FHIR resource's profile is the definition it conforms to; a favourites list's numeric profile
    still keys the person it lists."""
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("fhir_observation", "id", "int", pk=True), field("fhir_observation", "patient_id", "int"),
              field("fhir_observation", "profile", "text"), field("fhir_observation", "value_quantity", "numeric"),
              field("fave_list", "id", "int", pk=True), field("fave_list", "profile", "int")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[7].category] == [None, "user.unique_id"]


def test_a_flag_naming_a_kind_of_person_keys_no_one(classifier: Classifier) -> None:
    """is_member on a person's row is a state of their account; is_admin on a group says what the group
    is; neither keys a person, though both end in a person word."""
    schema = [field("owner", "id", "int", pk=True), field("owner", "email"), field("owner", "surname"),
              field("owner", "is_member", "integer"), field("owner", "is_driver", "integer"),
              field("groups", "id", "int", pk=True), field("groups", "name"), field("groups", "is_admin", "tinyint")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category, results[7].category] == ["user.account", "user.account", None]


def test_who_set_a_ban_is_a_person(classifier: Classifier) -> None:
    assert category_of(classifier, field("spamfilters", "setby", "varchar(255)"),
                       field("users", "id", "int", pk=True), field("users", "email")) == "user.unique_id"


def test_an_animals_vet_is_a_person(classifier: Classifier) -> None:
    assert category_of(classifier, field("animalvaccination", "administering_vet_id", "integer"),
                       field("users", "id", "int", pk=True), field("users", "email")) == "user.unique_id"


def test_another_id_of_a_persons_own_row_is_theirs(classifier: Classifier) -> None:
    """A custom_id or an increment_id beside a person row's key identifies the person; on an order it is
    the order's."""
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "custom_id", "varchar(128)"), field("customers", "increment_id", "varchar(50)"),
              field("orders", "id", "int", pk=True), field("orders", "increment_id", "varchar(50)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category, results[5].category] == [
        "user.unique_id", "user.unique_id", None]


def test_the_domain_of_a_persons_email_is_part_of_their_address(classifier: Classifier) -> None:
    accounts = [field("accounts", "id", "int", pk=True), field("accounts", "email", "varchar(200)"),
                field("accounts", "password", "varchar(64)")]
    assert category_of(classifier, field("accounts", "email_domain", "varchar(150)"), *accounts) == \
        "user.contact.email"
    # The mail domain a site is configured with is its own.
    settings = [field("site_settings", "id", "int", pk=True), field("site_settings", "site_name")]
    assert category_of(classifier, field("site_settings", "email_domain", "varchar(150)"), *settings) is None


def test_the_gateways_answer_to_a_cards_security_code_is_no_card_data(classifier: Classifier) -> None:
    payments = [field("spree_payments", "id", "int", pk=True), field("spree_payments", "amount", "decimal(10,2)"),
                field("spree_payments", "order_id", "int")]
    assert category_of(classifier, field("spree_payments", "cvv_response_code", "varchar"), *payments) is None
    assert category_of(classifier, field("spree_payments", "cc_cvv", "blob"), *payments) == \
        "user.financial.credit_card"


def test_the_processor_that_charged_a_person_is_their_payment_method(classifier: Classifier) -> None:
    subscriptions = [field("subscriptions", "id", "int", pk=True),
                     field("subscriptions", "user_id", "int", ref="users"),
                     field("users", "id", "int", pk=True), field("users", "email")]
    assert category_of(classifier, field("subscriptions", "processor", "varchar(255)"), *subscriptions) == \
        "user.payment"
    upgrades = [field("user_upgrades", "id", "int", pk=True),
                field("user_upgrades", "recipient_id", "int", ref="users"),
                field("users", "id", "int", pk=True), field("users", "email")]
    assert category_of(classifier, field("user_upgrades", "payment_processor", "int"), *upgrades) == "user.payment"
    # A processor of data on a machine's row is none.
    assert category_of(classifier, field("servers", "processor", "varchar(64)"),
                       field("servers", "id", "int", pk=True), field("servers", "hostname")) is None


def test_the_key_of_a_persons_title_or_salutation_is_part_of_their_name(classifier: Classifier) -> None:
    customers = [field("customer", "id", "int", pk=True), field("customer", "firstname"),
                 field("customer", "lastname"), field("customer", "email")]
    assert category_of(classifier, field("customer", "title_id", "int"), *customers) == "user.name"
    people = [field("person", "id", "int", pk=True), field("person", "first_name"), field("person", "last_name")]
    assert category_of(classifier, field("person", "salutation_id", "integer"), *people) == "user.name"
    # A queue's salutation (the greeting its mails open with) is the queue's.
    queues = [field("queue", "id", "int", pk=True), field("queue", "name"), field("queue", "group_id", "int")]
    assert category_of(classifier, field("queue", "salutation_id", "smallint"), *queues) is None


def test_feedback_a_person_wrote_in_a_survey_is_restricted_content(classifier: Classifier) -> None:
    responses = [field("csat_responses", "id", "int", pk=True), field("csat_responses", "rating", "int"),
                 field("csat_responses", "conversation_id", "int")]
    assert category_of(classifier, field("csat_responses", "feedback", "text"), *responses) == \
        "user.content.private"
    feedback = [field("feedback", "id", "int", pk=True), field("feedback", "participant", "bigint", ref="participants"),
                field("participants", "id", "bigint", pk=True), field("participants", "email")]
    assert category_of(classifier, field("feedback", "feedback", "text"), *feedback) == "user.content.private"


def test_the_uri_a_person_is_reached_at_on_a_call_or_chat_network_is_their_url(classifier: Classifier) -> None:
    subscriptions = [field("ps_subscription_persistence", "id", "varchar(40)", pk=True),
                     field("ps_subscription_persistence", "endpoint", "varchar(40)"),
                     field("ps_subscription_persistence", "expires", "int")]
    assert category_of(classifier, field("ps_subscription_persistence", "contact_uri", "varchar(256)"),
                       *subscriptions) == "user.contact.url"
    # Its digest keys it, no address.
    assert category_of(classifier, field("ps_subscription_persistence", "contact_uri_hash", "bytea"),
                       *subscriptions) != "user.contact.url"


def test_a_rows_last_change_named_with_its_date_or_time_is_bookkeeping(classifier: Classifier) -> None:
    schema = [field("owner", "ID", "int", pk=True), field("owner", "EmailAddress"),
              field("owner", "LastChangedBy", "varchar(1024)"), field("owner", "LastChangedDate", "timestamp"),
              field("reportsv2", "LastChangeTime", "datetime"), field("users", "last_login", "timestamp")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.unique_id", None, None, "user.behavior"]


def test_where_a_checkout_sends_the_buyer_back_is_the_shops_page(classifier: Classifier) -> None:
    schema = [field("checkout_sessions", "id", "text", pk=True), field("checkout_sessions", "customer_email"),
              field("checkout_sessions", "success_url"), field("checkout_sessions", "cancel_url"),
              field("page_views", "user_id", "int"), field("page_views", "url")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == [None, None, "user.unique_id", "user.behavior.browsing_history"]


def test_when_a_message_was_read_named_by_its_date_is_a_read_receipt(classifier: Classifier) -> None:
    schema = [field("messages", "id_message", "int", pk=True), field("messages", "id_user_from", "int"),
              field("messages", "id_user_to", "int"), field("messages", "message"),
              field("messages", "read_date", "datetime"), field("Message", "ReadDate", "timestamp"),
              field("messages", "created", "datetime")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:]] == ["user.behavior", "user.behavior", None]


def test_the_bare_time_of_a_visit_or_a_click_is_when_someone_came(classifier: Classifier) -> None:
    schema = [field("ask_visit", "ip", "varchar(15)"), field("ask_visit", "time", "int(10)"),
              field("sys_banners_clicks", "ID", "int", pk=True), field("sys_banners_clicks", "IP", "int(10)"),
              field("sys_banners_clicks", "Date", "int(10)"), field("changelog", "Time", "datetime"),
              field("changelog", "Message", "text")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (1, 4, 5)] == ["user.behavior", "user.behavior", None]


def test_a_bound_a_row_of_no_person_sets_is_none(classifier: Classifier) -> None:
    schema = [field("crypto_megolm_outbound_session", "session_id", "text", pk=True),
              field("crypto_megolm_outbound_session", "max_messages", "integer"),
              field("akeebasubs_upgrades", "min_presence", "int(5) unsigned"),
              field("akeebasubs_upgrades", "max_presence", "int(5) unsigned"),
              field("users", "id", "int", pk=True), field("users", "email"), field("users", "max_active_chats", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:4]] == [None, None, None]
    assert results[6].category == "user.account"


def test_the_campaign_tags_of_a_visit_kept_together_are_behavior(classifier: Classifier) -> None:
    schema = [field("fct_carts", "id", "int", pk=True), field("fct_carts", "customer_id", "int"),
              field("fct_carts", "email"), field("fct_carts", "utm_data", "longtext"),
              field("fct_carts", "cart_data", "longtext")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.behavior", None]


def test_the_resource_an_audit_log_names_is_what_the_person_did(classifier: Classifier) -> None:
    schema = [field("console_audit_log", "id", "uuid", pk=True), field("console_audit_log", "user_id", "uuid"),
              field("console_audit_log", "resource", "text"), field("sm", "usr"),
              field("sm", "user_id", "int"), field("sm", "resource", "text")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 5)] == ["user.behavior", "user.device"]


def test_a_message_marked_forwarded_is_its_kind_but_a_recipients_forwarded_flag_their_act(
        classifier: Classifier) -> None:
    schema = [field("message", "id", "int", pk=True), field("message", "fromUserId", "int"),
              field("message", "body"), field("message", "isForwarded", "boolean"),
              field("privmsgs_to", "user_id", "int"), field("privmsgs_to", "pm_forwarded", "tinyint(1)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5)] == [None, "user.behavior"]


def test_the_name_of_a_kind_of_visit_labels_the_schedule(classifier: Classifier) -> None:
    schema = [field("VisitPackage", "VisitPackageId", "int", pk=True),
              field("VisitPackage", "PatientId", "int"), field("VisitPackage", "VisitPackageName", "varchar(200)"),
              field("visit", "ID", "int", pk=True), field("visit", "VisitName", "varchar(100)"),
              field("users", "id", "int", pk=True), field("users", "email"), field("users", "visits", "int")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 4, 7)] == [None, None, "user.behavior"]


def test_the_event_a_persons_notification_or_subscription_names_is_its_kind(classifier: Classifier) -> None:
    schema = [field("notifications", "id", "int", pk=True), field("notifications", "participant", "int"),
              field("notifications", "event"), field("notifications", "is_seen", "boolean"),
              field("log", "id", "int", pk=True), field("log", "user", "varchar(255)"),
              field("log", "event", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 6)] == [None, "user.behavior"]


def test_a_number_named_a_query_or_a_search_is_no_search_term(classifier: Classifier) -> None:
    schema = [field("location", "id", "int", pk=True), field("location", "username"),
              field("location", "contact"), field("location", "q", "real"),
              field("search_log", "user_id", "int"), field("search_log", "q", "varchar(255)"),
              field("search_log", "query_secs", "float")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5, 6)] == [None, "user.behavior.search_history", None]


def test_the_status_of_a_persons_schedule_or_an_appointment_is_none(classifier: Classifier) -> None:
    meetings = [field("users", "id", "int", pk=True), field("users", "email"),
                field("meet_schedule", "id", "int", pk=True), field("meet_schedule", "users_id", "int", ref="users"),
                field("meet_schedule", "status", "char(1)"), field("meet_schedule", "name", "varchar(255)"),
                field("meet_schedule", "starts", "datetime")]
    clinic = [field("patient", "patient_id", "int", pk=True, source="clinic"),
              field("patient", "first_name", source="clinic"),
              field("encounter", "patient_id", "int", source="clinic"),
              field("diagnosis", "patient_id", "int", source="clinic"),
              field("appointment", "patient_id", "int", source="clinic"),
              field("appointment", "status", "varchar(100)", source="clinic")]
    assert classifier.classify_fields(meetings)[4].category is None
    assert classifier.classify_fields(clinic)[5].category is None
    arrival = field("appointment", "arrived_at", "datetime", source="clinic")
    assert classifier.classify_fields([*clinic, arrival])[6].category == "user.behavior"


def test_a_leading_privacy_word_after_the_tables_person_word_files_a_privacy_choice(classifier: Classifier) -> None:
    """sngine's user_privacy_location says who may see the location: the person's privacy choice."""
    schema = [field("users", "user_id", "int", pk=True), field("users", "user_name"),
              field("users", "user_privacy_location", "enum('me','friends','public')"),
              field("users", "user_location")]
    found = classifier.classify_fields(schema)
    assert found[2].category == "user.privacy_preferences"
    assert found[3].category == "user.location.imprecise"


def test_the_code_system_of_a_coded_value_is_none(classifier: Classifier) -> None:
    """The vocabulary a diagnosis is coded in (ICD-10) is the same for every patient."""
    diagnosis = [field("diagnosis", "patient_id", "int", ref="patient"), field("diagnosis", "diagnosis_code")]
    patients = [field("patient", "id", "int", pk=True), field("patient", "first_name")]
    for name in ("dx_code_system", "diagnosiscodestd", "coding_system"):
        assert category_of(classifier, field("diagnosis", name), *diagnosis, *patients) is None, name
    assert category_of(classifier, diagnosis[1], *diagnosis[:1], *patients) == "user.health_and_medical"


def test_a_bots_user_account_is_no_persons(classifier: Classifier) -> None:
    installs = [field("slack_installation", "id", "int", pk=True), field("slack_installation", "team_id")]
    assert category_of(classifier, field("slack_installation", "bot_user_id"), *installs) is None
    assert category_of(classifier, field("slack_installation", "installer_user_id"), *installs) == "user.unique_id"


def test_a_persons_code_on_the_rows_of_other_things_keys_them(classifier: Classifier) -> None:
    plugins = [field("my_plugin", "id", "int", pk=True), field("my_plugin", "tenant")]
    assert category_of(classifier, field("my_plugin", "user_code", "varchar(255)"), *plugins) == "user.unique_id"
    assert category_of(classifier, field("my_plugin", "plugin_code", "varchar(255)"), *plugins) is None


def test_the_day_a_record_was_extracted_is_bookkeeping(classifier: Classifier) -> None:
    extracts = [field("PatientVisitExtracts", "PatientPK", "int"), field("PatientVisitExtracts", "VisitDate", "date")]
    assert category_of(classifier, field("PatientVisitExtracts", "DateExtracted", "datetime"), *extracts) is None


def test_who_served_or_booked_is_named_by_their_role(classifier: Classifier) -> None:
    bills = [field("sale_bill", "id", "int", pk=True), field("sale_bill", "total", "numeric")]
    assert category_of(classifier, field("sale_bill", "cashier_name", "varchar(255)"), *bills) == "user.name"
    reservations = [field("reservation", "id", "int", pk=True), field("reservation", "begin", "timestamp")]
    assert category_of(classifier, field("reservation", "reserver_name", "varchar(100)"), *reservations) == \
        "user.name"


def test_who_last_touched_a_row_is_a_person_but_a_family_doctor_stays_a_name(classifier: Classifier) -> None:
    carts = [field("pc_omc_cart", "id", "int", pk=True), field("pc_omc_cart", "quantity", "int")]
    assert category_of(classifier, field("pc_omc_cart", "last_operator", "varchar(20)"), *carts) == "user.unique_id"
    patients = [field("demographic", "id", "int", pk=True), field("demographic", "first_name"),
                field("demographic", "last_name")]
    assert category_of(classifier, field("demographic", "family_doctor", "varchar(80)"), *patients) != \
        "user.unique_id"


def test_a_remark_on_a_log_line_is_no_ones_writing_but_on_an_order_it_is(classifier: Classifier) -> None:
    log = [field("action_log", "id", "int", pk=True), field("action_log", "user_id", "int"),
           field("action_log", "action", "varchar(50)"), field("action_log", "created_at", "timestamp")]
    assert category_of(classifier, field("action_log", "remark", "varchar(255)"), *log) is None
    order = [field("shop_order", "id", "int", pk=True), field("shop_order", "user_id", "int"),
             field("shop_order", "total", "numeric")]
    assert category_of(classifier, field("shop_order", "user_remark", "varchar(255)"), *order) == \
        "user.content.private"


def _users_rows(table: str) -> list[Field]:
    """A table of rows each keyed to a user, with the users table it references."""
    return [field(table, "id", "int", pk=True), field(table, "user_id", "int", ref="users"),
            field("users", "id", "int", pk=True), field("users", "email")]


def test_a_token_kept_as_a_number_counts_tokens_or_times_one_no_secret(classifier: Classifier) -> None:
    requests = _users_rows("ai_requests")
    for name in ("input_tokens", "total_tokens", "token_count", "access_token_expiry"):
        assert category_of(classifier, field("ai_requests", name, "bigint"), *requests) is None, name
    assert category_of(classifier, field("user_sessions", "access_token", "varchar(255)"),
                       *_users_rows("user_sessions")) == "user.authorization.credentials"


def test_what_a_bank_or_a_gateway_answered_is_no_ones_message(classifier: Classifier) -> None:
    payments = _users_rows("pay_order")
    for name in ("err_msg", "bank_return_msg", "processor_message", "fail_message"):
        assert category_of(classifier, field("pay_order", name, "varchar(255)"), *payments) is None, name
    assert category_of(classifier, field("pay_order", "buyer_message", "varchar(255)"), *payments) == \
        "user.content.private"


def test_a_review_posted_anonymously_is_the_reviewers_choice(classifier: Classifier) -> None:
    reviews = [field("trade_order_comment", "id", "int", pk=True),
               field("trade_order_comment", "user_id", "int", ref="users"),
               field("trade_order_comment", "comment_content", "varchar(255)"),
               field("users", "id", "int", pk=True), field("users", "email")]
    for name in ("comment_is_anonymous", "if_anonymous", "is_anon"):
        assert category_of(classifier, field("trade_order_comment", name, "tinyint(1)"), *reviews) == \
            "user.privacy_preferences", name
    stories = [field("stories", "sid", "int", pk=True), field("stories", "title")]
    assert category_of(classifier, field("stories", "perm_anon", "tinyint(1)"), *stories) is None


def test_a_feature_a_person_turned_on_is_their_setting_but_their_row_enabled_is_their_account(
        classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "first_name")]
    for name, category in (("medication_reminders_enabled", "user.account.settings"),
                           ("wall_enabled", "user.account.settings"), ("enabled", "user.account"),
                           ("lockout_enabled", "user.account"), ("two_factor_enabled", "user.account")):
        assert category_of(classifier, field("users", name, "boolean"), *users) == category, name


def test_the_self_of_a_friend_list_keys_whose_row_it_is(classifier: Classifier) -> None:
    friends = [field("friend", "id", "int", pk=True), field("friend", "friend_id", "int"),
               field("friend", "remark", "varchar(64)")]
    assert category_of(classifier, field("friend", "self_id", "int"), *friends) == "user.unique_id"


def test_a_gateways_callback_url_and_a_trade_records_number_are_no_ones(classifier: Classifier) -> None:
    orders = [field("pay_order", "id", "int", pk=True), field("pay_order", "amount", "numeric"),
              field("pay_order", "user_id", "int", ref="users"), field("users", "id", "int", pk=True),
              field("users", "email")]
    assert category_of(classifier, field("pay_order", "notify_url", "varchar(200)", comment="异步通知地址"),
                       *orders) is None
    records = [field("pay_trade_flow_record", "id", "int", pk=True),
               field("pay_trade_flow_record", "amount", "numeric")]
    assert category_of(classifier, field("pay_trade_flow_record", "trx_no", "varchar(32)"), *records) is None


def test_a_hashs_iterations_are_its_password_but_a_solutions_iteration_is_not(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email")]
    assert category_of(classifier, field("users", "iterations", "int"), *users) == "user.authorization.password"
    solutions = [field("solutions", "id", "int", pk=True), field("solutions", "user_id", "int", ref="users"),
                 *users]
    assert category_of(classifier, field("solutions", "iteration_status", "varchar(255)"), *solutions) != \
        "user.authorization.password"


def test_a_persons_wallet_address_holds_their_money_not_their_home(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email")]
    for name in ("wallet_address", "ethereum_address", "onchain_address"):
        assert category_of(classifier, field("users", name, "varchar(64)"), *users) == "user.financial", name
    assert category_of(classifier, field("users", "home_address", "varchar(255)"), *users) == "user.contact.address"


def test_the_id_an_identity_service_gave_an_account_keys_the_person(classifier: Classifier) -> None:
    users = [field("users", "id", "uuid", pk=True), field("users", "email")]
    for name in ("firebase_uid", "supabaseId", "oauth_id"):
        assert category_of(classifier, field("users", name, "text"), *users) == "user.unique_id", name
