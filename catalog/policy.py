"""Policy as code: the pydantic model of ``policy.yaml`` and its loader.

A policy names its own categories (mapped onto fideslang data category keys),
purposes (mapped onto fideslang data use keys), recipients, and declarations of
which categories may go to which recipients for which purposes. Keys the taxonomy
lacks are declared as extensions one level below their nearest parent. Every entry
cites the words of the policy text it comes from (checked by ``catalog.citations``).

``load_policy`` reports every problem with the YAML line of the entry at fault.
The format is described in ``docs/policy.md``.
"""

from __future__ import annotations

import difflib
import fnmatch
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    Strict,
    StringConstraints,
    ValidationError,
    model_validator,
)

from catalog import taxonomy
from catalog.errors import DatamapError
from catalog.packaged import SAFE_LOADER

Loc = tuple[str | int, ...]
"""A place in the policy document: ``('categories', 2, 'keys', 0)``."""

SUPPORTED_VERSION = 1
_KEY_PATTERN = re.compile(r"^[a-zA-Z0-9_<>-]+(\.[a-zA-Z0-9_<>-]+)*$")


def _key_syntax(value: str) -> str:
    if not _KEY_PATTERN.match(value):
        raise ValueError(f"'{value}' is not a taxonomy key (dotted words like user.contact.email)")
    return value


def _supported_version(value: int) -> int:
    if value != SUPPORTED_VERSION:
        raise ValueError(f"unsupported policy version {value}; this datamap reads version {SUPPORTED_VERSION}")
    return value


Id = Annotated[str, Strict(), StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Text = Annotated[str, Strict(), StringConstraints(strip_whitespace=True, min_length=1)]
Key = Annotated[str, Strict(), AfterValidator(_key_syntax)]
Word = Annotated[str, Strict(), StringConstraints(strip_whitespace=True, to_lower=True, min_length=1)]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TaxonomyExtension(_Entry):
    """A data category key the policy needs and fideslang lacks, one level below ``parent``."""

    key: Key
    parent: Key | None = None
    """Defaults to the key without its last segment; when given, must equal it."""
    name: Text
    description: Text | None = None
    match: tuple[Word, ...] = ()
    """Words that refine a prediction of ``parent`` into this key."""
    citation: Text

    @model_validator(mode="after")
    def _one_level_below_parent(self) -> TaxonomyExtension:
        derived = taxonomy.parent(self.key)
        if derived is None:
            raise ValueError("key needs a parent: it has no '.'")
        if self.parent is None:
            object.__setattr__(self, "parent", derived)
        elif self.parent != derived:
            raise ValueError(f"key must be its parent '{self.parent}' plus one more segment")
        return self


class PolicyCategory(_Entry):
    """A category of personal data as the policy names it, on taxonomy keys."""

    id: Id
    name: Text
    description: Text | None = None
    keys: tuple[Key, ...] = Field(min_length=1)
    citation: Text


class PolicyPurpose(_Entry):
    """A purpose the policy states, on fideslang data use keys."""

    id: Id
    name: Text
    description: Text | None = None
    uses: tuple[Key, ...] = Field(min_length=1)
    citation: Text


class PolicyRecipient(_Entry):
    """A named third party (``kind: …``) or every recipient of a kind (``class: …``)."""

    id: Id
    name: Text
    description: Text | None = None
    kind: Id | None = None
    class_: Id | None = Field(default=None, alias="class")
    covers: tuple[Text, ...] = ()
    """Named recipients: the knowledge-base recipient ids (globs allowed) this entry stands for; default its id."""
    kinds: tuple[Id, ...] = ()
    """Classes: more knowledge-base kinds the class takes in besides ``class`` itself."""
    citation: Text

    @model_validator(mode="after")
    def _kind_or_class(self) -> PolicyRecipient:
        if (self.kind is None) == (self.class_ is None):
            raise ValueError("give exactly one of 'kind' (a named third party) or 'class' (any recipient of that kind)")
        return self

    @property
    def is_class(self) -> bool:
        """True when this entry stands for every recipient of its kind."""
        return self.class_ is not None

    @property
    def recipient_kind(self) -> str:
        return self.kind or self.class_ or ""

    def stands_for(self, recipient_id: str, kind: str | None) -> bool:
        """Whether this entry names (or classes) the knowledge-base recipient ``recipient_id`` of ``kind``."""
        if self.is_class:
            return kind is not None and (kind == self.class_ or kind in self.kinds)
        return any(fnmatch.fnmatchcase(recipient_id, pattern) for pattern in (self.covers or (self.id,)))


class PolicyDeclaration(_Entry):
    """Categories that may go to recipients for purposes; ``recipients: []`` is first-party use."""

    id: Id
    description: Text | None = None
    categories: tuple[Id, ...] = Field(min_length=1)
    recipients: tuple[Id, ...]
    purposes: tuple[Id, ...] = Field(min_length=1)
    citation: Text


SECTIONS: dict[str, type[_Entry]] = {
    "extensions": TaxonomyExtension,
    "categories": PolicyCategory,
    "purposes": PolicyPurpose,
    "recipients": PolicyRecipient,
    "declarations": PolicyDeclaration,
}
SINGULAR = {
    "extensions": "extension",
    "categories": "category",
    "purposes": "purpose",
    "recipients": "recipient",
    "declarations": "declaration",
}


@dataclass(frozen=True)
class CitedEntry:
    """One entry's citation and where it sits in the policy document."""

    label: str
    entry_id: str
    citation: str
    loc: Loc


@dataclass(frozen=True)
class PolicyProblem:
    """One thing wrong with a policy, at ``loc``; ``first_loc`` names an earlier duplicate."""

    message: str
    loc: Loc = ()
    first_loc: Loc | None = None
    first_text: str = "first defined"


class PolicyError(DatamapError):
    """An invalid policy. ``problems`` holds every problem; the error reads as the first."""

    def __init__(self, problems: Sequence[DatamapError]) -> None:
        super().__init__(problems[0].message, problems[0].path, problems[0].line)
        self.problems = tuple(problems)


class _InvalidReferences(ValueError):
    """Raised inside validation; carries located problems past pydantic to the loader."""

    def __init__(self, problems: list[PolicyProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class Policy(_Entry):
    """A whole policy. Load one with :func:`load_policy`."""

    version: Annotated[int, Strict(), AfterValidator(_supported_version)]
    name: Text
    description: Text | None = None
    text: Text | None = None
    """Path of the policy text, relative to the policy file."""
    extensions: tuple[TaxonomyExtension, ...] = ()
    categories: tuple[PolicyCategory, ...] = ()
    purposes: tuple[PolicyPurpose, ...] = ()
    recipients: tuple[PolicyRecipient, ...] = ()
    declarations: tuple[PolicyDeclaration, ...] = ()

    _by_key: dict[str, PolicyCategory] = PrivateAttr(default_factory=dict)
    _covering: dict[str, PolicyCategory | None] = PrivateAttr(default_factory=dict)
    _source: Path | None = PrivateAttr(default=None)
    _digest: str | None = PrivateAttr(default=None)
    _lines: dict[Loc, int] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _references_resolve(self) -> Policy:
        problems = _reference_problems(self)
        if problems:
            raise _InvalidReferences(problems)
        self._by_key = {key: c for c in self.categories for key in c.keys}
        return self

    def category_for(self, key: str) -> PolicyCategory | None:
        """The category covering a taxonomy key: the one listing it or its nearest ancestor."""
        if key in self._covering:
            return self._covering[key]
        found: PolicyCategory | None = None
        current: str | None = key
        while current is not None and found is None:
            found = self._by_key.get(current)
            current = taxonomy.parent(current)
        self._covering[key] = found
        return found

    def category(self, category_id: str) -> PolicyCategory | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def purpose(self, purpose_id: str) -> PolicyPurpose | None:
        return next((p for p in self.purposes if p.id == purpose_id), None)

    def recipient(self, recipient_id: str) -> PolicyRecipient | None:
        return next((r for r in self.recipients if r.id == recipient_id), None)

    def recipients_covering(self, recipient_id: str, kind: str | None = None) -> tuple[str, ...]:
        """Ids of the entries naming this recipient, or a class of its ``kind``."""
        return tuple(
            r.id
            for r in self.recipients
            if r.stands_for(recipient_id, kind)
        )

    def declarations_covering(
        self,
        key: str,
        recipient_id: str | None = None,
        recipient_kind: str | None = None,
        use: str | None = None,
    ) -> tuple[PolicyDeclaration, ...]:
        """Declarations that let data of taxonomy ``key`` go to a recipient for a data use.

        ``recipient_id`` None asks about first-party use (declarations with no
        recipients); ``use`` None accepts any purpose; a declared use covers its
        descendants.
        """
        category = self.category_for(key)
        if category is None:
            return ()
        wanted = set(self.recipients_covering(recipient_id, recipient_kind)) if recipient_id else None
        uses = {p.id: p.uses for p in self.purposes}

        def fits(declaration: PolicyDeclaration) -> bool:
            if category.id not in declaration.categories:
                return False
            if wanted is None and declaration.recipients:
                return False
            if wanted is not None and not wanted.intersection(declaration.recipients):
                return False
            return use is None or any(
                taxonomy.is_descendant(use, declared)
                for purpose_id in declaration.purposes
                for declared in uses[purpose_id]
            )

        return tuple(d for d in self.declarations if fits(d))

    @property
    def path(self) -> Path | None:
        """The file this policy was loaded from."""
        return self._source

    @property
    def text_path(self) -> Path | None:
        """The ``text`` entry resolved against the policy file's folder, or None."""
        if self.text is None:
            return None
        base = self._source.parent if self._source else Path.cwd()
        return (base / self.text).resolve()

    @property
    def sha256(self) -> str:
        """Hash of the file's bytes (of the canonical JSON when not loaded from a file)."""
        if self._digest is None:
            return hashlib.sha256(self.model_dump_json(by_alias=True).encode()).hexdigest()
        return self._digest

    def line_of(self, loc: Loc) -> int | None:
        """The YAML line of the node at ``loc``, or of its nearest enclosing node."""
        return _line_for(self._lines, loc)

    def citations(self) -> Iterator[CitedEntry]:
        """Every entry's citation, section by section in file order."""
        for section in SECTIONS:
            for index, entry in enumerate(getattr(self, section)):
                entry_id = entry.key if section == "extensions" else entry.id
                yield CitedEntry(
                    label=f"{SINGULAR[section]} '{entry_id}'",
                    entry_id=entry_id,
                    citation=entry.citation,
                    loc=(section, index, "citation"),
                )


# Cross-reference checks ----------------------------------------------------------


def _reference_problems(policy: Policy) -> list[PolicyProblem]:
    categories = taxonomy.category_keys() | {e.key for e in policy.extensions}
    problems = _duplicate_ids(policy)
    problems += _extension_problems(policy, categories)
    problems += _category_problems(policy, categories)
    problems += _purpose_problems(policy)
    for index, declaration in enumerate(policy.declarations):
        problems += _dangling(policy, index, declaration)
    return problems


def _extension_problems(policy: Policy, categories: frozenset[str]) -> list[PolicyProblem]:
    problems = []
    for index, ext in enumerate(policy.extensions):
        label = f"extension '{ext.key}'"
        if ext.key in taxonomy.category_keys():
            message = f"{label}: already a fideslang data category; list it directly"
            problems.append(PolicyProblem(message, ("extensions", index, "key")))
        elif ext.parent not in categories:
            loc: Loc = ("extensions", index, "parent")
            problems.append(_unknown_key(label, "parent data category", ext.parent or "", categories, loc))
    return problems


def _category_problems(policy: Policy, categories: frozenset[str]) -> list[PolicyProblem]:
    problems = []
    listed: dict[str, tuple[str, Loc]] = {}
    for index, cat in enumerate(policy.categories):
        label = f"category '{cat.id}'"
        for position, key in enumerate(cat.keys):
            loc: Loc = ("categories", index, "keys", position)
            if key not in categories:
                problems.append(_unknown_key(label, "data category key", key, categories, loc))
            elif key in listed and listed[key][0] != cat.id:
                owner, first = listed[key]
                message = f"{label}: key '{key}' is already listed by category '{owner}'"
                problems.append(PolicyProblem(message, loc, first, "listed"))
            listed.setdefault(key, (cat.id, loc))
    return problems


def _purpose_problems(policy: Policy) -> list[PolicyProblem]:
    return [
        _unknown_key(f"purpose '{p.id}'", "data use key", use, taxonomy.use_keys(), ("purposes", index, "uses", u))
        for index, p in enumerate(policy.purposes)
        for u, use in enumerate(p.uses)
        if use not in taxonomy.use_keys()
    ]


def _duplicate_ids(policy: Policy) -> list[PolicyProblem]:
    problems = []
    for section in SECTIONS:
        field = "key" if section == "extensions" else "id"
        seen: dict[str, int] = {}
        for index, entry in enumerate(getattr(policy, section)):
            value = getattr(entry, field)
            if value in seen:
                problems.append(
                    PolicyProblem(
                        f"duplicate {SINGULAR[section]} {field} '{value}'",
                        (section, index, field),
                        (section, seen[value], field),
                    )
                )
            seen.setdefault(value, index)
    return problems


def _dangling(policy: Policy, index: int, declaration: PolicyDeclaration) -> list[PolicyProblem]:
    problems = []
    for section in ("categories", "recipients", "purposes"):
        defined = [entry.id for entry in getattr(policy, section)]
        for position, ref in enumerate(getattr(declaration, section)):
            if ref not in defined:
                problems.append(
                    PolicyProblem(
                        f"declaration '{declaration.id}': unknown {SINGULAR[section]} '{ref}'"
                        + suggest_name(ref, defined),
                        ("declarations", index, section, position),
                    )
                )
    return problems


def _unknown_key(label: str, what: str, key: str, keys: frozenset[str], loc: Loc) -> PolicyProblem:
    found = taxonomy.entry(key)
    if found is not None and found.deprecated:
        hint = f"; use '{found.replaced_by}'" if found.replaced_by else ""
        return PolicyProblem(f"{label}: {what} '{key}' is deprecated in fideslang{hint}", loc)
    if found is not None:  # a key of the other vocabulary
        other = "data use" if key in taxonomy.use_keys() else "data category"
        return PolicyProblem(f"{label}: '{key}' is a {other} key, not a {what}", loc)
    close = taxonomy.suggest(key, keys)
    hint = f"; did you mean '{close}'?" if close else ""
    return PolicyProblem(f"{label}: unknown {what} '{key}'{hint}", loc)


def suggest_name(name: str, names: Sequence[str]) -> str:
    """``"; did you mean 'x'?"`` for the closest of ``names``, or an empty string."""
    close = difflib.get_close_matches(name, list(names), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


# Reading YAML with line numbers ----------------------------------------------------


def _line_for(lines: dict[Loc, int], loc: Loc) -> int | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def read_yaml_with_lines(raw: bytes, where: str, packaged: bool = False) -> tuple[Any, dict[Loc, int]]:
    """Parse YAML safely; return the data and the 1-based line of every node by its loc.

    A mapping entry's loc points at its key's line. Raises DatamapError for text
    that is not UTF-8, a YAML syntax error, an empty document or a repeated key.
    ``packaged``: datamap's own data file, parsed with libyaml's safe loader where
    it is installed (users' files keep the pure loader, whose syntax errors read better).
    """
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DatamapError(f"not UTF-8 text (byte {error.start})", where) from None
    loader = (SAFE_LOADER if packaged else yaml.SafeLoader)(source)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, where) from None
    except yaml.YAMLError as error:
        raise DatamapError(f"YAML error: {error}", where) from None
    finally:
        loader.dispose()
    if data is None or node is None:
        raise DatamapError("the policy file is empty", where)
    lines: dict[Loc, int] = {}
    _index_node(node, (), lines, set(), where)
    return data, lines


def _syntax_error(error: yaml.MarkedYAMLError, where: str) -> DatamapError:
    mark, context = error.problem_mark or error.context_mark, error.context_mark
    message = error.problem or "invalid YAML"
    if error.context:
        started = f" (line {context.line + 1})" if context and context is not mark else ""
        message = f"{error.context}{started}: {message}"
    return DatamapError(f"YAML syntax error: {message}", where, mark.line + 1 if mark else None)


def _index_node(node: yaml.Node, loc: Loc, lines: dict[Loc, int], seen: set[int], where: str) -> None:
    lines.setdefault(loc, node.start_mark.line + 1)
    if id(node) in seen:  # an alias: index it once, never walk it twice
        return
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_node(item, (*loc, index), lines, seen, where)
    elif isinstance(node, yaml.MappingNode):
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key, line = key_node.value, key_node.start_mark.line + 1
            if key in first_line:
                raise DatamapError(f"duplicate key '{key}' (first defined on line {first_line[key]})", where, line)
            first_line[key] = line
            lines[(*loc, key)] = line
            _index_node(value_node, (*loc, key), lines, seen, where)
            lines[(*loc, key)] = line


# pydantic errors as one-line messages ------------------------------------------------

_YAML_KINDS = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
    list: "a list",
    dict: "a mapping",
    type(None): "empty",
}
_EXPECTED = {
    "string_type": "a string",
    "int_type": "a number",
    "tuple_type": "a list",
    "model_type": "a mapping",
    "dict_type": "a mapping",
}


def yaml_kind(value: Any) -> str:
    """How YAML would call the type of ``value``: a string, a list, a mapping…"""
    return _YAML_KINDS.get(type(value), type(value).__name__)


def _label(loc: Loc, data: Any) -> tuple[str, Loc]:
    """A readable name for the entry at the head of ``loc`` and the rest of ``loc``."""
    if len(loc) >= 2 and loc[0] in SINGULAR and isinstance(loc[1], int):
        section, index = str(loc[0]), loc[1]
        entry = _at(data, (section, index))
        ident = entry.get("key" if section == "extensions" else "id") if isinstance(entry, dict) else None
        name = f"'{ident}'" if isinstance(ident, str) else f"#{index + 1}"
        return f"{SINGULAR[section]} {name}", loc[2:]
    return "policy", loc


def _at(data: Any, loc: Loc) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _model_at(loc: Loc) -> type[BaseModel]:
    if len(loc) >= 3 and loc[0] in SECTIONS:
        return SECTIONS[str(loc[0])]
    return Policy


def _field_names(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _field_text(rest: Loc) -> str:
    text = ""
    for part in rest:
        text += f" item {part + 1}" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _describe(error: Any, data: Any) -> PolicyProblem:
    loc: Loc = tuple(error["loc"])
    label, rest = _label(loc, data)
    field = _field_text(rest)
    kind, value = error["type"], error.get("input")
    if kind == "missing":
        what = f"missing required field '{field}'"
    elif kind == "extra_forbidden":
        allowed = _field_names(_model_at(loc))
        what = f"unknown field '{rest[-1]}'" + (
            suggest_name(str(rest[-1]), allowed) or f"; expected one of: {', '.join(allowed)}"
        )
    elif kind == "value_error":
        what = str(error["ctx"]["error"])
    elif kind == "string_pattern_mismatch":
        what = f"{field} '{value}' must be lower_snake_case: a letter, then letters, digits or _"
    elif kind == "string_too_short":
        what = f"{field} must not be empty"
    elif kind == "too_short":
        what = f"{field} must list at least one item"
    elif kind in _EXPECTED:
        what = f"{field or 'entry'} must be {_EXPECTED[kind]}, not {yaml_kind(value)}"
    else:
        what = f"{field or 'entry'}: {error['msg'][0].lower()}{error['msg'][1:]}"
    return PolicyProblem(what if label == "policy" else f"{label}: {what}", loc)


def validation_problems(error: ValidationError, data: Any) -> list[PolicyProblem]:
    """Turn pydantic's errors into one-line problems.

    A missing field that an unknown field in the same mapping was probably meant
    to be (a misspelling) is reported once, as the unknown field.
    """
    items = error.errors()
    misspelt = {
        (*item["loc"][:-1], match)
        for item in items
        if item["type"] == "extra_forbidden"
        for match in difflib.get_close_matches(
            str(item["loc"][-1]), _field_names(_model_at(tuple(item["loc"]))), n=1, cutoff=0.6
        )
    }
    nested = {tuple(item["loc"][:-1]) for item in items if len(item["loc"]) > 1}
    problems = []
    for item in items:
        if item["type"] == "too_short" and tuple(item["loc"]) in nested:
            continue  # "at least one item" only because the items themselves were invalid
        cause = item.get("ctx", {}).get("error")
        if isinstance(cause, _InvalidReferences):
            problems += cause.problems
        elif not (item["type"] == "missing" and tuple(item["loc"]) in misspelt):
            problems.append(_describe(item, data))
    return problems


# Loading ---------------------------------------------------------------------------


def load_policy(path: str | Path) -> Policy:
    """Read, parse and validate a policy file. Raises :class:`PolicyError` with file and line."""
    path = Path(path)
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DatamapError(f"cannot read policy file: {error.strerror or error}", where) from None
    data, lines = read_yaml_with_lines(raw, where)
    if not isinstance(data, dict):
        raise DatamapError(
            f"a policy file must be a mapping of sections (version, name, categories, ...), not {yaml_kind(data)}",
            where,
            lines.get(()),
        )
    try:
        policy = Policy.model_validate(data)
    except ValidationError as error:
        problems = sorted(validation_problems(error, data), key=lambda p: _line_for(lines, p.loc) or 0)
        raise PolicyError([_locate(p, lines, where) for p in problems]) from None
    policy._source = path.resolve()
    policy._digest = hashlib.sha256(raw).hexdigest()
    policy._lines = lines
    return policy


def _locate(problem: PolicyProblem, lines: dict[Loc, int], where: str) -> DatamapError:
    message = problem.message
    if problem.first_loc is not None:
        message += f" ({problem.first_text} on line {_line_for(lines, problem.first_loc)})"
    return DatamapError(message, where, _line_for(lines, problem.loc))
