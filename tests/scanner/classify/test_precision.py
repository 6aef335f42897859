"""The precision traps: names that look personal but are not, and the ones that are."""

from __future__ import annotations

import pytest

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import category_of, classify, field

USERS = [field("users", "id", "bigint", pk=True), field("users", "email"), field("users", "password_hash")]


@pytest.mark.parametrize(("table", "name", "type_", "expected"), [
    ("users", "email_verified", "boolean", "user.account"),
    ("users", "name", "text", "user.name"),
    ("users", "usr_eml", "varchar(255)", "user.contact.email"),
    ("users", "dob", "date", "user.demographic.date_of_birth"),
    ("users", "msisdn", "varchar(20)", "user.contact.phone_number"),
    ("users", "cc_num", "varchar(19)", "user.financial.credit_card"),
    ("logins", "ip_addr", "varchar(45)", "user.device.ip_address"),
    ("logins", "remote_addr", "varchar(45)", "user.device.ip_address"),
    ("settings", "mail_server_host", "text", None),
    ("settings", "password_policy", "text", None),
    ("dns_records", "nameserver", "text", None),
    ("orders", "state", "varchar(20)", None),
    ("orders", "zone_id", "int", None),
    ("files", "rename_count", "int", None),
    ("products", "name", "text", None),
    ("stores", "email", "text", None),
])
def test_names_in_context(classifier: Classifier, table: str, name: str, type_: str, expected: str | None) -> None:
    assert category_of(classifier, field(table, name, type_), *USERS) == expected


def test_state_is_an_address_part_only_in_an_address_table(classifier: Classifier) -> None:
    columns = [field("addresses", "street"), field("addresses", "city"), field("addresses", "state")]
    assert category_of(classifier, columns[2], *columns[:2]) == "user.contact.address.state"


def test_a_column_referencing_users_is_a_person_id(classifier: Classifier) -> None:
    sender = field("messages", "sender_id", "bigint", ref="users")
    result = category_of(classifier, sender, *USERS)
    assert result == "user.unique_id"


def test_a_foreign_key_to_a_person_table_wins_over_the_name(classifier: Classifier) -> None:
    target = field("room_bans", "banned", "bigint", ref="users")
    assert category_of(classifier, target, *USERS) == "user.unique_id"


@pytest.mark.parametrize(("type_", "expected"), [("inet", "user.device.ip_address"),
                                                  ("macaddr", "user.device.device_id")])
def test_network_types_decide_an_unnamed_column(classifier: Classifier, type_: str, expected: str) -> None:
    assert category_of(classifier, field("visits", "origin", type_), *USERS) == expected


def test_a_server_address_column_of_type_inet_is_not_a_persons(classifier: Classifier) -> None:
    assert category_of(classifier, field("servers", "ip_address", "inet")) is None


def test_leading_id_is_read_last(classifier: Classifier) -> None:
    assert category_of(classifier, field("cart", "id_customer", "int")) == "user.unique_id"
    assert category_of(classifier, field("cart", "id_address_delivery", "int")) is None


def test_glued_lowercase_names_split(classifier: Classifier) -> None:
    assert classifier.read_name("creatorid") == ("creator", "id")
    assert classifier.read_name("lastviewedat") == ("last", "viewed", "at")
    assert category_of(classifier, field("channels", "creatorid", "varchar(26)")) == "user.unique_id"


def test_last_alone_is_no_last_name_inside_a_longer_name(classifier: Classifier) -> None:
    assert category_of(classifier, field("jobs", "last_error")) is None
    assert category_of(classifier, field("users", "last_name"), *USERS) == "user.name.last"
    assert category_of(classifier, field("users", "last_validated", "bigint"), *USERS) == "user.behavior"


def test_a_thing_word_before_a_personal_word_makes_it_the_things(classifier: Classifier) -> None:
    result = classifier.classify_fields([field("rooms", "room_email"), field("app_settings", "instance_name")])
    assert [r.category for r in result] == [None, None]
    assert "describe a room, which is no person" in result[0].explanation


def test_health_tables_default_to_clinical_data(classifier: Classifier) -> None:
    schema = [field("form_vitals", "id", "bigint", pk=True), field("form_vitals", "bps", "varchar(40)"),
              field("form_vitals", "pid", "bigint"), field("form_reviewofs", "insomnia", "varchar(5)"),
              field("form_soap", "subjective"), field("prescriptions", "drug"),
              field("lists", "pid", "bigint"), field("lists", "begdate", "date"),
              field("form_encounter", "reason")]
    schema += [field(table, "pid", "bigint") for table in ("form_reviewofs", "form_soap", "prescriptions",
                                                           "form_encounter")]
    assert [c.category for c in classifier.classify_fields(schema)][:9] == [
        None, "user.health_and_medical", "user.unique_id", "user.health_and_medical",
        "user.health_and_medical", "user.health_and_medical", "user.unique_id", "user.health_and_medical",
        "user.health_and_medical"]


def test_pid_is_a_patient_only_in_a_health_application(classifier: Classifier) -> None:
    assert category_of(classifier, field("posts", "pid", "int")) is None


def test_settings_tables_of_a_person_default_to_settings(classifier: Classifier) -> None:
    schema = [field("user_options", "user_id", "int"), field("user_options", "enable_quoting", "boolean"),
              field("user_options", "id", "int", pk=True)]
    assert [c.category for c in classifier.classify_fields(schema)] == [
        "user.unique_id", "user.account.settings", None]


def test_a_persons_own_row_defaults_to_account_state_and_personal_data(classifier: Classifier) -> None:
    """Columns of a person table that no rule names are about the person: flags, counters and
    times are account state, free text is personal data of an unknown kind; the row's own
    registration time, its key and soft-named technical columns stay none."""
    schema = [*USERS, field("users", "has_account", "boolean"), field("users", "trendable", "boolean"),
              field("users", "confirmation_sent_at", "timestamp"), field("users", "ban_expires", "timestamp"),
              field("users", "expertise", "varchar(191)"), field("users", "user_registered", "datetime"),
              field("users", "creation_ts", "bigint"), field("users", "sort_order", "int")]
    result = classifier.classify_fields(schema)
    assert [c.category for c in result[3:]] == [
        "user.account", "user.account", "user.account", "user.account", "user", None, None, None]
    assert result[3].confidence == 0.5 and result[7].confidence == 0.45
    assert "no rule names it, and columns of a person table hold user.account" in result[3].explanation


def test_a_person_default_does_not_reach_tables_of_things(classifier: Classifier) -> None:
    schema = [field("products", "trendable", "boolean"), field("products", "expertise")]
    assert [c.category for c in classifier.classify_fields(schema)] == [None, None]


def test_when_a_row_version_is_valid_is_bookkeeping_even_on_a_persons_row(classifier: Classifier) -> None:
    columns = [field("tblInsuree", "InsureeID", "int", pk=True), field("tblInsuree", "LastName"),
               field("tblInsuree", "DOB", "date"), field("tblInsuree", "ValidityFrom", "timestamp"),
               field("tblInsuree", "ValidityTo", "timestamp"), field("users", "last_login_at", "timestamp")]
    results = classifier.classify_fields(columns)
    assert [r.category for r in results[3:5]] == [None, None]
    assert results[5].category == "user.behavior"


CONTACTS = [field("contacts", "contact_id", "integer", pk=True), field("contacts", "email"),
            field("contacts", "firstname"), field("contacts", "user_id", "integer", ref="users.id")]


def test_a_rows_changed_time_is_bookkeeping_even_on_a_persons_row(classifier: Classifier) -> None:
    assert category_of(classifier, field("contacts", "changed", "datetime"), *CONTACTS) is None
    assert category_of(classifier, field("users", "changed", "datetime"), *USERS) is None


def test_a_changed_flag_or_a_password_change_time_stays_account_state(classifier: Classifier) -> None:
    assert category_of(classifier, field("users", "changed", "boolean"), *USERS) == "user.account"
    assert category_of(classifier, field("users", "password_changed", "datetime"), *USERS) == "user.account"


@pytest.mark.parametrize("table", ["contactgroups", "user_list", "folders", "user_tags"])
def test_the_name_of_a_collection_a_person_made_is_none(classifier: Classifier, table: str) -> None:
    columns = [field(table, "id", "integer", pk=True), field(table, "user_id", "integer", ref="users.id")]
    assert category_of(classifier, field(table, "name", "varchar(128)"), *columns, *USERS) is None


@pytest.mark.parametrize("table", ["permission_profiles", "admin_profiles", "user_profiles", "profile"])
def test_the_name_of_a_profile_labels_a_set_of_choices_not_a_person(classifier: Classifier, table: str) -> None:
    columns = [field(table, "id", "integer", pk=True), field(table, "user_id", "integer", ref="users.id")]
    assert category_of(classifier, field(table, "profile_name", "varchar(255)"), *columns, *USERS) is None


def test_a_provider_name_outside_a_persons_rows_is_a_services(classifier: Classifier) -> None:
    cards = [field("preview_cards", "id", "bigint", pk=True), field("preview_cards", "url"),
             field("preview_cards", "title"), field("preview_cards", "description", "text")]
    bank = [field("bank_integrations", "id", "int", pk=True), field("bank_integrations", "bank_account_name")]
    assert category_of(classifier, field("preview_cards", "provider_name"), *cards, *USERS) is None
    assert category_of(classifier, field("bank_integrations", "provider_name", "text"), *bank, *USERS) is None
    clinicians = [field("provider", "provider_id", "int", pk=True), field("provider", "npi"),
                  field("person", "person_id", "int", pk=True), field("person", "gender_concept_id", "int"),
                  field("visit_occurrence", "person_id", "int"), field("condition_occurrence", "person_id", "int")]
    assert category_of(classifier, field("provider", "provider_name"), *clinicians) == "user.name"


def test_the_name_on_a_contact_row_is_still_a_persons(classifier: Classifier) -> None:
    assert category_of(classifier, field("contacts", "name", "varchar(128)"), *CONTACTS) == "user.name"


@pytest.mark.parametrize("name", ["place_of_birth", "birth_place", "birthcity", "country_of_birth_id"])
def test_where_a_person_was_born_is_demographic(classifier: Classifier, name: str) -> None:
    columns = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
               field("patients", "date_of_birth", "date")]
    assert category_of(classifier, field("patients", name, "varchar(40)"), *columns) == "user.demographic"


@pytest.mark.parametrize("name", ["nationality", "citizenship", "nation_code", "country_of_origin"])
def test_a_persons_nationality_is_demographic_not_their_address(classifier: Classifier, name: str) -> None:
    columns = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
               field("patients", "country", "varchar(40)")]
    assert category_of(classifier, field("patients", name, "varchar(40)"), *columns) == "user.demographic"
    assert category_of(classifier, columns[2], *columns[:2]) == "user.contact.address.country"


@pytest.mark.parametrize("name", ["household_status", "housing_type", "homeless", "us_veteran",
                                  "number_of_children", "migrant_status"])
def test_a_patients_household_and_social_situation_is_demographic(classifier: Classifier, name: str) -> None:
    patients = [field("patient", "id", "int", pk=True), field("patient", "first_name"),
                field("patient", "date_of_birth", "date")]
    columns = [field("patient_statistics", "patient_id", "int", ref="patient.id"),
               field("patient_statistics", "language", "int")]
    assert category_of(classifier, field("patient_statistics", name, "tinyint"), *columns, *patients) == \
        "user.demographic"


def test_how_well_a_person_speaks_a_language_is_their_language(classifier: Classifier) -> None:
    employees = [field("employee", "emp_number", "int", pk=True), field("employee", "emp_firstname")]
    languages = [field("emp_language", "emp_number", "int", ref="employee.emp_number"),
                 field("emp_language", "lang_id", "int"), field("emp_language", "fluency", "smallint")]
    assert category_of(classifier, languages[2], *languages[:2], *employees) == "user.demographic.language"
    patients = [field("patient", "id", "int", pk=True), field("patient", "first_name"),
                field("patient", "date_of_birth", "date")]
    statistics = [field("patient_statistics", "patient_id", "int", ref="patient.id"),
                  field("patient_statistics", "english_proficiency", "tinyint(4)")]
    assert category_of(classifier, statistics[1], statistics[0], *patients) == "user.demographic.language"


def test_a_persons_birth_date_is_still_their_date_of_birth(classifier: Classifier) -> None:
    assert category_of(classifier, field("users", "birth_date", "date"), *USERS) == "user.demographic.date_of_birth"


def test_a_countrys_cc2_and_cc3_are_codes_not_cards(classifier: Classifier) -> None:
    columns = [field("geolocation_country", "id", "int", pk=True), field("geolocation_country", "name")]
    for name in ("cc2", "cc3"):
        assert category_of(classifier, field("geolocation_country", name, "char(2)"), *columns) is None
    orders = [field("orders", "id", "int", pk=True), field("orders", "customer_id", "int", ref="users.id")]
    assert category_of(classifier, field("orders", "cc_number", "varchar(32)"), *orders, *USERS) == \
        "user.financial.credit_card"


def test_a_stamp_ending_a_number_is_a_time(classifier: Classifier) -> None:
    # joinStamp on a person's row is when the account was made: row bookkeeping
    assert category_of(classifier, field("users", "joinStamp", "int(11)"), *USERS) is None
    assert category_of(classifier, field("users", "joinTime", "int(11)"), *USERS) is None
    # a stamp of what the person did is still their behaviour
    assert category_of(classifier, field("users", "activityStamp", "int(11)"), *USERS) == "user.behavior"
    audit = [field("security_audit_log", "id", "int", pk=True),
             field("security_audit_log", "username", "varchar(64)"),
             field("security_audit_log", "entryStamp", "bigint")]
    assert category_of(classifier, audit[2], *audit[:2]) == "user.behavior"


@pytest.mark.parametrize("name", ["contact_number", "emergency_contact_number", "primary_contact_number"])
def test_a_contact_number_is_a_phone_number(classifier: Classifier, name: str) -> None:
    columns = [field("patients", "id", "int", pk=True), field("patients", "first_name"),
               field("patients", "date_of_birth", "date")]
    assert category_of(classifier, field("patients", name, "varchar(30)"), *columns) == \
        "user.contact.phone_number"


def test_a_contact_id_still_keys_a_contact(classifier: Classifier) -> None:
    assert category_of(classifier, field("messages", "contact_id", "int"), *CONTACTS) == "user.unique_id"


def test_a_configuration_of_the_whole_site_is_no_persons_settings(classifier: Classifier) -> None:
    """A site's configuration row keeps who saved it last (AVideo's configurations.users_id): its SMTP host,
    site title and logo set up the site, not that person's account."""
    columns = [field("configurations", "id", "int", pk=True), field("configurations", "users_id", "int"),
               field("configurations", "webSiteTitle", "varchar(45)"), field("configurations", "smtpHost"),
               field("configurations", "smtpPort", "int"), field("configurations", "logo"),
               field("configurations", "theme", "varchar(45)"), field("configurations", "autoplay", "tinyint(1)")]
    found = dict(zip([c.name for c in columns], classify(classifier, *columns, *USERS), strict=False))
    assert found["theme"].category is None and found["autoplay"].category is None
    assert found["users_id"].category == "user.unique_id"


def test_a_table_whose_columns_set_up_the_whole_site_is_no_person(classifier: Classifier) -> None:
    """A marketplace's communities (Sharetribe): e-mail columns read like a person's row, but its logos and
    stylesheet set up the site: the table is the site's own, and its name no one's."""
    columns = [field("communities", "id", "int", pk=True), field("communities", "name"),
               field("communities", "allowed_emails", "text"), field("communities", "custom_email_from_address"),
               field("communities", "logo_file_name"), field("communities", "logo_content_type"),
               field("communities", "wide_logo_file_name"), field("communities", "stylesheet_url")]
    found = dict(zip([c.name for c in columns], classify(classifier, *columns), strict=True))
    assert found["name"].category is None and found["id"].category is None
    assert "table communities is system (its columns set up the whole site" in found["name"].explanation
    people = [field("members", "id", "int", pk=True), field("members", "name"), field("members", "email"),
              field("members", "avatar_file_name")]
    assert [r.category for r in classify(classifier, *people)][1:3] == ["user.name", "user.contact.email"]


def test_a_persons_options_keyed_by_them_are_their_settings(classifier: Classifier) -> None:
    columns = [field("mail_config", "id", "int", pk=True), field("mail_config", "user_id", "int"),
               field("mail_config", "theme", "varchar(45)"), field("mail_config", "autoplay", "tinyint(1)"),
               field("mail_config", "signature_position", "int")]
    found = dict(zip([c.name for c in columns], classify(classifier, *columns, *USERS), strict=False))
    assert found["autoplay"].category == "user.account.settings"
    assert found["theme"].category == "user.account.settings"


@pytest.mark.parametrize(("name", "type_", "expected"), [
    ("FramedIPv6Address", "inet", "user.device.ip_address"),  # FreeRADIUS: a network address by its type
    ("client_address", "inet", "user.device.ip_address"),
    ("home_address", "varchar(255)", "user.contact.address"),  # a postal address keeps its reading
])
def test_a_network_type_outranks_the_word_address(classifier: Classifier, name: str, type_: str,
                                                  expected: str) -> None:
    table = "sessions_log"
    assert category_of(classifier, field(table, name, type_), field(table, "user_id", "int"), *USERS) == expected


@pytest.mark.parametrize(("table", "name", "type_", "expected"), [
    ("users", "Monitors", "enum('None','View','Edit')", "user.authorization"),  # ZoneMinder's users
    ("users", "Events", "ENUM('None', 'View', 'Edit')", "user.authorization"),
    ("users", "Stream", "set('none','read','write')", "user.authorization"),
    ("users", "status", "enum('active','banned')", "user.account"),  # states, not levels of access
    ("users", "Flags", "enum('none','no')", "user.account"),  # nothing granted: no level of access
    ("pages", "access", "enum('none','view','edit')", None),  # a page's, not a person's
])
def test_enum_values_that_are_levels_of_access_on_a_persons_row(classifier: Classifier, table: str, name: str,
                                                                type_: str, expected: str | None) -> None:
    assert category_of(classifier, field(table, name, type_), *USERS) == expected


def test_a_tax_id_that_keys_a_tax_rate_is_no_persons_number(classifier: Classifier) -> None:
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "taxid", "varchar"), field("taxes", "id", "varchar", pk=True),
              field("taxes", "rate", "double precision"), field("ticketlines", "ticket", "varchar", pk=True),
              field("ticketlines", "taxid", "varchar", ref="taxes"), field("bill_detail", "bill_id", "int"),
              field("bill_detail", "tax_id", "int(11)")]
    results = classifier.classify_fields(schema)
    assert results[2].category == "user.government_id"
    assert [results[6].category, results[8].category] == [None, None]


def test_when_a_row_was_last_edited_or_fetched_is_bookkeeping(classifier: Classifier) -> None:
    schema = [field("Members", "profileId", "int", pk=True), field("Members", "email"),
              field("Members", "lastEdit", "datetime"), field("Members", "last_fetched_date", "timestamp"),
              field("Members", "lastActivity", "datetime")]
    results = classifier.classify_fields(schema)
    assert [results[2].category, results[3].category] == [None, None]
    assert results[4].category == "user.behavior"


@pytest.mark.parametrize(("table", "name", "expected"), [
    ("rooms", "members", None),  # a room's statistic
    ("site_stats", "ss_users", None),
    ("polls", "num_guest_voters", None),
    ("boards", "topicAdmins", None),
    ("users", "subscribers", "user.behavior"),  # how many subscribers a person has
    ("notification_settings", "for_new_accounts", "user.account.settings"),  # a choice about such persons
    ("server", "currentusers", None),  # glued to the word before
    ("torrents", "seeders", None),  # an agent noun alone
    ("communities", "nmembers", None),
    ("participants", "nsubscribers", "user.behavior"),
])
def test_a_number_named_by_persons_in_the_plural_counts_them(classifier: Classifier, table: str, name: str,
                                                             expected: str | None) -> None:
    schema = [*USERS, field("notification_settings", "user_id", "bigint", ref="users")]
    assert category_of(classifier, field(table, name, "integer"), *schema) == expected


def test_a_person_word_in_the_singular_or_as_text_still_keys_a_person(classifier: Classifier) -> None:
    assert category_of(classifier, field("rooms", "owner", "integer"), *USERS) == "user.unique_id"
    assert category_of(classifier, field("messages", "recipients", "text"), *USERS) == "user.unique_id"


def test_a_column_named_after_the_notice_on_a_table_of_notices_is_the_notices(classifier: Classifier) -> None:
    notices = [field("echo_notification", "notification_user", "int", ref="users"),
               field("echo_notification", "notification_event", "int"),
               field("echo_notification", "notification_timestamp", "binary(14)"),
               field("echo_notification", "is_send", "tinyint(1)"),
               field("echo_notification", "send_time", "int(11)"),
               field("user_settings", "user_id", "bigint", ref="users"),
               field("user_settings", "notification_comment", "boolean")]
    results = classifier.classify_fields([*USERS, *notices])[len(USERS):]
    assert [r.category for r in results[1:5]] == [None, None, None, None]
    assert results[0].category == "user.unique_id"
    assert results[6].category == "user.account.settings"  # a person's choice of notices stays theirs


def test_the_kind_and_last_activity_of_a_notice_are_the_notices_but_its_reading_is_the_readers(
        classifier: Classifier) -> None:
    notices = [field("notifications", "id", "bigint", pk=True),
               field("notifications", "user_id", "bigint", ref="users"),
               field("notifications", "activity_type", "varchar(255)"),
               field("notifications", "event_name", "varchar(50)"),
               field("notifications", "last_activity_at", "timestamp"),
               field("notifications", "read_at", "timestamp")]
    results = classifier.classify_fields([*USERS, *notices])[len(USERS):]
    assert [r.category for r in results[2:5]] == [None, None, None]
    assert results[5].category == "user.behavior"


def test_a_cid_keys_a_row_and_only_ga_cid_is_a_cookie(classifier: Classifier) -> None:
    """A cid keys a category, a channel or a comment (articles.cid, guild_cfg.log_cid); Google
    Analytics' client id (ga_cid) is the cookie's."""
    visits = [field("visits", "id", "bigint", pk=True), field("visits", "ga_cid", "varchar(64)"),
              field("articles", "id", "int", pk=True), field("articles", "cid", "int(11)"),
              field("guild_cfg", "gid", "bigint", pk=True), field("guild_cfg", "log_cid", "bigint")]
    results = classifier.classify_fields([*USERS, *visits])[len(USERS):]
    assert results[1].category == "user.device.cookie_id"
    assert results[3].category is None  # a category's key
    assert results[5].category is None  # a channel's


@pytest.mark.parametrize(("table", "name", "type_"), [
    ("patients", "imported_from_id", "bigint"),  # the source row of an import
    ("allergies", "copied_from", "bigint"),
    ("users", "add_date", "timestamp"),
    ("users", "modificationDate", "char(15)"),
])
def test_where_a_row_came_from_and_when_it_was_added_or_modified_is_bookkeeping(
        classifier: Classifier, table: str, name: str, type_: str) -> None:
    assert category_of(classifier, field(table, name, type_), *USERS) is None


def test_a_column_of_an_upload_named_by_the_tables_own_word_is_read_by_the_words_after_it(
        classifier: Classifier) -> None:
    uploads = [field("image", "img_name", "varbinary(255)"), field("image", "img_sha1", "varbinary(32)"),
               field("image", "img_metadata", "mediumblob"), field("image", "img_actor", "bigint", ref="users"),
               field("media", "media_url", "varchar(255)"), field("media", "media_credits", "varchar(255)")]
    results = classifier.classify_fields([*USERS, *uploads])[len(USERS):]
    assert [r.category for r in results[:3]] == [None, None, None]
    assert results[3].category == "user.unique_id"
    assert results[5].category is None


def test_the_bounds_of_a_range_of_pay_describe_a_job_not_a_persons_earnings(classifier: Classifier) -> None:
    jobs = [field("job_offers", "min_salary", "integer"), field("job_offers", "maxSalary", "integer"),
            field("employees", "id", "int", pk=True), field("employees", "first_name"),
            field("employees", "salary", "decimal(10,2)")]
    results = classifier.classify_fields(jobs)
    assert [results[0].category, results[1].category] == [None, None]
    assert results[4].category == "user.financial"


def test_a_text_uid_keying_the_persons_table_keys_them_elsewhere_too(classifier: Classifier) -> None:
    schema = [field("oc_users", "uid", "varchar(64)", pk=True), field("oc_users", "displayname", "varchar(64)"),
              field("oc_users", "password", "varchar(255)"),
              field("oc_authtoken", "id", "bigint", pk=True), field("oc_authtoken", "uid", "varchar(64)"),
              field("oc_authtoken", "login_name", "varchar(64)"), field("oc_authtoken", "password", "text"),
              field("oc_authtoken", "token", "varchar(200)"), field("oc_authtoken", "type", "smallint")]
    results = classifier.classify_fields(schema)
    assert results[4].category == "user.unique_id"
    assert [results[3].category, results[8].category] == [None, None]  # a token's row, not a person's


def test_a_runner_of_jobs_is_a_machine_whose_token_and_last_contact_are_its_own(classifier: Classifier) -> None:
    runners = [field("action_runner", "id", "bigint", pk=True), field("action_runner", "name", "varchar(255)"),
               field("action_runner", "token_hash", "varchar(255)"), field("action_runner", "last_online", "bigint"),
               field("ci_runners", "id", "bigint", pk=True), field("ci_runners", "token", "varchar(255)")]
    results = classifier.classify_fields([*USERS, *runners])[len(USERS):]
    assert [r.category for r in results] == [None] * len(runners)


def test_a_social_networks_name_is_a_persons_page_only_ending_the_column(classifier: Classifier) -> None:
    schema = [*USERS, field("users", "twitter", "varchar(255)"), field("users", "url_youtube", "varchar(255)"),
              field("user_services", "user_id", "bigint", ref="users"), field("user_services", "vk_preis", "char(8)")]
    results = classifier.classify_fields(schema)[len(USERS):]
    assert [results[0].category, results[1].category] == ["user.contact.url", "user.contact.url"]
    assert results[3].category is None


def test_a_cap_is_a_postal_code_only_among_the_parts_of_an_address(classifier: Classifier) -> None:
    schema = [*USERS, field("addresses", "user_id", "bigint", ref="users"),
              field("addresses", "street", "varchar(255)"), field("addresses", "city", "varchar(255)"),
              field("addresses", "cap", "varchar(5)"),
              field("meetings", "camera_cap", "integer"), field("plans", "cap", "integer")]
    results = classifier.classify_fields(schema)[len(USERS):]
    assert results[3].category == "user.contact.address.postal_code"
    assert [results[4].category, results[5].category] == [None, None]


def test_a_provider_name_is_a_service_outside_health_and_the_one_a_person_signs_in_with_on_their_rows(
        classifier: Classifier) -> None:
    """Outside a health application a provider is a service: a link preview's provider names no
    one, and on a person's linked social account it is which service they sign in with."""
    schema = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customer_social_accounts", "id", "int", pk=True),
              field("customer_social_accounts", "customer_id", "int", ref="customers.id"),
              field("customer_social_accounts", "provider_name", "varchar(255)"),
              field("preview_cards", "id", "bigint", pk=True), field("preview_cards", "url", "varchar"),
              field("preview_cards", "title", "varchar"), field("preview_cards", "provider_name", "varchar")]
    found = [r.category for r in classify(classifier, *schema)]
    assert found[4] == "user.account"
    assert found[8] is None


def test_a_profiles_name_names_the_profile_not_the_person(classifier: Classifier) -> None:
    """A named set of permissions or one of a person's profiles ("default") is no person's name;
    a person's real name still is."""
    schema = [field("members", "id", "int", pk=True), field("members", "email"),
              field("members", "real_name", "varchar(255)"),
              field("permission_profiles", "id", "int", pk=True),
              field("permission_profiles", "profile_name", "varchar(255)"),
              field("user_profiles", "profile_id", "int", pk=True),
              field("user_profiles", "user_id", "int", ref="members.id"),
              field("user_profiles", "profile_name", "varchar(32)")]
    found = [r.category for r in classify(classifier, *schema)]
    assert found[2] == "user.name"
    assert [found[4], found[7]] == [None, None]


def test_an_office_phone_on_a_persons_row_is_their_phone_and_an_offices_own_is_not(
        classifier: Classifier) -> None:
    schema = [field("users", "user_id", "int", pk=True), field("users", "email"),
              field("users", "office_phone", "varchar(20)"),
              field("offices", "id", "int", pk=True), field("offices", "name", "varchar(100)"),
              field("offices", "office_phone", "varchar(20)")]
    found = [r.category for r in classify(classifier, *schema)]
    assert found[2] == "user.contact.phone_number"
    assert found[5] is None


def test_the_failure_or_outcome_text_of_a_sent_mail_or_a_job_is_the_applications(classifier: Classifier) -> None:
    emails = [field("emails_out", "id", "int", pk=True), field("emails_out", "to_user_id", "int", ref="users.id"),
              field("emails_out", "subject"), field("emails_out", "body_html", "text")]
    queue = [field("queue_msg", "pk", "int", pk=True), field("queue_msg", "msg_body", "bytea")]
    assert category_of(classifier, field("emails_out", "failure_text", "varchar(255)"), *emails, *USERS) is None
    assert category_of(classifier, field("queue_msg", "outcome_msg", "varchar(255)"), *queue, *USERS) is None


def test_a_switch_on_a_persons_row_named_after_mentions_is_their_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email", "varchar(255)"),
              field("users", "note_mentions", "boolean"), field("users", "pushover_mentions", "tinyint(1)"),
              field("notes", "id", "int", pk=True), field("notes", "mentions", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[3].category] == ["user.account.settings"] * 2
    assert found[5].category == "user.unique_id"  # a list of the persons a note mentions


def test_what_a_persons_token_is_for_is_no_act_of_theirs(classifier: Classifier) -> None:
    schema = [*USERS, field("tokens", "id", "int", pk=True), field("tokens", "user_id", "int", ref="users"),
              field("tokens", "token", "varchar(100)"), field("tokens", "action", "varchar(40)"),
              field("tokens", "expires", "datetime")]
    found = classifier.classify_fields(schema)[len(USERS):]
    assert found[2].category == "user.authorization.credentials"
    assert found[3].category is None


def test_a_number_named_a_password_or_a_pin_holds_no_secret(classifier: Classifier) -> None:
    """A pinned comment's pin int(1), a tax's pass integer and a member's time of their last password
    change (users_timepasswd int) hold numbers, never a password; a SCRAM iteration count may."""
    schema = [field("comments", "id", "int", pk=True), field("comments", "pin", "int(1)"),
              field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "users_timepasswd", "int(11)"), field("users", "password", "varchar(60)"),
              field("users", "iterationcount", "integer")]
    found = classifier.classify_fields(schema)
    assert found[1].category is None
    assert "never a password" in found[1].explanation
    assert found[4].category == "user.account"
    assert found[5].category == "user.authorization.password"
    assert found[6].category == "user.authorization.password"


def test_a_users_numbered_scratch_codes_are_credentials(classifier: Classifier) -> None:
    schema = [field("users", "uid", "int", pk=True), field("users", "email"),
              field("users_2fa_keys", "uid", "int", ref="users"), field("users_2fa_keys", "secret"),
              field("users_2fa_keys", "scratch1"), field("users_2fa_keys", "scratch2"),
              field("notes", "scratchpad")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[4:6]] == ["user.authorization.credentials"] * 2
    assert found[6].category != "user.authorization.credentials"


def test_a_numbered_hardware_id_and_a_text_client_id_key_no_person(classifier: Classifier) -> None:
    """OCS Inventory's accesslog.HARDWARE_ID keys a machine's row; a Mastodon client's clientId is the
    OAuth application's; a shop's numbered client_id is its customer's and a device's text
    hardware_id the device's own."""
    schema = [*USERS, field("accesslog", "HARDWARE_ID", "int"), field("accesslog", "USERID", "varchar(255)"),
              field("account_entity", "id", "int", pk=True), field("account_entity", "username"),
              field("account_entity", "client_id", "text"), field("sales", "client_id", "int"),
              field("devices", "user_id", "int"), field("devices", "hardware_id", "varchar(64)")]
    results = classifier.classify_fields(schema)[len(USERS):]
    assert [results[i].category for i in (0, 4, 5, 7)] == [
        None, None, "user.unique_id", "user.device.device_id"]


def test_the_name_a_comment_is_signed_with_is_its_writers(classifier: Classifier) -> None:
    """A blog comment's or a shoutbox's name is the name its writer gave; a topic's name is the
    topic's own."""
    schema = [*USERS, field("blog_comments", "id", "int", pk=True), field("blog_comments", "name", "varchar(255)"),
              field("blog_comments", "body", "text"), field("shoutbox", "id", "int", pk=True),
              field("shoutbox", "name", "varchar(100)"), field("topics", "id", "int", pk=True),
              field("topics", "name", "varchar(255)")]
    results = classifier.classify_fields(schema)[len(USERS):]
    assert [results[i].category for i in (1, 4)] == ["user.name"] * 2
    assert results[6].category != "user.name"
