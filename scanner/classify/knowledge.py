"""The classifier's knowledge: word lists, table kinds and name rules, read from YAML.

The packaged files live in ``scanner/classify/data``; users add their own files
of the same shape (their rules are tried before the packaged ones). Files are
validated on load, and a mistake names the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from catalog.errors import DatamapError
from catalog.packaged import SAFE_LOADER
from scanner.classify.inflect import singular

TYPE_FAMILIES = ("bool", "time", "number", "text", "uuid", "binary", "json", "ip", "mac", "geo", "search")


# The fewest letters of a word read as naming a person by its occupation's ending (see
# ``Knowledge.names_occupation``).
_OCCUPATION_LENGTH = 6


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleSpec(_Strict):
    """One name rule as written in a rules file."""

    category: str | None
    names: list[str]
    tables: list[str] | None = None
    not_tables: list[str] | None = None
    types: list[str] | None = None
    not_types: list[str] | None = None
    whole: bool = False
    pk: bool | None = None
    table_has: list[str] | None = None
    at_end: bool = False
    at_start: bool = False
    after_person: bool = False
    leading: bool = False
    domains: list[str] | None = None
    soft: bool = False
    confidence: float = 0.85


class TimesSpec(_Strict):
    """What a time (or flag) column becomes when its words name a category that holds no
    times (or flags); ``become`` applies only in tables of kinds ``become_in`` when given.
    ``tiny_values`` are last words of a tiny integer that holds a number or a code, not a flag.
    ``partial`` are kept categories a flag holds only when their words are its whole name: in
    tables of kinds ``partial_in``, a flag whose words name one only in part becomes its value."""

    keep: list[str] = []
    become: dict[str, str | None] = {}
    become_in: list[str] | None = None
    tiny_values: list[str] = []
    partial: dict[str, str | None] = {}
    partial_in: list[str] = []


class NumbersSpec(_Strict):
    """Categories of written text (``never``), which a column of a number type does not hold
    unless its rule asks for numbers: such a number counts what a person wrote in tables of kinds
    ``become_in`` (``become``), elsewhere it keys or codes it (none)."""

    never: list[str] = []
    become: str | None = None
    become_in: list[str] = []


class CodedSpec(_Strict):
    """Last words that make a key or a code of what comes before them (``gender_concept_id``,
    ``race_source_value``): such a column takes the category of its head words when that
    category is under ``keep`` (a person attribute or a clinical fact, never a person's id)."""

    tails: list[str] = []
    keep: list[str] = []


class RulesFile(_Strict):
    classes: dict[str, list[str]] = {}
    times: TimesSpec | None = None
    flags: TimesSpec | None = None
    coded: CodedSpec | None = None
    # Categories a comment alone never gives (what a person did is told by the table, not by a
    # comment's words such as 'event start time').
    comments_never: list[str] = []
    numbers: NumbersSpec | None = None
    rules: list[RuleSpec] = []


class WordsFile(_Strict):
    abbreviations: dict[str, str] = {}
    compounds: dict[str, str] = {}
    unsplittable: list[str] = []
    singular_exceptions: list[str] = []
    table_prefixes: list[str] = []
    vocabulary: list[str] = []
    glued_tails: list[str] = []
    short_parts: list[str] = []
    not_last_parts: list[str] = []
    first_parts: list[str] = []
    after_words: dict[str, dict[str, str]] = {}
    last_words: dict[str, str] = {}
    glue_pieces: list[str] = []
    coded_suffixes: list[str] = []
    leading_moves: list[str] = []
    key_words: list[str] = []
    unit_tails: list[str] = []
    tail_synonyms: dict[str, str] = {}
    time_words: list[str] = []


class DomainSpec(_Strict):
    """A kind of application told by its tables: enough tables of ``kind``, or marked by one of
    ``markers`` (a table named after patients, or keying one: ``patient_id``), or a column that starts
    with one of ``column_markers`` (a patient's name or birth date kept on a lab's request), make it one, as
    do ``study_markers`` (a study's subjects) where a table is named by one of ``studies``; its
    ``abbreviations`` are read in its column names before the general ones (prov: provider). There,
    a table of one of ``keyed_kinds_become`` whose rows are a person's is ``person_data_becomes``;
    so is a table of one of ``subject_kinds_become`` whose rows are keyed by the domain's subject
    (a column or its referenced table naming one of ``subjects``: a patient's lab events). Its
    ``persons`` are words that name persons there though they may name services elsewhere (a
    provider of care, not of sign-in). Its ``products`` are the goods its records use (vaccines): a
    key to one codes the product given, it keys no record of the domain. A table named by one of its
    ``exposures`` (a radiation dose) holds what a patient received, never a catalogue. A table of
    commerce named by one of its ``lines`` (item) whose column keys one of its records holds the lines
    of that record (a prescription's items: the drugs prescribed), of its kind. Its ``places`` are where
    its subjects are cared for (clinic, hospital): a fact of its kind named after one (clinic_diagnosis,
    clinic_visit_date) is the subject's, from their care there, not the place's. A table of its kind
    with a column named by one of its ``stock`` words (a storehouse, a supplier, the stock on hand) and
    no key to a subject keeps its stock (a pharmacy's drugs, their deliveries): a thing's, no one's record.
    A person's table named by one of its ``identities`` (a patient's names, identifiers, phone numbers,
    gender) holds who they are, not records of its kind, though a column keys whose rows they are."""

    kind: str
    at_least: int = 3
    markers: list[str] = []
    study_markers: list[str] = []
    studies: list[str] = []
    column_markers: list[str] = []
    abbreviations: dict[str, str] = {}
    person_data_becomes: str
    words: list[str] = []
    keyed_kinds_become: list[str] = []
    subjects: list[str] = []
    subject_kinds_become: list[str] = []
    persons: list[str] = []
    products: list[str] = []
    exposures: list[str] = []
    lines: list[str] = []
    places: list[str] = []
    stock: list[str] = []
    identities: list[str] = []


class OneOwnerSpec(_Strict):
    """A source that keeps no persons yet tracks a body and its exercise is one person's record (a
    fitness device's export): at least ``at_least`` of its tables, and ``share`` of them all, are
    named by a phrase of ``health`` (sleep, heart rate) or of ``activity`` (steps, laps). Their rows
    are the owner's; a table named by a ``health`` phrase holds their health (fact
    ``tracked_health``), another their exercise (fact ``tracked_activity``)."""

    at_least: int = 3
    share: float = 0.3
    health: list[str] = []
    activity: list[str] = []


class DefaultSpec(_Strict):
    """The category of a column of a table kind that no rule names. ``unnamed`` holds it to
    columns no rule names at all (not even a soft null rule such as ``type`` or ``position``);
    ``values`` lets a name ending in a value head (``drg_code``) have it; ``keyed_min_words``
    replaces ``min_words`` where a column of the table keys a person (a log of what they did);
    ``states: false`` leaves out the row's bookkeeping: flags of its own state (``active_fg``,
    ``visit_active``) and numbers naming rows (``bed_no``); ``over_facts`` lets a table kind's
    default win over its table's facts (a patient's evaluation is clinical, not just theirs);
    ``needs`` holds it to tables with at least one of these facts (a log that keys, describes or
    locates a person: whose acts it records)."""

    category: str
    types: list[str] | None = None
    min_words: int = 1
    keyed_min_words: int | None = None
    needs: list[str] | None = None
    keys: bool = False
    unnamed: bool = False
    values: bool = False
    states: bool = True
    over_facts: bool = False
    confidence: float = 0.6


class AgentSpec(_Strict):
    """Agent nouns that name the role a person plays on a row (committer, composer, reportee):
    words of at least ``min_length`` letters ending in one of ``suffixes``, but none of
    ``not_persons`` (order, server, filter) and no word the table lexicon gives another kind.
    ``roles`` are nouns of a person's role or kinship with no such ending (mother, buddy, peer);
    ``person_table_roles`` name a person only on a table of persons (a user's parent_id), as
    elsewhere they place a row in a hierarchy of things. ``counter_keys`` are key words that number
    a place in a sequence (peer_seq): such a column counts, it keys no person."""

    suffixes: list[str] = []
    min_length: int = 5
    not_persons: list[str] = []
    roles: list[str] = []
    person_table_roles: list[str] = []
    counter_keys: list[str] = []


class TablesFile(_Strict):
    kinds: dict[str, list[str]] = {}
    agent_nouns: AgentSpec = AgentSpec()
    non_person_owners: list[str] = []
    organisation_qualifiers: list[str] = []
    person_columns: list[str] = []
    address_columns: list[str] = []
    postal_code_columns: list[str] = []
    street_columns: list[str] = []
    network_columns: list[str] = []
    machine_actors: list[str] = []
    tally_tails: list[str] = []
    address_exclusions: list[str] = []
    person_keys: list[str] = []
    login_keys: list[str] = []
    own_key_tails: list[str] = []
    actor_words: list[str] = []
    catalogue_columns: list[str] = []
    system_setting_words: list[str] = []
    system_setting_evidence: int = 3
    service_login_evidence: int = 2
    goods_columns: dict[str, list[str]] = {}
    own_contact_columns: list[str] = []
    access_levels: dict[str, bool] = {}
    contact_tables: list[str] = []
    contact_list_heads: list[str] = []
    describing_columns: list[str] = []
    post_titles: list[str] = []
    read_columns: list[str] = []
    lookup_row_words: list[str] = []
    mail_tables: list[str] = []
    template_heads: list[str] = []
    upload_heads: list[str] = []
    message_heads: list[str] = []
    contact_person_columns: list[str] = []
    endpoint_columns: list[str] = []
    person_row_keys: list[str] = []
    row_key_columns: list[str] = []
    mail_bodies: list[str] = []
    author_words: list[str] = []
    staff_key_words: list[str] = []
    editorial_heads: list[str] = []
    private_qualifiers: list[str] = []
    occupation_suffixes: list[str] = []
    occupation_exceptions: list[str] = []
    record_heads: list[str] = []
    timetable_heads: list[str] = []
    held_event_heads: list[str] = []
    access_token_columns: list[str] = []
    login_columns: list[str] = []
    other_login_columns: list[str] = []
    password_columns: list[str] = []
    session_secret_columns: list[str] = []
    token_secret_words: list[str] = []
    schedule_columns: list[str] = []
    row_time_words: list[str] = []
    place_heads: list[str] = []
    natural_columns: list[str] = []
    identity_key_columns: list[str] = []
    measure_tails: list[str] = []
    record_number_columns: list[str] = []
    visit_columns: list[str] = []
    identity_columns: list[str] = []
    model_columns: list[str] = []
    portrait_columns: list[str] = []
    chat_address_columns: list[str] = []
    address_book_extras: list[str] = []
    person_qualifiers: list[str] = []
    settings_heads: list[str] = []
    extension_heads: list[str] = []
    person_head_facts: dict[str, list[str]] = {}
    head_facts: dict[str, list[str]] = {}
    column_facts: dict[str, list[str]] = {}
    machine_qualifiers: dict[str, list[str]] = {}
    owned_head_facts: list[str] = []
    keyed_head_facts: list[str] = []
    person_owners: list[str] = []
    collectives: list[str] = []
    owned_person_heads: list[str] = []
    addressed_heads: list[str] = []
    person_holding_orgs: list[str] = []
    natural_person_heads: list[str] = []
    describing_facts: list[str] = []
    generic_heads: list[str] = []
    table_suffixes: list[str] = []
    record_heads_of_commerce: list[str] = []
    value_heads: list[str] = []
    record_nouns: list[str] = []
    row_state_words: list[str] = []
    row_state_marks: list[str] = []
    row_number_tails: list[str] = []
    row_number_values: list[str] = []
    coded_heads: list[str] = []
    lookup_words: list[str] = []
    coded_kinds: dict[str, str] = {}
    link_kinds: list[str] = []
    tenant_words: list[str] = []
    hierarchy_words: list[str] = []
    ambiguous_persons: list[str] = []
    tenant_evidence: int = 3
    varying_audience: list[str] = []
    recipient_columns: list[str] = []
    conversation_columns: list[str] = []
    forum_columns: list[str] = []
    content_columns: list[str] = []
    dominant_words: dict[str, list[str]] = {}
    domains: dict[str, DomainSpec] = {}
    one_owner: OneOwnerSpec | None = None
    defaults: dict[str, DefaultSpec | list[DefaultSpec]] = {}


@dataclass(frozen=True)
class Rule:
    """A compiled rule: one concrete phrase (a tuple of words) and its conditions."""

    phrase: tuple[str, ...]
    category: str | None
    order: int
    written: str
    tables: frozenset[str] | None
    not_tables: frozenset[str]
    types: frozenset[str] | None
    not_types: frozenset[str]
    whole: bool
    pk: bool | None
    table_has: frozenset[str]
    at_end: bool
    after_person: bool
    leading: bool
    domains: frozenset[str] | None
    soft: bool
    confidence: float
    origin: str
    packaged: bool = True
    at_start: bool = False

    @property
    def specificity(self) -> int:
        """How much of the situation the rule asks for: table facts, domains, kinds, types, whole name."""
        return (4 * len(self.table_has) + 2 * (self.domains is not None) + 2 * (self.tables is not None)
                + 2 * (self.types is not None) + self.whole)


@dataclass
class Knowledge:
    """Everything the classifier knows, compiled for fast look-up."""

    abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    compounds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unsplittable: set[str] = field(default_factory=set)
    singular_exceptions: set[str] = field(default_factory=set)
    table_prefixes: set[str] = field(default_factory=set)
    table_kinds: dict[tuple[str, ...], str] = field(default_factory=dict)
    non_person_owners: set[str] = field(default_factory=set)
    organisation_qualifiers: set[str] = field(default_factory=set)
    person_columns: set[tuple[str, ...]] = field(default_factory=set)
    address_columns: set[tuple[str, ...]] = field(default_factory=set)
    postal_code_columns: set[tuple[str, ...]] = field(default_factory=set)
    street_columns: set[tuple[str, ...]] = field(default_factory=set)
    network_columns: set[tuple[str, ...]] = field(default_factory=set)
    machine_actors: set[str] = field(default_factory=set)
    tally_tails: set[str] = field(default_factory=set)
    address_exclusions: set[str] = field(default_factory=set)
    person_keys: set[tuple[str, ...]] = field(default_factory=set)
    login_keys: set[tuple[str, ...]] = field(default_factory=set)
    own_key_tails: set[str] = field(default_factory=set)
    agent_nouns: AgentSpec = field(default_factory=AgentSpec)
    actor_words: set[str] = field(default_factory=set)
    catalogue_columns: set[tuple[str, ...]] = field(default_factory=set)
    system_setting_words: set[tuple[str, ...]] = field(default_factory=set)
    system_setting_evidence: int = 3
    service_login_evidence: int = 2
    goods_columns: dict[str, set[str]] = field(default_factory=dict)
    own_contact_columns: set[tuple[str, ...]] = field(default_factory=set)
    access_levels: dict[str, bool] = field(default_factory=dict)
    contact_tables: set[str] = field(default_factory=set)
    contact_list_heads: set[str] = field(default_factory=set)
    describing_columns: set[tuple[str, ...]] = field(default_factory=set)
    post_titles: set[tuple[str, ...]] = field(default_factory=set)
    read_columns: set[tuple[str, ...]] = field(default_factory=set)
    lookup_row_words: set[str] = field(default_factory=set)
    mail_tables: set[str] = field(default_factory=set)
    template_heads: set[str] = field(default_factory=set)
    upload_heads: set[str] = field(default_factory=set)
    message_heads: set[str] = field(default_factory=set)
    contact_person_columns: set[tuple[str, ...]] = field(default_factory=set)
    endpoint_columns: set[tuple[str, ...]] = field(default_factory=set)
    person_row_keys: set[tuple[str, ...]] = field(default_factory=set)
    row_key_columns: set[tuple[str, ...]] = field(default_factory=set)
    mail_bodies: set[tuple[str, ...]] = field(default_factory=set)
    author_words: set[str] = field(default_factory=set)
    staff_key_words: set[str] = field(default_factory=set)
    editorial_heads: set[str] = field(default_factory=set)
    private_qualifiers: set[str] = field(default_factory=set)
    occupation_suffixes: set[str] = field(default_factory=set)
    occupation_exceptions: set[str] = field(default_factory=set)
    record_heads: set[str] = field(default_factory=set)
    timetable_heads: set[str] = field(default_factory=set)
    held_event_heads: set[str] = field(default_factory=set)
    access_token_columns: set[tuple[str, ...]] = field(default_factory=set)
    login_columns: set[tuple[str, ...]] = field(default_factory=set)
    other_login_columns: set[tuple[str, ...]] = field(default_factory=set)
    password_columns: set[tuple[str, ...]] = field(default_factory=set)
    session_secret_columns: set[tuple[str, ...]] = field(default_factory=set)
    token_secret_words: set[str] = field(default_factory=set)
    schedule_columns: set[tuple[str, ...]] = field(default_factory=set)
    row_time_words: set[str] = field(default_factory=set)
    place_heads: set[str] = field(default_factory=set)
    natural_columns: set[tuple[str, ...]] = field(default_factory=set)
    identity_key_columns: set[tuple[str, ...]] = field(default_factory=set)
    measure_tails: set[str] = field(default_factory=set)
    record_number_columns: set[tuple[str, ...]] = field(default_factory=set)
    visit_columns: set[tuple[str, ...]] = field(default_factory=set)
    identity_columns: set[tuple[str, ...]] = field(default_factory=set)
    model_columns: set[tuple[str, ...]] = field(default_factory=set)
    portrait_columns: set[tuple[str, ...]] = field(default_factory=set)
    chat_address_columns: set[tuple[str, ...]] = field(default_factory=set)
    address_book_extras: set[tuple[str, ...]] = field(default_factory=set)
    person_qualifiers: set[str] = field(default_factory=set)
    settings_heads: set[str] = field(default_factory=set)
    extension_heads: set[str] = field(default_factory=set)
    person_head_facts: dict[str, str] = field(default_factory=dict)
    head_facts: dict[tuple[str, ...], str] = field(default_factory=dict)
    column_facts: dict[tuple[str, ...], str] = field(default_factory=dict)
    machine_qualifiers: dict[str, set[str]] = field(default_factory=dict)
    owned_head_facts: set[str] = field(default_factory=set)
    keyed_head_facts: set[str] = field(default_factory=set)
    person_owners: set[str] = field(default_factory=set)
    collectives: set[str] = field(default_factory=set)
    owned_person_heads: set[str] = field(default_factory=set)
    addressed_heads: set[str] = field(default_factory=set)
    person_holding_orgs: set[str] = field(default_factory=set)
    natural_person_heads: set[str] = field(default_factory=set)
    describing_facts: set[str] = field(default_factory=set)
    generic_heads: set[str] = field(default_factory=set)
    table_suffixes: set[str] = field(default_factory=set)
    record_heads_of_commerce: set[str] = field(default_factory=set)
    value_heads: set[str] = field(default_factory=set)
    record_nouns: set[str] = field(default_factory=set)
    row_state_words: set[str] = field(default_factory=set)
    row_state_marks: set[str] = field(default_factory=set)
    row_number_tails: set[str] = field(default_factory=set)
    row_number_values: set[str] = field(default_factory=set)
    coded_heads: set[str] = field(default_factory=set)
    lookup_words: set[str] = field(default_factory=set)
    coded_kinds: dict[str, str] = field(default_factory=dict)
    link_kinds: set[str] = field(default_factory=set)
    tenant_words: set[str] = field(default_factory=set)
    hierarchy_words: set[str] = field(default_factory=set)
    ambiguous_persons: set[str] = field(default_factory=set)
    tenant_evidence: int = 3
    varying_audience: set[tuple[str, ...]] = field(default_factory=set)
    recipient_columns: set[tuple[str, ...]] = field(default_factory=set)
    conversation_columns: set[tuple[str, ...]] = field(default_factory=set)
    forum_columns: set[tuple[str, ...]] = field(default_factory=set)
    content_columns: set[tuple[str, ...]] = field(default_factory=set)
    dominant_words: dict[str, set[str]] = field(default_factory=dict)
    domains: dict[str, DomainSpec] = field(default_factory=dict)
    domain_abbreviations: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    one_owner: OneOwnerSpec | None = None
    one_owner_health: set[tuple[str, ...]] = field(default_factory=set)
    one_owner_activity: set[tuple[str, ...]] = field(default_factory=set)
    defaults: dict[str, tuple[DefaultSpec, ...]] = field(default_factory=dict)
    glued_tails: frozenset[str] = frozenset()
    short_parts: set[str] = field(default_factory=set)
    not_last_parts: set[str] = field(default_factory=set)
    first_parts: set[str] = field(default_factory=set)
    after_words: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # A token's reading when it ends a name of several tokens or stands alone (a bare or last cc: a
    # carbon copy, not the credit card it reads before number or exp).
    last_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    glue_pieces: set[str] = field(default_factory=set)
    coded_suffixes: set[str] = field(default_factory=set)
    leading_moves: set[str] = field(default_factory=set)
    key_words: set[str] = field(default_factory=set)
    unit_tails: set[str] = field(default_factory=set)
    tail_synonyms: dict[str, str] = field(default_factory=dict)
    time_words: set[str] = field(default_factory=set)
    rules: dict[tuple[str, ...], list[Rule]] = field(default_factory=dict)
    times: TimesSpec = field(default_factory=TimesSpec)
    flags: TimesSpec = field(default_factory=TimesSpec)
    coded_tails: tuple[tuple[str, ...], ...] = ()
    coded_keep: tuple[str, ...] = ()
    comments_never: tuple[str, ...] = ()
    numbers: NumbersSpec = field(default_factory=NumbersSpec)
    vocabulary: set[str] = field(default_factory=set)
    max_phrase: int = 1
    phrase_prefixes: set[tuple[str, ...]] = field(default_factory=set)
    phrase_pairs: set[tuple[str, str]] = field(default_factory=set)
    person_words: set[str] = field(default_factory=set)
    # Services a person signs in with (the rules' class login_service: google, weibo).
    login_services: set[str] = field(default_factory=set)
    rule_count: int = 0

    def names_occupation(self, word: str) -> bool:
        """Whether a word names a person by their occupation (pharmacist, receptionist, salesman,
        technician): it ends as such nouns do, and not as a thing's word that ends alike (a
        checklist, a playlist), and is no short word that merely ends so (a fist)."""
        return (len(word) >= _OCCUPATION_LENGTH and word.endswith(tuple(self.occupation_suffixes))
                and not word.endswith(tuple(self.occupation_exceptions)))


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s_]+", text.strip().lower()) if w)


def _load_yaml(text: str, origin: str, loader: type[yaml.SafeLoader] = yaml.SafeLoader) -> tuple[Any, dict[int, int]]:
    """Safe-load YAML (parsed once) and remember the line of each item of top-level lists.

    Users' files go through PyYAML's own loader, whose syntax errors are clearer;
    datamap's packaged files through libyaml's (``SAFE_LOADER``), about twenty times faster."""
    try:
        node = yaml.compose(text, Loader=loader)
        data = loader("").construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DatamapError(f"invalid YAML: {getattr(error, 'problem', error)}", origin, line) from None
    lines: dict[int, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "rules" and isinstance(value, yaml.SequenceNode):
                lines = {i: item.start_mark.line + 1 for i, item in enumerate(value.value)}
    return data if data is not None else {}, lines


def _validate(model: type[_Strict], data: Any, origin: str, lines: dict[int, int]) -> Any:
    if not isinstance(data, dict):
        raise DatamapError("expected a mapping at the top level", origin, 1)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        loc = first["loc"]
        line = lines.get(loc[1]) if len(loc) > 1 and loc[0] == "rules" and isinstance(loc[1], int) else None
        where = ".".join(str(part) for part in loc)
        raise DatamapError(f"{where}: {first['msg']}", origin, line) from None


def _packaged(name: str) -> tuple[str, str]:
    text = resources.files("scanner.classify").joinpath("data", name).read_text("utf-8")
    return text, f"scanner/classify/data/{name}"


def _user_file(path: Path) -> tuple[str, str]:
    try:
        return path.read_text("utf-8"), str(path)
    except (OSError, UnicodeDecodeError) as error:
        raise DatamapError(f"cannot read knowledge file: {error}", str(path)) from None


def _add_words(knowledge: Knowledge, words: WordsFile) -> None:
    knowledge.abbreviations.update({k.lower(): _words(v) for k, v in words.abbreviations.items()})
    knowledge.compounds.update({k.lower(): _words(v) for k, v in words.compounds.items()})
    knowledge.unsplittable.update(w.lower() for w in words.unsplittable)
    knowledge.singular_exceptions.update(w.lower() for w in words.singular_exceptions)
    knowledge.table_prefixes.update(w.lower() for w in words.table_prefixes)
    knowledge.vocabulary.update(w.lower() for w in words.vocabulary)
    knowledge.glued_tails = knowledge.glued_tails | {w.lower() for w in words.glued_tails}
    knowledge.short_parts.update(w.lower() for w in words.short_parts)
    knowledge.not_last_parts.update(w.lower() for w in words.not_last_parts)
    knowledge.first_parts.update(w.lower() for w in words.first_parts)
    for word, meanings in words.after_words.items():
        knowledge.after_words.setdefault(word.lower(), {}).update(
            {before.lower(): _words(meaning) for before, meaning in meanings.items()})
    knowledge.last_words.update({w.lower(): _words(m) for w, m in words.last_words.items()})
    knowledge.glue_pieces.update(w.lower() for w in words.glue_pieces)
    knowledge.coded_suffixes.update(w.lower() for w in words.coded_suffixes)
    knowledge.leading_moves.update(w.lower() for w in words.leading_moves)
    knowledge.key_words.update(w.lower() for w in words.key_words)
    knowledge.unit_tails.update(w.lower() for w in words.unit_tails)
    knowledge.tail_synonyms.update({k.lower(): v.lower() for k, v in words.tail_synonyms.items()})
    knowledge.time_words.update(w.lower() for w in words.time_words)


def _add_tables(knowledge: Knowledge, tables: TablesFile, taxonomy_kinds: set[str]) -> None:
    for kind, names in tables.kinds.items():
        taxonomy_kinds.add(kind)
        for name in names:
            knowledge.table_kinds[_words(name)] = kind
    knowledge.non_person_owners.update(tables.non_person_owners)
    knowledge.organisation_qualifiers.update(w.lower() for w in tables.organisation_qualifiers)
    knowledge.person_columns.update(_words(c) for c in tables.person_columns)
    knowledge.address_columns.update(_words(c) for c in tables.address_columns)
    knowledge.postal_code_columns.update(_words(c) for c in tables.postal_code_columns)
    knowledge.street_columns.update(_words(c) for c in tables.street_columns)
    knowledge.network_columns.update(_words(c) for c in tables.network_columns)
    knowledge.machine_actors.update(w.lower() for w in tables.machine_actors)
    knowledge.tally_tails.update(w.lower() for w in tables.tally_tails)
    knowledge.address_exclusions.update(w.lower() for w in tables.address_exclusions)
    knowledge.person_keys.update(_words(c) for c in tables.person_keys)
    knowledge.login_keys.update(_words(c) for c in tables.login_keys)
    knowledge.own_key_tails.update(w.lower() for w in tables.own_key_tails)
    if (tables.agent_nouns.suffixes or tables.agent_nouns.roles or tables.agent_nouns.person_table_roles
            or tables.agent_nouns.counter_keys):
        known = knowledge.agent_nouns
        given = tables.agent_nouns
        knowledge.agent_nouns = AgentSpec(suffixes=sorted({*known.suffixes, *given.suffixes}),
                                          min_length=given.min_length if given.suffixes else known.min_length,
                                          not_persons=sorted({*known.not_persons, *given.not_persons}),
                                          roles=sorted({*known.roles, *(w.lower() for w in given.roles)}),
                                          person_table_roles=sorted({*known.person_table_roles,
                                                                     *(w.lower() for w in given.person_table_roles)}),
                                          counter_keys=sorted({*known.counter_keys,
                                                               *(w.lower() for w in given.counter_keys)}))
    knowledge.login_columns.update(_words(c) for c in tables.login_columns)
    knowledge.other_login_columns.update(_words(c) for c in tables.other_login_columns)
    knowledge.password_columns.update(_words(c) for c in tables.password_columns)
    knowledge.session_secret_columns.update(_words(c) for c in tables.session_secret_columns)
    knowledge.token_secret_words.update(tables.token_secret_words)
    knowledge.schedule_columns.update(_words(c) for c in tables.schedule_columns)
    knowledge.row_time_words.update(w.lower() for w in tables.row_time_words)
    knowledge.place_heads.update(w.lower() for w in tables.place_heads)
    knowledge.natural_columns.update(_words(c) for c in tables.natural_columns)
    knowledge.identity_key_columns.update(_words(c) for c in tables.identity_key_columns)
    knowledge.measure_tails.update(w.lower() for w in tables.measure_tails)
    knowledge.record_number_columns.update(_words(c) for c in tables.record_number_columns)
    knowledge.visit_columns.update(_words(c) for c in tables.visit_columns)
    knowledge.identity_columns.update(_words(c) for c in tables.identity_columns)
    knowledge.model_columns.update(_words(c) for c in tables.model_columns)
    knowledge.portrait_columns.update(_words(c) for c in tables.portrait_columns)
    knowledge.chat_address_columns.update(_words(c) for c in tables.chat_address_columns)
    knowledge.address_book_extras.update(_words(c) for c in tables.address_book_extras)
    knowledge.actor_words.update(w.lower() for w in tables.actor_words)
    knowledge.catalogue_columns.update(_words(c) for c in tables.catalogue_columns)
    knowledge.system_setting_words.update(_words(c) for c in tables.system_setting_words)
    knowledge.system_setting_evidence = tables.system_setting_evidence
    knowledge.service_login_evidence = tables.service_login_evidence
    knowledge.own_contact_columns.update(_words(c) for c in tables.own_contact_columns)
    knowledge.goods_columns.update({part: {w.lower() for w in words} for part, words in tables.goods_columns.items()})
    knowledge.access_levels.update({name.lower(): grants for name, grants in tables.access_levels.items()})
    knowledge.contact_tables.update(w.lower() for w in tables.contact_tables)
    knowledge.contact_list_heads.update(w.lower() for w in tables.contact_list_heads)
    knowledge.describing_columns.update(_words(c) for c in tables.describing_columns)
    knowledge.post_titles.update(_words(c) for c in tables.post_titles)
    knowledge.read_columns.update(_words(c) for c in tables.read_columns)
    knowledge.lookup_row_words.update(w.lower() for w in tables.lookup_row_words)
    knowledge.mail_tables.update(w.lower() for w in tables.mail_tables)
    knowledge.template_heads.update(w.lower() for w in tables.template_heads)
    knowledge.upload_heads.update(_words(w)[-1] for w in tables.upload_heads)
    knowledge.message_heads.update(_words(w)[-1] for w in tables.message_heads)
    knowledge.contact_person_columns.update(_words(c) for c in tables.contact_person_columns)
    knowledge.endpoint_columns.update(_words(c) for c in tables.endpoint_columns)
    knowledge.person_row_keys.update(_words(c) for c in tables.person_row_keys)
    knowledge.row_key_columns.update(_words(c) for c in tables.row_key_columns)
    knowledge.mail_bodies.update(_words(c) for c in tables.mail_bodies)
    knowledge.author_words.update(w.lower() for w in tables.author_words)
    knowledge.staff_key_words.update(w.lower() for w in tables.staff_key_words)
    knowledge.editorial_heads.update(w.lower() for w in tables.editorial_heads)
    knowledge.private_qualifiers.update(w.lower() for w in tables.private_qualifiers)
    knowledge.occupation_suffixes.update(w.lower() for w in tables.occupation_suffixes)
    knowledge.occupation_exceptions.update(w.lower() for w in tables.occupation_exceptions)
    knowledge.record_heads.update(w.lower() for w in tables.record_heads)
    knowledge.timetable_heads.update(w.lower() for w in tables.timetable_heads)
    knowledge.held_event_heads.update(w.lower() for w in tables.held_event_heads)
    knowledge.access_token_columns.update(_words(c) for c in tables.access_token_columns)
    knowledge.person_qualifiers.update(w.lower() for w in tables.person_qualifiers)
    knowledge.settings_heads.update(w.lower() for w in tables.settings_heads)
    knowledge.extension_heads.update(w.lower() for w in tables.extension_heads)
    for fact, heads in tables.person_head_facts.items():
        knowledge.person_head_facts.update({head.lower(): fact for head in heads})
    for fact, heads in tables.head_facts.items():
        knowledge.head_facts.update({_words(head): fact for head in heads})
    for fact, names in tables.column_facts.items():
        knowledge.column_facts.update({_words(name): fact for name in names})
    knowledge.owned_head_facts.update(tables.owned_head_facts)
    knowledge.keyed_head_facts.update(tables.keyed_head_facts)
    for fact, qualifiers in tables.machine_qualifiers.items():
        knowledge.machine_qualifiers.setdefault(fact, set()).update(w.lower() for w in qualifiers)
    knowledge.person_owners.update(w.lower() for w in tables.person_owners)
    knowledge.collectives.update(w.lower() for w in tables.collectives)
    knowledge.owned_person_heads.update(w.lower() for w in tables.owned_person_heads)
    knowledge.addressed_heads.update(w.lower() for w in tables.addressed_heads)
    knowledge.person_holding_orgs.update(w.lower() for w in tables.person_holding_orgs)
    knowledge.natural_person_heads.update(w.lower() for w in tables.natural_person_heads)
    knowledge.describing_facts.update(tables.describing_facts)
    knowledge.generic_heads.update(w.lower() for w in tables.generic_heads)
    knowledge.table_suffixes.update(w.lower() for w in tables.table_suffixes)
    knowledge.record_heads_of_commerce.update(w.lower() for w in tables.record_heads_of_commerce)
    knowledge.value_heads.update(w.lower() for w in tables.value_heads)
    knowledge.record_nouns.update(w.lower() for w in tables.record_nouns)
    knowledge.row_state_words.update(w.lower() for w in tables.row_state_words)
    knowledge.row_state_marks.update(w.lower() for w in tables.row_state_marks)
    knowledge.row_number_tails.update(w.lower() for w in tables.row_number_tails)
    knowledge.row_number_values.update(w.lower() for w in tables.row_number_values)
    knowledge.coded_heads.update(w.lower() for w in tables.coded_heads)
    knowledge.lookup_words.update(w.lower() for w in tables.lookup_words)
    knowledge.coded_kinds.update(tables.coded_kinds)
    knowledge.link_kinds.update(tables.link_kinds)
    knowledge.tenant_words.update(w.lower() for w in tables.tenant_words)
    knowledge.hierarchy_words.update(w.lower() for w in tables.hierarchy_words)
    knowledge.ambiguous_persons.update(w.lower() for w in tables.ambiguous_persons)
    knowledge.tenant_evidence = tables.tenant_evidence
    knowledge.varying_audience.update(_words(c) for c in tables.varying_audience)
    knowledge.recipient_columns.update(_words(c) for c in tables.recipient_columns)
    knowledge.conversation_columns.update(_words(c) for c in tables.conversation_columns)
    knowledge.forum_columns.update(_words(c) for c in tables.forum_columns)
    knowledge.content_columns.update(_words(c) for c in tables.content_columns)
    for kind, words in tables.dominant_words.items():
        knowledge.dominant_words.setdefault(kind, set()).update(w.lower() for w in words)
    knowledge.domains.update(tables.domains)
    for name, domain in tables.domains.items():
        knowledge.domain_abbreviations.setdefault(name, {}).update(
            {k.lower(): _words(v) for k, v in domain.abbreviations.items()})
    if tables.one_owner is not None:
        knowledge.one_owner = tables.one_owner
        knowledge.one_owner_health.update(_words(p) for p in tables.one_owner.health)
        knowledge.one_owner_activity.update(_words(p) for p in tables.one_owner.activity)
    knowledge.defaults.update({kind: tuple(spec) if isinstance(spec, list) else (spec,)
                               for kind, spec in tables.defaults.items()})


def _expand(phrase: str, classes: dict[str, list[str]], origin: str, line: int | None,
            class_words: dict[str, list[tuple[str, ...]]] | None = None) -> list[tuple[str, ...]]:
    """Every phrase ``phrase`` stands for, its ``$class`` words replaced by each of their options
    (``class_words``: the options' words, worked out once per file)."""
    known = {} if class_words is None else class_words
    results: list[tuple[str, ...]] = [()]
    for word in phrase.split():
        if word.startswith("$"):
            name = word[1:]
            if name not in classes:
                raise DatamapError(f"unknown word class ${name} in {phrase!r}", origin, line)
            options = known.get(name)
            if options is None:
                options = known[name] = [_words(option) for option in classes[name]]
        else:
            options = [_words(word)]
        results = [r + o for r in results for o in options]
    return results


def _add_rules(knowledge: Knowledge, spec: RulesFile, origin: str, lines: dict[int, int],
               categories: frozenset[str] | None, table_kinds: set[str]) -> None:
    for written in spec.classes.get("person", []):
        words = _words(written)
        if len(words) == 1:
            knowledge.person_words.add(singular(words[0], knowledge.singular_exceptions))
    knowledge.login_services.update(w.lower() for w in spec.classes.get("login_service", []))
    for name in ("times", "flags"):
        given: TimesSpec | None = getattr(spec, name)
        if given is not None:
            current: TimesSpec = getattr(knowledge, name)
            setattr(knowledge, name, TimesSpec(keep=current.keep + given.keep,
                                               become={**current.become, **given.become},
                                               become_in=given.become_in or current.become_in,
                                               tiny_values=current.tiny_values + given.tiny_values,
                                               partial={**current.partial, **given.partial},
                                               partial_in=given.partial_in or current.partial_in))
    if spec.coded is not None:
        tails = set(knowledge.coded_tails) | {_words(t) for t in spec.coded.tails}
        knowledge.coded_tails = tuple(sorted(tails, key=lambda t: (-len(t), t)))
        knowledge.coded_keep = (*knowledge.coded_keep, *spec.coded.keep)
    knowledge.comments_never = (*knowledge.comments_never, *spec.comments_never)
    if spec.numbers is not None:
        knowledge.numbers = NumbersSpec(never=knowledge.numbers.never + spec.numbers.never,
                                        become=spec.numbers.become or knowledge.numbers.become,
                                        become_in=spec.numbers.become_in or knowledge.numbers.become_in)
    class_words: dict[str, list[tuple[str, ...]]] = {}
    singulars: dict[str, str] = {}

    def singular_of(word: str) -> str:
        found = singulars.get(word)
        if found is None:
            found = singulars[word] = singular(word, knowledge.singular_exceptions)
        return found

    packaged = origin.startswith("scanner/classify/data/")
    for index, rule in enumerate(spec.rules):
        line = lines.get(index)
        if categories is not None and rule.category is not None and rule.category not in categories:
            raise DatamapError(f"unknown category {rule.category!r}", origin, line)
        for family in (rule.types or []) + (rule.not_types or []):
            if family not in TYPE_FAMILIES:
                raise DatamapError(f"unknown type family {family!r} (known: {', '.join(TYPE_FAMILIES)})", origin, line)
        for kind in (rule.tables or []) + (rule.not_tables or []):
            if kind not in table_kinds:
                raise DatamapError(f"unknown table kind {kind!r}", origin, line)
        for domain in rule.domains or []:
            if domain not in knowledge.domains:
                raise DatamapError(f"unknown domain {domain!r} (known: {', '.join(sorted(knowledge.domains))})",
                                   origin, line)
        shared: dict[str, Any] = {  # what every phrase of the rule shares, made once
            "category": rule.category, "tables": frozenset(rule.tables) if rule.tables else None,
            "not_tables": frozenset(rule.not_tables or ()), "types": frozenset(rule.types) if rule.types else None,
            "not_types": frozenset(rule.not_types or ()), "whole": rule.whole, "pk": rule.pk,
            "table_has": frozenset(rule.table_has or ()), "soft": rule.soft, "at_end": rule.at_end,
            "at_start": rule.at_start, "after_person": rule.after_person, "leading": rule.leading,
            "domains": frozenset(rule.domains) if rule.domains else None, "confidence": rule.confidence,
            "origin": f"{origin}:{line}" if line else origin, "packaged": packaged}
        for written in rule.names:
            for expanded in _expand(written, spec.classes, origin, line, class_words):
                phrase = tuple(map(singular_of, expanded))
                compiled = Rule(phrase=phrase, order=knowledge.rule_count, written=written, **shared)
                knowledge.rules.setdefault(phrase, []).append(compiled)
                knowledge.phrase_prefixes.update(phrase[:n] for n in range(1, len(phrase)))
                knowledge.phrase_pairs.update(zip(phrase, phrase[1:], strict=False))
                knowledge.vocabulary.update(phrase)
                knowledge.max_phrase = max(knowledge.max_phrase, len(phrase))
            knowledge.rule_count += 1


def _user_files(paths: Sequence[Path]) -> Iterable[tuple[str, str, dict[str, Any], dict[int, int]]]:
    for path in paths:
        text, origin = _user_file(path)
        data, lines = _load_yaml(text, origin)
        if not isinstance(data, dict):
            raise DatamapError("expected a mapping at the top level", origin, 1)
        yield text, origin, data, lines


def load_knowledge(extra: Sequence[Path] = (), categories: frozenset[str] | None = None) -> Knowledge:
    """The packaged knowledge plus users' files. A user file may hold any of the three parts
    (``abbreviations``/``compounds``…, ``kinds``…, ``classes``/``rules``); its rules come first."""
    return _load(tuple(extra), categories)


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...], categories: frozenset[str] | None) -> Knowledge:
    knowledge = Knowledge()
    table_kinds: set[str] = set()
    user = list(_user_files(extra))
    words_text, words_origin = _packaged("words.yaml")
    _add_words(knowledge, _validate(WordsFile, _load_yaml(words_text, words_origin, SAFE_LOADER)[0], words_origin, {}))
    tables_text, tables_origin = _packaged("tables.yaml")
    packaged_tables = _validate(TablesFile, _load_yaml(tables_text, tables_origin, SAFE_LOADER)[0], tables_origin, {})
    _add_tables(knowledge, packaged_tables, table_kinds)
    word_keys, table_keys = set(WordsFile.model_fields), set(TablesFile.model_fields)
    user_tables: list[tuple[str, TablesFile]] = []
    for _, origin, data, lines in user:
        part = {k: v for k, v in data.items() if k in word_keys}
        _add_words(knowledge, _validate(WordsFile, part, origin, lines))
        part = {k: v for k, v in data.items() if k in table_keys}
        user_tables.append((origin, _validate(TablesFile, part, origin, lines)))
        _add_tables(knowledge, user_tables[-1][1], table_kinds)
        unknown = set(data) - word_keys - table_keys - set(RulesFile.model_fields)
        if unknown:
            import difflib

            name = sorted(unknown)[0]
            close = difflib.get_close_matches(name, word_keys | table_keys | set(RulesFile.model_fields), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise DatamapError(f"unknown section {name!r}{hint}", origin, None)
    for _, origin, data, lines in user:
        part = {k: v for k, v in data.items() if k in RulesFile.model_fields}
        _add_rules(knowledge, _validate(RulesFile, part, origin, lines), origin, lines, categories, table_kinds)
    rules_text, rules_origin = _packaged("rules.yaml")
    data, lines = _load_yaml(rules_text, rules_origin, SAFE_LOADER)
    _add_rules(knowledge, _validate(RulesFile, data, rules_origin, lines), rules_origin, lines, categories, table_kinds)
    if categories is not None:
        named = [d.category for specs in knowledge.defaults.values() for d in specs]
        named += [c for spec in (knowledge.times, knowledge.flags)
                  for c in (*spec.become.values(), *spec.partial, *spec.partial.values()) if c]
        named += list(knowledge.coded_keep) + list(knowledge.comments_never)
        named += [*knowledge.numbers.never, *([knowledge.numbers.become] if knowledge.numbers.become else [])]
        for category in named:
            if category not in categories:
                raise DatamapError(f"unknown category {category!r} in table defaults or time/flag rules",
                                   "knowledge files")
    knowledge.vocabulary.update(w for phrase in knowledge.table_kinds for w in phrase)
    for expansion in knowledge.abbreviations.values():
        knowledge.vocabulary.update(expansion)
    for origin, tables in user_tables:
        own = Knowledge()  # the word lists of this file alone, read with all the knowledge
        _add_tables(own, tables, set())
        for name, words, read in unreadable_table_words(knowledge, own)[:1]:
            raise DatamapError(f"the {name.removeprefix('table_')} entry {' '.join(words)!r} can never match: "
                               f"a name holding these words is read as {' '.join(read)!r}; write that instead",
                               origin, None)
    for phrase, read, rule in unreadable_phrases(knowledge, packaged=False) if user else ():
        path, _, line = rule.origin.rpartition(":")
        raise DatamapError(f"the phrase {' '.join(phrase)!r} can never match: a name holding these words is read "
                           f"as {' '.join(read)!r} (see the abbreviations); write that instead",
                           *((path, int(line)) if line.isdigit() else (rule.origin, None)))
    return knowledge


def unreadable_phrases(knowledge: Knowledge, packaged: bool | None = None
                       ) -> list[tuple[tuple[str, ...], tuple[str, ...], Rule]]:
    """The rules' phrases no column name is read into (``pic url``: names read pic as picture), each
    with its own reading and its first rule; only packaged or users' rules when ``packaged`` says so."""
    from scanner.classify.words import WordReader  # words.py reads with this module's knowledge

    reader = WordReader(knowledge)
    found = []
    for phrase, rules in knowledge.rules.items():
        mine = [r for r in rules if packaged is None or r.packaged == packaged]
        if mine and not reader.can_read(phrase):
            found.append((phrase, reader._read(phrase), mine[0]))
    return found


# The word lists of tables.yaml met only by the words a table's or a column's name is read into (its
# singular, abbreviations expanded, compounds split), named as Knowledge holds them.
_READ_TABLE_WORDS = (
    "table_kinds", "head_facts", "person_head_facts", "dominant_words", "column_facts", "record_heads",
    "person_owners", "settings_heads", "ambiguous_persons", "held_event_heads", "machine_actors", "record_nouns",
    "collectives", "person_holding_orgs", "natural_person_heads", "tally_tails", "timetable_heads", "template_heads",
    "generic_heads", "record_heads_of_commerce", "addressed_heads",
    "lookup_words", "contact_list_heads", "editorial_heads", "private_qualifiers", "person_qualifiers",
    "extension_heads", "place_heads", "value_heads", "schedule_columns", "forum_columns", "natural_columns",
    "password_columns", "conversation_columns", "row_time_words", "describing_columns", "read_columns",
    "author_words", "session_secret_columns", "varying_audience", "endpoint_columns", "lookup_row_words",
    "contact_tables", "one_owner_health", "one_owner_activity", "message_heads", "chat_address_columns",
    "address_book_extras", "model_columns")


def unreadable_table_words(knowledge: Knowledge, lists: Knowledge | None = None
                           ) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The entries of tables.yaml's word lists (of ``lists``, a user's file's, when given) that no name
    is read into with ``knowledge`` (kinds' ``users``: names are read singular, as user; ``usr`` is read
    user), each with its list and its own reading."""
    from scanner.classify.words import WordReader  # words.py reads with this module's knowledge

    reader = WordReader(knowledge)
    found = []
    for name in _READ_TABLE_WORDS:
        held = getattr(knowledge if lists is None else lists, name)
        entries = ({w for words in held.values() for w in words} if name == "dominant_words"
                   else held.keys() if isinstance(held, dict) else held)
        for entry in sorted(entries):
            words = entry if isinstance(entry, tuple) else _words(entry)
            if not reader.can_read(words):
                found.append((name, words, reader._read(words)))
    return found
