"""Value detectors, masking and profiles: exact results on known values."""

from __future__ import annotations

import ipaddress
import uuid
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.model import ValueProfile
from scanner.values import mask, profile_values, strength
from scanner.values.detectors import classify, knowledge, parse

EMAIL = "user.contact.email"
PHONE = "user.contact.phone_number"
IP = "user.device.ip_address"
NATIONAL_ID = "user.government_id.national_identification_number"


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("jane.doe@example.com", "email"),
        ("$2b$12$" + "a" * 53, "password_hash"),
        ("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", "password_hash"),
        ("pbkdf2_sha256$600000$salt$hash=", "password_hash"),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_abc", "jwt"),
        ("https://example.com/u/jane", "url"),
        ("6F9619FF-8B86-4011-B42D-00C04FC964FF", "advertising_id"),
        ("00000000-0000-0000-0000-000000000000", "advertising_id"),
        ("a4:5e:60:e1:22:1f", "mac_address"),
        ("192.168.10.20", "ipv4"),
        ("2001:db8::8a2e:370:7334", "ipv6"),
        ("DE89 3704 0044 0532 0130 00", "iban"),
        ("4111 1111 1111 1111", "credit_card"),
        ("536-22-8726", "us_ssn"),
        ("AB 12 34 56 C", "uk_nino"),
        ("36574261809", "de_tax_id"),
        ("1 84 12 76 451 089 46", "fr_nir"),
        ("12345678Z", "es_dni"),
        ("RSSMRA85T10A562S", "it_codice_fiscale"),
        ("111222333", "nl_bsn"),
        ("1985-04-12", "birth_date"),
        ("31/12/1970", "birth_date"),
        ("40.712800, -74.006000", "coordinates"),
        ("POINT(-0.127758 51.507351)", "coordinates"),
        ("+1 415-555-2671", "phone"),
        ("(415) 555-2671", "phone"),
        ("+44 20 7946 0958", "phone"),
        ("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0", "user_agent"),
        ("okhttp/4.9.2", "user_agent"),
    ],
)
def test_detector_recognises_kind(value: str, kind: str) -> None:
    detector = classify(value)
    assert detector is not None and detector.kind == kind


@pytest.mark.parametrize(
    "value",
    [
        "not an email@",
        "0.0.0.0",
        "999.1.1.1",
        "4111 1111 1111 1112",  # Luhn fails
        "078-05-1120",  # the SSN printed on wallet inserts, never valid
        "000-12-3456",  # area 000 is never issued
        "2021-05-06",  # too recent for a birth date
        "1850-01-01",  # too old
        "1.2.3",
        "v2.0.1",
        "12345",
        "Blue widget",
        "91.5, 200.25",  # outside the globe
        "123e4567-e89b-12d3-a456-426614174000",  # a version-1 UUID, not an ad id
    ],
)
def test_detector_rejects_lookalikes(value: str) -> None:
    detector = classify(value)
    assert detector is None or detector.kind not in {
        "email",
        "ipv4",
        "credit_card",
        "us_ssn",
        "birth_date",
        "coordinates",
        "advertising_id",
    }, detector


@pytest.mark.parametrize(
    ("value", "kind", "masked"),
    [
        ("john.doe@example.com", "email", "j***@e***.com"),
        ("+1 415-555-2671", "phone", "+1 ***-***-71"),
        ("(415) 555-2671", "phone", "***-***-71"),
        ("192.168.1.20", "ipv4", "192.***.***.***"),
        ("2001:db8::1", "ipv6", "2001:****:…"),
        ("4111 1111 1111 1111", "credit_card", "**** **** **** **11"),
        ("DE89370400440532013000", "iban", "DE** **** **** 00"),
        ("536-22-8726", "us_ssn", "***-**-**26"),
        ("a4:5e:60:e1:22:1f", "mac_address", "a4:**:**:**:**:1f"),
        ("1985-04-12", "birth_date", "198*-**-**"),
        ("40.712800, -74.006000", "coordinates", "40.***, -74.***"),
        ("https://www.example.com/u/joe", "url", "https://w***.com/…"),
        ("Mozilla/5.0 (X11; Linux) Firefox/120", "user_agent", "Mozilla/5.0 (…)"),
        ("$2b$12$" + "a" * 53, "password_hash", "$2b$12$…"),
        ("pbkdf2_sha256$600000$salt$hash=", "password_hash", "pbkdf2_sha256$…"),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "jwt", "eyJ….eyJ….…"),
        ("top secret", "unknown-kind", "t***"),
    ],
)
def test_mask(value: str, kind: str, masked: str) -> None:
    assert mask(value, kind) == masked


def test_profile_of_emails_counts_non_null_values_only() -> None:
    profile = profile_values(["john@example.com", None, "", "  ", "mary.s@corp.co.uk"])
    assert profile == ValueProfile(
        sampled=2,
        matches=((EMAIL, 1.0),),
        masked_examples=("j***@e***.com", "m***@c***.uk"),
    )


def test_profile_mixed_column_gives_ratios_in_order() -> None:
    values = ["a@example.com", "b@example.com", "c@example.com", "+1 415-555-2671"]
    profile = profile_values(values)
    assert profile.matches == ((EMAIL, 0.75), (PHONE, 0.25))
    assert profile.best() == (EMAIL, 0.75)


def test_profile_of_typed_database_values() -> None:
    assert profile_values([ipaddress.ip_address("10.1.2.3")]).matches == ((IP, 1.0),)
    assert profile_values([date(1985, 4, 12), datetime(1990, 1, 31)]).matches == (
        ("user.demographic.date_of_birth", 1.0),
    )
    assert profile_values([4111111111111111]).matches == (("user.financial.credit_card", 1.0),)
    ad_id = uuid.UUID("6f9619ff-8b86-4011-b42d-00c04fc964ff")
    assert profile_values([ad_id]).matches == (("user.device.device_id", 1.0),)


def test_timestamps_and_recent_dates_are_not_birth_dates() -> None:
    assert profile_values([datetime(1985, 4, 12, 10, 30)]).matches == ()
    # a column where many dates are recent is an event date, not a birth date
    dates = [date(1999, 1, 1), date(2005, 6, 1), date(2021, 4, 1), date(2023, 8, 9)]
    assert profile_values(dates).matches == ()


def test_numeric_coordinates_need_precision_range_and_spread() -> None:
    coordinates = [40.712812, -74.006012, 51.507351, -0.127758, 48.856614, 2.352222]
    assert profile_values(coordinates).matches == (("user.location.precise", 1.0),)
    prices = [
        Decimal("19.9900"),
        Decimal("5.5000"),
        Decimal("7.2500"),
        Decimal("3.0000"),
        Decimal("12.7500"),
    ]
    assert profile_values(prices).matches == ()
    probabilities = [0.12345, 0.54321, 0.99123, 0.11111, 0.22222]
    assert profile_values(probabilities).matches == ()
    assert profile_values([40.712812, -74.006012]).matches == ()  # too few to tell


def test_free_text_with_embedded_personal_data() -> None:
    profile = profile_values(
        [
            "Hi team, please reach me at jane.doe@gmail.com or +1 415-555-2671 tomorrow",
            "Meeting moved to Tuesday afternoon, see you all there",
        ]
    )
    assert profile == ValueProfile(
        sampled=2,
        matches=(("user.content", 1.0), (EMAIL, 0.5), (PHONE, 0.5)),
        masked_examples=("…j***@g***.com…", "…+1 ***-***-71…"),
    )


def test_prose_without_personal_data_says_nothing() -> None:
    profile = profile_values(["A sturdy blue widget for the kitchen", "Ships in two days"])
    assert profile.matches == ()


def test_json_documents_are_walked_and_their_keys_listed() -> None:
    documents = [
        {"contact": {"phone": "+1 415-555-2671"}, "prefs": {"theme": "dark"}},
        '{"contact": {"phone": "+44 20 7946 0958"}, "tags": ["a", "b"]}',
        {"contact": {"phone": None}},
    ]
    profile = profile_values(documents)
    assert profile == ValueProfile(
        sampled=3,
        matches=((PHONE, 0.6667),),
        masked_examples=("contact.phone: +1 ***-***-71", "contact.phone: +44 ***-***-58"),
        nested_keys=("contact.phone", "prefs.theme", "tags[]"),
    )


def test_json_coordinates_inside_documents() -> None:
    points = [
        (40.712812, -74.006012),
        (51.507351, -0.127758),
        (48.856614, 2.352222),
        (35.689487, 139.691711),
        (-33.868820, 151.209296),
    ]
    documents = [{"loc": {"lat": lat, "lon": lon}} for lat, lon in points]
    profile = profile_values(documents)
    assert profile.matches == (("user.location.precise", 1.0),)
    assert profile.masked_examples == ("loc.lat: *.****", "loc.lon: *.****")


def test_raw_values_never_appear_in_a_profile() -> None:
    secrets = ["jane.doe@example.com", "+1 415-555-2671", "536-22-8726", "4111 1111 1111 1111"]
    text = repr(profile_values(secrets))
    for secret in secrets:
        assert secret not in text
        assert secret.split("@")[0] not in text


def test_strength_comes_from_the_data_file() -> None:
    assert strength(EMAIL) == 0.95
    assert strength("user.device.device_id") == 0.85  # MAC addresses; UUIDs alone are weaker
    assert strength("user.content") == 0.5
    assert strength("user.name") == 0.0


def test_detector_data_is_validated() -> None:
    document = {
        "detectors": [{"kind": "x", "category": "user", "strength": 2, "pattern": "x"}],
        "free_text": {
            "category": "user.content",
            "strength": 0.5,
            "min_words": 4,
            "min_letter_share": 0.5,
        },
    }
    with pytest.raises(ValueError, match="strength must be in"):
        parse(document)
    document["detectors"] = [{"kind": "x", "category": "user", "strength": 1, "pattern": "x", "typo": 1}]
    with pytest.raises(ValueError, match="unknown keys \\['typo'\\]"):
        parse(document)
    assert [d.kind for d in knowledge().detectors][:4] == ["email", "password_hash", "jwt", "url"]


values = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.integers(),
    st.floats(),
    st.dates(),
    st.booleans(),
    st.dictionaries(st.text(max_size=5), st.text(max_size=20), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(values, max_size=20))
def test_profile_never_crashes_and_is_deterministic(sample: list[object]) -> None:
    first = profile_values(sample)
    assert first == profile_values(sample)
    assert all(0.0 < ratio <= 1.0 for _, ratio in first.matches)
    assert first.sampled <= len(sample)


def test_coordinates_written_as_text_count_as_numbers() -> None:
    values = ["40.712812", "-74.006012", "51.507351", "-0.127758", "48.856614", "n/a"]
    assert profile_values(values).matches == (("user.location.precise", 0.8333),)
    assert profile_values(["19.99", "5.50", "7.25", "3.00", "12.75"]).matches == ()
