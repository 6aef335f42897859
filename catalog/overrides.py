"""Reviewed category pins: a YAML file where people fix a field's category, with a reason.

```yaml
overrides:
  - field: app.users.notes          # [dataset.]table.column
    category: user.contact.email    # or none
    reason: support agents paste customers' e-mail addresses here
    reviewed_by: dpo@example.com
    reviewed_type: TEXT             # the field's type when reviewed; a change makes the pin stale
```
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from catalog.errors import DatamapError
from catalog.model import Classification, Field, Finding, Signal


class Override(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    category: str | None
    reason: str
    reviewed_by: str
    reviewed_type: str | None = None

    @property
    def target(self) -> str | None:
        return None if self.category is None or self.category.lower() == "none" else self.category


class OverridesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    overrides: list[Override] = []


def load_overrides(path: str | Path, categories: frozenset[str] | None = None) -> list[Override]:
    """Read and validate an overrides file; errors name the file and the line of the entry."""
    where = str(path)
    try:
        text = Path(path).read_text("utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text) or {}
    except OSError as error:
        raise DatamapError(f"cannot read overrides file: {error.strerror}", where) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise DatamapError(f"invalid YAML: {getattr(error, 'problem', error)}", where,
                           mark.line + 1 if mark else None) from None
    lines = _entry_lines(node)
    try:
        parsed = OverridesFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        loc = first["loc"]
        line = lines.get(loc[1]) if len(loc) > 1 and isinstance(loc[1], int) else None
        raise DatamapError(f"{'.'.join(map(str, loc))}: {first['msg']}", where, line) from None
    for index, entry in enumerate(parsed.overrides):
        if entry.target and categories is not None and entry.target not in categories:
            raise DatamapError(f"unknown category {entry.category!r}", where, lines.get(index))
        if entry.field.count(".") < 1:
            raise DatamapError(f"field {entry.field!r} must be table.column or dataset.table.column",
                               where, lines.get(index))
    return parsed.overrides


def _entry_lines(node: yaml.Node | None) -> dict[int, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    for key, value in node.value:
        if key.value == "overrides" and isinstance(value, yaml.SequenceNode):
            return {i: item.start_mark.line + 1 for i, item in enumerate(value.value)}
    return {}


def _matches(override: Override, field: Field) -> bool:
    wanted = override.field.lower()
    return wanted in {f"{field.table}.{field.name}".lower(), f"{field.qualified_table}.{field.name}".lower()}


def _same_type(a: str | None, b: str | None) -> bool:
    return (a or "").replace(" ", "").lower() == (b or "").replace(" ", "").lower()


def apply_overrides(fields: Sequence[Field], classifications: Sequence[Classification],
                    overrides: Sequence[Override], source: str) -> tuple[list[Classification], list[Finding]]:
    """Pins win over inference; pins whose field is gone or changed are reported as stale."""
    result = list(classifications)
    findings: list[Finding] = []
    for override in overrides:
        hits = [i for i, f in enumerate(fields) if _matches(override, f)]
        if not hits:
            findings.append(Finding("DM201", "warning", f"pin for {override.field} matches no field",
                                    subject=override.field, category=override.target))
            continue
        for index in hits:
            field = fields[index]
            label = override.target or "not personal data"
            result[index] = replace(
                result[index], category=override.target, confidence=1.0, pinned=True,
                explanation=f"{label}: pinned by {override.reviewed_by} in {source} ({override.reason})",
                signals=(Signal("override", override.reason, override.target, 1.0),),
            )
            if override.reviewed_type is not None and not _same_type(override.reviewed_type, field.type):
                findings.append(Finding(
                    "DM201", "warning",
                    f"pin for {override.field} was reviewed for type {override.reviewed_type}, "
                    f"the field is now {field.type}", subject=field.key, category=override.target,
                    evidence=field.evidence))
    return result, findings
