"""What a schema teaches about itself, read from all its tables at once.

Per source (one application's schema): the kind of application it is, the words that name
tenants there, the keys by which its person tables key persons (a login name, a key named
after the table), and from these the context of every table.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from catalog.model import Field
from scanner.classify.context import TableContext, TableReader
from scanner.classify.matching import RuleMatcher, Situation
from scanner.classify.types import type_family
from scanner.classify.words import split_identifier

# Columns describing a person that a table known as persons' only by its columns needs before its
# own key is taken for a person's key across the schema (a venue with an e-mail and a phone is no one).
_OWN_KEY_EVIDENCE = 3
# A prefix glued before the columns of a table (freemed's patient.ptlname, ptdob): the fewest columns
# of the table and the share of them that must carry it, and its shortest and longest length.
_PREFIX_COLUMNS = 4
_PREFIX_SHARE = 0.6
_PREFIX_LENGTHS = range(2, 7)
# The share of the columns carrying it whose first word then reads as known words (lname, dob, email),
# and the fewest letters left of that word (not xprof_age read 'of age').
_PREFIX_READS = 0.4
_PREFIX_REST = 3
# The fewest tables of a source, and the share of them, that start with an application's prefix.
_APP_PREFIX_TABLES = 10
_APP_PREFIX_SHARE = 0.6
# How many links of keys to the domain's records a table of unknown kind is followed through.
_RECORD_CHAIN = 3
# The most tables that may point to a part of a record kept in a table of its own: a lookup is
# pointed to by many (tables detailing the part itself, epidataburial of epidata, aside).
_PART_REFERRERS = 2
# The fewest columns, and the share of them that are yes/no flags, of a form of findings.
_FINDINGS_COLUMNS = 8
_FINDINGS_SHARE = 0.6
# The fewest other tables of a source in which a person table's own distinctive primary key recurs,
# undeclared, as a column that is not their only key, before that name is read as a person's key there.
_RECURRING_KEY = 2
# Besides the domain's own, the kinds of tables whose rows are records of persons that may keep parts apart.
_RECORD_KINDS = ("person", "person_data")
# How many of a source's tables of things, and what share of them, must carry a bare key column
# beside their own primary key for it to be each row's own id in that source.
_ROW_KEY_TABLES = 4
_ROW_KEY_SHARE = 0.5
_THING_KINDS = frozenset({"thing", "org", "system"})
# The most tables whose only primary key references one table's for it to be the persons' supertype.
_SUBTYPES = 3
# The kinds a persons' supertype may be read as by its own name: none known, or organisations and things.
_SUPERTYPE_KINDS = frozenset({"unknown", "org", "thing"})
_SUPERTYPE = "person: a table of persons keys its rows by this table's key (persons and organisations)"
# Table facts that say a source keeps persons: a column keys, names or describes one.
_PERSON_FACTS = frozenset({"person_key", "login_key", "login_name", "names_person", "describes_person", "owned"})
# The key of a patient's medical record number (see ``_record_numbers``).
RECORD_ID = "user.health_and_medical.record_id"
# The fewest tables of a source, other than its persons', that carry a login-name column (alone or
# beside a user_id) before that login name is read as how the source refers to its persons: a few
# (a log of sign-ins, a list of reserved names, a copy beside a key) say nothing.
_LOGIN_REFERENCES = 7
_Tables = dict[tuple[str, str], list[Field]]
_Contexts = dict[tuple[str, str], TableContext]
# Declared keys between tables (from, to, the key column's words) and the tables pointing to each.
_KeyLinks = tuple[list[tuple[tuple[str, str], tuple[str, str], tuple[str, ...]]], dict[tuple[str, str], set[str]]]


def _named(context: TableContext, name: str) -> TableContext:
    """``context`` of the table named ``name`` (read by another name: without its application's prefix)."""
    return context if context.name == name else replace(context, name=name)


def is_code_value(field: Field) -> bool:
    """A value application code handles (a parameter, a payload key), recorded under its function's name."""
    return field.dataset is None and field.type is None and field.source.endswith(".py") and "." in field.table


class _ColumnsByName:
    """The columns of each source by their lower-cased name, each with its table and whether that table
    has one primary key column; built on the first look-up."""

    def __init__(self, by_table: _Tables) -> None:
        self.by_table = by_table
        self.index: dict[tuple[str, str], list[tuple[tuple[str, str], Field, bool]]] | None = None

    def get(self, source: str, name: str) -> list[tuple[tuple[str, str], Field, bool]]:
        if self.index is None:
            self.index = defaultdict(list)
            for key, columns in self.by_table.items():
                single = sum(1 for c in columns if c.primary_key) == 1
                for column in columns:
                    self.index[(key[0], column.name.lower())].append((key, column, single))
        return self.index.get((source, name.lower()), [])


class EstateReader:
    """Reads the tables of each source together (see the module docstring)."""

    def __init__(self, tables: TableReader, matcher: RuleMatcher) -> None:
        self.tables = tables
        self.matcher = matcher
        self.knowledge = tables.knowledge
        self.glued_heads = lru_cache(maxsize=1 << 16)(self._glued_heads)

    def contexts(self, fields: Iterable[Field], person: frozenset[str] | None = None,
                 ) -> tuple[_Contexts, frozenset[str]]:
        """Table contexts for every table, and the names of the tables that hold persons (``person``: those
        names when they are known already, as when the sources are classified one by one). The values a
        function of application code handles are no table's columns: the function's name says nothing."""
        by_table, code = self._by_table(fields)
        contexts, person = self._table_contexts(by_table, person)
        for key in code:
            contexts[key] = TableContext(key[1], "unknown", "values of a function in code, not a table")
        return contexts, person

    def persons(self, fields: Iterable[Field]) -> frozenset[str]:
        """The names of the tables that hold persons. Each source's own depend on that source's fields
        alone, so the persons of an estate are the union of its sources'."""
        by_table = self._by_table(fields)[0]
        first = self._first_contexts(by_table, self._read_names(by_table))[2]
        return self._persons(first) | self._supertypes(by_table, first)

    @staticmethod
    def _by_table(fields: Iterable[Field]) -> tuple[_Tables, _Tables]:
        """The fields by table, and the values of functions in code by function."""
        by_table: _Tables = defaultdict(list)
        code: _Tables = defaultdict(list)
        for field in fields:
            (code if is_code_value(field) else by_table)[(field.source, field.qualified_table)].append(field)
        return by_table, code

    def unprefixed(self, fields: list[Field]) -> list[Field]:
        """The fields as their names read without the prefix most columns of their table carry
        glued before their first word (freemed's patient.ptlname, ptdob, ptemail read lname, dob,
        email): an abbreviation of the table, not a word of the column."""
        by_table: _Tables = defaultdict(list)
        for field in fields:
            by_table[(field.source, field.qualified_table)].append(field)
        prefixes = {key: self.column_prefix([c.name for c in columns], key[1]) for key, columns in by_table.items()}
        out = []
        for field in fields:
            prefix = prefixes[(field.source, field.qualified_table)]
            if prefix and self._glued(field.name, prefix):
                field = replace(field, name=field.name[len(prefix):])
            out.append(field)
        return out

    @staticmethod
    def implied_keys(fields: list[Field]) -> list[Field]:
        """The fields with a table's column named ``id`` read as its primary key where the table
        declares none (a schema dumped without its constraints: Sharetribe's people.id)."""
        declared = {(f.source, f.qualified_table) for f in fields if f.primary_key}
        return [replace(f, primary_key=True)
                if f.name.lower() == "id" and (f.source, f.qualified_table) not in declared else f
                for f in fields]

    def _unknown(self, token: str) -> bool:
        """Whether a token does not read as known words (ptlname; not customers, username)."""
        vocabulary = self.knowledge.vocabulary
        return any(w not in vocabulary and not w.isdigit() for w in self.tables.reader.words(token))

    def _glued(self, name: str, prefix: str, unknown: bool = True) -> bool:
        """Whether ``name`` starts with ``prefix`` glued to more letters in its first token (not a
        separate token: pt_name), which (``unknown``) reads as no known word (ptlname; not
        customers_id, nor username, which keeps its reading in freemed's user table). A key word
        left alone counts though shorter than other rests (OXID read id where most columns of the
        table start with OX: the table's own key)."""
        tokens = split_identifier(name)
        first = tokens[0] if tokens else ""
        rest = first[len(prefix):]
        return (first.startswith(prefix) and (len(rest) >= _PREFIX_REST or self._key_rest(rest, tokens))
                and name.lower().startswith(prefix) and (not unknown or self._unknown(first)))

    def _key_rest(self, rest: str, tokens: tuple[str, ...]) -> bool:
        """Whether what is left of a one-token name after a glued prefix is a key word alone (id)."""
        return len(tokens) == 1 and rest in self.knowledge.key_words

    def column_prefix(self, names: list[str], table: str = "") -> str | None:
        """The prefix glued before the first word of most of a table's columns, after which that
        word reads as known words in most of those that read as no known word with it (pt in
        ptlname, ptdob; user in userfname beside username). A first word that is the table's own
        name (hubloc_addr in hubloc) is a separate word, not glued."""
        if len(names) < _PREFIX_COLUMNS:
            return None
        own = split_identifier(table.rsplit(".", 1)[-1])[-1:]
        names = [n for n in names if split_identifier(n)[:1] != own]
        heads = [self.glued_heads(n) for n in names]
        best, score = None, 0
        for index, length in enumerate(_PREFIX_LENGTHS):
            glued = [part for name_heads in heads if (part := name_heads[index]) is not None]
            if not glued or len(glued) < _PREFIX_SHARE * len(names):
                break  # too few columns could carry any prefix of this length
            prefix, count = Counter(glued).most_common(1)[0]
            if count < _PREFIX_SHARE * len(names):
                break
            rests = [split_identifier(n)[0][length:] for n in names if self._glued(n, prefix)]
            known = sum(1 for rest in rests if not self._unknown(rest))
            if known > score and known >= _PREFIX_READS * len(rests):
                best, score = prefix, known
        return best

    def _glued_heads(self, name: str) -> tuple[str | None, ...]:
        """For each length of ``_PREFIX_LENGTHS``, the name's first letters of that length when they are
        glued before more letters of its first word (``_glued``, known words or not), else None; cached
        as ``glued_heads``: schemas repeat their column names."""
        lowered = name.lower()
        return tuple(lowered[:length] if self._glued(name, lowered[:length], unknown=False) else None
                     for length in _PREFIX_LENGTHS)

    def _first_contexts(self, by_table: _Tables, reads: dict[tuple[str, str], str],
                        ) -> tuple[dict[str, str | None], dict[str, frozenset[str]], _Contexts]:
        """Per source its domain and tenant words, and every table's context read (by the name
        ``reads`` gives it) before the person tables of the estate are known."""
        kinds_by_source: dict[str, Counter[str]] = defaultdict(Counter)
        named: dict[str, set[str]] = defaultdict(set)
        for source, table in by_table:
            named[source].update(self.tables.name_words(table))
        for key, columns in by_table.items():
            kinds_by_source[key[0]].update(self._domain_kinds(key[1], columns, named[key[0]]))
        domains = {source: self._domain(counts) for source, counts in kinds_by_source.items()}
        tenants = self._tenants(by_table)
        first = {key: _named(self.tables.context(reads[key], columns, (), domains[key[0]], tenants[key[0]]), key[1])
                 for key, columns in by_table.items()}
        return domains, tenants, first

    def _read_names(self, by_table: _Tables) -> dict[tuple[str, str], str]:
        """The name each table is read by: without the application's prefix (askbot_, ip_, gnuhealth_)
        where most tables of its source start with one, which names the application, not the rows
        (askbot is no bot; gnuhealth_physician is a physician); a person word (customer_) is kept."""
        by_source: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key in by_table:
            by_source[key[0]].append(key)
        reads = {key: key[1] for key in by_table}
        for keys in by_source.values():
            prefix = self._app_prefix([key[1].rsplit(".", 1)[-1] for key in keys])
            if prefix is None:
                continue
            for key in keys:
                schema, dot, short = key[1].rpartition(".")
                if short.lower().startswith(prefix) and len(short) > len(prefix):
                    reads[key] = schema + dot + short[len(prefix):]
        return reads

    def _app_prefix(self, names: list[str]) -> str | None:
        """The prefix (``askbot_``, ``gnuhealth_``) most of a source's table names start with, unless
        it reads as a person's word (``customer_``), or None; a second word most names share after it
        joins it unless it names a kind of table (``better_together_``, not ``g5_shop_``)."""
        if len(names) < _APP_PREFIX_TABLES:
            return None
        prefix = ""
        while True:
            rests = Counter(n[len(prefix):].split("_", 1)[0].lower() for n in names
                            if n.lower().startswith(prefix) and "_" in n[len(prefix):])
            if not rests:
                return prefix or None
            token, count = rests.most_common(1)[0]
            names_rows = any(self._token_kinds(token)) if prefix else self._person_token(token)
            if count < _APP_PREFIX_SHARE * len(names) or names_rows:
                return prefix or None
            prefix += token + "_"

    def _person_token(self, token: str) -> bool:
        """Whether a table name's token reads as a person's word (customer)."""
        return "person" in self._token_kinds(token)

    def _token_kinds(self, token: str) -> list[str | None]:
        """The kinds of table the words of a table name's token name (shop: commerce), None for each
        word that names none."""
        kinds = self.tables.knowledge.table_kinds
        return [kinds.get((w,)) for w in self.tables.reader.words(token)]

    @staticmethod
    def _persons(first: _Contexts) -> frozenset[str]:
        person: set[str] = set()
        for key, context in first.items():
            if context.kind == "person":
                person.update({key[1].lower(), key[1].rsplit(".", 1)[-1].lower()})
        return frozenset(person)

    def _supertypes(self, by_table: _Tables, first: _Contexts) -> frozenset[str]:
        """The tables whose key the only primary key of a table of persons references (Moqui's and OFBiz's
        person.party_id to party, a subclass's key to its parent's table): a person is one of their
        rows, which hold persons and organisations alike, as Odoo's res_partner does. Not a table whose key
        more than ``_SUBTYPES`` tables share (OpenACS's acs_objects, the root of every object: forums,
        messages, rooms and persons alike), nor one read as records of another kind (a checkout whose
        customer's identity is kept apart)."""
        parents: dict[tuple[str, str], str] = {}
        for key, columns in by_table.items():
            keys = [c for c in columns if c.primary_key]
            if len(keys) == 1 and keys[0].references is not None:
                parents[key] = keys[0].references.table.lower()
        children = Counter((key[0], target) for key, target in parents.items())
        kinds = self._first_kinds(first)
        found: set[str] = set()
        for key, target in parents.items():
            if (first[key].kind == "person" and kinds[key[0]].get(target) in _SUPERTYPE_KINDS
                    and children[(key[0], target)] <= _SUBTYPES
                    and target not in (key[1].lower(), key[1].rsplit(".", 1)[-1].lower())):
                found.update({target, target.rsplit(".", 1)[-1]})
        return frozenset(found)

    @staticmethod
    def _first_kinds(first: _Contexts) -> dict[str, dict[str, str]]:
        """Per source, the kind each table was first read as, by its name with and without its schema."""
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for (source, table), context in first.items():
            found[source][table.rsplit(".", 1)[-1].lower()] = context.kind
            found[source][table.lower()] = context.kind
        return found

    def _table_contexts(self, by_table: _Tables, person: frozenset[str] | None = None,
                        ) -> tuple[_Contexts, frozenset[str]]:
        reads = self._read_names(by_table)
        domains, tenants, first = self._first_contexts(by_table, reads)
        supertypes = self._supertypes(by_table, first)
        frozen = self._persons(first) | supertypes if person is None else person
        logins = self._login_keys(by_table, first)
        row_primaries = self._row_primary_keys(by_table)
        own = {source: words - row_primaries.get(source, frozenset())
               for source, words in self._own_keys(by_table, first).items()}
        kinds = self._first_kinds(first)

        def read(key: tuple[str, str], columns: list[Field], found: dict[str, dict[str, str]]) -> TableContext:
            table, words = logins.get(key[0], (None, frozenset()))
            return _named(self.tables.context(reads[key], columns, frozen, domains[key[0]], tenants[key[0]],
                                      words if table != key else frozenset(),
                                      own.get(key[0], frozenset()), found.get(key[0], {})), key[1])

        named = {key: read(key, columns, kinds) for key, columns in by_table.items()}
        named.update({key: replace(context, kind="person", reason=_SUPERTYPE) for key, context in named.items()
                      if key[1].lower() in supertypes and context.kind != "person"})
        # A table of unknown kind keyed to records the domain's only once read with the persons known
        # (a blood test of a haematology request of a treatment) is such a record too.
        links = self._key_links(by_table)
        for _ in range(_RECORD_CHAIN):
            records = self._domain_records(named, domains, kinds)
            again = {key: read(key, by_table[key], records) for key, context in named.items()
                     if context.kind == "unknown" and domains[key[0]]}
            again = {key: context for key, context in again.items() if context.kind != "unknown"}
            again.update(self._record_parts(links, by_table, named, domains, again))
            again.update(self._findings(by_table, named, domains, again))
            if not again:
                break
            named.update(again)
        rows = self._row_keys(by_table, named)
        numbers = self._record_numbers(by_table, named)
        named = {key: replace(context, person_keys=own.get(key[0], frozenset()) - rows.get(key[0], frozenset()),
                              row_keys=rows.get(key[0], frozenset()), record_numbers=numbers.get(key[0], frozenset()),
                              row_primary_keys=row_primaries.get(key[0], frozenset()))
                 for key, context in named.items()}
        named.update(self._body_tracking(named))
        named.update(self._one_owner(named))
        return named, frozen

    def _one_owner(self, named: _Contexts) -> _Contexts:
        """The tables of each source kept for one person, its owner (``one_owner`` in tables.yaml): tables
        named as tracking a body, its care or its exercise (GarminDB's sleep, stress, monitoring_hr and
        activity_laps, a diabetes app's boluses and glucose values, a running app's laps), none of them
        keying, naming or describing a person, in a source with no table of persons (a running app's
        feed of friends' runs may name them). Their rows are the owner's health or exercise."""
        spec = self.knowledge.one_owner
        if spec is None:
            return {}
        by_source: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key in named:
            by_source[key[0]].append(key)
        found: _Contexts = {}
        for keys in by_source.values():
            tracked = {key: fact for key in keys for fact in [self._tracked(key[1])] if fact}
            if (len(tracked) < spec.at_least or len(tracked) < spec.share * len(keys)
                    or any(not named[key].has.isdisjoint(_PERSON_FACTS) for key in tracked)
                    or any(named[key].kind == "person" for key in keys)):
                continue
            # A table its name does not explain holds more of what most tracked tables hold (a diabetes
            # app's temporary targets and calibrations: the owner's health).
            usual = Counter(tracked.values()).most_common(1)[0][0]
            tracked.update({key: usual for key in keys if named[key].kind == "unknown" and key not in tracked
                            and named[key].has.isdisjoint(_PERSON_FACTS)})
            for key, fact in tracked.items():
                context = named[key]
                reason = f"one person's {fact.removeprefix('tracked_')}: no table of the source keeps persons"
                found[key] = replace(context, kind="person_data", reason=reason, has=context.has | {"tracked", fact})
            found.update(self._owner_settings(named, keys))
        return found

    def _owner_settings(self, named: _Contexts, keys: list[tuple[str, str]]) -> _Contexts:
        """The settings tables of a one-owner source (a workout tracker's ``settings``: its rest timers,
        units and theme), which no person keys: the owner's own settings, not a server's."""
        heads = self.knowledge.settings_heads
        reason = "one person's settings: the source tracks its owner's body or exercise and keeps no persons"
        return {key: replace(named[key], kind="person_data", reason=reason, has=named[key].has | {"settings"})
                for key in keys if named[key].kind in ("system", "thing")
                and (name := self.tables.name_words(key[1])) and name[-1] in heads}

    def _body_tracking(self, named: _Contexts) -> _Contexts:
        """The tables, in any source, in which a person keeps track of their own body (a fitness app's
        sleep_entries keyed by user_id): a person's data named by a phrase of ``one_owner``'s health, as
        in one owner's records; not by a short word (hr, rr), which elsewhere names human resources."""
        return {key: replace(context, has=context.has | {"tracked", "tracked_health"})
                for key, context in named.items()
                if context.kind == "person_data" and "person_key" in context.has
                and self._tracked(key[1], shortest=4) == "tracked_health"}

    def _described(self, columns: list[Field]) -> int:
        """How many of a table's columns describe a person (an e-mail, a first name, a phone)."""
        return sum(self.tables.column_facts(self.tables.reader.words(c.name))[1] for c in columns)

    def _tracked(self, table: str, shortest: int = 1) -> str | None:
        """The fact a table of a one-owner source holds by its name's words (see ``_one_owner``), or None;
        only by phrases of at least ``shortest`` letters."""
        name = self.tables.name_words(table)
        spans = {name[i:j] for i in range(len(name)) for j in range(i + 1, len(name) + 1)
                 if sum(map(len, name[i:j])) >= shortest}
        if spans & self.knowledge.one_owner_health:
            return "tracked_health"
        if spans & self.knowledge.one_owner_activity:
            return "tracked_activity"
        return None

    def _record_numbers(self, by_table: _Tables, named: _Contexts) -> dict[str, frozenset[tuple[str, ...]]]:
        """Per source, the words of a text column that a table of persons keeps beside its own key and
        that reads there as the number of the person's medical record (a PACS's patient.patid, an EHR's
        d_patient.patientid next to its serial id): the schema's other tables copy that number (a
        study's, an order's patid), which files their rows under the patient's record. Only where the
        table keys its rows by number: beside a text key (a generated code) such a column may copy a key."""
        found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for key, columns in by_table.items():
            context = named[key]
            keys = [type_family(c.type) for c in columns if c.primary_key]
            if context.kind != "person" or context.domain is None or keys != ["number"]:
                continue
            situation = Situation(context.kind, context.has, context.domain)
            for column in columns:
                family = type_family(column.type)
                if column.primary_key or column.references is not None or family != "text":
                    continue
                words = self.matcher.read_name(column.name, context.domain)
                match = self.matcher.best(words, False, family, situation)
                if match is not None and match.rule.category == RECORD_ID:
                    found[key[0]].add(words)
        return {source: frozenset(words) for source, words in found.items()}

    def _row_keys(self, by_table: _Tables, named: _Contexts) -> dict[str, frozenset[tuple[str, ...]]]:
        """Per source, the words of a bare key column (uid, guid) or of a framework's row key
        (``row_key_columns``: Care's external_id) that most of its tables of things (a schema's
        programmes, tax rates, shipping zones) carry beside a primary key of their own, as Craft's and
        DHIS2's tables each keep a uid: in that source it is every row's own public id, so outside a
        table of persons it refers to no one. Unless it is the primary key of a table of persons there
        (playSMS's users keyed by uid): then each table carries it as the key of the person it is owned by."""
        k = self.knowledge
        things: Counter[str] = Counter()
        carried: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
        persons: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for key, columns in by_table.items():
            if named[key].kind == "person":
                persons[key[0]].update(self.tables.column_words(c.name) for c in columns if c.primary_key)
            if named[key].kind not in _THING_KINDS or not any(c.primary_key for c in columns):
                continue
            things[key[0]] += 1
            bare = {words for c in columns if not c.primary_key
                    and ((len(words := self.tables.column_words(c.name)) == 1 and words[0] in k.key_words)
                         or words in k.row_key_columns)}
            carried[key[0]].update(bare)
        return {source: frozenset(words for words, n in counts.items()
                                  if n >= _ROW_KEY_TABLES and n >= _ROW_KEY_SHARE * things[source]
                                  and words not in persons[source])
                for source, counts in carried.items()}

    def _row_primary_keys(self, by_table: _Tables) -> dict[str, frozenset[tuple[str, ...]]]:
        """Per source, the words of a bare key column (uid) that is the only primary key of most of its
        tables, as a TYPO3 extension keys every table by uid and a member's rows by another column
        (kimsq's mbruid), or abclinuxu every table by cislo (number): there it is each row's own id, a
        person's key only on a table of persons. (A bare id keys most tables of every schema and is read
        by the table it keys.)"""
        tables: Counter[str] = Counter()
        keyed: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
        for key, columns in by_table.items():
            keys = [c for c in columns if c.primary_key]
            if len(keys) != 1:
                continue
            tables[key[0]] += 1
            words = self.tables.column_words(keys[0].name)
            if len(words) == 1 and words != ("id",):
                keyed[key[0]][words] += 1
        return {source: frozenset(words for words, n in counts.items()
                                  if n >= _ROW_KEY_TABLES and n >= _ROW_KEY_SHARE * tables[source])
                for source, counts in keyed.items()}

    def _key_links(self, by_table: _Tables) -> _KeyLinks:
        """Every declared key from one table of a source to another, with the key column's words, and
        per table the tables pointing to it (those detailing it, epidataburial of epidata, aside)."""
        by_short: dict[tuple[str, str], tuple[str, str]] = {}
        for key in by_table:
            by_short.setdefault((key[0], key[1].rsplit(".", 1)[-1].lower()), key)
        keys: list[tuple[tuple[str, str], tuple[str, str], tuple[str, ...]]] = []
        referrers: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (source, table), columns in by_table.items():
            for column in columns:
                ref = column.references
                if ref is None:
                    continue
                target = self._referenced(source, ref.table, by_table, by_short)
                if target is None or target == (source, table):
                    continue
                if not self._extends_name(table, target[1]):
                    referrers[target].add(table)
                keys.append(((source, table), target, self.tables.column_words(column.name)))
        return keys, referrers

    def _record_parts(self, links: _KeyLinks, by_table: _Tables, named: _Contexts,
                      domains: dict[str, str | None], found: _Contexts) -> _Contexts:
        """Tables of unknown kind that hold parts of a record of the domain kept in a table of their own
        (a case's symptoms, its hospitalisation: ``cases.symptoms_id`` to ``symptoms``): a table of the
        domain's records points to them by a key named after them, few tables point to them, and no
        column names their rows (a lookup's name, code or title)."""
        keys, referrers = links
        from_record: set[tuple[str, str]] = set()
        for origin, target, words in keys:
            domain = domains.get(origin[0])
            if (domain and named[origin].kind in (self.knowledge.domains[domain].kind, *_RECORD_KINDS)
                    and len(words) >= 2 and words[-1] in self.knowledge.key_words
                    and words[:-1] == self.tables.name_words(target[1])):
                from_record.add(target)
        parts: _Contexts = {}
        for key in from_record:
            domain = domains[key[0]]
            context = named[key]
            if (domain is None or not self._may_be_part(key[1], context, domain) or key in found
                    or len(referrers[key]) > _PART_REFERRERS or self._names_rows(by_table[key])):
                continue
            parts[key] = replace(context, kind=self.knowledge.domains[domain].person_data_becomes,
                                 reason=f"a part of a record of the {domain} application kept in a table of its "
                                        f"own: a table of its records points to it by a key named after it")
        return parts

    def _findings(self, by_table: _Tables, named: _Contexts, domains: dict[str, str | None],
                  found: _Contexts) -> _Contexts:
        """Tables of unknown kind in an application of a domain whose columns are mostly yes/no
        flags and name no row (an examination form's findings: head_neck_naf, cough): the domain's
        records, though no column keys whose they are."""
        forms: _Contexts = {}
        for key, context in named.items():
            domain = domains.get(key[0])
            columns = by_table[key]
            if domain is None or context.kind != "unknown" or key in found or len(columns) < _FINDINGS_COLUMNS:
                continue
            flags = sum(1 for c in columns if type_family(c.type) == "bool")
            if flags >= _FINDINGS_SHARE * len(columns) and not self._names_rows(columns):
                forms[key] = replace(context, kind=self.knowledge.domains[domain].person_data_becomes,
                                     reason=f"a form of findings in a {domain} application: most of its "
                                            "columns are yes/no flags and none names its rows")
        return forms

    @staticmethod
    def _extends_name(table: str, other: str) -> bool:
        """Whether a table's name starts with another's, whose rows it details (epidataburial of epidata)."""
        short, head = table.rsplit(".", 1)[-1].lower(), other.rsplit(".", 1)[-1].lower()
        return short != head and short.startswith(head)

    def _may_be_part(self, table: str, context: TableContext, domain: str) -> bool:
        """Whether a table may hold a part of a record: its name says nothing known, or names the
        domain's records though no column keys one (symptoms, first read as a catalogue of them)."""
        kind = self.knowledge.domains[domain].kind
        return context.kind == "unknown" or (context.kind == "thing" and self.tables.kind_of_name(table)[0] == kind)

    @staticmethod
    def _referenced(source: str, table: str, by_table: _Tables,
                    by_short: dict[tuple[str, str], tuple[str, str]]) -> tuple[str, str] | None:
        """The key of the table a declared reference names, with or without its schema, in a source
        (``by_short``: the first table of each source by its lower-cased name without schema)."""
        if (source, table) in by_table:
            return (source, table)
        return by_short.get((source, table.rsplit(".", 1)[-1].lower()))

    def _names_rows(self, columns: list[Field]) -> bool:
        """Whether a column names or describes each row (generic_name, drug_code, a description), as a
        lookup's rows are named."""
        words = (self.tables.column_words(c.name) for c in columns)
        return any(w and w[-1] in self.knowledge.lookup_row_words for w in words)

    def _domain_records(self, named: _Contexts, domains: dict[str, str | None],
                        kinds: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        """The first kinds of each source's tables, with those now read as the domain's records."""
        found = {source: dict(first) for source, first in kinds.items()}
        for (source, table), context in named.items():
            domain = domains.get(source)
            if domain and context.kind == self.tables.knowledge.domains[domain].kind:
                found.setdefault(source, {})[table.rsplit(".", 1)[-1].lower()] = context.kind
                found[source][table.lower()] = context.kind
        return found

    def _own_keys(self, by_table: _Tables, contexts: _Contexts,
                  ) -> dict[str, frozenset[tuple[str, ...]]]:
        """Per source, the words of the primary keys that person tables name after themselves
        (oscar's demographic.demographic_no) or after a person word no known key spells (mimic's
        patients.subject_id), or that is a person row's key by its name alone (mybb_users.uid, or
        oc_users.uid kept as text, the login, where the table's name says it holds persons), and the
        key named after a person table whose word may name an application too (client_id, when the
        client table's columns describe persons): elsewhere in the source a column so named keys a
        person (mybb_adminoptions.uid). Keys such as user_id are known anyway; generic heads (entity)
        say nothing."""
        k = self.knowledge
        found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        named = _ColumnsByName(by_table)
        for key, columns in by_table.items():
            name = self.tables.name_words(key[1])
            if contexts[key].kind != "person" or not name or name[-1] in k.generic_heads:
                continue
            described = self._described(columns)
            if not contexts[key].reason.startswith("table name says") and described < _OWN_KEY_EVIDENCE:
                continue
            if name[-1] in k.ambiguous_persons and described >= _OWN_KEY_EVIDENCE:
                # A client table of persons (fossbilling's client: names, e-mail, phone) says that
                # client_id keys one of them in this schema, not an application.
                found[key[0]].add((name[-1].removesuffix("s"), "id"))
            for column in columns:
                words = self.tables.column_words(column.name)
                family = type_family(column.type)
                if (column.primary_key and words and family in ("number", "uuid", "text", None)
                        and ((words[-1] in k.own_key_tails and self._names_own_rows(words, name) and family != "text")
                             or (words in k.person_row_keys and contexts[key].reason.startswith("table name says")))):
                    found[key[0]].add(words)
                elif self._business_key(column, words, family, columns, contexts[key]):
                    found[key[0]].add(words)
            bare = self._bare_key(name, columns, contexts[key])
            if bare is not None:
                found[key[0]].add(bare)
            recurring = self._recurring_key(key, columns, named, contexts[key])
            if recurring is not None:
                found[key[0]].add(recurring)
        return {source: frozenset(words) for source, words in found.items()}

    def _bare_key(self, name: tuple[str, ...], columns: list[Field], context: TableContext,
                  ) -> tuple[str, ...] | None:
        """The name other tables give the key of a table named as persons whose only primary key is a
        bare key word other than those ``own_key_tails`` cover (restcomm_accounts keyed by sid:
        account_sid elsewhere keys one of them), or None."""
        k = self.knowledge
        keys = [c for c in columns if c.primary_key]
        if len(keys) != 1 or not context.reason.startswith("table name says"):
            return None
        bare = self.tables.column_words(keys[0].name)
        if len(bare) != 1 or bare[0] not in k.key_words or bare[0] in k.own_key_tails:
            return None
        return (name[-1].removesuffix("s"), bare[0])

    def _business_key(self, column: Field, words: tuple[str, ...], family: str | None, columns: list[Field],
                      context: TableContext) -> bool:
        """Whether ``column`` is the uid a table named as persons keeps beside its serial primary key
        (a messenger's user.uid next to user.id): the key the rest of the schema refers to its persons by."""
        return (not column.primary_key and words in self.knowledge.person_row_keys
                and family in ("number", "uuid", "text", None) and context.reason.startswith("table name says")
                and any(c.primary_key for c in columns))

    def _recurring_key(self, key: tuple[str, str], columns: list[Field], named: _ColumnsByName,
                       context: TableContext) -> tuple[str, ...] | None:
        """The words of a person table's only primary key where its name is distinctive (openmolar's
        new_patients.serialno; not id, user_id, a login name, nor a generic entity_id or rowid) and
        other tables of the source repeat it as a column that is not their only key (a patient's
        appointments, notes, claims by serialno): a schema that declares no keys still keys persons
        by it. A name that is every table's own key (ix, rowid in each) keys no one in particular;
        a word that may name an application's client keys no person by itself."""
        k = self.knowledge
        keys = [c for c in columns if c.primary_key]
        name = self.tables.name_words(key[1])
        if len(keys) != 1 or not context.reason.startswith("table name says") or not name:
            return None
        column = keys[0]
        words = self.tables.column_words(column.name)
        family = type_family(column.type)
        if (not words or family not in ("number", "uuid", "text", None) or name[-1] in k.ambiguous_persons
                or words in k.person_keys
                or words in k.login_keys or words in k.login_columns
                or words[0] in k.generic_heads or words[0] in k.key_words):
            return None
        if self._reads_other(words):
            return None
        own = key[1].rsplit(".", 1)[-1].lower()
        repeats: set[tuple[str, str]] = set()
        for other, same, single in named.get(key[0], column.name):
            if other == key or type_family(same.type) != family:
                continue
            if same.references is not None and same.references.table.rsplit(".", 1)[-1].lower() != own:
                return None
            if same.references is None and not (same.primary_key and single):
                repeats.add(other)
        return words if len(repeats) >= _RECURRING_KEY else None

    def _reads_other(self, words: tuple[str, ...]) -> bool:
        """Whether a rule reads a key's words as something other than a person's id (no_rkm_medis,
        a medical record number), beyond a key word alone (number)."""
        k = self.knowledge
        return any(m.rule.category not in (None, "user.unique_id")
                   and not (len(m.rule.phrase) == 1 and (m.rule.phrase[0] in k.key_words
                                                         or m.rule.phrase[0] in k.own_key_tails))
                   for m in self.matcher.matches(words))

    def _names_own_rows(self, words: tuple[str, ...], name: tuple[str, ...]) -> bool:
        """Whether a person table's primary key (``words``, ending in a key word) is named after the
        table (demographic_no in demographic) or after a person word no known key spells
        (subject_id in patients), rather than after a person word every schema keys persons by."""
        k = self.knowledge
        if words[:-1] == name[-1:] and not self.matcher.is_person_word(name[-1]):
            return True
        return len(words) == 2 and k.table_kinds.get(words[:1]) == "person" and words not in k.person_keys

    def _login_keys(self, by_table: _Tables, contexts: _Contexts,
                    ) -> dict[str, tuple[tuple[str, str], frozenset[tuple[str, ...]]]]:
        """Per source, the table of persons keyed by their login name (users.username as primary
        key) and the words of that key: elsewhere in the source a column so named refers to a person."""
        found: dict[str, tuple[int, tuple[str, str], frozenset[tuple[str, ...]]]] = {}
        for key, columns in by_table.items():
            if contexts[key].kind != "person" or not contexts[key].reason.startswith("table name says"):
                continue
            keys = (self.tables.reader.words(c.name) for c in columns
                    if (c.primary_key or self._unkeyed(columns)) and type_family(c.type) in ("text", None))
            words = frozenset(self.tables.login_form(w) for w in keys if w in self.knowledge.login_keys)
            if words and len(columns) > found.get(key[0], (0, key, words))[0]:
                found[key[0]] = (len(columns), key, words)
        for source, words in self._login_references(by_table, contexts).items():
            found.setdefault(source, (0, (source, ""), words))
        return {source: (key, words) for source, (_, key, words) in found.items()}

    def _login_references(self, by_table: _Tables, contexts: _Contexts) -> dict[str, frozenset[tuple[str, ...]]]:
        """Per source, the words of a login-name column that many of its tables other than persons'
        carry (xmb's favorites, logs and sessions by username; Carbon Forum's log, pictures and posts
        by UserName; Kamailio's location and aliases; WoltLab's articles, comments and conversations
        with username beside userID): that source refers to its persons by their login name, as if it
        were their key."""
        counts: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
        for key, columns in by_table.items():
            if contexts[key].kind == "person":
                continue
            names = {self.tables.login_form(w) for c in columns
                     if type_family(c.type) in ("text", None)
                     and self.knowledge.column_facts.get(w := self.tables.reader.words(c.name)) == "login_name"}
            counts[key[0]].update(names)
        return {source: frozenset(w for w, n in found.items() if n >= _LOGIN_REFERENCES)
                for source, found in counts.items() if any(n >= _LOGIN_REFERENCES for n in found.values())}

    def _unkeyed(self, columns: list[Field]) -> bool:
        """Whether a table declares no primary key and has no column of a key's name (synapse's
        users, dendrite's accounts): its login-name column is what keys its rows."""
        for column in columns:
            words = self.tables.reader.words(column.name)
            if column.primary_key or (len(words) == 1 and words[0] in self.knowledge.key_words):
                return False
        return True

    def _tenants(self, by_table: _Tables) -> dict[str, frozenset[str]]:
        """Per source, the words that name a tenant rather than a person there: ``account`` when
        enough tables hold both an ``account_id`` and a ``user_id`` (accounts own users), and a person
        word keying a table of organisations (``customer`` where customer_company is keyed by customer_id)."""
        k = self.knowledge
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for (source, _), columns in by_table.items():
            names = {self.tables.reader.words(c.name) for c in columns}
            if ("user", "id") not in names:
                continue
            for word in k.tenant_words:
                if (word, "id") in names:
                    counts[source][word] += 1
        sources = {source for source, _ in by_table}
        found = {source: {w for w, n in counts[source].items() if n >= k.tenant_evidence} for source in sources}
        for (source, table), columns in by_table.items():
            organisation = self._organisation_key(table, columns)
            if organisation is not None:
                found[source].add(organisation)
            found[source].update(self._owners_of_organisations(table, columns))
            found[source].update(self._site_accounts(table, columns))
        return {source: frozenset(words) for source, words in found.items()}

    def _site_accounts(self, table: str, columns: list[Field]) -> set[str]:
        """The tenant word naming a table whose columns set up a site of its own with enough different
        settings (s_account with sitename, logoPath and faviconPath): each such account is a customer of
        the SaaS (not topanswers' account with three licences of the person's posts, nor a person's
        mail account with an smtp host and port)."""
        k = self.knowledge
        name = self.tables.name_words(table)
        if not name or name[-1] not in k.tenant_words or any((w,) in k.table_kinds for w in name[:-1]):
            return set()
        settings = {s[0] for c in columns for s in self.tables.site_settings(self.tables.column_words(c.name))}
        return set(name[-1:]) if len(settings) >= k.system_setting_evidence else set()

    def _owners_of_organisations(self, table: str, columns: list[Field]) -> set[str]:
        """The tenant words keying a table of organisations (organizers or companies keyed by
        account_id): accounts that own organisations are a business's accounts, not persons."""
        k = self.knowledge
        name = self.tables.name_words(table)
        if not name or k.table_kinds.get(name[-1:]) != "org":
            return set()
        keys = (self.tables.column_words(c.name) for c in columns if not c.primary_key)
        return {w[0] for w in keys if len(w) == 2 and w[0] in k.tenant_words and w[1] in k.key_words}

    def _organisation_key(self, table: str, columns: list[Field]) -> str | None:
        """The person word whose key is the only primary key of a table named by that word and an
        organisation (customer_company keyed by customer_id): that word names those organisations in
        this source (not user_key_store, a store of a user's keys)."""
        k = self.knowledge
        name = self.tables.name_words(table)
        keys = [self.tables.column_words(c.name) for c in columns if c.primary_key]
        if not name or k.table_kinds.get(name[-1:]) != "org" or len(keys) != 1:
            return None
        words = keys[0]
        if len(words) == 2 and words[1] in k.key_words and words[0] in k.person_words and name[:-1] == words[:1]:
            return words[0]
        return None

    def _domain_kinds(self, table: str, columns: list[Field], named: set[str]) -> set[str]:
        """The kind a table's name says, and the kinds of the domains whose markers name the table
        or a key of it (``patient``, ``patient_dimension``, a ``PatNum`` column) or start a column of
        it (``patient_name``, ``patient_dob`` on a lab's request): a table counts once
        for each kind it speaks for. A key counts only when a table of the source is named by its
        marker (``named``: the words of the source's table names): a ``subject_id`` with no table of
        subjects keys what a notification or a like is about, no study's subject."""
        k = self.knowledge
        found = {self.tables.kind_of_name(table)[0] or "unknown"}
        name = set(self.tables.name_words(table))
        words = [self.tables.column_words(c.name) for c in columns]
        keys = {w[0] for w in words
                if len(w) == 2 and (w[1] in k.key_words or w[1] in k.own_key_tails) and w[0] in named}
        firsts = {w[0] for w in words if len(w) >= 2}
        found.update(d.kind for d in k.domains.values()
                     if not (name | keys).isdisjoint(d.markers) or not firsts.isdisjoint(d.column_markers)
                     or (not (name | keys).isdisjoint(d.study_markers) and not named.isdisjoint(d.studies)))
        return found

    def _domain(self, kinds: Counter[str]) -> str | None:
        for name, domain in self.knowledge.domains.items():
            if kinds[domain.kind] >= domain.at_least:
                return name
        return None
