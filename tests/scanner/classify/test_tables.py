"""Table kinds decided from a table's columns: whose rows they are, and what kind of rows."""

from __future__ import annotations

from catalog.model import Field
from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import classify, field


def test_a_creator_column_does_not_make_a_table_a_persons(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "username"),
              field("drug", "drug_id", "int", pk=True), field("drug", "creator", "int", ref="users"),
              field("drug", "dose_strength", "double")]
    creator, strength = classifier.classify_fields(schema)[3:]
    assert creator.category == "user.unique_id"
    assert strength.category is None
    assert strength.explanation.endswith("table drug is unknown (table name says nothing known)")


def test_an_owner_key_still_makes_a_table_a_persons(classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "username"),
              field("cases", "user_id", "int", ref="users"), field("cases", "changed_by", "int", ref="users")]
    owner = classifier.classify_fields(schema)[2]
    assert owner.explanation.endswith("table cases is person data (user_id references a person)")


def test_a_persons_data_table_keying_no_person_is_its_owners_or_a_catalogue(classifier: Classifier) -> None:
    schema = [field("realm_user_default", "id", "int", pk=True), field("realm_user_default", "realm_id", "int"),
              field("realm_user_default", "enable_sounds", "boolean"),
              field("settings", "name"), field("settings", "title"), field("settings", "value"),
              field("user_settings", "user_id", "int"), field("user_settings", "theme")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == [None, None, None, None, "user.unique_id",
                                                  "user.account.settings"]
    assert results[2].explanation.endswith(
        "table realm_user_default is org (table name says org (realm user default: the realm's, as no column "
        "keys a person))")
    assert results[3].explanation.endswith(
        "table settings is thing (table name says thing (settings: definitions, as no column keys a person "
        "and its column name names each row))")


def test_a_contact_point_table_keeps_its_name_column(classifier: Classifier) -> None:
    schema = [field("email_address", "id", "varchar(17)", pk=True), field("email_address", "name"),
              field("email_address", "opt_out", "tinyint(1)")]
    assert classifier.classify_fields(schema)[2].category == "user.privacy_preferences"


def test_a_named_place_with_an_address_is_an_organisations_site(classifier: Classifier) -> None:
    schema = [field("location", "location_id", "int", pk=True), field("location", "name"),
              field("location", "city"), field("location", "postal_code"),
              field("places", "city"), field("places", "postal_code")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == [None, None, "user.contact.address.city",
                                                  "user.contact.address.postal_code"]
    assert results[2].explanation.endswith("table location is org (table name says org (location: places named "
                                           "by their column name, as no column keys whose they are))")


def test_clinical_orders_of_drugs_are_health_records(classifier: Classifier) -> None:
    assert classifier.tables.kind_of_name("drug_order")[0] == "health"


def test_a_key_to_a_table_whose_columns_hold_no_person_is_none(classifier: Classifier) -> None:
    schema = [field("recipient", "id", "int", pk=True), field("recipient", "type_id", "int"),
              field("recipient", "type", "smallint"),
              field("message", "recipient_id", "int", ref="recipient"),
              field("alert_recipient", "user_id", "int"), field("alert_recipient", "alert_read", "boolean")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results] == [None, None, None, None, "user.unique_id", "user.behavior"]
    assert results[3].explanation.startswith("not personal data: it references recipient, which holds no persons")
    assert "recipient is thing (table name says thing (recipient, with no column that describes or keys " \
           "a person))" in results[0].explanation


def test_an_account_with_no_column_of_a_person_is_a_company(classifier: Classifier) -> None:
    schema = [field("account", "id", "varchar(17)", pk=True), field("account", "name"),
              field("account", "billing_address_city"), field("account", "assigned_user_id", "varchar(17)"),
              field("contact", "id", "varchar(17)", pk=True), field("contact", "first_name"),
              field("contact", "account_id", "varchar(17)")]
    assert [r.category for r in classifier.classify_fields(schema)] == [
        None, None, None, "user.unique_id", "user.unique_id", "user.name.first", None]


def test_a_persons_own_records_hold_their_data(classifier: Classifier) -> None:
    schema = [field("employee", "emp_number", "int", pk=True), field("employee", "emp_firstname"),
              field("emp_education", "emp_number", "int", ref="employee"), field("emp_education", "major"),
              field("emp_education", "start_date", "date"),
              field("stats_user_daily", "userid", "int"), field("stats_user_daily", "timeend", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.unique_id", "user", "user", "user.unique_id", None]
    assert results[3].confidence == 0.4
    assert results[3].explanation.startswith("user: no rule names it, and columns of a record table hold user")


def test_a_persons_record_naming_where_stays_their_record(classifier: Classifier) -> None:
    """A person's schooling or past posts name the place of the school or the employer (its
    country, its province): the table is still a record of theirs, not an address."""
    schema = [field("member", "id", "int", pk=True), field("member", "login"),
              field("member_education", "member_id", "int"), field("member_education", "university"),
              field("member_education", "country"), field("member_education", "province"),
              field("member_education", "degree"),
              field("member_position", "member_id", "int"), field("member_position", "description", "text")]
    results = classifier.classify_fields(schema)
    university, degree, description = results[3], results[6], results[8]
    assert university.category == degree.category == description.category == "user"
    assert "record table" in university.explanation and "record table" in description.explanation
    assert results[4].category == "user.contact.address.country"


def test_a_candidates_or_guests_things_are_their_data(classifier: Classifier) -> None:
    """A candidate's, an applicant's or a guest's word before a head of the system's (positions,
    settings) makes the rows that person's, as a user's or a member's does."""
    schema = [field("candidates", "id", "int", pk=True), field("candidates", "email"),
              field("candidate_positions", "candidate_id", "int", ref="candidates"),
              field("candidate_positions", "title")]
    results = classifier.classify_fields(schema)
    assert "person data" in results[3].explanation
    assert results[3].category == "user.job_title"


def test_a_patients_record_named_after_them_is_clinical_not_merely_theirs(classifier: Classifier) -> None:
    """patient_evaluation is a record of the patient's (named after them, keyed by them) and a
    clinical one: what no rule names there is clinical, as in any clinical record."""
    schema = [field("patient", "id", "int", pk=True), field("patient", "name"),
              field("patient_evaluation", "id", "int", pk=True),
              field("patient_evaluation", "patient_id", "int", ref="patient"),
              field("patient_evaluation", "evolution", "text"),
              field("patient_evaluation", "glycemia", "float"),
              field("appointment", "id", "int", pk=True), field("appointment", "patient_id", "int", ref="patient")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:6]] == ["user.unique_id", "user.health_and_medical",
                                                 "user.health_and_medical"]
    assert "columns of a health table hold" in results[4].explanation


def test_muted_users_are_a_relation_and_a_customer_keyed_by_itself_is_a_company(classifier: Classifier) -> None:
    assert classifier.tables.kind_of_name("zerver_muteduser")[0] == "social"
    schema = [field("customer", "customer_id", "int", pk=True), field("customer", "name"),
              field("customer", "description")]
    assert "customer is thing" in classifier.classify_fields(schema)[1].explanation


def test_a_retention_period_is_none(classifier: Classifier) -> None:
    [retention] = classifier.classify_fields([field("streams", "message_retention_days", "int")])
    assert retention.category is None


def test_a_table_named_after_email_with_a_message_body_holds_emails(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("mail_queue", "id", "int", pk=True), field("mail_queue", "recipient"),
              field("mail_queue", "subject"), field("mail_queue", "body", "text"),
              field("user_emails", "user_id", "int"), field("user_emails", "email"), field("user_emails", "subject")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:6]] == ["user.content.private", "user.content.private"]
    assert results[5].explanation.endswith(
        "table mail_queue is content private (table name says content_private (queue: e-mails, as it holds "
        "a message body))")
    assert [r.category for r in results[7:]] == ["user.contact.email", None]


def test_a_persons_data_keyed_by_the_person_alone_is_more_of_their_row(classifier: Classifier) -> None:
    schema = [field("common_member", "uid", "int", pk=True), field("common_member", "email"),
              field("common_member_connect", "uid", "int", pk=True),
              field("common_member_connect", "conisfeed", "bool"), field("common_member_connect", "spacecss", "text"),
              field("user_pins", "id", "int", pk=True), field("user_pins", "user_id", "int"),
              field("user_pins", "grade", "int")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:5]] == ["user.account", "user"]
    assert results[3].explanation == (
        "user.account: no rule names it, and columns of a extension table hold user.account; "
        "table common_member_connect is person data (table name says person_data (connect of member))")
    assert results[7].category is None


def test_a_support_ticket_is_a_record_like_an_order_not_a_persons_row(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("ticket", "ticket_id", "int", pk=True), field("ticket", "user_id", "int"),
              field("ticket", "email"), field("ticket", "name"),
              field("ticket", "isoverdue", "tinyint(1)"), field("ticket", "lastmessage", "datetime")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == [None, "user.unique_id", "user.contact.email", None, None, None]
    assert results[6].explanation.endswith("table ticket is commerce (table name says commerce (ticket))")


def test_a_table_holding_a_login_name_and_a_password_holds_accounts(classifier: Classifier) -> None:
    schema = [field("s_core_auth", "id", "int", pk=True), field("s_core_auth", "username", "varchar(255)"),
              field("s_core_auth", "password", "varchar(255)"), field("s_core_auth", "name", "varchar(255)"),
              field("s_core_auth", "lockeduntil", "datetime"),
              field("user_credentials", "id", "int", pk=True), field("user_credentials", "user_id", "int"),
              field("user_credentials", "username"), field("user_credentials", "password")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[:4]] == [
        "user.unique_id", "user.account.username", "user.authorization.password", "user.name"]
    assert results[0].explanation.endswith(
        "table s_core_auth is person (table name says person (auth: accounts, as it holds a login name and a "
        "password and keys no person))")
    assert results[5].category is None


def test_organisations_that_sign_in_with_a_login_name_and_a_password_are_persons(classifier: Classifier) -> None:
    columns = [("profileId", "int"), ("username", "varchar(40)"), ("password", "varchar(120)"),
               ("firstName", "varchar(50)"), ("lastName", "varchar(50)"), ("email", "varchar(120)")]
    affiliates = [field("Affiliates", n, t, pk=n == "profileId") for n, t in columns]
    stores = [field("stores", "id", "int", pk=True), field("stores", "name"), field("stores", "email"),
              field("stores", "smtp_username"), field("stores", "smtp_password")]
    results = classifier.classify_fields([*affiliates, *stores])
    assert [r.category for r in results[:6]] == [
        "user.unique_id", "user.account.username", "user.authorization.password", "user.name.first",
        "user.name.last", "user.contact.email"]
    assert results[1].explanation.endswith(
        "table Affiliates is person (table name says person (affiliate: persons, as each row signs in with a "
        "login name and a password))")
    # A store's mail account describes no person: the store stays an organisation.
    assert results[8].category is None


def test_a_row_named_after_its_table_with_nothing_only_a_person_has_is_an_organisations(
        classifier: Classifier) -> None:
    facility = [field("tblHF", "HfID", "int", pk=True), field("tblHF", "HFName"), field("tblHF", "HFAddress"),
                field("tblHF", "Phone"), field("tblHF", "Fax"), field("tblHF", "eMail")]
    insurees = [field("tblInsuree", "InsureeID", "int", pk=True), field("tblInsuree", "LastName"),
                field("tblInsuree", "FirstName"), field("tblInsuree", "Phone"), field("tblInsuree", "Email")]
    results = classifier.classify_fields([*facility, *insurees])
    assert [r.category for r in results[:6]] == [None] * 6
    assert results[1].explanation.endswith(
        "table tblHF is org (its columns describe something named by its column hf name, with nothing only a "
        "natural person has)")
    assert [r.category for r in results[6:]] == [
        "user.unique_id", "user.name.last", "user.name.first", "user.contact.phone_number", "user.contact.email"]


def test_a_remember_me_cookie_holds_a_credential(classifier: Classifier) -> None:
    assert classifier.words.words("users_remember_me_cookies") == ("user", "remember", "me", "cookie")
    assert classifier.words.words("categories") == ("category",)
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users_remember_me_cookies", "code", "varchar(32)"),
              field("users_remember_me_cookies", "guid", "int"),
              field("remember_me", "user_id", "int"), field("remember_me", "sequence", "varchar(255)"),
              field("cookie", "memberId", "int"), field("cookie", "series", "char(32)"),
              field("coupons", "code", "varchar(32)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (2, 5, 7)] == ["user.authorization.credentials"] * 3
    assert results[8].category is None


def test_a_sessions_update_time_is_when_its_person_was_last_active(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("sessions", "id", "varchar(128)", pk=True), field("sessions", "user_id", "int"),
              field("sessions", "modified", "datetime"), field("sessions", "created_at", "datetime"),
              field("push_session", "username"), field("push_session", "timestamp", "bigint"),
              field("api_session", "api_id", "int"), field("api_session", "session_id", "varchar(32)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (4, 5, 7, 9)] == ["user.behavior", None, None, None]
    assert "session" not in classifier.tables.name_context("push_session", None, frozenset())[2]


def test_a_persons_key_value_settings_hold_the_choice_not_the_settings_name(classifier: Classifier) -> None:
    assert classifier.tables.name_words("pconfig") == ("config",)
    assert classifier.tables.name_words("gserver") == ("server",)
    assert classifier.tables.name_words("users") == ("user",)
    schema = [field("user", "uid", "int", pk=True), field("user", "email"), field("user", "username"),
              field("pconfig", "id", "int", pk=True), field("pconfig", "uid", "int", ref="user"),
              field("pconfig", "cat", "varchar(50)"), field("pconfig", "k", "varchar(100)"),
              field("pconfig", "v", "mediumtext"),
              field("custom_filters", "user_id", "int"), field("custom_filters", "name"),
              field("custom_filters", "filter")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:8]] == [None, None, "user.account.settings"]
    assert results[9].category is None


def test_a_posts_privacy_or_visibility_column_varies_its_audience(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("posts", "id", "int", pk=True), field("posts", "owner_id", "int"), field("posts", "title"),
              field("posts", "content", "text"), field("posts", "privacy", "tinyint(1)"),
              field("comments", "id", "int", pk=True), field("comments", "user_id", "int"),
              field("comments", "body", "text")]
    results = classifier.classify_fields(schema)
    assert results[5].category == "user.content"
    assert "its column privacy varies the audience" in results[5].explanation
    assert results[9].category == "user.content.public"


def test_the_rating_a_reviewer_gives_is_part_of_their_published_review(classifier: Classifier) -> None:
    schema = [field("customer", "id", "int", pk=True), field("customer", "email"),
              field("product_review", "id", "int", pk=True), field("product_review", "author_id", "int"),
              field("product_review", "comment", "text"), field("product_review", "rating", "int"),
              field("comment", "user_id", "int"), field("comment", "body", "text"), field("comment", "score", "float"),
              field("room_bans", "user_id", "int")]
    results = classifier.classify_fields(schema)
    assert results[5].category == "user.content.public"
    assert results[8].category is None
    assert "review" in classifier.tables.name_context("product_review", None, frozenset())[2]
    assert "ban" not in classifier.tables.name_context("room_bans", None, frozenset())[2]


def test_a_table_keyed_by_a_participant_or_voter_holds_their_rows(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("stances", "id", "int", pk=True), field("stances", "participant_id", "int"),
              field("stances", "poll_id", "int"), field("stances", "reason", "varchar(255)"),
              field("ballots", "id", "int", pk=True), field("ballots", "voter_id", "int"),
              field("widgets", "id", "int", pk=True), field("widgets", "creator_id", "int")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "stances")].kind == "person_data"
    assert contexts[("app", "ballots")].kind == "person_data"
    assert contexts[("app", "widgets")].kind == "thing"


def test_the_secret_of_a_password_reset_or_a_recovery_code_row_is_a_credential(classifier: Classifier) -> None:
    schema = [field("client", "id", "int", pk=True), field("client", "email"),
              field("client_password_reset", "id", "int", pk=True), field("client_password_reset", "client_id", "int"),
              field("client_password_reset", "hash", "varchar(100)"),
              field("2fa_recovery_codes", "uid", "int"), field("2fa_recovery_codes", "code", "varchar(50)"),
              field("files", "id", "int", pk=True), field("files", "hash", "varchar(100)")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[6].category] == ["user.authorization.credentials"] * 2
    assert results[8].category is None


def test_an_email_table_whose_content_column_holds_the_message_holds_emails(classifier: Classifier) -> None:
    schema = [field("client", "id", "int", pk=True), field("client", "email"),
              field("mod_email_queue", "id", "int", pk=True), field("mod_email_queue", "recipient"),
              field("mod_email_queue", "subject"), field("mod_email_queue", "content", "text"),
              field("email_templates", "id", "int", pk=True), field("email_templates", "action_code"),
              field("email_templates", "subject")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "mod_email_queue")].kind == "content_private"
    assert contexts[("app", "email_templates")].kind != "content_private"
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user.content.private"] * 2


def test_a_theme_keyed_by_whose_it_is_holds_that_persons_settings(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("themes", "id", "int", pk=True), field("themes", "user_id", "int"),
              field("themes", "primary_color", "int"), field("themes", "body_text", "int"),
              field("site_themes", "id", "int", pk=True), field("site_themes", "name"),
              field("site_themes", "primary_color", "int")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user.account.settings"] * 2
    assert results[8].category is None


def test_a_table_of_commenters_holds_persons(classifier: Classifier) -> None:
    schema = [field("commenters", "commenterhex", "text", pk=True), field("commenters", "email"),
              field("commenters", "name"), field("commenters", "passwordhash")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "commenters")].kind == "person"
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:]] == ["user.contact.email", "user.name", "user.authorization.password"]


def test_statistics_keyed_by_a_person_are_their_counters(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("statistics", "id", "int", pk=True), field("statistics", "users_id", "int", ref="users"),
              field("statistics", "total_videos", "int"), field("statistics", "total_subscriptions", "int"),
              field("statistics", "collected", "datetime"), field("site_statistics", "id", "int", pk=True),
              field("site_statistics", "total_videos", "int")]
    contexts, _ = classifier.contexts(schema)
    assert "counters" in contexts[("app", "statistics")].has
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user.behavior"] * 2
    assert results[8].category is None


def test_leaves_keyed_by_a_person_are_their_records(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("leaves", "id", "int", pk=True), field("leaves", "user_id", "int", ref="users"),
              field("leaves", "start_date", "date"), field("leaves", "end_date", "date"),
              field("holidays", "id", "int", pk=True), field("holidays", "start_date", "date")]
    contexts, _ = classifier.contexts(schema)
    assert "record" in contexts[("app", "leaves")].has
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user"] * 2
    assert results[7].category is None


def test_messages_addressed_to_one_person_are_private(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("messages", "message_id", "int", pk=True), field("messages", "message_from", "int"),
              field("messages", "message_to", "varchar(200)"), field("messages", "message_content", "text"),
              field("qa_messages", "messageid", "int", pk=True),
              field("qa_messages", "type", "enum('public','private')"),
              field("qa_messages", "fromuserid", "int"), field("qa_messages", "touserid", "int"),
              field("qa_messages", "content", "text")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "messages")].kind == "content_private"
    assert contexts[("app", "qa_messages")].kind == "content"
    results = classifier.classify_fields(schema)
    assert results[5].category == "user.content.private"
    assert results[10].category != "user.content.private"


def test_a_table_linking_persons_to_their_groups_holds_memberships(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("user_usergroup_map", "user_id", "int", pk=True),
              field("user_usergroup_map", "group_id", "int", pk=True),
              field("usergroups", "id", "int", pk=True), field("usergroups", "title"),
              field("member_group", "group_id", "int", pk=True), field("member_group", "title")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "user_usergroup_map")].kind == "person_data"
    assert contexts[("app", "usergroups")].kind == "thing"
    assert contexts[("app", "member_group")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert results[3].category == "user.authorization"


def test_a_shift_keyed_by_a_member_of_staff_is_when_they_worked(classifier: Classifier) -> None:
    schema = [field("people", "id", "varchar", pk=True), field("people", "name"),
              field("shifts", "id", "varchar", pk=True), field("shifts", "startshift", "timestamp"),
              field("shifts", "endshift", "timestamp"), field("shifts", "pplid", "varchar"),
              field("ohrm_work_shift", "id", "int", pk=True), field("ohrm_work_shift", "name"),
              field("ohrm_work_shift", "start_time", "time")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.behavior"] * 2
    assert results[8].category is None


def test_a_persons_progress_through_a_course_or_an_event_is_what_they_did(classifier: Classifier) -> None:
    """Enrolments, lesson progress and answers to an event's invitation keyed by a person: their flags,
    counts and times are the person's behaviour; a table of lessons keyed by no one is none of theirs."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("lesson_progress", "id", "int", pk=True), field("lesson_progress", "user_id", "int", ref="users"),
              field("lesson_progress", "lesson_id", "int"), field("lesson_progress", "completed", "boolean"),
              field("lesson_progress", "seconds_watched", "int"),
              field("rsvps", "user_id", "int", ref="users"), field("rsvps", "attended", "boolean"),
              field("progress", "id", "int", pk=True), field("progress", "completed", "boolean")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (5, 6, 8)] == ["user.behavior"] * 3
    assert results[10].category is None


def test_a_named_and_described_thing_with_no_natural_person_column_is_a_thing(classifier: Classifier) -> None:
    """A quiz with a title, a description and pass marks (read as password words) is a thing; a
    table that also holds a first and a last name stays a person's."""
    schema = [field("tests", "test_id", "int", pk=True), field("tests", "title"),
              field("tests", "description"), field("tests", "passscore", "int"),
              field("tests", "passfeedback"), field("tests", "failfeedback"),
              field("speakers", "id", "int", pk=True), field("speakers", "title"),
              field("speakers", "description"), field("speakers", "email"),
              field("speakers", "first_name"), field("speakers", "last_name")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "tests")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[:6]] == [None] * 6
    assert contexts[("app", "speakers")].kind == "person"
    assert results[9].category == "user.contact.email"


def test_a_qualified_person_word_keyed_only_by_its_own_key_names_a_thing(classifier: Classifier) -> None:
    """genetic_profile's own key (genetic_profile_id) keys the row itself, not a person: the table
    is a kind of thing; study_subject, which also keys a subject, stays a person's."""
    schema = [field("genetic_profile", "genetic_profile_id", "int", pk=True),
              field("genetic_profile", "cancer_study_id", "int"), field("genetic_profile", "datatype"),
              field("genetic_profile", "name"), field("genetic_profile", "description"),
              field("mutation", "genetic_profile_id", "int", ref="genetic_profile"),
              field("study_subject", "study_subject_id", "int", pk=True),
              field("study_subject", "label"), field("study_subject", "subject_id", "int", ref="subject"),
              field("subject", "subject_id", "int", pk=True), field("subject", "date_of_birth", "date"),
              field("subject", "gender")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "genetic_profile")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert [results[0].category, results[3].category, results[5].category] == [None] * 3
    assert contexts[("app", "study_subject")].kind != "thing"


def test_a_coded_value_counts_only_in_a_table_of_a_persons_rows(classifier: Classifier) -> None:
    """A key to a list of genes in a catalogue of genes keys a lookup, not a person's genetic data;
    the same coded key in a table keyed by a patient keeps the attribute it codes."""
    schema = [field("patients", "id", "int", pk=True), field("patients", "last_name"),
              field("patients", "country_code", "varchar(3)"),
              field("geneset", "id", "int", pk=True), field("geneset", "genetic_entity_id", "int"),
              field("geneset", "name"), field("geneset", "version"),
              field("tumor_profile", "patient_id", "int", ref="patients"),
              field("tumor_profile", "genetic_entity_id", "int")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.contact.address.country"
    assert results[4].category is None
    assert results[8].category == "user.health_and_medical.genetic"


def test_a_table_of_public_keys_with_names_or_pictures_holds_remote_identities(classifier: Classifier) -> None:
    """apcontact (a federated actor: a public key, a nick, a name, a photo) holds persons' identities
    though its name says nothing; a table of servers' public keys with no name or picture does not."""
    schema = [field("apcontact", "url", "varbinary(383)", pk=True), field("apcontact", "nick"),
              field("apcontact", "name"), field("apcontact", "photo", "varbinary(383)"),
              field("apcontact", "pubkey"), field("apcontact", "updated", "datetime"),
              field("nodekeys", "id", "int", pk=True), field("nodekeys", "public_key"),
              field("nodekeys", "version")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "apcontact")].kind == "person"
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.name"
    assert contexts[("app", "nodekeys")].kind != "person"
    assert results[7].category is None


def test_a_tables_own_key_named_by_a_domain_word_keys_no_clinical_record(classifier: Classifier) -> None:
    """In a health application mutation_event (an event by the domain's word) keyed only by its own
    mutation_event_id is a catalogue of mutations; opd, keyed by its own opd_id, stays a clinical record."""
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "birth_date", "date"),
              field("encounter", "encounter_id", "int", pk=True), field("encounter", "patient_id", "int"),
              field("mutation_event", "mutation_event_id", "int", pk=True),
              field("mutation_event", "protein_change"), field("mutation_event", "strand", "varchar(2)"),
              field("opd", "opd_id", "int", pk=True), field("opd", "opd_note", "text")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "mutation_event")].kind != "health"
    assert contexts[("app", "opd")].kind == "health"
    results = classifier.classify_fields(schema)
    assert [results[5].category, results[6].category] == [None, None]


def test_a_declared_key_to_a_table_of_things_keys_no_person(classifier: Classifier) -> None:
    """mutation.genetic_profile_id names a profile (a person word) but declares a key to
    genetic_profile, a table of things: the mutation rows are no person's by it. A key to users
    still makes a table a person's."""
    schema = [field("genetic_profile", "genetic_profile_id", "int", pk=True), field("genetic_profile", "name"),
              field("genetic_profile", "description"),
              field("mutation", "genetic_profile_id", "int", ref="genetic_profile"),
              field("mutation", "center", "varchar(100)"),
              field("users", "id", "int", pk=True), field("users", "email"),
              field("bookmarks", "profile_id", "int", ref="users"), field("bookmarks", "url")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "mutation")].kind not in ("person", "person_data")
    assert "person_key" not in contexts[("app", "mutation")].has
    assert "person_key" in contexts[("app", "bookmarks")].has
    results = classifier.classify_fields(schema)
    assert results[3].category is None
    assert results[7].category == "user.unique_id"


def test_a_table_keyed_to_a_patients_records_holds_their_records(classifier: Classifier) -> None:
    """In a health application mutation, whose name says nothing, declares a key to sample, a
    table of a patient's records: its rows are clinical too. A key placing a row under its parent
    (parent_sample_id) says nothing of whose the row is."""
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "birth_date", "date"),
              field("encounter", "encounter_id", "int", pk=True), field("encounter", "patient_id", "int"),
              field("sample", "sample_id", "int", pk=True), field("sample", "patient_id", "int", ref="patient"),
              field("mutation", "sample_id", "int", ref="sample"), field("mutation", "amino_acid_change"),
              field("aliquot", "parent_sample_id", "int", ref="sample"), field("aliquot", "volume", "int")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "mutation")].kind == "health"
    assert contexts[("app", "aliquot")].kind != "health"
    results = classifier.classify_fields(schema)
    assert results[7].category == "user.health_and_medical"
    assert results[9].category is None


def test_things_keyed_to_a_patients_records_are_their_records(classifier: Classifier) -> None:
    """In a health application structural_variant (a variant, a thing by its name) keyed to a sample
    of a patient's holds that patient's records; a catalogue of variants keyed to nothing stays things."""
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "birth_date", "date"),
              field("encounter", "encounter_id", "int", pk=True), field("encounter", "patient_id", "int"),
              field("sample", "sample_id", "int", pk=True), field("sample", "patient_id", "int", ref="patient"),
              field("structural_variant", "sample_id", "int", ref="sample"),
              field("structural_variant", "annotation", "varchar(255)"),
              field("known_variant", "id", "int", pk=True), field("known_variant", "annotation", "varchar(255)")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "structural_variant")].kind == "health"
    assert contexts[("app", "known_variant")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert results[7].category == "user.health_and_medical"
    assert results[9].category is None


def test_a_clinical_table_holding_a_medical_record_number_keeps_a_patients_records(classifier: Classifier) -> None:
    """referral_special declares no key, but its mrn column names whose records its rows are: they
    are a patient's, not a catalogue; referral_type, with no such column, stays a catalogue."""
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "birth_date", "date"),
              field("encounter", "encounter_id", "int", pk=True), field("encounter", "patient_id", "int"),
              field("diagnosis", "diagnosis_id", "int", pk=True), field("diagnosis", "patient_id", "int"),
              field("allergy", "allergy_id", "int", pk=True), field("allergy", "patient_id", "int"),
              field("referral_special", "id", "int", pk=True), field("referral_special", "mrn", "varchar(15)"),
              field("referral_special", "complaint", "text"),
              field("referral_type", "id", "int", pk=True), field("referral_type", "complaint", "text")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "referral_special")].kind == "health"
    assert contexts[("app", "referral_type")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert results[10].category == "user.health_and_medical"
    assert results[12].category is None


def test_a_persons_data_table_naming_an_organisation_and_keying_no_one_is_the_organisations(
        classifier: Classifier) -> None:
    """dtb_baseinfo (named as someone's info) holds a shop's name, e-mail and phone and keys no one:
    they are the shop's; customer_info, keyed by its customer, keeps the customer's company."""
    schema = [field("dtb_baseinfo", "id", "int", pk=True), field("dtb_baseinfo", "company_name"),
              field("dtb_baseinfo", "shop_name"), field("dtb_baseinfo", "email01"), field("dtb_baseinfo", "tel01"),
              field("dtb_baseinfo", "addr01"), field("dtb_baseinfo", "zip01"),
              field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customer_info", "customer_id", "int", ref="customers"), field("customer_info", "company_name"),
              field("customer_info", "phone")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "dtb_baseinfo")].kind == "org"
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:7]] == [None] * 6
    assert results[10].category == "user.contact.organization"
    assert results[11].category == "user.contact.phone_number"


def test_a_thing_keyed_by_a_person_with_an_identitys_key_and_name_is_their_identity(classifier: Classifier) -> None:
    """hubzilla's channel (a thing by its name) is keyed by the person's account and holds a public
    key and a name: each row is an identity of that person. A community with a key, a name and a
    description but keyed by no one stays a thing."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "password"),
              field("channel", "channel_id", "int", pk=True), field("channel", "channel_user_id", "int", ref="users"),
              field("channel", "channel_name"), field("channel", "channel_pubkey"),
              field("channel", "channel_timezone", "varchar(128)"),
              field("community", "id", "int", pk=True), field("community", "name"),
              field("community", "public_key"), field("community", "description")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "channel")].kind == "person"
    assert contexts[("app", "community")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[7].category] == ["user.unique_id", "user.account.settings"]
    assert [results[8].category, results[9].category] == [None, None]


def test_a_table_holding_a_medical_record_number_in_a_health_application_is_the_patients(
        classifier: Classifier) -> None:
    """sample_newborn says nothing by its name and declares no key, but its medical record number
    names whose records its rows are; a table with neither stays unknown."""
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "birth_date", "date"),
              field("encounter", "encounter_id", "int", pk=True), field("encounter", "patient_id", "int"),
              field("diagnosis", "diagnosis_id", "int", pk=True), field("diagnosis", "patient_id", "int"),
              field("allergy", "allergy_id", "int", pk=True), field("allergy", "patient_id", "int"),
              field("sample_newborn", "id", "int", pk=True),
              field("sample_newborn", "medical_record_number", "varchar(20)"),
              field("sample_newborn", "nicu_note", "text"),
              field("sample_batch", "id", "int", pk=True), field("sample_batch", "nicu_note", "text")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "sample_newborn")].kind == "health"
    assert contexts[("app", "sample_batch")].kind == "unknown"
    results = classifier.classify_fields(schema)
    assert results[9].category == "user.health_and_medical.record_id"
    assert results[10].category == "user.health_and_medical"
    assert results[12].category is None


def test_a_table_keyed_and_named_by_a_practice_holds_the_practices_address(classifier: Classifier) -> None:
    """pv_gp_master, keyed by practice_code and named by practice_name, lists the GP practices: their
    addresses and phones are the practices', no person's."""
    schema = [field("gp_master", "practice_code", pk=True), field("gp_master", "practice_name"),
              field("gp_master", "address_1"), field("gp_master", "postcode"), field("gp_master", "telephone")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "gp_master")].kind == "org"
    assert contexts[("app", "gp_master")].reason.startswith("its columns describe an organisation named by its column")
    assert [r.category for r in classifier.classify_fields(schema)[2:5]] == [None] * 3


def test_a_person_word_keying_a_table_of_organisations_names_them_in_that_schema(classifier: Classifier) -> None:
    """customer_company's own key is customer_id: there customers are companies, so customer_id keys
    a company elsewhere too and the company's address is none; a user's key store keyed by user_id
    keeps its user."""
    schema = [field("customer_company", "customer_id", "varchar(150)", pk=True), field("customer_company", "name"),
              field("customer_company", "street"), field("customer_company", "city"),
              field("customer_user", "id", "int", pk=True), field("customer_user", "login"),
              field("customer_user", "email"), field("customer_user", "customer_id", "varchar(150)"),
              field("ticket", "id", "int", pk=True), field("ticket", "customer_id", "varchar(150)"),
              field("user_key_store", "user_id", "int", pk=True), field("user_key_store", "enc_key")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "customer_company")].kind == "org"
    assert contexts[("app", "customer_user")].kind == "person"
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (0, 2, 3, 7, 9)] == [None] * 5
    assert results[6].category == "user.contact.email"
    assert results[10].category == "user.unique_id"


def test_an_account_of_a_kind_with_a_host_login_and_password_is_the_systems_login(classifier: Classifier) -> None:
    """mail_account names a mail server's host, a login and a password, and keys no one but who
    changed it: the system's mailbox, whose login and password are no person's; a person's
    account with a login and a password stays theirs."""
    schema = [field("users", "id", "int", pk=True), field("users", "login"), field("users", "pw"),
              field("mail_account", "id", "int", pk=True), field("mail_account", "login"),
              field("mail_account", "pw"), field("mail_account", "host"),
              field("mail_account", "create_by", "int", ref="users"),
              field("user_account", "id", "int", pk=True), field("user_account", "login"),
              field("user_account", "password")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "mail_account")].kind == "system"
    assert contexts[("app", "user_account")].kind != "system"
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == [None, None]
    assert results[7].category == "user.unique_id"
    assert results[10].category == "user.authorization.password"


def test_a_column_named_by_a_short_form_of_its_tables_name_names_its_rows(classifier: Classifier) -> None:
    """WARD's columns carry WRD_ for the ward: WRD_NAME names each ward, whose phone and e-mail are
    the ward's; a user table's user_name (user is a person word, no short form) stays a person's."""
    schema = [field("WARD", "WRD_ID_A", "char(1)", pk=True), field("WARD", "WRD_NAME", "varchar(50)"),
              field("WARD", "WRD_TELE", "varchar(50)"), field("WARD", "WRD_EMAIL", "varchar(50)"),
              field("userod", "UserNum", "int", pk=True), field("userod", "UserName"),
              field("userod", "Password"), field("userod", "Email")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "WARD")].kind == "org"
    assert contexts[("app", "userod")].kind == "person"
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:4]] == [None] * 3
    assert results[7].category == "user.contact.email"


def test_a_measure_of_a_persons_column_describes_no_one(classifier: Classifier) -> None:
    """email_quota counts e-mails an account may send, it holds no e-mail: an accounts table with
    it, a plan and a key to its owner is no table of persons; a table of e-mails and phones is."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "account_id", "int", ref="accounts"),
              field("accounts", "id", "int", pk=True), field("accounts", "plan"),
              field("accounts", "email_quota", "int"), field("accounts", "is_trial", "tinyint(1)"),
              field("accounts", "default_user_id", "int"),
              field("zzq", "id", "int", pk=True), field("zzq", "email"),
              field("zzq", "phone")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "accounts")].kind != "person"
    assert contexts[("app", "zzq")].kind == "person"
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[6].category] == [None, None]


def test_a_system_named_table_keyed_by_a_patient_holds_their_records(classifier: Classifier) -> None:
    """In a health application freemed's scheduler (a system word) keyed by its patient holds the
    patient's appointments; a scheduler of jobs keyed by a member of staff stays the system's."""
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "birth_date", "date"),
              field("encounter", "encounter_id", "int", pk=True), field("encounter", "patient_id", "int"),
              field("diagnosis", "diagnosis_id", "int", pk=True), field("diagnosis", "patient_id", "int"),
              field("allergy", "allergy_id", "int", pk=True), field("allergy", "patient_id", "int"),
              field("scheduler", "id", "int", pk=True), field("scheduler", "calpatient", "int", ref="patient"),
              field("scheduler", "calprenote", "text"),
              field("job_scheduler", "id", "int", pk=True), field("job_scheduler", "staff_user_id", "int"),
              field("job_scheduler", "calprenote", "text")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "scheduler")].kind == "health"
    assert contexts[("app", "job_scheduler")].kind == "system"
    results = classifier.classify_fields(schema)
    assert results[10].category == "user.health_and_medical"
    assert results[13].category is None


def test_named_and_described_rows_keyed_by_their_author_are_that_persons_writing(classifier: Classifier) -> None:
    """CONSUL's proposals (a title, a description and an author_id) are what their author wrote and
    published; a dataset with a name and a description keyed only by who created it stays a thing, and
    so do link previews that merely mention an author's account."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("proposals", "id", "int", pk=True), field("proposals", "title"),
              field("proposals", "description"), field("proposals", "author_id", "int", ref="users"),
              field("datasets", "id", "int", pk=True), field("datasets", "name"),
              field("datasets", "description"), field("datasets", "created_by", "int", ref="users"),
              field("preview_cards", "id", "int", pk=True), field("preview_cards", "title"),
              field("preview_cards", "description"), field("preview_cards", "author_account_id", "int")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "proposals")].kind == "content_public"
    assert contexts[("app", "datasets")].kind == "thing"
    assert contexts[("app", "preview_cards")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.content.public", "user.content.public"]
    assert [results[7].category, results[8].category, results[11].category] == [None, None, None]


def test_authored_rows_whose_audience_varies_are_content(classifier: Classifier) -> None:
    """Sharetribe's listings have an author and a visibility of their own: content of varying audience."""
    schema = [field("people", "id", "int", pk=True), field("people", "username"),
              field("listings", "id", "int", pk=True), field("listings", "title"),
              field("listings", "description"), field("listings", "author_id", "int"),
              field("listings", "visibility")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "listings")].kind == "content"
    assert classifier.classify_fields(schema)[3].category == "user.content"


def test_a_table_named_by_an_occupation_holds_persons(classifier: Classifier) -> None:
    """icthospital's pharmacist and frontaccounting's salesman hold staff with a name and contact
    details, not organisations; a checklist with the same columns names no one."""
    columns = [("id", "int"), ("name", "varchar(100)"), ("email", "varchar(100)"), ("phone", "varchar(100)")]
    schema = [field(table, name, type_, pk=name == "id")
              for table in ("pharmacist", "salesman", "checklist") for name, type_ in columns]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "pharmacist")].kind == "person"
    assert contexts[("app", "salesman")].kind == "person"
    assert contexts[("app", "checklist")].kind == "org"
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[:4]] == ["user.unique_id", "user.name", "user.contact.email",
                                                 "user.contact.phone_number"]
    assert [r.category for r in results[8:]] == [None, None, None, None]


def test_a_history_glued_to_its_subject_names_no_occupation(classifier: Classifier) -> None:
    """ZEPRS's medsurghist (a patient's medical and surgical history, keyed by the encounter) ends
    as pharmacist does, but in the short form of history: a clinical record, not a table of staff."""
    schema = [field("patient", "id", "int", pk=True), field("patient", "first_name"),
              field("encounter", "id", "int", pk=True), field("encounter", "patient_id", "int", ref="patient"),
              field("medsurghist", "id", "int", pk=True, ref="encounter"),
              field("medsurghist", "thyroid_71", "tinyint(1)"), field("medsurghist", "malaria_85", "tinyint(1)")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "medsurghist")].kind == "health"
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[-2:]] == ["user.health_and_medical", "user.health_and_medical"]


def test_settings_naming_no_one_in_name_or_columns_are_the_applications(classifier: Classifier) -> None:
    """invoiceplane's ip_settings (setting_key, setting_value) and a membership feature's options hold
    the application's settings; vacation settings with a column naming their owner stay that person's."""
    schema = [field("ip_settings", "setting_id", "int", pk=True), field("ip_settings", "setting_key"),
              field("ip_settings", "setting_value"),
              field("membership_settings", "id", "int", pk=True), field("membership_settings", "expiry"),
              field("vacation_settings", "collection_owner", "varchar(250)"),
              field("vacation_settings", "start", "int"), field("vacation_settings", "end", "int")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "ip_settings")].kind == "system"
    assert contexts[("app", "membership_settings")].kind == "system"
    assert contexts[("app", "vacation_settings")].kind == "person_data"
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[4].category] == [None, None]
    assert results[6].category == "user.account.settings"


def test_a_things_table_holding_a_first_and_a_last_name_records_a_persons_details(classifier: Classifier) -> None:
    """fossbilling's service_domain holds its registrant's name and address; a table of domains
    with only a contact e-mail stays a thing's."""
    schema = [field("service_domain", "id", "int", pk=True), field("service_domain", "user_id", "int"),
              field("service_domain", "contact_first_name"), field("service_domain", "contact_last_name"),
              field("service_domain", "contact_email"), field("service_domain", "contact_city"),
              field("domain", "id", "int", pk=True), field("domain", "user_id", "int"),
              field("domain", "contact_email"), field("domain", "contact_city")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "service_domain")].kind == "person_data"
    assert contexts[("app", "domain")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user.contact.email", "user.contact.address.city"]
    assert [results[8].category, results[9].category] == [None, None]


def test_a_persons_timetable_is_their_record_unless_its_rows_are_named(classifier: Classifier) -> None:
    """minihospital's doctor_schedules (doctor_id, day_of_week, start_time) are the doctor's working
    hours; a meeting schedule keyed by its organiser but named by a topic is a meeting, a thing."""
    schema = [field("doctor", "doctor_id", "int", pk=True), field("doctor", "first_name"),
              field("doctor_schedules", "id", "int", pk=True), field("doctor_schedules", "doctor_id", "int"),
              field("doctor_schedules", "day_of_week", "varchar(255)"),
              field("doctor_schedules", "start_time", "time(0)"),
              field("meet_schedule", "id", "int", pk=True), field("meet_schedule", "users_id", "int"),
              field("meet_schedule", "topic", "varchar(255)"), field("meet_schedule", "starts", "datetime"),
              field("meet_schedule", "name", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user", "user"]
    assert [results[8].category, results[9].category] == [None, None]


def test_services_keyed_by_a_person_and_holding_access_tokens_are_their_linked_accounts(
        classifier: Classifier) -> None:
    """diaspora's services (user_id, access_token, access_secret) are a person's accounts at Twitter
    and the like; a webhook's token keys no one, and an application's tokens stay the application's."""
    schema = [field("services", "id", "int", pk=True), field("services", "user_id", "int"),
              field("services", "access_token"), field("services", "access_secret"),
              field("webhooks", "id", "int", pk=True), field("webhooks", "url"), field("webhooks", "access_token"),
              field("application_token", "id", "int", pk=True), field("application_token", "uid", "int"),
              field("application_token", "access_token"), field("application_token", "scopes")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "services")].kind == "person_data"
    assert contexts[("app", "webhooks")].kind == "thing"
    assert contexts[("app", "application_token")].kind == "thing"
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == ["user.authorization.credentials"] * 2
    assert [results[6].category, results[10].category] == [None, None]


def test_the_points_of_a_trip_are_where_a_person_was(classifier: Classifier) -> None:
    lat, when, fare = classifier.classify_fields([
        field("trip_locations", "lat", "double precision"), field("trip_locations", "recorded_at", "timestamp"),
        field("trips", "fare_amount", "numeric")])
    assert (lat.category, when.category, fare.category) == ("user.location.precise", "user.behavior", None)


def test_a_video_session_is_a_meeting_and_a_consultations_note_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("video_sessions", "id", "text", pk=True), field("video_sessions", "room_name"),
              field("consultation_notes", "id", "int", pk=True),
              field("consultation_notes", "patient_id", "int", ref="patients"),
              field("consultation_notes", "assessment"), field("consultation_notes", "plan")]
    found = {(f.table, f.name): c.category for f, c in zip(schema, classifier.classify_fields(schema), strict=True)}
    assert found["video_sessions", "id"] is None
    assert found["consultation_notes", "plan"] == "user.health_and_medical"


def test_a_named_and_described_event_is_held_not_done(classifier: Classifier) -> None:
    held = [field("events", "id", "int", pk=True), field("events", "title"), field("events", "description"),
            field("events", "start_date", "datetime"), field("events", "end_date", "datetime")]
    logged = [field("events", "id", "int", pk=True), field("events", "user_id", "int"),
              field("events", "event_type"), field("events", "occurred_at", "datetime")]
    assert [c.category for c in classifier.classify_fields(held)][3:] == [None, None]
    assert classifier.classify_fields(logged)[3].category == "user.behavior"


def test_events_named_described_and_given_a_start_are_planned_not_a_log(classifier: Classifier) -> None:
    """A meetup's events (a title, a description, a start) are things persons plan: their times are
    none; a log of events keyed by who did them keeps its times as behaviour."""
    schema = [field("members", "id", "int", pk=True), field("members", "email"),
              field("events", "id", "int", pk=True), field("events", "title"), field("events", "description"),
              field("events", "starts_at", "timestamp"), field("events", "ends_at", "timestamp"),
              field("user_events", "user_id", "int", ref="members"), field("user_events", "event_name"),
              field("user_events", "occurred_at", "timestamp")]
    results = classifier.classify_fields(schema)
    assert [results[5].category, results[6].category] == [None, None]
    assert "events held" in results[5].explanation
    activities = [field("members", "id", "int", pk=True), field("members", "email"),
                  field("activities", "id", "int", pk=True), field("activities", "title"),
                  field("activities", "description"), field("activities", "starts_at", "timestamp")]
    planned = classifier.classify_fields(activities)[5]
    assert planned.category is None and "scheduled events" in planned.explanation
    assert results[9].category == "user.behavior"


def test_canned_messages_are_the_teams_tools_not_anyones_message(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("canned_messages", "id", "int", pk=True), field("canned_messages", "title"),
              field("canned_messages", "message", "text")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == [None, None]


def test_a_posts_history_and_suggested_edits_are_published_content(classifier: Classifier) -> None:
    """Earlier versions of a post and edits proposed to it are shown with the post: published text."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("post_histories", "id", "int", pk=True), field("post_histories", "user_id", "int", ref="users"),
              field("post_histories", "text", "text"),
              field("suggested_edits", "id", "int", pk=True), field("suggested_edits", "user_id", "int", ref="users"),
              field("suggested_edits", "body", "text")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[7].category] == ["user.content.public"] * 2


def test_messages_with_a_user_id_to_are_direct_messages(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("messages", "id", "int", pk=True), field("messages", "user_id_from", "int", ref="users"),
              field("messages", "user_id_to", "int", ref="users"), field("messages", "body", "text")]
    assert classifier.classify_fields(schema)[5].category == "user.content.private"


def test_persons_named_after_their_company_who_sign_in_are_persons_not_links(classifier: Classifier) -> None:
    """A company's buyers (company_users with a company_id) who have a password are persons; a
    company_users table of keys alone links companies and users."""
    schema = [field("companies", "id", "int", pk=True), field("companies", "name"),
              field("company_users", "id", "int", pk=True),
              field("company_users", "company_id", "int", ref="companies"),
              field("company_users", "email"), field("company_users", "password_hash")]
    results = classifier.classify_fields(schema)
    assert [results[4].category, results[5].category] == ["user.contact.email", "user.authorization.password"]
    links = [field("companies", "id", "int", pk=True), field("companies", "name"),
             field("users", "id", "int", pk=True), field("users", "email"),
             field("company_users", "company_id", "int", ref="companies"),
             field("company_users", "user_id", "int", ref="users")]
    assert classifier.classify_fields(links)[4].category is None


def test_a_care_teams_plans_notes_and_blood_records_are_clinical(classifier: Classifier) -> None:
    """Treatment and care plans, progress notes and transfusions are a patient's clinical records,
    and make a schema of clients a health application."""
    schema = [field("clients", "id", "int", pk=True), field("clients", "first_name"), field("clients", "last_name"),
              field("treatment_plans", "id", "int", pk=True),
              field("treatment_plans", "client_id", "int", ref="clients"), field("treatment_plans", "goals", "text"),
              field("progress_notes", "id", "int", pk=True),
              field("progress_notes", "client_id", "int", ref="clients"), field("progress_notes", "plan", "text"),
              field("transfusions", "id", "int", pk=True),
              field("transfusions", "client_id", "int", ref="clients"), field("transfusions", "indication")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (5, 8, 11)] == ["user.health_and_medical"] * 3


def test_in_a_health_application_records_keyed_by_a_client_or_donor_are_theirs(classifier: Classifier) -> None:
    """A practice's clients and a blood service's donors are its patients: an appointment or a
    donation keyed by them is a clinical record, not a member of staff's."""
    schema = [field("clients", "id", "int", pk=True), field("clients", "first_name"), field("clients", "last_name"),
              field("donors", "id", "int", pk=True), field("donors", "first_name"), field("donors", "last_name"),
              *[field(t, c, "int", ref="clients") for t, c in (("diagnoses", "client_id"),
                                                              ("medications", "client_id"),
                                                              ("allergies", "client_id"))],
              field("appointments", "id", "int", pk=True),
              field("appointments", "client_id", "int", ref="clients"),
              field("appointments", "starts_at", "timestamp"),
              field("donations", "id", "int", pk=True),
              field("donations", "donor_id", "int", ref="donors"),
              field("donations", "volume_ml", "int")]
    results = classifier.classify_fields(schema)
    assert [results[11].category, results[14].category] == ["user.health_and_medical"] * 2


def test_tenders_deposits_and_bids_of_a_shop(classifier: Classifier) -> None:
    """A sale's tender type is how it was paid; a card's approval code on a deposit is the payment's;
    a bid keyed by its bidder records when they bid."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("tenders", "id", "int", pk=True), field("tenders", "tender_type"),
              field("tenders", "auth_code"),
              field("deposits", "id", "int", pk=True), field("deposits", "user_id", "int", ref="users"),
              field("deposits", "authorization_code"),
              field("bids", "id", "int", pk=True), field("bids", "bidder_id", "int", ref="users"),
              field("bids", "placed_at", "timestamp")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 4, 7, 10)] == ["user.payment", None, None, "user.behavior"]


def test_messages_keyed_to_a_recipient_are_direct_messages(classifier: Classifier) -> None:
    """A message with a sender and the one recipient it is addressed to is a direct message."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("messages", "id", "int", pk=True), field("messages", "sender_id", "int", ref="users"),
              field("messages", "recipient_id", "int", ref="users"), field("messages", "body", "text")]
    assert classifier.classify_fields(schema)[5].category == "user.content.private"


def test_a_child_clinics_growth_measurements_of_a_newborn_are_clinical(classifier: Classifier) -> None:
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("newborns", "id", "int", pk=True), field("newborns", "mother_id", "int", ref="patients"),
              field("newborns", "first_name"), field("newborns", "last_name"),
              *[field(t, "patient_id", "int", ref="patients") for t in ("diagnoses", "medications", "allergies")],
              field("growth_measurements", "id", "int", pk=True),
              field("growth_measurements", "newborn_id", "int", ref="newborns"),
              field("growth_measurements", "measured_on", "date"),
              field("growth_measurements", "muac_cm", "decimal(4,1)")]
    results = classifier.classify_fields(schema)
    assert [results[11].category, results[12].category] == ["user.health_and_medical"] * 2


def test_a_persons_word_among_the_owner_words_makes_the_rows_theirs(classifier: Classifier) -> None:
    """project_user_roles are roles of a project's users: the user, not the project, owns them."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("projects", "id", "int", pk=True), field("projects", "name"),
              field("project_user_roles", "project_id", "int", ref="projects"),
              field("project_user_roles", "user_id", "int", ref="users"),
              field("project_user_roles", "user_role_cd")]
    assert classifier.classify_fields(schema)[6].category == "user.authorization"


def test_a_key_to_a_patients_clinical_record_is_the_records_id_and_a_catalogue_key_a_coded_value(
        classifier: Classifier) -> None:
    """prescription_id keys a prescription (a record's id, none); drug_id codes the drug prescribed."""
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("drugs", "id", "int", pk=True), field("drugs", "name"),
              field("prescriptions", "id", "int", pk=True),
              field("prescriptions", "patient_id", "int", ref="patients"),
              field("prescriptions", "notes", "text"),
              field("prescription_items", "id", "int", pk=True),
              field("prescription_items", "prescription_id", "int", ref="prescriptions"),
              field("prescription_items", "drug_id", "int", ref="drugs"),
              field("prescription_items", "dose")]
    results = classifier.classify_fields(schema)
    assert results[8].category is None
    assert results[9].category == "user.health_and_medical"


def test_a_report_a_radiologist_writes_on_a_patients_study_is_clinical(classifier: Classifier) -> None:
    """Keyed by a member of staff, a report is still a patient's record when it keys a clinical one."""
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              field("staff", "id", "int", pk=True), field("staff", "first_name"), field("staff", "last_name"),
              *[field(t, "patient_id", "int", ref="patients") for t in ("diagnoses", "medications", "allergies")],
              field("studies", "id", "int", pk=True), field("studies", "patient_id", "int", ref="patients"),
              field("studies", "study_date", "date"),
              field("reports", "id", "int", pk=True), field("reports", "study_id", "int", ref="studies"),
              field("reports", "radiologist_id", "int", ref="staff"), field("reports", "findings", "text")]
    assert classifier.classify_fields(schema)[14].category == "user.health_and_medical"


def test_questions_no_one_is_keyed_by_are_a_questionnaires_own(classifier: Classifier) -> None:
    """A survey's or a health questionnaire's questions (pv_question) key no person: their text is the
    application's own; a Q&A site's question keyed by the uid of who published it is theirs."""
    schema = [field("users", "uid", "int", pk=True), field("users", "email"),
              field("pv_question", "id", "int", pk=True), field("pv_question", "text"),
              field("pv_question", "description"),
              field("question", "question_id", "int", pk=True), field("question", "published_uid", "int"),
              field("question", "question_detail")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == [None, None]
    assert results[7].category == "user.content.public"


def test_a_record_naming_its_patient_by_a_subject_column_is_clinical_though_a_user_keys_it(
        classifier: Classifier) -> None:
    """A FHIR resource stored as a table (fhir_condition) names its patient in its subject column (a
    reference, not a key): keyed by the account that imported it, it is still the patient's record."""
    schema = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
              *[field(t, "patient_id", "int", ref="patients") for t in ("diagnoses", "medications", "allergies")],
              field("users", "id", "int", pk=True), field("users", "username"),
              field("fhir_condition", "id", "uuid", pk=True), field("fhir_condition", "user_id", "int", ref="users"),
              field("fhir_condition", "subject"), field("fhir_condition", "severity"),
              field("fhir_condition", "recorded_date", "datetime")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "fhir_condition")].kind == "health"
    assert [r.category for r in classifier.classify_fields(schema)[-2:]] == ["user.health_and_medical"] * 2


def test_an_organisations_word_names_persons_when_its_rows_have_a_birth_date(classifier: Classifier) -> None:
    renters = [field("tenants", "id", "int", pk=True), field("tenants", "first_name"),
               field("tenants", "last_name"), field("tenants", "date_of_birth", "date"),
               field("tenants", "email")]
    saas = [field("tenants", "id", "int", pk=True), field("tenants", "first_name"),
            field("tenants", "last_name"), field("tenants", "email")]
    assert [r.category for r in classifier.classify_fields(renters)] == [
        "user.unique_id", "user.name.first", "user.name.last", "user.demographic.date_of_birth",
        "user.contact.email"]
    assert classifier.classify_fields(saas)[3].category is None


def test_body_measures_and_pay_on_rows_keyed_by_a_person_are_theirs(classifier: Classifier) -> None:
    schema = [field("members", "id", "int", pk=True), field("members", "email"),
              field("body_measurements", "member_id", "int", ref="members"),
              field("body_measurements", "body_fat_pct", "numeric"),
              field("body_measurements", "resting_hr", "int"),
              field("payslips", "member_id", "int", ref="members"),
              field("payslips", "gross_pay", "numeric"), field("payslips", "net_pay", "numeric")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:5]] == ["user.health_and_medical"] * 2
    assert [r.category for r in results[6:]] == ["user.financial"] * 2


def test_a_persons_disability_or_need_of_care_is_health_data_in_any_application(classifier: Classifier) -> None:
    schema = [field("passengers", "id", "int", pk=True), field("passengers", "first_name"),
              field("passengers", "wheelchair_required", "varchar(10)"),
              field("passengers", "special_assistance", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[2:]] == ["user.health_and_medical"] * 2


def test_identity_papers_checked_for_know_your_customer_are_the_persons(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("kyc_documents", "id", "int", pk=True),
              field("kyc_documents", "customer_id", "int", ref="customers"),
              field("kyc_documents", "document_number", "varchar(40)")]
    number = classifier.classify_fields(schema)[4]
    assert number.category == "user.government_id"
    assert "person data" in number.explanation


def test_the_number_a_club_or_an_airline_knows_a_person_by_is_their_id(classifier: Classifier) -> None:
    schema = [field("passengers", "id", "int", pk=True), field("passengers", "first_name"),
              field("passengers", "frequent_flyer_number", "varchar(20)"),
              field("members", "id", "int", pk=True), field("members", "email"),
              field("members", "rfid_tag", "varchar(40)")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[5].category] == ["user.unique_id"] * 2


def test_a_contact_list_linking_two_persons_holds_links_not_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "password"),
              field("contacts", "id", "int", pk=True), field("contacts", "user_id", "int", ref="users"),
              field("contacts", "person_id", "int", ref="users"), field("contacts", "sharing", "boolean"),
              field("crm_contacts", "id", "int", pk=True), field("crm_contacts", "owner_id", "int", ref="users"),
              field("crm_contacts", "first_name"), field("crm_contacts", "last_name")]
    results = classifier.classify_fields(schema)
    assert results[3].category is None
    assert [results[4].category, results[5].category] == ["user.unique_id", "user.unique_id"]
    assert results[6].category == "user.social"
    assert results[7].category == "user.unique_id"


def test_a_table_named_logging_is_a_log_of_activity(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("logging", "log_id", "int", pk=True),
              field("logging", "log_user", "int"), field("logging", "log_action", "varchar(32)")]
    assert classifier.classify_fields(schema)[3].category == "user.behavior"


def test_an_issue_trackers_issues_hold_what_persons_wrote(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "login"),
              field("issues", "id", "int", pk=True), field("issues", "author_id", "int"),
              field("issues", "description", "text"), field("issues", "estimated_hours", "double precision")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[5].category] == ["user.content", None]


def test_an_employees_leave_entitlement_is_their_employment_data(classifier: Classifier) -> None:
    schema = [field("employees", "emp_number", "int", pk=True), field("employees", "emp_lastname"),
              field("leave_entitlement", "id", "int", pk=True),
              field("leave_entitlement", "emp_number", "int", ref="employees.emp_number"),
              field("leave_entitlement", "days_used", "decimal(8,4)"),
              field("leave_entitlement", "from_date", "datetime"),
              field("vacation_packages", "id", "int", pk=True), field("vacation_packages", "days", "int")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[5].category, found[7].category] == ["user", "user", None]


def test_a_watchdog_table_is_a_log_and_a_bare_changed_time_is_bookkeeping(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("users", "mail"), field("users", "changed", "int"),
              field("watchdog", "wid", "bigint", pk=True), field("watchdog", "uid", "int", ref="users.uid"),
              field("watchdog", "hostname", "varchar(128)"), field("watchdog", "timestamp", "int")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[6].category] == [None, "user.behavior"]


def test_an_orders_info_details_or_statuses_are_the_orders(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("order_info", "user_id", "int", ref="users.id"), field("order_info", "inv_content", "varchar(120)"),
              field("order_details", "order_id", "int"), field("order_details", "extra", "text"),
              field("order_statuses_info", "language_code", "varchar(2)"),
              field("user_info", "user_id", "int", ref="users.id"), field("user_info", "hobby", "varchar(60)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (3, 5)] == [None, None]
    assert "table order_info is commerce" in results[3].explanation
    assert "table order_statuses_info is commerce" not in results[6].explanation
    assert "table user_info is person data" in results[8].explanation
    statuses = [*schema, field("order_statuses", "id", "int", pk=True),
                field("order_statuses", "is_default", "tinyint(1)"), field("order_statuses", "notify", "tinyint(1)"),
                field("user_status", "user_id", "int", ref="users.id"),
                field("user_status", "status_text", "varchar(100)")]
    results = classifier.classify_fields(statuses)
    assert [r.category for r in results[10:12]] == [None, None]
    assert "table user_status is person data" in results[13].explanation


def test_a_locations_table_holds_where_someone_was_unless_its_rows_are_named_places(classifier: Classifier) -> None:
    """Coordinates in a table of locations are where a person or their device was; a table of
    locations each named, with an address and no column keying whose they are, lists sites."""
    lat, lng, site_name, street = classifier.classify_fields([
        field("locations", "latitude", "double"), field("locations", "longitude", "double"),
        field("warehouse.location", "name", "varchar(100)"), field("warehouse.location", "address1")])
    assert lat.category == "user.location.precise"
    assert lng.category == "user.location.precise"
    assert site_name.category is None
    assert street.category is None


def test_a_request_to_join_a_group_is_the_requesters_not_the_groups(classifier: Classifier) -> None:
    """A group's join requests are persons' requests (their message, when they asked), not rows of the
    group, a thing."""
    requester, message = classifier.classify_fields([
        field("group_requests", "user_id", "varchar(64)"), field("group_requests", "req_msg", "varchar(1024)")])
    assert requester.category == "user.unique_id"
    assert message.category == "user.content.private"


def test_a_table_suffix_says_nothing_of_what_the_table_holds(classifier: Classifier) -> None:
    orders = [field("orders_table", "orders_id", "int", pk=True), field("orders_table", "billing_name"),
              field("orders_table", "billing_city"), field("orders_table", "ip_address")]
    results = classify(classifier, *orders)
    assert [r.category for r in results[1:]] == ["user.name", "user.contact.address.city", "user.device.ip_address"]
    assert "table orders_table is commerce" in results[1].explanation


def test_settings_of_the_whole_site_are_no_ones_though_an_admin_word_names_them(classifier: Classifier) -> None:
    table = "admin_settings_table"
    results = classify(classifier, field(table, "set_id", "int", pk=True), field(table, "site_logo"),
                       field(table, "site_skin"), field(table, "site_moto"), field(table, "google_analytics"),
                       field(table, "time_zone"), field(table, "admin_email"))
    assert [r.category for r in results[1:]] == [None] * 6


def test_settings_holding_the_passwords_of_several_services_are_the_applications(classifier: Classifier) -> None:
    table = "ec_setting"
    results = classify(classifier, field(table, "setting_id", "int", pk=True), field(table, "ups_user_id"),
                       field(table, "ups_password"), field(table, "ups_ship_from_zip"), field(table, "fedex_password"),
                       field(table, "fedex_test_account", "tinyint(1)"), field(table, "dhl_password"),
                       field(table, "timezone"))
    assert [r.category for r in results[2:]] == [None] * 6
    assert results[2].explanation.endswith(
        "table ec_setting is system (table name says system (setting: the application's own, as it holds the "
        "passwords of several services))")


def test_certificates_with_their_passwords_and_no_login_are_the_applications(classifier: Classifier) -> None:
    table = "ioscertificates"
    results = classify(classifier, field(table, "id", "int", pk=True), field(table, "package"),
                       field(table, "certificate", "mediumblob"), field(table, "cert_pwd"),
                       field(table, "voip_cert", "mediumblob"), field(table, "voip_cert_pwd"))
    assert [r.category for r in results] == [None] * 6
    assert "table ioscertificates is system" in results[3].explanation


def test_a_directory_of_practices_named_by_the_practice_is_of_organisations(classifier: Classifier) -> None:
    table = "gp_master"
    results = classify(classifier, field(table, "practice_code", pk=True), field(table, "practice_name"),
                       field(table, "address_1"), field(table, "address_2"), field(table, "postcode"),
                       field(table, "country"), field(table, "telephone"))
    assert [r.category for r in results] == [None] * 7
    assert results[2].explanation.endswith(
        "table gp_master is org (its columns describe an organisation named by its column practice name and keyed "
        "by it, with nothing only a natural person has)")


def test_an_ftp_site_is_the_applications_connection_not_a_persons_account(classifier: Classifier) -> None:
    table = "jo_ftp"
    results = classify(classifier, field(table, "ftp_id", "int", pk=True), field(table, "ftp_name"),
                       field(table, "ip"), field(table, "port", "int"), field(table, "username"),
                       field(table, "password"), field(table, "url"))
    assert [r.category for r in results] == [None] * 7
    assert results[4].explanation.endswith("table jo_ftp is system (table name says system (ftp))")


def test_settings_naming_a_servers_host_and_port_are_no_persons_though_a_user_saved_them(
        classifier: Classifier) -> None:
    table = "receiving_email_config"
    results = classify(classifier, field("users", "uid", "int", pk=True), field("users", "user_name"),
                       field("users", "email"),
                       field(table, "id", "int", pk=True), field(table, "protocol"), field(table, "server"),
                       field(table, "ssl", "tinyint(1)"), field(table, "port", "smallint"), field(table, "username"),
                       field(table, "password"), field(table, "uid", "int"))
    assert [r.category for r in results[3:]] == [None] * 7 + ["user.unique_id"]
    assert "table receiving_email_config is thing" in results[4].explanation


def test_goods_priced_and_stocked_are_a_catalogue_though_a_column_keys_who_added_them(
        classifier: Classifier) -> None:
    table = "merchandise"
    results = classify(classifier, field("users", "id", "int", pk=True), field("users", "email"),
                       field(table, "id", "int", pk=True), field(table, "price", "float"),
                       field(table, "stock", "int"), field(table, "image1"), field(table, "lang"),
                       field(table, "zip"), field(table, "user_id", "int", ref="users"))
    assert [r.category for r in results[2:]] == [None] * 6 + ["user.unique_id"]
    assert results[5].explanation.endswith(
        "table merchandise is thing (its columns price goods and count their stock: a catalogue, its column "
        "user_id keying who added them)")


def test_a_persons_data_keyed_by_a_thing_named_before_it_is_the_things(classifier: Classifier) -> None:
    levels = "user_levels_permissions"
    meetings = "meeting_usersPolicies"
    results = classify(classifier, field(levels, "user_level_permission_id", "int", pk=True),
                       field(levels, "user_level_id", "int"), field(levels, "admin_access", "enum('yes','no')"),
                       field(levels, "allow_video_upload", "enum('yes','no')"),
                       field(meetings, "meetingId", "varchar(100)"), field(meetings, "guestPolicy", "varchar(100)"),
                       field(meetings, "allowModsToUnmuteUsers", "boolean"))
    assert [r.category for r in results] == [None] * 7
    assert results[2].explanation.endswith(
        "table user_levels_permissions is thing (table name says thing (user level permissions: a level's, as a "
        "column keys its level and none a person))")
    assert "table meeting_usersPolicies is thing" in results[5].explanation


def test_versions_of_what_an_occupation_word_names_are_that_persons(classifier: Classifier) -> None:
    table = "pharmacist_commentary_versions"
    results = classify(classifier, field(table, "id", "int", pk=True), field(table, "post_id", "int"),
                       field(table, "updater_id", "int"), field(table, "original_title"))
    assert results[2].category == "user.unique_id"
    assert results[2].explanation.endswith(
        "table pharmacist_commentary_versions is person data (table name says person_data (version of pharmacist))")


def test_a_bank_account_is_a_persons_data_not_a_bank_thing(classifier: Classifier) -> None:
    table = "entity_bank_account"
    results = classify(classifier, field(table, "id", "serial", pk=True), field(table, "entity_id", "int"),
                       field(table, "bic", "varchar"), field(table, "iban", "varchar"))
    assert [r.category for r in results[2:]] == ["user.financial.bank_account"] * 2
    assert "table entity_bank_account is person data" in results[2].explanation


def test_persons_keyed_by_the_row_they_extend_are_persons_not_links(classifier: Classifier) -> None:
    table = "entity_employee"
    results = classify(classifier, field("entity", "id", "int", pk=True), field("entity", "name"),
                       field(table, "entity_id", "int", pk=True, ref="entity.id"), field(table, "startdate", "date"),
                       field(table, "dob", "date"), field(table, "role", "varchar(20)"))
    assert results[2].category == "user.unique_id"
    assert results[2].explanation.endswith("table entity_employee is person (table name says person (employee))")


def test_contacts_that_neither_name_nor_key_a_person_are_an_organisations_contact_points(
        classifier: Classifier) -> None:
    table = "contacts"
    results = classify(classifier, field(table, "id", "serial", pk=True), field(table, "email"),
                       field(table, "facebook"), field(table, "twitter"), field(table, "conference_id", "int"))
    assert [r.category for r in results] == [None] * 5
    assert results[1].explanation.endswith(
        "table contacts is thing (table name says thing (contact: contact points, as no column names a person "
        "or keys one))")
    imported = "popular_contacts"
    results = classify(classifier, field(imported, "id", "bigint", pk=True), field(imported, "phone"),
                       field(imported, "importers", "int"))
    assert results[1].category == "user.contact.phone_number"


def test_a_table_with_a_login_name_and_a_password_holds_persons_whatever_names_it(classifier: Classifier) -> None:
    table = "personnel"
    results = classify(classifier, field(table, "id", "serial", pk=True), field(table, "name"),
                       field(table, "phone"), field(table, "username"), field(table, "password"))
    assert [r.category for r in results] == ["user.unique_id", "user.name", "user.contact.phone_number",
                                             "user.account.username", "user.authorization.password"]
    mailbox = "pop_box"
    results = classify(classifier, field(mailbox, "id", "int", pk=True), field(mailbox, "name"),
                       field(mailbox, "host"), field(mailbox, "port", "int"), field(mailbox, "username"),
                       field(mailbox, "password"))
    assert results[4].category is None


def test_a_chats_operators_and_a_clinics_personnel_are_persons(classifier: Classifier) -> None:
    results = classify(classifier, field("operator", "operatorid", "int", pk=True), field("operator", "email"),
                       field("personnel", "id", "int", pk=True), field("personnel", "phone"))
    assert [r.category for r in results] == ["user.unique_id", "user.contact.email",
                                             "user.unique_id", "user.contact.phone_number"]


def test_a_generic_last_word_keeps_a_person_table_only_right_after_its_person_word(classifier: Classifier) -> None:
    results = classify(classifier, field("operator_settle_record", "id", "int", pk=True),
                       field("operator_settle_record", "start_datetime", "timestamp"),
                       field("patient_additional_data", "id", "int", pk=True),
                       field("patient_additional_data", "phone"))
    assert "table operator_settle_record is person data (table name says person_data (record of operator))" \
        in results[0].explanation
    assert [r.category for r in results] == [None, None, "user.unique_id", "user.contact.phone_number"]


def test_a_mailbox_naming_its_mail_host_and_port_is_the_systems_connection(classifier: Classifier) -> None:
    table = "email"
    results = classify(classifier, field(table, "email_id", "int", pk=True), field(table, "email"),
                       field(table, "userid"), field(table, "userpass"), field(table, "mail_host"),
                       field(table, "mail_port", "int"))
    assert [results[1].category, results[3].category] == [None, None]
    assert "table email is system" in results[1].explanation


def test_a_table_of_followings_links_persons_and_its_flags_are_their_relationship(classifier: Classifier) -> None:
    assert classifier.tables.kind_of_name("followings")[0] == "social"
    schema = [field("users", "id", "int", pk=True), field("users", "username"),
              field("followings", "follower_id", "int", ref="users.id"),
              field("followings", "followee_id", "int", ref="users.id"),
              field("followings", "mutual", "tinyint(1)"), field("followings", "accepted", "tinyint(1)")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[5].category] == ["user.social"] * 2


def test_a_groups_profile_is_the_groups_not_a_persons(classifier: Classifier) -> None:
    assert classifier.tables.kind_of_name("group_profiles")[0] == "thing"
    assert classifier.tables.kind_of_name("contact_profiles")[0] == "person"
    assert classifier.tables.kind_of_name("tenant_profiles")[0] == "person"
    schema = [field("users", "user_id", "int", pk=True), field("users", "username"),
              field("group_profiles", "group_profile_id", "int", pk=True),
              field("group_profiles", "display_name"), field("group_profiles", "full_name"),
              field("group_profiles", "image"), field("group_profiles", "description")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 4, 5, 6)] == [None] * 5


def test_an_identity_provider_table_is_the_sites_sign_in_configuration(classifier: Classifier) -> None:
    """Keycloak's identity_provider holds the sign-in services a realm trusts (whether it trusts their
    e-mail, signs in by default, the name shown on the button): the realm's configuration, no one's."""
    assert classifier.tables.kind_of_name("identity_provider")[0] == "thing"
    table = "identity_provider"
    schema = [field(table, "internal_id", "varchar(36)", pk=True), field(table, "provider_alias"),
              field(table, "realm_id", "varchar(36)"), field(table, "trust_email", "boolean"),
              field(table, "authenticate_by_default", "boolean"), field(table, "provider_display_name"),
              field(table, "add_token_role", "boolean")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 5, 6)] == [None] * 4


def test_a_shops_attributes_named_for_its_back_office_are_definitions(classifier: Classifier) -> None:
    """Bagisto's attributes name each row for the staff (admin_name) and key no person: the shop's
    definitions of its attributes, whose default value and editor switch are no one's settings."""
    table = "attributes"
    schema = [field(table, "id", "int", pk=True), field(table, "code"), field(table, "admin_name"),
              field(table, "type"), field(table, "default_value", "int"),
              field(table, "enable_wysiwyg", "tinyint(1)"), field(table, "value_per_locale", "tinyint(1)")]
    found = classifier.classify_fields(schema)
    assert "definitions" in found[4].explanation
    assert [found[i].category for i in (4, 5, 6)] == [None] * 3


def test_a_table_read_as_persons_by_its_columns_alone_keeps_its_flags_and_counts_as_bookkeeping(
        classifier: Classifier) -> None:
    """A shelter's animal has a name, a sex and a birth date, as a person would: its unnamed flags,
    counters and times (neutered, days_on_shelter) are no account's state; a users table's still are."""
    schema = [field("animal", "id", "int", pk=True), field("animal", "animal_name"), field("animal", "sex", "int"),
              field("animal", "date_of_birth", "datetime"), field("animal", "neutered", "int"),
              field("animal", "neutered_date", "datetime"), field("animal", "days_on_shelter", "int"),
              field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "suspended_until", "datetime")]
    found = classifier.classify_fields(schema)
    assert "its columns describe a person" in found[4].explanation
    assert [found[i].category for i in (4, 5, 6)] == [None] * 3
    assert found[9].category == "user.account"


def test_whether_a_person_may_sign_in_or_must_give_a_password_is_their_account_state(
        classifier: Classifier) -> None:
    schema = [field("officer", "officer_id", "int", pk=True), field("officer", "last_name"),
              field("officer", "other_names"), field("officer", "phone"), field("officer", "has_login", "boolean"),
              field("preregistration_user", "id", "int", pk=True), field("preregistration_user", "email"),
              field("preregistration_user", "password_required", "boolean")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[7].category] == ["user.account"] * 2


def test_a_time_trackers_entries_are_when_and_how_long_a_person_worked(classifier: Classifier) -> None:
    schema = [field("users", "id", "uuid", pk=True), field("users", "email"),
              field("tracker_entries", "id", "uuid", pk=True),
              field("tracker_entries", "assigned_id", "uuid", ref="users"),
              field("tracker_entries", "start", "timestamp with time zone"),
              field("tracker_entries", "stop", "timestamp with time zone"),
              field("tracker_entries", "duration", "bigint"), field("tracker_entries", "project_id", "uuid")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[3:]] == ["user.unique_id", "user.behavior", "user.behavior",
                                                  "user.behavior", None]


def test_a_person_column_qualified_after_its_word_still_describes_a_person(classifier: Classifier) -> None:
    schema = [field("subject", "id", "bigint", pk=True), field("subject", "gender_code", "varchar(2)"),
              field("subject", "type", "char(1)"),
              field("subject_name", "subject_id", "bigint", ref="subject"), field("subject_name", "given_name")]
    results = classifier.classify_fields(schema)
    assert results[0].category == "user.unique_id"
    assert "table subject is person" in results[0].explanation
    assert results[3].category == "user.unique_id"
    assert classifier.tables.column_facts(("gender", "code"))[1]
    assert not classifier.tables.column_facts(("room", "email"))[1]


def test_the_machines_a_hub_drives_are_things_whose_logins_reach_no_person(classifier: Classifier) -> None:
    schema = [field("Hardware", "ID", "int", pk=True), field("Hardware", "Name"), field("Hardware", "Address"),
              field("Hardware", "Username"), field("Hardware", "Password"),
              field("users", "id", "int", pk=True), field("users", "username"), field("users", "password")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[:5]] == [None] * 5
    assert "table Hardware is thing" in found[3].explanation
    assert [f.category for f in found[5:]] == ["user.unique_id", "user.account.username",
                                               "user.authorization.password"]


def test_a_table_with_several_passwords_and_a_birth_date_holds_persons(classifier: Classifier) -> None:
    """Two password columns named after services read as the application's own logins, unless the
    row also holds what only a natural person has (a last name, a gender): then they are a member's."""
    def member(table: str, *extra: Field) -> list[Field]:
        return [field(table, "id", "int", pk=True), field(table, "email"), field(table, "name"),
                field(table, "passwd", "varchar(32)"), field(table, "fs_password", "varchar(50)"),
                field(table, "last_pass", "datetime"), *extra]

    persons = classifier.classify_fields(member("fs_foodsaver", field("fs_foodsaver", "nachname"),
                                                field("fs_foodsaver", "geschlecht", "tinyint")))
    assert "table fs_foodsaver is person" in persons[1].explanation
    assert [persons[1].category, persons[3].category] == ["user.contact.email", "user.authorization.password"]
    services = classifier.classify_fields(member("fs_betrieb"))
    assert "table fs_betrieb is system" in services[1].explanation


def test_a_table_naming_its_rows_is_no_catalogue_when_it_holds_a_persons_names(classifier: Classifier) -> None:
    """users_groups holds users and groups alike: a first and a last name make its rows persons, not
    definitions named by their name column."""
    schema = [field("users_groups", "id", "int", pk=True), field("users_groups", "name"),
              field("users_groups", "first_name"), field("users_groups", "last_name"),
              field("users_groups", "email"), field("users_groups", "password"),
              field("users_groups", "last_login", "timestamp")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[4:]] == ["user.contact.email", "user.authorization.password",
                                               "user.behavior"]
    definitions = classifier.classify_fields([field("user_groups", "id", "int", pk=True),
                                              field("user_groups", "name"), field("user_groups", "email")])
    assert definitions[2].category is None


def test_an_organisations_profile_is_the_organisations(classifier: Classifier) -> None:
    """A clinic's profile holds the clinic's name, phone and address; a user's profile is the user's."""
    def profile(table: str) -> list[Field]:
        return [field(table, "id", "uuid", pk=True), field(table, "display_name"), field(table, "phone"),
                field(table, "city")]

    clinic = classifier.classify_fields(profile("clinic_profiles"))
    assert [f.category for f in clinic] == [None] * 4
    assert "table clinic_profiles is org" in clinic[1].explanation
    user = classifier.classify_fields(profile("user_profiles"))
    assert [f.category for f in user[1:]] == ["user.name", "user.contact.phone_number",
                                              "user.contact.address.city"]


def test_the_flags_of_a_persons_permissions_are_what_they_may_do(classifier: Classifier) -> None:
    """An admin's permissions, one flag per area (news_mgt, profile_approval), keyed by the admin;
    a table defining the permissions themselves keys no one and grants nothing."""
    schema = [field("admins", "id", "int", pk=True), field("admins", "username"), field("admins", "password"),
              field("admin_permissions", "id", "int", pk=True),
              field("admin_permissions", "adminid", "int", ref="admins"),
              field("admin_permissions", "news_mgt", "char(1)"),
              field("admin_permissions", "profile_approval", "char(1)"),
              field("permissions", "id", "int", pk=True), field("permissions", "news_mgt", "char(1)")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[4:7]] == ["user.unique_id", "user.authorization", "user.authorization"]
    assert found[8].category is None


def test_an_access_table_keyed_by_a_person_with_a_login_and_password_holds_accounts(classifier: Classifier) -> None:
    """A CRM's access table, one row per user_id with a login and a password, holds the accounts:
    other tables' keys to it are persons'. A log of sign-ins keyed by its own id stays a log."""
    schema = [field("access", "user_id", "int", pk=True), field("access", "username"), field("access", "password"),
              field("access", "timezone"),
              field("report", "id", "int", pk=True), field("report", "enteredby", "int", ref="access"),
              field("login_log", "id", "int", pk=True), field("login_log", "username"),
              field("login_log", "password"), field("login_log", "attempted_at", "timestamp")]
    found = classifier.classify_fields(schema)
    assert "table access is person" in found[1].explanation
    assert found[3].category == "user.account.settings"
    assert found[5].category == "user.unique_id"
    assert "table login_log is activity" in found[7].explanation
    assert found[6].category is None


def test_an_account_table_with_a_picture_of_its_own_holds_persons(classifier: Classifier) -> None:
    """Accounts whose every column carries the table's word (account_name, account_image) and no
    e-mail are still persons when each has a picture; a ledger's accounts have none."""
    people = [field("account", "account_id", "int", pk=True), field("account", "account_name"),
              field("account", "account_image", "bytea"),
              field("answer", "answer_id", "int", pk=True), field("answer", "account_id", "int", ref="account")]
    found = classifier.classify_fields(people)
    assert "table account is person" in found[1].explanation
    assert found[4].category == "user.unique_id"
    ledger = [field("account", "account_id", "int", pk=True), field("account", "account_name"),
              field("account", "account_image_fee", "decimal(8,2)"),
              field("journal", "journal_id", "int", pk=True), field("journal", "account_id", "int", ref="account")]
    found = classifier.classify_fields(ledger)
    assert "table account is thing" in found[1].explanation
    assert found[4].category is None


def test_a_person_named_table_that_names_and_describes_its_rows_lists_kinds(classifier: Classifier) -> None:
    """A social network's profiles table of profile types (name, description, a default avatar),
    keyed by no person, lists kinds of profile; a user's profile keyed by the user stays theirs."""
    kinds = [field("profiles", "id", "int", pk=True), field("profiles", "name"), field("profiles", "description"),
             field("profiles", "avatar")]
    found = classifier.classify_fields(kinds)
    assert [f.category for f in found] == [None] * 4
    assert "kinds of profile" in found[1].explanation
    own = [field("users", "id", "int", pk=True), field("users", "email"),
           field("profiles", "id", "int", pk=True), field("profiles", "user_id", "int", ref="users"),
           field("profiles", "name"), field("profiles", "description")]
    assert classifier.classify_fields(own)[4].category == "user.name"


def test_what_describes_content_keyed_by_no_one_is_the_sites(classifier: Classifier) -> None:
    """A site's files keyed by no person: their title and description are the site's; the same
    columns of files a user uploaded are the user's content."""
    site = [field("files", "id", "int", pk=True), field("files", "title"), field("files", "description")]
    assert [f.category for f in classifier.classify_fields(site)[1:]] == [None, None]
    uploads = [field("users", "id", "int", pk=True), field("users", "email"),
               field("files", "id", "int", pk=True), field("files", "user_id", "int", ref="users"),
               field("files", "title"), field("files", "description")]
    assert [f.category for f in classifier.classify_fields(uploads)[4:]] == ["user.content", "user.content"]


def test_a_person_table_keyed_by_a_bare_sid_names_its_key_elsewhere(classifier: Classifier) -> None:
    """restcomm_accounts keyed by sid: account_sid in other tables keys an account holder, and the
    sid keying a row of their data is that row's id, no session."""
    schema = [field("accounts", "sid", "varchar(34)", pk=True), field("accounts", "email_address"),
              field("accounts", "password"),
              field("recordings", "sid", "varchar(34)", pk=True), field("recordings", "account_sid", "varchar(34)"),
              field("recordings", "duration", "int")]
    found = classifier.classify_fields(schema)
    assert found[4].category == "user.unique_id"
    assert "keyed by 'account sid'" in found[4].explanation
    assert found[3].category is None


def test_an_invitation_a_team_sends_is_addressed_to_a_person(classifier: Classifier) -> None:
    """teams_invitation: the team's word before it makes no team's data of it; its e-mail is the invitee's."""
    schema = [field("teams_invitation", "id", "uuid", pk=True), field("teams_invitation", "team_id", "int"),
              field("teams_invitation", "email", "varchar(254)"), field("teams_invitation", "role", "varchar(100)")]
    contexts, _ = classifier.contexts(schema)
    assert contexts[("app", "teams_invitation")].kind == "person_data"
    assert classifier.classify_fields(schema)[2].category == "user.contact.email"
    settings = [field("team_settings", "id", "int", pk=True), field("team_settings", "team_id", "int"),
                field("team_settings", "email", "varchar(254)")]
    assert classifier.classify_fields(settings)[2].category is None


def test_a_table_of_agents_set_up_with_a_prompt_and_a_model_holds_no_persons(classifier: Classifier) -> None:
    """An AI support platform's agents: their name and icon are no one's, and the agent a conversation
    is answered by keys no person. A support desk's agents (no prompt, no model) stay persons."""
    agents = [field("agents", "id", "text", pk=True), field("agents", "name"), field("agents", "icon_url"),
              field("agents", "system_prompt"), field("agents", "model_name"), field("agents", "temperature", "float"),
              field("agents", "owner_id", "text", ref="users"), field("users", "id", "text", pk=True),
              field("users", "email"), field("conversations", "id", "text", pk=True),
              field("conversations", "agent_id", "text", ref="agents")]
    results = classifier.classify_fields(agents)
    assert [results[1].category, results[2].category, results[10].category] == [None, None, None]
    assert results[6].category == "user.unique_id"
    desk = [field("agents", "id", "int", pk=True), field("agents", "name"), field("agents", "email"),
            field("tickets", "id", "int", pk=True), field("tickets", "agent_id", "int", ref="agents")]
    results = classifier.classify_fields(desk)
    assert [results[1].category, results[4].category] == ["user.name", "user.unique_id"]


def test_a_persons_table_of_who_may_see_their_profile_holds_privacy_preferences(classifier: Classifier) -> None:
    schema = [field("profiles", "id", "uuid", pk=True), field("profiles", "email"),
              field("profiles", "first_name"),
              field("profile_visibilities", "id", "uuid", pk=True),
              field("profile_visibilities", "profile_id", "uuid", ref="profiles"),
              field("profile_visibilities", "website", "boolean"),
              field("profile_visibilities", "skills", "boolean")]
    results = classify(classifier, *schema)
    assert [results[5].category, results[6].category] == ["user.privacy_preferences"] * 2
    assert results[4].category == "user.unique_id"
