"""Engine behaviours: table-qualified names, time and flag columns, domains, table kinds."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import category_of, field


def test_a_generic_column_is_read_with_its_tables_name(classifier: Classifier) -> None:
    token, name, _ = classifier.classify_fields([field("push_tokens", "token"), field("devices", "display_name"),
                                                 field("devices", "user_id", "int")])
    assert token.category == "user.device.device_id"
    assert "name words 'push token' match 'push token'" in token.explanation
    assert name.category == "user.device"


def test_a_person_tables_name_is_not_read_into_its_columns(classifier: Classifier) -> None:
    assert category_of(classifier, field("users", "name")) == "user.name"


def test_a_time_about_a_credential_records_an_event_of_the_account(classifier: Classifier) -> None:
    sent, used = classifier.classify_fields([field("users", "reset_password_sent_at", "timestamp"),
                                             field("access_tokens", "token_used_ts_ms", "bigint")])
    assert classifier.read_name("token_used_ts_ms") == ("token", "used", "at")
    assert sent.category == "user.account"
    assert "as a time it records an event of it" in sent.explanation
    assert used.category == "user.behavior"


def test_a_flag_about_e_mail_is_a_setting_of_a_person_and_nothing_elsewhere(classifier: Classifier) -> None:
    person, order = classifier.classify_fields([field("user_options", "email_in_reply_to", "boolean"),
                                                field("orders", "send_email", "boolean")])
    assert person.category == "user.account.settings"
    assert order.category is None


def test_soft_deletion_is_bookkeeping(classifier: Classifier) -> None:
    assert category_of(classifier, field("obs", "void_reason")) is None


def test_settings_tables_of_things_are_not_a_persons(classifier: Classifier) -> None:
    assert category_of(classifier, field("room_settings", "theme", "text")) is None
    assert classifier.tables.kind_of_name("user_options")[0] == "person_data"
    assert classifier.tables.kind_of_name("usergroups")[0] == "thing"


def test_direct_message_tables_are_private(classifier: Classifier) -> None:
    assert classifier.tables.kind_of_name("direct_messages")[0] == "content_private"
    assert category_of(classifier, field("direct_messages", "body")) == "user.content.private"


def test_clinical_words_anywhere_make_a_health_table(classifier: Classifier) -> None:
    assert classifier.tables.kind_of_name("procedure_order")[0] == "health"
    assert classifier.tables.kind_of_name("procedure_type")[0] == "thing"


def test_a_short_table_prefix_on_columns_is_dropped(classifier: Classifier) -> None:
    assert classifier.read_name("pc_contemail") == ("contemail",) or classifier.read_name("pc_email") == ("email",)
    assert classifier.read_name("pc_email") == ("email",)
    assert classifier.read_name("ip_address") == ("ip", "address")


def test_organisation_contact_data_is_theirs_unless_a_person_is_named(classifier: Classifier) -> None:
    phone, owner = classifier.classify_fields([field("facility", "phone"), field("facility", "owner_email")])
    assert phone.category is None
    assert owner.category == "user.contact.email"


def test_a_bare_name_is_a_persons_only_alone_or_after_a_person_word(classifier: Classifier) -> None:
    topic, author, alone = classifier.classify_fields([field("muted_topics", "topic_name"),
                                                       field("comments", "author_name"),
                                                       field("contacts", "name")])
    assert (topic.category, author.category, alone.category) == (None, "user.name", "user.name")


def test_a_code_of_a_person_attribute_keeps_the_attribute(classifier: Classifier) -> None:
    assert category_of(classifier, field("employee", "ethnic_race_code")) == "user.demographic.race_ethnicity"
    assert category_of(classifier, field("employee", "nation_code")) == "user.demographic"


def test_presence_tables_record_behaviour(classifier: Classifier) -> None:
    assert category_of(classifier, field("user_presence", "status")) == "user.behavior"
    assert category_of(classifier, field("orders", "status")) is None


def test_glued_forum_names_split_into_known_words(classifier: Classifier) -> None:
    assert classifier.read_name("pmnotify") == ("pm", "notify")
    assert classifier.read_name("dateformat") == ("date", "format")
    assert classifier.read_name("regip") == ("registration", "ip")
    assert category_of(classifier, field("users", "hideemail", "tinyint(1)")) == "user.privacy_preferences"
    assert category_of(classifier, field("users", "loginkey")) == "user.authorization.credentials"


def test_an_agent_nouns_ending_is_no_glued_word_of_its_own(classifier: Classifier) -> None:
    assert classifier.read_name("chatper_id") == ("chatper", "id")
    assert classifier.read_name("postsperpage") == ("post", "per", "page")
    assert category_of(classifier, field("zzq", "procper_id", "int")) == "user.unique_id"


def test_a_time_column_is_never_a_credential(classifier: Classifier) -> None:
    [reset] = classifier.classify_fields([field("users", "password_changed_at", "timestamptz")])
    assert reset.category == "user.account"


def test_a_health_application_reads_pid_and_clinical_orders(classifier: Classifier) -> None:
    schema = [field("encounter", "encounter_id", "int", pk=True), field("obs", "value_text"),
              field("obs", "encounter_id", "int"), field("allergy", "allergen"), field("allergy", "patient_id", "int"),
              field("orders", "dose", "double"), field("orders", "pid", "int")]
    assert [c.category for c in classifier.classify_fields(schema)] == [
        None, "user.health_and_medical", None, "user.health_and_medical", "user.unique_id",
        "user.health_and_medical", "user.unique_id"]


def test_a_clinical_table_that_keys_no_patient_is_a_catalogue(classifier: Classifier) -> None:
    exam, vaccine_type, given = classifier.classify_fields([
        field("exam", "exa_desc", "varchar(100)"), field("vaccine", "vac_vact_id_a", "char(1)"),
        field("patient_vaccine", "pav_pat_id", "int")])
    assert exam.category is None
    assert exam.explanation.endswith("table exam is thing (table name says thing (exam, in a health application, "
                                     "a catalogue: no column keys a patient or a clinical record))")
    assert vaccine_type.category is None
    assert given.category == "user.unique_id"



def test_a_clinical_table_that_dates_what_happened_records_events_not_a_catalogue(classifier: Classifier) -> None:
    """A vital sign's reading dated by its date_time is a clinical event even with no patient's key; a
    catalogue's validity span or bookkeeping time (start_date, date_voided) does not make it one."""
    temperature, _, kind, _ = classifier.classify_fields([
        field("vital_signs", "temperature", "decimal(4,1)"), field("vital_signs", "date_time", "datetime"),
        field("vaccine", "vaccine_name", "varchar(100)"), field("vaccine", "date_voided", "datetime")])
    assert temperature.category == "user.health_and_medical"
    assert "clinical events: its column date_time dates what happened" in temperature.explanation
    assert kind.category is None

def test_persons_keyed_by_their_login_name_are_referred_to_by_it(classifier: Classifier) -> None:
    schema = [field("users", "username", pk=True), field("users", "password"), field("users", "email"),
              field("roster", "username"), field("vcard", "username", pk=True), field("vcard", "vcard")]
    login, _, _, roster, vcard, _ = classifier.classify_fields(schema)
    assert login.category == "user.account.username"
    assert (roster.category, vcard.category) == ("user.unique_id", "user.unique_id")
    numbered = [field("users", "id", "int", pk=True), field("users", "username"), field("attempts", "username")]
    assert classifier.classify_fields(numbered)[2].category == "user.account.username"


def test_persons_whose_table_declares_no_key_are_keyed_by_their_login_name(classifier: Classifier) -> None:
    schema = [field("userapi_accounts", "localpart"), field("userapi_accounts", "password_hash"),
              field("userapi_accounts", "created_ts", "bigint"), field("userapi_pushers", "localpart"),
              field("userapi_pushers", "pushkey"), field("users", "name", source="other"),
              field("users", "password_hash", source="other"), field("pushers", "user_name", source="other"),
              field("pushers", "pushkey", source="other")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (0, 3, 7)] == ["user.account.username", "user.unique_id", "user.unique_id"]
    numbered = [field("users", "id", "int"), field("users", "username"), field("users", "password"),
                field("attempts", "username")]
    assert classifier.classify_fields(numbered)[3].category == "user.account.username"


def test_a_persons_table_that_holds_their_key_links_them(classifier: Classifier) -> None:
    schema = [field("list_accounts", "id", "bigint", pk=True), field("list_accounts", "account_id", "bigint"),
              field("list_accounts", "added", "timestamp")]
    own, account, _ = classifier.classify_fields(schema)
    assert (own.category, account.category) == (None, "user.unique_id")
    assert "list_accounts is person data (table name says person_data (account, whose column account_id " \
           "links to a person))" in own.explanation


def test_a_settings_tables_own_key_is_no_setting(classifier: Classifier) -> None:
    own, chosen = classifier.classify_fields([field("user_filters", "filter_id", "bigint"),
                                              field("user_filters", "definition", "text")])
    assert (own.category, chosen.category) == (None, "user.account.settings")


def test_accounts_that_own_users_are_tenants(classifier: Classifier) -> None:
    schema = [field("accounts", "id", "int", pk=True), field("accounts", "name"),
              field("accounts", "support_email")]
    schema += [field(table, column, "int") for table in ("account_users", "inboxes", "macros")
               for column in ("account_id", "user_id")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[:4]] == [None, None, None, None]
    assert "accounts are tenants in this schema" in results[3].explanation
    assert results[4].category == "user.unique_id"


def test_accounts_are_persons_without_that_evidence(classifier: Classifier) -> None:
    schema = [field("accounts", "id", "int", pk=True), field("accounts", "username"),
              field("statuses", "account_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)] == [
        "user.unique_id", "user.account.username", "user.unique_id"]


def test_a_leading_verb_decides_unless_the_whole_name_is_a_phrase(classifier: Classifier) -> None:
    shown, language, hidden = classifier.classify_fields([
        field("local_user", "show_read_posts", "boolean"), field("users", "default_language"),
        field("users", "hide_email", "boolean")])
    assert shown.category == "user.account.settings"
    assert language.category == "user.demographic.language"
    assert hidden.category == "user.privacy_preferences"


def test_a_table_linking_persons_to_a_thing_is_no_person_table(classifier: Classifier) -> None:
    schema = [field("posts_authors", "id", "int", pk=True), field("posts_authors", "post_id", "int"),
              field("posts_authors", "author_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)] == [None, None, "user.unique_id"]


def test_an_oauth_client_table_is_no_person_table(classifier: Classifier) -> None:
    schema = [field("client", "id", "varchar(36)", pk=True), field("client", "secret"),
              field("client", "base_url")]
    assert [r.category for r in classifier.classify_fields(schema)] == [None, None, None]


def test_a_person_word_qualified_by_a_thing_names_a_thing(classifier: Classifier) -> None:
    schema = [field("payment_provider", "id", "varchar(40)", pk=True),
              field("payment_provider", "is_installed", "bool"),
              field("payments", "provider_id", "varchar(40)", ref="payment_provider"),
              field("newsletter_subscriber", "id", "int", pk=True), field("newsletter_subscriber", "email")]
    provider, _, ref, subscriber, _ = classifier.classify_fields(schema)
    # The key names no person; a payment's provider is the payment method chosen.
    assert (provider.category, ref.category, subscriber.category) == (None, "user.payment", "user.unique_id")
    assert "payment_provider is thing (table name says thing (payment provider: a provider of a kind of thing" \
           in provider.explanation


def test_link_tables_are_told_by_keys_written_id_first(classifier: Classifier) -> None:
    schema = [field("pm_recipients", "id_pm", "int", pk=True), field("pm_recipients", "id_member", "int", pk=True)]
    pm, member = classifier.classify_fields(schema)
    assert (pm.category, member.category) == (None, "user.unique_id")


def test_a_coded_concept_in_a_patients_record_is_clinical(classifier: Classifier) -> None:
    schema = [field("person", "person_id", "int", pk=True), field("person", "gender_concept_id", "int"),
              field("person", "birth_date", "date"),
              field("procedure_occurrence", "person_id", "int", ref="person"),
              field("procedure_occurrence", "procedure_concept_id", "int", ref="concept"),
              field("concept_synonym", "concept_id", "int", ref="concept")]
    procedure, catalogue = classifier.classify_fields(schema)[4:]
    assert procedure.category == "user.health_and_medical"
    assert catalogue.category is None


def test_content_owned_by_a_person_is_private(classifier: Classifier) -> None:
    assert classifier.tables.kind_of_name("employee_attachment") == ("content_private", "attachment of employee")
    assert classifier.tables.kind_of_name("attachments")[0] == "content"


def test_a_lone_camel_case_letter_glues_back_into_a_known_abbreviation(classifier: Classifier) -> None:
    assert [classifier.read_name(n) for n in ("LName", "FName", "DateTStamp", "L_Name", "aName")] == [
        ("last", "name"), ("first", "name"), ("date", "timestamp"), ("name",), ("name",)]
    schema = [field("provider", "ProvNum", "bigint", pk=True), field("provider", "LName"),
              field("provider", "FName"), field("provider", "DateTStamp", "timestamp")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == [
        "user.name.last", "user.name.first", None]


def test_a_lone_camel_case_letter_ends_a_short_word_into_a_known_abbreviation(classifier: Classifier) -> None:
    assert classifier.read_name("PatientDoB") == ("patient", "date", "of", "birth")
    assert classifier.read_name("MiddleI") == ("middle", "i")
    schema = [field("candidate", "CandID", "int", pk=True), field("candidate", "DoB", "date"),
              field("visit_log", "CandID", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[1:]] == [
        "user.demographic.date_of_birth", "user.unique_id"]


def test_an_acronyms_plural_is_one_word(classifier: Classifier) -> None:
    assert classifier.words.joined("OtherUserIDs") == ["other", "user", "ids"]
    assert classifier.read_name("AttachmentURLs") == ("attachment", "url")
    assert category_of(classifier, field("log", "OtherUserIDs", "varchar(255)")) == "user.unique_id"


def test_a_key_starting_with_a_hierarchy_word_names_no_person(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("log", "ParentRecordID", "int"), field("log_packages", "id_member_installed", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [None, "user.unique_id"]


def test_words_naming_a_person_are_theirs_whatever_thing_they_describe(classifier: Classifier) -> None:
    schema = [field("forums", "forum_id", "int", pk=True), field("forums", "forum_name"),
              field("forums", "forum_last_poster_name", "varchar(255)"), field("forums", "forum_desc")]
    assert [r.category for r in classifier.classify_fields(schema)[1:3]] == [None, "user.account.username"]


def test_a_vcards_glued_address_and_location_parts_split(classifier: Classifier) -> None:
    assert classifier.read_name("adrpostcode") == ("address", "postal", "code")
    assert classifier.read_name("loclatitude") == ("location", "latitude")
    schema = [field("contacts", "jid", "varchar(256)", pk=True), field("contacts", "fn"),
              field("contacts", "adrcountry"), field("contacts", "loclatitude")]
    assert [r.category for r in classifier.classify_fields(schema)[2:]] == [
        "user.contact.address.country", "user.location.precise"]


def test_an_e164_number_is_a_phone_number(classifier: Classifier) -> None:
    assert classifier.read_name("e164") == ("phone",)
    schema = [field("conversations", "id", "varchar(64)", pk=True), field("conversations", "e164")]
    assert classifier.classify_fields(schema)[1].category == "user.contact.phone_number"


def test_a_key_named_after_an_address_keys_the_address_row(classifier: Classifier) -> None:
    """A table of addresses that holds a name, a company, an e-mail and a phone beside the street
    reads as one of persons, but a key named after the address (billing_address_id) keys that
    address's row, no person; a key to the same table named after the person still keys them."""
    table = "shuup_mutableaddress"
    addresses = [field(table, "id", "serial", pk=True)] + [
        field(table, name, "varchar(255)") for name in (
            "prefix", "name", "suffix", "name_ext", "company_name", "tax_number", "phone", "email", "street",
            "street2", "street3", "postal_code", "city", "region_code", "region", "country")]
    order = [field("orders", "id", "int", pk=True), field("orders", "total", "numeric(12, 2)")]
    assert category_of(classifier, field("orders", "billing_address_id", "int", ref=table),
                       *order, *addresses) is None
    assert category_of(classifier, field("orders", "address_id", "int", ref=table), *order, *addresses) is None
    assert category_of(classifier, field("orders", "customer_id", "int", ref=table),
                       *order, *addresses) == "user.unique_id"


def test_a_persons_word_whose_comment_says_it_counts_them_is_no_key(classifier: Classifier) -> None:
    """A group's member_num whose comment says 成员数 (member count), a poll's voter_num (投票人数: vote
    count): a number of persons, no one's key; an English comment ending in "count" says so too."""
    assert category_of(classifier, field("chat_group", "member_num", "int", comment="成员数"),
                       field("chat_group", "name", "varchar(64)")) is None
    assert category_of(classifier, field("app_poll", "voter_num", "mediumint", comment="投票人数")) is None
    assert category_of(classifier, field("app_poll", "voter_num", "mediumint", comment="Voter count")) is None
    assert category_of(classifier, field("app_poll", "voter_id", "int", comment="投票人")) == "user.unique_id"
