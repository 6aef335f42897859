"""What a SQL function does to the person behind a value: hash it, aggregate it away, or pass it on.

The function lists live in ``data/functions.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlglot import exp

DATA = Path(__file__).parent / "data" / "functions.yaml"
ROLES = ("hashing", "statistics", "ranking", "passthrough")


def _normal(name: str) -> str:
    return name.lower().replace("_", "")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """``data/functions.yaml``, read once."""
    with DATA.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@lru_cache(maxsize=1)
def function_roles() -> dict[str, str]:
    """Normalised function name -> role (one of ``ROLES``)."""
    data = _data()
    roles: dict[str, str] = {}
    for role in ROLES:
        for name in data.get(role) or ():
            roles[_normal(str(name))] = role
    return roles


@lru_cache(maxsize=1)
def narrowing_casts() -> frozenset[str]:
    """Type names a cast to which changes the value (so it is not a copy)."""
    return frozenset(str(name).upper() for name in _data().get("narrowing_casts") or ())


def role_of(node: exp.Expr) -> str | None:
    """The role of ``node`` when it is a function (or a cast) datamap knows, else None."""
    roles = function_roles()
    if isinstance(node, exp.Cast):
        to = node.args.get("to")
        narrowing = isinstance(to, exp.DataType) and to.this.name in narrowing_casts()
        return None if narrowing else "passthrough"
    if isinstance(node, exp.Anonymous):
        return roles.get(_normal(node.name))
    if isinstance(node, exp.Func | exp.Paren | exp.Alias | exp.Collate):
        role = roles.get(_normal(node.key))
        if role is None and isinstance(node, exp.Func):
            role = roles.get(_normal(node.sql_name()))
        return role
    return None


@lru_cache(maxsize=1)
def person_keys() -> frozenset[str]:
    """Column names (or last words of them) whose groups hold one person each."""
    return frozenset(str(word).lower() for word in _data().get("person_keys") or ())


def groups_people(select: exp.Select, keys: frozenset[str] | None = None) -> bool:
    """True when the query groups rows by keys none of which identifies a person
    (``keys``: the column names that do; default the list in ``data/functions.yaml``)."""
    group = select.args.get("group")
    if not isinstance(group, exp.Group) or not group.expressions:
        return False
    keys = person_keys() if keys is None else keys
    aliases = {p.alias: p.unalias() for p in select.expressions if isinstance(p, exp.Alias)}
    for key in group.expressions:
        if isinstance(key, exp.Literal) and key.is_int and 0 < int(key.name) <= len(select.expressions):
            key = select.expressions[int(key.name) - 1].unalias()  # GROUP BY 1
        if isinstance(key, exp.Column) and not key.table:
            key = aliases.get(key.name, key)
        for column in [key] if isinstance(key, exp.Column) else list(key.find_all(exp.Column)):
            name = column.name.lower()
            if name in keys or name.replace("-", "_").split("_")[-1] in keys:
                return False
    return True
