"""The fideslang taxonomy: data category and data use keys, and dotted-key arithmetic.

fideslang is imported on first use and the taxonomy is loaded once per process, so
importing this module stays cheap for commands that never need it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class TaxonomyEntry:
    """One fideslang taxonomy key with its human name."""

    key: str
    name: str
    replaced_by: str | None = None
    deprecated: bool = False


@dataclass(frozen=True)
class _Taxonomy:
    categories: dict[str, TaxonomyEntry]
    uses: dict[str, TaxonomyEntry]


@cache
def _taxonomy() -> _Taxonomy:
    from fideslang.default_taxonomy import DEFAULT_TAXONOMY

    def entries(items: Iterable) -> dict[str, TaxonomyEntry]:
        return {
            item.fides_key: TaxonomyEntry(
                key=item.fides_key,
                name=item.name or item.fides_key,
                replaced_by=item.replaced_by,
                deprecated=item.version_deprecated is not None,
            )
            for item in items
        }

    return _Taxonomy(
        categories=entries(DEFAULT_TAXONOMY.data_category),
        uses=entries(DEFAULT_TAXONOMY.data_use),
    )


@cache
def category_keys() -> frozenset[str]:
    """Every current (not deprecated) fideslang data category key."""
    return frozenset(k for k, e in _taxonomy().categories.items() if not e.deprecated)


@cache
def use_keys() -> frozenset[str]:
    """Every current (not deprecated) fideslang data use key."""
    return frozenset(k for k, e in _taxonomy().uses.items() if not e.deprecated)


def entry(key: str) -> TaxonomyEntry | None:
    """The taxonomy entry for a data category or data use key, deprecated ones included."""
    taxonomy = _taxonomy()
    return taxonomy.categories.get(key) or taxonomy.uses.get(key)


def is_descendant(key: str, ancestor: str) -> bool:
    """True when ``key`` equals ``ancestor`` or lies below it (``user.contact.email``, ``user``)."""
    return key == ancestor or key.startswith(ancestor + ".")


def parent(key: str) -> str | None:
    """The key one level up, or None for a top-level key."""
    head, dot, _ = key.rpartition(".")
    return head if dot else None


def level(key: str, n: int) -> str:
    """The first ``n`` levels of a key: ``level('user.contact.email', 2) == 'user.contact'``."""
    if n < 1:
        raise ValueError(f"level must be at least 1, got {n}")
    return ".".join(key.split(".")[:n])


def suggest(key: str, keys: Iterable[str]) -> str | None:
    """The key in ``keys`` that ``key`` was most likely meant to be, or None.

    A key with the same last segment wins (``user.email`` → ``user.contact.email``);
    otherwise the closest spelling.
    """
    ordered = sorted(k for k in keys if k != key)
    last = key.rsplit(".", 1)[-1]
    same_leaf = [k for k in ordered if k.rsplit(".", 1)[-1] == last]
    if same_leaf:
        return difflib.get_close_matches(key, same_leaf, n=1, cutoff=0.0)[0]
    matches = difflib.get_close_matches(key, ordered, n=1, cutoff=0.6)
    return matches[0] if matches else None
