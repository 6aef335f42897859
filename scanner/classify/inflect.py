"""Singular forms of English words, shared by the word reader and the rule compiler."""

from __future__ import annotations


def singular(word: str, exceptions: set[str]) -> str:
    """A light singular: ``addresses`` -> ``address``, ``categories`` -> ``category``,
    ``statuses`` -> ``status``, ``diagnoses`` -> ``diagnosis`` (a Greek plural of a
    word kept as its own singular), ``cookies`` -> ``cookie`` (the plural of a word that is its own
    singular)."""
    if word in exceptions or len(word) <= 3:
        return word
    if word.endswith("es") and word[:-2] in exceptions:
        return word[:-2]
    if len(word) > 6 and word.endswith("ses") and word[:-2] + "is" in exceptions:
        return word[:-2] + "is"
    if word.endswith("ies"):
        return word[:-1] if word[:-1] in exceptions else word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "os")):
        return word[:-1]
    return word
