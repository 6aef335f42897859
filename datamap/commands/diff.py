"""``datamap diff``: what changed between two snapshots."""

from __future__ import annotations

import sys

import click

from catalog.history import diff as diff_snapshots
from catalog.history import resolve
from catalog.report.changes import RENDERERS
from datamap.commands.common import handle_user_errors
from datamap.commands.snapshots import location_argument, open_store


@click.command()
@click.argument("before")
@click.argument("after")
@location_argument
@click.option("--format", "output_format", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True)
@handle_user_errors
def diff(before: str, after: str, location: str, output_format: str) -> None:
    """Fields added, removed and reclassified, flows added and removed, findings new and resolved.

    BEFORE and AFTER are snapshot ids (or a unique start of one), dates (YYYY-MM-DD: the last
    snapshot taken by then), 'latest' or 'previous'. LOCATION is a folder (default .datamap) or a URI.

    \b
    Examples:
      datamap diff previous latest
      datamap diff 2026-01-01 latest --format markdown > changes.md
      datamap diff previous latest s3://privacy-team/datamap --format json
    """
    store, ids = open_store(location)
    first, second = resolve(ids, before, location), resolve(ids, after, location)
    changes = diff_snapshots(store.open(first), store.open(second))
    sys.stdout.write(RENDERERS[output_format](changes))
