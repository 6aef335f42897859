"""``datamap policy``: validate policy-as-code files."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from catalog.errors import DatamapError
from datamap.commands.common import handle_user_errors
from datamap.exit_codes import FINDINGS, OK, USAGE_ERROR


@click.group()
def policy() -> None:
    """Work with policy-as-code files (policy.yaml)."""


@policy.command("check")
@click.argument("policy_file", metavar="POLICY.yaml", type=click.Path(path_type=Path))
@click.option(
    "--text",
    "text_file",
    metavar="POLICY.txt",
    type=click.Path(path_type=Path),
    help="The policy text to check citations against (default: the policy's 'text' entry).",
)
@handle_user_errors
def check(policy_file: Path, text_file: Path | None) -> None:
    """Validate POLICY.yaml and find every citation in the policy text.

    Exit 0 when the policy is valid and every citation is found, 1 when a
    citation is not in the text, 2 for an invalid policy or an unreadable file.

    \b
    Example:
      datamap policy check sample_schemas/policy.yaml --text privacy-policy.txt
    """
    from catalog.citations import check_citations
    from catalog.policy import PolicyError, load_policy

    try:
        loaded = load_policy(policy_file)
    except PolicyError as error:
        for located in error.problems:
            click.echo(f"datamap: error: {located}", err=True)
        sys.exit(USAGE_ERROR)
    text_path = text_file or loaded.text_path
    if text_path is None:
        raise DatamapError(
            "no policy text to check the citations against: pass --text or set 'text' in the policy",
            str(policy_file),
        )
    missing = check_citations(loaded, _read_text(text_path))
    total = sum(1 for _ in loaded.citations())
    counts = ", ".join(_count(len(getattr(loaded, section)), noun) for section, noun in _SECTIONS.items())
    click.echo(f"{policy_file}: policy '{loaded.name}': {counts}", err=True)
    for problem in missing:
        click.echo(f"{policy_file}:{loaded.line_of(problem.loc)}: {problem.message}", err=True)
    click.echo(f"{total - len(missing)} of {total} citations found in {text_path}", err=True)
    sys.exit(FINDINGS if missing else OK)


_SECTIONS = {
    "categories": "category",
    "purposes": "purpose",
    "recipients": "recipient",
    "declarations": "declaration",
    "extensions": "extension",
}


def _count(number: int, noun: str) -> str:
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise DatamapError(f"policy text is not UTF-8 (byte {error.start})", str(path)) from None
    except OSError as error:
        raise DatamapError(f"cannot read policy text: {error.strerror or error}", str(path)) from None
