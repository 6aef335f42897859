"""Data flow inside one function (or a module's top level): statements and expressions.

Values are followed through assignments, unpacking, dict/list building,
f-strings and ``%``/``+``/``.format``, attribute access on model instances,
comprehensions and loops. Calls are handled in :mod:`scanner.code.calls`.
Blocks of ``if``/``for``/``while``/``try``/``with`` update variables weakly
(the old value may still hold), the function body strongly.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from catalog.model import Evidence
from scanner.code.callgraph import FunctionInfo
from scanner.code.context import Context, shape
from scanner.code.source import SourceModule
from scanner.code.values import EMPTY, Taint, Value, join, taints_of, transformed

MAX_DEPTH = 120


class FunctionAnalysis:
    """Follows values through one function; the module's top level is a function too."""

    def __init__(self, ctx: Context, module: SourceModule, func: FunctionInfo | None) -> None:
        from scanner.code.calls import CallHandler

        self.ctx, self.module, self.func = ctx, module, func
        self.table = func.qualname if func else module.name
        self.env: dict[str, Value] = ctx.globals.setdefault(module.name, {}) if func is None else {}
        self.calls = CallHandler(self)

    def close(self) -> None:
        """Drop the call handler, which refers back to this analysis: a finished analysis (and the syntax
        trees it holds) is then freed at once rather than left to the cyclic garbage collector."""
        del self.calls

    # -- entry --------------------------------------------------------------------------
    def run(self) -> None:
        if self.func is None:
            self.ctx.read("glob", self.module.name)  # the module's variables are this analysis's own
            body = [s for s in self.module.tree.body if not isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)]
            self.block(body, weak=False)
            return
        self._bind_params(self.func)
        self.block(self.func.node.body, weak=False)

    def _bind_params(self, func: FunctionInfo) -> None:
        self.ctx.read("ptype", func.qualname)
        known = self.ctx.param_types.get(func.qualname, {})
        args = func.node.args
        annotations = {a.arg: a.annotation for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
        for position, name in enumerate(func.params):
            if position == 0 and func.bound:
                self.env[name] = Value(instance=func.cls)
                continue
            target = self.ctx.param_target(func, name)
            value = Value(taints=frozenset({(target, None)}) if target else frozenset())
            annotation = annotations.get(name)
            instance = self._annotated_class(annotation) if annotation is not None else None
            if instance and instance[0].startswith("dotted:"):
                value = Value(taints=value.taints, dotted=instance[0][7:])
            elif instance:
                value = Value(taints=value.taints, instance=instance[0], many=instance[1])
            elif name in known:
                seen = known[name]
                value = Value(taints=value.taints, instance=seen.instance, many=seen.many, dotted=seen.dotted)
            self.env[name] = value

    def _annotated_class(self, annotation: ast.expr) -> tuple[str, bool] | None:
        many = False
        node = annotation
        for _ in range(4):
            if isinstance(node, ast.Subscript):
                head = node.value.id if isinstance(node.value, ast.Name) else getattr(node.value, "attr", "")
                many = many or head in ("list", "List", "Sequence", "Iterable", "QuerySet", "set", "Set")
                node = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) and node.slice.elts else node.slice
            elif isinstance(node, ast.BinOp):
                node = node.left
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                try:
                    node = ast.parse(node.value, mode="eval").body
                except SyntaxError:
                    return None
            else:
                break
        value = self.expr(node) if isinstance(node, ast.Name | ast.Attribute) else EMPTY
        if value.ref and value.ref.startswith("class:"):
            return value.ref[6:], many
        if value.dotted and "." in value.dotted and not many:
            return f"dotted:{value.dotted}", False
        return None

    # -- helpers ------------------------------------------------------------------------
    def evidence(self, node: ast.AST) -> Evidence:
        return Evidence(self.module.path, getattr(node, "lineno", None))

    def place_id(self, line: int, name: str) -> str:
        """The node id of a call at ``line``: in a function, the line counted from its ``def`` (``code:app/x.py:
        signup+3:requests.post``), so that it keeps its id when lines above the function move; at the top
        level, the line itself."""
        func = self.func
        if func is None:
            return f"code:{self.module.path}:{line}:{name}"
        return f"code:{self.module.path}:{func.local}+{line - func.lineno}:{name}"

    def field(self, name: str, line: int) -> str:
        return self.ctx.emitter.code_field(self.module.path, self.table, name, line)

    def leaf(self, name: str, line: int) -> Value:
        """Data known only by the name it is read under (an attribute of an unknown object, a key).

        A container's name (``data``, ``properties``) tells nothing: it gives no field, its keys do.
        """
        if name in self.ctx.knowledge.container_names:
            return EMPTY
        node = self.field(name, line)
        self.ctx.add_opaque(node)
        return Value(taints=frozenset({(node, None)}))

    # -- statements ---------------------------------------------------------------------
    def block(self, body: list[ast.stmt], weak: bool) -> None:
        for stmt in body:
            self.stmt(stmt, weak)

    def stmt(self, node: ast.stmt, weak: bool) -> None:  # noqa: C901 - one dispatch over statement kinds
        if isinstance(node, ast.Assign):
            value = self.expr(node.value)
            for target in node.targets:
                self.assign(target, value, weak, node.value)
        elif isinstance(node, ast.AnnAssign):
            if node.value is not None:
                self.assign(node.target, self.expr(node.value), weak, node.value)
            elif isinstance(node.target, ast.Name):
                cls = self._annotated_class(node.annotation)
                if cls and not cls[0].startswith("dotted:"):
                    self.env[node.target.id] = Value(instance=cls[0], many=cls[1])
        elif isinstance(node, ast.AugAssign):
            current = self.expr(node.target) if isinstance(node.target, ast.Name) else EMPTY
            added = self.expr(node.value)
            self.assign(node.target, join(current, added.derived("expression")), weak, None)
        elif isinstance(node, ast.Expr):
            self.expr(node.value)
        elif isinstance(node, ast.Return) and node.value is not None:
            self.returned(self.expr(node.value), node)
        elif isinstance(node, ast.If | ast.While):
            self.expr(node.test)
            self.block(node.body, True)
            self.block(node.orelse, True)
        elif isinstance(node, ast.For | ast.AsyncFor):
            self.assign(node.target, self.item_of(self.expr(node.iter)), True, None)
            self.block(node.body, True)
            self.block(node.orelse, True)
        elif isinstance(node, ast.With | ast.AsyncWith):
            for item in node.items:
                value = self.expr(item.context_expr)
                if item.optional_vars is not None:
                    self.assign(item.optional_vars, value, weak, item.context_expr)
            self.block(node.body, weak)
        elif isinstance(node, ast.Try | ast.TryStar):
            self.block(node.body, True)
            for handler in node.handlers:
                self.block(handler.body, True)
            self.block(node.orelse, True)
            self.block(node.finalbody, weak)
        elif isinstance(node, ast.Match):
            subject = self.expr(node.subject)
            for case in node.cases:
                for name in _capture_names(case.pattern):
                    self.env[name] = join(self.env.get(name, EMPTY), subject)
                self.block(case.body, True)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and self.func is not None:
            self.env[node.name] = Value(ref=f"function:{self.func.qualname}.{node.name}")

    def returned(self, value: Value, node: ast.stmt) -> None:
        if self.func is None:
            return
        if value.taints:
            self.ctx.emitter.node(_return_node(self.func))
            self.ctx.emitter.link(value.taints, self.func.return_id, self.evidence(node))
        self.ctx.learn(self.ctx.returns, self.func.qualname, None, value)

    def assign(self, target: ast.expr, value: Value, weak: bool, source: ast.expr | None) -> None:
        if isinstance(target, ast.Name) and self.func is not None and target.id in self.func.global_names:
            self.ctx.learn(self.ctx.globals, self.module.name, target.id, value)  # ``global _client``
        elif isinstance(target, ast.Name):
            if value.taints and self.ctx.params.is_generated(value.taints):
                # ``otp = random.randint(...)``: a fresh secret, known by the name it is kept under
                value = self.leaf(target.id, getattr(source, "lineno", 0) or 0)
            old = self.env.get(target.id)
            new = join(old, value) if old is not None and (weak or self.func is None) else value
            if self.func is None and (old is None or shape(old) != shape(new)):
                self.ctx.mark("glob", self.module.name)  # functions reading it need another round
            self.env[target.id] = new
        elif isinstance(target, ast.Tuple | ast.List):
            parts = source.elts if isinstance(source, ast.Tuple | ast.List) else None
            for position, element in enumerate(target.elts):
                if isinstance(element, ast.Starred):
                    element = element.value
                if parts is not None and len(parts) == len(target.elts):
                    self.assign(element, self.expr(parts[position]), weak, parts[position])
                else:
                    self.assign(element, self._element(value, position), weak, None)
        elif isinstance(target, ast.Attribute):
            self.calls.store_attribute(target, value)
        elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
            key = _text(target.slice)
            old = self.env.get(target.value.id, EMPTY)
            keys = dict(old.keys)
            if key is not None:
                keys[key] = join(keys.get(key, EMPTY), value) if key in keys else value
            self.env[target.value.id] = Value(taints=old.taints | value.taints, instance=old.instance,
                                              dotted=old.dotted, keys=tuple(keys.items()), text=old.text)

    @staticmethod
    def _element(value: Value, position: int) -> Value:
        if value.keys and position < len(value.keys):
            return value.keys[position][1]
        if value.instance and not value.many:
            return Value(instance=value.instance) if position == 0 else EMPTY
        return Value(taints=value.taints, instance=value.instance, many=value.many)

    def item_of(self, value: Value) -> Value:
        """One element of an iterable value (a row, an instance of a queryset)."""
        if value.many:
            return Value(taints=value.taints, instance=value.instance, keys=value.keys)
        return Value(taints=value.taints, keys=value.keys, instance=value.instance)

    # -- expressions --------------------------------------------------------------------
    def expr(self, node: ast.expr, depth: int = 0) -> Value:  # noqa: C901 - one dispatch over expression kinds
        if depth > MAX_DEPTH:
            return EMPTY
        depth += 1
        if isinstance(node, ast.Constant):
            return Value(text=node.value) if isinstance(node.value, str) else EMPTY
        if isinstance(node, ast.Name | ast.Attribute):
            value = self.name(node.id) if isinstance(node, ast.Name) else \
                self.attribute(self.expr(node.value, depth), node)
            if value.ref and value.ref.startswith("function:"):
                self.ctx.escape(value.ref[9:])  # used as a value: called from anywhere
            return value
        if isinstance(node, ast.Call):
            return self.calls.call(node, depth)
        if isinstance(node, ast.JoinedStr):
            return self.fstring(node, depth)
        if isinstance(node, ast.FormattedValue):
            return self.expr(node.value, depth)
        if isinstance(node, ast.BinOp):
            return self.binop(node, depth)
        if isinstance(node, ast.Subscript):
            return self.subscript(self.expr(node.value, depth), node, depth)
        if isinstance(node, ast.Dict):
            return self.dict_literal(node, depth)
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            items = [self.expr(e, depth) for e in node.elts]
            if isinstance(node, ast.Tuple):
                keys = tuple((str(i), v) for i, v in enumerate(items))
            else:  # a list of dicts: the keys of its items
                keys = tuple({k: v for item in items for k, v in item.keys}.items())
            instance = next((v.instance for v in items if v.instance), None)
            return Value(taints=taints_of(items), keys=keys, instance=instance, many=instance is not None)
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp):
            element = self.comprehension(node.generators, node.elt, depth)
            return Value(taints=element.taints, instance=element.instance, many=element.instance is not None)
        if isinstance(node, ast.DictComp):
            element = self.comprehension(node.generators, node.value, depth)
            return Value(taints=element.taints)
        if isinstance(node, ast.IfExp):
            self.expr(node.test, depth)
            return join(self.expr(node.body, depth), self.expr(node.orelse, depth))
        if isinstance(node, ast.BoolOp):
            out = EMPTY
            for item in node.values:
                out = join(out, self.expr(item, depth))
            return out
        if isinstance(node, ast.UnaryOp):
            return self.expr(node.operand, depth).derived("expression")
        if isinstance(node, ast.Compare):
            for item in (node.left, *node.comparators):
                self.expr(item, depth)
            return EMPTY
        if isinstance(node, ast.Await | ast.Starred | ast.YieldFrom):
            return self.expr(node.value, depth)
        if isinstance(node, ast.Yield) and node.value is not None:
            value = self.expr(node.value, depth)
            self.returned(value, node)  # type: ignore[arg-type]
            return EMPTY
        if isinstance(node, ast.NamedExpr):
            value = self.expr(node.value, depth)
            self.assign(node.target, value, False, node.value)
            return value
        return EMPTY

    def name(self, name: str) -> Value:
        if name in self.env:
            return self.env[name]
        module = self.module
        self.ctx.read("glob", module.name)
        found = self.ctx.globals.get(module.name, {}).get(name)
        if found is not None:
            return found
        qual = f"{module.name}.{name}"
        if qual in self.ctx.index.classes:
            return Value(ref=f"class:{qual}")
        if qual in self.ctx.index.functions:
            return Value(ref=f"function:{qual}")
        target = module.imports.get(name)
        if target is None:
            return Value(dotted=name)
        return self.resolve(target)

    def resolve(self, dotted_name: str) -> Value:
        """A repository entity when the name is one, else an external object path."""
        found = self.ctx.index.lookup(dotted_name)
        if found is None and dotted_name in self.ctx.knowledge.request_globals:
            # ``flask.request``, ``flask_login.current_user``: what a person sent, read by its names
            return self.leaf(dotted_name.rpartition(".")[2], self.func.node.lineno if self.func else 1)
        if found is None:
            return Value(dotted=dotted_name)
        kind, target = found
        if kind == "global":
            module, _, var = target.partition(":")
            self.ctx.read("glob", module)
            return self.ctx.globals.get(module, {}).get(var, EMPTY)
        return Value(ref=f"{kind}:{target}")

    def attribute(self, base: Value, node: ast.Attribute) -> Value:
        attr = node.attr
        if base.ref:
            kind, _, target = base.ref.partition(":")
            if kind == "module":
                return self.resolve(f"{target}.{attr}")
            if kind == "class":
                return self.calls.class_attribute(target, attr)
            return EMPTY
        if base.instance and not base.many:
            found = self.calls.instance_attribute(base.instance, attr, node)
            if found is not None:
                return found
        if base.sdk:  # an SDK object: what it was built with, else more of the SDK
            return base.key(attr) or Value(dotted=f"{base.dotted}.{attr}", sdk=True)
        if base.dotted and not base.taints:
            return Value(dotted=f"{base.dotted}.{attr}")
        known = base.key(attr)
        if known is not None:
            return known
        if isinstance(node.value, ast.Attribute):
            attr = self.ctx.knowledge.attribute_names.get(f"{node.value.attr}.{attr}", attr)
        elif isinstance(node.value, ast.Name) and (node.value.id.lower() in self.ctx.knowledge.non_person_objects
                                                   or attr in self.ctx.knowledge.generic_attributes):
            # ``org.name`` is the organisation's name, not a person's; ``user.id`` is the user's id
            attr = f"{node.value.id.lstrip('_')}_{attr}"
        return self.leaf(attr, node.lineno)

    def subscript(self, base: Value, node: ast.Subscript, depth: int) -> Value:
        index = self.expr(node.slice, depth)
        key = _text(node.slice)
        if key is not None:
            known = base.key(key)
            if known is not None:
                return known
            if base.instance and not base.many:
                found = self.calls.instance_attribute(base.instance, key, node)
                if found is not None:
                    return found
            return self.leaf(key, node.lineno)
        if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, int) and base.keys:
            position = node.slice.value
            if -len(base.keys) <= position < len(base.keys):
                return base.keys[position][1]
        if base.many:
            return Value(taints=base.taints, instance=base.instance, keys=base.keys)
        return Value(taints=base.taints | index.taints, instance=base.instance, keys=base.keys)

    def dict_literal(self, node: ast.Dict, depth: int) -> Value:
        keys: dict[str, Value] = {}
        taints: set[Taint] = set()
        for key, item in zip(node.keys, node.values, strict=True):
            value = self.expr(item, depth)
            taints |= value.taints
            if key is None:  # {**other}
                keys.update(value.keys)
            elif (name := _text(key)) is not None:
                keys[name] = value
            else:
                taints |= self.expr(key, depth).taints
        return Value(taints=frozenset(taints), keys=tuple(keys.items()))

    def fstring(self, node: ast.JoinedStr, depth: int) -> Value:
        from scanner.code.sqltext import UNRESOLVED

        parts: list[str] = []
        taints: set[Taint] = set()
        for item in node.values:
            value = self.expr(item, depth)
            taints |= value.taints
            parts.append(value.text if value.text is not None else UNRESOLVED)
        return Value(taints=transformed(taints, "expression"), text="".join(parts))

    def binop(self, node: ast.BinOp, depth: int) -> Value:
        left, right = self.expr(node.left, depth), self.expr(node.right, depth)
        taints = transformed(left.taints | right.taints, "expression")
        text = None
        if isinstance(node.op, ast.Add) and left.text is not None and right.text is not None:
            text = left.text + right.text
        elif isinstance(node.op, ast.Mod) and left.text is not None:
            text = left.text
        return Value(taints=taints, text=text, sql=left.sql or right.sql)

    def comprehension(self, generators: list[ast.comprehension], element: ast.expr, depth: int) -> Value:
        saved = dict(self.env)
        try:
            for generator in generators:
                self.assign(generator.target, self.item_of(self.expr(generator.iter, depth)), False, None)
                for condition in generator.ifs:
                    self.expr(condition, depth)
            return self.expr(element, depth)
        finally:
            self.env.clear()
            self.env.update(saved)


def _return_node(func: FunctionInfo):  # type: ignore[no-untyped-def]
    from catalog.model import Node

    return Node(func.return_id, "code", f"return of {func.local}", Evidence(func.module.path, func.lineno))


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _capture_names(pattern: ast.pattern) -> Iterator[str]:
    for node in ast.walk(pattern):
        name = getattr(node, "name", None)
        if isinstance(name, str):
            yield name
