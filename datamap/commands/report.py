"""``datamap report``: the periodic audit report (HTML, PDF or Markdown) and records of processing."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from catalog.errors import DatamapError
from catalog.history import resolve
from catalog.report import ropa
from catalog.report.build import build_report
from catalog.report.render import FORMATS, render
from catalog.store import Snapshot, SnapshotStore
from datamap.commands.common import handle_user_errors
from datamap.commands.snapshots import location_argument, open_store


def _previous(store: SnapshotStore, ids: list[str], current: str, since: str | None,
              location: str) -> tuple[Snapshot | None, str]:
    """The snapshot to compare with, or None and why there is none."""
    if since is not None:
        chosen = resolve(ids, since, location)
        if chosen == current:
            return None, f"--since names the reported snapshot itself ({current}); nothing to compare with."
        return store.open(chosen), ""
    earlier = ids[: ids.index(current)]
    if not earlier:
        return None, f"This is the first snapshot at {location}; there is no earlier one to compare with."
    return store.open(earlier[-1]), ""


def _write(path: Path, payload: bytes) -> None:
    try:
        path.write_bytes(payload)
    except OSError as error:
        raise DatamapError(f"cannot write the report: {error.strerror}", str(path)) from None


@click.command()
@location_argument
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="html", show_default=True)
@click.option("--snapshot", "snapshot_ref", default="latest", show_default=True, help="the snapshot to report on")
@click.option("--since", help="compare with this snapshot (default: the one before the reported snapshot)")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="report file (default: stdout for html/markdown, audit-report-<id>.pdf for pdf)")
@click.option("--ropa-csv", type=click.Path(dir_okay=False, path_type=Path), help="write records of processing as CSV")
@click.option("--ropa-xlsx", type=click.Path(dir_okay=False, path_type=Path),
              help="write records of processing as XLSX")
@click.option("--no-ropa", is_flag=True, help="do not write records of processing alongside the report file")
@handle_user_errors
def report(location: str, output_format: str, snapshot_ref: str, since: str | None, output: Path | None,
           ropa_csv: Path | None, ropa_xlsx: Path | None, no_ropa: bool) -> None:
    """Write the audit report of a snapshot and what changed since the one before.

    With --output, records of processing (GDPR Art. 30) are written alongside as
    <name>-ropa.csv and <name>-ropa.xlsx unless --no-ropa. LOCATION is a folder
    (default .datamap) or a URI.

    \b
    Examples:
      datamap report --format pdf --output audit.pdf
      datamap report --format markdown --since 2026-01-01 > audit.md
      datamap report s3://privacy-team/datamap --format html -o audit.html --ropa-xlsx ropa.xlsx
    """
    store, ids = open_store(location)
    current = resolve(ids, snapshot_ref, location)
    previous, why = _previous(store, ids, current, since, location)
    built = build_report(store.open(current), previous, no_previous=why)
    payload = render(built, output_format)
    if output is None and output_format == "pdf":
        output = Path(f"audit-report-{current}.pdf")
    if output is None:
        sys.stdout.buffer.write(payload)
    else:
        _write(output, payload)
        click.echo(f"report written to {output}", err=True)
        if not no_ropa:
            ropa_csv = ropa_csv or output.with_name(f"{output.stem}-ropa.csv")
            ropa_xlsx = ropa_xlsx or output.with_name(f"{output.stem}-ropa.xlsx")
    if ropa_csv is not None:
        ropa.write_csv(built, ropa_csv)
        click.echo(f"records of processing written to {ropa_csv}", err=True)
    if ropa_xlsx is not None:
        ropa.write_xlsx(built, ropa_xlsx)
        click.echo(f"records of processing written to {ropa_xlsx}", err=True)
