"""Users' recipient files (``--recipients`` or the config's ``recipients``) reach the readers and coverage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.invoke import run

POLICY = Path(__file__).resolve().parents[2] / "sample_schemas" / "policy.yaml"
MODULE = '''\
import requests


def push_audience(user):
    requests.post("https://api.acme-ads.example/v1/audiences", json={"email": user.email})
'''
RECIPIENTS = '''\
- id: acme_ads
  name: Acme Ads
  company: Acme Advertising Ltd
  kind: advertising
  purposes: [marketing.advertising]
  hosts: [api.acme-ads.example]
'''


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "sync.py").write_text(MODULE)
    (tmp_path / "acme.yaml").write_text(RECIPIENTS)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def flow_recipients(stdout: str) -> set[str]:
    return {flow["recipient"]["id"] for flow in json.loads(stdout)["flows"]}


def test_scan_knows_a_service_only_from_the_users_file(repo: Path) -> None:
    code, plain, _ = run("scan", "app", "--format", "json")
    assert code == 0 and "acme_ads" not in flow_recipients(plain)
    code, extended, _ = run("scan", "app", "--format", "json", "--recipients", "acme.yaml")
    assert code == 0 and flow_recipients(extended) == {"acme_ads"}


def test_check_reads_recipients_from_the_config_and_the_cache_follows_the_file(repo: Path) -> None:
    (repo / "policy.yaml").write_text(POLICY.read_text())
    (repo / "datamap.toml").write_text('paths = ["app"]\npolicy = "policy.yaml"\nrecipients = ["acme.yaml"]\n')
    code, out, _ = run("check", "--format", "json")
    recipients = {f.get("recipient") for f in json.loads(out)["findings"]}
    assert code == 1 and "acme_ads" in recipients
    (repo / "acme.yaml").write_text(RECIPIENTS.replace("acme_ads", "acme_audiences"))
    _, out, _ = run("check", "--format", "json")
    recipients = {f.get("recipient") for f in json.loads(out)["findings"]}
    assert "acme_audiences" in recipients and "acme_ads" not in recipients


def test_a_broken_recipients_file_is_a_usage_error_naming_file_and_line(repo: Path) -> None:
    (repo / "acme.yaml").write_text(RECIPIENTS.replace("kind: advertising", "kind: adverts"))
    code, _, err = run("scan", "app", "--recipients", "acme.yaml")
    assert code == 2
    assert "acme.yaml:4" in err and "kind 'adverts' is not one of" in err
