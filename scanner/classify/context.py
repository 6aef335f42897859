"""What a table holds (persons, their data, activity, content, things…), from its name and columns."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from catalog.model import Field, ForeignKey
from scanner.classify.types import enum_values, type_family
from scanner.classify.words import WordReader

# A column name ending in a number (address4, addr_02) and the lines a street address takes.
_NUMBERED = re.compile(r"[^\d](\d+)$")
_STREET_LINES = 2
# Facts of a person's table that keep it theirs whatever the application (addresses, settings).
_OWN_FACTS = frozenset({"address", "card", "settings", "counters"})
# Kinds a table named after e-mail may have by its name and still hold e-mails (see ``_mail``).
_MAIL_KINDS = frozenset({"person_data", "thing", "activity", "system"})
# Columns describing a person (a name, an e-mail) that a table named as organisations holding a login
# name and a password needs to be read as persons who sign in (ph7cms' affiliates), not a company.
_SIGNING_IN_PERSONS = 2
# Words of a globally unique id: a column of them named after a table's rows is each row's own id.
_GLOBAL_IDS = frozenset({"guid", "uuid"})
# Last words of a column keying another row (access_token_id): it names a secret, it holds none.
_ID_WORDS = frozenset({"id", "ids", "uuid", "guid"})
# Kinds of tables of content, whose rows may instead be each person's state of an item (see
# ``TableReader._person_state``).
CONTENT_KINDS = frozenset({"content", "content_public", "content_private"})
# The reason given to a table read as persons by its columns alone, not by its name.
BY_COLUMNS = "its columns describe a person"
PERSONISH = frozenset({"person", "person_data", "activity", "social", "content_private",
                       "content_public", "content", "health"})


# Values of an enum type that name a message's audience (type enum('public','private')).
_AUDIENCES = frozenset({"public", "private"})


def _keys_person(ref: ForeignKey | None, person_set: Iterable[str]) -> bool:
    """Whether a declared key points at a person table (by its name, with or without its schema)."""
    return ref is not None and (ref.table.lower() in person_set or ref.table.rsplit(".", 1)[-1].lower() in person_set)


def _without_table_word(name: tuple[str, ...], column_words: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each column's words without the table's own last word before them (activity_title in a table
    of activities reads title)."""
    return [w[1:] if len(w) > 1 and w[:1] == name[-1:] else w for w in column_words]


def _abbreviates(short: str, word: str) -> bool:
    """Whether ``short`` abbreviates ``word`` by dropping letters (wrd: ward, pat: patient): it starts
    as the word does and its letters come in the word's order."""
    if len(short) < 2 or len(short) >= len(word) or short[0] != word[0]:
        return False
    letters = iter(word)
    return all(letter in letters for letter in short)


@dataclass(frozen=True)
class TableContext:
    """The kind of a table and the facts about its columns that rules may ask for."""

    name: str
    kind: str
    reason: str
    has: frozenset[str] = frozenset()
    domain: str | None = None
    # Words of columns that key a person in this table's source besides the usual ones (see
    # ``EstateReader._own_keys``).
    person_keys: frozenset[tuple[str, ...]] = frozenset()
    # Words of a bare key column most of the source's tables of things carry beside their own primary
    # key (see ``EstateReader._row_keys``): each row's own public id there, no reference.
    row_keys: frozenset[tuple[str, ...]] = frozenset()
    # Words of a bare key column (uid) that is the primary key of most of the source's tables, as
    # every TYPO3 table's uid is (see ``EstateReader._row_primary_keys``): each row's own id there.
    row_primary_keys: frozenset[tuple[str, ...]] = frozenset()
    # Words of a text column a table of persons keeps beside its own key as the number of the person's
    # medical record (see ``EstateReader._record_numbers``): a copy of that number elsewhere.
    record_numbers: frozenset[tuple[str, ...]] = frozenset()


class _Once:
    """A column looked up on the first call only (cheaper than a cache made for each table)."""

    def __init__(self, find: Callable[[], Field | None]) -> None:
        self.find = find
        self.found: list[Field | None] = []

    def __call__(self) -> Field | None:
        if not self.found:
            self.found.append(self.find())
        return self.found[0]


class TableReader:
    """Decides table kinds with the knowledge's table lexicon."""

    def __init__(self, words: WordReader) -> None:
        self.reader = words
        self.knowledge = words.knowledge
        self._network_longest = max(map(len, self.knowledge.network_columns), default=0)
        self.column_facts = lru_cache(maxsize=1 << 18)(self._column_facts)
        self.kind_of_name = lru_cache(maxsize=1 << 18)(self._kind_of_name)
        self.name_words = lru_cache(maxsize=1 << 18)(self._name_words)
        self.name_context = lru_cache(maxsize=1 << 18)(self._name_context)
        self.person_key = lru_cache(maxsize=1 << 18)(self._person_key)
        self.names_network = lru_cache(maxsize=1 << 16)(self._names_network)
        self.column_words = lru_cache(maxsize=1 << 18)(self._column_words)

    def _column_facts(self, words: tuple[str, ...]) -> tuple[tuple[str, ...] | None, bool]:
        """The address part a column with these words is (its words, or None), and whether it
        describes a person (not when a word names an organisation or a thing:
        facility_contact_email is the facility's; nor when its last word measures it: email_quota)."""
        keys = self.knowledge.key_words
        longest = max(map(len, self.knowledge.address_columns | self.knowledge.person_columns), default=1)
        spans = [(j, j - i, words[i:j]) for i in range(len(words))
                 for j in range(i + 1, min(len(words), i + longest) + 1)]
        # The part named last, then the longest (address_state is a state, not an address).
        parts = [span for span in spans if span[2] in self.knowledge.address_columns]
        # A key of a region picked from a list (province_id, city_id) is that part of an address too.
        region_key = (len(words) > 1 and words[-1] in keys and (words[-2],) in self.knowledge.address_columns
                      and (words[-2],) not in self.knowledge.street_columns)
        address = (max(parts)[2] if parts and words[0] not in keys and (words[-1] not in keys or region_key)
                   and self.knowledge.address_exclusions.isdisjoint(words) else None)
        kinds = self.knowledge.table_kinds
        # Words before the phrase name whose it is (room_email, bank_phone); words after qualify it
        # (gender_code is a person's gender, written as a code).
        first = min((j - size for j, size, gram in spans if gram in self.knowledge.person_columns), default=None)
        person = (first is not None and words[-1] not in self.knowledge.measure_tails
                  and not any(kinds.get((w,)) in self.knowledge.non_person_owners
                              or w in self.knowledge.organisation_qualifiers for w in words[:first]))
        return address, person

    def facts(self, columns: Sequence[Field],
              column_words: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...] | None, bool]]:
        """``column_facts`` of each column; a yes/no flag describes no one (show_subject_dob says
        whether a birth date is shown, it holds none)."""
        return [(address, person and type_family(c.type) != "bool")
                for c, (address, person) in zip(columns, map(self.column_facts, column_words), strict=True)]

    def _name_words(self, table: str) -> tuple[str, ...]:
        """The words of a table's name without application prefixes, numbered suffixes and suffixes
        that only say it is a table (``wp_users`` -> user, ``events_2024`` -> event, ``orders_table``
        -> order), nor a letter glued before a known table word (``pconfig`` -> config, ``gserver``
        -> server)."""
        words = tuple(w for w in self.reader.words(table.rsplit(".", 1)[-1]) if not w.isdigit())
        while len(words) > 1 and words[-1] in self.knowledge.table_suffixes:
            words = words[:-1]
        while len(words) > 1 and words[0] in self.knowledge.table_prefixes:
            words = words[1:]
        kinds = self.knowledge.table_kinds
        if len(words) == 1 and len(words[0]) > 4 and words[:1] not in kinds and (words[0][1:],) in kinds:
            return (words[0][1:],)
        return words

    def _kind_of_name(self, table: str) -> tuple[str | None, str]:
        """The kind the name says, with the word that said it; (None, '') when it says nothing."""
        words = self.name_words(table)
        kind, head = self._head_kind(words)
        if kind is None and words and self.knowledge.names_occupation(words[-1]):
            return "person", words[-1]
        if kind not in self.knowledge.non_person_owners:
            for dominant_kind, dominant in self.knowledge.dominant_words.items():
                found = next((w for w in words if w in dominant), None)
                if found is not None:
                    return dominant_kind, found
        return kind, head

    def _head_kind(self, words: tuple[str, ...]) -> tuple[str | None, str]:
        kind, head = self._scan_head(words)
        # A person word before an unknown last word names something of the person's
        # (account_pins), unless that word is a generic one right after it (customer_entity,
        # patient_data, patient_additional_data; not operator_settle_record, a record of something of
        # the operator's).
        last = words[-1] if words else ""
        if kind != "person" or head.split()[-1] == last:
            return kind, head
        generic = (last in self.knowledge.generic_heads
                   and (words[-2] == head.split()[-1] or words[-2] in self.knowledge.generic_heads
                        or words[-2] in self.knowledge.extension_heads))
        if not generic:
            return "person_data", f"{last} of {head}"
        return kind, head

    def _scan_head(self, words: tuple[str, ...]) -> tuple[str | None, str]:
        kinds = self.knowledge.table_kinds
        for end in range(len(words), 0, -1):
            for start in range(max(0, end - 3), end):
                kind = kinds.get(words[start:end])
                if kind is None:
                    continue
                head = " ".join(words[start:end])
                owner = self._owner(words[:start])
                if (owner and kind == "person_data" and owner[0] in self.knowledge.non_person_owners
                        and head not in self.knowledge.addressed_heads):
                    return owner[0], f"{head} of {owner[1]}"
                if owner and head in self.knowledge.owned_person_heads and (
                        owner[1] in self.knowledge.collectives
                        or (owner[0] == "org" and owner[1] not in self.knowledge.person_holding_orgs)):
                    return owner[0], f"{head} of {owner[1]}"  # a group's or a clinic's profile: its name and picture
                if kind == "person_data" and head in self.knowledge.record_heads_of_commerce and start > 0 \
                        and kinds.get(words[start - 1:start]) == "commerce":
                    return "commerce", f"{words[start - 1]} {head}"  # an order's details or statuses: the order's
                if (owner and (owner[1] in self.knowledge.person_owners
                               or (owner[1],) not in kinds and self.knowledge.names_occupation(owner[1]))
                        and head not in self.knowledge.collectives
                        and kind in self.knowledge.non_person_owners):
                    return "person_data", f"{head} of {owner[1]}"
                machine = next((w for w in words[:start] if w in self.knowledge.machine_actors), None)
                if kind == "activity" and machine is not None:
                    return "system", f"{head} of {machine}"
                # The pictures, files or videos of a product, a banner or a shop (product_images,
                # banner_image, shop_productmedia) show the thing: its catalogue's, no one's upload.
                if (kind == "content" and owner and owner[0] in self.knowledge.non_person_owners
                        and words[end - 1] in self.knowledge.upload_heads):
                    return owner[0], f"{head} of {owner[1]}"
                if kind == "content" and owner and owner[1] in self.knowledge.person_owners:
                    return "content_private", f"{head} of {owner[1]}"
                if kind == "content":
                    audience = next((kinds[w] for w in ((x,) for x in words[:start])
                                     if kinds.get(w) in ("content_private", "content_public")), None)
                    if audience is not None:
                        return audience, f"{head}, {' '.join(words[:start])}"
                # Posts, messages or answers named as private, as drafts or as a support ticket's
                # (private_posts, draft_answers, ticket_articles) are read by the few they are for.
                if (kind in ("content", "content_public")
                        and not self.knowledge.private_qualifiers.isdisjoint(words[:start])):
                    return "content_private", f"{head}, {' '.join(words[:start])}"
                # Comments on an order (order_comments) pass between the customer and the shop's
                # staff: restricted, not published.
                if kind == "content_public" and owner and self.knowledge.head_facts.get(owner[1:]) == "order":
                    return "content_private", f"{head}, {' '.join(words[:start])}"
                return kind, head
        return None, ""

    def _name_context(self, table: str, domain: str | None,
                      tenants: frozenset[str]) -> tuple[str | None, str, frozenset[str]]:
        """What the table's name alone says: its kind, the words that said it, and its facts."""
        has: set[str] = set()
        name = self.name_words(table)
        kind, head = self.kind_of_name(table)
        if domain and kind in (None, "thing", "commerce", "activity", "person_data"):
            spec = self.knowledge.domains[domain]
            found = next((w for w in name if w in spec.words), None)
            if found is not None and self._only_domain_word(name, found, kind, head):
                kind, head = spec.kind, f"{found}, in a {domain} application"
        has.update("tenant:" + w for w in tenants)
        if name and name[-1] in tenants:
            person = next((w for w in name[:-1] if self.knowledge.table_kinds.get((w,)) == "person"), None)
            kind, head = (("org", f"{name[-1]}, a tenant in this schema") if person is None else
                          ("person_data", f"{person} of a {name[-1]}, a tenant in this schema"))  # s_user_account
        elif (kind == "person_data" and len(name) > 1 and name[0] in tenants
              and self.knowledge.table_kinds.get(name[-1:]) in self.knowledge.non_person_owners):
            kind, head = self.knowledge.table_kinds[name[-1:]], f"{' '.join(name)}, as {name[0]}s are tenants here"
        if kind in ("person", "person_data") and name and name[-1] in self.knowledge.settings_heads:
            has.add("settings")
        if kind in ("person", "person_data") and name and name[-1] in self.knowledge.person_head_facts:
            has.add(self.knowledge.person_head_facts[name[-1]])
        owned = any(self.knowledge.table_kinds.get((w,)) in self.knowledge.non_person_owners for w in name[:-1])
        heads = ((size, self.knowledge.head_facts.get(name[-size:])) for size in range(1, len(name) + 1))
        has.update(fact for size, fact in heads if fact is not None
                   and (not owned or fact in self.knowledge.owned_head_facts)
                   and self.knowledge.machine_qualifiers.get(fact, set()).isdisjoint(name[:-size]))
        return kind, head, frozenset(has)

    def _only_domain_word(self, name: tuple[str, ...], found: str, kind: str | None, head: str) -> bool:
        """Whether the domain's word ``found`` is what a table's name is about: not when the lexicon
        knows a longer phrase holding it (study_event_definition is an event definition, a thing's),
        and a log stays a log when another word of its name says so (audit_event, while study_event
        and lab_events are a patient's records)."""
        kinds = self.knowledge.table_kinds
        if found in head.split() and len(head.split()) > 1:
            return False
        return kind != "activity" or not any(kinds.get((w,)) == kind for w in name if w != found)

    def _link(self, name: tuple[str, ...], columns: Sequence[Field], column_words: list[tuple[str, ...]]) -> str | None:
        """The non-person word of a table named after persons that links them to it
        (posts_authors with a post_id column): rows are links, not the persons themselves. A key that
        is the table's only primary key in a table holding what only a natural person has
        (entity_employee keyed by entity_id, with a birth date) makes each row one more part of that
        row: the persons themselves, no link."""
        kinds, links = self.knowledge.table_kinds, self.knowledge.link_kinds
        own = sum(c.primary_key for c in columns) == 1 and self._born(column_words)
        keys = {w[-2].removesuffix("s") for c, w in zip(columns, column_words, strict=True)
                if len(w) >= 2 and w[-1] in self.knowledge.key_words and not (own and c.primary_key)}
        return next((w for w in name[:-1] if (kinds.get((w,)) in links or (kinds.get((w,)) is None
                                                                            and w not in self.knowledge.person_words))
                     and w.removesuffix("s") in keys), None)

    def _unowned(self, name: tuple[str, ...], column_words: list[tuple[str, ...]],
                 domain_words: Collection[str] = ()) -> tuple[str, str] | None:
        """The kind of a table named as a person's data whose columns key no person: the
        organisation's or thing's named in it (realm_user_default: a realm's defaults for its
        users), or a catalogue of definitions when a column names its rows (a settings or a
        custom-field table with name, title, description, also after the table's own name:
        payment_method_name in payment_methods: the fields, not a person's values), unless the
        name names a contact point (an e-mail address table's name is the address) or a column holds
        what only a natural person has (a first name, a gender: users_groups holding both kinds). An
        invitation a team sends is addressed to a person all the same (``addressed_heads``)."""
        kinds = self.knowledge.table_kinds
        owner = next((w for w in name[:-1] if kinds.get((w,)) in self.knowledge.non_person_owners), None)
        if owner is not None and name[-1] not in self.knowledge.addressed_heads:
            return kinds[(owner,)], f"{' '.join(name)}: the {owner}'s, as no column keys a person"
        keyed = {w[-2] for w in column_words if len(w) >= 2 and w[-1] in self.knowledge.key_words}
        persons = [w for w in name[:-1] if w in self.knowledge.person_words or kinds.get((w,)) == "person"]
        thing = next((w for w in name[:-1] if w in keyed and w not in persons
                      and kinds.get((w,)) in (None, *self.knowledge.non_person_owners)
                      and w not in self.knowledge.generic_heads and w not in domain_words), None) if persons else None
        if thing is not None:
            return "thing", f"{' '.join(name)}: a {thing}'s, as a column keys its {thing} and none a person"
        naming = next((w for w in column_words if w in self.knowledge.catalogue_columns
                       or (len(w) > 1 and w[-1:] in self.knowledge.catalogue_columns
                           and name[len(name) - len(w) + 1:] == w[:-1])), None)
        if (naming is not None and self.knowledge.contact_tables.isdisjoint(name)
                and self.knowledge.natural_columns.isdisjoint(column_words)):
            return "thing", (f"{' '.join(name)}: definitions, as no column keys a person and "
                             f"its column {' '.join(naming)} names each row")
        return None

    def _owned_by_person(self, kind: str | None, head: str, columns: Sequence[Field],
                         column_words: list[tuple[str, ...]], person_set: Iterable[str],
                         login_keys: frozenset[tuple[str, ...]], tenants: frozenset[str],
                         own_keys: frozenset[tuple[str, ...]]) -> Field | None:
        """The column that makes a person's data named after a thing (forum_subscriptions,
        syncapi_presence, room_settings) each person's own: one keying whose the row is (user_id);
        without it the rows are the thing's (a forum's default subscriptions). Keys and tokens of a
        thing (application tokens, room keys, app passwords) stay the thing's."""
        k = self.knowledge
        if kind not in k.non_person_owners or " of " not in head:
            return None
        data = tuple(head.split(" of ", 1)[0].split())
        if k.table_kinds.get(data) != "person_data" or k.head_facts.get(data[-1:]) == "credential":
            return None
        return self._keyed(columns, column_words, person_set, login_keys, tenants, owner=True, own_keys=own_keys)

    @staticmethod
    def _numbered_lines(columns: Sequence[Field], facts: list[tuple[tuple[str, ...] | None, bool]]) -> bool:
        """Whether a table numbers its address columns past a street's two lines (address3, address4):
        such numbered columns are further parts of a whole address, whatever each holds."""
        return any(address is not None and (found := _NUMBERED.search(c.name)) is not None
                   and int(found.group(1)) > _STREET_LINES for c, (address, _) in zip(columns, facts, strict=True))

    def _tallies(self, name: tuple[str, ...], column_words: list[tuple[str, ...]], has: set[str]) -> bool:
        """Whether a table of activity only counts what was done (visits per browser, views per
        product, the most users online): a count column, and no column keys or describes a person,
        holds a network address or a search (what an anonymous visitor searched is still theirs);
        a log (audit_log_event) records each act, whatever it counts."""
        if has & {"person_key", "describes_person", "geoip", "search", "login_key"}:
            return False
        if any(self.knowledge.head_facts.get((word,)) == "log" for word in name):
            return False
        return any(words and words[-1] in self.knowledge.tally_tails for words in column_words)

    def _located_by_ip(self, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                       facts: list[tuple[tuple[str, ...] | None, bool]]) -> bool:
        """Whether a table holds a device's network address (an IP) and no street: the places it
        names (a city, a country) were looked up from that address (fact ``geoip``)."""
        streets = self.knowledge.street_columns
        located = False
        for column, (address, _), words in zip(columns, facts, column_words, strict=True):
            family = type_family(column.type)
            if address in streets and family != "ip":
                return False
            located = located or family == "ip" or self.names_network(words)
        return located

    def _names_network(self, words: tuple[str, ...]) -> bool:
        """Whether a column's words name a network address (ip, remote_addr), not a measure of one."""
        k = self.knowledge
        if not words or words[-1] in k.measure_tails:
            return False
        return any(words[i:i + size] in k.network_columns
                   for i in range(len(words)) for size in range(1, self._network_longest + 1))

    def _portrayed(self, head: str, columns: Sequence[Field], column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table holds a picture of each row's own (avatar, or account_image in account),
        as text or bytes (a number so named is a fee or a count)."""
        portraits = self.knowledge.portrait_columns
        return any((w in portraits or (w[:1] == (head,) and w[1:] in portraits))
                   and type_family(c.type) in ("text", "binary", None)
                   for c, w in zip(columns, column_words, strict=True))

    def _address_book(self, columns: Sequence[Field], column_words: list[tuple[str, ...]]) -> Field | None:
        """The chat address (jid) of a table that holds one beside its own key and at most its domain
        or kind (a chat client's remote contacts: pk, jid): a list of the persons one talks to."""
        k = self.knowledge
        address = next((c for c, w in zip(columns, column_words, strict=True) if w in k.chat_address_columns), None)
        others = [w for c, w in zip(columns, column_words, strict=True)
                  if c is not address and not c.primary_key and w not in k.address_book_extras]
        return address if address is not None and not others and any(c.primary_key for c in columns) else None

    def _keyed_by_person(self, columns: Sequence[Field], column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's only primary key is named as a person's key (user_id): one row per
        person, not one per event (a log of sign-ins keys each attempt by its own id)."""
        keys = [w for c, w in zip(columns, column_words, strict=True) if c.primary_key]
        return len(keys) == 1 and keys[0] in self.knowledge.person_keys

    def _accounts(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns hold a login name and a password: each row is an account."""
        k = self.knowledge
        return not k.login_columns.isdisjoint(column_words) and not k.password_columns.isdisjoint(column_words)

    def _endpoint(self, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                  person_set: Iterable[str]) -> bool:
        """Whether a table names a server's host and a port, alone or after what they serve
        (mail_host, smtp_port), and declares no key to a person table (an inbound mailbox's host,
        port, user and pass): a connection the system makes, whose login is the system's, not a
        person's."""
        endpoints = self.knowledge.endpoint_columns
        found = {w if w in endpoints else w[-1:] for w in column_words if w in endpoints or w[-1:] in endpoints}
        if len(found) < 2 or ("port",) not in found:
            return False
        return not any(_keys_person(c.references, person_set) for c in columns)

    def _language_model(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns set up a language model (an AI agent's prompt, model and
        temperature): two of ``model_columns``, ending the columns' names."""
        models = self.knowledge.model_columns
        return sum(1 for w in column_words if w in models or w[-2:] in models or w[-1:] in models) >= 2

    def _mailbox(self, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                 person_set: Iterable[str]) -> bool:
        """Whether a table named as an account of a kind (mail_account) names a server's host, a login
        and a password and declares no key to a person table but who changed a row (create_by): the
        system's login to that server."""
        return (not self.knowledge.endpoint_columns.isdisjoint(column_words) and self._accounts(column_words)
                and not any(_keys_person(c.references, person_set) and self.knowledge.actor_words.isdisjoint(w)
                            for c, w in zip(columns, column_words, strict=True)))

    def _site_settings(self, name: tuple[str, ...], column_words: list[tuple[str, ...]],
                       facts: list[tuple[tuple[str, ...] | None, bool]]) -> bool:
        """Whether a table of settings that keys no one is the application's own: its name names no
        one whose they are (settings, notification_settings) and no column describes a person, or
        neither its name nor any column's last word is a person word (ip_settings with setting_key and
        setting_value, membership_settings: the options of a feature, not a member's choices; not
        vacation_settings with its collection_owner), or enough of its columns set up the whole site
        (admin_settings with site_logo, site_skin and google_analytics: set by the admin for everyone)."""
        k = self.knowledge
        if self._configures_system(column_words):
            return True
        if all(w in k.settings_heads or k.table_kinds.get((w,)) == "person_data" for w in name) \
                and not any(person for _, person in facts):
            return True
        return (not any(w in k.person_owners or k.table_kinds.get((w,)) == "person" for w in name)
                and not any(w and (w[-1] in k.person_words or k.table_kinds.get(w[-1:]) == "person")
                            for w in column_words))

    def _contact_points(self, name: tuple[str, ...], columns: Sequence[Field], column_words: list[tuple[str, ...]],
                        has: set[str], person_set: Iterable[str], login_keys: frozenset[tuple[str, ...]],
                        tenants: frozenset[str], own_keys: frozenset[tuple[str, ...]]) -> bool:
        """Whether a table named as contacts lists an organisation's contact points (a conference's
        e-mail and social links, keyed by the conference): no column names, keys or logs in a person
        or holds an address, a network address or what only someone's own contact has (a phone
        number, a device's user agent: ``own_contact_columns``), and a column describing a person
        (an e-mail) stands beside a key to something else."""
        k = self.knowledge
        if not name or name[-1] not in k.contact_list_heads or has & {"geoip", "address"}:
            return False
        if not (k.identity_columns.isdisjoint(column_words) and k.natural_columns.isdisjoint(column_words)
                and k.person_row_keys.isdisjoint(column_words) and k.login_columns.isdisjoint(column_words)):
            return False
        if self._named_persons(column_words) or any(w[-len(c):] == c for w in column_words
                                                     for c in k.own_contact_columns):
            return False
        if "describes_person" in has and not any(len(w) >= 2 and w[-1] in k.key_words and not c.primary_key
                                                 for c, w in zip(columns, column_words, strict=True)):
            return False
        return self._keyed_by_other(name, columns, column_words, person_set, login_keys, tenants, own_keys) is None

    def _named_persons(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns hold a first and a last name (a DICOM person name's given and
        family name): each row names a natural person, who is what its key identifies."""
        return {("first", "name"), ("last", "name")} <= set(column_words)

    def _born(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns hold what only a natural person has besides a name (a birth date,
        a gender, a nationality): a word that names organisations elsewhere (tenants of a SaaS) names
        persons there (tenants renting a home)."""
        return any(w in self.knowledge.natural_columns and w[-1] != "name" for w in column_words)

    def _own_persons(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table named after persons holds the persons themselves, whatever else it keys: a
        password or a first and a last name (company_users with company_id: a company's buyers who sign
        in, not links between companies and users)."""
        return not self.knowledge.password_columns.isdisjoint(column_words) or self._named_persons(column_words)

    def _holds_access_token(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a column holds an access token of an account at a service (access_token,
        oauth_token_secret), the secret by which someone acts there."""
        return not self.knowledge.access_token_columns.isdisjoint(column_words)

    def _holds_token_secret(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a column of a table of tokens or codes holds its secret: a name with a word of
        ``token_secret_words`` (token, secret_data, token_hash, code) that is no key of another row
        (access_token_id)."""
        secret = self.knowledge.token_secret_words
        return any(words and words[-1] not in _ID_WORDS and not secret.isdisjoint(words) for words in column_words)

    def _names_sign_in_accounts(self, name: tuple[str, ...]) -> bool:
        """Whether a table is named by a person word and a sign-in service alone (users_google,
        user_ssos, twitter_users): its rows are persons' accounts linked at that service."""
        k = self.knowledge
        return (len(name) == 2 and any(w in k.person_words for w in name)
                and any(w in k.login_services or (w.endswith("s") and w[:-1] in k.login_services) for w in name))

    @staticmethod
    def _names_natural_person(column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns hold a first and a last name, alone or after what they name
        (contact_first_name, contact_last_name): only a natural person has them, so a table named
        as things that holds them (a domain's registrant, a payment instance's holder) records that
        person's details."""
        return (any(w[-2:] == ("first", "name") for w in column_words)
                and any(w[-2:] == ("last", "name") for w in column_words))

    def _defined(self, column_words: list[tuple[str, ...]]) -> str | None:
        """Why a table whose name says nothing holds things persons define, not a person's data:
        a column names each row and another describes it (a dataset's name and description)."""
        k = self.knowledge
        naming = next((w for w in column_words if w in k.catalogue_columns and w not in k.describing_columns), None)
        describing = next((w for w in column_words if w in k.describing_columns), None)
        if naming is None or describing is None:
            return None
        return f"its columns {' '.join(naming)} and {' '.join(describing)} name and describe each row, a thing's"

    def _author(self, columns: Sequence[Field], column_words: list[tuple[str, ...]]) -> Field | None:
        """The column keying who wrote each row (author_id, poster_id), not who merely created or
        changed it (created_by, creator_id) nor an author whose account the row only mentions
        (a link preview's author_account_id)."""
        k = self.knowledge
        return next((c for c, w in zip(columns, column_words, strict=True)
                     if len(w) == 2 and w[0] in k.author_words and w[1] in k.key_words), None)

    def _authored(self, table: str, author: Field, columns: Sequence[Field],
                  column_words: list[tuple[str, ...]], has: frozenset[str], domain: str | None,
                  reason: str | None = None) -> TableContext:
        """A table whose columns name and describe each row and whose column ``author`` keys who wrote
        it (a proposal, a debate): each row is that person's writing, published, unless a column
        varies its audience (visibility, privacy), when it is content of varying audience."""
        varying = next((c for c, w in zip(columns, column_words, strict=True)
                        if w in self.knowledge.varying_audience), None)
        reason = reason or f"its columns name and describe each row and its column {author.name} keys who wrote it"
        if varying is not None:
            return TableContext(table, "content", f"{reason}, whose column {varying.name} varies the audience",
                                has, domain)
        return TableContext(table, "content_public", reason, has, domain)

    def _organisation_name(self, column_words: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        """The column naming an organisation (company_name, shop_name) in a table of no natural person
        (no first name, birth date, gender...), or None: such a table named as a person's data (a
        shop's base info) that keys no one holds the organisation's own details."""
        k = self.knowledge
        if not k.natural_columns.isdisjoint(column_words):
            return None
        return next((w for w in column_words if len(w) == 2 and w[1] == "name"
                     and k.table_kinds.get(w[:1]) == "org"), None)

    def _keyed_organisation(self, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                            ) -> tuple[str, ...] | None:
        """The column naming an organisation (``_organisation_name``) of a table whose primary key is
        named after the same organisation (pv_gp_master's practice_name beside its key practice_code):
        each row is that organisation, its address and phone its own; a person's address naming their
        company is keyed by no company."""
        org_name = self._organisation_name(column_words)
        if org_name is None or not any(c.primary_key and w[:1] == org_name[:1]
                                       for c, w in zip(columns, column_words, strict=True)):
            return None
        return org_name

    def _named_place(self, name: tuple[str, ...], column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table named as places (``place_heads``: locations) names each row (a name, a
        location_name) and holds nothing only a natural person has: a site of the organisation (a
        clinic's, a warehouse's), not where a person was."""
        k = self.knowledge
        if not name or name[-1] not in k.place_heads or not k.natural_columns.isdisjoint(column_words):
            return False
        return any(w == ("name",) or (len(w) == 2 and w[1] == "name" and w[0] in k.place_heads)
                   for w in column_words)

    def _record_number(self, columns: Sequence[Field], column_words: list[tuple[str, ...]]) -> Field | None:
        """The first column holding a patient's medical record number (mrn, no_rkm_medis), which names
        whose records a row is wherever it stands."""
        return next((c for c, w in zip(columns, column_words, strict=True)
                     if any(w[i:i + len(r)] == r for r in self.knowledge.record_number_columns
                            for i in range(len(w) - len(r) + 1))), None)

    def _identities(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns hold an identity's public key and a name or picture of its own
        (a federated actor's pubkey, nick, photo)."""
        k = self.knowledge
        return (any(w[-2:] in k.identity_key_columns or w in k.identity_key_columns for w in column_words)
                and any(w[-1:] in k.identity_columns or w[-2:] in k.identity_columns for w in column_words))

    def _record_head(self, name: tuple[str, ...], column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's head word names records of a person's own (employee_skill, leaves), or
        their timetable when no column names its rows (doctor_schedules; a named meeting schedule is
        a thing)."""
        k = self.knowledge
        return bool(name) and (name[-1] in k.record_heads
                               or (name[-1] in k.timetable_heads and not self._named_rows(column_words)))

    def _held_events(self, name: tuple[str, ...], column_words: list[tuple[str, ...]]) -> str | None:
        """Why a table read as a log holds happenings persons plan or attend (a meetup, a concert, a
        conference talk), not what they did: each row is named and described, and the table is named
        as such events or a column gives each its start; or a table named as such events names
        each row and gives it a start. A column named by the table's word first reads without it (a shop's
        promotions: activity_title, activity_desc, activity_startdate)."""
        column_words = _without_table_word(name, column_words)
        defined = self._defined(column_words)
        scheduled = not self.knowledge.schedule_columns.isdisjoint(column_words)
        if (defined is None and scheduled and name and name[-1] in self.knowledge.held_event_heads
                and self._named_rows(column_words)):
            return "events held, as each row is named and given a start"
        if defined is None:
            return None
        if name and name[-1] in self.knowledge.held_event_heads:
            return f"events held, as {defined}"
        if scheduled:
            return "scheduled events, as each row is named, described and given a start"
        return None

    def _named_rows(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a column names each row (a name, a title), as a thing's rows are named."""
        k = self.knowledge
        return any(w in k.catalogue_columns and w not in k.describing_columns for w in column_words)

    def _owner(self, words: tuple[str, ...]) -> tuple[str, str] | None:
        """The known word before a table's head that owns its rows: a person's word wherever it stands
        (company_user_invitations invite a company's users), else the first known one."""
        k = self.knowledge
        known = [(kind, w) for w in words
                 if (kind := k.table_kinds.get((w,)) or ("person" if k.names_occupation(w) else None)) is not None]
        return next((o for o in known if o[0] == "person"), known[0] if known else None)

    def _person_key(self, words: tuple[str, ...], login_keys: frozenset[tuple[str, ...]] = frozenset(),
                   tenants: frozenset[str] = frozenset(), owner: bool = False) -> bool:
        """Whether a column with these words holds a person's key (user_id, patient_id, pat_id;
        a login name where persons are keyed by it; unless ``owner``, any person word's key such
        as author_id), not a tenant's (account_id)."""
        k = self.knowledge
        if not words or words[0] in tenants or (len(words) > 1 and words[-2] in tenants):
            return False
        if words in k.person_keys or words[-2:] in k.person_keys:
            return True
        if login_keys and words != ("name",) and self.login_form(words) in login_keys:
            return True
        return (not owner and len(words) >= 2 and words[-1] in k.key_words
                and (k.table_kinds.get(words[-2:-1]) == "person" or words[-2] in k.person_words))

    def _column_words(self, name: str) -> tuple[str, ...]:
        """A column's words with a leading ``id`` moved last (``id_member`` -> member id); cached as
        ``column_words``."""
        words = self.reader.words(name)
        if len(words) > 1 and words[0] in self.knowledge.leading_moves:
            return (*words[1:], words[0])
        return words

    def _qualified_thing(self, name: tuple[str, ...], head: str, columns: Sequence[Field],
                         column_words: list[tuple[str, ...]], keyed: Field | None) -> bool:
        """Whether a person word qualified by a non-person word names a thing (payment_provider,
        shipping_profile, zone_member): no column describes a person and none keys one but the
        table's own key, named after it (genetic_profile_id in genetic_profile); a word that always names
        people (lab_staff) never does."""
        if keyed is not None or len(name) < 2 or name[-1] != head or head in self.knowledge.natural_person_heads:
            return False
        if any(w in self.knowledge.person_words or w in self.knowledge.person_qualifiers
               or self.knowledge.table_kinds.get((w,)) == "person" for w in name[:-1]):
            return False
        return not any(person for _, person in self.facts(columns, column_words))

    def _keyed_by_other(self, name: tuple[str, ...], columns: Sequence[Field], column_words: list[tuple[str, ...]],
                        person_set: Iterable[str], login_keys: frozenset[tuple[str, ...]], tenants: frozenset[str],
                        own_keys: frozenset[tuple[str, ...]]) -> Field | None:
        """The first column keying a person other than the table's own primary key named after it
        (genetic_profile_id in genetic_profile keys the row itself, whatever its head word says)."""
        others = [(c, w) for c, w in zip(columns, column_words, strict=True)
                  if not (c.primary_key and w[:-1] == name and w[-1:] and w[-1] in self.knowledge.key_words)]
        return self._keyed([c for c, _ in others], [w for _, w in others], person_set, login_keys, tenants,
                           own_keys=own_keys)

    def login_form(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """A login-name column's words without a leading person word, ``username`` read as
        ``name``: users.name, user_name and username all meet."""
        if len(words) > 1 and words[0] in self.knowledge.person_words:
            words = words[1:]
        return ("name",) if words in (("username",), ("user", "name")) else words

    def _keyed(self, columns: Sequence[Field], column_words: list[tuple[str, ...]], person_set: Iterable[str],
               login_keys: frozenset[tuple[str, ...]], tenants: frozenset[str], owner: bool = False,
               own_keys: frozenset[tuple[str, ...]] = frozenset()) -> Field | None:
        """The first column that keys a person: one named so, or a declared key to a person table
        (with ``owner``, only the keys that name whose the row is: user_id, not author_id, and
        never one naming who acted on the row: creator, changed_by)."""
        for column, words in zip(columns, column_words, strict=True):
            if owner and not self.knowledge.actor_words.isdisjoint(words):
                continue
            ref = column.references
            if _keys_person(ref, person_set):
                return column
            if self.person_key(words, login_keys, tenants, owner) or words in own_keys:
                return column
        return None

    def _self_link(self, name: tuple[str, ...], columns: Sequence[Field],
                   column_words: list[tuple[str, ...]]) -> Field | None:
        """A column of a table named after persons that keys the very persons the name says
        (list_accounts.account_id, message_contacts.contactid): its rows link persons to
        something; a persons' own table does not hold their key as data. A global id named after the
        rows (customer.customer_guid beside its own key) is each row's own, not a link."""
        head = name[-1] if name else ""
        return next((c for c, w in zip(columns, column_words, strict=True)
                     if not c.primary_key and len(w) == 2 and w[0] == head and w[1] in self.knowledge.key_words
                     and w[1] not in _GLOBAL_IDS and type_family(c.type) in ("number", "uuid")), None)

    def _person_pair(self, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                     person_set: Iterable[str], login_keys: frozenset[tuple[str, ...]], tenants: frozenset[str],
                     own_keys: frozenset[tuple[str, ...]]) -> tuple[Field, Field] | None:
        """The two columns of a table named after persons that key whose list a row is on and the
        other person on it (contacts with user_id and person_id, owner_user_id and contact_user_id,
        sender and recipient of a messenger's contact list), neither the table's own key: its rows
        link persons, they are not persons themselves."""
        keys = [(c, w) for c, w in zip(columns, column_words, strict=True) if not c.primary_key]
        owner = self._keyed([c for c, _ in keys], [w for _, w in keys], person_set, login_keys, tenants,
                            owner=True, own_keys=own_keys)
        if owner is None:
            return None
        rest = [(c, w) for c, w in keys if c is not owner]
        other = self._keyed([c for c, _ in rest], [w for _, w in rest], person_set, login_keys, tenants,
                            own_keys=own_keys)
        return None if other is None else (owner, other)

    def _own_settings(self, kind: str, head: str, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                      person_set: Iterable[str], login_keys: frozenset[tuple[str, ...]], tenants: frozenset[str],
                      own_keys: frozenset[tuple[str, ...]], has: set[str]) -> tuple[str, str]:
        """A table of rules or options keyed by whose they are (pm_rules with id_member, mam_config
        with user_id) holds that person's settings, unless a column names each row (a shop's
        cart rules have a name: they are the shop's, offered to a customer) or its columns set up the
        whole site (an SMTP host, a site title, a logo: the person column keeps who saved them)."""
        whose = self._keyed(columns, column_words, person_set, login_keys, tenants, owner=True, own_keys=own_keys)
        if whose is None or not self._own_options(columns, column_words, person_set):
            return kind, head
        has.add("settings")
        return "person_data", f"{head} of the person in its column {whose.name}"

    def _own_options(self, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                     person_set: Iterable[str]) -> bool:
        """Whether a table of options keyed by a person holds that person's own choices: no column names
        each row (a shop's named cart rules) and its columns set up no whole site (an SMTP host, a
        logo) nor a connection to a server."""
        return not (any(w in self.knowledge.catalogue_columns for w in column_words)
                    or self._configures_system(column_words) or self._endpoint(columns, column_words, person_set))

    def _service_logins(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table holds passwords named after enough different services or things and after
        no person (ups_password, fedex_password, dhl_password; cert_pwd, voip_cert_pwd): the
        application's logins to carriers, gateways or certificates, not one person's password."""
        k = self.knowledge
        services = {w[:i] for w in column_words for i in range(1, len(w)) if w[i:] in k.password_columns
                    and not any(x in k.person_words or k.table_kinds.get((x,)) == "person" for x in w[:i])}
        return len(services) >= k.service_login_evidence

    def _goods(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns price something and count its stock (prix, stock): goods on sale."""
        parts = self.knowledge.goods_columns
        return bool(parts) and all(any(not words.isdisjoint(w) for w in column_words) for words in parts.values())

    def _configures_system(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether enough columns name a setting of the whole site or server (smtp_host, site_title);
        columns told apart only by a number (an anaesthesia chart's intake_site1 to intake_site7, where a
        site is a place on the body) count once."""
        found = {tuple(x for x in w if not x.isdigit()) for w in column_words if self.site_settings(w)}
        return len(found) >= self.knowledge.system_setting_evidence

    def site_settings(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The settings of a whole site or server a column's words name (smtp_host: smtp, smtp host)."""
        return [s for s in self.knowledge.system_setting_words
                if any(words[i:i + len(s)] == s for i in range(len(words)))]

    def _domain_records(self, kind: str, head: str, name: tuple[str, ...], domain: str,
                        whose: Field | None) -> tuple[str, str]:
        """The kind of a person's table in an application of ``domain`` (a patient's notes or
        ``patient_program`` in a health application are clinical): the domain's records when a
        column keys whose rows they are and, for a person's data, the lexicon does not know its head
        or knows it only as a generic one (``emar_detail``: details of a patient's record), and its name
        holds none of the domain's ``identities`` (``patient_names``: who the patient is)."""
        if whose is None or (kind == "person_data" and name[-1:] in self.knowledge.table_kinds
                             and name[-1] not in self.knowledge.generic_heads):
            return kind, head
        if kind == "person_data" and not set(name).isdisjoint(self.knowledge.domains[domain].identities):
            return kind, head
        return (self.knowledge.domains[domain].person_data_becomes,
                f"{head} keyed by {whose.name}, in a {domain} application")

    def _unnamed_records(self, name: tuple[str, ...], has: set[str]) -> bool:
        """Whether a person's table whose columns hold an address names its rows by a word the
        lexicon does not know (pasien_corona: a patient's case report holding where they live), not
        as their address or settings (patient_address): in an application of a domain, the domain's
        records once a column keys whose they are."""
        return has & _OWN_FACTS == {"address"} and len(name) > 1 and name[-1:] not in self.knowledge.table_kinds

    def _extends_person(self, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                        login_keys: frozenset[tuple[str, ...]], tenants: frozenset[str]) -> bool:
        """Whether a table of a person's data has a person's key as its only primary key (discuz's
        common_member_status keyed by uid, a status table keyed by user_id): one row per person,
        more of their own row."""
        keys = [w for c, w in zip(columns, column_words, strict=True) if c.primary_key]
        return (len(keys) == 1 and (keys[0] in self.knowledge.person_row_keys
                                    or self.person_key(keys[0], login_keys, tenants)))

    def _own_name(self, name: tuple[str, ...], column_words: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        """The one column naming each row after the table (HFName in tblHF, PayerName in tblPayer, or
        by a short form of its name that is no person word: WRD_NAME in WARD) when no column holds
        what only a natural person has (a first name, a birth date)."""
        k = self.knowledge
        names = [w for w in column_words if w[-1:] == ("name",)]
        if len(names) != 1 or not k.natural_columns.isdisjoint(column_words) or not name:
            return None
        if len(names[0]) == 2 and names[0][0] not in k.person_words and _abbreviates(names[0][0], name[-1]):
            return names[0]
        return names[0] if names[0] in (("name",), (*name[-1:], "name")) else None

    def _person_state(self, name: tuple[str, ...], columns: Sequence[Field], column_words: list[tuple[str, ...]],
                      person_set: Iterable[str], login_keys: frozenset[tuple[str, ...]], tenants: frozenset[str],
                      own_keys: frozenset[tuple[str, ...]]) -> str | None:
        """Why a table named after content holds each person's state of a content item
        (discussion_readers, UserComment: a user_id, a discussion_id or CommentID, and no body, text
        or title of its own, whole or ending a name: comment_content), or None: its rows are a
        person's data, not content."""
        k = self.knowledge
        items = {w.removesuffix("s") for w in name if k.table_kinds.get((w,)) in CONTENT_KINDS}
        item = next((c for c, w in zip(columns, column_words, strict=True)
                     if len(w) == 2 and w[1] in k.key_words and w[0].removesuffix("s") in items), None)
        if item is not None and item.primary_key and sum(c.primary_key for c in columns) == 1:
            return None  # the table's own key (help_topic.topic_id): rows are the items themselves
        if item is None or any(w in k.content_columns or (w[-1:] in k.content_columns and type_family(c.type)
                                                              in (None, "text", "json", "binary"))
                               for c, w in zip(columns, column_words, strict=True)):
            return None
        whose = self._keyed(columns, column_words, person_set, login_keys, tenants, owner=True, own_keys=own_keys)
        if whose is None or whose is item:
            return None
        return (f"{' '.join(name)}: each person's state of a {item.name.lower()} item, keyed by "
                f"{whose.name} and holding no content of its own")

    def _membership(self, name: tuple[str, ...], head: str, columns: Sequence[Field],
                    column_words: list[tuple[str, ...]], person_set: Iterable[str],
                    login_keys: frozenset[tuple[str, ...]], tenants: frozenset[str],
                    own_keys: frozenset[tuple[str, ...]]) -> Field | None:
        """The column keying whose membership a row is, in a table named as persons' groups
        (user_usergroup_map, member_group) whose columns key both a person and a group: the rows
        link persons to groups, they are not the groups (whose own key would be the only one)."""
        k = self.knowledge
        group = head.split()[-1] if head else ""
        if group not in k.collectives or not any(w in k.person_owners for w in name[:-1]):
            return None
        keys = [c for c in columns if c.primary_key]
        keyed = next((c for c, w in zip(columns, column_words, strict=True)
                      if len(w) >= 2 and w[-1] in k.key_words and w[-2] == group and keys != [c]), None)
        if keyed is None:
            return None
        return self._keyed(columns, column_words, person_set, login_keys, tenants, owner=True, own_keys=own_keys)

    def _addressed(self, columns: Sequence[Field], column_words: list[tuple[str, ...]],
                   person_set: Iterable[str]) -> Field | None:
        """The column naming the one person each message is addressed to (id_recipient, to_profile),
        unless another column varies the audience (by its name, or by values naming a public and a
        private one) or the column keys a table of no persons (a recipient row that may be a stream)."""
        k = self.knowledge
        if (any(w in k.varying_audience and w not in k.recipient_columns for w in column_words)
                or any(_AUDIENCES <= enum_values(c.type) for c in columns)):
            return None
        for column, words in zip(columns, column_words, strict=True):
            ref = column.references
            if words in k.recipient_columns and (ref is None or _keys_person(ref, person_set)):
                return column
        return None

    def _audience(self, name: tuple[str, ...], head: str, columns: Sequence[Field],
                  column_words: list[tuple[str, ...]]) -> tuple[str, str]:
        """The audience of a table of content told by where its rows are said: in a conversation
        (conversation_id) among the few in it, restricted; in a forum or a topic (forum_id), published,
        unless another column varies the audience (a group, a room) or the rows are uploads, which a
        forum may attach to private messages too."""
        k = self.knowledge
        pairs = list(zip(columns, column_words, strict=True))
        talk = next((c for c, w in pairs if w in k.conversation_columns), None)
        if talk is not None:
            return "content_private", f"{head}, each said in the conversation its column {talk.name} keys"
        forum = next((c for c, w in pairs if w in k.forum_columns), None)
        if (forum is not None and not any(w in k.varying_audience for w in column_words)
                and k.upload_heads.isdisjoint(name[-1:])):
            return "content_public", f"{head}, each posted where its column {forum.name} says"
        if (forum is None and not k.message_heads.isdisjoint(name[-1:])
                and not any(w in k.varying_audience for w in column_words)
                and not any(_AUDIENCES <= enum_values(c.type) for c in columns)):
            return "content_private", f"{head}, said to the persons it is sent to, as no column posts it anywhere"
        return "content", head

    def _mail(self, name: tuple[str, ...], column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table named after e-mail holds messages (a body column), not addresses nor
        the templates of messages."""
        k = self.knowledge
        return (not k.mail_tables.isdisjoint(name) and not k.mail_bodies.isdisjoint(column_words)
                and name[-1] not in k.template_heads)

    def _posted(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns title each row and hold its body (title and body, subject and
        text) and mark no row read: a post, not a notice sent to the person keyed."""
        k = self.knowledge
        return (not k.post_titles.isdisjoint(column_words) and not k.mail_bodies.isdisjoint(column_words)
                and k.read_columns.isdisjoint(column_words))

    def _editorial(self, name: tuple[str, ...], keyed: Field | None, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table of articles or questions keys no person, or only a member of staff (admin_id):
        the site's own pages (a shop's news and help articles, a survey's or a form's questions), not what
        its users wrote. Articles of another record (a ticket's articles: its messages) are that record's;
        a key ending in a word that keys a person by itself (published_uid) names who wrote the row."""
        k = self.knowledge
        if not name or name[-1] not in k.editorial_heads or any((w,) in k.table_kinds for w in name[:-1]):
            return False
        if keyed is None:
            return not any(w[-1:] in k.person_row_keys for w in column_words)
        words = self.column_words(keyed.name)
        return bool(words) and words[0] in k.staff_key_words

    def _written(self, column_words: list[tuple[str, ...]]) -> bool:
        """Whether a table's columns hold a message body and name its author (body, author_id)."""
        k = self.knowledge
        return (not k.mail_bodies.isdisjoint(column_words)
                and any(not k.author_words.isdisjoint(words) for words in column_words))

    def _names_subject(self, column: Field, domain: str) -> bool:
        """Whether a key column keys the persons the domain is about (``subject_id``, ``pid``, a
        key to ``patients``) rather than its staff or users."""
        subjects = self.knowledge.domains[domain].subjects
        ref = column.references
        target = self.reader.words(ref.table.rsplit(".", 1)[-1]) if ref else ()
        return not {*self.column_words(column.name), *target}.isdisjoint(subjects)

    def _keys_subject(self, column: Field, domain: str, own_keys: frozenset[tuple[str, ...]]) -> bool:
        """Whether a column keying whose a row is keys one of the domain's subjects (a patient, by
        name or by the key a table of persons no person word names gives itself: oscar's
        demographic_no), not a member of staff (sys_user_id, EmployeeNum): only then are the rows
        the domain's records."""
        if self._names_subject(column, domain):
            return True
        words = self.column_words(column.name)
        k = self.knowledge
        return words in own_keys and k.table_kinds.get(words[:1]) != "person" and words[0] not in k.person_words

    def _any_subject_key(self, columns: Sequence[Field], column_words: list[tuple[str, ...]], domain: str,
                         own_keys: frozenset[tuple[str, ...]]) -> bool:
        """Whether some key column of a table keys one of the domain's subjects (a patient), or a column
        is named by one alone (a FHIR resource's subject or patient: a reference to them, not a key)."""
        k = self.knowledge
        subjects = k.domains[domain].subjects
        return any(((c.references is not None or w in k.person_keys
                     or (w and (w[-1] in k.key_words or w[-1] in k.own_key_tails)))
                    and self._keys_subject(c, domain, own_keys)) or (len(w) == 1 and w[0] in subjects)
                   for c, w in zip(columns, column_words, strict=True))

    def _keys_a_subject(self, columns: Sequence[Field], column_words: list[tuple[str, ...]], domain: str,
                        own_keys: frozenset[tuple[str, ...]]) -> bool:
        """Whether a column other than the table's own key keys one of the domain's subjects, declared
        or not (a FHIR encounter's subject_id): a table its name reads clinical then keeps their records,
        no catalogue; a lookup keyed by its own subject_event_status_id keys no one."""
        pairs = [(c, w) for c, w in zip(columns, column_words, strict=True) if not c.primary_key]
        return self._any_subject_key([c for c, _ in pairs], [w for _, w in pairs], domain, own_keys)

    def _staff_records(self, table: str, owner: Field) -> tuple[str, str]:
        """The kind of a table read as clinical only by a word of its name (result_signature,
        clockevent) whose rows are keyed by a member of staff, not a patient: what its name says
        without the domain, else a person's data."""
        kind, head = self.kind_of_name(table)
        if kind is None or kind == "health":
            kind = "person_data"
        return kind, f"{head or table}, keyed by {owner.name}, a member of staff's"

    def _stock(self, columns: Sequence[Field], column_words: list[tuple[str, ...]], domain: str) -> Field | None:
        """The first column named by one of the domain's ``stock`` words (storehouse_id, supplier_name,
        stock): what a pharmacy or a store keeps and receives, or None."""
        words = self.knowledge.domains[domain].stock
        return next((c for c, w in zip(columns, column_words, strict=True) if not set(w).isdisjoint(words)), None)

    def _unkeyed_health(self, table: str, head: str, columns: Sequence[Field],
                        column_words: list[tuple[str, ...]]) -> tuple[str, str]:
        """The kind of a table read as clinical whose columns key neither a patient nor a clinical
        record: a log of what someone did when its name says so (a calendar's events), clinical
        events when a column dates what happened (a vital sign's date_time), else a catalogue (a
        list of procedures, of order types)."""
        if self.kind_of_name(table)[0] == "activity":
            return "activity", f"{head}, a log: no column keys a patient or a clinical record"
        dated = self._event_time(columns, column_words)
        if dated is not None:
            return "health", f"{head}, clinical events: its column {dated.name} dates what happened"
        return "thing", f"{head}, a catalogue: no column keys a patient or a clinical record"

    def _event_time(self, columns: Sequence[Field], column_words: list[tuple[str, ...]]) -> Field | None:
        """A column that dates what a row records (date_time, test_due_date, datum): a time named
        by none of the words of a row's bookkeeping or of a definition's span (``row_time_words``)."""
        k = self.knowledge
        return next((c for c, w in zip(columns, column_words, strict=True)
                     if w and not c.primary_key and type_family(c.type) not in ("bool", "uuid", "json")
                     and (w[-1] in k.time_words or w[0] in ("date", "time"))
                     and k.row_time_words.isdisjoint(w)), None)

    def _clinical(self, name: tuple[str, ...], columns: Sequence[Field], column_words: list[tuple[str, ...]],
                  domain: str | None) -> bool:
        """Whether some column keys a clinical row (encounter_id, encounter_nr, visit_id, order_id in a health
        application; a declared key to a table whose name reads clinical, as lab_tests.lab_request_id to
        lab_requests): a table with such a key, or a person's, holds a patient's records. The table's own
        primary key named after it by a word only the domain reads clinical (mutation_event_id in
        mutation_event: an event) keys its own rows, no clinical one; one named so by a clinical word
        (opd_id) still says the rows are clinical records. So does a patient's medical record number,
        and a visit named without a key word (``visit_columns``: SIMGOS's kunjungan, openemr's encounter).
        A key to one of the domain's products (vaccine_id: a batch's vaccine) keys no record."""
        kinds = self.knowledge.table_kinds
        words = set(self.knowledge.domains[domain].words) if domain else set()
        products = set(self.knowledge.domains[domain].products) if domain else set()
        if any(c.references is not None and self.kind_of_name(c.references.table)[0] == "health"
               and products.isdisjoint(self.name_words(c.references.table)[-1:]) for c in columns):
            return True
        if self._record_number(columns, column_words) is not None:
            return True
        if any(w in self.knowledge.visit_columns and not c.primary_key and type_family(c.type) in ("text", "number")
               for c, w in zip(columns, column_words, strict=True)):
            return True
        return any(len(w) >= 2 and (w[-1] in self.knowledge.key_words or w[-1] == "number")
                   and ((kinds.get(w[-2:-1]) == "health" and w[-2] not in products)
                        or (w[-2] in words and not (c.primary_key and w[:-1] == name)))
                   for c, w in zip(columns, column_words, strict=True))

    def context(self, table: str, columns: Sequence[Field], person_tables: Iterable[str] = (),
                domain: str | None = None, tenants: frozenset[str] = frozenset(),
                login_keys: frozenset[tuple[str, ...]] = frozenset(),
                own_keys: frozenset[tuple[str, ...]] = frozenset(),
                first_kinds: Mapping[str, str] | None = None) -> TableContext:
        """The context of a table from its name, then its columns when the name says nothing.

        ``domain`` is the kind of application the source is (``health``): there, a table the
        name does not explain that holds a person's key is of the domain's kind. ``tenants``
        are words that name a tenant in this source (``account``): such tables are organisations.
        ``login_keys`` are column words that key persons in this source (``username`` where the
        person table's primary key is the login name): columns so named refer to a person;
        ``own_keys`` likewise, the words of person tables' own keys (``demographic_no``).
        ``first_kinds`` are the kinds of the source's tables read before its person tables were known:
        a declared key to a thing's table keys no person, whatever its name says (genetic_profile_id
        to a genetic_profile of things); one to a table of the domain's records makes a table its
        name does not explain the domain's records too (a sample's mutations).
        """
        column_words = [self.column_words(c.name) for c in columns]
        name = self.name_words(table)
        kind, head, name_facts = self.name_context(table, domain, tenants)
        has = set(name_facts)
        person_set = person_tables if isinstance(person_tables, frozenset) else {p.lower() for p in person_tables}
        first_kinds = first_kinds or {}
        keys = [(c, w) for c, w in zip(columns, column_words, strict=True)
                if c.references is None or _keys_person(c.references, person_set)
                or self._first_kind(c.references, first_kinds) not in self.knowledge.non_person_owners]
        key_columns, key_words = [c for c, _ in keys], [w for _, w in keys]
        keyed = self._keyed(key_columns, key_words, person_set, login_keys, tenants, own_keys=own_keys)
        whose_rows = _Once(lambda: self._keyed(key_columns, key_words, person_set, login_keys, tenants, owner=True,
                                               own_keys=own_keys))  # the column keying whose rows they are
        if keyed is not None:
            has.add("person_key")
        else:
            has -= self.knowledge.keyed_head_facts
        if keyed is not None or self._author(columns, column_words) is not None:
            has.add("owned")  # a column keys whose the row is or who wrote it
        if login_keys:
            has.add("login_key")
        if not self.knowledge.password_columns.isdisjoint(column_words):
            has.add("password")
        has.update(self.knowledge.column_facts[w] for w in column_words if w in self.knowledge.column_facts)
        if "session" in has and self.knowledge.session_secret_columns.isdisjoint(column_words):
            has.add("secret_key")
        if "credential" in name_facts and not self._holds_token_secret(column_words):
            has.add("secret_key")
        if self._holds_access_token(column_words) or self._names_sign_in_accounts(name):
            has.add("linked_account")
        owner_key = whose_rows() if kind in (None, "person", "person_data", "health") else None
        facts = self.facts(columns, column_words)
        whose = self._owned_by_person(kind, head, columns, column_words, person_set, login_keys, tenants, own_keys)
        if whose is not None:
            kind, head = "person_data", f"{head}, each row a person's by its column {whose.name}"
            owner_key = whose
            if name[-1] in self.knowledge.settings_heads and self._own_options(columns, column_words, person_set):
                has.add("settings")  # a person's settings of a service (ai_service_settings by user_id)
        # Two different parts (a street and a city), not one part twice (state_current, state_initial).
        address_hits = len({address for address, _ in facts if address})
        if address_hits >= 2:
            has.add("address")
            if (any(address in self.knowledge.postal_code_columns for address, _ in facts)
                    and not self._numbered_lines(columns, facts)):
                has.add("postal_code")
        if any(person for _, person in facts):
            has.add("describes_person")
        if any(len(words) >= 2 and type_family(c.type) == "text"
               and self.knowledge.table_kinds.get(words[-1:]) == "person"
               for c, words in zip(columns, column_words, strict=True)):
            has.add("names_person")
        has.update(f"keyed:{words[0]}" for c, words in zip(columns, column_words, strict=True)
                   if len(words) >= 2 and words[0] in self.knowledge.person_words
                   and words[-1] in self.knowledge.key_words and type_family(c.type) in ("number", "uuid"))
        if self._located_by_ip(columns, column_words, facts):
            has.add("geoip")
        if kind == "person_data" and owner_key is None and self._accounts(column_words):
            kind, head = "person", f"{head}: accounts, as it holds a login name and a password and keys no person"
        if kind == "person_data" and owner_key is None and not has & _OWN_FACTS and self._named_persons(column_words):
            kind, head = "person", f"{head}: persons, as it holds a first and a last name and keys no person"
        if (kind == "org" and self._accounts(column_words)
                and sum(1 for _, person in facts if person) >= _SIGNING_IN_PERSONS):
            kind, head = "person", f"{head}: persons, as each row signs in with a login name and a password"
        if kind == "activity" and self._accounts(column_words) and self._keyed_by_person(columns, column_words):
            kind, head = "person", (f"{head}: accounts, as it holds a login name and a password and is keyed "
                                    "by a person's id alone")
        if kind == "org" and self._named_persons(column_words) and self._born(column_words):
            kind, head = "person", f"{head}: persons, as each row holds a first and a last name and a birth date or sex"
        if kind == "thing" and keyed is not None and self._identities(column_words):
            kind, head = "person", (f"{head}: identities of the person in its column {keyed.name}, as it holds "
                                    "an identity's public key and its name or picture")
        if (kind == "thing" and owner_key is None and self.knowledge.head_facts.get(name[-1:]) != "credential"
                and self._holds_access_token(column_words)):
            whose = whose_rows()
            if whose is not None:
                kind, head = "person_data", (f"{head}: a person's linked account, as it holds an access token "
                                             f"and its column {whose.name} keys whose it is")
                owner_key = whose
        if kind == "thing" and self._names_natural_person(column_words):
            kind, head = "person_data", f"{head}: a person's details, as it holds a first and a last name"
            owner_key = whose_rows()
        if kind == "person":
            other = self._keyed_by_other(name, columns, column_words, person_set, login_keys, tenants, own_keys)
            defined = self._defined(column_words) if len(name) == 1 else None
            if self._qualified_thing(name, head, columns, column_words, other):
                kind, head = "thing", f"{' '.join(name)}: a {head} of a kind of thing, with no column of a person"
            elif (defined is not None and other is None and not any(person for _, person in facts)
                  and not self._accounts(column_words)):
                kind, head = "thing", f"{head}: kinds of {head}, as {defined} and no column describes or keys a person"
        if kind == "person":
            link = None if self._own_persons(column_words) else self._link(name, columns, column_words)
            if link is not None:
                kind, head = "person_data", f"{head}, linked to a {link} by its column {link} id"
            else:
                own = self._self_link(name, columns, column_words)
                pair = (self._person_pair(columns, column_words, person_set, login_keys, tenants, own_keys)
                        if own is None and name[-1] in self.knowledge.contact_list_heads
                        and not any(person for _, person in facts)
                        and self.knowledge.identity_columns.isdisjoint(column_words) else None)
                if own is not None:
                    # Each row is still one person's own (their place in an account, their moderation):
                    # what no rule names is more of their row.
                    kind, head = "person_data", f"{head}, whose column {own.name} links to a person"
                    if has.isdisjoint(self.knowledge.defaults):
                        has.add("own_row")
                elif pair is not None:
                    kind, head = "social", (f"{head}: a person's list of others, each row linking the person in "
                                            f"its column {pair[0].name} to the one in {pair[1].name}")
        ambiguous = (head in self.knowledge.ambiguous_persons
                     and not (domain and head in self.knowledge.domains[domain].persons))
        contact = next((c for c, w in zip(columns, column_words, strict=True)
                        if w in self.knowledge.contact_person_columns), None) if ambiguous else None
        if kind == "person" and contact is not None:
            kind, head = "org", f"{head}, organisations reached through the person in its column {contact.name}"
        if (kind == "person" and ambiguous and not any(person for _, person in facts)
                and not self._portrayed(head, columns, column_words)
                # A person's chat address on each row (a messenger's account: its jid).
                and self.knowledge.chat_address_columns.isdisjoint(column_words)):
            keys = [(c, w) for c, w in zip(columns, column_words, strict=True)
                    if not (len(w) == 2 and w[0] == head and w[1] in self.knowledge.key_words)]
            if self._keyed([c for c, _ in keys], [w for _, w in keys], person_set, login_keys, tenants,
                           owner=True) is None:
                kind, head = "thing", f"{head}, with no column that describes or keys a person"
            else:
                kind, head = "person_data", f"{head}, with no column that describes a person but one that keys one"
        if kind == "person" and self._contact_points(name, columns, column_words, has, person_set, login_keys,
                                                     tenants, own_keys):
            kind, head = "thing", f"{head}: contact points, as no column names a person or keys one"
        if kind == "person_data" and self._endpoint(columns, column_words, person_set):
            kind, head = "system", f"{head}: a connection to a server, as it names a host and a port"
            owner_key = None
        if kind in ("person", "person_data") and self._language_model(column_words):
            kind, head = "thing", f"{head}: AI agents, as it holds a model's prompt or settings"
            owner_key = None
        if (kind == "person" and len(name) > 1 and head in self.knowledge.ambiguous_persons
                and self._mailbox(columns, column_words, person_set)):
            kind, head = "system", f"{' '.join(name)}: a login to a server, as it names a host, a login and a password"
            owner_key = None
        if kind == "person_data" and owner_key is None and self._named_place(name, column_words):
            kind, head = "org", f"{head}: places named by their column name, as no column keys whose they are"
            has -= {"address", "settings"}
        if kind == "person_data" and owner_key is None and not has & {"address", "card"}:
            unowned = self._unowned(name, column_words,
                                    self.knowledge.domains[domain].words if domain else ())
            if unowned is not None:
                kind, head = unowned
                has.discard("settings")
        if kind == "person_data" and keyed is None:
            org_name = self._organisation_name(column_words)
            if org_name is not None:
                kind, head = "org", f"{head}: an organisation's own, named by its column {' '.join(org_name)}"
                has -= {"address", "settings"}
        if kind == "person_data" and "settings" in has and self._service_logins(column_words):
            kind, head = "system", f"{head}: the application's own, as it holds the passwords of several services"
            has.discard("settings")
            owner_key = None
        if (kind == "person_data" and keyed is None and "settings" in has
                and self._site_settings(name, column_words, facts)):
            kind, head = "system", f"{head}: the application's own, as no column keys whose they are"
            has.discard("settings")
        if (kind == "person_data" and " of " in head and self._record_head(name, column_words)
                and not has & {"settings", "card"}
                and owner_key is not None):
            has.add("record")
        if kind == "person_data" and not has & (_OWN_FACTS | {"record", "credential"}):
            if self._extends_person(columns, column_words, login_keys, tenants):
                has.add("extension")
        if (kind == "health" and domain and head.endswith(f"in a {domain} application") and owner_key is not None
                and not self._any_subject_key(columns, column_words, domain, own_keys)
                and self._of_records(columns, first_kinds, domain) is None):
            kind, head = self._staff_records(table, owner_key)
        if (kind == "health" and owner_key is None and not self._clinical(name, columns, column_words, domain)
                and not (domain and set(name) & set(self.knowledge.domains[domain].exposures))
                and not (domain and self._keys_a_subject(columns, column_words, domain, own_keys))):
            kind, head = self._unkeyed_health(table, head, columns, column_words)
        if (kind == "commerce" and domain and not set(name).isdisjoint(self.knowledge.domains[domain].lines)
                and self._clinical(name, columns, column_words, domain)):
            kind, head = (self.knowledge.domains[domain].kind,
                          f"{head}: the lines of a record of the {domain} application, as a column keys one")
        if kind == "commerce" and self._written(column_words):
            kind, head = "content", f"{head}: posts, as each row holds a body and its author"
            has.add("owned")
        if kind in CONTENT_KINDS:
            state = self._person_state(name, columns, column_words, person_set, login_keys, tenants, own_keys)
            if state is not None:
                kind, head = "person_data", state
        if kind == "content_public" and self._editorial(name, keyed, column_words):
            kind, head = "thing", (f"{head}: the site's own pages, as no column keys a person who wrote them"
                                   if keyed is None else
                                   f"{head}: the site's own pages, as only its staff column {keyed.name} keys a person")
        if kind == "content_public":
            varying = next((c for c, w in zip(columns, column_words, strict=True)
                            if w in self.knowledge.varying_audience), None)
            if varying is not None:
                reason = f"table name says {kind} ({head}), but its column {varying.name} varies the audience"
                return TableContext(table, "content", reason, frozenset(has), domain)
        if kind == "thing":
            member = self._membership(name, head, columns, column_words, person_set, login_keys, tenants, own_keys)
            if member is not None:
                kind, head = "person_data", f"{head} memberships, each of the person in its column {member.name}"
        if kind in ("content", "content_private"):
            to = self._addressed(columns, column_words, person_set)
            if to is not None:
                has.add("addressed")
                if kind == "content":
                    kind, head = "content_private", f"{head}, each addressed to one person by its column {to.name}"
        if kind == "content":
            kind, head = self._audience(name, head, columns, column_words)
        if (kind == "person" and self.knowledge.login_columns.isdisjoint(column_words)
                and self.knowledge.other_login_columns.isdisjoint(column_words)):
            has.add("no_login")
        if kind == "thing" and name and name[-1] in self.knowledge.settings_heads:
            kind, head = self._own_settings(kind, head, columns, column_words, person_set, login_keys, tenants,
                                            own_keys, has)
        if (domain and kind in self.knowledge.domains[domain].keyed_kinds_become
                and (not has & _OWN_FACTS or self._unnamed_records(name, has))):
            whose = whose_rows()
            if whose is not None and self._keys_subject(whose, domain, own_keys):
                kind, head = self._domain_records(kind, head, name, domain, whose)
        elif domain and kind in self.knowledge.domains[domain].subject_kinds_become and not has & _OWN_FACTS:
            whose = whose_rows()
            if whose is not None and self._names_subject(whose, domain):
                kind, head = self._domain_records(kind, head, name, domain, whose)
            elif whose is None and kind == "thing":
                record = self._of_records(columns, first_kinds, domain)
                if record is not None and record.references is not None:
                    kind = self.knowledge.domains[domain].person_data_becomes
                    head = f"{head}, each of the records in {record.references.table} its column {record.name} keys"
        if kind == "activity" and "secret_key" in has and self._named_rows(column_words):
            kind, head = "thing", f"{head}: scheduled sessions, as each row is named and no column is a session's key"
            has.discard("secret_key")
        held = self._held_events(name, column_words) if kind == "activity" else None
        if held is not None:
            kind, head = "thing", f"{head}: {held}"
        if kind == "activity" and self._tallies(name, column_words, has):
            kind, head = "system", f"{head}: statistics, as it counts what no one person did"
        if kind == "activity" and "person_key" in has and name and name[-1] in self.knowledge.person_head_facts:
            # Statistics keyed by a person (user_stats by user_id): their counters, as in their own table.
            has.add(self.knowledge.person_head_facts[name[-1]])
        if kind in _MAIL_KINDS and self._mail(name, column_words):
            kind, head = "content_private", f"{head}: e-mails, as it holds a message body"
            has.add("mail")
        if kind is not None:
            return TableContext(table, kind, f"table name says {kind} ({head})", frozenset(has), domain)
        person_hits = sum(1 for _, person in facts if person)
        address = self._address_book(columns, column_words)
        if address is not None:
            return TableContext(table, "person", f"its columns are its own key and a person's chat address "
                                f"({address.name}): the persons one talks to", frozenset(has), domain)
        if (person_hits >= 2 and owner_key is None and self.knowledge.login_columns.isdisjoint(column_words)
                and self.knowledge.natural_columns.isdisjoint(column_words)
                and self._service_logins(column_words)):
            return TableContext(table, "system", "its columns hold the passwords of several services or "
                                "certificates, and no login name nor anything only a natural person has: "
                                "the application's own", frozenset(has), domain)
        if (person_hits >= 2 and owner_key is None and self._accounts(column_words)
                and not self._endpoint(columns, column_words, person_set)):
            # A login name and a password (personnel with name, phone, username, password): each row
            # signs in, a person's account, though a column names it as a thing's would.
            return TableContext(table, "person", "its columns hold a login name and a password and key no "
                                "person: accounts of persons", frozenset(has), domain)
        defined = self._defined(_without_table_word(name, column_words))
        if person_hits >= 2 and defined is not None and self.knowledge.natural_columns.isdisjoint(column_words):
            return TableContext(table, "thing", f"{defined}, with nothing only a natural person has",
                                frozenset(has), domain)
        if person_hits >= 2 and self._configures_system(column_words):
            return TableContext(table, "system", "its columns set up the whole site (a logo, an analytics key, "
                                "an SMTP host), with a name and contact of the site's own", frozenset(has), domain)
        org_name = (self._keyed_organisation(columns, column_words)
                    if (person_hits >= 2 or "address" in has) and owner_key is None else None)
        if org_name is not None:
            return TableContext(table, "org", f"its columns describe an organisation named by its column "
                                f"{' '.join(org_name)} and keyed by it, with nothing only a natural person has",
                                frozenset(has - {"address"}), domain)
        if person_hits >= 2:
            own_name = self._own_name(name, column_words)
            if own_name is not None:
                return TableContext(table, "org", f"its columns describe something named by its column "
                                    f"{' '.join(own_name)}, with nothing only a natural person has",
                                    frozenset(has), domain)
            if (domain and owner_key is not None and not owner_key.primary_key
                    and (owner_key.references is not None or type_family(owner_key.type) == "number")
                    and "address" not in has and not self._born(column_words)
                    and self._keys_subject(owner_key, domain, own_keys)):
                # A clinical form keyed by the patient it is about, signed by clinicians it only names
                # (an anaesthesia record's patient_id beside the surgeon's first and last name); not a
                # patient id written as text (a DICOM archive's PatientID), the row's own number, nor
                # a row describing someone by where they live or when they were born (an insured person).
                return TableContext(table, self.knowledge.domains[domain].kind,
                                    f"its columns name persons, but its column {owner_key.name} keys the "
                                    f"{domain} application's subject whose record it is", frozenset(has), domain)
            return TableContext(table, "person", BY_COLUMNS, frozenset(has | {"described"}), domain)
        if ("address" in has and (("name",) in column_words or self._organisation_name(column_words) is not None)
                and not (domain and owner_key is not None and self._keys_subject(owner_key, domain, own_keys))):
            # Not a patient's record naming where it happened (a birth's facility and village).
            has.discard("address")
            return TableContext(table, "org", "its columns describe a named place (an address and a name), "
                                "an organisation's site", frozenset(has), domain)
        if defined is not None:
            author = self._author(columns, column_words)
            if author is not None:
                return self._authored(table, author, columns, column_words, frozenset(has), domain)
            return TableContext(table, "thing", defined, frozenset(has), domain)
        if keyed is None and self._identities(column_words):
            return TableContext(table, "person", "its columns hold an identity's public key and its name or "
                                "picture, and key no person: identities of persons", frozenset(has), domain)
        keyed = owner_key
        owned = ("person_data" if domain is None or keyed is None or not self._keys_subject(keyed, domain, own_keys)
                 else self.knowledge.domains[domain].person_data_becomes)
        if keyed is not None and owned == "person_data" and self._posted(column_words):
            has.discard("progress")
            return self._authored(table, keyed, columns, column_words, frozenset(has), domain,
                                  f"its columns title each row and hold its body, and its column {keyed.name} "
                                  "keys who posted it")
        if keyed is not None and self._goods(column_words):
            return TableContext(table, "thing", f"its columns price goods and count their stock: a catalogue, "
                                f"its column {keyed.name} keying who added them", frozenset(has), domain)
        if keyed is not None:
            # A name that says nothing but its head, keyed by a person: their counters (statistics keyed
            # by users_id) or their records (leaves keyed by user_id).
            if owned == "person_data" and name and name[-1] in self.knowledge.person_head_facts:
                has.add(self.knowledge.person_head_facts[name[-1]])
            elif owned == "person_data" and self._record_head(name, column_words):
                has.add("record")
            ref = keyed.references
            why = (f"{keyed.name} references a person" if ref and ref.table.rsplit(".", 1)[-1].lower() in person_set
                   else f"its column {keyed.name} holds a person's key")
            return TableContext(table, owned, why, frozenset(has), domain)
        stock = self._stock(columns, column_words, domain) if domain else None
        if stock is not None:
            return TableContext(table, "thing", f"its column {stock.name} names a store or a supplier, and no column "
                                "keys a person: stock, no one's record", frozenset(has), domain)
        if domain and self._clinical(name, columns, column_words, domain):
            return TableContext(table, self.knowledge.domains[domain].person_data_becomes,
                                "a column keys a clinical record (a treatment, a visit): more of that record",
                                frozenset(has), domain)
        number = self._record_number(columns, column_words) if domain else None
        if domain and number is not None:
            return TableContext(table, self.knowledge.domains[domain].person_data_becomes,
                                f"its column {number.name} holds a patient's medical record number",
                                frozenset(has), domain)
        record = self._of_records(columns, first_kinds, domain)
        if domain and record is not None and record.references is not None:
            return TableContext(table, self.knowledge.domains[domain].person_data_becomes,
                                f"its column {record.name} references {record.references.table}, a table of "
                                "the domain's records", frozenset(has), domain)
        return TableContext(table, "unknown", "table name says nothing known", frozenset(has), domain)

    def _of_records(self, columns: Sequence[Field], first_kinds: Mapping[str, str],
                    domain: str | None) -> Field | None:
        """The column declaring a key to a table first read as the domain's records (mutation.sample_id
        or structural_variant.sample_id to a sample keyed by a patient, in a health application: a
        table of unknown kind or named as things whose rows key no one else), or None; a key placing the row in a
        hierarchy (parent_result_id) says nothing of whose the row is."""
        if domain is None:
            return None
        kind = self.knowledge.domains[domain].kind
        return next((c for c in columns if c.references is not None
                     and self.knowledge.hierarchy_words.isdisjoint(self.column_words(c.name)[:1])
                     and self._first_kind(c.references, first_kinds) == kind), None)

    @staticmethod
    def _first_kind(ref: ForeignKey, first_kinds: Mapping[str, str]) -> str | None:
        """The kind the referenced table was first read as, by its name with or without its schema."""
        return first_kinds.get(ref.table.lower()) or first_kinds.get(ref.table.rsplit(".", 1)[-1].lower())
