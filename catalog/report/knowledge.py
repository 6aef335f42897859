"""What the report knows about processing: data subjects by table words, recipient kinds, countries, retention.

Shipped as ``catalog/report/data/processing.yaml``; validated on load.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from catalog.errors import DatamapError

PACKAGED_FILE = "catalog/report/data/processing.yaml"
_WORD = re.compile(r"[a-z0-9]+")


class SubjectRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[str, ...] = Field(min_length=1)
    subject: str


class ProcessingKnowledge(BaseModel):
    """Validated contents of the processing knowledge file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    default_subject: str
    subjects: tuple[SubjectRule, ...]
    subject_names: dict[str, str]
    recipient_kinds: dict[str, str]
    retention_patterns: tuple[str, ...]
    countries: dict[str, str]
    eea: frozenset[str]
    adequacy: dict[str, str]
    companies: dict[str, str]

    @field_validator("retention_patterns")
    @classmethod
    def _compiles(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            compiled = re.compile(pattern, re.IGNORECASE)
            if not {"amount", "unit"} <= set(compiled.groupindex):
                raise ValueError(f"retention pattern needs groups 'amount' and 'unit': {pattern}")
        return patterns

    @model_validator(mode="after")
    def _known_names(self) -> ProcessingKnowledge:
        subjects = {self.default_subject, *(rule.subject for rule in self.subjects)}
        unnamed = sorted(subjects - self.subject_names.keys())
        if unnamed:
            raise ValueError(f"data subjects missing from 'subject_names': {', '.join(unnamed)}")
        return self

    @model_validator(mode="after")
    def _known_countries(self) -> ProcessingKnowledge:
        unknown = sorted({c for c in self.companies.values() if c not in self.countries})
        if unknown:
            raise ValueError(f"companies name countries missing from 'countries': {', '.join(unknown)}")
        return self

    def subject_of(self, table: str) -> str:
        """Who a table's rows are about (a fideslang data subject's name), from the words of its name."""
        return self.subject_names[self.subject_key(table)]

    def subject_key(self, table: str) -> str:
        """The fideslang data subject key a table's rows are about."""
        words = set(_WORD.findall(table.lower().replace("_", " "))) | {table.lower().rsplit(".", 1)[-1]}
        for rule in self.subjects:
            if words.intersection(rule.words):
                return rule.subject
        return self.default_subject

    def retention(self, text: str | None) -> str | None:
        """A retention period stated in a comment (``90 days``), or None."""
        for pattern in self.retention_patterns:
            found = re.search(pattern, text or "", re.IGNORECASE)
            if found:
                amount, unit = int(found["amount"]), found["unit"].lower()
                return f"{amount} {unit}{'' if amount == 1 else 's'}"
        return None

    def country_of(self, company: str | None) -> str | None:
        """The ISO code of the country where a company is established, when known."""
        return self.companies.get(company or "")

    def transfer(self, code: str) -> str:
        """How a transfer to a country reads in records of processing."""
        name = self.countries.get(code, code)
        if code in self.eea:
            return f"{name} (EEA)"
        basis = self.adequacy.get(code)
        return f"{name} (third country; {basis})" if basis else f"{name} (third country; no adequacy decision)"


@cache
def load_knowledge() -> ProcessingKnowledge:
    """The packaged processing knowledge; a broken file is a DatamapError naming it."""
    raw = resources.files("catalog.report").joinpath("data", "processing.yaml").read_text("utf-8")
    try:
        return ProcessingKnowledge.model_validate(yaml.safe_load(raw))
    except (yaml.YAMLError, ValidationError) as error:
        raise DatamapError(f"invalid processing knowledge: {error}", PACKAGED_FILE) from None
