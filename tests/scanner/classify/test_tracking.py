"""What web and app tracking stores: visits, sessions, devices, visitors and their places."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import field


def _categories(classifier: Classifier, table: str, *columns: tuple[str, str]) -> dict[str, str | None]:
    schema = [field(table, "id", "int", pk=True), *(field(table, name, type_) for name, type_ in columns)]
    return {f.name: r.category for f, r in zip(schema, classifier.classify_fields(schema), strict=True)}


def test_the_places_of_a_visit_located_by_its_ip_are_a_coarse_location(classifier: Classifier) -> None:
    found = _categories(classifier, "visits", ("user_id", "int"), ("ip", "varchar(45)"),
                        ("country", "varchar(64)"), ("region", "varchar(64)"), ("city", "varchar(64)"),
                        ("postal_code", "varchar(16)"))
    assert [found[c] for c in ("country", "region", "city", "postal_code")] == ["user.location.imprecise"] * 4


def test_an_inet_column_locates_a_chats_visitor_too(classifier: Classifier) -> None:
    found = _categories(classifier, "chats", ("visitor_address", "inet"), ("country_code", "varchar(2)"),
                        ("message", "text"))
    assert found["country_code"] == "user.location.imprecise"


def test_a_street_beside_the_ip_keeps_the_postal_address(classifier: Classifier) -> None:
    """An order or a person's address with the IP it was given from is still a postal address."""
    found = _categories(classifier, "user_addresses", ("user_id", "int"), ("ip", "varchar(45)"),
                        ("street", "varchar(128)"), ("city", "varchar(64)"), ("country", "varchar(64)"))
    assert [found["city"], found["country"]] == ["user.contact.address.city", "user.contact.address.country"]


def test_a_persons_own_row_keeps_the_country_they_gave(classifier: Classifier) -> None:
    found = _categories(classifier, "users", ("email", "varchar(128)"), ("last_ip", "varchar(45)"),
                        ("country", "varchar(64)"))
    assert found["country"] == "user.contact.address.country"


def test_a_count_of_addresses_places_nothing(classifier: Classifier) -> None:
    """A table of statistics counting IPs per country holds no one's location."""
    found = _categories(classifier, "visit_stats", ("ip_count", "int"), ("country", "varchar(64)"))
    assert found["country"] != "user.location.imprecise"


def test_an_analytics_visit_records_the_browser_that_made_it(classifier: Classifier) -> None:
    found = _categories(classifier, "visits", ("visitor_id", "uuid"), ("user_id", "int"),
                        ("referring_domain", "varchar(255)"), ("screen_width", "int"), ("screen_height", "int"),
                        ("color_depth", "int"))
    assert found["visitor_id"] == "user.device.cookie_id"
    assert found["referring_domain"] == "user.behavior.browsing_history"
    assert [found[c] for c in ("screen_width", "screen_height", "color_depth")] == ["user.device"] * 3


def test_a_numbered_visitor_keys_a_row_of_visitors(classifier: Classifier) -> None:
    """A visitor keyed by a number is a row of a table of visitors, not a cookie's token."""
    found = _categories(classifier, "visits", ("visitor_id", "bigint"), ("url", "text"))
    assert found["visitor_id"] == "user.unique_id"


def test_a_fingerprint_identifies_a_device_only_on_a_persons_rows(classifier: Classifier) -> None:
    devices = _categories(classifier, "user_devices", ("user_id", "int"), ("fingerprint", "varchar(160)"))
    assert devices["fingerprint"] == "user.device.device_id"
    orders = _categories(classifier, "orders", ("customer_id", "int"), ("cart_fingerprint", "varchar(64)"))
    assert orders["cart_fingerprint"] is None


def test_the_operation_a_persons_log_row_records_is_what_they_did(classifier: Classifier) -> None:
    found = _categories(classifier, "admin_log", ("user_id", "int"), ("operation", "varchar(20)"),
                        ("event_type", "varchar(64)"))
    assert [found["operation"], found["event_type"]] == ["user.behavior"] * 2


def test_the_type_of_an_event_in_a_calendar_is_no_log_entry(classifier: Classifier) -> None:
    found = _categories(classifier, "event", ("uid", "int"), ("type", "varchar(20)"), ("summary", "text"))
    assert found["type"] is None


def test_how_a_sign_in_went_is_no_login_name(classifier: Classifier) -> None:
    log = _categories(classifier, "access_log", ("user_id", "int"), ("login_success", "int(1)"),
                      ("login_status", "varchar(16)"))
    assert [log["login_success"], log["login_status"]] == ["user.behavior"] * 2
    users = _categories(classifier, "users", ("email", "varchar(128)"), ("login_failed", "int"))
    assert users["login_failed"] == "user.account"


def test_a_bare_url_is_the_page_browsed_only_in_a_record_of_browsing(classifier: Classifier) -> None:
    visits = _categories(classifier, "page_views", ("user_id", "int"), ("url", "text"), ("path", "text"))
    assert [visits["url"], visits["path"]] == ["user.behavior.browsing_history"] * 2
    votes = _categories(classifier, "poll_votes", ("account_id", "int"), ("uri", "varchar(255)"))
    assert votes["uri"] is None


def test_the_resource_a_logged_act_touched_is_what_the_person_did(classifier: Classifier) -> None:
    found = _categories(classifier, "admin_events", ("user_id", "varchar(36)"), ("resource_path", "text"))
    assert found["resource_path"] == "user.behavior"


def test_what_crawlers_fetch_and_send_is_no_persons(classifier: Classifier) -> None:
    spiders = _categories(classifier, "spiders", ("spider_name", "varchar(64)"), ("user_agent", "varchar(255)"),
                          ("ip_info", "varchar(255)"))
    assert [spiders["user_agent"], spiders["ip_info"]] == [None, None]
    hits = _categories(classifier, "log_spider_hits", ("id_spider", "int"), ("url", "varchar(255)"),
                       ("log_time", "int"))
    assert [hits["url"], hits["log_time"]] == [None, None]


def test_a_persons_device_keeps_its_user_agent(classifier: Classifier) -> None:
    found = _categories(classifier, "user_devices", ("user_id", "int"), ("user_agent", "text"))
    assert found["user_agent"] == "user.device"


def test_the_term_a_person_searched_for_is_their_search_history(classifier: Classifier) -> None:
    found = _categories(classifier, "search_logs", ("user_id", "int"), ("term", "varchar(255)"),
                        ("ip_address", "inet"))
    assert found["term"] == "user.behavior.search_history"
    shop = _categories(classifier, "search_terms", ("channel_id", "int"), ("term", "varchar(255)"),
                       ("uses", "int"))
    assert shop["term"] is None


def test_the_page_a_customer_online_is_at_is_browsed(classifier: Classifier) -> None:
    found = _categories(classifier, "customer_online", ("customer_id", "int"), ("ip", "varchar(40)"),
                        ("url", "text"))
    assert found["url"] == "user.behavior.browsing_history"


def test_where_a_forum_member_online_is_on_the_site_is_the_page_they_browse(classifier: Classifier) -> None:
    found = _categories(classifier, "online", ("online_user_id", "int"), ("online_ip", "varchar(45)"),
                        ("online_location", "text"))
    assert found["online_location"] == "user.behavior.browsing_history"


def test_a_bare_time_of_a_log_naming_its_person_by_login_is_when_they_acted(classifier: Classifier) -> None:
    """A log or a list of sign-in attempts keyed by the login name, not by a user id: its bare time is
    when that person acted; in a log naming no one it stays the row's own."""
    logs = _categories(classifier, "logs", ("username", "varchar(32)"), ("action", "varchar(64)"),
                       ("date", "int(10)"))
    attempts = _categories(classifier, "login_attempts", ("ip_address", "varchar(15)"), ("login", "varchar(100)"),
                           ("time", "int(11)"))
    errors = _categories(classifier, "error_log", ("info", "varchar(255)"), ("file", "varchar(100)"),
                         ("time", "int(10)"))
    assert [logs["date"], attempts["time"]] == ["user.behavior"] * 2
    assert errors["time"] is None


def test_a_push_subscription_addresses_the_persons_device(classifier: Classifier) -> None:
    found = _categories(classifier, "notification_subscriptions", ("user_id", "int"),
                        ("subscription_type", "int"), ("subscription_attributes", "jsonb"),
                        ("identifier", "text"), ("auth", "varchar(256)"))
    assert found["subscription_attributes"] == "user.device.device_id"
    assert found["identifier"] == "user.device.device_id"
    assert found["subscription_type"] == "user.device"
    assert found["auth"] == "user.authorization.credentials"


def test_a_device_type_in_a_tiny_integer_is_a_code_not_a_flag(classifier: Classifier) -> None:
    found = _categories(classifier, "online_visitors", ("visitor_id", "varchar(50)"), ("ip", "varchar(50)"),
                        ("device_type", "tinyint(1)"))
    assert found["device_type"] == "user.device"


def test_the_host_a_person_connected_from_describes_their_device(classifier: Classifier) -> None:
    found = _categories(classifier, "users", ("email", "varchar(128)"), ("last_host", "varchar(64)"))
    assert found["last_host"] == "user.device"
    servers = _categories(classifier, "servers", ("host", "varchar(64)"), ("port", "int"))
    assert servers["host"] is None


def test_the_request_a_visit_records_is_what_the_person_did(classifier: Classifier) -> None:
    found = _categories(classifier, "visits", ("visitor_id", "bigint"), ("method", "varchar(16)"),
                        ("request", "text"), ("headers", "text"), ("url", "text"))
    assert [found["method"], found["request"]] == ["user.behavior"] * 2
    assert found["headers"] == "user.device"


def test_what_a_ban_matches_is_the_banned_persons(classifier: Classifier) -> None:
    found = _categories(classifier, "bans", ("ban_type", "varchar(16)"), ("ban_value", "varchar(64)"),
                        ("address", "varchar(255)"), ("reason", "text"))
    assert found["ban_value"] == "user"
    assert found["address"] == "user.device.ip_address"


def test_how_long_a_person_spent_on_a_page_is_what_they_did(classifier: Classifier) -> None:
    found = _categories(classifier, "page_views", ("user_id", "int"), ("path", "text"),
                        ("time_tracked_in_seconds", "int"), ("duration", "int"))
    assert [found["time_tracked_in_seconds"], found["duration"]] == ["user.behavior"] * 2
    videos = _categories(classifier, "videos", ("title", "varchar(255)"), ("duration", "int"))
    assert videos["duration"] is None


def test_the_details_an_audit_trail_keeps_of_a_persons_act_are_what_they_did(classifier: Classifier) -> None:
    found = _categories(classifier, "audits", ("user_id", "varchar(26)"), ("action", "varchar(512)"),
                        ("extrainfo", "varchar(1024)"), ("ip_address", "varchar(64)"))
    assert [found["action"], found["extrainfo"]] == ["user.behavior"] * 2


def test_a_table_counting_visits_per_browser_is_statistics(classifier: Classifier) -> None:
    found = _categories(classifier, "track_c_browsers", ("browser", "varchar(255)"), ("counter", "int"))
    assert found["browser"] is None
    visits = _categories(classifier, "visits", ("user_id", "int"), ("browser", "varchar(255)"), ("hits", "int"))
    assert visits["browser"] == "user.device"


def test_the_timestamp_of_a_persons_activity_is_when_they_acted(classifier: Classifier) -> None:
    visits = _categories(classifier, "user_daily_visits", ("user_id", "text"), ("device_id", "text"),
                         ("timestamp", "bigint"))
    assert visits["timestamp"] == "user.behavior"
    votes = _categories(classifier, "poll_votes", ("user_id", "int"), ("option_id", "int"), ("tstamp", "datetime"))
    assert votes["tstamp"] is None


def test_what_a_person_row_keeps_of_their_ip_is_their_ip(classifier: Classifier) -> None:
    found = _categories(classifier, "user", ("username", "varchar(64)"), ("email", "varchar(128)"),
                        ("ip_info", "varchar(255)"))
    assert found["ip_info"] == "user.device.ip_address"


def test_a_sites_tracked_visitor_has_no_account(classifier: Classifier) -> None:
    found = _categories(classifier, "sitevisitor", ("userid", "varchar(255)"), ("username", "varchar(64)"),
                        ("firsttime", "int"), ("lasttime", "int"), ("entry", "text"), ("chats", "int"))
    assert found["userid"] == "user.device.cookie_id"
    assert found["username"] == "user.name"
    assert found["entry"] == "user.behavior.browsing_history"
    assert [found["firsttime"], found["chats"]] == ["user.behavior"] * 2


def test_a_bare_session_written_as_text_is_the_sessions_key(classifier: Classifier) -> None:
    online = _categories(classifier, "log_online", ("session", "varchar(64)"), ("id_member", "int"),
                         ("ip", "varchar(45)"), ("url", "text"))
    assert online["session"] == "user.authorization.credentials"
    stored = _categories(classifier, "sessions", ("a_session", "longblob"), ("last_updated", "timestamp"))
    assert stored["a_session"] == "user"


def test_statistics_keyed_by_a_person_count_what_they_did(classifier: Classifier) -> None:
    """A table of statistics keyed by a person (user_stats by user_id): its counters are their acts."""
    found = _categories(classifier, "user_stats", ("user_id", "int"), ("streak_days", "int"),
                        ("total_minutes", "int"))
    assert [found["streak_days"], found["total_minutes"]] == ["user.behavior"] * 2


def test_statistics_keyed_by_no_person_stay_the_sites(classifier: Classifier) -> None:
    found = _categories(classifier, "forum_stats", ("numusers", "int"), ("numposts", "int"))
    assert [found["numusers"], found["numposts"]] == [None, None]


def test_a_count_of_threads_on_a_persons_row_counts_what_they_started(classifier: Classifier) -> None:
    found = _categories(classifier, "users", ("email", "varchar(128)"), ("threadnum", "int"),
                        ("chats", "int"))
    assert [found["threadnum"], found["chats"]] == ["user.behavior"] * 2


def test_the_numbers_of_a_table_of_who_is_online_are_what_they_did(classifier: Classifier) -> None:
    """An epoch kept as an integer in a table of who is online (logged, expiry): when they were there."""
    found = _categories(classifier, "users_online", ("user_id", "int"), ("logged", "int"), ("expiry", "int"))
    assert [found["logged"], found["expiry"]] == ["user.behavior"] * 2


def test_a_summary_of_a_persons_day_counts_what_they_did(classifier: Classifier) -> None:
    found = _categories(classifier, "daily_user_summary", ("user_id", "int"), ("question_views", "int"))
    assert found["question_views"] == "user.behavior"


def test_when_a_person_downloaded_a_file_is_what_they_did(classifier: Classifier) -> None:
    found = _categories(classifier, "downloads", ("user_id", "int"), ("downloaded_at", "timestamp"))
    assert found["downloaded_at"] == "user.behavior"


def test_a_view_count_on_a_persons_row_counts_views_of_their_profile(classifier: Classifier) -> None:
    """How often others viewed a member, kept on the member's row, is a counter of them, not media
    they watched; a video's play count elsewhere stays what persons watched."""
    found = _categories(classifier, "users", ("email", "varchar(128)"), ("views_count", "int"),
                        ("view_count", "int"))
    assert [found["views_count"], found["view_count"]] == ["user.behavior"] * 2


def test_when_a_person_last_came_by_a_thing_keyed_by_them_is_what_they_did(classifier: Classifier) -> None:
    """A row linking a member to a forum they visit, keyed by them: its last access is theirs; a
    course's own last visit, keyed by no one, stays the course's."""
    forums = _categories(classifier, "forums_accessed", ("member_id", "int"), ("forum_id", "int"),
                         ("last_accessed", "timestamp"))
    courses = _categories(classifier, "course", ("title", "varchar(255)"), ("last_visit", "timestamp"))
    assert forums["last_accessed"] == "user.behavior"
    assert courses["last_visit"] is None


def test_when_an_invitation_was_accepted_is_what_the_invitee_did(classifier: Classifier) -> None:
    found = _categories(classifier, "invites", ("email", "varchar(255)"), ("token", "varchar(64)"),
                        ("inviter_id", "int"), ("accepted_at", "timestamp"), ("date_accepted", "datetime"))
    assert [found["accepted_at"], found["date_accepted"]] == ["user.behavior"] * 2


def test_when_a_fan_followed_an_account_is_what_they_did_but_a_newsletters_is_consent(
        classifier: Classifier) -> None:
    fans = _categories(classifier, "wechat_fans", ("member_id", "int"), ("openid", "varchar(64)"),
                       ("subscribe_time", "int"), ("unsubscribe_time", "int"))
    letters = _categories(classifier, "newsletter_subscribers", ("email", "varchar(255)"),
                          ("subscribe_time", "datetime"))
    assert [fans["subscribe_time"], fans["unsubscribe_time"]] == ["user.behavior"] * 2
    assert letters["subscribe_time"] == "user.privacy_preferences"


def test_a_members_daily_check_in_is_what_they_did_but_an_orders_signing_is_none(
        classifier: Classifier) -> None:
    members = _categories(classifier, "member", ("username", "varchar(64)"), ("email", "varchar(255)"),
                          ("sign_time", "int"), ("sign_days_series", "int"), ("user_checkin_time", "bigint"))
    orders = _categories(classifier, "order", ("member_id", "int"), ("order_money", "decimal(10,2)"),
                         ("sign_time", "int"))
    assert [members[c] for c in ("sign_time", "sign_days_series", "user_checkin_time")] == ["user.behavior"] * 3
    assert orders["sign_time"] is None


def test_the_times_and_count_of_a_failed_sign_in_counter_are_what_someone_tried(classifier: Classifier) -> None:
    """A brute-force guard rewrites its row at each failed attempt: its last update is the last try."""
    failed = _categories(classifier, "user_failed_login", ("user_id", "int"), ("count", "int"),
                         ("last_ip", "varchar(16)"), ("updated_at", "timestamp"))
    brute = _categories(classifier, "brute", ("key", "varchar(191)"), ("firstRequest", "bigint"),
                        ("lastRequest", "bigint"), ("count", "int"))
    users = _categories(classifier, "users", ("email", "varchar(255)"), ("updated_at", "timestamp"))
    assert failed["updated_at"] == "user.behavior"
    assert [brute[c] for c in ("firstRequest", "lastRequest", "count")] == ["user.behavior"] * 3
    assert users["updated_at"] is None


def test_when_a_log_of_sent_messages_sent_one_is_the_applications_act(classifier: Classifier) -> None:
    found = _categories(classifier, "sms_log", ("mobile", "varchar(16)"), ("content", "text"),
                        ("send_time", "int"), ("date_sent", "datetime"))
    assert [found["send_time"], found["date_sent"]] == [None, None]


def test_the_times_of_a_log_of_nobodys_acts_are_none(classifier: Classifier) -> None:
    """A log whose columns key, name or locate no person (an SLA's events, a banner's daily history)
    records the system's events; the same times beside a person's key, login name or IP are what
    they did."""
    system = _categories(classifier, "sla_events", ("status", "varchar(16)"), ("sla_policy_id", "int"),
                         ("breached_at", "timestamp"), ("met_at", "timestamp"))
    keyed = _categories(classifier, "sla_events", ("user_id", "int"), ("breached_at", "timestamp"))
    named = _categories(classifier, "order_action", ("order_id", "int"), ("action_user", "varchar(30)"),
                        ("log_time", "int"))
    located = _categories(classifier, "track_e_open", ("open_remote_host", "tinytext"),
                          ("open_agent", "tinytext"), ("open_date", "datetime"))
    assert [system["breached_at"], system["met_at"]] == [None, None]
    assert keyed["breached_at"] == "user.behavior"
    assert named["log_time"] == "user.behavior"
    assert located["open_date"] == "user.behavior"


def test_the_goods_a_member_browsed_and_when_are_their_browsing(classifier: Classifier) -> None:
    browsed = _categories(classifier, "goods_browse", ("member_id", "int"), ("goods_id", "int(11)"),
                          ("sku_id", "int(11)"), ("browse_time", "int(11)"))
    assert [browsed["goods_id"], browsed["sku_id"], browsed["browse_time"]] == [
        "user.behavior.browsing_history", "user.behavior.browsing_history", "user.behavior"]
    hits = _categories(classifier, "product_hits", ("user_id", "int"), ("product_id", "int(11)"))
    assert hits["product_id"] is None
