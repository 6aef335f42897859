"""Calls: into the repository's own functions, ORM queries, SQL execution, transforms and sinks."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalog import taxonomy
from catalog.model import Evidence, Node
from scanner.code.values import EMPTY, Value, join, taints_of, transformed

if TYPE_CHECKING:
    from scanner.code.callgraph import FunctionInfo
    from scanner.code.dataflow import FunctionAnalysis
    from scanner.code.models import ModelInfo

_SEGMENT = re.compile(r"[A-Za-z_][\w-]*\Z")
_PAYLOAD_DEPTH = 3

Args = list[tuple[ast.expr, Value]]
Kwargs = dict[str, tuple[ast.expr, Value]]


class CallHandler:
    """Evaluates calls for one function's analysis."""

    def __init__(self, analysis: FunctionAnalysis) -> None:
        self.a = analysis
        self.ctx = analysis.ctx
        self.k = analysis.ctx.knowledge

    # -- entry --------------------------------------------------------------------------
    def call(self, node: ast.Call, depth: int) -> Value:
        a = self.a
        func = node.func
        receiver: Value | None = None
        task = self._task_call(node, depth)
        if task is not None:
            return task
        if isinstance(func, ast.Attribute):
            receiver = a.expr(func.value, depth)
            callee = self._member(receiver, func)
        elif isinstance(func, ast.Name):
            callee = a.name(func.id)
        else:
            callee = a.expr(func, depth)
        args: Args = [(x.value if isinstance(x, ast.Starred) else x, a.expr(x, depth)) for x in node.args]
        kwargs: Kwargs = {}
        for keyword in node.keywords:
            value = a.expr(keyword.value, depth)
            if keyword.arg:
                kwargs[keyword.arg] = (keyword.value, value)
            else:
                for key, inner in value.keys:
                    kwargs[key] = (keyword.value, inner)
                if value.taints and not value.keys:
                    args.append((keyword.value, value))
        method = func.attr if isinstance(func, ast.Attribute) else None
        owner = func.value if isinstance(func, ast.Attribute) else None
        if method in self.k.mutating_methods and receiver is not None and isinstance(owner, ast.Name) \
                and not (receiver.ref or receiver.instance):
            self._mutate(owner.id, receiver, method, args, kwargs)
        if callee.ref:
            return self.repo_call(callee, node, args, kwargs)
        sql = self.sql_call(node, method, callee, receiver, args, kwargs)
        if sql is not None:
            return sql
        if receiver is not None and receiver.instance and method:
            found = self.orm_call(receiver, method, node, args, kwargs)
            if found is not None:
                return found
        name = callee.dotted
        if name is None and receiver is not None and method and owner is not None and self._logger_text(owner):
            name = f"{self._logger_text(owner)}.{method}"
        if name:
            return self.external_call(name, node, receiver, args, kwargs)
        if receiver is not None and method:
            if not receiver.instance:
                self.ctx.unresolved(method)  # a repository method of that name may be reached
            return self.method_on_value(receiver, method, node, args)
        return Value(taints=transformed(taints_of(v for _, v in args), "expression"))

    def _mutate(self, name: str, receiver: Value, method: str, args: Args, kwargs: Kwargs) -> None:
        """``props.update({...})``, ``items.append(x)``: the variable now holds what was added too."""
        keys = dict(receiver.keys)
        added = [v for _, v in args] + [v for _, v in kwargs.values()]
        if method == "update":
            for value in [v for _, v in args] + [Value(keys=tuple((k, v) for k, (_, v) in kwargs.items()))]:
                for key, inner in value.keys:
                    keys[key] = join(keys[key], inner) if key in keys else inner
        elif method == "setdefault" and args and args[0][1].text is not None and len(args) > 1:
            keys.setdefault(args[0][1].text, args[1][1])
        elif not receiver.sdk and method in ("append", "extend", "add", "insert", "appendleft"):
            for value in added:  # a list of dicts: the keys of its items, as a list literal has
                for key, inner in value.keys:
                    keys[key] = join(keys[key], inner) if key in keys else inner
        elif keys:  # an item added to a built message: kept by position
            position = len(keys)
            while str(position) in keys:
                position += 1
            keys[str(position)] = Value(taints=taints_of(added))
        new = Value(taints=receiver.taints | taints_of(added), keys=tuple(keys.items()), dotted=receiver.dotted,
                    text=receiver.text, many=receiver.many, sdk=receiver.sdk)
        self.ctx.read("glob", self.a.module.name)
        if name in self.a.env or self.a.func is None:
            self.a.env[name] = new
        elif self.a.func is not None and name in self.a.func.global_names or name in self.ctx.globals.get(
                self.a.module.name, {}):
            self.ctx.learn(self.ctx.globals, self.a.module.name, name, new)

    def _task_call(self, node: ast.Call, depth: int) -> Value | None:
        """``send_welcome.delay(user.email)``: a task queue runs the repository's function with these arguments."""
        func = node.func
        if not (isinstance(func, ast.Attribute) and func.attr in self.k.task_call_methods
                and isinstance(func.value, ast.Name | ast.Attribute)):
            return None
        target = self.a.name(func.value.id) if isinstance(func.value, ast.Name) else \
            self.a.attribute(self.a.expr(func.value.value, depth), func.value)
        if not (target.ref and target.ref.startswith("function:")):
            return None
        info = self.ctx.index.functions.get(target.ref[9:])
        if info is None:
            return None
        args: Args = [(x, self.a.expr(x, depth)) for x in node.args]
        kwargs: Kwargs = {k.arg: (k.value, self.a.expr(k.value, depth)) for k in node.keywords if k.arg}
        if func.attr == "apply_async":  # apply_async(args=(...), kwargs={...})
            packed_args, packed = kwargs.get("args"), kwargs.get("kwargs")
            args = [(packed_args[0], v) for _, v in packed_args[1].keys] if packed_args else []
            kwargs = {k: (packed[0], v) for k, v in packed[1].keys} if packed else {}
        self.bind(info, node, args, kwargs, bound=False)
        return EMPTY

    def _member(self, receiver: Value, func: ast.Attribute) -> Value:
        """What ``receiver.name`` is when it is called: a method, a function, an external path."""
        if receiver.ref:
            return self.a.attribute(receiver, func)
        if receiver.instance and not receiver.many:
            method = self.ctx.index.method(receiver.instance, func.attr)
            if method:
                return Value(ref=f"function:{method}", bound=True)
            found = self._class_attr(receiver.instance, func.attr)
            if found is not None:
                return found
            return EMPTY
        if receiver.dotted:
            return Value(dotted=f"{receiver.dotted}.{func.attr}")
        return EMPTY

    def _logger_text(self, node: ast.expr) -> str | None:
        text = _plain(node)
        return text if text in self.k.logger_names else None

    # -- the repository's own functions -------------------------------------------------
    def repo_call(self, callee: Value, node: ast.Call, args: Args, kwargs: Kwargs) -> Value:
        kind, _, target = (callee.ref or "").partition(":")
        index = self.ctx.index
        if kind == "class":
            init = index.method(target, "__init__")
            if init and init in index.functions:
                self.bind(index.functions[init], node, args, kwargs, bound=True)
            model = self.ctx.model(target)
            if model is not None:
                self.store(model, kwargs, node)
            return Value(instance=target)
        info = index.functions.get(target) if kind == "function" else None
        if info is None:
            return EMPTY
        self.bind(info, node, args, kwargs, bound=callee.bound)
        self.ctx.read("ret", info.qualname)
        summary = self.ctx.returns.get(info.qualname)
        if summary is None:
            return EMPTY
        taints = frozenset({(info.return_id, None)}) if summary.taints else frozenset()
        return Value(taints=taints, instance=summary.instance, many=summary.many, keys=summary.keys,
                     dotted=summary.dotted, text=summary.text, ref=summary.ref)

    def bind(self, info: FunctionInfo, node: ast.Call, args: Args, kwargs: Kwargs, bound: bool) -> None:
        """Arguments flow into the callee's parameters."""
        params = info.call_params() if bound else info.params
        pairs = list(zip(params, (v for _, v in args), strict=False))
        pairs += [(name, value) for name, (_, value) in kwargs.items() if name in info.params]
        evidence = self.a.evidence(node)
        emitter = self.ctx.emitter
        facts = self.ctx.params
        facts.called(info.qualname)
        if any(isinstance(x, ast.Starred) for x in node.args) or any(k.arg is None for k in node.keywords):
            self.ctx.escape(info.qualname)  # arguments this analysis cannot line up with parameters
        for param, value in pairs:
            sample = value.text is not None and not value.taints and self.k.is_personal_literal(value.text)
            facts.observe(info.qualname, param, value.taints, sample)
            if value.taints:
                target = self.ctx.param_target(info, param)
                if target is None and param not in self.k.container_names:  # not settled yet
                    self.ctx.read("pos", info.qualname)
                    target = emitter.code_field(info.module.path, info.qualname, param, info.lineno)
                if target is None:
                    continue
                emitter.link(value.taints, target, evidence)
            if value.instance or value.dotted:
                self.ctx.learn(self.ctx.param_types, info.qualname, param,
                               Value(instance=value.instance, many=value.many, dotted=value.dotted))

    # -- attributes of classes and instances --------------------------------------------
    def class_attribute(self, cls: str, attr: str) -> Value:
        model = self.ctx.model(cls)
        if model is not None and attr in self.k.model_managers:
            return Value(instance=cls, many=True)
        method = self.ctx.index.method(cls, attr)
        if method:
            return Value(ref=f"function:{method}")
        if model is not None and attr in model.attrs:
            return Value(taints=frozenset({(model.attrs[attr].node_id, None)}))
        if f"{cls}.{attr}" in self.ctx.index.classes:
            return Value(ref=f"class:{cls}.{attr}")
        return self._class_attr(cls, attr) or EMPTY

    def _class_attr(self, cls: str, attr: str) -> Value | None:
        for info in self.ctx.index.mro(cls):
            self.ctx.read("cls", info.qualname)
            found = self.ctx.class_attrs.get(info.qualname, {}).get(attr)
            if found is not None:
                return found
        return None

    def instance_attribute(self, cls: str, attr: str, node: ast.AST) -> Value | None:
        if cls in self.ctx.models.settings:
            return EMPTY
        model = self.ctx.model(cls)
        if model is not None:
            if attr in model.attrs:
                return Value(taints=frozenset({(model.attrs[attr].node_id, None)}))
            if attr in model.relations:
                target = self.ctx.models.model_of(model.relations[attr])
                return Value(instance=target.key) if target else EMPTY
        return self._class_attr(cls, attr)

    def store_attribute(self, target: ast.Attribute, value: Value) -> None:
        base = self.a.expr(target.value)
        if base.instance and not base.many:
            model = self.ctx.model(base.instance)
            if model is not None and target.attr in model.attrs:
                self.ctx.emitter.link(value.taints, model.attrs[target.attr].node_id, self.a.evidence(target),
                                      stores=True)
            elif isinstance(target.value, ast.Name) and target.value.id in ("self", "cls"):
                self.ctx.learn(self.ctx.class_attrs, base.instance, target.attr, value)
        elif base.sdk and isinstance(target.value, ast.Name) and target.value.id in self.a.env:
            # ``message.dynamic_template_data = {...}``: the built request carries it until it is sent
            keys = dict(base.keys)
            old = keys.get(target.attr)
            keys[target.attr] = value if old is None else join(old, value)
            self.a.env[target.value.id] = Value(taints=base.taints | value.taints, keys=tuple(keys.items()),
                                                dotted=base.dotted, sdk=True)
        elif base.dotted:
            name = f"{base.dotted}.{target.attr}"
            sink = self.ctx.sinks.match(name)
            if sink is not None and sink.recipient:
                self.send(target, name, sink.recipient, [(target, value)], {}, label=target.attr)

    def store(self, model: ModelInfo, kwargs: Kwargs, node: ast.AST) -> None:
        """Keyword arguments of a constructor or ``create`` call are stored in the model's columns."""
        for name, (_, value) in kwargs.items():
            if name == "defaults":
                self.store(model, {k: (node, v) for k, v in value.keys}, node)  # type: ignore[misc]
            elif name in model.attrs:
                self.ctx.emitter.link(value.taints, model.attrs[name].node_id, self.a.evidence(node), stores=True)

    # -- ORM queries --------------------------------------------------------------------
    def orm_call(self, receiver: Value, method: str, node: ast.Call, args: Args, kwargs: Kwargs) -> Value | None:
        model = self.ctx.model(receiver.instance)
        k = self.k
        if not receiver.many:
            if method in k.serialise_methods and model is not None:
                return self.expand(model)
            return None
        if method in k.aggregate_methods:
            return receiver.derived("aggregate")
        if method in ("values", "values_list") and model is not None:
            names = [v.text for _, v in args if v.text] or list(model.attrs)
            keys = tuple((n, Value(taints=frozenset({(model.attrs[n].node_id, None)})))
                         for n in names if n in model.attrs)
            return Value(taints=taints_of(v for _, v in keys), keys=keys, many=True)
        if method in ("create", "get_or_create", "update_or_create", "update") and model is not None:
            self.store(model, kwargs, node)
        if method in ("get_or_create", "update_or_create"):
            return Value(keys=(("0", Value(instance=receiver.instance)), ("1", EMPTY)))
        if method in k.instance_methods:
            return Value(instance=receiver.instance, taints=receiver.taints)
        if method in k.many_methods or model is not None:
            return Value(instance=receiver.instance, many=True, taints=receiver.taints)
        return None

    def expand(self, model: ModelInfo) -> Value:
        """A whole instance as plain data: every field, keyed by attribute."""
        keys = tuple((name, Value(taints=frozenset({(item.node_id, None)}))) for name, item in model.attrs.items()
                     if name != "pk")
        return Value(taints=taints_of(v for _, v in keys), keys=keys)

    # -- SQL text -----------------------------------------------------------------------
    def sql_call(self, node: ast.Call, method: str | None, callee: Value, receiver: Value | None, args: Args,
                 kwargs: Kwargs) -> Value | None:
        name = callee.dotted or ""
        k = self.k
        statement = args[0][1] if args else next((kwargs[n][1] for n in ("sql", "statement", "query")
                                                  if n in kwargs), None)
        if statement is None or statement.text is None:
            return None
        if name in k.sql_wrappers:
            return Value(text=statement.text, sql=True, taints=statement.taints)
        if not (method in k.sql_methods or name in k.sql_functions):
            return None
        from scanner.code.sqltext import looks_like_sql, read_sql  # the SQL parser loads when code runs SQL

        if not (statement.sql or looks_like_sql(statement.text, k.sql_keywords)):
            return None
        self.ctx.stats["sql_strings"] += 1
        read = self.ctx.sql_reads.get(statement.text)
        if read is None:
            read = self.ctx.sql_reads[statement.text] = read_sql(statement.text, self.ctx.dialects, self.ctx.schema,
                                                                self.k.person_keys)
        if read.error:
            self.ctx.stats["sql_unparsed"] += 1
            self.ctx.warn(self.a.module.path, node.lineno, f"SQL in code not parsed: {read.error}")
            return EMPTY
        parameters = args[1][1] if len(args) > 1 else next((kwargs[n][1] for n in ("params", "parameters")
                                                            if n in kwargs), EMPTY)
        for column, param in read.writes:
            value = parameters.key(str(param)) if parameters.keys else parameters
            if value is not None:
                self.ctx.emitter.link(value.taints, column, self.a.evidence(node), stores=True)
        keys = tuple((name, Value(taints=taints)) for name, taints in read.columns)
        result = Value(taints=taints_of(v for _, v in keys), keys=keys, many=True)
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and receiver is not None \
                and not receiver.ref:
            self.a.env[func.value.id] = join(receiver, result)
        return result

    # -- external calls: transforms and sinks -------------------------------------------
    def external_call(self, name: str, node: ast.Call, receiver: Value | None, args: Args, kwargs: Kwargs) -> Value:
        k = self.k
        values = [v for _, v in args] + [v for _, v in kwargs.values()]
        short = name.rpartition(".")[2]
        if receiver is not None and receiver.sdk and receiver.taints and short in k.builder_copy_methods:
            return receiver  # ``event.normalize()``: the built object's data, not yet sent
        sink = self.ctx.sinks.match(name)
        if sink is not None:
            if sink.kind in ("sdk", "email") and _is_constructor(name):
                return _built(name, args, kwargs)
            self.sink_call(sink.kind, sink.recipient, name, node, receiver, args, kwargs)
            # the answer is the recipient's data (a customer id it issued), not the person's
            return Value(dotted=self._result_path(name, node, args), sdk=True)
        model_arg = next((v.ref[6:] for v in values if v.ref and v.ref.startswith("class:")
                          and self.ctx.model(v.ref[6:])), None)
        if model_arg:
            many = short not in k.instance_methods
            return Value(instance=model_arg, many=many)
        if name in k.generator_functions:
            return Value(taints=frozenset({(self._generated(name, node), None)}))
        if name in k.hash_functions:
            return Value(taints=transformed(taints_of(values), "hashed"))
        if name in k.aggregate_functions:
            return Value(taints=transformed(taints_of(values), "aggregate"))
        if name in k.serialise_functions and values and values[0].instance:
            model = self.ctx.model(values[0].instance)
            if model is not None:
                return self.expand(model)
        if short == "dict" and name == "dict":
            keys = dict(values[0].keys) if args else {}
            keys.update((key, value) for key, (_, value) in kwargs.items())
            return Value(taints=taints_of(values), keys=tuple(keys.items()))
        found = _query_result(values, short, k.instance_methods, receiver)
        if found is not None:
            return found
        if receiver is not None and receiver.taints:
            values.append(receiver)
            if short in k.copy_methods:
                return Value(taints=taints_of(values), keys=receiver.keys, many=receiver.many, text=receiver.text,
                             dotted=f"{name}")
        if name in k.copy_functions and values:
            first = values[0]
            return Value(taints=taints_of(values), keys=first.keys, instance=first.instance, many=first.many,
                         text=first.text)
        return Value(taints=transformed(taints_of(values), "expression"), dotted=self._result_path(name, node, args),
                     text=self._constructor_text(name, args, kwargs))

    def _generated(self, name: str, node: ast.Call) -> str:
        """A code node for a fresh secret or id: no category of its own, known only by the names it gets."""
        item = Node(self.a.place_id(node.lineno, name), "code", f"{name} call", self.a.evidence(node))
        self.ctx.emitter.node(item)
        self.ctx.add_generated(item.id)
        return item.id

    @staticmethod
    def _result_path(name: str, node: ast.Call, args: Args) -> str:
        if args and isinstance(args[0][0], ast.Constant) and isinstance(args[0][0].value, str) \
                and _SEGMENT.match(args[0][0].value) and not name.rpartition(".")[2][:1].isupper():
            return f"{name}.{args[0][0].value}"
        return name

    @staticmethod
    def _constructor_text(name: str, args: Args, kwargs: Kwargs) -> str | None:
        if not name.rpartition(".")[2][:1].isupper():
            return None
        for keyword in ("base_url", "host", "url"):
            if keyword in kwargs and kwargs[keyword][1].text is not None:
                return kwargs[keyword][1].text
        return args[0][1].text if args else None

    def method_on_value(self, receiver: Value, method: str, node: ast.Call, args: Args) -> Value:
        k = self.k
        if method in k.hash_methods:
            return receiver.derived("hashed")
        if method in k.aggregate_methods:
            return receiver.derived("aggregate")
        if method == "get" and args and args[0][1].text is not None:
            known = receiver.key(args[0][1].text)
            if known is not None:
                return known
            return self.a.leaf(args[0][1].text, node.lineno)
        if method in k.copy_methods:
            return Value(taints=receiver.taints, keys=receiver.keys, instance=receiver.instance, many=receiver.many,
                         text=receiver.text)
        found = _query_result([v for _, v in args], method, k.instance_methods, receiver)
        if found is not None:
            return found
        taints = transformed(receiver.taints | taints_of(v for _, v in args), "expression")
        text = receiver.text if method in ("format", "replace", "strip", "join") else None
        return Value(taints=taints, text=text)

    # -- sinks --------------------------------------------------------------------------
    def sink_call(self, kind: str, recipient: str | None, name: str, node: ast.Call, receiver: Value | None,
                  args: Args, kwargs: Kwargs) -> None:
        if kind == "http":
            url_index = 1 if name.endswith(".request") and len(args) > 1 else 0
            url = kwargs["url"][1] if "url" in kwargs else (args[url_index][1] if args else EMPTY)
            text = url.text
            base = receiver.text if receiver is not None else None
            if text is not None and "://" not in text and base:
                text = base.rstrip("/") + "/" + text.lstrip("/")
            recipient = self.ctx.sinks.recipient_for_host(text)
            if recipient is None and (text is None or "://" not in text):  # a URL from settings: their names
                hints = [node.args[url_index] if "url" not in kwargs and args else kwargs.get("url", (node,))[0]]
                hints += [kwargs[k][0] for k in ("auth", "headers") if k in kwargs]
                recipient = self.ctx.sinks.recipient_for_names(_names(hints))
            if recipient is None:
                return
            args = [pair for i, pair in enumerate(args) if i != url_index or "url" in kwargs]
            if url.taints:
                args.append((node, url))
        elif kind == "email":
            host = receiver.text if receiver is not None and receiver.text else self.ctx.email_host
            recipient = self.ctx.sinks.recipient_for_host(host) or "smtp"
        if recipient and receiver is not None and receiver.sdk and receiver.taints \
                and not any(v.taints for _, v in args) and not any(v.taints for _, v in kwargs.values()):
            # ``EventRequest(events=[...]).execute()``: the call sends what the object was built with
            args = [*args, (node.func.value if isinstance(node.func, ast.Attribute) else node, receiver)]
        if recipient:
            self.send(node, name, recipient, args, kwargs)

    def send(self, node: ast.AST, name: str, recipient: str, args: Args, kwargs: Kwargs,
             label: str | None = None) -> None:
        """A sending call: its payload flows into the call node, which sends to the recipient."""
        emitter = self.ctx.emitter
        line = getattr(node, "lineno", 0)
        call_id = self.a.place_id(line, self.ctx.sinks.canonical(name))
        evidence = self.a.evidence(node)
        linked = False
        rules = _Payload(self.k.keyword_categories.get(recipient, {}),
                         frozenset(self.k.recipient_ids.get(recipient, ())))
        for expr, value in args:
            label_here = label or (expr.id if isinstance(expr, ast.Name) else None)
            last = expr.attr if isinstance(expr, ast.Attribute) else label_here
            if label_here in self.k.ignored_keywords or last in rules.own_ids:
                continue
            linked |= self._payload(label_here, expr, value, call_id, line, evidence, 0, rules)
        for keyword, (expr, value) in kwargs.items():
            if keyword not in self.k.ignored_keywords:
                linked |= self._payload(keyword, expr, value, call_id, line, evidence, 0, rules)
        if not linked:
            return
        self.ctx.stats["sending_calls"] += 1
        emitter.node(Node(call_id, "code", f"{name} call", evidence))
        emitter.node(self.ctx.sinks.recipient_node(recipient))
        purpose, source = self._purpose(node)
        emitter.edge(call_id, f"recipient:{recipient}", "sends", evidence, None, purpose, source)

    def _payload(self, label: str | None, expr: ast.AST, value: Value, call_id: str, line: int,
                 evidence: Evidence, depth: int, rules: _Payload) -> bool:
        if isinstance(expr, ast.Constant) or (value.text is not None and not value.taints) or label in rules.own_ids:
            return False
        emitter = self.ctx.emitter
        if label is not None and label in rules.pinned and value.taints and not value.keys:
            # the recipient's API says what this key holds (a card token to a payment processor)
            target = emitter.code_field(self.a.module.path, self.a.table, label, line, rules.pinned[label])
            emitter.link(value.taints, target, evidence)
            return emitter.link({(target, None)}, call_id, evidence)
        if value.keys and depth < _PAYLOAD_DEPTH and not value.many:
            linked = False
            for key, inner in value.keys:
                if key in self.k.ignored_keywords:
                    continue
                if not key.isdigit():
                    linked |= self._payload(key, expr, inner, call_id, line, evidence, depth + 1, rules)
                elif inner.taints:
                    linked |= emitter.link(inner.taints, call_id, evidence)
            return linked
        if not value.taints:
            return False
        personal = any(transform != "aggregate" for _, transform in value.taints)
        if label and label.isidentifier() and label not in ("self", "cls") and personal \
                and label not in self.k.container_names \
                and self.ctx.params.is_opaque(value.taints) and not _named_alike(value.taints, label):
            target = self.a.field(label, line)
            emitter.link(value.taints, target, evidence)
            emitter.link({(target, None)}, call_id, evidence)
            return True
        return emitter.link(value.taints, call_id, evidence)

    def _purpose(self, node: ast.AST) -> tuple[str | None, str | None]:
        line = getattr(node, "lineno", 0)
        found = self.a.module.purpose_at(line, getattr(node, "end_lineno", None) or line)
        if found is None:
            return None, None
        purpose, at = found
        if purpose not in taxonomy.use_keys():
            close = taxonomy.suggest(purpose, taxonomy.use_keys())
            hint = f"; did you mean '{close}'?" if close else ""
            self.ctx.warn(self.a.module.path, at, f"unknown purpose '{purpose}' in datamap comment{hint}")
            return None, None
        return purpose, "code"


@dataclass(frozen=True)
class _Payload:
    """What one recipient's API tells about the keys it is sent: their categories, and its own ids."""

    pinned: Mapping[str, str]
    own_ids: frozenset[str]


def _named_alike(taints: frozenset[tuple[str, str | None]], label: str) -> bool:
    """True when every source is already named by ``label`` or more precisely (``org_name`` for ``name``)."""
    label = label.lower()
    return all((name := node.rpartition(".")[2]) == label or name.endswith("_" + label) for node, _ in taints)


def _names(nodes: Sequence[ast.AST]) -> list[str]:
    """Identifiers and short string constants inside expressions (``get_config("mailgun_base_url")``)."""
    found: list[str] = []
    for top in nodes:
        for item in ast.walk(top):
            if isinstance(item, ast.Name):
                found.append(item.id)
            elif isinstance(item, ast.Attribute):
                found.append(item.attr)
            elif isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value.isidentifier():
                found.append(item.value)
    return found


def _is_constructor(name: str) -> bool:
    """``sendgrid.helpers.mail.Mail``: a class of the SDK (the object is sent by a later call)."""
    last = name.rpartition(".")[2]
    return last[:1].isupper() and not last.isupper()


def _built(name: str, args: Args, kwargs: Kwargs) -> Value:
    """An SDK object: what it was given, by keyword (positions as digits), until it is sent."""
    keys = [(str(i), v) for i, (_, v) in enumerate(args)] + [(k, v) for k, (_, v) in kwargs.items()]
    return Value(taints=taints_of(v for _, v in keys), keys=tuple(keys), dotted=name, sdk=True)


def _query_result(values: list[Value], method: str, single: frozenset[str], receiver: Value | None) -> Value | None:
    """``session.scalars(select(User))``: a call on a session-like object given a query of a model."""
    query = next((v for v in values if v.instance), None)
    if query is None or receiver is None or receiver.instance:
        return None
    return Value(instance=query.instance, many=query.many or method not in single, taints=taints_of(values))


def _plain(node: ast.expr) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))



