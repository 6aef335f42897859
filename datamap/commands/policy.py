"""``datamap policy``: validate policy-as-code files."""

from __future__ import annotations

import click


@click.group()
def policy() -> None:
    """Work with policy-as-code files (policy.yaml)."""
