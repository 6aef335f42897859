"""The packaged table of export connectors: which recipient each one sends to."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, PrivateAttr

_SLUG = re.compile(r"[^a-z0-9]+")


class Connectors(BaseModel):
    """``data/connectors.yaml``: recipients by connector, first-party stores, schema-stream taps."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    recipients: dict[str, tuple[str, ...]]
    stores: tuple[str, ...] = ()
    schema_streams: tuple[str, ...] = ()
    _index: dict[str, str] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object) -> None:
        self._index.update({name: rid for rid, names in self.recipients.items() for name in names})

    def recipient_of(self, connector: str) -> str | None:
        """The recipient id a connector sends to, or None."""
        return self._index.get(connector_name(connector))

    def is_store(self, connector: str) -> bool:
        return connector_name(connector) in self.stores


def connector_name(text: str, prefix: str = "") -> str:
    """``airbyte/destination-hubspot:0.1`` -> ``destination-hubspot``; ``HubSpot`` -> ``<prefix>hubspot``."""
    name = text.strip().lower().rsplit("/", 1)[-1].split(":", 1)[0]
    if name.startswith(("destination-", "source-", "target-", "tap-")):
        return name
    return prefix + _SLUG.sub("-", name).strip("-")


@cache
def load_connectors() -> Connectors:
    raw = resources.files("scanner.config").joinpath("data", "connectors.yaml").read_text("utf-8")
    return Connectors.model_validate(yaml.safe_load(raw))
