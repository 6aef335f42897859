"""Integrations: which keys and values name a provider, and which do not."""

from __future__ import annotations

from pathlib import Path

from catalog.model import Evidence, Node
from scanner.config.reader import read_config_file
from scanner.options import ReadOptions


def _integrations(tmp_path: Path, name: str, text: str) -> list[Node]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    result = read_config_file(str(path), ReadOptions())
    assert result.errors == []
    return [n for n in result.nodes if n.kind == "config"]


def test_links_and_package_references_are_not_integrations(tmp_path: Path) -> None:
    text = (
        "site:\n  repository: https://github.com/acme/chat\n  twitter: https://twitter.com/acme\n"
        "  docs: https://docs.stripe.com/api\n  help: https://support.zoom.us/hc\n"
        "plugins:\n  - pip_url: git+https://github.com/acme/target-x.git\n"
    )
    assert _integrations(tmp_path, "site.yaml", text) == []


def test_key_tails_and_hosts(tmp_path: Path) -> None:
    text = "[production.payments.stripe]\nsecret_key = 'x'\n[hooks]\norders = 'hooks.slack.com/services/T/B/x'\n"
    nodes = _integrations(tmp_path, "app.toml", text)
    path = str(tmp_path / "app.toml")
    assert nodes == [
        Node(f"config:{path}#production.payments.stripe.secret_key", "config", "production.payments.stripe.secret_key"),
        Node(f"config:{path}#hooks.orders", "config", "hooks.orders"),
    ]
    assert [(n.evidence, n.attributes) for n in nodes] == [
        (Evidence(path, 2), (("integration", "true"), ("recipient", "stripe"), ("matched_by", "key"))),
        (Evidence(path, 4), (("integration", "true"), ("recipient", "slack"), ("matched_by", "host"),
                             ("host", "hooks.slack.com"))),
    ]  # fmt: skip


def test_unrelated_settings_are_not_integrations(tmp_path: Path) -> None:
    text = '{"secret_key": "x", "api_key": "y", "dsn": "postgres://db.internal/app", "email": "a@b.example"}'
    assert _integrations(tmp_path, "settings.json", text) == []
