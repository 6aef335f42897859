"""Rule matching: the words of a column name, the rule phrases in them, and the winning rule.

The winner is the rule whose phrase is the whole name, else a leading rule's phrase that
starts the name, else the phrase ending nearest the end of the name (the head of an English
compound), then the longer phrase, a user's rule, the more specific rule, file order; the
first of those whose conditions hold for the column's situation.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from scanner.classify.knowledge import Knowledge, Rule
from scanner.classify.words import WordReader


class Situation(NamedTuple):
    """What rules may ask of a column's table."""

    kind: str
    has: frozenset[str]
    domain: str | None


class Match(NamedTuple):
    """A rule whose phrase occurs at ``words[start:end]``."""

    rule: Rule
    start: int
    end: int


class RuleMatcher:
    """Finds and ranks the rules that match a column's words (every step cached)."""

    def __init__(self, knowledge: Knowledge, words: WordReader) -> None:
        self.knowledge = knowledge
        self.words = words
        self.read_name = lru_cache(maxsize=1 << 18)(self._read_name)
        self._matches = lru_cache(maxsize=1 << 18)(self._find_matches)
        self.best = lru_cache(maxsize=1 << 18)(self._find_best)
        self.is_person_word = lru_cache(maxsize=1 << 16)(self._is_person_word)

    def _read_name(self, name: str, domain: str | None = None) -> tuple[str, ...]:
        """The words of a column name (in an application of ``domain``, with its abbreviations):
        without a table's short unknown prefix (``pc_pid``, ``bo_color``; not before a bare id, which it
        names: ``dep_id`` keys a department), trailing numbers and
        units (``street2``, ``expires_ts_ms``) unless they end a rule's phrase
        (``payment_address_1`` keeps "address 1", a street line), with tail synonyms (``_ts`` reads
        ``at``) and a leading ``id`` moved to the end (``id_customer``)."""
        tokens = self.words.joined(name)
        k = self.knowledge
        own = k.domain_abbreviations.get(domain, {}) if domain else {}
        if (len(tokens) > 1 and len(tokens[0]) <= 3 and not tokens[0].isdigit()
                and tokens[0] not in k.vocabulary and tokens[0] not in k.abbreviations and tokens[0] not in own
                and tuple(tokens[1:]) != ("id",)):
            name = name[name.lower().index(tokens[0]) + len(tokens[0]):]
        words = self.words.words(name, domain)
        while (len(words) > 1 and (words[-1].isdigit() or words[-1] in k.unit_tails) and words not in k.rules
               and words[-2:] not in k.rules):
            words = words[:-1]
        if len(words) > 1 and words[-1] in k.tail_synonyms and words not in k.rules:
            words = (*words[:-1], k.tail_synonyms[words[-1]])
        if len(words) > 1 and words[0] in self.knowledge.leading_moves and words not in self.knowledge.rules:
            return (*words[1:], words[0])
        return words

    def matches(self, words: tuple[str, ...]) -> tuple[Match, ...]:
        """Every rule phrase that occurs in ``words``, best first (cached by words): a phrase that is
        the whole name, a leading rule's phrase that starts the name, then the phrase ending nearest
        the end, the longer phrase, a user's rule, the more specific rule, file order."""
        return self._matches(words)

    def _find_matches(self, words: tuple[str, ...]) -> tuple[Match, ...]:
        found: list[Match] = []
        rules = self.knowledge.rules
        prefixes = self.knowledge.phrase_prefixes
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                phrase = words[start:end]
                for rule in rules.get(phrase, ()):
                    found.append(Match(rule, start, end))
                if phrase not in prefixes:
                    break
        keyed = bool(words) and words[-1] in self.knowledge.key_words
        whole = len(words)
        # A leading phrase starts the name also after a person word its table puts before every
        # column (sngine's user_privacy_location).
        lead = 1 if len(words) > 2 and self.is_person_word(words[0]) else 0
        found.sort(key=lambda m: ((m.start, m.end) != (0, whole), keyed or not (m.rule.leading and m.start <= lead),
                                  -m.end, -(m.end - m.start), m.rule.packaged, -m.rule.specificity, m.rule.order))
        return tuple(found)

    def _is_person_word(self, word: str) -> bool:
        """Whether ``word`` names a person (a person table word or a word of the person class)."""
        k = self.knowledge
        kind = k.table_kinds.get((word,))
        return kind == "person" or word in k.person_words or (kind is None and k.names_occupation(word))

    def applies(self, rule: Rule, words: tuple[str, ...], match: Match, pk: bool,
                 family: str | None, table: Situation) -> bool:
        if rule.whole and (match.start, match.end) != (0, len(words)):
            return False
        if rule.at_end and match.end != len(words):
            return False
        if rule.at_start and match.start != 0:
            return False
        if rule.after_person and match.start > 0 and not self.is_person_word(words[match.start - 1]):
            return False
        if rule.domains is not None and table.domain not in rule.domains:
            return False
        if rule.tables is not None and table.kind not in rule.tables:
            return False
        if table.kind in rule.not_tables:
            return False
        if rule.types is not None and family not in rule.types:
            return False
        if family is not None and family in rule.not_types:
            return False
        if rule.pk is not None and rule.pk != pk:
            return False
        return rule.table_has <= table.has

    def _find_best(self, words: tuple[str, ...], pk: bool, family: str | None,
                   table: Situation) -> Match | None:
        applies = self.applies
        return next((m for m in self.matches(words) if applies(m.rule, words, m, pk, family, table)), None)

    def owner_noun(self, words: tuple[str, ...], match: Match) -> str | None:
        """A word naming a non-person thing that the matched words describe: the word just
        before the match (``store email``, ``room alias``) or the head noun after it
        (``mobile theme``, ``email template``)."""
        nouns = self.knowledge.table_kinds
        owners = self.knowledge.non_person_owners
        if match.start > 0 and nouns.get(words[match.start - 1:match.start]) in owners:
            return words[match.start - 1]
        last = words[-1]
        if match.end < len(words) and nouns.get((last,)) in owners and last not in self.knowledge.coded_suffixes:
            return last
        return None

