"""What makes a table read as persons, or not, when its name does not say: the evidence its
columns give, and the context that decides a column's category there."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import classify, field


def _kind(classifier: Classifier, *fields: object) -> str:
    contexts, _ = classifier.contexts(list(fields))  # type: ignore[arg-type]
    return next(iter(contexts.values())).kind


def test_contact_columns_of_an_organisation_do_not_make_persons(classifier: Classifier) -> None:
    trial = [field("trial", "trial_id", "integer", pk=True), field("trial", "name"),
             field("trial", "facility_contact_phone"), field("trial", "facility_contact_email"),
             field("trial", "gender")]
    assert _kind(classifier, *trial) == "unknown"
    assert [c.category for c in classify(classifier, *trial)] == [None, None, None, None,
                                                                  "user.demographic.gender"]


def test_yes_no_flags_about_person_data_do_not_make_persons(classifier: Classifier) -> None:
    extract = [field("dataset", "extract_id", "integer", pk=True), field("dataset", "name"),
               field("dataset", "show_subject_dob", "boolean"), field("dataset", "show_subject_gender", "boolean")]
    assert _kind(classifier, *extract) == "unknown"


def test_columns_that_describe_a_person_still_make_persons(classifier: Classifier) -> None:
    people = [field("sheet", "entry_id", "integer", pk=True), field("sheet", "email"),
              field("sheet", "gender")]
    assert _kind(classifier, *people) == "person"


def test_a_table_whose_columns_name_and_describe_rows_holds_things(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    scale = [field("scale", "id", "integer", pk=True), field("scale", "owner_id", "integer", ref="users"),
             field("scale", "name"), field("scale", "description"), field("scale", "sql_statement"),
             field("scale", "date_start", "date")]
    contexts, _ = classifier.contexts([*users, *scale])
    assert contexts[("app", "scale")].kind == "thing"
    assert [c.category for c in classify(classifier, *users, *scale)][2:] == [
        None, "user.unique_id", None, None, None, None]


def test_a_named_table_of_a_persons_key_without_a_description_stays_theirs(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    lists = [field("mylist", "id", "integer", pk=True), field("mylist", "owner_id", "integer", ref="users"),
             field("mylist", "title")]
    contexts, _ = classifier.contexts([*users, *lists])
    assert contexts[("app", "mylist")].kind == "person_data"


def test_tinyint_1_is_a_yes_no_flag() -> None:
    from scanner.classify.types import type_family
    assert [type_family(t) for t in ("tinyint(1)", "tinyint(1) unsigned", "bit(1)", "bit", "tinyint(4)", "bit(8)")] \
        == ["bool", "bool", "bool", "bool", "number", None]


def test_an_enum_of_yes_and_no_is_a_yes_no_flag(classifier: Classifier) -> None:
    from scanner.classify.types import type_family
    assert [type_family(t) for t in ("enum('yes','no')", "enum('No','Yes')", "enum('Y','N')", "enum('yes')",
                                     "enum('yes','no','maybe')")] == ["bool", "bool", "bool", "text", "text"]
    video = [field("video", "videoid", "int", pk=True), field("video", "userid", "int"), field("video", "title"),
             field("video", "description", "text"), field("video", "has_mobile", "enum('yes','no')")]
    assert classify(classifier, *video)[4].category is None


def test_a_flag_naming_persons_in_a_table_of_things_is_none(classifier: Classifier) -> None:
    groups = [field("groups", "g_id", "int", pk=True), field("groups", "g_title"),
              field("groups", "g_moderator", "tinyint(1)"), field("groups", "g_view_users", "tinyint(1)")]
    assert [c.category for c in classify(classifier, *groups)] == [None, None, None, None]


def test_a_flag_naming_a_person_in_a_persons_data_is_their_relationship(classifier: Classifier) -> None:
    users = [field("users", "user_id", "int", pk=True), field("users", "email")]
    zebra = [field("zebra", "user_id", "int", pk=True), field("zebra", "zebra_id", "int", pk=True),
             field("zebra", "friend", "tinyint(1)")]
    assert classify(classifier, *users, *zebra)[-1].category == "user.social"


def test_an_order_placed_as_a_guest_is_the_customers_account_state(classifier: Classifier) -> None:
    orders = [field("orders", "id", "int", pk=True), field("orders", "is_guest", "tinyint(1)"),
              field("orders", "customer_is_guest", "smallint")]
    assert [c.category for c in classify(classifier, *orders)] == [None, "user.account", "user.account"]


def test_one_address_part_twice_is_no_address(classifier: Classifier) -> None:
    config = [field("settings", "id", "int", pk=True), field("settings", "name"), field("settings", "title"),
              field("settings", "state_current"), field("settings", "state_initial")]
    contexts, _ = classifier.contexts(config)
    assert (contexts[("app", "settings")].kind, "address" in contexts[("app", "settings")].has) == ("thing", False)
    assert [c.category for c in classify(classifier, *config)] == [None, None, None, None, None]


def test_a_prefixed_address_part_counts_as_its_own_part(classifier: Classifier) -> None:
    contact = [field("contact", "id", "int", pk=True), field("contact", "address_street"),
               field("contact", "address_state")]
    contexts, _ = classifier.contexts(contact)
    assert "address" in contexts[("app", "contact")].has
    assert classify(classifier, *contact)[2].category == "user.contact.address.state"


def test_who_created_a_row_does_not_make_it_their_data(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email")]
    filters = [field("spam_filters", "id", "int", pk=True), field("spam_filters", "name"),
               field("spam_filters", "perform"), field("spam_filters", "created_by_id", "int", ref="users")]
    contexts, _ = classifier.contexts([*users, *filters])
    assert contexts[("app", "spam_filters")].kind == "thing"
    assert [c.category for c in classify(classifier, *users, *filters)][2:] == [
        None, None, None, "user.unique_id"]


def test_a_maintainers_email_in_a_table_of_things_is_theirs(classifier: Classifier) -> None:
    meta = [field("meta", "id", "int", pk=True), field("meta", "name"), field("meta", "maintainer_email")]
    assert classify(classifier, *meta)[2].category == "user.contact.email"


def test_load_times_and_source_systems_of_warehouse_rows_are_bookkeeping(classifier: Classifier) -> None:
    patients = [field("patient", "patient_num", "int", pk=True), field("patient", "birth_date", "timestamp")]
    facts = [field("observation", "patient_num", "int", ref="patient"),
             field("observation", "import_date", "timestamp"), field("observation", "download_date", "timestamp"),
             field("observation", "sourcesystem_cd", "varchar(50)")]
    assert [c.category for c in classify(classifier, *patients, *facts)][2:] == [
        "user.unique_id", None, None, None]


def test_update_id_names_who_changed_the_row_but_last_update_id_does_not(classifier: Classifier) -> None:
    crf = [field("crf", "crf_id", "int", pk=True), field("crf", "update_id", "int"),
           field("crf", "last_update_id", "bigint")]
    assert [c.category for c in classify(classifier, *crf)] == [None, "user.unique_id", None]


def test_values_before_and_after_an_audited_change_are_a_persons_data(classifier: Classifier) -> None:
    audit = [field("audit_log_event", "id", "int", pk=True), field("audit_log_event", "old_value", "varchar(2000)"),
             field("audit_log_event", "new_value", "varchar(2000)"), field("audit_log_event", "old_value_count", "int")]
    config = [field("product", "id", "int", pk=True), field("product", "old_value", "text")]
    assert [c.category for c in classify(classifier, *audit)] == [None, "user", "user", None]
    assert classify(classifier, *config)[1].category is None


def test_the_worker_holding_a_jobs_lock_is_no_person(classifier: Classifier) -> None:
    jobs = [field("delayed_jobs", "id", "int", pk=True), field("delayed_jobs", "locked_by", "varchar(64)")]
    topics = [field("topics", "id", "int", pk=True), field("topics", "locked_by", "int")]
    assert classify(classifier, *jobs)[1].category is None
    assert classify(classifier, *topics)[1].category == "user.unique_id"


def test_a_forum_signature_is_published_text_and_a_challenge_answer_a_credential(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "user_sig"),
             field("users", "signature"), field("users", "show_sig", "tinyint(1)"),
             field("users", "passwd_challenge_answer", "varchar(255)")]
    assert [c.category for c in classify(classifier, *users)][2:] == [
        "user.content.public", "user.content.public", "user.account.settings", "user.authorization.credentials"]


def test_the_contact_phone_of_an_organisation_is_theirs(classifier: Classifier) -> None:
    partners = [field("affiliate_partners", "id", "int", pk=True), field("affiliate_partners", "name"),
                field("affiliate_partners", "contact_phone"), field("affiliate_partners", "contact_fax")]
    people = [field("customers", "id", "int", pk=True), field("customers", "email"),
              field("customers", "contact_phone")]
    assert [c.category for c in classify(classifier, *partners)][2:] == [None, None]
    assert classify(classifier, *people)[2].category == "user.contact.phone_number"


def test_a_things_data_keyed_by_whose_it_is_is_the_persons(classifier: Classifier) -> None:
    users = [field("users", "user_id", "int", pk=True), field("users", "email")]
    presence = [field("sync_presence", "user_id", "text"), field("sync_presence", "presence", "int"),
                field("sync_presence", "last_active_ts", "bigint")]
    defaults = [field("room_settings", "room_id", "int", pk=True), field("room_settings", "theme", "text")]
    tokens = [field("application_token", "uid", "int"), field("application_token", "scopes", "text")]
    contexts, _ = classifier.contexts([*users, *presence, *defaults, *tokens])
    assert [contexts[("app", t)].kind for t in ("sync_presence", "room_settings", "application_token")] == [
        "person_data", "thing", "thing"]


def test_the_state_a_session_row_stores_is_a_persons_data(classifier: Classifier) -> None:
    sessions = [field("sessions", "id", "varchar(64)", pk=True), field("sessions", "data", "text"),
                field("sessions", "expiry", "int")]
    caches = [field("cache", "id", "varchar(64)", pk=True), field("cache", "data", "text")]
    assert classify(classifier, *sessions)[1].category == "user"
    assert classify(classifier, *caches)[1].category is None


def test_a_policy_or_sort_order_on_a_persons_row_is_their_setting(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email"),
             field("users", "automatically_follow_topics_policy", "smallint"),
             field("users", "user_topic_sortby_type", "varchar(1)")]
    forums = [field("forums", "id", "int", pk=True), field("forums", "moderation_policy", "smallint")]
    assert [c.category for c in classify(classifier, *users)][2:] == ["user.account.settings"] * 2
    assert classify(classifier, *forums)[1].category is None


def test_a_persons_message_folders_and_labels_are_their_settings(classifier: Classifier) -> None:
    members = [field("members", "id", "int", pk=True), field("members", "email"),
               field("members", "message_labels", "text"), field("members", "pmfolders", "text")]
    assert [c.category for c in classify(classifier, *members)][2:] == ["user.account.settings"] * 2


def test_a_recipients_flags_on_a_private_message_record_what_they_did(classifier: Classifier) -> None:
    pms = [field("privmsgs_to", "msg_id", "int", pk=True), field("privmsgs_to", "pm_unread", "tinyint(1)"),
           field("privmsgs_to", "pm_replied", "tinyint(1)"), field("privmsgs_to", "read_flag", "tinyint(1)")]
    products = [field("products", "id", "int", pk=True), field("products", "is_new", "tinyint(1)")]
    assert [c.category for c in classify(classifier, *pms)][1:] == ["user.behavior"] * 3
    assert classify(classifier, *products)[1].category is None


def test_the_session_id_of_a_shoppers_cart_is_their_token(classifier: Classifier) -> None:
    cart = [field("cart", "cart_id", "int", pk=True), field("cart", "sid", "varchar(64)"),
            field("cart", "store_id", "int")]
    assert [c.category for c in classify(classifier, *cart)] == [None, "user.authorization.credentials", None]


def test_a_validation_or_registration_code_of_a_person_is_a_credential(classifier: Classifier) -> None:
    members = [field("members", "id", "int", pk=True), field("members", "email"),
               field("members", "validation_code", "varchar(10)"), field("members", "activate_key", "varchar(8)")]
    assert [c.category for c in classify(classifier, *members)][2:] == ["user.authorization.credentials"] * 2


def test_a_table_of_name_parts_keying_no_person_holds_the_persons(classifier: Classifier) -> None:
    names = [field("person_name", "pk", "int8", pk=True), field("person_name", "family_name"),
             field("person_name", "given_name"), field("person_name", "middle_name")]
    study = [field("study", "pk", "int8", pk=True), field("study", "ref_phys_name_fk", "int8", ref="person_name"),
             field("study", "study_desc")]
    contexts, _ = classifier.contexts([*names, *study])
    assert contexts[("app", "person_name")].kind == "person"
    found = [c.category for c in classify(classifier, *names, *study)]
    assert found[0] == "user.unique_id" and found[5] == "user.unique_id"


def test_an_address_with_name_parts_stays_a_persons_data(classifier: Classifier) -> None:
    address = [field("order_address", "id", "integer", pk=True), field("order_address", "first_name"),
               field("order_address", "last_name"), field("order_address", "city"),
               field("order_address", "street")]
    assert _kind(classifier, *address) == "person_data"


def test_a_settings_table_naming_and_keying_no_one_holds_the_applications_settings(
        classifier: Classifier) -> None:
    site = [field("settings", "key", "varchar(255)", pk=True), field("settings", "value")]
    assert _kind(classifier, *site) == "system"
    assert [c.category for c in classify(classifier, *site)] == [None, None]
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    own = [field("settings", "user_id", "integer", ref="users"), field("settings", "key"),
           field("settings", "value")]
    contexts, _ = classifier.contexts([*users, *own])
    assert contexts[("app", "settings")].kind == "person_data"


def test_a_provider_of_sign_in_is_a_thing_a_provider_of_care_a_person(classifier: Classifier) -> None:
    sign_in = [field("Provider", "id", pk=True), field("Provider", "name"), field("Provider", "clientId"),
               field("Provider", "clientSecret"), field("Provider", "issuer")]
    assert _kind(classifier, *sign_in) == "thing"
    assert [c.category for c in classify(classifier, *sign_in)] == [None, None, None, None, None]
    care = [field("patient", "id", "integer", pk=True), field("patient", "dob", "date"),
            field("encounter", "patient_id", "integer", ref="patient"), field("vitals", "patient_id", "integer"),
            field("allergy", "patient_id", "integer"),
            field("provider", "id", "integer", pk=True), field("provider", "npi")]
    contexts, _ = classifier.contexts(care)
    assert contexts[("app", "provider")].kind == "person"


def test_a_help_centres_articles_are_the_organisations_documentation(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    help_articles = [field("help_articles", "id", "integer", pk=True),
                     field("help_articles", "author_id", "integer", ref="users"),
                     field("help_articles", "title"), field("help_articles", "content")]
    articles = [field("articles", "id", "integer", pk=True), field("articles", "user_id", "integer", ref="users"),
                field("articles", "title"), field("articles", "body")]
    found = [c.category for c in classify(classifier, *users, *help_articles, *articles)]
    assert found[3:6] == ["user.unique_id", None, None]
    assert found[8:] == ["user.content.public", "user.content.public"]


def test_a_table_of_who_is_online_now_records_presence(classifier: Classifier) -> None:
    online = [field("chat_current_users", "id", "varchar(20)", pk=True), field("chat_current_users", "nick"),
              field("chat_current_users", "sex", "enum('M','F')"), field("chat_current_users", "when", "int(11)"),
              field("chat_current_users", "status", "enum('new','old','idle','online')")]
    contexts, _ = classifier.contexts(online)
    assert "presence" in contexts[("app", "chat_current_users")].has
    assert [c.category for c in classify(classifier, *online)][3:] == ["user.behavior", "user.behavior"]


def test_a_banks_phone_and_address_on_a_bank_account_describe_no_person(classifier: Classifier) -> None:
    accounts = [field("accounts", "id", "int unsigned", pk=True), field("accounts", "name"),
                field("accounts", "number"), field("accounts", "opening_balance", "double(15,4)"),
                field("accounts", "bank_name"), field("accounts", "bank_phone"), field("accounts", "bank_address")]
    assert _kind(classifier, *accounts) == "thing"
    assert [c.category for c in classify(classifier, *accounts)][5:] == [None, None]


def test_e_mail_templates_define_messages_and_are_no_ones_e_mails(classifier: Classifier) -> None:
    templates = [field("email_templates", "id", "integer", pk=True), field("email_templates", "alias"),
                 field("email_templates", "subject"), field("email_templates", "body")]
    queue = [field("mail_queue", "id", "integer", pk=True), field("mail_queue", "recipient"),
             field("mail_queue", "subject"), field("mail_queue", "body")]
    contexts, _ = classifier.contexts([*templates, *queue])
    assert contexts[("app", "email_templates")].kind == "thing"
    assert contexts[("app", "mail_queue")].kind == "content_private"
    assert [c.category for c in classify(classifier, *templates)][2:] == [None, None]


def test_clients_with_a_contact_person_are_organisations_reached_through_them(classifier: Classifier) -> None:
    clients = [field("Client", "id", pk=True), field("Client", "name"), field("Client", "email"),
               field("Client", "contactName"), field("Client", "number")]
    tickets = [field("Ticket", "id", pk=True), field("Ticket", "clientId", ref="Client")]
    contexts, _ = classifier.contexts([*clients, *tickets])
    assert contexts[("app", "Client")].kind == "org"
    assert [c.category for c in classify(classifier, *clients, *tickets)] == [
        None, None, None, "user.name", None, None, None]
    people = [field("clients", "id", "integer", pk=True), field("clients", "first_name"),
              field("clients", "email")]
    assert _kind(classifier, *people) == "person"


def test_a_mailbox_connection_with_host_and_port_is_the_systems_not_a_persons(classifier: Classifier) -> None:
    mailbox = [field("Email", "id", pk=True), field("Email", "user"), field("Email", "pass"),
               field("Email", "host"), field("Email", "port"), field("Email", "secure", "boolean")]
    assert _kind(classifier, *mailbox) == "system"
    assert [c.category for c in classify(classifier, *mailbox)][1:3] == [None, None]


def test_saved_replies_of_a_helpdesk_are_the_teams_tools(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    macros = [field("macros", "id", "integer", pk=True), field("macros", "user_id", "bigint", ref="users"),
              field("macros", "visibility"), field("macros", "message_content"), field("macros", "actions", "jsonb")]
    found = [c.category for c in classify(classifier, *users, *macros)]
    assert found[3:] == ["user.unique_id", None, None, None]


def test_a_catalogue_naming_its_rows_after_its_own_name_holds_definitions(classifier: Classifier) -> None:
    methods = [field("payment_methods", "payment_method_id", "int(11)", pk=True),
               field("payment_methods", "payment_method_name", "varchar(35)")]
    assert _kind(classifier, *methods) == "thing"
    assert [c.category for c in classify(classifier, *methods)] == [None, None]
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    cards = [field("payment_methods", "id", "integer", pk=True), field("payment_methods", "user_id", ref="users"),
             field("payment_methods", "payment_method_name")]
    contexts, _ = classifier.contexts([*users, *cards])
    assert contexts[("app", "payment_methods")].kind == "person_data"


def test_items_with_a_body_and_an_author_are_posts_not_commercial_records(classifier: Classifier) -> None:
    """A social network's items (Hubzilla) hold a body its author wrote: content; a shop's items, with a
    price and no body, stay commercial records."""
    post = [field("item", "id", "int", pk=True), field("item", "author_xchan", "text"),
            field("item", "title", "text"), field("item", "body", "text")]
    assert _kind(classifier, *post) == "content"
    assert [r.category for r in classify(classifier, *post)][2:] == ["user.content", "user.content"]
    sold = [field("item", "id", "int", pk=True), field("item", "price", "decimal(10,2)"),
            field("item", "title", "text")]
    assert _kind(classifier, *sold) == "commerce"


def test_managers_are_persons_but_a_file_manager_is_a_thing(classifier: Classifier) -> None:
    """A marketplace's country managers (a name and an e-mail each) are persons; a file manager, a thing
    qualifying the word with no column of a person, stays a thing."""
    managers = [field("country_managers", "id", "int", pk=True), field("country_managers", "given_name"),
                field("country_managers", "email")]
    assert _kind(classifier, *managers) == "person"
    assert [r.category for r in classify(classifier, *managers)][2] == "user.contact.email"
    assert _kind(classifier, field("file_manager", "id", "int", pk=True), field("file_manager", "path"),
                 field("file_manager", "size", "int")) == "thing"


def test_named_sessions_with_no_session_key_are_scheduled_sessions(classifier: Classifier) -> None:
    """A course platform's sessions (a name, a start and an end date, no token) are scheduled sessions, a
    thing: their dates are none; login sessions, keyed by their token, stay activity."""
    course = [field("session", "id", "smallint", pk=True), field("session", "name", "char(50)"),
              field("session", "id_coach", "int"), field("session", "date_start", "date")]
    assert _kind(classifier, *course) == "thing"
    assert [r.category for r in classify(classifier, *course)][2:] == ["user.unique_id", None]
    login = [field("sessions", "session_id", "varchar(64)"), field("sessions", "user_id", "int"),
             field("sessions", "name")]
    assert _kind(classifier, *login) == "activity"


def test_a_person_table_linking_each_row_to_a_person_reads_unnamed_columns_as_theirs(
        classifier: Classifier) -> None:
    """A table named as persons whose rows each key one person (a person's place in an account)."""
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    seats = [field("account_users", "id", "integer", pk=True),
             field("account_users", "user_id", "integer", ref="users"),
             field("account_users", "quux", "boolean"), field("account_users", "standing", "varchar(20)")]
    flag, standing = classify(classifier, *users, *seats)[4:]
    assert (flag.category, standing.category) == ("user.account", "user")
    assert "no rule names it" in standing.explanation


def test_a_comment_outweighs_a_less_sure_default_reading(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    quiet = classify(classifier, *users, field("users", "quux", "boolean"))[2]
    told = classify(classifier, *users,
                    field("users", "quux", "boolean", comment="send e-mail notifications of replies"))[2]
    assert "no rule names it" in quiet.explanation
    assert told.category != quiet.category
    assert "its comment" in told.explanation


def test_when_a_person_was_active_is_what_they_did(classifier: Classifier) -> None:
    users = [field("users", "id", "integer", pk=True), field("users", "email")]
    seats = [field("workspace_users", "id", "integer", pk=True),
             field("workspace_users", "user_id", "integer", ref="users"),
             field("workspace_users", "active_at", "timestamp")]
    assert classify(classifier, *users, *seats)[4].category == "user.behavior"


def test_a_table_holding_a_bare_visit_keeps_a_patients_records_of_it(classifier: Classifier) -> None:
    """SIMGOS keys each clinical record by its visit, a char(19) KUNJUNGAN: in a health application
    such a table holds the patient's records (an operation's date, its report), and the visit
    column itself is that visit's key."""
    schema = [field("pasien", "NORM", "int(11)", pk=True), field("pasien", "NAMA", "varchar(75)"),
              field("pasien", "TANGGAL_LAHIR", "date"),
              field("kunjungan", "NOMOR", "char(19)", pk=True), field("kunjungan", "NORM", "int(11)"),
              field("diagnosa", "ID", "int", pk=True), field("diagnosa", "KODE", "char(6)"),
              field("tanda_vital", "ID", "int", pk=True), field("tanda_vital", "NADI", "varchar(10)"),
              field("operasi", "ID", "int", pk=True), field("operasi", "KUNJUNGAN", "char(19)"),
              field("operasi", "TANGGAL", "date"), field("operasi", "LAPORAN_OPERASI", "text")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[-3:]] == [None, "user.health_and_medical", "user.health_and_medical"]
