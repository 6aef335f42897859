"""Named checks for what a detector's regular expression cannot say.

A detector in ``data/detectors.yaml`` names one of these (``check: phone_number``)
or a python-stdnum module (``check: stdnum:us.ssn``). Each check takes the
stripped value that already matched the detector's pattern.
"""

from __future__ import annotations

import importlib
import ipaddress
import re
from collections.abc import Callable
from datetime import date

import phonenumbers
from stdnum import luhn
from stdnum.es import dni, nie

Check = Callable[[str], bool]

#: Birth years datamap accepts: people alive and old enough to hold an account.
OLDEST_BIRTH_YEAR = 1900
YOUNGEST_AGE = 13
_REFERENCE_YEAR = date.today().year

_SEPARATORS = re.compile(r"[\s\-.()]")
_DATE_FORMATS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
    re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})"),
)
_NUMBER = re.compile(r"-?\d{1,3}\.\d+")


def phone_number(value: str) -> bool:
    """A number valid in its numbering plan; without a ``+`` the plan is taken as the US one."""
    digits = sum(char.isdigit() for char in value)
    if not 7 <= digits <= 15:
        return False
    try:
        number = phonenumbers.parse(value, None if value.startswith("+") else "US")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def ip_address(value: str) -> bool:
    """An IPv4 or IPv6 address (or network), excluding unspecified ones such as 0.0.0.0."""
    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        return False
    return not network.network_address.is_unspecified


def card_number(value: str) -> bool:
    """A payment card number: 13 to 19 digits with a valid Luhn check digit."""
    digits = _SEPARATORS.sub("", value)
    return digits.isdigit() and 13 <= len(digits) <= 19 and luhn.is_valid(digits)


def advertising_id(value: str) -> bool:
    """An IDFA/GAID-shaped id: a version-4 UUID, or the all-zero id of limited ad tracking."""
    if set(value) <= {"0", "-"}:
        return True
    return value[14] == "4" and value[19].lower() in "89ab"


def es_dni(value: str) -> bool:
    """A Spanish DNI or NIE with a valid check letter."""
    return dni.is_valid(value) or nie.is_valid(value)


def birth_date(value: str) -> bool:
    """A calendar date in a plausible birth year (ISO, or day/month/year either way round)."""
    for pattern in _DATE_FORMATS:
        match = pattern.fullmatch(value)
        if match is None:
            continue
        fields = match.groupdict()
        year = int(fields["y"])
        if "m" in fields:
            pairs = [(int(fields["m"]), int(fields["d"]))]
        else:
            first, second = int(fields["a"]), int(fields["b"])
            pairs = [(first, second), (second, first)]
        return any(is_birth_date(year, month, day) for month, day in pairs)
    return False


def is_birth_date(year: int, month: int, day: int) -> bool:
    """True for a real date whose year is a plausible birth year."""
    if not OLDEST_BIRTH_YEAR <= year <= _REFERENCE_YEAR - YOUNGEST_AGE:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def coordinates(value: str) -> bool:
    """A latitude/longitude pair (or a WKT point, longitude first) inside the globe's ranges."""
    numbers = [float(number) for number in _NUMBER.findall(value)]
    if len(numbers) != 2:
        return False
    first, second = numbers
    if value.lstrip().upper().startswith("POINT"):
        first, second = second, first
    return abs(first) <= 90 and abs(second) <= 180 and (first, second) != (0.0, 0.0)


def stdnum_check(module_name: str) -> Check:
    """The ``is_valid`` function of a python-stdnum module such as ``us.ssn``."""
    module = importlib.import_module(f"stdnum.{module_name}")
    validate: Check = module.is_valid
    return validate


CHECKS: dict[str, Check] = {
    "phone_number": phone_number,
    "ip_address": ip_address,
    "card_number": card_number,
    "advertising_id": advertising_id,
    "es_dni": es_dni,
    "birth_date": birth_date,
    "coordinates": coordinates,
}


def resolve(name: str) -> Check:
    """The check named in the detector data; unknown names fail loudly."""
    if name.startswith("stdnum:"):
        return stdnum_check(name.removeprefix("stdnum:"))
    try:
        return CHECKS[name]
    except KeyError:
        raise ValueError(f"unknown value check {name!r}; known: {sorted(CHECKS)}") from None
