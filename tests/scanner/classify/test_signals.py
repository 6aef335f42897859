"""Comments, annotations, value profiles and policy extensions."""

from __future__ import annotations

from catalog.model import ValueProfile
from catalog.taxonomy import category_keys
from scanner.classify.classifier import Classifier, Extension
from scanner.classify.knowledge import load_knowledge
from tests.scanner.classify.conftest import classify, field


def test_a_comment_decides_a_name_that_says_nothing(classifier: Classifier) -> None:
    [result] = classify(classifier, field("crm_customers", "fld_7", "varchar(32)",
                                          comment="customer mobile phone number"))
    assert result.category == "user.contact.phone_number"
    assert result.confidence == 0.55
    assert result.explanation.startswith(
        "user.contact.phone_number: its comment 'customer mobile phone number' speaks of user.contact.phone_number")


def test_a_comment_alone_never_tells_what_a_person_did(classifier: Classifier) -> None:
    start, last = classify(classifier, field("event", "start", "datetime", comment="event start time"),
                           field("users", "last_login", "datetime", comment="last login time"))
    assert start.category is None
    assert start.explanation == ("not personal data: no rule matches its words; "
                                 "table event is activity (table name says activity (event))")
    assert last.category == "user.behavior"
    assert "its comment agrees" in last.explanation


def test_an_agreeing_comment_raises_confidence(classifier: Classifier) -> None:
    plain, commented = classify(classifier, field("users", "email"),
                                field("members", "email", comment="the member's e-mail address"))
    assert plain.category == commented.category == "user.contact.email"
    assert commented.confidence == round(plain.confidence + 0.05, 2)
    assert "its comment agrees" in commented.explanation


def test_annotation_none_pins_a_field_as_not_personal(classifier: Classifier) -> None:
    [result] = classify(classifier, field("users", "email", annotation="none"))
    assert (result.category, result.confidence, result.pinned) == (None, 1.0, True)
    assert result.explanation == "not personal data: pinned by a datamap annotation"


def test_annotation_with_a_key_pins_that_key(classifier: Classifier) -> None:
    [result] = classify(classifier, field("widgets", "blob", annotation="user.content.private"))
    assert (result.category, result.pinned) == ("user.content.private", True)


def test_an_unknown_annotation_key_is_no_pin(classifier: Classifier) -> None:
    [result] = classify(classifier, field("users", "email", annotation="user.contact.emial"))
    assert (result.category, result.pinned) == ("user.contact.email", False)


def test_strong_values_override_a_misleading_name(classifier: Classifier) -> None:
    target = field("users", "notes", "text")
    profile = ValueProfile(sampled=50, matches=(("user.contact.email", 0.9),))
    [result] = classifier.classify_fields([target], {target.key: profile})
    assert result.category == "user.contact.email"
    assert result.confidence == 0.88  # 0.5 + 0.45 x weight 0.85 (90% x e-mail strength 0.95)
    assert result.explanation.startswith(
        "user.contact.email: 90% of 50 sampled values look like user.contact.email (weight 0.85); "
        "the values overrode the name (name words 'notes' match 'notes')")
    assert result.signals[-1].kind == "values"
    assert result.signals[-1].weight == 0.85


def test_uuid_looking_values_do_not_override_a_key_name(classifier: Classifier) -> None:
    target = field("orders", "order_ref", "varchar(36)")
    profile = ValueProfile(sampled=40, matches=(("user.device.device_id", 1.0),))
    [result] = classifier.classify_fields([target], {target.key: profile})
    assert result.category is None
    assert result.explanation.startswith(
        "not personal data: name words 'order ref' match 'ref'; 100% of 40 sampled values look like "
        "user.device.device_id (weight 0.35), too weak alone; the name decided")


def test_uuid_looking_values_of_a_uuid_column_do_not_decide(classifier: Classifier) -> None:
    target = field("widgets", "zz9", "uuid")
    profile = ValueProfile(sampled=40, matches=(("user.device.device_id", 1.0),))
    [result] = classifier.classify_fields([target], {target.key: profile})
    assert result.category is None
    assert result.explanation.startswith(
        "not personal data: no rule matches its words; 100% of 40 sampled values look like "
        "user.device.device_id (weight 0.35), too weak alone; the name decided")


def test_weak_kinds_of_values_do_not_override_a_name(classifier: Classifier) -> None:
    target = field("products", "description", "text")
    profile = ValueProfile(sampled=40, matches=(("user.contact.url", 1.0),))
    [result] = classifier.classify_fields([target], {target.key: profile})
    assert result.category is None
    assert "(weight 0.30), too weak alone; the name decided" in result.explanation


def test_strong_values_decide_a_name_that_says_nothing(classifier: Classifier) -> None:
    target = field("widgets", "zz9", "varchar(120)")
    profile = ValueProfile(sampled=40, matches=(("user.contact.email", 1.0),))
    [result] = classifier.classify_fields([target], {target.key: profile})
    assert result.category == "user.contact.email"
    assert result.explanation.startswith(
        "user.contact.email: 100% of 40 sampled values look like user.contact.email (weight 0.95); "
        "the values decided")


def test_values_that_agree_raise_confidence(classifier: Classifier) -> None:
    target = field("users", "email")
    [alone] = classifier.classify_fields([target])
    [agreed] = classifier.classify_fields([target], {target.key: ValueProfile(20, (("user.contact.email", 1.0),))})
    assert agreed.category == alone.category
    assert agreed.confidence == min(0.99, round(alone.confidence + 0.1, 2))
    assert "agreeing; the name decided" in agreed.explanation


def test_policy_extension_refines_a_category_under_its_parent() -> None:
    extension = Extension("user.behavior.browsing_history.referrer", "user.behavior.browsing_history",
                          (("referrer",), ("referer",)))
    classifier = Classifier(load_knowledge(), (extension,), category_keys())
    referrer, page = classifier.classify_fields([field("page_views", "referrer"), field("page_views", "page_url")])
    assert referrer.category == "user.behavior.browsing_history.referrer"
    assert page.category == "user.behavior.browsing_history"


def test_an_extension_does_not_take_a_field_outside_its_parent() -> None:
    extension = Extension("user.device.sessions_per_device", "user.device", (("session",),))
    classifier = Classifier(load_knowledge(), (extension,), category_keys())
    [result] = classifier.classify_fields([field("login_history", "session_token")])
    assert result.category == "user.authorization.credentials"


def test_an_extension_refines_the_parent_by_the_tables_name() -> None:
    extension = Extension("user.content.audio_video", "user.content", (("recording",),))
    classifier = Classifier(load_knowledge(), (extension,), category_keys())
    media, _, other, _ = classifier.classify_fields([
        field("recordings", "file_url"), field("recordings", "user_id", "int"),
        field("attachments", "file_url"), field("attachments", "user_id", "int")])
    assert media.category == "user.content.audio_video"
    assert other.category == "user.content"


def test_the_tables_name_does_not_refine_a_more_specific_category() -> None:
    extension = Extension("user.device.sessions_per_device", "user.device", (("session",),))
    classifier = Classifier(load_knowledge(), (extension,), category_keys())
    ip, agent = classifier.classify_fields([field("sessions", "ip_address"), field("sessions", "user_agent")])
    assert ip.category == "user.device.ip_address"
    assert agent.category == "user.device.sessions_per_device"
