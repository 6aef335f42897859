"""Model classes as fields: Django, SQLAlchemy (classic, 2.0, ``Table``), SQLModel, Pydantic,
dataclasses, TypedDicts and marshmallow schemas.

A model backed by a database table yields fields named like the table's DDL
columns (``field:<schema.table>.<column>``), so code flows join the SQL lineage;
other models are named ``<module>.<Class>``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from catalog.model import Evidence, Field, ForeignKey
from scanner.code.callgraph import ClassInfo, RepoIndex
from scanner.code.knowledge import CodeKnowledge
from scanner.code.source import SourceModule, dotted

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_ANNOTATION_WRAPPERS = frozenset({"Optional", "Mapped", "Annotated", "Final", "Required", "NotRequired",
                                  "ReadOnly", "Union"})


@dataclass
class ModelInfo:
    """A model class and its attributes as fields."""

    key: str  # class qualname
    kind: str
    dataset: str | None
    table: str
    db: bool
    attrs: dict[str, Field] = field(default_factory=dict)
    relations: dict[str, str] = field(default_factory=dict)  # attribute -> target class name

    def fields(self) -> list[Field]:
        seen: dict[str, Field] = {}
        for item in self.attrs.values():
            seen.setdefault(item.name, item)
        return list(seen.values())


def snake_case(name: str) -> str:
    return _CAMEL.sub("_", name).lower()


def _call_name(node: ast.expr | None, module: SourceModule) -> str:
    if isinstance(node, ast.Call):
        return dotted(node.func, module.imports) or ""
    return ""


def _last(name: str) -> str:
    return name.rpartition(".")[2]


def _kw(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _const(node: ast.expr | None) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _text(node: ast.expr | None) -> str | None:
    value = _const(node)
    return value if isinstance(value, str) else None


class ModelReader:
    """Finds model classes across the repository and turns their attributes into fields."""

    def __init__(self, index: RepoIndex, knowledge: CodeKnowledge) -> None:
        self.index, self.k = index, knowledge
        self.models: dict[str, ModelInfo] = {}
        self.settings: set[str] = set()  # settings classes: configuration, not data
        self._kinds: dict[str, str | None] = {}

    # -- kinds ------------------------------------------------------------------------
    def kind(self, cls: ClassInfo, depth: int = 0) -> str | None:
        if cls.qualname in self._kinds:
            return self._kinds[cls.qualname]
        self._kinds[cls.qualname] = None  # cycles
        if any(cls.name.endswith(suffix) for suffix in self.k.settings_suffixes):
            self._kinds[cls.qualname] = "settings"
            return "settings"
        found = self._own_kind(cls)
        for base in cls.bases:
            if found or depth > 20:
                break
            if base in self.index.classes:
                found = self.kind(self.index.classes[base], depth + 1)
            else:
                found = self._base_kind(base)
        self._kinds[cls.qualname] = found
        return found

    def _own_kind(self, cls: ClassInfo) -> str | None:
        if any(d in self.k.dataclass_decorators for d in cls.decorators):
            return "dataclass"
        body = cls.summary  # what the class body says, kept with the module's summary
        if body.tablename or body.mapped or any(c in self.k.column_calls and _last(c) != "Field" for c in body.calls):
            return "sqlalchemy"
        return None

    def _base_kind(self, base: str) -> str | None:
        k = self.k
        if base in k.django_bases or base.startswith("django.db.models."):
            return "django"
        if base in k.settings_bases:
            return "settings"
        if base == "sqlmodel.SQLModel":
            return "sqlmodel"
        if base in k.pydantic_bases:
            return "pydantic"
        if base in k.marshmallow_bases or base.startswith("marshmallow."):
            return "marshmallow"
        if base in k.typeddict_bases:
            return "typeddict"
        if base.endswith(("DeclarativeBase", "DeclarativeBaseNoMeta")) or base.endswith("db.Model"):
            return "sqlalchemy"
        return None

    # -- reading ----------------------------------------------------------------------
    def read(self) -> list[Field]:
        """Every model of the repository; fields of DB tables first, in class order."""
        for cls in self.index.classes.values():
            kind = self.kind(cls)
            if kind == "settings":
                self.settings.add(cls.qualname)
            if kind is None or kind == "settings":
                continue
            info = self._model(cls, kind)
            if info is not None:
                self.models[cls.qualname] = info
        for module in self.index.modules.values():
            if not any(c in self.k.table_calls for c in self.index.summaries[module.path].tables):
                continue  # no ``Table(...)`` call: its tree is not needed
            for info in self._tables(module):
                self.models.setdefault(info.key, info)
        self._resolve_references()
        return [f for info in self.models.values() for f in info.fields()]

    def _model(self, cls: ClassInfo, kind: str) -> ModelInfo | None:
        meta = self._meta(cls)
        name = cls.name
        if kind == "django":
            if _const(meta.get("abstract")) is True or _const(meta.get("proxy")) is True:
                return None
            label = _text(meta.get("app_label")) or _app_label(cls.module.name)
            table = _text(meta.get("db_table")) or f"{label}_{name.lower()}"
            info = ModelInfo(cls.qualname, kind, None, table, True)
        elif kind in ("sqlalchemy", "sqlmodel"):
            mapped, dataset = self._sqlalchemy_table(cls)
            if mapped is not None:
                info = ModelInfo(cls.qualname, kind, dataset, mapped, True)
            elif kind == "sqlmodel":
                info = ModelInfo(cls.qualname, "pydantic", None, cls.qualname, False)
            else:
                return None
        else:
            info = ModelInfo(cls.qualname, kind, None, cls.qualname, False)
        chain = [c for c in self.index.mro(cls.qualname)][::-1]
        for owner in chain:
            if owner is not cls and self._has_own_table(owner):
                continue
            self._read_body(owner, info)
        if kind == "django" and not any(f.primary_key for f in info.attrs.values()):
            info.attrs.setdefault("id", Field(cls.module.path, None, info.table, "id", "integer", primary_key=True,
                                              evidence=Evidence(cls.module.path, cls.lineno)))
            info.attrs.setdefault("pk", info.attrs["id"])
        return info if info.attrs else None

    def _has_own_table(self, cls: ClassInfo) -> bool:
        kind = self.kind(cls)
        if kind == "django":
            return _const(self._meta(cls).get("abstract")) is not True
        if kind in ("sqlalchemy", "sqlmodel"):
            return self._sqlalchemy_table(cls)[0] is not None
        return False

    @staticmethod
    def _meta(cls: ClassInfo) -> dict[str, ast.expr]:
        for stmt in cls.node.body:
            if isinstance(stmt, ast.ClassDef) and stmt.name == "Meta":
                return {t.id: s.value for s in stmt.body if isinstance(s, ast.Assign)
                        for t in s.targets if isinstance(t, ast.Name)}
        return {}

    def _sqlalchemy_table(self, cls: ClassInfo) -> tuple[str | None, str | None]:
        table = dataset = None
        for stmt in cls.node.body:
            if not isinstance(stmt, ast.Assign) or not isinstance(stmt.targets[0], ast.Name):
                continue
            target = stmt.targets[0].id
            if target == "__tablename__":
                table = _text(stmt.value)
            elif target == "__table_args__":
                args = stmt.value.elts[-1] if isinstance(stmt.value, ast.Tuple) and stmt.value.elts else stmt.value
                if isinstance(args, ast.Dict):
                    for key, value in zip(args.keys, args.values, strict=True):
                        if _text(key) == "schema":
                            dataset = _text(value)
        if table is None:
            if _const(cls.keywords.get("table")) is True:
                table = cls.name.lower()
            elif any(b.endswith("db.Model") for b in cls.bases):
                table = snake_case(cls.name)
        return table, dataset

    def _read_body(self, cls: ClassInfo, info: ModelInfo) -> None:
        module = cls.module
        for stmt in cls.node.body:
            value: ast.expr | None
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                attr, value, annotation = stmt.targets[0].id, stmt.value, None
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                attr, value, annotation = stmt.target.id, stmt.value, stmt.annotation
            else:
                continue
            if attr.startswith("_") or attr in ("model_config", "Meta", "objects", "Config"):
                continue
            for name, item in self._attribute(info, module, attr, value, annotation, stmt.lineno):
                if item is None:
                    info.relations[attr] = name
                else:
                    info.attrs[name] = item

    def _attribute(self, info: ModelInfo, module: SourceModule, attr: str, value: ast.expr | None,
                   annotation: ast.expr | None, line: int) -> Iterator[tuple[str, Field | None]]:
        call = value if isinstance(value, ast.Call) else None
        callee = _last(_call_name(call, module)) if call else ""
        make = _maker(module, info, line)

        if info.kind == "django":
            if call is None or callee in self.k.django_ignored:
                return
            comment = _text(_kw(call, "help_text")) or _text(_kw(call, "verbose_name"))
            pk = _const(_kw(call, "primary_key")) is True
            if callee in self.k.django_relations:
                target = call.args[0] if call.args else _kw(call, "to")
                name = _text(_kw(call, "db_column")) or f"{attr}_id"
                related = _target_name(target, module) or ""
                yield related, None
                yield f"{attr}_id", make(name, "integer", comment=comment, primary_key=pk,
                                         references=ForeignKey(related, _text(_kw(call, "to_field")) or "id"))
            elif callee in self.k.django_field_types:
                name = _text(_kw(call, "db_column")) or attr
                yield attr, make(name, self.k.django_field_types[callee], comment=comment, primary_key=pk)
            return
        if info.kind == "sqlalchemy":
            yield from self._sqlalchemy_attribute(module, attr, call, callee, annotation, make)
            return
        if info.kind == "sqlmodel" and call is not None and callee == "Relationship":
            return
        if info.kind == "marshmallow":
            if call is not None and callee in self.k.marshmallow_types:
                yield attr, make(attr, self.k.marshmallow_types[callee])
            return
        if annotation is None or "ClassVar" in ast.unparse(annotation):
            return
        comment = _text(_kw(call, "description")) if call is not None and callee == "Field" else None
        pk = call is not None and _const(_kw(call, "primary_key")) is True
        yield attr, make(attr, self._annotation_type(annotation, module), comment=comment, primary_key=pk)

    def _sqlalchemy_attribute(self, module: SourceModule, attr: str, call: ast.Call | None, callee: str,
                              annotation: ast.expr | None, make: Callable[..., Field]
                              ) -> Iterator[tuple[str, Field | None]]:
        if call is not None and callee == "relationship":
            yield _target_name(call.args[0] if call.args else None, module) or "", None
            return
        is_column = call is not None and _call_name(call, module) in self.k.column_calls
        if not is_column and not (call is None and annotation is not None and _is_mapped(annotation)):
            return
        if annotation is not None and _is_mapped(annotation) and self._mapped_class(annotation, module):
            yield self._mapped_class(annotation, module) or "", None
            return
        name, type_, refs = attr, None, None
        if call is not None:
            for arg in call.args:
                if _text(arg) is not None and name == attr:
                    name = _text(arg) or attr
                elif isinstance(arg, ast.Call) and _call_name(arg, module) in self.k.foreign_key_calls:
                    target = _text(arg.args[0]) if arg.args else None
                    if target:
                        table, _, column = target.rpartition(".")
                        refs = ForeignKey(table or target, column or None)
                elif type_ is None:
                    type_ = self.k.sqlalchemy_types.get(_last(dotted(arg.func if isinstance(arg, ast.Call) else arg,
                                                                     module.imports) or ""))
            comment = _text(_kw(call, "comment")) or _text(_kw(call, "doc"))
            pk = _const(_kw(call, "primary_key")) is True
        else:
            comment, pk = None, False
        if type_ is None and annotation is not None:
            type_ = self._annotation_type(annotation, module)
        yield attr, make(name, type_, comment=comment, primary_key=pk, references=refs)

    def _mapped_class(self, annotation: ast.expr, module: SourceModule) -> str | None:
        inner = _unwrap(annotation)
        if isinstance(inner, ast.Subscript):  # List["Address"]
            inner = _unwrap(inner.slice)
        name = _text(inner) or (dotted(inner, {}) if isinstance(inner, ast.Name | ast.Attribute) else None)
        if name and name[:1].isupper() and name not in self.k.annotation_types:
            return name
        return None

    def _annotation_type(self, annotation: ast.expr, module: SourceModule) -> str | None:
        inner = _unwrap(annotation)
        name = dotted(inner, module.imports) if isinstance(inner, ast.Name | ast.Attribute) else None
        if name is None:
            return None
        return self.k.annotation_types.get(name) or self.k.annotation_types.get(_last(name))

    # -- Table("name", metadata, Column(...)) -----------------------------------------
    def _tables(self, module: SourceModule) -> Iterator[ModelInfo]:
        for stmt in module.tree.body:
            if not (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call)):
                continue
            call = stmt.value
            if _call_name(call, module) not in self.k.table_calls or not call.args or _text(call.args[0]) is None:
                continue
            table = _text(call.args[0]) or ""
            target = stmt.targets[0]
            key = f"{module.name}.{target.id}" if isinstance(target, ast.Name) else f"{module.name}.{table}"
            info = ModelInfo(key, "sqlalchemy", _text(_kw(call, "schema")), table, True)
            for arg in call.args[2:]:
                if isinstance(arg, ast.Call) and arg.args and _text(arg.args[0]):
                    column = _text(arg.args[0]) or ""
                    pairs = self._sqlalchemy_attribute(module, column, arg, _last(_call_name(arg, module)), None,
                                                       _maker(module, info, arg.lineno))
                    for name, item in pairs:
                        if item is not None:
                            info.attrs[name] = item
            if info.attrs:
                yield info

    def _resolve_references(self) -> None:
        """Django foreign keys name a class; point them at that class's table."""
        by_name = {key.rpartition(".")[2]: info for key, info in self.models.items()}
        for info in self.models.values():
            if info.kind != "django":
                continue
            for attr, item in list(info.attrs.items()):
                if item.references is None:
                    continue
                ref = item.references.table
                target = info if ref == "self" else by_name.get(ref.rpartition(".")[2])
                refs = ForeignKey(_qualified(target), item.references.column) if target is not None else None
                info.attrs[attr] = Field(item.source, item.dataset, item.table, item.name, item.type, item.comment,
                                         item.primary_key, refs, evidence=item.evidence)

    def model_of(self, name: str) -> ModelInfo | None:
        """A model by class qualname, or by bare class name when that is unique."""
        if name in self.models:
            return self.models[name]
        matches = [m for k, m in self.models.items() if k.rpartition(".")[2] == name]
        return matches[0] if len(matches) == 1 else None


def _maker(module: SourceModule, info: ModelInfo, line: int) -> Callable[..., Field]:
    """A function making fields of ``info``'s table seen at ``line``."""
    evidence = Evidence(module.path, line)

    def make(name: str, type_: str | None, **extra: Any) -> Field:
        return Field(module.path, info.dataset, info.table, name, type_, evidence=evidence, **extra)

    return make


def _qualified(info: ModelInfo) -> str:
    return f"{info.dataset}.{info.table}" if info.dataset else info.table


def _app_label(module: str) -> str:
    parts = module.split(".")
    if "models" in parts[1:]:
        return parts[parts.index("models", 1) - 1]
    return parts[-2] if len(parts) > 1 else parts[-1]


def _target_name(node: ast.expr | None, module: SourceModule) -> str | None:
    text = _text(node)
    if text is not None:
        return text.rpartition(".")[2]
    if isinstance(node, ast.Name | ast.Attribute):
        return (dotted(node, module.imports) or "").rpartition(".")[2] or None
    return None


def _is_mapped(annotation: ast.expr) -> bool:
    node = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    return (isinstance(node, ast.Name) and node.id == "Mapped") or (
        isinstance(node, ast.Attribute) and node.attr == "Mapped")


def _unwrap(node: ast.expr) -> ast.expr:
    """``Mapped[Optional[str]]`` -> ``str``; ``str | None`` -> ``str``."""
    for _ in range(10):
        if isinstance(node, ast.Subscript):
            head = node.value.id if isinstance(node.value, ast.Name) else getattr(node.value, "attr", "")
            if head not in _ANNOTATION_WRAPPERS:
                return node
            inner = node.slice
            node = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            right_none = isinstance(node.right, ast.Constant) and node.right.value is None
            node = node.left if right_none else node.right
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return node
        else:
            return node
    return node
