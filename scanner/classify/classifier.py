"""Classify fields into personal-data categories from their names, tables, types, keys and comments.

Pure functions of their input: the same fields and knowledge always give the
same classifications. Pins (inline annotations, reviewed overrides) win over
inference and are applied here too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from catalog.model import Classification, Field, Signal, ValueProfile
from scanner.classify.context import BY_COLUMNS, CONTENT_KINDS, TableContext, TableReader
from scanner.classify.estate import RECORD_ID, EstateReader
from scanner.classify.glossary import load_glossary
from scanner.classify.inflect import singular
from scanner.classify.knowledge import DefaultSpec, Knowledge, TimesSpec
from scanner.classify.learned import (
    COMMENT_WORDS,
    OVERRULE_AT,
    PERSONAL_AT,
    SHARE_PARTS,
    Column,
    LearnedModel,
    explain,
    packaged_model,
)
from scanner.classify.matching import Match, RuleMatcher, Situation
from scanner.classify.types import enum_value_list, fractional, text_length, type_family
from scanner.classify.words import WordReader, split_identifier
from scanner.collector import no_gc
from scanner.values.profile import strength as value_strength

NON_PERSON_KINDS = frozenset({"org", "thing", "system", "commerce"})
# Kinds of tables whose rows are never persons (a patient's clinical records included): a key
# to one of them is no person's id.
_NOT_PERSON_ROWS = NON_PERSON_KINDS | CONTENT_KINDS | {"activity", "health"}
_TYPE_CATEGORIES = {"ip": "user.device.ip_address", "mac": "user.device.device_id"}
# A postal address's keys, which a network type's column never holds whatever its name.
_POSTAL = "user.contact.address"
# Key words after which a text column named by an agent noun holds a row's id (recorder_id as a
# string key), unlike a token or a hash (bearer_token).
_TEXT_ROLE_KEYS = frozenset({"id", "uid", "uuid", "guid"})
# A comment alone is weak evidence (measured: about half right when nothing else speaks).
_COMMENT_CONFIDENCE = 0.55
# Weight (share of sampled values x detector strength) at which values decide against a name.
_VALUES_DECIDE = 0.6
# Kinds of values that any row key may look like (UUIDs are read as device ids), and the
# most they weigh in a column whose type or name makes it a key.
_KEY_LIKE_VALUES = ("user.device.device_id", "user.unique_id")
_KEY_LIKE_WEIGHT = 0.35
# Categories that, in a table of organisations or things, are the organisation's or thing's own.
_CONTACT_LIKE = ("user.contact", "user.name", "user.account.username", "user.content.self_image")
# A device, which in a table of things that keys no person (a task of an archive's node) is the system's.
_DEVICE = "user.device"
# The fewest letters a key's words must have to name, as the end of its name, a table whose name glues its words.
_GLUED_NAME = 6
# The clinical category: a declared key to a clinical table keys its row, no clinical value (see _row_key).
_HEALTH = "user.health_and_medical"
_NAME = "user.name"
# Secrets, and the fewest characters a column must be declared to hold to keep one (a session id in
# a varchar(1) is a placeholder, a token slot a letter).
_PASSWORD = "user.authorization.password"
_SECRETS = ("user.authorization.credentials", _PASSWORD)
_SECRET_MIN_LENGTH = 6
# The fewest characters a text column must be declared to hold to keep a person's key: one of three
# or fewer holds a yes/no or a code (an operator's sign, a country code, 'yes'), as a flag does.
_KEY_MIN_LENGTH = 4
# A password's salt is one however short it is declared (a 4-character salt beside the hash).
_SALT = "salt"
# A person's choices, which a thing named before them is what they are about (see ``_owner``).
_CHOICES = ("user.account.settings", "user.privacy_preferences")
# Names only a natural person has: an organisation or a thing has no first or last name, so a
# table of things holding one names a person (a payment instance's first name is its holder's).
_NATURAL_ONLY = ("user.name.first", "user.name.last")
# Evidence the learned model never overrides: a pin, a comment, sampled values.
_FIRM_SIGNALS = frozenset({"annotation", "comment", "values"})
# How a table kind's default reading begins (``_default``): the rules name no category of their own.
_DEFAULT_READING = "no rule names it"
# Facts of a table whose rows each name a person: by a key (user_id) or by a login name (username).
_NAMES_PERSON = frozenset({"person_key", "login_name"})
# The last words of a column name that key a row (handle_id, target_uid), whose comment may say whose.
_KEY_HEADS = frozenset({"id", "uid"})
# Values of a person's that a declared key to a table of no persons never holds, whatever its name:
# it keys that table's rows (ticketlines.taxid to taxes keys a tax rate, email_id to emails a message).
_NEVER_KEYS = ("user.government_id", "user.contact.email", "user.contact.phone_number")
# Categories a non-person owner word does not cancel (a room's creator id is still a person's id).
_OWNED_OK = ("user.unique_id", "user.contact.organization", "user.workplace")


def _names_of(table: str) -> set[str]:
    """A referenced table's name as tables of persons, things or records are listed: whole and
    without its schema, lower-cased."""
    return {table.lower(), table.rsplit(".", 1)[-1].lower()}


@dataclass(frozen=True)
class Extension:
    """A policy's own category key under a taxonomy parent, with the words that select it."""

    key: str
    parent: str
    match: tuple[tuple[str, ...], ...]


class Reading(NamedTuple):
    """What the name, type and table kind say about a column, before comments and values."""

    words: tuple[str, ...]
    match: Match | None
    family: str | None
    category: str | None
    confidence: float
    because: str
    signals: tuple[Signal, ...]


def _under(category: str, prefixes: Iterable[str]) -> bool:
    """Whether ``category`` is one of ``prefixes`` or below one (the root ``user`` only itself)."""
    return any(category == p or (p != "user" and category.startswith(p + ".")) for p in prefixes)


def _by_prefix(category: str, readings: Mapping[str, str | None]) -> str | None:
    """The reading of the most specific prefix of ``category`` in ``readings``, or None."""
    found = [prefix for prefix in readings if _under(category, (prefix,))]
    return readings[max(found, key=len)] if found else None


def _become(category: str, spec: TimesSpec, kind: str) -> str | None:
    """What a time or flag about ``category`` is (``token_used_at``, ``send_email``)."""
    if spec.become_in is not None and kind not in spec.become_in:
        return None
    return _by_prefix(category, spec.become)


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


class Classifier:
    """Holds the compiled knowledge; ``classify_fields`` does the work."""

    def __init__(self, knowledge: Knowledge, extensions: Sequence[Extension] = (),
                 categories: frozenset[str] | None = None, learned: bool = True) -> None:
        """``learned``: let the packaged learned model read the columns the rules leave open."""
        self.knowledge = knowledge
        self.learned: LearnedModel | None = packaged_model() if learned else None
        self.words = WordReader(knowledge)
        self.glossary = load_glossary()
        self.tables = TableReader(self.words)
        self.extensions = tuple(extensions)
        self.categories = categories
        self.matcher = RuleMatcher(knowledge, self.words)
        self.estate = EstateReader(self.tables, self.matcher)
        self._by_name_cached = lru_cache(maxsize=1 << 18)(self._by_name)
        self._situation = lru_cache(maxsize=1024)(Situation)
        self._unreferenced_cached = lru_cache(maxsize=1 << 18)(self._unreferenced)

    # -- delegates to the matcher (kept for callers and tests) -----------------------------
    def read_name(self, name: str) -> tuple[str, ...]:
        """The words of a column name as rules read them."""
        return self.matcher.read_name(name)

    def matches(self, words: tuple[str, ...]) -> tuple[Match, ...]:
        """Every rule phrase that occurs in ``words``, best first."""
        return self.matcher.matches(words)

    # -- reading a column with its table ------------------------------------------------
    def _qualified(self, words: tuple[str, ...], alone: Match | None, pk: bool, family: str | None,
                   table: Situation, head: tuple[str, ...]) -> tuple[tuple[str, ...], Match] | None:
        """The column read with its table's name before it, when a rule phrase spans both
        (``push_tokens.token`` -> push token, ``devices.name`` -> device name) and the column
        alone says nothing or is one phrase. Person tables are left out: their name only repeats
        whose the column is (``users.name``); so are primary keys."""
        if table.kind == "person" or table.kind in self.knowledge.non_person_owners or not words or pk:
            return None
        if alone is not None and alone.rule.category is not None and (alone.start, alone.end) != (0, len(words)):
            return None
        if head and head[-1] == words[0]:
            head = head[:-1]
        if not head or (head[-1], words[0]) not in self.knowledge.phrase_pairs:
            return None
        joined = head + words
        match = self.matcher.best(joined, pk, family, table)
        if (match is None or match.rule.category is None or match.rule.category.startswith("user.unique_id")
                or not match.start < len(head) < match.end):
            return None
        return joined, match

    def _coded(self, words: tuple[str, ...], alone: Match | None, pk: bool, family: str | None,
               table: Situation) -> Match | None:
        """The match of a column's head words when the name ends in a coded tail and says
        nothing else (``gender_concept_id`` -> gender, ``condition_source_value`` -> condition):
        only for the attribute and clinical categories the knowledge keeps, never person ids, and
        only where a row may be a person's: a table of things or of unknown kind that keys no person
        (a catalogue of genes) holds lookups, not a coded attribute of anyone."""
        k = self.knowledge
        if pk or (alone is not None and alone.rule.category is not None):
            return None
        if "person_key" not in table.has and table.kind in ("unknown", *k.non_person_owners):
            return None
        if alone is not None and not (alone.rule.soft or set(alone.rule.phrase) <= k.key_words):
            return None
        for tail in k.coded_tails:
            n = len(tail)
            if len(words) > n and words[-n:] == tail:
                match = self.matcher.best(words[:-n], pk, family, table)
                if match is not None and match.rule.category and _under(match.rule.category, k.coded_keep):
                    return match
        return None

    def _role_key(self, words: tuple[str, ...], match: Match, pk: bool, table: Situation) -> bool:
        """Whether a key column names a person first and no thing after (``id_member_installed``
        reads member installed id): it keys that person, though only the bare key word matched.
        A word placing the row in a hierarchy (parent_record_id) names no person."""
        k = self.knowledge
        if pk or match.rule.category is not None or not set(match.rule.phrase) <= k.key_words:
            return False
        if len(words) < 3 or words[-1] not in k.key_words or table.kind in k.non_person_owners:
            return False
        if (not self.matcher.is_person_word(words[0]) or words[0] in k.hierarchy_words
                or "tenant:" + words[0] in table.has):
            return False
        return not any(k.table_kinds.get((w,)) in _NOT_PERSON_ROWS | {"person_data"} for w in words[1:-1])

    def _own_tally(self, words: tuple[str, ...], category: str | None, table: Situation) -> bool:
        """Whether a counter on a person's own row (group_count, following_tags_count) counts what
        they did, whatever thing it counts."""
        return (table.kind == "person" and category == "user.behavior" and bool(words)
                and words[-1] in self.knowledge.tally_tails)

    def _owner(self, words: tuple[str, ...], match: Match, category: str, domain: str | None = None) -> str | None:
        """The non-person thing the matched words describe (``owner_noun``). A thing named before a
        person's choice is what the choice is about (milestone_notifications, channel_allow_cid on
        their row), not whose it is: for a choice only a thing named after it counts (settings_index). Matched
        words naming a person (a forum's last_poster_name) are that person's, whatever thing they describe.
        A place of the domain's care (a clinic) before a fact of the domain's kind (clinic_diagnosis) is
        where the subject was cared for, not whose the fact is."""
        if any(self.matcher.is_person_word(word) for word in words[match.start:match.end]):
            return None  # the matched words name a person (forum_last_poster_name): theirs, not the thing's
        owner = self.matcher.owner_noun(words, match)
        if (owner is not None and domain is not None and category.startswith(_HEALTH)
                and owner in self.knowledge.domains[domain].places):
            return None  # a clinic's diagnosis is the patient's, made at the clinic
        if owner is not None and category.startswith(_CHOICES) and match.start > 0 and owner == words[match.start - 1]:
            return self.matcher.owner_noun(words[match.start:], Match(match.rule, 0, match.end - match.start))
        return owner

    def _counts_persons(self, name: str, words: tuple[str, ...], match: Match, family: str | None) -> bool:
        """Whether a number named by persons in the plural, with no key word (``guests``,
        ``ss_users``, ``num_guest_voters``, ``topicAdmins``), counts them rather than keys one."""
        if family != "number" or match.end != len(words) or not self.knowledge.key_words.isdisjoint(match.rule.phrase):
            return False
        return self._plural_of(name, words[-1]) and self.matcher.is_person_word(words[-1])

    def _plural_of(self, name: str, word: str) -> bool:
        """Whether ``name`` ends in ``word`` in the plural, alone or glued to the words before it
        (``guests``, ``currentusers``, ``nsubscribers``)."""
        last = (split_identifier(name) or [""])[-1]
        one = singular(last, self.knowledge.singular_exceptions)
        return one != last and one.endswith(word)

    def _repeats_table(self, words: tuple[str, ...], match: Match | None, table: Situation,
                       head: tuple[str, ...]) -> bool:
        """Whether a column of a table of uploads is named by the table's own word first and more
        (``media_name``, ``img_sha1`` in image): that word, all the rule matched, names the upload the
        row is, so the words after it say what the column holds of it."""
        if match is None or not head or len(words) < 2 or words[0] != head[-1]:
            return False
        return (table.kind in CONTENT_KINDS and words[0] in self.knowledge.upload_heads
                and (match.start, match.end) == (0, 1))

    def _lists_persons(self, name: str, words: tuple[str, ...], family: str | None, table: Situation) -> bool:
        """Whether a text or JSON column whose name ends in persons in the plural (``group_admins``,
        ``rate_voters``, ``newsletter_subscribers``) lists them: the keys of those persons, as a
        number so named counts them (``_counts_persons``). Not what is meant for them (a welcome
        message for moderators), nor kin words that place things in a tree outside a person's table
        (a forum's forum_parents)."""
        if family not in ("text", "json") or len(words) < 2 or words[-2] == "for":
            return False
        last = (split_identifier(name) or [""])[-1]
        one = singular(last, self.knowledge.singular_exceptions)
        if one in self.knowledge.agent_nouns.person_table_roles and table.kind != "person":
            return False
        return one != last and one == words[-1] and self.matcher.is_person_word(one)

    @staticmethod
    def _person_count(table: Situation, because: str) -> tuple[str | None, float, str]:
        """What a number counting persons is: on a person's own row, how many they have (their
        subscribers); in a person's settings, a choice about such persons (what to do with notices
        from new accounts); elsewhere a statistic of the row (a room's members), no one's."""
        plural = ", but as a number named in the plural it"
        if table.kind == "person":
            return "user.behavior", 0.6, f"{because}{plural} counts a person's such ties"
        if "settings" in table.has:
            return "user.account.settings", 0.6, f"{because}{plural} is a choice about such persons"
        return None, 0.7, f"{because}{plural} counts those persons"

    def _is_time(self, family: str | None, words: tuple[str, ...]) -> bool:
        return family == "time" or (family == "number" and bool(words) and words[-1] in self.knowledge.time_words)

    def _flag(self, family: str | None, sql_type: str | None, category: str, words: tuple[str, ...] = ()) -> bool:
        """Whether a column named as data a flag cannot hold (``category``) is a yes/no flag: a
        boolean type, or a tiny integer (MySQL's tinyint(4), a flag's usual type there:
        emailnotifymsg, jabberreplies say whether to notify, they hold no message). A tiny integer
        named as a person's key is left to the key rules, and one named a type, a kind, a score or a
        month (device_type tinyint(1), overall_score) holds that code or number (``tiny_values``)."""
        if _under(category, self.knowledge.flags.keep) and not _under(category, self.knowledge.flags.become):
            return False
        tiny = (sql_type or "").lower().startswith("tinyint")
        if tiny and words and words[-1] in self.knowledge.flags.tiny_values:
            return False
        if family == "bool":
            return True
        return tiny and not category.startswith("user.unique_id")

    def _partial_flag(self, family: str | None, sql_type: str | None, category: str, words: tuple[str, ...],
                      match: Match, kind: str) -> bool:
        """Whether a yes/no flag on a row of kind ``kind`` names a kept category (``flags.partial``)
        only in part of its name: on a person's own row, joined or is_online is what they did, but
        track_comment_visits or display_emoji_reaction_users switches what they see. A tiny integer
        counting something (num_cart_items, a post count) is no yes/no."""
        spec = self.knowledge.flags
        whole = (match.start, match.end) == (0, len(words))
        if whole or kind not in spec.partial_in or not _under(category, spec.partial):
            return False
        if family == "bool":
            return True
        counted = self.knowledge.tally_tails | {"number"}
        return ((sql_type or "").lower().startswith("tinyint") and counted.isdisjoint(words)
                and not (words and words[-1] in spec.tiny_values))

    def _written_in_number(self, family: str | None, category: str, match: Match) -> bool:
        """Whether a number column is named as written text (``numbers_never``: a message or a
        comment, which a number only keys, counts or codes) by a rule not written for numbers."""
        return (family == "number" and category in self.knowledge.numbers.never
                and (match.rule.types is None or "number" not in match.rule.types))

    @staticmethod
    def _too_short(sql_type: str | None) -> bool:
        """Whether a character type is declared too short to hold a secret (``varchar(1)``)."""
        length = text_length(sql_type)
        return length is not None and length < _SECRET_MIN_LENGTH

    def _contact_of_non_person(self, category: str, words: tuple[str, ...], table: Situation,
                               phrase: tuple[str, ...] = ()) -> bool:
        """Contact details and names in a table of organisations or things are theirs (a store's
        e-mail, a server's handle), and so is a device where no column keys a person (the node a
        system task runs on, a crawler's user agent), unless the column names a person
        (owner_email) outside a device's own ``phrase`` (the user of a user agent names no one), or a
        name is of who acted on the row (create_name, update_name)."""
        if table.kind not in self.knowledge.non_person_owners:
            return False
        unkeyed_device = category.startswith(_DEVICE) and "person_key" not in table.has
        if not category.startswith(_CONTACT_LIKE) and not unkeyed_device:
            return False
        if category.startswith(_OWNED_OK) or category in _NATURAL_ONLY:
            return False
        named = tuple(w for w in words if w not in phrase) if unkeyed_device else words
        actors = self.knowledge.actor_words if category == _NAME else ()
        return not any(self.matcher.is_person_word(word) or word == "by" or word in actors for word in named)

    # -- one field ------------------------------------------------------------------
    def _by_name(self, name: str, sql_type: str | None, pk: bool, table: Situation,
                 head: tuple[str, ...]) -> Reading:
        """What the name alone says in this situation (cached: the same for every table alike)."""
        family = type_family(sql_type)
        words = self.matcher.read_name(name, table.domain)
        category, confidence, because = None, 0.7, "no rule matches its words"
        signals: list[Signal] = []
        match = self.matcher.best(words, pk, family, table)
        if self._repeats_table(words, match, table, head):
            words = words[1:]
            match = self.matcher.best(words, pk, family, table)
        qualified = self._qualified(words, match, pk, family, table, head)
        if qualified is not None:
            words, match = qualified
        coded = None if qualified is not None else self._coded(words, match, pk, family, table)
        if coded is not None:
            match = coded
        if match is not None and self._role_key(words, match, pk, table):
            reason = f"name words '{' '.join(words)}' key the person '{words[0]}'"
            signals.append(Signal("name", reason, "user.unique_id", 0.75))
            return Reading(words, match, family, "user.unique_id", 0.75, reason, tuple(signals))
        if match is None and table.kind not in ("org", "system") and self._lists_persons(name, words, family, table):
            because = f"name words '{' '.join(words)}' end in persons in the plural: a list of their keys"
            signals.append(Signal("name", because, "user.unique_id", 0.6))
            return Reading(words, match, family, "user.unique_id", 0.6, because, tuple(signals))
        if match is not None:
            category, confidence = match.rule.category, match.rule.confidence
            if match.rule.tables is None and table.kind == "unknown" and category:
                confidence -= 0.1
            because = f"name words '{' '.join(words)}' match '{match.rule.written}'"
            if coded is not None:
                because += f", a coded value of it ('{' '.join(words[match.end:])}')"
            owner = (self._owner(words, match, category, table.domain)
                     if category and qualified is None and not match.rule.leading
                     and not category.startswith(_OWNED_OK) else None)
            if owner is not None and table.kind == "person" and owner in head:
                owner = None  # a person table's own name before its columns (channel_prvkey) names the person
            if owner is not None and self._own_tally(words, category, table):
                owner = None  # a person's count of groups or of followed tags counts what they did
            tenant = next((w for w in match.rule.phrase if "tenant:" + w in table.has), None)
            if tenant is not None and category and category.startswith("user.unique_id"):
                because += f", but {tenant}s are tenants in this schema, not persons"
                category, confidence = None, 0.7
            elif category == "user.unique_id" and self._named_beside_key(name, words, family, sql_type, table):
                because += f", but a number keys the {words[0]} in another column: this text is their name"
                category, confidence = _NAME, 0.6
            elif owner is not None:
                because += f", but they describe a {owner}, which is no person"
                category, confidence = None, 0.7
            elif (category and category.startswith("user.unique_id")
                  and self._counts_persons(name, words, match, family)):
                category, confidence, because = self._person_count(table, because)
            elif (category and _under(category, _SECRETS) and self._too_short(sql_type)
                  and _SALT not in match.rule.phrase):
                because += f", but its type {sql_type} is too short to hold a secret"
                category, confidence = None, 0.7
            elif category and self._contact_of_non_person(category, words, table, match.rule.phrase):
                because += ", but its table holds no persons and the name names none"
                category, confidence = None, 0.7
            elif category and self._is_time(family, words) and not _under(category, self.knowledge.times.keep):
                category = _become(category, self.knowledge.times, table.kind)
                because += f"; as a time it records an event of it, so {category or 'not personal data'}"
            elif category and self._partial_flag(family, sql_type, category, words, match, table.kind):
                category = _by_prefix(category, self.knowledge.flags.partial)
                because += (f"; as a yes/no its words name that only in part, so it switches what the person sees: "
                            f"{category or 'not personal data'}")
            elif category and self._flag(family, sql_type, category, words):
                category = _become(category, self.knowledge.flags, table.kind)
                because += f"; as a yes/no flag it holds no such value, so {category or 'not personal data'}"
            elif category and self._written_in_number(family, category, match):
                numbers = self.knowledge.numbers
                category = numbers.become if table.kind in numbers.become_in else None
                because += f"; a number holds no text, only a key, a count or a code: {category or 'not personal data'}"
            signals.append(Signal("name", because, category, confidence))
        return Reading(words, match, family, category, confidence, because, tuple(signals))

    @staticmethod
    def _named_beside_key(name: str, words: tuple[str, ...], family: str | None, sql_type: str | None,
                          table: Situation) -> bool:
        """Whether a text column named by a person word alone (``sender``) sits beside a number keying
        that person (``sender_user_id``): the text is a copy of their name, the number their key."""
        return (family == "text" and name.lower() == words[0] and f"keyed:{words[0]}" in table.has
                and (text_length(sql_type) or _KEY_MIN_LENGTH) >= _KEY_MIN_LENGTH)

    def _finish(self, reading: Reading, sql_type: str | None, pk: bool, table: Situation,
                referenced: bool, head: tuple[str, ...] = (), may_be_person: bool = False, name: str = "") -> Reading:
        """The type's and the table kind's say after the name (and any reference; ``may_be_person``:
        to a table not known to hold no persons). A number named by an agent noun alone in the plural
        (``seeders``, ``nmembers``) counts such persons, as ``_counts_persons`` says of a person word."""
        words, match, family, category, confidence, because, signals = reading
        added: list[Signal] = []
        postal = category is not None and category.startswith(_POSTAL)
        if family in _TYPE_CATEGORIES and (category is None or postal) and table.kind not in NON_PERSON_KINDS:
            # an inet column named an address (FramedIPv6Address) holds a network address, never a postal one
            category, confidence = _TYPE_CATEGORIES[family], 0.9
            because = f"its type {sql_type} holds {category.rsplit('.', 1)[-1].replace('_', ' ')}" + (
                ", whatever 'address' in its name says" if postal else "")
            added.append(Signal("type", because, category, confidence))
        levels = self._access_levels(sql_type) if table.kind in ("person", "person_data") else None
        if levels is not None and category != "user.unique_id":
            category, confidence = "user.authorization", 0.8
            because = f"its values ({', '.join(levels)}) are levels of access a person is granted"
            added.append(Signal("type", because, category, confidence))
        keyed = match is not None and match.rule.category is None and set(match.rule.phrase) <= self.knowledge.key_words
        if category is None and (match is None or keyed) and (not referenced or may_be_person):
            agent = self._agent(words, family, table, head if pk else ())
            if agent is not None and family == "number" and len(words) == 1 and self._plural_of(name, words[0]):
                category, confidence, because = self._person_count(table, agent)
                added.append(Signal("name", because, category, confidence))
            elif agent is not None:
                category, confidence, because = "user.unique_id", 0.7, agent
                added.append(Signal("name", because, category, confidence))
        if category is None and (match is None or match.rule.soft or keyed) and not referenced:
            own = bool(head) and len(words) == 2 and words[0] == head[-1] and words[1] in self.knowledge.key_words
            if not own:
                category, confidence, because = self._default(pk, words, family, table, added, confidence, because,
                                                              match is not None, head)
        return Reading(words, match, family, category, confidence, because, signals + tuple(added))

    def _access_levels(self, sql_type: str | None) -> tuple[str, ...] | None:
        """The values of an enum type when all are levels of access and one grants some (ZoneMinder's
        ``Monitors enum('None','View','Edit')``), else None."""
        values = enum_value_list(sql_type)
        levels = self.knowledge.access_levels
        if len(values) < 2 or not all(v in levels for v in values) or not any(levels[v] for v in values):
            return None
        return values

    def _agent(self, words: tuple[str, ...], family: str | None, table: Situation,
               own: tuple[str, ...] = ()) -> str | None:
        """Why a key-typed column named by an agent noun alone or with a key word (``committer``,
        ``tagger_id``, also after a word saying where: ``lab_attendant_id``; a text column only with
        an id word: ``recorder_id varchar(255)`` holding a string key) refers to a person: the noun
        names the role someone plays on the row. A noun ending in a thing's noun (``disporder``,
        ``showinregister``) names no one; nor does the primary key of a table named after the noun
        (``own``: the table's name words), nor a counter beside the noun (``peer_seq``)."""
        spec = self.knowledge.agent_nouns
        if table.kind in NON_PERSON_KINDS - {"thing", "commerce"}:
            return None
        keyed = len(words) in (2, 3) and words[-1] in self.knowledge.key_words
        if keyed and words[-1] in spec.counter_keys:
            return None  # a place in a sequence beside the role (peer_seq): a counter, no one's key
        text_keyed = keyed and words[-1] in _TEXT_ROLE_KEYS
        if not (family in ("number", "uuid") and (len(words) == 1 or keyed)) and not (family == "text" and text_keyed):
            return None
        if len(words) == 3 and self.knowledge.table_kinds.get(words[:1]) in self.knowledge.non_person_owners:
            return None  # the role of a thing's (a server's owner), not one on this row
        noun = words[-2] if keyed else words[0]
        if own and own[-1].removesuffix("s") == noun:
            return None
        if noun in spec.roles or (noun in spec.person_table_roles and table.kind == "person"):
            return f"name word '{noun}' names a person by their role or kinship"
        if self.knowledge.table_kinds.get((noun,), "person") == "person" and self.knowledge.names_occupation(noun):
            return f"name word '{noun}' names a person by their occupation"
        if (len(noun) < spec.min_length or not noun.endswith(tuple(spec.suffixes))
                or noun.endswith(tuple(spec.not_persons))
                or self.knowledge.table_kinds.get((noun,), "person") != "person"):
            return None
        return f"name word '{noun}' names the role a person plays on the row"

    def _unreferenced(self, name: str, sql_type: str | None, pk: bool, table: Situation,
                      head: tuple[str, ...]) -> Reading:
        return self._finish(self._by_name(name, sql_type, pk, table, head), sql_type, pk, table, False, head,
                            name=name)

    def classify(self, field: Field, table: TableContext, person_tables: frozenset[str],
                 profile: ValueProfile | None = None, thing_tables: frozenset[str] = frozenset(),
                 record_tables: frozenset[str] = frozenset()) -> Classification:
        pinned = self._pinned(field)
        if pinned is not None:
            return pinned
        situation = self._situation(table.kind, table.has, table.domain)
        head = self.tables.name_words(table.name)[-2:]
        table_note = f"table {table.name} is {table.kind.replace('_', ' ')} ({table.reason})"
        keyed_here = table.person_keys or table.row_primary_keys
        own = self._own_key(field, table) if field.references is None and keyed_here else None
        if own is not None:
            reading = own
        elif field.references is None:
            reading = self._unreferenced_cached(field.name, field.type, field.primary_key, situation, head)
        else:
            reading = self._by_name_cached(field.name, field.type, field.primary_key, situation, head)
            signal_list = list(reading.signals)
            category, confidence, because = self._reference(field, table, person_tables, reading.category,
                                                            reading.confidence, reading.because, signal_list,
                                                            thing_tables)
            referenced = Reading(reading.words, reading.match, reading.family, category, confidence, because,
                                 tuple(signal_list))
            target = field.references.table
            may_be_person = (self.tables.kind_of_name(target)[0] not in _NOT_PERSON_ROWS
                             and not _names_of(target) & thing_tables)
            reading = self._finish(referenced, field.type, field.primary_key, situation, True,
                                   may_be_person=may_be_person, name=field.name)
            reading = self._coded_reference(reading, target, table)
            reading = self._row_key(reading, target, record_tables)
            reading = self._keys_persons_record(reading, target, person_tables)
        if field.references is None and not field.primary_key:
            reading = self._undeclared_row_key(reading, record_tables, table.name.lower())
        if field.primary_key and field.references is None:
            reading = self._sign_in_account_key(reading, table, field.type)
            reading = self._extension_key(reading, table)
            reading = self._record_of_a_person_key(reading, table)
        words, match, family, category, confidence, because, found = reading
        signals = list(found)
        if category == "user.unique_id" and field.references is None and self._keys_thing(words, thing_tables):
            because += f", but this schema's {' '.join(words[:-1])} table holds no persons"
            category, confidence = None, 0.75
            signals.append(Signal("table", because, None, confidence))
        elif (category is not None and category.startswith("user.unique_id") and field.references is None
              and table.kind != "person" and (row_id := self._rows_own_id(field, words, table, head))):
            because += row_id
            category, confidence = None, 0.75
            signals.append(Signal("table", because, None, confidence))
        elif (category is not None and category.startswith("user.unique_id") and field.references is None
              and not field.primary_key and family == "text" and words in table.record_numbers
              and table.kind != "person"):
            because += (", but the patients' own rows keep it beside their key as the number of their medical"
                        " record: this copies that number")
            category, confidence = RECORD_ID, 0.75
            signals.append(Signal("table", because, category, confidence))
        if category is not None and category.startswith("user.unique_id") and fractional(field.type):
            category, confidence, because = self._amount_not_key(field.type, table.kind, because)
            signals.append(Signal("type", because, category, confidence))
        elif (category is not None and category.startswith("user.unique_id")
              and (text_length(field.type) or _KEY_MIN_LENGTH) < _KEY_MIN_LENGTH):
            # on a person's own row such a yes/no is one of theirs, as a flag is; elsewhere a code of the row
            category = _become(category, self.knowledge.flags, table.kind) if table.kind == "person" else None
            confidence = 0.7
            because += (f", but its type {field.type} is too short to hold a key: a yes/no or a code, so "
                        f"{category or 'not personal data'}")
            signals.append(Signal("type", because, category, confidence))
        elif (category == _PASSWORD and family == "number" and field.annotation is None
              and not (match is not None and match.rule.types and "number" in match.rule.types)):
            # a count of attempts, a flag or a time of a change (users_timepasswd int): no secret
            category = "user.account" if table.kind in ("person", "person_data") else None
            confidence = 0.6
            because += (f", but its type {field.type} holds a number, never a password: "
                        f"{category or 'not personal data'}")
            signals.append(Signal("type", because, category, confidence))
        elif category is not None and category.startswith("user.unique_id") and self._counted(field.comment):
            because += f", but its comment '{field.comment}' says it counts them: a number of persons, no one's key"
            category, confidence = None, 0.75
            signals.append(Signal("comment", because, None, confidence))
        # A comment outweighs a table's less sure default reading (a relative's link dated by when
        # the relationship began), though not a rule nor a surer default (a clinical record's).
        if match is None and field.comment and (category is None or (
                because.startswith(_DEFAULT_READING) and confidence < _COMMENT_CONFIDENCE)):
            category, confidence, because = self._from_comment(field, family, table, signals,
                                                               category, confidence, because)
        elif category is None and field.comment and words and (
                words[-1] == "name" or (words[-1] in _KEY_HEADS and not field.primary_key)):
            category, confidence, because = self._whose(field, words[-1], family, table, signals,
                                                        confidence, because)
        elif category and field.comment:
            agree = self._comment_category(field, family, table)
            if agree and _related(agree, category):
                confidence = min(0.99, confidence + 0.05)
                because += "; its comment agrees"
        if profile is not None:
            category, confidence, because = self._from_values(profile, words, family, category,
                                                              confidence, because, signals)
        category = self._extend(category, words, self.tables.name_words(table.name))
        label = category or "not personal data"
        explanation = f"{label}: {because}; {table_note}"
        return Classification(category, round(max(0.0, min(1.0, confidence)), 2), explanation,
                              tuple(signals))

    def _counted(self, comment: str | None) -> bool:
        """Whether a comment, read in English, ends in a word of a tally (成员数: member count, 投票人数:
        vote count): the head of the compound says the column counts persons (a group's member_num, a
        poll's voter_num), whatever person its name's words put first."""
        english = self._comment_in_english((comment or "").strip())
        words = self.words.words(english) if english else ()
        return bool(words) and words[-1] in self.knowledge.tally_tails

    @staticmethod
    def _amount_not_key(sql_type: str | None, kind: str, because: str) -> tuple[str | None, float, str]:
        """What a column a person's word names reads as when its type holds fractional numbers
        (``operator1 double``, ``account decimal(10,2)``): an amount, never anyone's key. On a
        person's own row or a row of their data (a member's account, a salesman's break point) it is
        an amount of that person's, their finances; elsewhere (a price list's fee per operator) none."""
        if kind in ("person", "person_data"):
            return ("user.financial", 0.6, f"{because}, but its type {sql_type} holds fractional numbers, "
                    "never a key: on a person's row an amount of theirs")
        return None, 0.75, f"{because}, but its type {sql_type} holds fractional numbers, never a key"

    def _row_key(self, reading: Reading, target: str, record_tables: frozenset[str]) -> Reading:
        """A declared key named after the table it references and a key word (``pregnancy_id`` to
        ``pregnancies``, ``medication_id`` to ``medications``), a table of clinical records
        (``record_tables``), keys a row of it: the id of a record, no clinical value of its own. A key
        to a catalogue (a drug_id to drugs, an allergen_id) still codes what was given or found."""
        words, category = reading.words, reading.category
        if (category != _HEALTH or len(words) < 2
                or not _names_of(target) & record_tables
                or words[-1] not in self.knowledge.key_words
                or not self._names_table(words[:-1], target)):
            return reading
        because = f"{reading.because}, but it keys a row of {target}, no value of its own"
        return reading._replace(category=None, confidence=0.7, because=because,
                                signals=reading.signals + (Signal("foreign_key", because, None, 0.7),))

    def _keys_persons_record(self, reading: Reading, target: str, person_tables: frozenset[str]) -> Reading:
        """A declared key read as a person's only because its name starts with a person word
        (``practitioner_identifier_id``, ``contact_list_id``: see ``_role_key``) that references a
        table of no persons named by those words (``practitioner_identifiers``, ``contact_lists``)
        keys a row of that table, a record of the person's or a list, not the person."""
        words, match = reading.words, reading.match
        if (reading.category != "user.unique_id" or match is None or match.rule.category is not None
                or len(words) < 3 or words[-1] not in self.knowledge.key_words
                or not self.matcher.is_person_word(words[0]) or self.matcher.is_person_word(words[-2])
                or _names_of(target) & person_tables
                or not self._names_table(words[:-1], target)):
            return reading
        because = f"{reading.because}, but it references {target}, named by those words: it keys a row of it"
        return reading._replace(category=None, confidence=0.75, because=because,
                                signals=reading.signals + (Signal("foreign_key", because, None, 0.75),))

    def _undeclared_row_key(self, reading: Reading, record_tables: frozenset[str], own: str) -> Reading:
        """A key column no declared key explains, named after a table of clinical records of this
        schema (``prescription_id`` where ``prescription`` holds a patient's prescriptions,
        ``procedure_report_id`` beside ``procedure_report``): it keys a row of that table, as a
        declared one would (``_row_key``); a key to a catalogue (``drug_id``) still codes a value, and
        so does one named after its own table ``own`` (``immunizations.immunization_id``: the vaccine given)."""
        if reading.category != _HEALTH or len(reading.words) < 2 or reading.words[-1] not in self.knowledge.key_words:
            return reading
        others = record_tables - {own}
        target = next((t for t in sorted(others) if self._names_table(reading.words[:-1], t)), None)
        return reading if target is None else self._row_key(reading, target, others)

    def _names_table(self, words: tuple[str, ...], target: str) -> bool:
        """Whether a key's words name the table it references: its name's words, or, where one of the
        names glues its words or drops a qualifier, the same letters ending the other
        (``ct_radiation_dose`` to ``ctradiationdose``, ``xray_radiation_dose`` to ``radiation_dose``)."""
        name = self.tables.name_words(target)
        key, table = "".join(words), "".join(name)
        shorter = min(len(key), len(table))
        return words == name or (shorter >= _GLUED_NAME and (table.endswith(key) or key.endswith(table)))

    def _coded_reference(self, reading: Reading, target: str, table: TableContext) -> Reading:
        """A declared key from a clinical record to a list of coded values (``disposition_id`` to
        ``reference_data``, ``discontinued_reason`` to ``concept``) holds one of those values, which
        in a clinical record is clinical; unless a rule already gave it a meaning (a person's key, a
        hard null such as a record's type) or its words name a thing (``facility``)."""
        match = reading.match
        if (reading.category is not None or table.kind not in self.knowledge.coded_kinds
                or (match is not None and match.rule.category is None and not match.rule.soft
                    and not set(match.rule.phrase) <= self.knowledge.key_words)):
            return reading
        if not set(self.tables.name_words(target)) & self.knowledge.lookup_words:
            return reading
        nouns = self.knowledge.table_kinds
        if any(nouns.get((w,)) in NON_PERSON_KINDS for w in reading.words):
            return reading
        category = self.knowledge.coded_kinds[table.kind]
        because = f"it references {target}, a list of coded values, which in a {table.kind} record hold {category}"
        signal = Signal("foreign_key", because, category, 0.7)
        return reading._replace(category=category, confidence=0.7, because=because,
                                signals=reading.signals + (signal,))

    def _own_key(self, field: Field, table: TableContext) -> Reading | None:
        """A column named like the key a person table of this source names after itself
        (``demographic_no`` where ``demographic`` holds the patients) is a person's id, unless the
        application's domain reads it as the number of the patient's medical record (``NORM``); so is
        the primary key of a person table named as that of most of the schema's tables
        (``row_primary_keys``: abclinuxu's uzivatel.cislo), which is a person's id only there."""
        words = self.tables.column_words(field.name)
        family = type_family(field.type)
        persons_own = field.primary_key and table.kind == "person" and words in table.row_primary_keys
        if (words not in table.person_keys and not persons_own) or family not in ("number", "uuid", "text", None):
            return None
        if table.domain and self._record_number_words(self.matcher.read_name(field.name, table.domain)):
            return None  # the number of the patient's medical record in the domain's words (a hospital's NORM)
        reason = f"persons are keyed by '{' '.join(words)}' in this schema (a person table's own key)"
        signal = Signal("table", reason, "user.unique_id", 0.8)
        return Reading(words, None, family, "user.unique_id", 0.8, reason, (signal,))

    def _sign_in_account_key(self, reading: Reading, table: TableContext, sql_type: str | None) -> Reading:
        """The bare key of a table of persons' accounts at one sign-in service, named by a person
        word and the service alone (users_google, twitter_users): the id the service knows the person
        by, unless the database numbers it (a serial)."""
        k = self.knowledge
        name = self.tables.name_words(table.name)
        if (reading.category is not None or len(reading.words) != 1 or reading.words[0] not in k.key_words
                or table.kind != "person_data" or len(name) != 2 or not set(name) & k.login_services
                or not any(self.matcher.is_person_word(w) for w in name) or "serial" in (sql_type or "").lower()):
            return reading
        because = f"the id a person's account has at the sign-in service its table {table.name} names"
        return reading._replace(category="user.unique_id", confidence=0.7, because=because,
                                signals=reading.signals + (Signal("table", because, "user.unique_id", 0.7),))

    def _record_of_a_person_key(self, reading: Reading, table: TableContext) -> Reading:
        """The primary key of a table read as persons by its columns alone (names, an address) where
        another column keys a person (oxaddress by oxuserid, a network by its user): each row is a
        record of that person's, an address or an application, so its key is the row's own, no person's.
        So too for a table its name reads as persons that holds a role or a record of the person it
        keys (``_role_of_a_person``: user_managers, crm_contacts, payment_profiles by user_id)."""
        match = reading.match
        if (reading.category != "user.unique_id" or match is None or len(match.rule.phrase) != 1
                or match.rule.phrase[0] not in self.knowledge.key_words or table.kind != "person"
                or "person_key" not in table.has
                or not (table.reason == BY_COLUMNS or self._role_of_a_person(table))):
            return reading
        because = (f"{reading.because}, but table {table.name} is a record of a person's that another of its "
                   "columns keys: its key is the row's own")
        return reading._replace(category=None, confidence=0.7, because=because,
                                signals=reading.signals + (Signal("table", because, None, 0.7),))

    def _role_of_a_person(self, table: TableContext) -> bool:
        """Whether a table its name reads as persons holds roles or records of a person another of its
        columns keys (user_managers, crm_contacts, payment_profiles by user_id): its name puts a thing
        or another person before the person word, or is a list of contacts or profiles alone (contacts
        by user_id: the people on a person's list), and no column describes the person (no name, login,
        password or address: ``describing_facts``). A qualifier before the word (remote_users,
        federated_user) still names the persons themselves."""
        k = self.knowledge
        name = self.tables.name_words(table.name)
        listed = len(name) == 1 and (name[0] in k.contact_list_heads or name[0] in k.owned_person_heads)
        return ((len(name) >= 2 or listed) and table.has.isdisjoint(k.describing_facts)
                and k.person_qualifiers.isdisjoint(name[:-1]))

    def _extension_key(self, reading: Reading, table: TableContext) -> Reading:
        """The primary key of a table continuing a person's own row one to one (user_extended,
        customers_info: a person word, then an extension head), named by a key word alone or after the
        table: the person's id, as the rows share it, where no other column keys a person."""
        words = reading.words
        if (reading.category is not None or table.kind != "person_data" or "person_key" in table.has
                or not words or words[-1] not in self.knowledge.key_words):
            return reading
        name = self.tables.name_words(table.name)
        if (len(name) < 2 or name[-1] not in self.knowledge.extension_heads
                or not any(self.matcher.is_person_word(w) for w in name[:-1])
                or (len(words) > 1 and words[:-1] != name[-len(words) + 1:])):
            return reading
        because = f"the key of table {table.name}, which continues a person's own row, is that person's id"
        return reading._replace(category="user.unique_id", confidence=0.7, because=because,
                                signals=reading.signals + (Signal("table", because, "user.unique_id", 0.7),))

    def _rows_own_id(self, field: Field, words: tuple[str, ...], table: TableContext,
                     head: tuple[str, ...]) -> str | None:
        """Why a bare key column outside a table of persons is each row's own id in this schema, if it
        is: most of its tables of things carry it beside their own key (``row_keys``; not where a
        person's data is named after the person), or most of its tables are keyed by it
        (``row_primary_keys``)."""
        if (not field.primary_key and words in table.row_keys
                and not (table.kind == "person_data" and head and self.matcher.is_person_word(head[-1]))):
            return ", but most of this schema's tables of things carry it too: each row's own id"
        if field.primary_key and words in table.row_primary_keys:
            return ", but most of this schema's tables are keyed by it: each row's own id"
        return None

    def _keys_thing(self, words: tuple[str, ...], thing_tables: frozenset[str]) -> bool:
        """Whether a column's words are the key of a table of this schema whose columns hold no
        persons (``account_id`` where the ``account`` table is a company's). A key word that keys a
        person row by itself (``uid``: answer_uid, the uid of the answer's writer) keys no thing."""
        k = self.knowledge
        return (len(words) >= 2 and words[-1] in k.key_words and words[-1:] not in k.person_row_keys
                and " ".join(words[:-1]) in thing_tables)

    def _default(self, pk: bool, words: tuple[str, ...], family: str | None, table: Situation,
                 signals: list[Signal], confidence: float, because: str,
                 named: bool = False, head: tuple[str, ...] = ()) -> tuple[str | None, float, str]:
        """The table kind's own category for a column no rule names (clinical columns of a
        health table, times in an activity log, the flags of a person's row); never for keys
        or columns naming things other than the table's own (``head``: rule_check in pm_rules).
        ``named``: a soft null rule or a key word named the column."""
        own = self.knowledge.defaults.get(table.kind, ()) if table.kind else ()
        fact = None if any(d.over_facts for d in own) else next(
            (f for f in self.knowledge.defaults if f in table.has), None)
        specs = self.knowledge.defaults[fact] if fact else own
        timed = family == "number" and bool(words) and words[-1] in self.knowledge.time_words
        kind = "time" if timed else family
        default = next((d for d in specs if d.types is None or kind in d.types), None)
        # A time in a table's key (a log keyed by who and when) is still a time; other keys are none.
        if (default is None or (pk and kind != "time") or len(words) < self._min_words(default, words, table)
                or (named and default.unnamed) or (default.needs is not None and table.has.isdisjoint(default.needs))):
            return None, confidence, because
        if family in {"uuid", "binary"} or (words[-1] in self.knowledge.key_words and not default.keys
                                            and not self._coded_key(words, default)):
            return None, confidence, because
        if not default.states and (self._row_state(words, kind, head) or self._row_number(words)):
            return None, confidence, because
        nouns = self.knowledge.table_kinds
        naming = words[:-1] if default.values and words[-1] in self.knowledge.value_heads else words
        if any(nouns.get((w,)) in NON_PERSON_KINDS and w not in head[-1:]
               and not (default.values and w in self.knowledge.record_nouns) for w in naming):
            return None, confidence, because
        what = fact or table.kind.replace("_", " ")
        reason = f"{_DEFAULT_READING}, and columns of a {what} table hold {default.category}"
        signals.append(Signal("table", reason, default.category, default.confidence))
        return default.category, default.confidence, reason

    def _row_state(self, words: tuple[str, ...], kind: str | None, head: tuple[str, ...]) -> bool:
        """Whether a column is a flag of its row's own state (``is_hidden``, ``is_active``, the
        ``visit_active`` of a visit): whether the record is still in use, no fact of its own."""
        k = self.knowledge
        rest = tuple(w for w in words if w not in k.row_state_marks and w != "is")
        if kind == "time" or not rest or not all(w in head for w in rest[:-1]):
            return False
        return rest[-1] in k.row_state_words

    def _row_number(self, words: tuple[str, ...]) -> bool:
        """Whether a column numbers a row of a kind the table lexicon knows (``visit_number``,
        ``ref_notes_nr``), not a measured value (``value_as_number``, ``isolate_num``)."""
        k = self.knowledge
        return (len(words) >= 2 and words[-1] in k.row_number_tails and words[-2:-1] in k.table_kinds
                and k.row_number_values.isdisjoint(words))

    def _min_words(self, default: DefaultSpec, words: tuple[str, ...], table: Situation) -> int:
        """The fewest words a column needs for the default: fewer for a bare time (``date``,
        ``time``; not ``published``, the row's own) where a column keys a person or names them by
        their login name (``logs.date`` beside ``logs.username``)."""
        fewer = default.keyed_min_words
        if (fewer is not None and not table.has.isdisjoint(_NAMES_PERSON) and words
                and words[-1] in self.knowledge.time_words):
            return fewer
        return default.min_words

    def _coded_key(self, words: tuple[str, ...], default: DefaultSpec) -> bool:
        """Whether a key column holds a coded value of the row's own fact (``disposition_id``,
        ``arrival_mode_id``: a choice from a list), which a default taking values (a clinical
        record's) covers; a key of another row (``facility_id``) is no such value."""
        return default.values and len(words) >= 2 and words[-2] in self.knowledge.coded_heads

    def _pinned(self, field: Field) -> Classification | None:
        if not field.annotation:
            return None
        key = None if field.annotation.lower() in {"none", "null", "~"} else field.annotation
        where = f" at {field.evidence}" if field.evidence else ""
        if key is not None and self.categories is not None and key not in self.categories:
            return None
        label = key or "not personal data"
        return Classification(key, 1.0, f"{label}: pinned by a datamap annotation{where}",
                              (Signal("annotation", f"datamap: {field.annotation}", key, 1.0),),
                              pinned=True)

    def _reference(self, field: Field, table: TableContext, person_tables: frozenset[str],
                   category: str | None, confidence: float, because: str, signals: list[Signal],
                   thing_tables: frozenset[str] = frozenset()) -> tuple[str | None, float, str]:
        """What a declared key says: a key to a person table is a person's id (even named after an
        organisation, when the table is named so too: Odoo's ``partner_id`` to ``res_partner``, which
        holds persons and companies); a person-named key to a table that holds no persons (by its
        name, or by its columns: ``thing_tables``) is none."""
        ref = field.references
        if ref is None:
            return category, confidence, because
        target = ref.table.lower()
        short = target.rsplit(".", 1)[-1]
        if target in person_tables or short in person_tables:
            entity = self._names_entity(self.tables.column_words(field.name))
            if entity is not None and (entity not in self.tables.name_words(ref.table)
                                       or table.kind in self.knowledge.non_person_owners):
                reason = (f"it references person table {ref.table} as part of a composite key, but its name "
                          f"keys a {entity}, which is no person")
                signals.append(Signal("foreign_key", reason, None, 0.8))
                return None, 0.8, reason
            point = self._names_contact_point(self.tables.column_words(field.name))
            if point is not None:
                reason = (f"it references person table {ref.table}, but its name keys a row of {point}, "
                          "not the person it reaches")
                signals.append(Signal("foreign_key", reason, None, 0.8))
                return None, 0.8, reason
            if category != "user.unique_id.pseudonymous" and not self._names_record_number(field, category):
                reason = f"it references person table {ref.table}"
                signals.append(Signal("foreign_key", reason, "user.unique_id", 0.95))
                return "user.unique_id", 0.95, reason
        elif category is not None and category.startswith(_NEVER_KEYS):
            reason = f"it references {ref.table}, whose rows it keys, not a value of a person's"
            signals.append(Signal("foreign_key", reason, None, 0.8))
            return None, 0.8, reason
        elif category == "user.unique_id":
            kind, _ = self.tables.kind_of_name(ref.table)
            if kind in _NOT_PERSON_ROWS or target in thing_tables or short in thing_tables:
                reason = f"it references {ref.table}, which holds no persons"
                signals.append(Signal("foreign_key", reason, None, 0.8))
                return None, 0.8, reason
        return category, confidence, because

    def _names_contact_point(self, words: tuple[str, ...]) -> str | None:
        """The contact point a key column is named after (``billing_address_id``, ``email_id``): such a
        key keys the row of that address or e-mail, whose id is no person's even where its table,
        holding a name beside the address, reads as one of persons."""
        if len(words) >= 2 and words[-1] in self.knowledge.key_words and words[-2] in self.knowledge.contact_tables:
            return words[-2]
        return None

    def _names_record_number(self, field: Field, category: str | None) -> bool:
        """Whether a key to a person table read as a medical record number names one (``no_rkm_medis``:
        "number medical record medical"), not only a patient's id a clinic may file them under."""
        return category == RECORD_ID and self._record_number_words(self.tables.column_words(field.name))

    def _record_number_words(self, words: tuple[str, ...]) -> bool:
        """Whether ``words`` name a patient's medical record number."""
        return any(words[i:i + len(r)] == r for r in self.knowledge.record_number_columns for i in range(len(words)))

    def _names_entity(self, words: tuple[str, ...]) -> str | None:
        """The organisation or thing a key column is named after alone (``organization_id``,
        ``store_id``): such a key keys that row, even where a composite key to a person's table
        declares it part of the reference."""
        if len(words) != 2 or words[1] not in self.knowledge.key_words:
            return None
        return words[0] if self.knowledge.table_kinds.get(words[:1]) in NON_PERSON_KINDS else None

    def _comment_category(self, field: Field, family: str | None, table: TableContext) -> str | None:
        """The category the comment speaks of (its longest matching phrase), held to what the
        column's type can hold; none for comments that hold JSON. A comment written in Chinese is
        read through the glossary, and its longest phrase may also be one of a thing (文件名: file
        name), which says the column is no person's."""
        comment = (field.comment or "").strip()
        english = self._comment_in_english(comment)
        if english is None:
            return None
        translated = english != comment
        words = self.words.words(english)
        situation = Situation(table.kind, table.has, table.domain)
        candidates = [m for m in self.matches(words) if (m.rule.category or translated)
                      and (not (m.rule.category or "").startswith("user.unique_id")
                           or (translated and self._comment_names_a_person(m, words, field.type)))
                      and self.matcher.applies(m.rule, words, m, field.primary_key, family, situation)
                      and not m.rule.whole]
        if not candidates:
            return None
        found = min(candidates, key=lambda m: (-(m.end - m.start), m.rule.order)).rule.category
        if found and family == "time" and not _under(found, self.knowledge.times.keep):
            return _become(found, self.knowledge.times, table.kind)
        if found and family == "bool" and not _under(found, self.knowledge.flags.keep):
            return _become(found, self.knowledge.flags, table.kind)
        return found

    def _comment_names_a_person(self, match: Match, words: tuple[str, ...], sql_type: str | None) -> bool:
        """Whether a comment read through the glossary names the person its column references
        (创建人: creator, 审核人员ID: reviewer id, 添加用户id: user id): a phrase of a person's key
        that ends the comment, as the head of a Chinese compound does, on a column no tiny integer
        (用户是否订阅该公众号标识 on a tinyint: a flag of the user's, no key)."""
        return (match.end == len(words) and not (sql_type or "").lower().startswith(("tinyint", "bit", "bool"))
                and any(self.matcher.is_person_word(word) for word in words[match.start:match.end]))

    def _whose(self, field: Field, head: str, family: str | None, table: TableContext, signals: list[Signal],
               confidence: float, because: str) -> tuple[str | None, float, str]:
        """A name or an id its rules read as a thing's (audit_name, return_name, handle_id in a table
        of things) whose Chinese comment names a person (审核人: reviewer, 退货人姓名: returner name,
        操作人id: operator id): that person's name (or the account name the comment says it is), or
        their key."""
        english = self.glossary.english(field.comment or "")
        if english == field.comment or not any(self.matcher.is_person_word(w) for w in self.words.words(english)):
            return None, confidence, because
        found = self._comment_category(field, family, table) or ""
        if head != "name":
            found = "user.unique_id" if found == "user.unique_id" else ""
        elif found.startswith("user.unique_id"):
            found = "user.name"
        if not found.startswith(("user.name", "user.account.username", "user.unique_id")):
            return None, confidence, because
        reason = f"{because}, but its comment '{(field.comment or '')[:60]}' names whose {head} it is"
        signals.append(Signal("comment", reason, found, _COMMENT_CONFIDENCE))
        return found, _COMMENT_CONFIDENCE, reason

    def _from_comment(self, field: Field, family: str | None, table: TableContext,
                      signals: list[Signal], category: str | None, confidence: float,
                      because: str) -> tuple[str | None, float, str]:
        """The category a comment gives a column nothing else names, unless the knowledge holds
        that a comment alone never gives it (``comments_never``)."""
        found = self._comment_category(field, family, table)
        if found is None or _under(found, self.knowledge.comments_never):
            return category, confidence, because
        reason = f"its comment '{(field.comment or '')[:60]}' speaks of {found}"
        signals.append(Signal("comment", reason, found, _COMMENT_CONFIDENCE))
        return found, _COMMENT_CONFIDENCE, reason

    def _from_values(self, profile: ValueProfile, words: tuple[str, ...], family: str | None,
                     category: str | None, confidence: float, because: str,
                     signals: list[Signal]) -> tuple[str | None, float, str]:
        """Weigh what the sampled values look like against the name. A match counts by its
        share of the sample times its kind's strength (``scanner.values.profile.strength``): an
        e-mail pattern is near proof. Values that any row key can look like (a UUID reads as a
        device id) say nothing of a column whose type or name makes it a key."""
        best = profile.best()
        if best is None or profile.sampled == 0:
            return category, confidence, because
        key, ratio = best
        weight = round(ratio * value_strength(key), 2)
        keyish = family == "uuid" or (bool(words) and words[-1] in self.knowledge.key_words)
        if keyish and key.startswith(_KEY_LIKE_VALUES):
            weight = min(weight, _KEY_LIKE_WEIGHT)
        reason = f"{ratio:.0%} of {profile.sampled} sampled values look like {key} (weight {weight:.2f})"
        signals.append(Signal("values", reason, key, weight))
        if category is not None and _related(category, key):
            return category, min(0.99, confidence + 0.1), f"{because}; {reason}, agreeing; the name decided"
        if weight >= _VALUES_DECIDE:
            decided = "the values decided" if category is None else f"the values overrode the name ({because})"
            return key, round(0.5 + 0.45 * weight, 2), f"{reason}; {decided}"
        return category, confidence, f"{because}; {reason}, too weak alone; the name decided"

    def _stem(self, word: str) -> str:
        """A word without its plural ending, so that ``recordings`` and ``sessions`` meet their singular."""
        return singular(word, self.knowledge.singular_exceptions).removesuffix("s")

    def _extend(self, category: str | None, words: tuple[str, ...], table_words: tuple[str, ...]) -> str | None:
        """A policy's extension key for a category under its parent, selected by the column's words,
        or, when the category is the parent itself, by the table's (recordings.file_url)."""
        if category is None:
            return None
        for extension in self.extensions:
            if not _related(category, extension.parent):
                continue
            places = tuple(tuple(map(self._stem, place))
                           for place in ((words, table_words) if category == extension.parent else (words,)))
            for phrase in extension.match:
                wanted = tuple(self._stem(w.lower()) for w in phrase)
                n = len(wanted)
                if any(place[i:i + n] == wanted for place in places for i in range(len(place) - n + 1)):
                    return extension.key
        return category

    # -- many fields ------------------------------------------------------------------
    def contexts(self, fields: Iterable[Field]) -> tuple[dict[tuple[str, str], TableContext], frozenset[str]]:
        """Table contexts for every table, and the names of the tables that hold persons."""
        return self.estate.contexts(fields)

    def persons(self, fields: Sequence[Field]) -> frozenset[str]:
        """The names of the tables of ``fields`` that hold persons: what one source adds to an estate's."""
        return self.estate.persons(self.estate.unprefixed(list(fields)))

    def _as_read_fields(self, fields: Sequence[Field]) -> list[Field]:
        """``fields`` as the classifier reads them: without their table's glued prefix, with implied keys."""
        return self.estate.implied_keys(self.estate.unprefixed(list(fields)))

    def classify_fields(self, fields: Sequence[Field], profiles: dict[str, ValueProfile] | None = None,
                        persons: frozenset[str] | None = None) -> list[Classification]:
        """Classifications in the order of ``fields``; names read without a prefix glued before most
        columns of their table (``EstateReader.unprefixed``). Sources are read each on its own but for
        the person tables of them all (``persons``: those of the whole estate, when ``fields`` are some
        sources of it), so the sources of an estate may be classified apart. The cyclic garbage collector
        is paused meanwhile: readings are long-lived and hold no cycles, and collections would only rescan
        the fields."""
        with no_gc():
            read = self._as_read_fields(fields)
            contexts, person = self.estate.contexts(read, persons)
            found_list = self._rule_readings(fields, read, contexts, person, profiles or {})
            if self.learned is not None:
                found_list = self._learned_readings(found_list, read, contexts)
            return [self._as_read(c, f, r) for c, f, r in zip(found_list, fields, read, strict=True)]

    def _rule_readings(self, fields: Sequence[Field], read: Sequence[Field],
                       contexts: Mapping[tuple[str, str], TableContext], person: frozenset[str],
                       profiles: dict[str, ValueProfile]) -> list[Classification]:
        """The rules' reading of each of ``fields`` (``read`` as the classifier reads them), before the
        learned model's."""
        found: dict[str, set[str]] = defaultdict(set)
        clinical: dict[str, set[str]] = defaultdict(set)
        for (source, table), context in contexts.items():
            if context.kind in _NOT_PERSON_ROWS:
                found[source].update((table.lower(), table.rsplit(".", 1)[-1].lower(),
                                      " ".join(self.tables.name_words(table))))
            if context.kind == "health":
                clinical[source].update((table.lower(), table.rsplit(".", 1)[-1].lower()))
        things = {source: frozenset(names) for source, names in found.items()}
        records = {source: frozenset(names) for source, names in clinical.items()}
        return [
            self.classify(r, contexts[(r.source, r.qualified_table)], person, profiles.get(f.key) if profiles else None,
                          things.get(r.source, frozenset()), records.get(r.source, frozenset()))
            for f, r in zip(fields, read, strict=True)
        ]

    def model_column(self, field: Field, table: TableContext, table_columns: tuple[str, ...] = (),
                     share: int | None = None) -> Column:
        """What the learned model reads of ``field`` (read without its table's prefix) in ``table``, whose
        columns' names hold the words ``table_columns`` and of whose other columns the rules read the
        share ``share`` as personal (``table_shares``)."""
        return Column(self.words.words(field.name), self.tables.name_words(field.table), type_family(field.type),
                      field.primary_key, field.references is not None, table.kind, table_columns,
                      self._comment_words(field.comment), share)

    def table_shares(self, read: Sequence[Field], found: Sequence[Classification],
                     left: Sequence[bool] | None = None) -> list[int | None]:
        """For each column, of the other columns of its table that the rules read (not left open to the
        model: ``left``, when the caller knows it already), the share they read as personal, in parts of
        ``SHARE_PARTS``; None where they read none."""
        left = [self.left_open(c) for c in found] if left is None else left
        columns = [((r.source, r.qualified_table), not open_, c.category is not None)
                   for r, c, open_ in zip(read, found, left, strict=True)]
        named: Counter[tuple[str, str]] = Counter()
        personal: Counter[tuple[str, str]] = Counter()
        for key, is_named, is_personal in columns:
            named[key] += is_named
            personal[key] += is_named and is_personal
        shares: list[int | None] = []
        for key, is_named, is_personal in columns:
            others = named[key] - is_named
            theirs = personal[key] - (is_named and is_personal)
            shares.append(min(SHARE_PARTS * theirs // others, SHARE_PARTS - 1) if others else None)
        return shares

    def _comment_words(self, comment: str | None) -> tuple[str, ...]:
        """The first words of a comment, read in English (``_comment_in_english``)."""
        english = self._comment_in_english((comment or "").strip())
        return () if english is None else tuple(self.words.words(english)[:COMMENT_WORDS])

    def _comment_in_english(self, comment: str) -> str | None:
        """A stripped comment as English text (through the glossary when written in Chinese); None for
        no comment or one that holds JSON."""
        if not comment or comment[0] in "[{":
            return None
        return self.glossary.english(comment)

    def model_columns(self, fields: Sequence[Field]) -> list[Column]:
        """``model_column`` of each of ``fields``, in their order, read as ``classify_fields`` reads them."""
        read = self._as_read_fields(fields)
        contexts, person = self.estate.contexts(read, None)
        words = self._table_column_words(read)
        shares = self.table_shares(read, self._rule_readings(fields, read, contexts, person, {}))
        return [self.model_column(r, contexts[key], words[key], share)
                for r, share in zip(read, shares, strict=True) for key in [(r.source, r.qualified_table)]]

    def _table_column_words(self, read: Sequence[Field], only: set[tuple[str, str]] | None = None,
                            ) -> dict[tuple[str, str], tuple[str, ...]]:
        """Per table (of ``only``, when given), the distinct words of its columns' names, sorted."""
        found: dict[tuple[str, str], set[str]] = defaultdict(set)
        for field in read:
            key = (field.source, field.qualified_table)
            if only is None or key in only:
                found[key].update(self.words.words(field.name))
        return {key: tuple(sorted(words)) for key, words in found.items()}

    @staticmethod
    def left_open(found: Classification) -> bool:
        """Whether the rules left a column open to the learned model: no rule read its name, or only the
        table kind's default spoke, and no pin, comment or sampled values did. A rule that read the
        name as not personal (``email_verified``, ``zone_id``) stands, unless the model overrules a
        reading of part of the name (``overrulable``)."""
        if Classifier._firm(found):
            return False
        if found.category is None:
            return not any(s.kind == "name" for s in found.signals)
        last = found.signals[-1] if found.signals else None
        return (last is not None and last.kind == "table" and last.detail.startswith(_DEFAULT_READING)
                and last.category == found.category)

    @staticmethod
    def _firm(found: Classification) -> bool:
        """Whether a pin, a comment or sampled values spoke for the column: no model reading replaces it."""
        return found.pinned or any(s.kind in _FIRM_SIGNALS for s in found.signals)

    def overrulable(self, found: Classification, field: Field, table: TableContext) -> bool:
        """Whether the learned model may overrule the rules' reading of a column (``field`` as read, in
        ``table``) when it is sure of another personal reading (``OVERRULE_AT``): a reading of the name
        that left some of its words unread (``raum_id`` by its ``id`` alone), with no pin, comment,
        sampled values or declared key behind it. A rule's phrase that covers the whole name (``state``,
        ``nickname``) is the knowledge the rules hold of it: it stands."""
        if field.references is not None or self._firm(found):
            return False
        situation = self._situation(table.kind, table.has, table.domain)
        head = self.tables.name_words(table.name)[-2:]
        reading = self._unreferenced_cached(field.name, field.type, field.primary_key, situation, head)
        return reading.match is None or reading.match.end - reading.match.start < len(reading.words)

    def model_may_read(self, fields: Sequence[Field], found: Sequence[Classification]) -> list[tuple[bool, bool]]:
        """For each of ``fields`` and the rules' reading of it: whether it is left open to the learned
        model, and whether the model may overrule it (as ``classify_fields`` reads them)."""
        read = self._as_read_fields(fields)
        contexts, _ = self.estate.contexts(read, None)
        return self._may_read(found, read, contexts)

    def _may_read(self, found: Sequence[Classification], read: Sequence[Field],
                  contexts: dict[tuple[str, str], TableContext]) -> list[tuple[bool, bool]]:
        """``model_may_read`` of fields already read, in their tables' contexts."""
        return [(open_, open_ or self.overrulable(c, r, contexts[(r.source, r.qualified_table)]))
                for r, c in zip(read, found, strict=True) for open_ in [self.left_open(c)]]

    def _learned_readings(self, found: list[Classification], read: Sequence[Field],
                          contexts: dict[tuple[str, str], TableContext]) -> list[Classification]:
        """``found`` with the learned model's reading of the columns the rules left open, and of those
        whose rule reading it overrules."""
        assert self.learned is not None
        may_read = self._may_read(found, read, contexts)
        left_open = {i for i, (open_, _) in enumerate(may_read) if open_}
        open_ = [i for i, (_, readable) in enumerate(may_read) if readable]
        words = self._table_column_words(read, {(read[i].source, read[i].qualified_table) for i in open_})
        shares = self.table_shares(read, found, [open_ for open_, _ in may_read])
        columns = [self.model_column(read[i], contexts[key], words[key], shares[i])
                   for i in open_ for key in [(read[i].source, read[i].qualified_table)]]
        result = list(found)
        for i, column, prediction in zip(open_, columns, self.learned.predict(columns), strict=True):
            if prediction.category is not None and prediction.probability < PERSONAL_AT:
                continue
            if i not in left_open and (prediction.category is None or prediction.probability < OVERRULE_AT):
                continue
            category = self._extend(prediction.category, column.words, column.table_words)
            if category == found[i].category:
                continue
            if category is not None and self.categories is not None and category not in self.categories:
                continue
            because = explain(column, prediction, self.learned.vectors)
            rules = found[i].explanation.split(": ", 1)[-1]
            signal = Signal("learned", because, category, round(prediction.probability, 2))
            result[i] = Classification(category, round(prediction.probability, 2),
                                       f"{category or 'not personal data'}: {because}; the rules: {rules}",
                                       (*found[i].signals, signal))
        return result

    @staticmethod
    def _as_read(found: Classification, field: Field, read: Field) -> Classification:
        """``found`` with a note of the prefix its name was read without."""
        if read.name == field.name or found.pinned:
            return found
        prefix = field.name[:len(field.name) - len(read.name)]
        note = f" (read as {read.name}: most columns of its table start with '{prefix}')"
        return replace(found, explanation=found.explanation + note)
