"""The policy model and its loader: valid files, look-ups, and every kind of bad input."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from catalog.errors import DatamapError
from catalog.policy import Policy, PolicyError, load_policy

FIXTURES = Path(__file__).parent / "fixtures" / "policy"
REPO = Path(__file__).resolve().parents[2]
SAMPLE_POLICY = REPO / "sample_schemas" / "policy.yaml"
INVALID_CASES = yaml.safe_load((FIXTURES / "invalid_cases.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_policy(FIXTURES / "valid.yaml")


@pytest.fixture(scope="module")
def paltalk() -> Policy:
    return load_policy(SAMPLE_POLICY)


def write(tmp_path: Path, text: str | bytes, name: str = "policy.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DatamapError) as raised:
        load_policy(path)
    error = raised.value
    assert error.path == str(path)
    found = error.problems if isinstance(error, PolicyError) else (error,)
    return [f"{problem.line}: {problem.message}" for problem in found]


# Valid files ------------------------------------------------------------------------


def test_loads_the_example(example: Policy) -> None:
    assert example.name == "Example"
    assert [c.id for c in example.categories] == ["nickname", "content", "recordings", "device"]
    assert [p.id for p in example.purposes] == ["provide_services", "advertising"]
    assert [d.id for d in example.declarations] == ["first_party", "ads_device"]
    assert example.purpose("advertising").uses == ("marketing.advertising",)


def test_extension_parent_is_derived_and_match_words_are_lowercased(example: Policy) -> None:
    first, nested = example.extensions
    assert (first.key, first.parent, first.match) == (
        "user.content.audio_video",
        "user.content",
        ("video", "audio", "recording"),
    )
    assert (nested.parent, nested.match) == ("user.content.audio_video", ())


def test_recipient_kind_and_class(example: Policy) -> None:
    facebook, partners = example.recipients
    assert (facebook.is_class, facebook.recipient_kind) == (False, "advertising")
    assert (partners.is_class, partners.recipient_kind) == (True, "advertising")


def test_text_path_is_resolved_against_the_policy_file(example: Policy) -> None:
    assert example.text_path == (FIXTURES / "text.txt").resolve()
    assert example.path == (FIXTURES / "valid.yaml").resolve()


def test_sha256_is_the_hash_of_the_file_bytes(example: Policy) -> None:
    expected = hashlib.sha256((FIXTURES / "valid.yaml").read_bytes()).hexdigest()
    assert example.sha256 == expected


def test_line_of_names_the_yaml_line(example: Policy) -> None:
    assert example.line_of(("categories", 0)) == 14
    assert example.line_of(("categories", 0, "citation")) == 17
    assert example.line_of(("declarations", 1, "recipients", 0)) == 56
    assert example.line_of(("declarations", 1, "no_such_field")) == 54


def test_citations_are_listed_in_file_order(example: Policy) -> None:
    cited = list(example.citations())
    assert len(cited) == 12
    assert (cited[0].label, cited[0].citation, cited[0].loc) == (
        "extension 'user.content.audio_video'",
        "recorded video and audio",
        ("extensions", 0, "citation"),
    )
    assert (cited[-1].label, cited[-1].entry_id) == ("declaration 'ads_device'", "ads_device")


def test_the_policy_is_frozen(example: Policy) -> None:
    with pytest.raises(ValidationError):
        example.name = "Other"  # type: ignore[misc]


# category_for ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("user.account.username", "nickname"),
        ("user.content", "content"),
        ("user.content.private", "content"),  # a descendant of a listed key
        ("user.content.audio_video", "recordings"),  # the most specific listing wins
        ("user.content.audio_video.voice_notes", "recordings"),  # extension via its parent
        ("user.device.ip_address", "device"),
        ("user.behavior.search_history", "device"),
        ("user.contact.email", None),
        ("user", None),
        ("marketing.advertising", None),
    ],
)
def test_category_for(example: Policy, key: str, category: str | None) -> None:
    found = example.category_for(key)
    assert (found.id if found else None) == category


# Declarations ------------------------------------------------------------------------


def test_recipients_covering_names_and_classes(example: Policy) -> None:
    assert example.recipients_covering("facebook", "advertising") == ("facebook", "ad_partners")
    assert example.recipients_covering("acme_ads", "advertising") == ("ad_partners",)
    assert example.recipients_covering("stripe", "payments") == ()


@pytest.mark.parametrize(
    ("key", "recipient", "kind", "use", "declarations"),
    [
        ("user.device.ip_address", "facebook", "advertising", None, ["ads_device"]),
        ("user.device.ip_address", "acme", "advertising", "marketing.advertising.serving",
         ["ads_device"]),
        ("user.device.ip_address", "facebook", "advertising", "essential.service", []),
        ("user.device.ip_address", "stripe", "payments", None, []),
        ("user.content.private", "facebook", "advertising", None, []),
        ("user.content.private", None, None, "essential.service.authentication",
         ["first_party"]),
        ("user.content.private", None, None, "marketing", []),
        ("user.contact.email", None, None, None, []),
    ],
)  # fmt: skip
def test_declarations_covering(
    example: Policy,
    key: str,
    recipient: str | None,
    kind: str | None,
    use: str | None,
    declarations: list[str],
) -> None:
    found = example.declarations_covering(key, recipient, kind, use)
    assert [d.id for d in found] == declarations


# The shipped Paltalk policy ---------------------------------------------------------------


def test_paltalk_policy_loads(paltalk: Policy) -> None:
    assert paltalk.name == "Paltalk"
    assert paltalk.text_path is None
    assert [e.key for e in paltalk.extensions] == [
        "user.content.audio_video",
        "user.behavior.sessions",
        "user.device.type_os",
        "user.behavior.browsing_history.referrer",
        "user.behavior.in_app_actions",
    ]
    assert [c.id for c in paltalk.categories] == [
        "nickname", "email", "audio_video", "ip_address", "sessions_per_device",
        "device_type_os", "referrer", "language", "in_app_actions", "device_identifiers",
        "credit_card", "payment_information", "billing_information", "cookies",
        "preferences", "browsing_activity", "content_accessed",
    ]  # fmt: skip
    assert [r.id for r in paltalk.recipients] == [
        "facebook", "google", "advertising_partners", "payment_processors",
        "transaction_verifiers", "legal_authorities", "support_providers",
        "infrastructure_providers", "fraud_prevention_providers", "messaging_providers",
    ]  # fmt: skip
    assert (len(paltalk.purposes), len(paltalk.declarations)) == (23, 13)


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("user.behavior.browsing_history.referrer", "referrer"),
        ("user.behavior.browsing_history", "browsing_activity"),
        ("user.device.cookie_id", "cookies"),
        ("user.device.type_os", "device_type_os"),
        ("user.financial.credit_card", "credit_card"),
        ("user.financial.bank_account", "billing_information"),
        ("user.unique_id", None),
    ],
)
def test_paltalk_category_for(paltalk: Policy, key: str, category: str | None) -> None:
    found = paltalk.category_for(key)
    assert (found.id if found else None) == category


def test_paltalk_ad_partners_get_ip_addresses_for_targeting(paltalk: Policy) -> None:
    found = paltalk.declarations_covering(
        "user.device.ip_address",
        "facebook",
        "advertising",
        "marketing.advertising.third_party.targeted",
    )
    assert [d.id for d in found] == ["ads_ip_device", "ads_other_sites"]
    assert paltalk.declarations_covering("user.contact.email", "facebook", "advertising") == ()
    broader = paltalk.declarations_covering(
        "user.device.ip_address", "facebook", "advertising", "marketing.advertising"
    )
    assert broader == ()  # a declared use covers narrower uses, never broader ones


# Invalid files -------------------------------------------------------------------------


@pytest.mark.parametrize("case", INVALID_CASES, ids=[c["case"] for c in INVALID_CASES])
def test_invalid_policy(tmp_path: Path, case: dict) -> None:
    assert problems_of(write(tmp_path, case["policy"])) == case["errors"]


def test_the_error_reads_as_its_first_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nname: Example\nowner: legal\ncontact: me\n")
    with pytest.raises(PolicyError) as raised:
        load_policy(path)
    assert str(raised.value).startswith(f"{path}:3: unknown field 'owner'")
    assert len(raised.value.problems) == 2


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    assert problems_of(write(tmp_path, text)) == ["None: the policy file is empty"]


def test_not_utf8(tmp_path: Path) -> None:
    assert problems_of(write(tmp_path, b"version: 1\nname: Caf\xe9\n")) == ["None: not UTF-8 text (byte 20)"]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    assert load_policy(write(tmp_path, "\ufeffversion: 1\nname: Example\n")).name == "Example"


def test_missing_file(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "nope.yaml") == ["None: cannot read policy file: No such file or directory"]


def test_unsafe_yaml_tags_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nname: !!python/object/apply:os.system ['true']\n")
    assert problems_of(path) == [
        "2: YAML syntax error: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'"
    ]


def test_nested_aliases_do_not_blow_up(tmp_path: Path) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = write(tmp_path, "\n".join(["bombs:", *("  " + line for line in levels)]) + "\n")
    started = time.perf_counter()
    problems = problems_of(path)
    assert time.perf_counter() - started < 5
    assert problems[0] == "1: missing required field 'version'"


def test_python_construction_validates_references_too() -> None:
    data = {
        "version": 1,
        "name": "Example",
        "declarations": [
            {"id": "d", "categories": ["x"], "recipients": [], "purposes": ["y"],
             "citation": "c"}
        ],
    }  # fmt: skip
    with pytest.raises(ValidationError, match="declaration 'd': unknown category 'x'"):
        Policy.model_validate(data)


def test_sha256_of_a_policy_built_in_python_is_stable() -> None:
    data = {"version": 1, "name": "Example"}
    assert Policy.model_validate(data).sha256 == Policy.model_validate(data).sha256
    assert Policy.model_validate(data).text_path is None
