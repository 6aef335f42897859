"""A small, safe renderer for Jinja-templated SQL (dbt models).

Templates render in Jinja's sandbox with only datamap's own functions in scope:
``ref``, ``source``, ``config``, ``var``, ``env_var``, ``is_incremental``,
``this``, ``target``, ``log`` and ``return``. None of them touches the file
system, the network, the environment or a database: ``env_var`` and ``var``
give their default (or ``NULL``), ``is_incremental()`` is false (the full-refresh
query, whose columns are the model's), and the relations ``ref``/``source``
return are placeholders the caller resolves after every model is rendered.

A call to any other macro (``dbt_utils.star(…)``, a project macro) is not run:
it renders as an opaque SQL function over the identifiers among its string
arguments (``dbt_utils.generate_surrogate_key(['a', 'b'])`` becomes
``dbt_utils__generate_surrogate_key(a, b)``), so the columns it reads still
appear as derived, and the macro's name is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import TemplateError, Undefined
from jinja2.sandbox import SandboxedEnvironment

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")
_PLACEHOLDER = "__datamap_{kind}_{index}__"


class RenderError(Exception):
    """A template that will not render: the reason and its line when known."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(frozen=True)
class Relation:
    """What ``ref``/``source``/``this`` return: a placeholder name resolved later."""

    placeholder: str
    kind: str
    args: tuple[str, ...]

    def __str__(self) -> str:
        return self.placeholder

    @property
    def identifier(self) -> str:
        return self.args[-1]

    name = table = identifier


@dataclass
class Rendered:
    """A rendered template and what it asked for."""

    text: str
    relations: dict[str, Relation] = field(default_factory=dict)  # placeholder -> relation
    config: dict[str, Any] = field(default_factory=dict)
    macros: list[str] = field(default_factory=list)

    def refs(self) -> list[Relation]:
        return [r for r in self.relations.values() if r.kind == "ref"]


class _MacroCall:
    """An unknown macro's call, rendered as an opaque SQL function over the identifiers it names."""

    def __init__(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        self.name = name
        self.names = [n for value in (*args, *kwargs.values()) for n in _identifiers(value)]

    def __str__(self) -> str:
        return f"{self.name.replace('.', '__')}({', '.join(self.names)})"


def _identifiers(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if _IDENTIFIER.match(value) else []
    if isinstance(value, list | tuple):
        return [n for item in value for n in _identifiers(item)]
    return []


def _unknown_class(calls: list[str]) -> type[Undefined]:
    class Unknown(Undefined):
        """An undefined name: renders empty, and calling it records an opaque macro call."""

        __slots__ = ()

        def __getattr__(self, name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            return Unknown(name=f"{self._undefined_name}.{name}")

        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            name = str(self._undefined_name)
            calls.append(name)
            return _MacroCall(name, args, kwargs)

    return Unknown


def render(text: str, variables: Mapping[str, Any] | None = None, this: tuple[str, ...] = ()) -> Rendered:
    """Render ``text``; raise ``RenderError`` when its Jinja is broken or refused by the sandbox."""
    rendered = Rendered("")
    environment = SandboxedEnvironment(undefined=_unknown_class(rendered.macros), keep_trailing_newline=True,
                                       extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
    environment.globals.update(_functions(rendered, dict(variables or {}), this))
    try:
        rendered.text = environment.from_string(text).render()
    except TemplateError as error:
        raise RenderError(f"{type(error).__name__}: {error.message or error}", getattr(error, "lineno", None)) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError, RecursionError) as error:
        raise RenderError(f"{type(error).__name__}: {error}") from None
    return rendered


def _functions(rendered: Rendered, variables: dict[str, Any], this: tuple[str, ...]) -> dict[str, Any]:
    def relation(kind: str, *args: Any) -> Relation:
        placeholder = _PLACEHOLDER.format(kind=kind, index=len(rendered.relations))
        made = Relation(placeholder, kind, tuple(str(a) for a in args))
        rendered.relations[placeholder] = made
        return made

    def ref(*args: Any, **kwargs: Any) -> Relation:
        names = [a for a in args if isinstance(a, str)]
        if not names:
            raise RenderError("ref() needs a model name")
        return relation("ref", *names[-2:])

    def source(source_name: str, table_name: str) -> Relation:
        return relation("source", source_name, table_name)

    def config(*args: Any, **kwargs: Any) -> str:
        rendered.config.update(kwargs)
        return ""

    def var(name: str, default: Any = "NULL") -> Any:
        return variables.get(name, default)

    def env_var(name: str, default: Any = "NULL") -> Any:
        return default

    target = {"name": "datamap", "schema": "datamap", "database": "datamap", "type": "datamap", "threads": 1}
    functions: dict[str, Callable[..., Any] | Any] = {
        "ref": ref, "source": source, "config": _Config(config), "var": var, "env_var": env_var,
        "is_incremental": lambda: False, "should_full_refresh": lambda: True, "log": lambda *a, **k: "",
        "return": lambda value=None: value, "target": target, "execute": False, "flags": {"FULL_REFRESH": True},
        "this": relation("this", *this) if this else "",
    }
    return functions


class _Config:
    """``config(...)`` in a model, plus ``config.get`` as dbt offers it."""

    def __init__(self, record: Callable[..., str]) -> None:
        self._record = record
        self.values: dict[str, Any] = {}

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        self.values.update(kwargs)
        return self._record(*args, **kwargs)

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


def substitute(rendered: Rendered, names: Mapping[str, str]) -> str:
    """The rendered text with each relation placeholder replaced by its SQL name."""
    if not names:
        return rendered.text
    pattern = re.compile("|".join(re.escape(p) for p in names))
    return pattern.sub(lambda m: names[m.group(0)], rendered.text)


__all__ = ["RenderError", "Relation", "Rendered", "render", "substitute"]
