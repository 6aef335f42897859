"""SQL (and Arrow) type strings grouped into the families that rules ask about."""

from __future__ import annotations

import re
from functools import lru_cache

_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bool", re.compile(r"^(bool|boolean|bit|flag)\b(?!\()|^(bit|tinyint)\(1\)(?!\w)")),
    ("ip", re.compile(r"^(inet|cidr|ipaddress|ipv4|ipv6)\b")),
    ("mac", re.compile(r"^(macaddr8?)\b")),
    ("geo", re.compile(r"^(point|geometry|geography|geo_point|st_point|polygon)\b")),
    # A full-text search document (PostgreSQL's tsvector): the words of its row's own text.
    ("search", re.compile(r"^(tsvector)\b")),
    ("uuid", re.compile(r"^(uuid|uniqueidentifier|guid)\b")),
    ("json", re.compile(r"^(json|jsonb|variant|object|super|struct|map)\b")),
    ("time", re.compile(r"^(date|datetime|datetime2|time|timestamp|timestamptz|timestampltz|"
                        r"timestampntz|smalldatetime|datetimeoffset|interval|year)\b")),
    ("number", re.compile(r"^(u?(tiny|small|medium|big)?int\d*|u?int|integer|serial|bigserial|"
                          r"smallserial|numeric|decimal|number|float\d*|double|real|money|"
                          r"smallmoney|dec|fixed|u?bigint|int unsigned|uint\d*)\b")),
    ("binary", re.compile(r"^(bytea|blob|tinyblob|mediumblob|longblob|binary|varbinary|image|raw|"
                          r"bytes)\b")),
    ("text", re.compile(r"^(n?varchar\d?|n?char|character|text|tinytext|mediumtext|longtext|"
                        r"citext|string|clob|nclob|ntext|varchar2|nvarchar2|enum|set|name|"
                        r"userdefined)\b")),
)


# An enum of yes and no alone (enum('yes','no'), enum('Y','N')) is a flag, like a boolean.
_ENUM_VALUES = re.compile(r"'((?:[^']|'')*)'")
_YES_NO = frozenset({"yes", "no", "y", "n", "true", "false", "t", "f", "on", "off", "0", "1"})

# Numbers with a fractional part: floating types, and fixed ones declared with a scale above zero
# (decimal(10,2), numeric(16,8)); a bare numeric or decimal has no declared scale and may hold whole keys.
_FRACTIONAL = re.compile(r"^(float\d*|double|real|money|smallmoney|binary_(float|double))\b"
                         r"|^(numeric|decimal|dec|number|fixed)\s*\(\s*\d+\s*,\s*0*[1-9]\d*\s*\)")

_TEXT_LENGTH = re.compile(r"^n?(var)?char(acter)?( varying)?\s*\(\s*(\d+)\s*\)")


@lru_cache(maxsize=4096)
def text_length(sql_type: str | None) -> int | None:
    """The declared length of a character type (``VARCHAR(32)`` -> 32); None for any other type."""
    match = _TEXT_LENGTH.match((sql_type or "").strip().lower())
    return int(match.group(4)) if match else None


@lru_cache(maxsize=4096)
def fractional(sql_type: str | None) -> bool:
    """Whether a type holds numbers with a fractional part (``DOUBLE``, ``DECIMAL(10,2)``): amounts and
    measures, never a key of a row."""
    return bool(_FRACTIONAL.match((sql_type or "").strip().lower().strip('"`')))


@lru_cache(maxsize=4096)
def type_family(sql_type: str | None) -> str | None:
    """``VARCHAR(255)`` -> ``text``; ``timestamp with time zone`` -> ``time``; unknown -> None."""
    if not sql_type:
        return None
    text = sql_type.strip().lower().strip('"`')
    if text.startswith("enum(") and _yes_no(text):
        return "bool"
    for family, pattern in _FAMILIES:
        if pattern.match(text):
            return family
    return None


def enum_value_list(sql_type: str | None) -> tuple[str, ...]:
    """The lower-cased values of an enum or set type in their order (``enum('Yes','No')`` -> yes, no); empty for
    others."""
    text = (sql_type or "").strip().lower()
    if not text.startswith(("enum", "set")):
        return ()
    return tuple(v.strip() for v in _ENUM_VALUES.findall(text))


def enum_values(sql_type: str | None) -> frozenset[str]:
    """``enum_value_list`` as a set."""
    return frozenset(enum_value_list(sql_type))


def _yes_no(enum_type: str) -> bool:
    """Whether an enum type's values (two or more) are all a flag's yes and no."""
    values = enum_values(enum_type)
    return len(values) >= 2 and values <= _YES_NO
