"""Which calls send data out of the application, and to whom.

A call is named by the dotted path it resolves to through the module's imports
(``stripe.Customer.create``, ``boto3.client.ses.send_email``,
``mixpanel.Mixpanel.track``). Third-party SDK calls are recognised by the
recipients knowledge base (call patterns, then SDK import names); HTTP client
calls by the host of their URL; email and logging calls by the lists in
``data/python.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from catalog.model import Node
from catalog.recipients import KnowledgeBase
from scanner.code.knowledge import CodeKnowledge


@dataclass(frozen=True)
class SinkKind:
    """``kind`` is "sdk" (recipient known from the call), "http" (by URL host), "email" or "logs"."""

    kind: str
    recipient: str | None = None


class SinkMatcher:
    """Matches dotted call names against the knowledge base and the code knowledge."""

    def __init__(self, kb: KnowledgeBase, knowledge: CodeKnowledge) -> None:
        self.kb, self.k = kb, knowledge
        self.match = lru_cache(maxsize=65536)(self._match)

    def canonical(self, name: str) -> str:
        """The dotted name with renamed modules replaced (``analytics.track`` -> ``segment.analytics.track``)."""
        head, _, rest = name.partition(".")
        alias = self.k.module_aliases.get(head)
        return f"{alias}.{rest}" if alias and rest else name

    def _match(self, name: str) -> SinkKind | None:
        k = self.k
        owner, _, method = name.rpartition(".")
        if name in k.print_functions:
            return SinkKind("logs", "logs")
        if method in k.log_methods and (
            owner in k.logger_modules or owner in k.logger_names
            or any(owner == f or owner.startswith(f + ".") for f in k.logger_factories)
        ):
            return SinkKind("logs", "logs")
        if name in k.email_calls:
            return SinkKind("email")
        if k.is_http_call(name):
            return SinkKind("http")
        canonical = self.canonical(name)
        recipient = self.kb.match_call(canonical)
        if recipient is None and "." in canonical:
            recipient = self.kb.match_import(canonical)
        return SinkKind("sdk", recipient.id) if recipient else None

    def recipient_for_host(self, url: str | None) -> str | None:
        if not url:
            return None
        found = self.kb.match_host(url)
        return found.id if found else None

    def recipient_for_names(self, names: list[str]) -> str | None:
        """A recipient named by the settings a URL or its credentials come from (``MAILGUN_BASE_URL``).

        A config-key hint of the knowledge base, or a word of the name that is a recipient id.
        """
        for name in names:
            found = self.kb.match_config_key(name)
            if found is None:
                found = next((self.kb.get(word) for word in name.lower().split("_") if len(word) > 3
                              and self.kb.get(word) is not None), None)
            if found is not None:
                return found.id
        return None

    def recipient_node(self, rid: str) -> Node:
        """The graph node of a recipient, from the knowledge base or the first-party sinks."""
        found = self.kb.get(rid)
        if found is not None:
            return Node(f"recipient:{rid}", "recipient", found.name,
                        attributes=(("company", found.company), ("kind", found.kind)))
        entry = self.k.first_party.get(rid, {})
        return Node(f"recipient:{rid}", "recipient", entry.get("name", rid),
                    attributes=(("company", entry.get("company", "first party")), ("kind", entry.get("kind", rid))))
