"""Third-party integrations a config file sets up: keys and hosts that name a provider.

A key is matched by its dotted path and every shorter tail of it
(``prod.stripe.secret_key``, ``stripe.secret_key``, ``secret_key``) with
``match_config_key``; a string value that is a URL or a host is matched with
``match_host`` (webhook URLs, DSNs, API base URLs). Kubernetes-style
``{name: KEY, value: ...}`` items and compose-style ``KEY=value`` list items
count as keys too.

An integration says that a provider is configured, not that personal data
goes there, so it becomes a config node with the attribute
``("integration", "true")`` and the recipient node, and no edge. Values are
never stored: nodes hold the key's name and the value's host only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fnmatch import translate
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict

from catalog.model import Evidence, Node, ReadResult
from catalog.recipients import KnowledgeBase, Recipient, host_of
from scanner.config.document import Document, Loc, dotted, leaves

_BARE_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:/\S*)?$", re.IGNORECASE)
_PAIR = re.compile(r"^([A-Za-z_][A-Za-z0-9_.\-]*)=")


class _Ignored(BaseModel):
    """``data/integrations.yaml``: keys and values that are never integrations."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ignore_keys: frozenset[str] = frozenset()
    ignore_value_prefixes: tuple[str, ...] = ()
    link_hosts: tuple[str, ...] = ()
    export_keys: frozenset[str] = frozenset()


@cache
def _ignored() -> _Ignored:
    raw = resources.files("scanner.config").joinpath("data", "integrations.yaml").read_text("utf-8")
    loaded = _Ignored.model_validate(yaml.safe_load(raw))
    return loaded.model_copy(update={"ignore_keys": frozenset(k.lower() for k in loaded.ignore_keys)})


def recipient_node(recipient: Recipient) -> Node:
    """The graph node of a knowledge-base recipient."""
    attributes = (("company", recipient.company), ("kind", recipient.kind))
    return Node(f"recipient:{recipient.id}", "recipient", recipient.name, None, attributes)


@cache
def _link_hosts() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{translate(glob)})" for glob in _ignored().link_hosts) or "(?!)")


def is_link_host(host: str) -> bool:
    """True for hosts whose URLs are links for people: repositories, profiles, documentation."""
    return _link_hosts().match(host) is not None


def value_host(value: object) -> str | None:
    """The host of a string that is a URL or a bare host name, else None."""
    if not isinstance(value, str) or len(value) > 2048:
        return None
    text = value.strip()
    if "://" in text or _BARE_HOST.match(text):
        return host_of(text)
    return None


def _keyed(doc: Document) -> Iterator[tuple[Loc, str, object]]:
    """(loc, key path, value) for every scalar, with named list items read as keys."""
    ignored = _ignored()
    for loc, value in leaves(doc.data):
        names = [part for part in loc if isinstance(part, str)]
        if names and (names[0] in ignored.export_keys or names[-1].lower() in ignored.ignore_keys):
            continue
        if isinstance(value, str) and value.startswith(ignored.ignore_value_prefixes):
            continue
        if len(loc) >= 2 and loc[-1] == "value" and isinstance(loc[-2], int):
            item = doc.get(loc[:-1])
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names = [*names[:-1], item["name"]]
        elif loc and isinstance(loc[-1], int) and isinstance(value, str) and (pair := _PAIR.match(value)):
            names = [*names, pair.group(1)]
            value = value[pair.end() :]
        if names:
            yield loc, ".".join(names), value


class _Matcher:
    """Knowledge-base lookups, remembered per key tail and per host within one document."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.keys: dict[str, Recipient | None] = {}
        self.hosts: dict[str, Recipient | None] = {}

    def key(self, key: str) -> Recipient | None:
        parts = key.split(".")
        for start in range(len(parts)):
            tail = ".".join(parts[start:])
            if tail not in self.keys:
                self.keys[tail] = self.kb.match_config_key(tail)
            if self.keys[tail] is not None:
                return self.keys[tail]
        return None

    def host(self, host: str) -> Recipient | None:
        if host not in self.hosts:
            self.hosts[host] = None if is_link_host(host) else self.kb.match_host(host)
        return self.hosts[host]


def find_integrations(path: str, doc: Document, kb: KnowledgeBase, result: ReadResult) -> None:
    """Add one config node per key that names a provider, and the provider's node."""
    seen: set[str] = set()
    matcher = _Matcher(kb)
    for loc, key, value in _keyed(doc):
        by_key = matcher.key(key)
        host = value_host(value)
        by_host = matcher.host(host) if host else None
        recipient = by_host or by_key
        node_id = f"config:{path}#{dotted(loc)}"
        if recipient is None or node_id in seen:
            continue
        seen.add(node_id)
        matched = "+".join(name for name, hit in (("key", by_key), ("host", by_host)) if hit)
        attributes = [("integration", "true"), ("recipient", recipient.id), ("matched_by", matched)]
        if by_host is not None and host:
            attributes.append(("host", host))
        result.nodes.append(Node(node_id, "config", key, Evidence(path, doc.line_of(loc)), tuple(attributes)))
        result.nodes.append(recipient_node(recipient))
        result.stats["integrations"] = result.stats.get("integrations", 0) + 1
