"""``datamap snapshots``: list the snapshots at a location (a folder or a URI)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from catalog.errors import DatamapError
from catalog.store import DEFAULT_LOCATION, SnapshotStore
from datamap.commands.common import handle_user_errors

location_argument = click.argument("location", required=False, default=DEFAULT_LOCATION)


def open_store(location: str) -> tuple[SnapshotStore, list[str]]:
    """The store at ``location`` and its snapshot ids; none at all is a DatamapError."""
    store = SnapshotStore.at(location)
    ids = store.ids()
    if not ids:
        raise DatamapError("no snapshots yet: run `datamap scan PATH --out LOCATION` first", location)
    return store, ids


def _row(store: SnapshotStore, snapshot_id: str) -> dict[str, Any]:
    meta = store.metadata(snapshot_id)
    stats = meta.get("stats") or {}
    return {"id": snapshot_id, "created_at": meta.get("created_at"), "git_commit": meta.get("git_commit"),
            "fields": stats.get("fields"), "personal_fields": stats.get("personal_fields"),
            "flows": stats.get("flows"), "findings": ((meta.get("tables") or {}).get("findings") or {}).get("rows"),
            "policy_sha256": meta.get("policy_sha256")}


@click.command()
@location_argument
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_user_errors
def snapshots(location: str, output_format: str) -> None:
    """List snapshots, oldest first: id, date, git commit and counts.

    LOCATION is a folder (default .datamap) or a URI such as s3://bucket/datamap.

    \b
    Examples:
      datamap snapshots
      datamap snapshots s3://privacy-team/datamap --format json
    """
    store, ids = open_store(location)
    rows = [_row(store, i) for i in ids]
    if output_format == "json":
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    header = f"{'id':<24} {'taken':<25} {'commit':<12} {'fields':>7} {'personal':>8} {'flows':>6} {'findings':>8}"
    click.echo(header)
    for row in rows:
        click.echo(f"{row['id']:<24} {row['created_at'] or '':<25} {(row['git_commit'] or '-')[:12]:<12} "
                   f"{_n(row['fields']):>7} {_n(row['personal_fields']):>8} {_n(row['flows']):>6} "
                   f"{_n(row['findings']):>8}")


def _n(value: object) -> str:
    return "-" if value is None else str(value)
