"""Fill install-script placeholders (``{$db_prefix}``, ``#__``, ``PREFIX_``) so that SQL can parse.

The placeholder syntaxes live in ``data/placeholders.yaml``. A placeholder right
before a name is a table prefix and is dropped (with an underscore joining it to
the name); one before a dot stands for a schema and is dropped with its dot; any
other reads as its own name. Line breaks are never touched, so line numbers stay
true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "placeholders.yaml"
_NAME_CHAR = re.compile(r"[A-Za-z0-9_$]")


@dataclass(frozen=True)
class _Syntax:
    templates: re.Pattern[str]  # any template; group ``name<i>`` holds its name, ``dot`` a following dot
    prefixes: re.Pattern[str]  # any literal prefix right before a letter
    markers: tuple[str, ...]  # substrings without which a text holds no placeholder
    template_markers: tuple[str, ...]  # substrings without which a text holds no template


@lru_cache(maxsize=1)
def _syntax() -> _Syntax:
    with DATA.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    templates = [str(t).replace("?P<name>", f"?P<name{i}>") for i, t in enumerate(data.get("templates") or ())]
    prefixes = [str(p) for p in data.get("prefixes") or ()]
    template_markers = tuple(str(m) for m in data.get("template_markers") or ())
    return _Syntax(
        templates=re.compile("(?:" + ("|".join(f"(?:{t})" for t in templates) or "(?!)")
                             + r")(?:(?P<dot>\.)|(?P<joint>_)(?=[A-Za-z0-9]))?"),
        prefixes=re.compile(r"(?<![\w$])(?:" + ("|".join(re.escape(p) for p in prefixes) or "(?!)") + ")(?=[A-Za-z])"),
        markers=(*template_markers, *prefixes),  # a prefix is matched as written: nothing shorter says it is there
        template_markers=template_markers,
    )


def fill_placeholders(text: str) -> str:
    """``text`` with every placeholder of a known syntax filled (see the module docstring)."""
    syntax = _syntax()
    if not any(marker in text for marker in syntax.markers):
        return text
    if any(marker in text for marker in syntax.template_markers):
        text = syntax.templates.sub(_fill, text)
    return syntax.prefixes.sub("", text)


def _fill(match: re.Match[str]) -> str:
    if match.group("dot") or match.group("joint"):
        return ""  # ${schema}.users -> users, {forum_webtag}_POST -> POST
    if _NAME_CHAR.match(match.string, match.end()):
        return ""  # {$db_prefix}members -> members
    return next(v for k, v in match.groupdict().items() if k.startswith("name") and v)  # ENGINE={$engine}
