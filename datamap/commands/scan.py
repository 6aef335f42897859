"""``datamap scan``: build the inventory of personal data and its lineage."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console

from catalog.store import is_uri, write_snapshot
from datamap import __version__
from datamap.commands.common import handle_user_errors, scan_options, stderr_console
from datamap.formats import json_format, text_format
from datamap.run import ScanRequest, run_scan
from scanner.collector import no_gc


@click.command()
@scan_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=".datamap", show_default=True,
              help="folder or URI (s3://…, gs://…) for the snapshot (Parquet + metadata)")
@click.option("--no-snapshot", is_flag=True, help="do not write a snapshot (nor a cache)")
@click.option("--no-cache", is_flag=True, help="read every file afresh; do not use or update OUT/cache/")
@click.option("-v", "--verbose", is_flag=True, help="also list warnings")
@handle_user_errors
def scan(request: ScanRequest, output_format: str, out_dir: str, no_snapshot: bool, no_cache: bool, verbose: bool,
         no_color: bool) -> None:
    """Scan schemas, code, config, databases and data files; classify every field; trace flows.

    \b
    A local OUT folder also keeps a content-hash cache (OUT/cache/): a later scan
    reads again only the files that changed. --no-cache turns it off.

    \b
    Examples:
      datamap scan sample_schemas/ --policy sample_schemas/policy.yaml
      datamap scan db/migrations --dialect mysql --format json > inventory.json
      datamap scan sqlite:///app.db --sample 200
    """
    with no_gc():  # a batch of long-lived records and few cycles: collections would only rescan them
        _scan(request, output_format, out_dir, no_snapshot, no_cache, verbose, no_color)


def _scan(request: ScanRequest, output_format: str, out_dir: str, no_snapshot: bool, no_cache: bool, verbose: bool,
          no_color: bool) -> None:
    status = stderr_console(no_color)
    if not (no_snapshot or no_cache or is_uri(out_dir)):  # what was read is kept beside the snapshots
        request = replace(request, cache_dir=str(Path(out_dir) / "cache"))
    run = run_scan(request, status)
    if output_format == "json":
        sys.stdout.write(json_format.render(run))
    else:
        console = Console(no_color=no_color or None, highlight=False, width=None if sys.stdout.isatty() else 160)
        text_format.render(console, run, verbose)
    if not no_snapshot:
        meta = {"datamap_version": __version__, "inputs": list(request.paths),
                "policy_sha256": run.policy.sha256 if run.policy else None}
        policy = run.policy.model_dump(mode="json", by_alias=True) if run.policy else None
        folder = write_snapshot(out_dir, run.inventory, run.outcome.errors, run.stats, meta,
                                edges=run.outcome.edges, verdicts=run.verdicts, graph=run.graph, policy=policy)
        status.print(f"snapshot written to {folder}")
