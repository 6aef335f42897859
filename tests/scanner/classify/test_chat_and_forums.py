"""Chat, forum, wiki and meeting applications: who a column of a post, a ban or a moderator's
log refers to, and what it holds about them."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import category_of, field


def test_the_addresses_a_ban_or_a_moderators_check_covers_are_network_addresses(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("bans", "ipstart", "varbinary(16)"), field("bans", "ipend", "varbinary(16)"),
              field("bans", "expires", "int"),
              field("block_target", "bt_range_start", "tinyblob"), field("block_target", "bt_user", "int"),
              field("check_changes", "ip", "varchar(255)"), field("check_changes", "xff", "varbinary(255)"),
              field("check_changes", "ip_hex", "varchar(255)"), field("check_changes", "agent", "varbinary(255)"),
              field("legislation_annotations", "range_start", "varchar(255)"),
              field("country_ranges", "start_ip", "varchar(45)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 2, 4, 7, 8)] == ["user.device.ip_address"] * 5
    assert found[9].category == "user.device"
    assert [found[10].category, found[11].category] == [None, None]


def test_a_titled_body_keyed_by_a_person_is_their_post_unless_they_read_it(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("submissions", "author_id", "int", ref="users.id"), field("submissions", "title", "varchar(500)"),
              field("submissions", "body", "text"), field("submissions", "upvotes", "int"),
              field("notices", "user_id", "int", ref="users.id"), field("notices", "title", "varchar(50)"),
              field("notices", "content", "text"), field("notices", "read", "tinyint(1)")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[3].category] == ["user.content.public"] * 2
    assert found[4].category is None
    assert found[7].category != "user.content.public"


def test_who_sent_a_message_and_the_moderator_of_a_log_are_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("group_message", "send_id", "bigint"), field("group_message", "recv_ids", "varchar(1024)"),
              field("group_message", "content", "text"),
              field("mail_history", "send_id", "int", pk=True), field("mail_history", "mail_body", "text"),
              field("modlogs", "mod", "int(11)"), field("modlogs", "text", "text"),
              field("threads", "mods", "tinyint(6)"), field("threads", "subject", "varchar(100)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 2, 6)] == ["user.unique_id"] * 3
    assert [found[4].category, found[8].category] == [None, None]


def test_an_anonymous_posters_password_hides_no_post_but_a_post_password_does(classifier: Classifier) -> None:
    schema = [field("posts_b", "id", "int", pk=True), field("posts_b", "subject", "varchar(100)"),
              field("posts_b", "body", "text"), field("posts_b", "password", "varchar(64)"),
              field("wp_posts", "ID", "bigint", pk=True), field("wp_posts", "post_author", "bigint"),
              field("wp_posts", "post_content", "longtext"), field("wp_posts", "post_password", "varchar(20)")]
    found = classifier.classify_fields(schema)
    assert [found[1].category, found[2].category] == ["user.content.public"] * 2
    assert found[6].category == "user.content"


def test_what_a_participant_does_in_a_call_is_their_behavior(classifier: Classifier) -> None:
    schema = [field("user", "userId", "varchar(50)", pk=True), field("user", "raiseHand", "bool"),
              field("user", "disconnected", "bool"), field("user_voice", "userId", "varchar(50)", ref="user.userId"),
              field("user_voice", "talking", "boolean"), field("user_voice", "listenOnly", "boolean"),
              field("group_user", "user_id", "int", ref="user.userId"), field("group_user", "read_only", "tinyint(1)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 2, 4, 5)] == ["user.behavior"] * 4
    assert found[7].category == "user.authorization"


def test_the_link_a_person_submits_in_a_post_is_published_but_not_a_sites_own(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("stories", "id", "int", pk=True), field("stories", "user_id", "int", ref="users.id"),
              field("stories", "title", "varchar(150)"), field("stories", "url", "varchar(250)"),
              field("articles", "id", "int", pk=True), field("articles", "title", "varchar(150)"),
              field("articles", "url", "varchar(250)")]
    found = classifier.classify_fields(schema)
    assert found[4].category == "user.content.public"
    assert found[7].category is None


def test_the_options_of_a_posted_poll_are_what_its_author_published(classifier: Classifier) -> None:
    schema = [field("forum_poll_options", "id", "int", pk=True), field("forum_poll_options", "poll_id", "int"),
              field("forum_poll_options", "text", "varchar(255)"), field("forum_poll_options", "votes", "int"),
              field("product_options", "id", "int", pk=True), field("product_options", "name", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert found[2].category == "user.content.public"
    assert [found[3].category, found[5].category] == [None, None]


def test_an_accounts_own_login_is_its_name_where_other_rows_key_accounts_by_it(classifier: Classifier) -> None:
    schema = [field("members", "login", "varchar(64)"), field("members", "email", "varchar(128)"),
              field("members", "first_name", "varchar(64)"), field("members", "last_name", "varchar(64)"),
              field("users", "id", "int", pk=True), field("users", "login", "varchar(200)"),
              field("users", "pw", "varchar(128)"), field("ticket_history", "login", "varchar(200)"),
              field("ticket_history", "note", "text")]
    found = classifier.classify_fields(schema)
    assert found[5].category == "user.account.username"
    assert found[7].category == "user.unique_id"


def test_who_started_or_stopped_a_recording_is_a_person(classifier: Classifier) -> None:
    schema = [field("meeting_recording", "recordingId", "varchar(100)", pk=True),
              field("meeting_recording", "startedBy", "varchar(50)"),
              field("meeting_recording", "stoppedBy", "varchar(50)"),
              field("meeting_recording", "startedAt", "timestamp")]
    found = classifier.classify_fields(schema)
    assert [found[1].category, found[2].category] == ["user.unique_id"] * 2


def test_what_a_member_keeps_from_others_is_a_privacy_choice_what_they_see_a_setting(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "hide_from_top_users", "boolean"),
              field("users", "hide_bookmarks", "boolean"), field("users", "hide_github", "boolean"),
              field("users", "hide_nsfw", "boolean")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (1, 2, 3)] == ["user.privacy_preferences"] * 3
    assert found[4].category == "user.account.settings"


def test_a_table_of_distinct_user_agents_and_client_hints_describes_devices(classifier: Classifier) -> None:
    schema = [field("check_useragent", "id", "bigint", pk=True), field("check_useragent", "text", "varbinary(255)"),
              field("useragent_clienthints", "uach_id", "int", pk=True),
              field("useragent_clienthints", "uach_name", "varchar(32)"),
              field("useragent_clienthints", "uach_value", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[1].category, found[4].category] == ["user.device"] * 2
    assert [found[0].category, found[3].category] == [None, None]


def test_a_number_named_as_written_text_counts_or_keys_it_and_holds_none(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "user_comments", "int"),
              field("notifications", "id", "bigint", pk=True), field("notifications", "message", "bigint"),
              field("orders", "id", "int", pk=True), field("orders", "comments", "smallint"),
              field("orders", "comment", "varchar(255)"),
              field("reviews", "id", "int", pk=True), field("reviews", "rating", "int")]
    found = classifier.classify_fields(schema)
    assert found[1].category == "user.behavior"
    assert found[5].category is None
    assert found[6].category is not None and found[6].category.startswith("user.content")
    assert found[8].category == "user.content.public"


def test_a_number_named_an_email_counts_or_codes_mails_and_holds_no_address(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email", "varchar(255)"),
              field("users", "pending_mails", "int"),
              field("mail", "id", "int", pk=True), field("mail", "mail_isreply", "smallint"),
              field("mail", "mail_send", "int"), field("mail", "mail_body", "text")]
    found = classifier.classify_fields(schema)
    assert found[1].category == "user.contact.email"
    assert found[2].category == "user.behavior"
    assert [found[4].category, found[5].category] == [None, None]


def test_a_number_named_likes_favourites_or_a_profile_counts_them_and_holds_no_profile(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "profile_hits", "bigint"),
              field("users", "likes", "int"), field("users", "interests", "text"),
              field("products", "id", "int", pk=True), field("products", "likes", "int")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[1], found[2]] == ["user.behavior"] * 2
    assert found[3] == "user.demographic.profile"
    assert found[5] is None


def test_posts_count_only_as_a_number_and_a_reported_post_is_its_text(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "user_posts", "mediumint(8)"),
              field("forum_access", "id", "int", pk=True), field("forum_access", "allowpost", "tinyint(1)"),
              field("reports", "id", "int", pk=True), field("reports", "ip", "varchar(39)"),
              field("reports", "post", "int"), field("reports", "reported_post_text", "mediumtext"),
              field("post_report", "original_post_body", "text")]
    found = classifier.classify_fields(schema)
    assert found[1].category == "user.behavior"
    assert found[3].category != "user.behavior"
    assert found[6].category is None
    assert found[7].category == "user.content"
    assert found[8].category == "user.content"


def test_a_forums_pms_are_private_messages_whose_unread_flag_is_a_receipt(classifier: Classifier) -> None:
    schema = [field("mods", "id", "int", pk=True), field("mods", "username", "varchar(30)"),
              field("pms", "id", "int", pk=True), field("pms", "sender", "int"), field("pms", "to", "int"),
              field("pms", "message", "text"), field("pms", "unread", "tinyint(1)")]
    found = classifier.classify_fields(schema)
    assert found[5].category == "user.content.private"
    assert found[6].category == "user.behavior"


def test_a_wikis_copy_of_the_acting_accounts_name_is_their_username(classifier: Classifier) -> None:
    schema = [field("user", "user_id", "int", pk=True),
              field("revision", "rev_actor", "bigint", ref="user.user_id"),
              field("revision", "rev_user_text", "varbinary(255)"),
              field("abuse_filter_log", "afl_user_text", "varchar(255)"),
              field("patient_data", "pid", "int", pk=True), field("patient_data", "dob", "date"),
              field("history_data", "pid", "int", ref="patient_data.pid"),
              field("history_data", "usertext11", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[3].category] == ["user.account.username"] * 2
    assert found[7].category != "user.account.username"


def test_a_vote_is_what_the_voter_did_and_a_like_how_they_reacted(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("post_votes", "user_id", "int", ref="users.id"), field("post_votes", "post_id", "int"),
              field("post_votes", "up", "boolean"),
              field("likes", "author_id", "int", ref="users.id"), field("likes", "positive", "tinyint(1)"),
              field("reviews_vote", "user_id", "int", ref="users.id"), field("reviews_vote", "delta", "smallint"),
              field("products", "id", "int", pk=True), field("products", "up", "boolean")]
    found = classifier.classify_fields(schema)
    assert found[3].category == "user.behavior"
    assert [found[5].category, found[7].category] == ["user.social"] * 2
    assert found[9].category is None


def test_a_persons_voice_connection_to_a_call_records_what_they_do_in_it(classifier: Classifier) -> None:
    schema = [field("user", "userId", "varchar(50)", pk=True),
              field("user_voice", "userId", "varchar(50)", ref="user.userId"),
              field("user_voice", "talking", "boolean"), field("user_voice", "floor", "boolean"),
              field("user_voice", "muted", "boolean"), field("user_voice", "startTime", "bigint"),
              field("user_voice", "callerNum", "varchar(100)"),
              field("meeting", "meetingId", "varchar(100)", pk=True), field("meeting", "startTime", "bigint")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 4, 5)] == ["user.behavior"] * 4
    assert found[6].category == "user.contact.phone_number"
    assert found[8].category is None


def test_the_kind_of_act_a_log_of_persons_acts_records_is_what_they_did(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("modactions", "user_id", "int", ref="users.id"), field("modactions", "kind", "varchar(32)"),
              field("products", "id", "int", pk=True),
              field("product_log_entry", "product_id", "int", ref="products.id"),
              field("product_log_entry", "user_id", "int", ref="users.id"),
              field("product_log_entry", "kind", "integer"),
              field("shipping_methods", "kind", "varchar(32)")]
    found = classifier.classify_fields(schema)
    assert found[2].category == "user.behavior"
    assert found[6].category is None
    assert found[7].category is None


def test_an_event_is_a_persons_act_only_as_the_head_of_a_name(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("reporting_events", "user_id", "int", ref="users.id"),
              field("email_batch", "user_id", "int", ref="users.id"),
              field("email_batch", "event_hash", "varbinary(32)"),
              field("user_activity", "user_id", "int", ref="users.id"), field("user_activity", "event", "varchar(64)"),
              field("events", "event_json", "text")]
    found = classifier.classify_fields(schema)
    assert found[3].category is None
    assert found[5].category == "user.behavior"
    assert found[6].category == "user.content"


def test_a_peer_or_target_whose_kind_another_column_gives_keys_no_person_by_itself(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("dialogs", "user_id", "bigint", ref="users"), field("dialogs", "peer_type", "int"),
              field("dialogs", "peer_id", "bigint"),
              field("admin_action_logs", "target_type", "varchar(64)"),
              field("admin_action_logs", "target_id", "bigint"),
              field("chat_lines", "peer_id", "bigint")]
    found = classifier.classify_fields(schema)
    assert found[3].category is None
    assert found[5].category is None
    assert found[6].category == "user.unique_id"


def test_a_group_chats_messages_are_seen_by_its_members_only(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("im_group_message", "id", "bigint", pk=True),
              field("im_group_message", "send_id", "bigint", ref="users"),
              field("im_group_message", "content", "text")]
    found = classifier.classify_fields(schema)
    assert found[3].category == "user.content.private"


def test_the_state_of_a_message_to_one_person_is_what_its_recipient_did_with_it(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("im_private_message", "send_id", "bigint", ref="users"),
              field("im_private_message", "recv_id", "bigint", ref="users"),
              field("im_private_message", "receiver_id", "bigint", ref="users"),
              field("im_private_message", "content", "text"),
              field("im_private_message", "status", "tinyint(1)"),
              field("chat_messages", "sender_id", "bigint", ref="users"),
              field("chat_messages", "content", "text"),
              field("chat_messages", "status", "tinyint(1)")]
    found = classifier.classify_fields(schema)
    assert found[5].category == "user.behavior"
    assert found[8].category is None


def test_a_message_said_in_a_conversation_is_private_and_one_posted_in_a_forum_is_public(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("messages", "id", "int", pk=True), field("messages", "conversation_id", "int"),
              field("messages", "sender_id", "int", ref="users.id"), field("messages", "body", "text"),
              field("board_messages", "id", "int", pk=True), field("board_messages", "forum_id", "int"),
              field("board_messages", "poster_id", "int", ref="users.id"),
              field("board_messages", "body", "text"),
              field("room_messages", "id", "int", pk=True), field("room_messages", "topic_id", "int"),
              field("room_messages", "room_id", "int"), field("room_messages", "body", "text")]
    found = classifier.classify_fields(schema)
    assert found[4].category == "user.content.private"
    assert found[8].category == "user.content.public"
    assert found[12].category == "user.content"


def test_messages_named_personal_or_private_are_private(classifier: Classifier) -> None:
    schema = [field("members", "id", "int", pk=True), field("members", "email"),
              field("personal_messages", "id", "int", pk=True),
              field("personal_messages", "member_from", "int", ref="members.id"),
              field("personal_messages", "subject", "varchar(255)"), field("personal_messages", "body", "text")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[5].category] == ["user.content.private"] * 2


def test_a_status_message_a_person_sets_for_others_is_published_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "status_text", "varchar(191)"), field("users", "bio", "text"),
              field("presence", "user_id", "text", ref="users.id"), field("presence", "status_msg", "text")]
    found = classifier.classify_fields(schema)
    assert found[2].category == "user.content.public"
    assert found[3].category == "user.demographic.profile"
    assert found[5].category == "user.content.public"


def test_the_pictures_of_a_published_post_are_published_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("posts", "id", "int", pk=True), field("posts", "user_id", "int", ref="users.id"),
              field("posts", "body", "text"), field("posts", "image", "text"), field("posts", "cover", "text"),
              field("posts", "images", "smallint")]
    found = classifier.classify_fields(schema)
    assert [found[5].category, found[6].category] == ["user.content.public"] * 2
    assert found[7].category != "user.content.public"


def test_a_bridges_matrix_ids_and_chat_receivers_key_persons_not_rooms(classifier: Classifier) -> None:
    """A bridge between messengers keeps the Matrix id of each account and of each message; the
    account whose side of a bridged chat a row keeps is its receiver; a chat's own address keys no one."""
    schema = [field("user", "mxid", "text", pk=True), field("user", "phone", "text"),
              field("puppet", "custom_mxid", "text"), field("puppet", "displayname", "text"),
              field("message", "chat_jid", "text", pk=True), field("message", "chat_receiver", "text", pk=True),
              field("message", "mxid", "text"), field("message", "sender_mxid", "text"),
              field("message", "broadcast_list_jid", "text"), field("message", "sender_jid", "text")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[i] for i in (0, 2, 5, 7, 9)] == ["user.unique_id"] * 5
    assert [found[i] for i in (4, 6, 8)] == [None, None, None]


def test_a_uid_after_a_content_word_is_its_writers_and_invites_are_by_uid(classifier: Classifier) -> None:
    """uid keys a user wherever forum and chat software use it: a vote's answer_uid is the uid of
    the answer's writer, while its answer_id keys the answer; a member's invite_uid is who invited them."""
    schema = [field("users", "uid", "int", pk=True), field("users", "user_name"), field("users", "email"),
              field("answer", "answer_id", "int", pk=True), field("answer", "answer_content", "text"),
              field("answer_vote", "answer_id", "int"), field("answer_vote", "answer_uid", "int"),
              field("group_member", "invite_uid", "varchar(40)"), field("group_member", "group_no", "varchar(40)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[5], found[6], found[7], found[8]] == [None, "user.unique_id", "user.unique_id", None]


def test_an_encrypted_sessions_sender_and_signer_keys_are_device_keys(classifier: Classifier) -> None:
    schema = [field("crypto_olm_session", "session_id", "char(43)", pk=True),
              field("crypto_olm_session", "sender_key", "char(43)"),
              field("crypto_cross_signing_signatures", "signer_key", "text"),
              field("crypto_cross_signing_signatures", "signer_user_id", "text")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[1:] == ["user.authorization.credentials", "user.authorization.credentials", "user.unique_id"]


def test_the_ends_of_a_friendship_or_a_relationship_are_persons(classifier: Classifier) -> None:
    schema = [field("relationships", "relation_id", "bigint", pk=True),
              field("relationships", "relation_from", "bigint"), field("relationships", "relation_to", "bigint"),
              field("relationships", "type", "text"), field("friends", "friend_from", "bigint"),
              field("friends", "friend_to", "bigint"), field("price_ranges", "relation_from", "bigint")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[1], found[2], found[4], found[5]] == ["user.unique_id"] * 4
    assert found[6] != "user.unique_id"


def test_a_member_who_quit_is_the_state_of_their_tie_but_a_tie_deleted_is_bookkeeping(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "bigint", pk=True),
              field("friends", "uid", "bigint", ref="users.id"), field("friends", "friend_uid", "bigint"),
              field("friends", "is_deleted", "smallint"), field("friends", "add_source", "int"),
              field("group_members", "user_id", "bigint", ref="users.id"), field("group_members", "is_quit", "tinyint"),
              field("products", "id", "bigint", pk=True), field("products", "is_deleted", "smallint")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[4], found[6]] == ["user.social"] * 2
    assert [found[3], found[8]] == [None, None]


def test_pinning_or_muting_a_chat_in_ones_own_list_is_a_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("talk_session", "user_id", "int", ref="users.id"), field("talk_session", "receiver_id", "int"),
              field("talk_session", "is_top", "tinyint"), field("talk_session", "is_disturb", "tinyint"),
              field("member_conversation", "member_id", "int", ref="users.id"),
              field("member_conversation", "muted", "tinyint(1)"),
              field("notices", "id", "int", pk=True), field("notices", "is_top", "tinyint")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[4], found[6]] == ["user.account.settings"] * 3
    assert found[8] is None


def test_whether_an_account_is_a_robot_kept_as_a_number_is_account_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "is_robot", "tinyint(4)"),
              field("users", "bot_type", "smallint"),
              field("group_member", "uid", "varchar(40)", ref="users.id"), field("group_member", "robot", "smallint"),
              field("messages", "id", "int", pk=True), field("messages", "is_bot", "boolean")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[1], found[2], found[4]] == ["user.account"] * 3
    assert found[6] is None


def test_what_a_person_wrote_asking_to_join_a_group_is_private_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("group_apply", "id", "int", pk=True), field("group_apply", "user_id", "int", ref="users.id"),
              field("group_apply", "group_id", "int"), field("group_apply", "remark", "varchar(255)"),
              field("community_requests", "user_id", "int", ref="users.id"),
              field("community_requests", "note", "text"),
              field("order_return_apply", "order_id", "int"), field("order_return_apply", "reason", "varchar(200)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[4], found[6]] == ["user.content.private"] * 2
    assert found[8] is None


def test_the_state_of_a_following_relationship_is_the_ties_not_a_marital_status(classifier: Classifier) -> None:
    schema = [field("users", "id", "uuid", pk=True), field("users", "relationship_status", "varchar(20)"),
              field("following_relationships", "follower_id", "uuid", ref="users.id"),
              field("following_relationships", "following_id", "uuid", ref="users.id"),
              field("following_relationships", "state", "integer")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[1] == "user.demographic.marital_status"
    assert found[4] == "user.social"


def test_the_address_of_an_accounts_alias_or_a_listed_web_site_is_the_persons_url(classifier: Classifier) -> None:
    schema = [field("accounts", "id", "bigint", pk=True),
              field("account_aliases", "account_id", "bigint", ref="accounts.id"),
              field("account_aliases", "uri", "varchar(255)"),
              field("member_websites", "member_id", "bigint", ref="accounts.id"),
              field("member_websites", "url", "varchar(255)"),
              field("statuses", "account_id", "bigint", ref="accounts.id"), field("statuses", "uri", "varchar(255)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[4]] == ["user.contact.url"] * 2
    assert found[6] is None


def test_a_chats_members_are_ties_between_persons(classifier: Classifier) -> None:
    schema = [field("users", "id", "bigint", pk=True),
              field("chat_participants", "chat_id", "bigint"),
              field("chat_participants", "user_id", "bigint", ref="users.id"),
              field("chat_participants", "state", "int"), field("chat_participants", "is_deleted", "boolean")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[1], found[4]] == [None, None]
    assert found[3] == "user.social"


def test_the_options_of_a_pubsub_subscription_are_the_subscribers_settings(classifier: Classifier) -> None:
    schema = [field("users", "username", "varchar(64)", pk=True),
              field("pubsub_subscriptions", "nidx", "bigint"), field("pubsub_subscriptions", "jid", "varchar(250)"),
              field("pubsub_subscriptions", "type", "smallint"), field("pubsub_subscriptions", "options", "json"),
              field("pubsub_subscriptions", "include_body", "tinyint"),
              field("pubsub_nodes", "nidx", "bigint", pk=True), field("pubsub_nodes", "type", "varchar(20)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[3] == "user.social"
    assert [found[4], found[5]] == ["user.account.settings"] * 2
    assert found[7] is None


def test_the_uid_a_user_table_keeps_beside_its_serial_key_keys_persons_elsewhere(classifier: Classifier) -> None:
    schema = [field("user", "id", "integer", pk=True), field("user", "uid", "varchar(40)"),
              field("user", "name", "varchar(100)"), field("user", "phone", "varchar(20)"),
              field("device", "id", "integer", pk=True), field("device", "uid", "varchar(40)"),
              field("device", "device_name", "varchar(100)"),
              field("group_setting", "id", "integer", pk=True), field("group_setting", "group_no", "varchar(40)"),
              field("group_setting", "uid", "varchar(40)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[1], found[5], found[9]] == ["user.unique_id"] * 3


def test_whether_a_request_to_join_was_granted_is_the_state_of_the_tie(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("group_apply", "id", "int", pk=True), field("group_apply", "user_id", "int", ref="users.id"),
              field("group_apply", "status", "int"),
              field("lab_test_requests", "id", "int", pk=True), field("lab_test_requests", "status", "varchar(20)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[3] == "user.social"
    assert found[5] is None


def test_the_position_a_member_holds_in_a_department_is_their_job_title(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("department_members", "user_id", "int", ref="users.id"),
              field("department_members", "department_id", "int"),
              field("department_members", "position", "varchar(256)"),
              field("categories", "id", "int", pk=True), field("categories", "position", "smallint")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[3] == "user.job_title"
    assert found[5] is None


def test_a_federated_actor_id_is_the_rows_own_address(classifier: Classifier) -> None:
    results = classifier.classify_fields([
        field("person", "id", "integer", pk=True), field("person", "name", "varchar(255)"),
        field("person", "actor_id", "varchar(255)"),
        field("community", "id", "integer", pk=True), field("community", "name", "varchar(255)"),
        field("community", "description", "text"), field("community", "actor_id", "varchar(255)"),
        field("activities", "actor_id", "bigint")])
    assert (results[2].category, results[6].category, results[7].category) == (
        "user.contact.url", None, "user.unique_id")


def test_whether_a_posts_author_is_told_of_replies_is_their_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("comments", "id", "int", pk=True), field("comments", "user_id", "int", ref="users.id"),
              field("comments", "body_markdown", "text"), field("comments", "receive_notifications", "boolean"),
              field("pxm_message", "m_id", "int", pk=True), field("pxm_message", "m_userid", "int", ref="users.id"),
              field("pxm_message", "m_subject"), field("pxm_message", "m_body", "text"),
              field("pxm_message", "m_notify_on_reply", "tinyint(3) unsigned")]
    results = classifier.classify_fields(schema)
    assert [results[5].category, results[10].category] == ["user.account.settings"] * 2


def test_the_message_a_receipt_or_a_read_state_names_and_its_time_are_what_a_person_read(
        classifier: Classifier) -> None:
    """A read or delivery receipt keeps which message a person had or read and when; a message's own
    key elsewhere names no one's act."""
    found = [r.category for r in classifier.classify_fields([
        field("users", "id", "int", pk=True),
        field("read_receipts", "user_id", "int", ref="users.id"), field("read_receipts", "target", "varchar(255)"),
        field("read_receipts", "timestamp", "timestamp"),
        field("delivery_receipts", "user_id", "int", ref="users.id"),
        field("delivery_receipts", "internal_msgid", "varchar(255)"),
        field("read_states", "user_id", "int", ref="users.id"), field("read_states", "channel_id", "int"),
        field("read_states", "last_message_id", "varchar(64)"),
        field("attachments", "message_id", "int"), field("attachments", "timestamp", "timestamp")])]
    assert [found[i] for i in (3, 5, 8)] == ["user.behavior"] * 3
    assert [found[i] for i in (9, 10)] == [None, None]


def test_whether_and_when_a_conversation_or_a_post_was_viewed_is_a_receipt(classifier: Classifier) -> None:
    found = [r.category for r in classifier.classify_fields([
        field("users", "id", "int", pk=True),
        field("mailbox_conversation", "initiator_id", "int", ref="users.id"),
        field("mailbox_conversation", "subject", "varchar(100)"), field("mailbox_conversation", "viewed", "tinyint(3)"),
        field("post", "from_uid", "int", ref="users.id"), field("post", "content", "text"),
        field("post", "viewed", "datetime")])]
    assert [found[3], found[6]] == ["user.behavior", "user.behavior"]


def test_a_custom_title_and_the_profile_fields_on_a_persons_row_are_their_profile(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
             field("users", "customtitle", "varchar(1000)"), field("users", "fields", "jsonb"),
             field("users", "field1", "text")]
    assert [c.category for c in classifier.classify_fields(users)[3:]] == [
        "user.demographic.profile", "user.demographic.profile", "user"]


def test_what_a_person_tells_the_site_in_feedback_is_read_by_its_staff_only(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("site_feedback", "user_id", "int", ref="users.id"), field("site_feedback", "content", "text"),
              field("feedback_messages", "reporter_id", "int", ref="users.id"),
              field("feedback_messages", "message", "text"),
              field("posts", "user_id", "int", ref="users.id"), field("posts", "content", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category] == ["user.content.private"] * 2
    assert found[6].category == "user.content.public"


def test_posts_named_as_private_as_drafts_or_as_a_tickets_are_restricted_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("forum_private_posts", "user_id", "int", ref="users.id"),
              field("forum_private_posts", "content", "text"),
              field("draft_answers", "author_id", "int", ref="users.id"), field("draft_answers", "text", "text"),
              field("forum_posts", "user_id", "int", ref="users.id"), field("forum_posts", "content", "text"),
              field("ticket_articles", "created_by_id", "int", ref="users.id"),
              field("ticket_articles", "body", "text"),
              field("support_ticket_message", "client_id", "int", ref="users.id"),
              field("support_ticket_message", "content", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 4, 8, 10)] == ["user.content.private"] * 4
    assert found[6].category == "user.content.public"


def test_the_reason_in_a_sites_moderation_log_is_published_but_a_bans_is_not(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("moderations", "moderator_user_id", "int", ref="users.id"),
              field("moderations", "reason", "text"), field("moderations", "created_at", "datetime"),
              field("bbs_modlog", "uid", "int", ref="users.id"), field("bbs_modlog", "comment", "char(64)"),
              field("bans", "user_id", "int", ref="users.id"), field("bans", "reason", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[5].category] == ["user.content.public"] * 2
    assert found[7].category == "user.content.private"


def test_why_a_person_is_banned_kept_on_their_row_is_restricted_text_about_them(classifier: Classifier) -> None:
    """The reason a moderator gives for a ban, a suspension or a block, on the person's own row, is text
    about them for the staff and the person; whether they are banned stays the state of their account."""
    schema = [field("users", "id", "int", pk=True), field("users", "username"), field("users", "email"),
              field("users", "is_banned", "boolean"), field("users", "ban_reason", "varchar(256)"),
              field("users", "suspended_reason", "varchar"),
              field("contact", "id", "int", pk=True), field("contact", "name"), field("contact", "nick"),
              field("contact", "blocked", "boolean"), field("contact", "block_reason", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (4, 5, 10)] == ["user.content.private"] * 3
    assert found[3].category == "user.account"


def test_a_posts_source_patch_or_the_state_an_edit_left_is_what_its_author_wrote(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("post_revisions", "composed_by_id", "int", ref="users.id"),
              field("post_revisions", "source_patch", "text"), field("post_revisions", "full_source", "text"),
              field("post_histories", "user_id", "int", ref="users.id"),
              field("post_histories", "before_state", "text"), field("post_histories", "after_state", "text"),
              field("statuses", "account_id", "int", ref="users.id"), field("statuses", "source", "varchar(32)"),
              field("post_edits", "poster_id", "int", ref="users.id"), field("post_edits", "edited_from", "text"),
              field("post_edits", "edited_to", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (2, 3, 5, 6, 10, 11)] == ["user.content"] * 6
    assert found[8].category is None or not found[8].category.startswith("user.content")


def test_the_document_a_rich_text_editor_saves_a_post_as_is_the_post(classifier: Classifier) -> None:
    """Ghost keeps a post's body as its editor's document (mobiledoc, lexical), a ProseMirror editor as
    JSON: what the author wrote. A dictionary's lexical entry is no post."""
    schema = [field("users", "id", "varchar(24)", pk=True),
              field("posts", "id", "varchar(24)", pk=True), field("posts", "author_id", "varchar(24)", ref="users.id"),
              field("posts", "mobiledoc", "longtext"), field("posts", "lexical", "longtext"),
              field("post_revisions", "post_id", "varchar(24)"), field("post_revisions", "lexical", "longtext"),
              field("notes", "user_id", "int", ref="users.id"), field("notes", "prosemirror_json", "jsonb"),
              field("dictionary_entries", "id", "int", pk=True), field("dictionary_entries", "lexical", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (3, 4, 6)] == ["user.content"] * 3
    assert found[8].category is not None and found[8].category.startswith("user.content")
    assert found[10].category is None


def test_a_pages_search_engine_metadata_is_the_sites_not_what_its_author_published(classifier: Classifier) -> None:
    """A blog post's meta description or SEO title describes it to crawlers and link previews; its body
    and its own title are what its author published, and a profile's meta description stays a profile."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("users", "meta_description", "varchar(2000)"),
              field("blogs", "id", "int", pk=True), field("blogs", "author_id", "int", ref="users.id"),
              field("blogs", "title", "varchar(255)"), field("blogs", "content", "text"),
              field("blogs", "meta_description", "varchar(255)"), field("blogs", "seo_title", "varchar(255)"),
              field("blogs", "og_title", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (7, 8, 9)] == [None] * 3
    assert [found[5].category, found[6].category] == ["user.content.public"] * 2
    assert found[2].category == "user.demographic.profile"


def test_what_is_kept_from_a_posts_readers_is_restricted_content(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("topics", "user_id", "int", ref="users.id"), field("topics", "content", "text"),
              field("topics", "hide_content", "text"), field("topics", "internal_comments", "text"),
              field("topics", "hidden_reason", "varchar(255)")]
    found = classifier.classify_fields(schema)
    assert found[2].category == "user.content.public"
    assert [found[i].category for i in (3, 4, 5)] == ["user.content.private"] * 3


def test_a_sites_shoutbox_is_published_but_a_chat_is_not(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("chatbox", "cb_nick", "varchar(30)"), field("chatbox", "cb_message", "text"),
              field("shoutbox_messages", "user_id", "int", ref="users.id"),
              field("shoutbox_messages", "msg", "text"),
              field("chat", "user_id", "int", ref="users.id"), field("chat", "body", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category] == ["user.content.public"] * 2
    assert found[6].category == "user.content.private"


def test_answers_to_a_form_or_a_test_are_restricted_but_a_qa_sites_are_published(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("tests_answers", "member_id", "int", ref="users.id"), field("tests_answers", "answer", "text"),
              field("question_answers", "user_id", "int", ref="users.id"),
              field("question_answers", "answer", "text"),
              field("answers", "user_id", "int", ref="users.id"), field("answers", "content", "text"),
              field("captcha_answer", "uuid", "uuid"), field("captcha_answer", "answer", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[4].category] == ["user.content.private"] * 2
    assert found[6].category == "user.content.public"
    assert found[8].category is None


def test_the_name_an_anonymous_poster_gives_is_a_name(classifier: Classifier) -> None:
    """A forum post's or a comment's name given in place of an account (post_user_anon,
    anonym_name as text) is the name that person wrote; a count of anonymous users is none."""
    schema = [field("forum_post", "post_id", "int", pk=True), field("forum_post", "post_entry", "text"),
              field("forum_post", "post_user", "int"), field("forum_post", "post_user_anon", "varchar(30)"),
              field("comments", "comment_id", "int", pk=True), field("comments", "comment", "text"),
              field("comments", "anonym_name", "varchar(255)"),
              field("stats_cache", "id", "int", pk=True), field("stats_cache", "online_users_anon", "int")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[6]] == ["user.name", "user.name"]
    assert found[8] is None


def test_who_a_queued_email_or_sms_goes_to_is_their_address_or_number(classifier: Classifier) -> None:
    queue = [field("mail_queue", "id", "bigint", pk=True), field("mail_queue", "article_id", "bigint"),
             field("mail_queue", "attempts", "integer")]
    assert category_of(classifier, field("mail_queue", "recipient", "varchar"), *queue) == "user.contact.email"
    sms = [field("sms", "id", "int", pk=True), field("sms", "user", "varchar(100)"),
           field("sms", "date", "varchar(100)")]
    assert category_of(classifier, field("sms", "recipient", "varchar(100)"), *sms) == "user.contact.phone_number"


def test_a_private_message_table_shortened_holds_private_content(classifier: Classifier) -> None:
    pmsg = [field("pmsg", "id", "int", pk=True), field("pmsg", "ouser_id", "int"), field("pmsg", "duser_id", "int"),
            field("pmsg", "post_stamp", "bigint")]
    assert category_of(classifier, field("pmsg", "subject", "varchar(100)"), *pmsg) == "user.content.private"


def test_a_coppa_flag_on_a_member_is_their_age_range(classifier: Classifier) -> None:
    members = [field("users", "uid", "int", pk=True), field("users", "username"), field("users", "email")]
    assert category_of(classifier, field("users", "coppauser", "tinyint(1)"), *members) == \
        "user.demographic.age_range"


def test_the_activitypub_address_of_a_post_is_no_ones_page_of_a_person_their_global_id(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "username", "varchar(50)"),
              field("users", "ap_id", "varchar(300)"), field("users", "ap_url", "varchar(300)"),
              field("comments", "id", "int", pk=True), field("comments", "author_id", "int", ref="users.id"),
              field("comments", "text", "text"), field("comments", "ap_url", "varchar(300)"),
              field("comments", "ap_replies", "varchar(300)"),
              field("blogs", "id", "int", pk=True), field("blogs", "title", "varchar"),
              field("blogs", "ap_url", "text")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[3].category] == ["user.unique_id", "user.contact.url"]
    assert [found[i].category for i in (7, 8, 11)] == [None, None, None]


def test_how_long_a_persons_messages_or_account_are_kept_is_their_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "bigint", pk=True), field("users", "username", "varchar(64)"),
              field("users", "account_days_ttl", "int"),
              field("dialogs", "user_id", "bigint", ref="users.id"), field("dialogs", "peer_id", "bigint"),
              field("dialogs", "ttl_period", "int"),
              field("product_file_ekeys", "file_id", "int"), field("product_file_ekeys", "ttl", "int"),
              field("oauth_access_tokens", "user_id", "int", ref="users.id"),
              field("oauth_access_tokens", "token", "text"), field("oauth_access_tokens", "ttl", "int")]
    found = classifier.classify_fields(schema)
    assert [found[2].category, found[5].category] == ["user.account.settings"] * 2
    assert [found[7].category, found[10].category] == [None, None]


def test_where_a_member_or_a_contact_stands_is_their_tie_a_traced_contacts_is_not(classifier: Classifier) -> None:
    chat = [field("users", "user_id", "int", pk=True), field("users", "username"),
            field("group_members", "group_id", "int"), field("group_members", "user_id", "int", ref="users.user_id"),
            field("group_members", "member_status", "text"),
            field("contact_profiles", "contact_profile_id", "int", pk=True), field("contact_profiles", "display_name"),
            field("contacts", "user_id", "int", ref="users.user_id"),
            field("contacts", "contact_profile_id", "int", ref="contact_profiles.contact_profile_id"),
            field("contacts", "contact_status", "text")]
    found = classifier.classify_fields(chat)
    assert [found[4].category, found[9].category] == ["user.social"] * 2
    health = [field("person", "uuid", "varchar(36)", pk=True), field("person", "firstname"),
              field("patient", "id", "int", pk=True), field("patient", "person_id", "int"),
              field("patients", "patient_id", "int", pk=True),
              field("contact", "person_id", "int", ref="person.uuid"), field("contact", "caze_id", "int"),
              field("contact", "contactstatus", "varchar(255)")]
    assert classifier.classify_fields(health)[7].category is None


def test_a_devices_identity_and_signing_keys_are_its_persons_a_servers_are_not(classifier: Classifier) -> None:
    schema = [field("users", "id", "text", pk=True), field("users", "username"),
              field("crypto_device", "user_id", "text", ref="users.id"), field("crypto_device", "device_id", "text"),
              field("crypto_device", "identity_key", "char(43)"), field("crypto_device", "signing_key", "char(43)"),
              field("server_signature_keys", "server_name", "text"),
              field("server_signature_keys", "signing_key", "bytea")]
    found = classifier.classify_fields(schema)
    assert [found[4].category, found[5].category] == ["user.authorization.credentials"] * 2
    assert found[7].category is None


def test_pinning_or_hiding_a_chat_in_a_chat_list_or_a_messengers_conversations_is_a_setting(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "varchar(64)", pk=True),
              field("chat_list", "id", "varchar(64)", pk=True), field("chat_list", "user_id", "varchar(64)"),
              field("chat_list", "from_id", "varchar(64)"), field("chat_list", "is_top", "bit"),
              field("conversations", "user_id", "varchar(32)"), field("conversations", "target_id", "varchar(32)"),
              field("conversations", "is_top", "tinyint"), field("conversations", "is_hidden", "boolean"),
              field("notices", "id", "int", pk=True), field("notices", "is_top", "tinyint")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[4], found[7], found[8]] == ["user.account.settings"] * 3
    assert found[10] is None


def test_whether_a_ban_on_a_person_or_their_device_is_in_force_is_their_accounts_state(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("user_bans", "user_id", "int", ref="users.id"), field("user_bans", "enabled", "boolean"),
              field("fingerprint_bans", "fingerprint", "varchar(255)"),
              field("fingerprint_bans", "banning_user_id", "int", ref="users.id"),
              field("fingerprint_bans", "enabled", "boolean"),
              field("forums", "id", "int", pk=True), field("forums", "enabled", "boolean")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[5]] == ["user.account"] * 2
    assert found[7] is None


def test_how_often_a_person_used_their_key_address_or_device_is_their_behaviour(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("api_keys", "user_id", "int", ref="users.id"), field("api_keys", "key", "varchar(255)"),
              field("api_keys", "uses", "int"),
              field("user_ips", "user_id", "int", ref="users.id"), field("user_ips", "ip", "inet"),
              field("user_ips", "uses", "int"),
              field("ip_bans", "creator_id", "int", ref="users.id"), field("ip_bans", "ip_addr", "inet"),
              field("ip_bans", "hit_count", "int"),
              field("invites", "user_id", "int", ref="users.id"), field("invites", "code", "varchar(32)"),
              field("invites", "uses", "int"),
              field("tags", "id", "int", pk=True), field("tags", "hits", "int")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[6], found[9]] == ["user.behavior"] * 3
    assert [found[12], found[14]] == [None, None]


def test_when_a_message_was_sent_is_its_own_time_and_a_codes_the_accounts_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "varchar(32)", pk=True),
              field("p_hismsgs", "sender_id", "varchar(32)"), field("p_hismsgs", "receiver_id", "varchar(32)"),
              field("p_hismsgs", "msg_body", "mediumblob"), field("p_hismsgs", "send_time", "bigint"),
              field("user_active_code", "uid", "int"), field("user_active_code", "code", "varchar(10)"),
              field("user_active_code", "send_time", "int")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[4] is None
    assert found[7] == "user.account"


def test_what_a_moderation_log_says_of_a_moderators_act_and_its_kind_are_their_behaviour(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("moderation_logs", "id", "bigint", pk=True),
              field("moderation_logs", "user_id", "bigint", ref="users.id"),
              field("moderation_logs", "body", "varchar(255)"), field("moderation_logs", "type", "varchar(255)"),
              field("mod_actions", "creator_id", "int", ref="users.id"), field("mod_actions", "description", "text"),
              field("mod_actions", "category", "int"), field("mod_actions", "reason", "text"),
              field("error_logs", "id", "int", pk=True), field("error_logs", "type", "varchar(20)"),
              field("error_logs", "text", "text")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[4], found[6], found[7]] == ["user.behavior"] * 4
    assert found[8] == "user.content.public"
    assert [found[10], found[11]] == [None, None]


def test_a_members_mute_in_a_group_is_their_accounts_state_there_but_muting_a_chat_is_a_setting(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "varchar(32)", pk=True),
              field("groupmembers", "group_id", "varchar(32)"), field("groupmembers", "member_id", "varchar(32)"),
              field("groupmembers", "is_mute", "tinyint"), field("groupmembers", "mute_end_at", "bigint"),
              field("member_conversation", "member_id", "int", ref="users.id"),
              field("member_conversation", "muted", "tinyint(1)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[4]] == ["user.account"] * 2
    assert found[6] == "user.account.settings"


def test_how_far_a_person_read_a_chat_in_their_list_and_what_they_left_unread_is_their_behaviour(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "varchar(32)", pk=True),
              field("conversations", "user_id", "varchar(32)"), field("conversations", "target_id", "varchar(32)"),
              field("conversations", "latest_read_msg_id", "varchar(20)"),
              field("conversations", "latest_read_msg_time", "bigint"),
              field("conversations", "unread_tag", "tinyint"),
              field("chat_list", "user_id", "varchar(64)"), field("chat_list", "unread_num", "int"),
              field("products", "id", "int", pk=True), field("products", "unread_num", "int")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[3], found[4], found[5], found[7]] == ["user.behavior"] * 4
    assert found[9] is None


def test_whether_a_person_watches_what_they_reply_to_or_upload_is_their_setting(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email", "varchar(255)"),
              field("users", "watch_on_reply", "boolean"), field("users", "watch_on_upload", "boolean"),
              field("topics", "id", "int", pk=True), field("topics", "watch_on_reply", "boolean")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[3]] == ["user.account.settings"] * 2
    assert found[5] is None


def test_the_action_a_notice_tells_of_is_someone_elses_act_not_its_readers(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True),
              field("notifications", "id", "int", pk=True), field("notifications", "user_id", "int", ref="users.id"),
              field("notifications", "actor_id", "int", ref="users.id"),
              field("notifications", "action", "varchar(255)"), field("notifications", "read", "boolean"),
              field("admin_action_logs", "account_id", "int", ref="users.id"),
              field("admin_action_logs", "action", "varchar(255)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert found[4] is None
    assert found[7] == "user.behavior"


def test_when_a_ban_on_a_list_of_banned_users_ends_is_the_accounts_state(classifier: Classifier) -> None:
    schema = [field("users", "id", "varchar(32)", pk=True),
              field("banusers", "user_id", "varchar(32)"),
              field("banusers", "end_time", "bigint", comment="结束时间 为0 为永久封禁"),
              field("user_bans", "user_id", "int", ref="users.id"), field("user_bans", "valid_until", "timestamp"),
              field("events", "id", "int", pk=True), field("events", "end_time", "bigint")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[4]] == ["user.account"] * 2
    assert found[6] is None


def test_the_tags_a_person_hides_spoilers_blacklists_or_watches_by_key_are_their_settings(
        classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email", "varchar(255)"),
              field("users", "blacklisted_tags", "text"), field("users", "watched_tag_ids", "integer[]"),
              field("filters", "user_id", "int", ref="users.id"), field("filters", "hidden_tag_ids", "integer[]"),
              field("filters", "spoilered_tag_ids", "integer[]"),
              field("products", "id", "int", pk=True), field("products", "hidden_tags", "varchar(256)")]
    found = [r.category for r in classifier.classify_fields(schema)]
    assert [found[2], found[3], found[5], found[6]] == ["user.account.settings"] * 4
    assert found[8] is None


def test_a_private_messages_userfrom_and_userto_are_the_persons_keys(classifier: Classifier) -> None:
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("pmsgs", "id", "int", pk=True), field("pmsgs", "userto", "mediumint(9) unsigned"),
              field("pmsgs", "userfrom", "mediumint(9) unsigned")]
    results = classifier.classify_fields(schema)
    assert [results[3].category, results[4].category] == ["user.unique_id", "user.unique_id"]


def test_who_made_filed_or_finished_a_row_is_a_person(classifier: Classifier) -> None:
    """A report's generated_by, a claim's filed_by, a task's finishedBy, a tag's taggedBy: the
    person who did it, keyed or named, like created_by; sort_by orders rows and names no one."""
    for table, name in [("reports", "generated_by"), ("claims", "filed_by"), ("tasks", "finishedBy"),
                        ("tags", "taggedBy"), ("nreports", "NewBy")]:
        assert category_of(classifier, field(table, name, "int")) == "user.unique_id", (table, name)
    assert category_of(classifier, field("forums", "sort_by", "varchar(20)")) is None


def test_the_name_a_whatsapp_user_shows_is_their_name(classifier: Classifier) -> None:
    """WhatsApp calls the name a person shows their contacts the push name (a message's pushName)."""
    assert category_of(classifier, field("Message", "pushName", "varchar(100)"),
                       field("Message", "remoteJid", "varchar(100)")) == "user.name"


def test_a_federated_servers_actors_are_persons(classifier: Classifier) -> None:
    """An ActivityPub server's actors have a name and a summary as a thing's rows would, yet each is
    an account: its username, keys and name are a person's."""
    schema = [field("actors", "id", "integer", pk=True), field("actors", "username"),
              field("actors", "pem_private_key"), field("actors", "name"), field("actors", "summary"),
              field("filter_terms", "actor_id", "integer", ref="actors"), field("filter_terms", "term")]
    found = classifier.classify_fields(schema)
    assert [f.category for f in found[:3]] == ["user.unique_id", "user.account.username",
                                              "user.authorization.credentials"]
    assert found[5].category == "user.unique_id"


def test_a_chat_clients_tables_of_addresses_hold_persons(classifier: Classifier) -> None:
    """A chat client keeps its accounts and the remote contacts it talks to as a key and a chat
    address (jid) each: rows of persons, so the keys to them in its messages are persons' keys."""
    schema = [field("account", "pk", "integer", pk=True), field("account", "jid"),
              field("remote", "pk", "integer", pk=True), field("remote", "jid"), field("remote", "type", "integer"),
              field("message", "pk", "integer", pk=True),
              field("message", "fk_account_pk", "integer", ref="account"),
              field("message", "fk_remote_pk", "integer", ref="remote"), field("message", "text")]
    found = classifier.classify_fields(schema)
    assert [found[i].category for i in (0, 2, 6, 7)] == ["user.unique_id"] * 4
    assert found[5].category is None


def test_a_table_of_a_key_and_a_name_is_no_address_book(classifier: Classifier) -> None:
    schema = [field("rooms", "pk", "integer", pk=True), field("rooms", "jid"), field("rooms", "subject"),
              field("messages", "fk_room_pk", "integer", ref="rooms")]
    assert classifier.classify_fields(schema)[3].category is None


def test_messages_posted_nowhere_are_said_to_their_recipients(classifier: Classifier) -> None:
    """A messenger's messages with no forum, channel or room column are private to the persons they
    are sent to; a channel's messages stay content of any audience."""
    schema = [field("users", "id", "int", pk=True), field("users", "email"),
              field("messages", "id", "int", pk=True), field("messages", "sender", "int", ref="users"),
              field("messages", "body"),
              field("channel_messages", "id", "int", pk=True), field("channel_messages", "channel_id", "int"),
              field("channel_messages", "user_id", "int", ref="users"), field("channel_messages", "body")]
    found = classifier.classify_fields(schema)
    assert found[4].category == "user.content.private"
    assert found[8].category == "user.content"


def test_the_history_of_a_chat_holds_what_was_said(classifier: Classifier) -> None:
    history = [field("chat_history", "id", "int", pk=True), field("chat_history", "user_id", "int"),
               field("chat_history", "created_at", "timestamp")]
    assert category_of(classifier, field("chat_history", "content", "text"), *history) == "user.content.private"
