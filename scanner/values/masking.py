"""Masking: show the shape of a value, never the value.

``mask(value, kind)`` keeps only what helps a person recognise the kind of data
(an e-mail's first letters and top-level domain, a phone number's country code
and last two digits) and replaces everything else with ``*``. Masks have a fixed
number of stars per part, so they do not reveal lengths.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

import phonenumbers

_ALNUM = re.compile(r"[A-Za-z0-9]")
_STARS = "***"


def _email(value: str) -> str:
    local, _, domain = value.rpartition("@")
    labels = domain.split(".")
    tld = labels[-1] if len(labels) > 1 else ""
    head = f"{local[:1]}{_STARS}@{labels[0][:1]}{_STARS}"
    return f"{head}.{tld}" if tld else head


def _phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    tail = digits[-2:]
    try:
        number = phonenumbers.parse(value, None if value.startswith("+") else "US")
        prefix = f"+{number.country_code} " if value.startswith("+") else ""
    except phonenumbers.NumberParseException:
        prefix = ""
    return f"{prefix}***-***-{tail}"


def _ip(value: str) -> str:
    try:
        address = ipaddress.ip_interface(value).ip
    except ValueError:
        return _generic(value)
    if address.version == 4:
        return f"{str(address).split('.')[0]}.***.***.***"
    return f"{address.exploded.split(':')[0]}:****:…"


def _keep_last(count: int) -> Callable[[str], str]:
    """Replace every letter and digit with * except the last ``count``; keep separators."""

    def masker(value: str) -> str:
        positions = [match.start() for match in _ALNUM.finditer(value)]
        keep = set(positions[-count:]) if count else set()
        return "".join(char if index in keep or not char.isalnum() else "*" for index, char in enumerate(value))

    return masker


def _keep_ends(value: str) -> str:
    """Keep the first and last two letters or digits; mask the rest, keeping separators."""
    positions = [match.start() for match in _ALNUM.finditer(value)]
    keep = set(positions[:2] + positions[-2:]) if len(positions) > 6 else set()
    return "".join(char if index in keep or not char.isalnum() else "*" for index, char in enumerate(value))


def _iban(value: str) -> str:
    compact = value.replace(" ", "")
    return f"{compact[:2]}** **** **** {compact[-2:]}"


def _birth_date(value: str) -> str:
    year = re.search(r"\d{4}", value)
    decade = year.group(0)[:3] if year else "***"
    return f"{decade}*-**-**"


def _coordinates(value: str) -> str:
    numbers = re.findall(r"-?\d{1,3}(?=\.)", value)
    return ", ".join(f"{number}.***" for number in numbers[:2]) or _generic(value)


def _url(value: str) -> str:
    match = re.match(r"([A-Za-z]+://)([^/:?#]+)", value)
    if match is None:
        return _generic(value)
    host = match.group(2).split(".")
    masked_host = f"{host[0][:1]}{_STARS}" + (f".{host[-1]}" if len(host) > 1 else "")
    return f"{match.group(1)}{masked_host}/…"


def _user_agent(value: str) -> str:
    product = value.split(" ", 1)[0]
    return f"{product} (…)"


def _password_hash(value: str) -> str:
    """Keep the scheme (``$2b$12$``, ``$argon2id$``, ``pbkdf2_sha256$``): it says what the value is."""
    scheme = re.match(r"(\$[^$]+\$(?:\d{2}\$)?|[a-z0-9_:]+\$)", value)
    return f"{scheme.group(1) if scheme else ''}…"


def _jwt(value: str) -> str:
    return "eyJ….eyJ….…"


def _generic(value: str) -> str:
    return f"{value[:1]}{_STARS}" if value else _STARS


MASKERS: dict[str, Callable[[str], str]] = {
    "email": _email,
    "phone": _phone,
    "ipv4": _ip,
    "ipv6": _ip,
    "credit_card": _keep_last(2),
    "iban": _iban,
    "us_ssn": _keep_last(2),
    "uk_nino": _keep_last(1),
    "de_tax_id": _keep_last(2),
    "fr_nir": _keep_last(2),
    "es_dni": _keep_last(1),
    "it_codice_fiscale": _keep_last(1),
    "nl_bsn": _keep_last(2),
    "advertising_id": _keep_ends,
    "mac_address": _keep_ends,
    "birth_date": _birth_date,
    "coordinates": _coordinates,
    "url": _url,
    "password_hash": _password_hash,
    "jwt": _jwt,
    "user_agent": _user_agent,
}


def mask(value: str, kind: str) -> str:
    """Mask ``value`` as a detector of ``kind`` would show it; unknown kinds keep one character."""
    masker = MASKERS.get(kind, _generic)
    return masker(value.strip())
