"""A person's grants (the groups and flags that give them rights) and the records of their working life."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field

USERS = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username")]


def test_a_persons_membership_of_a_user_group_grants_their_rights(classifier: Classifier) -> None:
    schema = [*USERS, field("user_group_membership", "group_id", "varchar(36)"),
              field("user_group_membership", "user_id", "varchar(36)"),
              field("group_members", "group_id", "int"), field("group_members", "user_id", "int")]
    assert [r.category for r in classifier.classify_fields(schema)[3:]] == [
        "user.authorization", "user.unique_id", None, "user.unique_id"]


def test_what_a_row_keyed_by_a_person_says_they_can_do_is_a_permission(classifier: Classifier) -> None:
    schema = [*USERS, field("ticket_cc", "id", "int", pk=True), field("ticket_cc", "user_id", "int"),
              field("ticket_cc", "can_view", "boolean"), field("ticket_cc", "can_update", "boolean"),
              field("products", "id", "int", pk=True), field("products", "can_backorder", "boolean")]
    assert [r.category for r in classifier.classify_fields(schema)[5:]] == [
        "user.authorization", "user.authorization", None, None]


def test_the_work_and_the_holidays_of_a_person_are_their_employment_data(classifier: Classifier) -> None:
    schema = [*USERS, field("user_work", "user_id", "int"), field("user_work", "company"),
              field("user_work", "starty", "smallint"), field("user_work", "endy", "smallint"),
              field("work_types", "id", "int", pk=True), field("work_types", "starty", "smallint")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[5:7]] == ["user", "user"]
    assert results[8].category is None


def test_the_custom_fields_of_what_a_person_files_are_their_data(classifier: Classifier) -> None:
    schema = [*USERS, field("tickets", "id", "int", pk=True), field("tickets", "user_id", "int"),
              field("tickets", "custom1", "mediumtext"), field("bookings", "id", "int", pk=True),
              field("bookings", "user_id", "int"), field("bookings", "responses", "json"),
              field("items", "id", "int", pk=True), field("items", "name"), field("items", "custom1", "varchar(255)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (5, 8, 11)] == ["user", "user", None]


def test_the_group_a_person_is_in_and_until_when_are_their_rights(classifier: Classifier) -> None:
    schema = [*USERS, field("user_groups", "ug_user", "int"), field("user_groups", "ug_group", "varbinary(255)"),
              field("user_groups", "ug_expiry", "varbinary(14)"),
              field("groups", "id", "int", pk=True), field("groups", "group_name", "varchar(64)")]
    assert [r.category for r in classifier.classify_fields(schema)[4:]] == [
        "user.authorization", "user.authorization", None, None]


def test_the_extra_data_of_a_tie_between_persons_is_about_them(classifier: Classifier) -> None:
    schema = [*USERS, field("friends", "user_id", "int"), field("friends", "friend_id", "int"),
              field("friends", "extra", "text"), field("friends", "created", "bigint")]
    assert [r.category for r in classifier.classify_fields(schema)[5:]] == ["user", None]


def test_the_emoji_a_person_reacted_with_named_or_keyed_is_social(classifier: Classifier) -> None:
    schema = [field("accounts", "id", "bigint", pk=True), field("accounts", "username"),
              field("announcement_reactions", "account_id", "bigint", ref="accounts.id"),
              field("announcement_reactions", "announcement_id", "bigint"),
              field("announcement_reactions", "name", "varchar(255)"),
              field("announcement_reactions", "custom_emoji_id", "bigint")]
    assert [c.category for c in classifier.classify_fields(schema)[2:]] == [
        "user.unique_id", None, "user.social", "user.social"]


def test_the_state_and_the_access_of_a_persons_link_to_a_user_group_are_their_rights(classifier: Classifier) -> None:
    schema = [*USERS, field("user_group_xref", "user_id", "int"), field("user_group_xref", "group_id", "int"),
              field("user_group_xref", "status", "tinyint"), field("groups_users", "user_id", "int"),
              field("groups_users", "group_id", "int"), field("groups_users", "access", "varchar(50)"),
              field("usergroups", "usergroup_id", "int", pk=True), field("usergroups", "status", "char(1)")]
    results = classifier.classify_fields(schema)
    assert [results[i].category for i in (5, 8, 10)] == ["user.authorization", "user.authorization", None]


def test_the_key_of_a_permission_granted_to_a_person_is_a_grant(classifier: Classifier) -> None:
    schema = [*USERS, field("group_customer_user", "user_id", "varchar(100)"),
              field("group_customer_user", "group_id", "int"),
              field("group_customer_user", "permission_key", "varchar(20)")]
    assert classifier.classify_fields(schema)[5].category == "user.authorization"


def test_the_group_a_banned_person_held_before_is_their_rights(classifier: Classifier) -> None:
    schema = [*USERS, field("bans", "user_id", "int"), field("bans", "oldgroup", "int"),
              field("bans", "oldadditionalgroups", "text"), field("debtor_group_history", "user_id", "int"),
              field("debtor_group_history", "previous_debtor_group", "binary(16)")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[4:6]] == ["user.authorization", "user.authorization"]
    assert results[7].category is None


def test_a_contact_on_a_persons_list_still_pending_is_a_tie_not_yet_accepted(classifier: Classifier) -> None:
    schema = [field("user", "uid", "int", pk=True), field("user", "username", "varchar(255)"),
              field("user", "password", "varchar(255)"), field("user", "email", "varchar(255)"),
              field("contact", "id", "int", pk=True), field("contact", "uid", "int", ref="user.uid"),
              field("contact", "name", "varchar(255)"), field("contact", "email", "varchar(255)"),
              field("contact", "pending", "boolean")]
    found = classifier.classify_fields(schema)
    assert found[8].category == "user.social"
