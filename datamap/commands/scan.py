"""``datamap scan``: build the inventory of personal data."""

from __future__ import annotations

import click


@click.command()
@click.argument("paths", nargs=-1, required=True)
def scan(paths: tuple[str, ...]) -> None:
    """Scan schemas and classify every field."""
