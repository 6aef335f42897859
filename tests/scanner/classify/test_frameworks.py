"""Columns and tables an application framework generates in every application built on it."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field


def test_frappe_bookkeeping_is_none_in_person_and_clinical_documents(classifier: Classifier) -> None:
    columns = ["docstatus", "idx", "parent", "parentfield", "parenttype", "naming_series", "creation"]
    types = {"docstatus": "int(1)", "idx": "int(8)", "creation": "datetime(6)"}
    fields = [field(table, c, types.get(c, "varchar(140)"))
              for table in ("tabPatient", "tabPatient Encounter") for c in columns]
    results = classifier.classify_fields([*fields, field("tabPatient", "patient_name", "varchar(140)")])
    assert [r.category for r in results[:-1]] == [None] * len(fields)


def test_a_document_name_as_primary_key_keys_a_person_only_in_a_person_table(classifier: Classifier) -> None:
    patient, encounter = classifier.classify_fields([
        field("tabPatient", "name", "varchar(140)", pk=True),
        field("tabPatient Encounter", "name", "varchar(140)", pk=True),
        field("tabPatient Encounter", "patient", "varchar(140)")])[:2]
    assert (patient.category, encounter.category) == ("user.unique_id", None)


def test_the_write_date_of_a_row_is_bookkeeping(classifier: Classifier) -> None:
    users, employee = classifier.classify_fields([field("res_users", "write_date", "timestamp"),
                                                  field("hr_employee", "write_date", "timestamp")])
    assert (users.category, employee.category) == (None, None)


def test_the_account_holding_a_row_checked_out_is_a_person(classifier: Classifier) -> None:
    key, time = classifier.classify_fields([field("categories", "checked_out", "int unsigned"),
                                            field("categories", "checked_out_time", "datetime")])
    assert (key.category, time.category) == ("user.unique_id", None)


def test_a_sanctum_personal_access_token_is_the_accounts(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("personal_access_tokens", "tokenable_type", "varchar(255)"),
        field("personal_access_tokens", "tokenable_id", "bigint unsigned"),
        field("personal_access_tokens", "name", "varchar(255)"),
        field("personal_access_tokens", "token", "varchar(64)"),
        field("personal_access_tokens", "abilities", "text"),
        field("job_batches", "total_jobs", "int")])
    assert [r.category for r in results] == [None, "user.unique_id", None, "user.authorization.credentials",
                                             "user.authorization", None]


def test_a_notification_with_no_owner_column_is_for_its_notifiable(classifier: Classifier) -> None:
    laravel = [field("notifications", c, t) for c, t in (
        ("id", "char(36)"), ("type", "varchar(255)"), ("notifiable_type", "varchar(255)"),
        ("notifiable_id", "bigint unsigned"), ("data", "text"), ("read_at", "timestamp"))]
    owned = [field("forum.notifications", c, t, pk=c == "id", ref="users.id" if c == "user_id" else None)
             for c, t in (("id", "serial"), ("user_id", "integer"), ("notifiable_type", "varchar(255)"),
                          ("notifiable_id", "integer"), ("read_at", "timestamp"))]
    results = classifier.classify_fields([field("users", "id", "bigint", pk=True), *laravel, *owned])
    assert results[4].category == "user.unique_id"
    assert (results[8].category, results[10].category) == ("user.unique_id", None)


def test_an_accounts_uid_at_an_external_provider_keys_the_person(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("identities", "id", "integer", pk=True), field("identities", "extern_uid", "varchar(255)"),
        field("identities", "provider", "varchar(255)"),
        field("identities", "user_id", "integer", ref="users.id")])
    assert results[1].category == "user.unique_id"


def test_joomla_users_keep_their_activation_params_and_resets(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("jos_users", "username", "varchar(150)"), field("jos_users", "activation", "varchar(100)"),
        field("jos_users", "params", "text"), field("jos_users", "lastResetTime", "datetime"),
        field("jos_users", "resetCount", "int"), field("jos_users", "otep", "varchar(1000)")])
    assert [r.category for r in results[1:]] == [
        "user.authorization.credentials", "user.account.settings", "user.account", "user.account",
        "user.authorization.credentials"]


def test_aspnet_identity_columns(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("AspNetUsers", "Email", "nvarchar(256)"), field("AspNetUsers", "SecurityStamp", "nvarchar(max)"),
        field("AspNetUsers", "ConcurrencyStamp", "nvarchar(max)"), field("AspNetUsers", "AccessFailedCount", "int"),
        field("AspNetUserLogins", "LoginProvider", "nvarchar(450)", pk=True),
        field("AspNetUserLogins", "UserId", "nvarchar(450)", ref="AspNetUsers"),
        field("AspNetUserTokens", "UserId", "nvarchar(450)", ref="AspNetUsers"),
        field("AspNetUserTokens", "Value", "nvarchar(max)"), field("AspNetUsers", "PasswordHash", "nvarchar(max)")])
    assert [r.category for r in results[1:5]] == [
        "user.authorization.credentials", None, "user.behavior", "user.account"]
    assert results[7].category == "user.authorization.credentials"


def test_aspnet_external_logins_and_claims_are_the_persons(classifier: Classifier) -> None:
    key, claim = classifier.classify_fields([
        field("AspNetUserLogins", "ProviderKey", "nvarchar(450)", pk=True),
        field("AspNetUserClaims", "ClaimValue", "nvarchar(max)"),
        field("AspNetUserLogins", "UserId", "nvarchar(450)", ref="AspNetUsers"),
        field("AspNetUserClaims", "UserId", "nvarchar(450)", ref="AspNetUsers"),
        field("AspNetUsers", "Id", "nvarchar(450)", pk=True), field("AspNetUsers", "Email", "nvarchar(256)"),
        field("AspNetUsers", "PasswordHash", "nvarchar(max)")])[:2]
    assert (key.category, claim.category) == ("user.unique_id", "user")


def test_django_admin_log_and_token_and_session(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("django_admin_log", "user_id", "integer", ref="auth_user"),
        field("django_admin_log", "action_flag", "smallint unsigned"),
        field("django_admin_log", "change_message", "text"),
        field("authtoken_token", "key", "varchar(40)", pk=True),
        field("authtoken_token", "user_id", "integer", ref="auth_user"),
        field("django_session", "session_key", "varchar(40)", pk=True),
        field("django_session", "expire_date", "timestamp with time zone"),
        field("auth_user", "email", "varchar(254)"), field("auth_user", "password", "varchar(128)")])
    assert [r.category for r in results[1:4]] == ["user.behavior", "user.behavior", "user.authorization.credentials"]
    assert results[6].category is None


def test_a_comment_signed_by_name_and_a_language_key(classifier: Classifier) -> None:
    author, lang, import_lang = classifier.classify_fields([
        field("wp_comments", "comment_author", "tinytext"), field("jhi_user", "lang_key", "varchar(10)"),
        field("import_details", "import_lang_key", "varchar(35)"), field("jhi_user", "email", "varchar(191)")])[:3]
    assert (author.category, lang.category, import_lang.category) == (
        "user.name", "user.demographic.language", None)


def test_odoo_partners_are_persons_and_companies(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("res_partner", "id", "integer", pk=True), field("res_partner", "name", "varchar"),
        field("res_partner", "email", "varchar"), field("res_partner", "function", "varchar"),
        field("sale_order", "partner_id", "integer", ref="res_partner"),
        field("res_company", "partner_id", "integer", ref="res_partner"),
        field("mail_message", "author_id", "integer", ref="res_partner"),
        field("mail_message", "model", "varchar"), field("mail_message", "body", "text"),
        field("hr_employee", "identification_id", "varchar"), field("hr_employee", "work_email", "varchar")])
    assert [r.category for r in results[:8]] == [
        "user.unique_id", "user.name", "user.contact.email", "user.job_title", "user.unique_id", None,
        "user.unique_id", None]
    assert results[9].category == "user.government_id"


def test_a_fulfilment_partner_stays_an_organisation(classifier: Classifier) -> None:
    name, key = classifier.classify_fields([
        field("partner_partner", "name", "varchar(128)"),
        field("order_line", "partner_id", "integer", ref="partner_partner")])
    assert (name.category, key.category) == (None, None)


def test_an_authjs_verification_token_is_keyed_by_the_address(classifier: Classifier) -> None:
    identifier, token = classifier.classify_fields([
        field("VerificationToken", "identifier", "text"), field("VerificationToken", "token", "text"),
        field("VerificationToken", "expires", "timestamp(3)")])[:2]
    assert (identifier.category, token.category) == ("user.contact.email", "user.authorization.credentials")


def test_laravel_roles_granted_to_a_model_and_a_profile_photo(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("model_has_roles", "role_id", "bigint unsigned", ref="roles"),
        field("model_has_roles", "model_type", "varchar(255)"),
        field("model_has_roles", "model_id", "bigint unsigned"),
        field("users", "profile_photo_path", "varchar(2048)"), field("users", "email", "varchar(255)")])
    assert [r.category for r in results[:4]] == [
        "user.authorization", None, "user.unique_id", "user.content.self_image"]


def test_an_alias_signed_and_the_host_a_request_came_from(classifier: Classifier) -> None:
    alias, session_host, server_host = classifier.classify_fields([
        field("jos_content", "created_by_alias", "varchar(255)"),
        field("sessions", "hostname", "varchar(128)"), field("servers", "hostname", "varchar(255)"),
        field("sessions", "uid", "int unsigned"), field("sessions", "sid", "varchar(128)", pk=True),
        field("users", "uid", "int unsigned", pk=True), field("users", "mail", "varchar(254)")])[:3]
    assert (alias.category, session_host.category, server_host.category) == (
        "user.name", "user.device.ip_address", None)


def test_a_papertrail_version_records_who_did_what_to_a_row(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("versions", "item_type", "character varying"), field("versions", "item_id", "bigint"),
        field("versions", "event", "character varying"), field("versions", "whodunnit", "character varying"),
        field("versions", "object", "text"), field("versions", "object_changes", "jsonb")])
    assert [r.category for r in results] == [None, None, "user.behavior", "user.unique_id", "user", "user"]


def test_an_oauth_applications_uid_is_the_clients(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("oauth_access_tokens", "resource_owner_id", "bigint", ref="users"),
        field("oauth_access_tokens", "token", "character varying"),
        field("oauth_applications", "uid", "character varying"),
        field("oauth_applications", "name", "character varying"),
        field("posts", "uid", "int"),
        field("users", "id", "bigint", pk=True), field("users", "email", "character varying")])
    assert [r.category for r in results[:5]] == [
        "user.unique_id", "user.authorization.credentials", None, None, "user.unique_id"]


def test_an_openid_association_holds_a_servers_secret(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("oid_associations", "server_url", "varchar(2047)"), field("oid_associations", "handle", "varchar(255)"),
        field("oid_associations", "secret", "blob"), field("oid_associations", "assoc_type", "varchar(64)"),
        field("users", "handle", "varchar(255)"), field("users", "email", "varchar(255)")])
    assert [r.category for r in results[:5]] == [None, None, None, None, "user.account.username"]


def test_the_key_of_a_confirmation_or_an_invitation_is_a_secret(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("account_emailconfirmation", "key", "varchar(64)"),
        field("account_emailconfirmation", "email_address_id", "integer"),
        field("useremailverifier", "key", "varchar(255)", pk=True),
        field("user_invites", "key", "varchar(191)"), field("user_invites", "email", "varchar(191)"),
        field("user_preferences", "key", "varchar(255)"), field("user_preferences", "value", "text"),
        field("user_preferences", "user_id", "integer")])
    assert [results[i].category for i in (0, 2, 3)] == ["user.authorization.credentials"] * 3
    assert results[5].category != "user.authorization.credentials"


def test_a_linked_social_accounts_date_joined_is_bookkeeping(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("socialaccount_socialaccount", "provider", "varchar(200)"),
        field("socialaccount_socialaccount", "uid", "varchar(191)"),
        field("socialaccount_socialaccount", "last_login", "timestamp with time zone"),
        field("socialaccount_socialaccount", "date_joined", "timestamp with time zone"),
        field("socialaccount_socialaccount", "user_id", "integer", ref="auth_user"),
        field("auth_user", "id", "integer", pk=True), field("auth_user", "email", "varchar(254)")])
    assert [r.category for r in results[1:4]] == ["user.unique_id", "user.behavior", None]


def test_frappe_assignments_and_likes_list_accounts(classifier: Classifier) -> None:
    assign, liked, tags = classifier.classify_fields([
        field("tabSales Invoice", "_assign", "text"), field("tabSales Invoice", "_liked_by", "text"),
        field("tabSales Invoice", "_user_tags", "text"), field("tabSales Invoice", "customer", "varchar(140)")])[:3]
    assert (assign.category, liked.category, tags.category) == ("user.unique_id", "user.unique_id", None)


def test_devise_lock_on_another_model_is_account_state(classifier: Classifier) -> None:
    locked, key_locked = classifier.classify_fields([
        field("email_authentications", "locked_at", "timestamp"),
        field("idempotency_key", "locked_at", "timestamp"),
        field("email_authentications", "email", "character varying"),
        field("email_authentications", "user_id", "uuid"), field("idempotency_key", "user_id", "uuid")])[:2]
    assert (locked.category, key_locked.category) == ("user.account", None)


def test_a_parent_is_bookkeeping_only_in_a_frappe_document(classifier: Classifier) -> None:
    frappe_parent, other_parent = classifier.classify_fields([
        field("tabPatient", "parent", "varchar(140)"), field("students", "parent", "varchar(140)"),
        field("tabPatient", "docstatus", "int(1)"), field("tabPatient", "patient_name", "varchar(140)"),
        field("students", "first_name", "varchar(140)"), field("students", "email", "varchar(140)")])[:2]
    assert frappe_parent.category is None
    assert other_parent.category is not None


def test_typo3_bookkeeping_is_none_on_every_record_but_its_creator_is_a_person(classifier: Classifier) -> None:
    table = "tx_forum_domain_model_user_readtopic"
    names = ["pid", "crdate", "tstamp", "hidden", "deleted", "sorting", "sorting_foreign", "sys_language_uid",
             "starttime", "endtime"]
    fields = [field(table, "uid", "int", pk=True), *(field(table, n, "int(11)") for n in names),
              field(table, "t3_origuid", "int(11)"), field(table, "l10n_parent", "int(11)"),
              field(table, "cruser_id", "int(11)"), field(table, "user", "int(11)", ref="fe_users"),
              field("fe_users", "uid", "int", pk=True), field("fe_users", "email")]
    results = classifier.classify_fields(fields)
    assert [r.category for r in results[1:1 + len(names)]] == [None] * len(names)
    assert results[len(names) + 3].category == "user.unique_id"
    plain = classifier.classify_fields([field("user_settings", "hidden", "tinyint(1)"),
                                        field("user_settings", "user_id", "int", ref="users"),
                                        field("users", "id", "int", pk=True), field("users", "email")])
    assert plain[0].category is not None
