"""Turn identifiers into words: split, expand abbreviations, split glued words, singularize."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from scanner.classify.inflect import singular
from scanner.classify.knowledge import Knowledge

# An acronym in capitals with a plural s (``IDs``, ``URLs``) is one word, then the usual camel-case parts.
_SPLIT = re.compile(r"[A-Z]{2,}s(?![a-z])|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


@lru_cache(maxsize=1 << 16)
def split_identifier(name: str) -> tuple[str, ...]:
    """``usrEmailAddr2`` -> ``('usr', 'email', 'addr', '2')``; separators and case both split, and an
    acronym's plural stays whole (``OtherUserIDs`` -> ``('other', 'user', 'ids')``). Schemas repeat
    their column names, so each is split once."""
    return tuple(part.lower() for part in _SPLIT.findall(name))


def _segment(word: str, vocabulary: set[str], tails: tuple[str, ...] = (),
             short: frozenset[str] = frozenset(), not_last: frozenset[str] = frozenset(),
             first: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """Split a glued word into known words of at least three letters, or ``short`` words
    (fewest parts wins), none of ``not_last`` ending it, and words of ``first`` only starting it
    (``istpatient``: ist patient); failing that, a short word of ``tails`` (``id``, ``at``…) may
    end it: ``creatorid`` -> creator id, ``pmnotify`` -> pm notify, and the words before it may
    end in a plural or linking s (``channelsid``, ``rechnungsid``)."""
    best: dict[int, tuple[str, ...]] = {0: ()}
    for end in range(2, len(word) + 1):
        options = [
            best[start] + (word[start:end],)
            for start in range(0, end - 1)
            if start in best and (_known_part(word[start:end], vocabulary, short)
                                  or (start == 0 and word[:end] in first)
                                  or (end < len(word) and _linked(word[start:end], vocabulary)))
        ]
        if options:
            best[end] = min(options, key=len)
    found = best.get(len(word))
    if found and len(found) > 1 and found[-1] not in not_last:
        return found
    for tail in tails:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            parts = _head(word[: -len(tail)], vocabulary, short, first)
            if parts:
                return (*parts, tail)
    return None


# The fewest letters of a known word a plural or linking s may follow inside a glued word (``tran``,
# a word of some rules, is no stem of transcoded).
_LINKED_STEM = 5


def _linked(part: str, vocabulary: set[str]) -> bool:
    """Whether ``part`` is a known word of ``_LINKED_STEM`` letters or more and a plural or German
    linking s, before more words (``rechnungsdatum``: rechnung s datum, ``monthsstock``)."""
    return part.endswith("s") and len(part) > _LINKED_STEM and part[:-1] in vocabulary


def _known_part(part: str, vocabulary: set[str], short: frozenset[str]) -> bool:
    """Whether ``part`` may be a part of a glued word anywhere: a known word of three letters or
    more, or a listed short word."""
    return part in vocabulary if len(part) >= 3 else part in short


# The fewest letters of a Spanish or Portuguese plural read as its listed singular (usuarios, pacientes).
_ROMANCE_PLURAL = 6


def _romance_singular(token: str, listed: Mapping[str, tuple[str, ...]]) -> str | None:
    """The listed singular of a Spanish or Portuguese plural the English rules miss: ``usuarios``,
    ``direcciones`` (an s, or es after a consonant, dropped)."""
    if len(token) < _ROMANCE_PLURAL or not token.endswith("s"):
        return None
    if token[:-1] in listed and token[-2] in "aeo":
        return token[:-1]
    if token.endswith("es") and token[:-2] in listed and token[-3] not in "aeiou":
        return token[:-2]
    return None


# The fewest letters of a word a plural or linking s may follow before a glued tail.
_STEM = 4


def _head(head: str, vocabulary: set[str], short: frozenset[str],
          first: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """The words of what comes before a glued tail: a known word, known words glued, or either
    with a plural or German linking s (``channels``, ``rechnungs``: channel, rechnung)."""
    if head in vocabulary or head in short:
        return (head,)
    parts = _segment(head, vocabulary, (), short, first=first)
    if parts or not head.endswith("s") or len(head) <= _STEM:
        return parts
    stem = head[:-1]
    return (stem,) if stem in vocabulary else _segment(stem, vocabulary, (), short, first=first)


# The fewest letters of a listed word that a glued tail may follow though it is no glue piece (natelnr).
_TAILED_ABBREVIATION = 5

# The most letters of a word a lone camel-case letter after it may end (``DoB``).
_SHORT_WORD = 3

# The fewest letters of an abbreviation that may be part of a glued word without being listed as a
# glue piece: long enough not to hide by chance in another word (urination is no "uri nation").
_GLUED_ABBREVIATION = 7

# Letters that mark which of several phones or addresses of a person a column holds, glued after the
# word: the first, second or third (phonea, phoneb, citya, streetb) or the home, work or mobile one
# (phonew).
_LINE_LETTERS = frozenset("abchwm")


class WordReader:
    """Reads identifiers into normalized words with the knowledge's word lists (cached)."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.words = lru_cache(maxsize=1 << 18)(self._words)
        self.tails = tuple(sorted(knowledge.glued_tails, key=lambda t: (-len(t), t)))
        # The tails that key or number a row (id, uid, nr), the only ones a listed word may take.
        self.key_tails = tuple(t for t in self.tails
                               if t in knowledge.key_words or knowledge.abbreviations.get(t) == ("number",))
        # Known words, the abbreviations listed as glue pieces and the long ones (written-out words of
        # other languages: rechnung, telefon) may be parts of a glued word.
        long = {word for word in knowledge.abbreviations if len(word) >= _GLUED_ABBREVIATION}
        self.pieces = knowledge.vocabulary | knowledge.glue_pieces | long
        self.short = frozenset(knowledge.short_parts)
        self.not_last = frozenset(knowledge.not_last_parts)
        self.first = frozenset(knowledge.first_parts)
        # Words of a person's contact details and address (phone, email, street, city; tel, zip), which a
        # letter of ``_LINE_LETTERS`` may follow.
        contact = knowledge.person_columns | knowledge.address_columns
        self.lettered = frozenset({w[0] for w in contact if len(w) == 1}
                                  | {a for a, words in knowledge.abbreviations.items() if words in contact})
        self._listed: dict[str, set[tuple[str, ...]]] | None = None

    def _token(self, token: str) -> tuple[str, ...]:
        k = self.knowledge
        if token in k.compounds:
            return k.compounds[token]
        if token in k.abbreviations:
            return k.abbreviations[token]
        if token.isdigit():
            return (token,)
        word = singular(token, k.singular_exceptions)
        if word in k.compounds:
            return k.compounds[word]
        if word in k.abbreviations:
            return k.abbreviations[word]
        romance = _romance_singular(token, k.abbreviations)
        if romance is not None:
            return k.abbreviations[romance]
        if word in k.vocabulary or word in k.unsplittable or len(word) < 5:
            return (word,)
        parts = _segment(word, self.pieces, self.tails, self.short, self.not_last, self.first)
        if parts is None:
            parts = self._abbreviation_and_tail(word)
        if parts is None and word[-1] in _LINE_LETTERS and word[:-1] in self.lettered:
            return self._token(word[:-1])
        if parts is None or parts[-1] in k.not_last_parts:
            return (word,)
        return self._read(parts)

    def _listed_readings(self) -> dict[str, set[tuple[str, ...]]]:
        """The listed readings (of abbreviations, compounds, words read by the word before or at the
        end, tail synonyms, domains' abbreviations) holding each word, worked out once."""
        if self._listed is None:
            k = self.knowledge
            readings = [*k.abbreviations.values(), *k.compounds.values(), *k.last_words.values(),
                        *((w,) for w in k.tail_synonyms.values()),
                        *(m for meanings in k.after_words.values() for m in meanings.values()),
                        *(m for own in k.domain_abbreviations.values() for m in own.values())]
            self._listed = {}
            for reading in readings:
                for word in reading:
                    self._listed.setdefault(word, set()).add(reading)
        return self._listed

    def _kept(self, phrase: tuple[str, ...], index: int) -> bool:
        """Whether a name's token ``phrase[index]`` is read as itself there (no abbreviation, compound or
        glued word, and no meaning taken from the word before it)."""
        word = phrase[index]
        return (self._token(word) == (word,)
                and not (index and phrase[index - 1] in self.knowledge.after_words.get(word, {})))

    def can_read(self, phrase: tuple[str, ...]) -> bool:
        """Whether some column name is read into words holding ``phrase`` (a rule's phrase that none is
        can never match): each of its words is read as itself, or comes from a listed reading (an
        abbreviation's: ``mphone`` reads mobile phone, though a bare ``mobile`` reads phone) that the
        phrase holds whole, starts inside, ends inside or lies within."""
        n = len(phrase)
        listed = self._listed_readings()
        readings = {r for i, w in enumerate(phrase) if not self._kept(phrase, i) for r in listed.get(w, ())}
        if any(phrase == r[i:i + n] for r in readings for i in range(len(r) - n + 1)):
            return True
        reached = [False] * (n + 1)
        reached[0] = True
        for i in range(n):
            if not reached[i]:
                continue
            if self._kept(phrase, i):
                reached[i + 1] = True
            for r in readings:
                if phrase[i:i + len(r)] == r:
                    reached[i + len(r)] = True
                for cut in range(1, len(r)):
                    if i == 0 and phrase[:len(r) - cut] == r[cut:]:  # a reading's end starts the phrase
                        reached[len(r) - cut] = True
                    if phrase[i:] == r[:cut]:  # a reading's start ends it
                        reached[n] = True
        return reached[n]

    def _abbreviation_and_tail(self, word: str) -> tuple[str, str] | None:
        """A listed word of ``_TAILED_ABBREVIATION`` letters or more (one of another language: natel,
        kunde) and a glued key or number: ``natelnr`` -> natel nr, ``kundeid`` -> kunde id."""
        for tail in self.key_tails:
            head = word[: -len(tail)]
            if word.endswith(tail) and len(head) >= _TAILED_ABBREVIATION and head in self.knowledge.abbreviations:
                return head, tail
        return None

    def _read(self, tokens: Iterable[str], own: dict[str, tuple[str, ...]] | None = None,
              whole: bool = False) -> tuple[str, ...]:
        """The words of ``tokens`` in turn, a word whose meaning depends on the word before it read
        by that word (German ``von`` is "from" after a date: ``datum_von``, and "by" elsewhere); a
        meaning holding the word before stands for both, written head first (French ``code_postal``:
        postal code, no code's postal detail). In a ``whole`` name, its last token by its reading
        when last (``ticket_cc``: a carbon copy)."""
        tokens = list(tokens)
        words: list[str] = []
        for index, token in enumerate(tokens):
            meanings = self.knowledge.after_words.get(token, {})
            if words and words[-1] in meanings:
                meaning = meanings[words[-1]]
                if words[-1] in meaning:
                    words.pop()
                words.extend(meaning)
            elif whole and index == len(tokens) - 1 and token in self.knowledge.last_words:
                words.extend(self.knowledge.last_words[token])
            else:
                words.extend((own or {}).get(token) or self._token(token))
        return tuple(words)

    def _words(self, name: str, domain: str | None = None) -> tuple[str, ...]:
        """The words of ``name``; in an application of ``domain``, its own abbreviations first."""
        own = self.knowledge.domain_abbreviations.get(domain, {}) if domain else {}
        return self._read(self.joined(name), own, whole=True)

    def joined(self, name: str) -> list[str]:
        """The tokens of ``name``, a lone letter glued back to the next token when they stand
        together in the name and make a known abbreviation: camel case splits ``FName`` and
        ``LName`` into a letter and a word. So does a word and the number after it (``md5``,
        ``sha256``: names of digests, split as a word and a number). A lone letter ending a short word
        that is none of its own glues back to it the same way: camel case splits ``DoB`` into ``do``
        and ``b``."""
        tokens = split_identifier(name)
        text = name.lower()
        out: list[str] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            glued = token + following if following else ""
            if ((len(token) == 1 or following.isdigit()) and token.isalpha() and self._known(glued)
                    and glued in text):
                out.append(glued)
                index += 2
            elif out and self._letter_ends(out[-1], token, text):
                out[-1] += token
                index += 1
            else:
                out.append(token)
                index += 1
        return out

    def _known(self, token: str) -> bool:
        return token in self.knowledge.abbreviations or token in self.knowledge.compounds

    def _letter_ends(self, word: str, letter: str, text: str) -> bool:
        """Whether a lone ``letter`` ends the short ``word`` before it into a known abbreviation
        (``do`` and ``b``: dob), ``word`` being no abbreviation of its own."""
        return (len(letter) == 1 and letter.isalpha() and len(word) <= _SHORT_WORD and word.isalpha()
                and not self._known(word) and self._known(word + letter) and word + letter in text)
