"""``datamap policy check`` through click's runner: messages, lines and exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from datamap.cli import main
from datamap.exit_codes import FINDINGS, OK, USAGE_ERROR

REPO = Path(__file__).resolve().parents[2]
SAMPLE_POLICY = REPO / "sample_schemas" / "policy.yaml"
PALTALK_TEXT = REPO.parent / "shared" / "policy" / "paltalk-privacy-policy.txt"
FIXTURES = REPO / "tests" / "catalog" / "fixtures" / "policy"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["policy", "check", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of the example policy and its text, free to edit."""
    for name in ("valid.yaml", "text.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path / "valid.yaml"


def test_the_paltalk_policy_checks_clean() -> None:
    code, out, err = run(SAMPLE_POLICY, "--text", PALTALK_TEXT)
    assert (code, out) == (OK, "")
    assert err.splitlines() == [
        f"{SAMPLE_POLICY}: policy 'Paltalk': 17 categories, 23 purposes, 10 recipients, 13 declarations, 5 extensions",
        f"68 of 68 citations found in {PALTALK_TEXT}",
    ]


def test_the_text_entry_is_the_default(example: Path) -> None:
    code, out, err = run(example)
    assert (code, out) == (OK, "")
    assert err.splitlines() == [
        f"{example}: policy 'Example': 4 categories, 2 purposes, 2 recipients, 2 declarations, 2 extensions",
        f"12 of 12 citations found in {example.parent / 'text.txt'}",
    ]


def test_a_missing_citation_is_a_finding(example: Path) -> None:
    text = example.parent / "text.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("User nickname", "User name"))
    code, out, err = run(example)
    assert (code, out) == (FINDINGS, "")
    assert err.splitlines()[1:] == [
        f"{example}:17: category 'nickname': citation not found in the policy text: "
        '"User nickname"; closest passage: "User name,"',
        f"11 of 12 citations found in {text}",
    ]


def test_an_invalid_policy_reports_every_problem(example: Path) -> None:
    """References are checked once the entries themselves are valid, so 'ad_partner' waits."""
    policy = example.read_text(encoding="utf-8")
    policy = policy.replace("[ad_partners]", "[ad_partner]").replace("citation: Facebook", "source: Facebook")
    example.write_text(policy, encoding="utf-8")
    code, out, err = run(example)
    assert (code, out) == (USAGE_ERROR, "")
    assert err.splitlines() == [
        f"datamap: error: {example}:40: recipient 'facebook': missing required field 'citation'",
        f"datamap: error: {example}:43: recipient 'facebook': unknown field 'source'; "
        "expected one of: id, name, description, kind, class, covers, kinds, citation",
    ]


def test_a_dangling_reference_is_a_usage_error(example: Path) -> None:
    example.write_text(example.read_text(encoding="utf-8").replace("[ad_partners]", "[ad_partner]"))
    code, _, err = run(example)
    assert code == USAGE_ERROR
    assert err == (
        f"datamap: error: {example}:56: declaration 'ads_device': unknown recipient "
        "'ad_partner'; did you mean 'ad_partners'?\n"
    )


def test_yaml_syntax_error(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\nname: [Example\n", encoding="utf-8")
    code, _, err = run(policy)
    assert code == USAGE_ERROR
    assert err == (
        f"datamap: error: {policy}:3: YAML syntax error: while parsing a flow sequence "
        "(line 2): expected ',' or ']', but got '<stream end>'\n"
    )


def test_no_text_to_check_against() -> None:
    code, _, err = run(SAMPLE_POLICY)
    assert code == USAGE_ERROR
    assert err == (
        f"datamap: error: {SAMPLE_POLICY}: no policy text to check the citations against: "
        "pass --text or set 'text' in the policy\n"
    )


def test_unreadable_text(tmp_path: Path) -> None:
    code, _, err = run(SAMPLE_POLICY, "--text", tmp_path / "missing.txt")
    assert code == USAGE_ERROR
    assert err == f"datamap: error: {tmp_path / 'missing.txt'}: cannot read policy text: No such file or directory\n"


def test_text_that_is_not_utf8(tmp_path: Path) -> None:
    text = tmp_path / "policy.txt"
    text.write_bytes(b"Caf\xe9")
    code, _, err = run(SAMPLE_POLICY, "--text", text)
    assert code == USAGE_ERROR
    assert err == f"datamap: error: {text}: policy text is not UTF-8 (byte 3)\n"


def test_missing_policy_file(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "policy.yaml")
    assert code == USAGE_ERROR
    assert err == f"datamap: error: {tmp_path / 'policy.yaml'}: cannot read policy file: No such file or directory\n"


def test_missing_argument_is_a_usage_error() -> None:
    code, _, err = run()
    assert code == USAGE_ERROR
    assert "Missing argument 'POLICY.yaml'" in err


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["policy", "check", "--help"])
    assert result.exit_code == OK
    assert "Example:\n    datamap policy check sample_schemas/policy.yaml --text privacy-policy.txt" in result.stdout
