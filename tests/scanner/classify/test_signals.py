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


def test_values_override_a_misleading_name(classifier: Classifier) -> None:
    target = field("customers", "notes", "text")
    profile = ValueProfile(sampled=50, matches=(("user.contact.email", 0.9),))
    [result] = classifier.classify_fields([target], {target.key: profile})
    assert result.category == "user.contact.email"
    assert result.confidence == round(0.6 + 0.35 * 0.9, 2)
    assert result.explanation.startswith(
        "user.contact.email: 90% of 50 sampled values look like user.contact.email; "
        "values overrode the name (name words 'notes' match 'notes')")


def test_values_that_agree_raise_confidence(classifier: Classifier) -> None:
    target = field("users", "email")
    [alone] = classifier.classify_fields([target])
    [agreed] = classifier.classify_fields([target], {target.key: ValueProfile(20, (("user.contact.email", 1.0),))})
    assert agreed.category == alone.category
    assert agreed.confidence == min(0.99, round(alone.confidence + 0.1, 2))


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
