"""The third-party recipients knowledge base: how to recognise a service in code, config and URLs.

Every entry of ``catalog/data/recipients.yaml`` (and of a user's own files, in
the same format) names one service, the kind of recipient it is, the fideslang
data uses it typically serves, and the traces it leaves. Matching conventions:

- **imports**: Python modules are dotted (``google.ads.googleads``), JavaScript
  specifiers are split on ``/`` (``@sentry/node``, ``firebase/messaging``, a bare
  ``@scope`` claims the whole scope). The longest claimed prefix wins; a module
  nobody claims (``boto3``, ``google``) matches nothing.
- **calls**: the dotted path a call resolves to through the imports; a method on
  an instance is ``module.Class.method``; a string-literal first argument is one
  more segment, so ``boto3.client('ses').send_email`` is
  ``boto3.client.ses.send_email`` and ``build('gmail', 'v1')`` from
  ``googleapiclient.discovery`` is ``googleapiclient.discovery.build.gmail``. A
  global function of a browser tag snippet is its bare name (``fbq``, ``gtag``).
  A pattern matches the leading segments of a call, ``*`` matches one segment,
  and the pattern with the most literal segments wins.
- **hosts**: lowercase globs; ``*`` stands for exactly one label, except a
  leading ``*.`` which stands for one or more. The glob with the most literal
  labels wins, an exact host before a glob.
- **config keys**: plain names are compared case-insensitively with ``.``,
  ``-`` and spaces read as ``_`` and a front-end prefix such as ``NEXT_PUBLIC_``
  removed (``stripe.secret_key`` is ``STRIPE_SECRET_KEY``); any other entry is
  a regular expression that must match the whole normalised key.

A host, call pattern, import or config name belongs to one recipient only, so
each lookup has one answer; a user file overrides an entry by reusing its id.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    StringConstraints,
    ValidationError,
    ValidationInfo,
)

from catalog import taxonomy
from catalog.errors import DatamapError
from catalog.policy import Loc, read_yaml_with_lines, suggest_name

Kind = Literal[
    "analytics", "advertising", "payments", "email", "sms", "crm", "support",
    "error_tracking", "cloud_storage", "social", "cdp", "auth", "maps", "search",
    "ai", "messaging", "monitoring", "push",
]  # fmt: skip
KINDS: tuple[str, ...] = get_args(Kind)
PACKAGED_FILE = "catalog/data/recipients.yaml"

# Prefixes that front-end build tools require on variables exposed to the browser.
_PUBLIC_ENV_PREFIXES = (
    "NEXT_PUBLIC_",
    "REACT_APP_",
    "VITE_",
    "EXPO_PUBLIC_",
    "GATSBY_",
    "NUXT_PUBLIC_",
    "NUXT_ENV_",
    "PUBLIC_",
    "VUE_APP_",
)
_LANGUAGE_ALIASES = {"python": "python", "javascript": "javascript", "typescript": "javascript"}
_SEPARATORS = {"python": ".", "javascript": "/"}

_ID = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_PY_MODULE = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", re.ASCII)
_JS_MODULE = re.compile(r"(?:@[a-z0-9][\w.-]*(?:/[\w.-]+)*|[a-z0-9][\w.-]*(?:/[\w.-]+)*)", re.ASCII)
_CALL = re.compile(r"[A-Za-z_$][\w$-]*(?:\.(?:\*|[A-Za-z_$][\w$-]*))*", re.ASCII)
_LABEL = re.compile(r"\*|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", re.ASCII)
_KEY_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*", re.ASCII)
_KEY_SEPARATORS = re.compile(r"[.\- ]+")


def _non_empty(values: tuple[str, ...]) -> tuple[str, ...]:
    if not values:
        raise ValueError("name at least one fideslang data use")
    return values


def _check_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError(f"'{value}' is not a snake_case id (lowercase letters, digits, '_')")
    return value


def _check_purpose(value: str, info: ValidationInfo) -> str:
    if info.context and info.context.get("packaged"):  # datamap's own file: its keys are checked by its tests
        return value
    keys = taxonomy.use_keys()
    if value not in keys:
        close = taxonomy.suggest(value, keys)
        hint = f"; did you mean '{close}'?" if close else ""
        raise ValueError(f"'{value}' is not a fideslang data use key{hint}")
    return value


def _check_python(value: str) -> str:
    if not _PY_MODULE.fullmatch(value):
        raise ValueError(f"'{value}' is not a dotted Python module name")
    return value


def _check_javascript(value: str) -> str:
    if not _JS_MODULE.fullmatch(value):
        raise ValueError(f"'{value}' is not a JavaScript package specifier")
    return value


def _check_call(value: str) -> str:
    if not _CALL.fullmatch(value):
        raise ValueError(
            f"'{value}' is not a dotted call pattern (identifiers or '*' between dots, starting with an identifier)"
        )
    return value


def _check_host(value: str) -> str:
    labels = value.split(".")
    if value != value.lower():
        raise ValueError(f"host '{value}' must be lowercase")
    if (
        len(labels) < 2
        or not all(_LABEL.fullmatch(label) for label in labels)
        or not labels[-1].isalpha()
        or all(label == "*" for label in labels[:-1])
    ):
        raise ValueError(f"'{value}' is not a host glob such as 'api.example.com' or '*.example.com'")
    return value


def _check_config_key(value: str) -> str:
    if _KEY_NAME.fullmatch(value):
        return value
    try:
        compiled = re.compile(value)
    except re.error as exc:
        message = f"'{value}' is neither a key name nor a regular expression: {exc}"
        raise ValueError(message) from None
    if compiled.groupindex:
        raise ValueError(f"regular expression '{value}' must not name its groups")
    return value


PurposeKey = Annotated[str, AfterValidator(_check_purpose)]
PythonModule = Annotated[str, AfterValidator(_check_python)]
JavaScriptModule = Annotated[str, AfterValidator(_check_javascript)]
CallPattern = Annotated[str, AfterValidator(_check_call)]
HostGlob = Annotated[str, AfterValidator(_check_host)]
ConfigKey = Annotated[str, AfterValidator(_check_config_key)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sdk(_Strict):
    """Import names of the service's client libraries, per language."""

    python: tuple[PythonModule, ...] = ()
    javascript: tuple[JavaScriptModule, ...] = ()


class Recipient(_Strict):
    """One third-party service and the traces by which it is recognised."""

    id: Annotated[str, AfterValidator(_check_id)]
    name: Text
    company: Text
    kind: Kind
    purposes: Annotated[tuple[PurposeKey, ...], AfterValidator(_non_empty)]
    sdk: Sdk = Sdk()
    calls: tuple[CallPattern, ...] = ()
    hosts: tuple[HostGlob, ...] = ()
    config_keys: tuple[ConfigKey, ...] = ()


# --------------------------------------------------------------------------- matching


class _Node:
    __slots__ = ("children", "star", "ends")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.star: _Node | None = None
        self.ends: list[tuple[str, str, str]] = []  # (rest, pattern, recipient id)


class _GlobTrie:
    """Segment globs: '*' matches one segment; ``rest`` says what may follow the glob.

    rest is "none" (nothing), "some" (one or more segments) or "any" (zero or more).
    The match with the most literal segments wins, then one with no rest, then the
    lexically smallest pattern.
    """

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, segments: Sequence[str], rest: str, pattern: str, rid: str) -> None:
        node = self._root
        for seg in segments:
            if seg == "*":
                node.star = node.star or _Node()
                node = node.star
            else:
                node = node.children.setdefault(seg, _Node())
        node.ends.append((rest, pattern, rid))

    def match(self, segments: Sequence[str]) -> str | None:
        best: tuple[int, bool, str, str] | None = None
        stack = [(self._root, 0, 0)]
        while stack:
            node, i, literal = stack.pop()
            left = len(segments) - i
            for rest, pattern, rid in node.ends:
                if rest == "any" or (rest == "none") == (left == 0):
                    rank = (-literal, rest != "none", pattern, rid)
                    best = rank if best is None else min(best, rank)
            if left:
                child = node.children.get(segments[i])
                if child is not None:
                    stack.append((child, i + 1, literal + 1))
                if node.star is not None:
                    stack.append((node.star, i + 1, literal))
        return None if best is None else best[3]


def host_of(host_or_url: str) -> str | None:
    """The lowercase ASCII host of a URL or bare host, or None when there is none."""
    text = host_or_url.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or not host.isascii():
        return None
    return host.rstrip(".") or None


def normalise_config_key(key: str) -> str:
    """``stripe.secret-key`` -> ``STRIPE_SECRET_KEY``; front-end prefixes removed."""
    name = _KEY_SEPARATORS.sub("_", key.strip()).upper()
    for prefix in _PUBLIC_ENV_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


@dataclass(frozen=True)
class Origin:
    """Where an entry was read: file and line of its first key."""

    path: str
    line: int


@dataclass
class _Indexes:
    imports: dict[str, dict[str, str]] = dc_field(default_factory=lambda: {language: {} for language in _SEPARATORS})
    calls: _GlobTrie = dc_field(default_factory=_GlobTrie)
    hosts: _GlobTrie = dc_field(default_factory=_GlobTrie)
    config_names: dict[str, str] = dc_field(default_factory=dict)
    config_regexes: list[tuple[str, str]] = dc_field(default_factory=list)
    claims: dict[tuple[str, str], str] = dc_field(default_factory=dict)


class KnowledgeBase:
    """An immutable set of recipients with precompiled indexes for every lookup."""

    def __init__(self, entries: Sequence[tuple[Recipient, Origin]]) -> None:
        self._by_id = {r.id: r for r, _ in entries}
        self._origin = {r.id: o for r, o in entries}
        self._ix = _Indexes()
        for recipient, origin in entries:
            self._index(recipient, origin)
        regexes = sorted(self._ix.config_regexes, key=lambda item: -len(item[0]))
        self._config_regex = re.compile(
            "|".join(f"(?P<r{n}>{pattern})" for n, (pattern, _) in enumerate(regexes)) or "(?!)",
            re.IGNORECASE,
        )
        self._config_regex_ids = {f"r{n}": rid for n, (_, rid) in enumerate(regexes)}
        self._kinds = {kind: tuple(r for r in self if r.kind == kind) for kind in KINDS}

    def _claim(self, what: str, value: str, recipient: Recipient, origin: Origin) -> None:
        owner = self._ix.claims.setdefault((what, value), recipient.id)
        if owner != recipient.id:
            first = self._origin[owner]
            raise DatamapError(
                f"{what} '{value}' of recipient '{recipient.id}' is already claimed by "
                f"'{owner}' ({first.path}:{first.line})",
                origin.path,
                origin.line,
            )

    def _index(self, r: Recipient, origin: Origin) -> None:
        for language, modules in (("python", r.sdk.python), ("javascript", r.sdk.javascript)):
            for module in modules:
                self._claim(f"{language} import", module, r, origin)
                self._ix.imports[language][module] = r.id
        for call in r.calls:
            self._claim("call", call, r, origin)
            self._ix.calls.add(call.split("."), "any", call, r.id)
        for host in r.hosts:
            self._claim("host", host, r, origin)
            labels = host.split(".")[::-1]
            leading = labels[-1] == "*"
            self._ix.hosts.add(labels[:-1] if leading else labels, "some" if leading else "none", host, r.id)
        for key in r.config_keys:
            if _KEY_NAME.fullmatch(key):
                name = normalise_config_key(key)
                self._claim("config key", name, r, origin)
                self._ix.config_names[name] = r.id
            else:
                self._ix.config_regexes.append((key, r.id))

    # ----------------------------------------------------------------------- lookups

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Recipient]:
        return iter(sorted(self._by_id.values(), key=lambda r: r.id))

    def __contains__(self, rid: object) -> bool:
        return rid in self._by_id

    def get(self, rid: str) -> Recipient | None:
        """The recipient with this id, or None."""
        return self._by_id.get(rid)

    def by_id(self, rid: str) -> Recipient:
        """The recipient with this id; an unknown id is a DatamapError with a suggestion."""
        found = self._by_id.get(rid)
        if found is None:
            close = difflib.get_close_matches(rid, sorted(self._by_id), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise DatamapError(f"unknown recipient '{rid}'{hint}")
        return found

    def origin(self, rid: str) -> Origin:
        """The file and line the recipient was read from."""
        return self._origin[rid]

    def of_kind(self, kind: str) -> tuple[Recipient, ...]:
        """All recipients of one kind, sorted by id."""
        if kind not in self._kinds:
            close = difflib.get_close_matches(kind, KINDS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise DatamapError(f"unknown recipient kind '{kind}'{hint}")
        return self._kinds[kind]

    def match_import(self, module: str, language: str = "python") -> Recipient | None:
        """The recipient whose import name is the longest prefix of ``module``."""
        lang = _LANGUAGE_ALIASES.get(language)
        if lang is None:
            known = ", ".join(_LANGUAGE_ALIASES)
            raise ValueError(f"unknown language '{language}'; known: {known}")
        index, sep = self._ix.imports[lang], _SEPARATORS[lang]
        parts = module.strip().split(sep)
        for end in range(len(parts), 0, -1):
            rid = index.get(sep.join(parts[:end]))
            if rid is not None:
                return self._by_id[rid]
        return None

    def match_call(self, dotted: str) -> Recipient | None:
        """The recipient of the most specific call pattern matching ``dotted``."""
        rid = self._ix.calls.match(dotted.strip().split("."))
        return None if rid is None else self._by_id[rid]

    def match_host(self, host_or_url: str) -> Recipient | None:
        """The recipient of the most specific host glob matching a host or URL."""
        host = host_of(host_or_url)
        if host is None:
            return None
        rid = self._ix.hosts.match(host.split(".")[::-1])
        return None if rid is None else self._by_id[rid]

    def match_config_key(self, key: str) -> Recipient | None:
        """The recipient hinted at by a config or environment key name."""
        name = normalise_config_key(key)
        rid = self._ix.config_names.get(name)
        if rid is None:
            found = self._config_regex.fullmatch(name)
            rid = self._config_regex_ids[found.lastgroup] if found and found.lastgroup else None
        return None if rid is None else self._by_id[rid]


# --------------------------------------------------------------------------- loading

_FIELDS = tuple(Recipient.model_fields)


def _line_at(lines: dict[Loc, int], loc: Loc) -> int:
    """The line of the deepest node of ``loc`` that the document has."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return 1


def _describe(error: Any) -> str:
    loc = error["loc"]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
    kind = error["type"]
    if kind == "extra_forbidden":
        fields = _FIELDS if len(loc) == 1 else tuple(Sdk.model_fields)
        hint = suggest_name(str(loc[-1]), fields) or f"; known fields: {', '.join(fields)}"
        return f"unknown field '{where}'{hint}"
    if kind == "missing":
        return f"missing field '{where}'"
    if kind == "literal_error" and loc == ("kind",):
        return f"kind '{error['input']}' is not one of: {', '.join(KINDS)}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}"


def _parse_entry(raw: Any, index: int, lines: dict[Loc, int], path: str, packaged: bool = False) -> Recipient:
    line = lines[(index,)]
    if not isinstance(raw, dict):
        raise DatamapError(f"entry {index + 1} must be a mapping, not {type(raw).__name__}", path, line)
    rid = raw.get("id")
    label = f"recipient '{rid}'" if isinstance(rid, str) else f"entry {index + 1}"
    try:
        return Recipient.model_validate(raw, context={"packaged": packaged})
    except ValidationError as exc:
        errors = exc.errors()
        at = [_line_at(lines, (index, *e["loc"])) for e in errors]
        messages = "; ".join(_describe(e) for e in errors)
        raise DatamapError(f"{label}: {messages}", path, min(at)) from None


def parse_recipients(raw: bytes, path: str, packaged: bool = False) -> list[tuple[Recipient, Origin]]:
    """Validate the bytes of one recipients file; errors name the file and the line."""
    if not raw.strip():
        raise DatamapError("the recipients file is empty", path)
    data, lines = read_yaml_with_lines(raw, path, packaged)
    if not isinstance(data, list):
        raise DatamapError(f"a recipients file must be a list of entries, not {type(data).__name__}", path, 1)
    entries: list[tuple[Recipient, Origin]] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(data):
        recipient = _parse_entry(item, index, lines, path, packaged)
        line = lines[(index,)]
        if recipient.id in seen:
            raise DatamapError(
                f"duplicate recipient id '{recipient.id}' (first defined on line {seen[recipient.id]})", path, line
            )
        seen[recipient.id] = line
        entries.append((recipient, Origin(path, line)))
    return entries


@cache
def _packaged() -> tuple[tuple[Recipient, Origin], ...]:
    raw = resources.files("catalog").joinpath("data", "recipients.yaml").read_bytes()
    return tuple(parse_recipients(raw, PACKAGED_FILE, packaged=True))


def load_recipients(extra_paths: Sequence[Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base plus users' files; a user entry replaces one of the same id."""
    merged = {r.id: (r, o) for r, o in _packaged()}
    for path in extra_paths:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise DatamapError(f"cannot read recipients file: {exc.strerror}", str(path)) from None
        for recipient, origin in parse_recipients(raw, str(path)):
            merged.pop(recipient.id, None)
            merged[recipient.id] = (recipient, origin)
    return KnowledgeBase(list(merged.values()))


# --------------------------------------------------------------------------- docs


def _cell(values: Sequence[str]) -> str:
    return ", ".join(f"`{v}`".replace("|", "\\|") for v in values)


def render_markdown_table(kb: KnowledgeBase) -> str:
    """The Markdown page of docs/recipients.md, one table per kind."""
    out = [
        "# Third-party recipients",
        "",
        f"Generated from `{PACKAGED_FILE}` by `python -m catalog.recipients > docs/recipients.md`;",
        "do not edit by hand. How each column is matched is described in the docstring of",
        "`catalog/recipients.py`.",
        "",
        f"{len(kb)} recipients of {sum(1 for k in KINDS if kb.of_kind(k))} kinds.",
    ]
    for kind in KINDS:
        members = kb.of_kind(kind)
        if not members:
            continue
        out += ["", f"## {kind} ({len(members)})", ""]
        out.append("| id | name | company | purposes | python | javascript | calls | hosts | config keys |")
        out.append("|---|---|---|---|---|---|---|---|---|")
        for r in members:
            cells = [
                f"`{r.id}`",
                r.name,
                r.company,
                _cell(r.purposes),
                _cell(r.sdk.python),
                _cell(r.sdk.javascript),
                _cell(r.calls),
                _cell(r.hosts),
                _cell(r.config_keys),
            ]
            out.append("| " + " | ".join(c.replace("\n", " ") for c in cells) + " |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render_markdown_table(load_recipients()))
