"""``datamap fides``: export the inventory as a Fides dataset, import Fides annotations as category pins."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from catalog.fides import export_datasets, overrides_from, overrides_yaml, read_datasets, to_yaml
from catalog.history import resolve
from catalog.policy import load_policy
from datamap.commands.common import handle_user_errors
from datamap.commands.snapshots import location_argument, open_store


@click.group()
def fides() -> None:
    """Exchange the inventory with Fides (fideslang datasets).

    \b
    Examples:
      datamap fides export --output dataset.yml
      datamap fides import dataset.yml --output overrides.yaml
    """


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, "utf-8")
    click.echo(f"written to {output}", err=True)


@fides.command("export")
@location_argument
@click.option("--snapshot", "snapshot_ref", default="latest", show_default=True, help="the snapshot to export")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="file (default: stdout)")
@handle_user_errors
def export(location: str, snapshot_ref: str, output: Path | None) -> None:
    """Write the inventory of a snapshot as Fides dataset YAML (data_categories on every field).

    \b
    Example:
      datamap fides export .datamap --output dataset.yml
    """
    store, ids = open_store(location)
    snapshot = store.open(resolve(ids, snapshot_ref, location))
    _emit(to_yaml(export_datasets(snapshot)), output)


@fides.command("import")
@click.argument("dataset_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="file (default: stdout)")
@click.option("--reviewed-by", help="who reviewed the annotations (default: fides:<file name>)")
@click.option("--policy", "policy_path", type=click.Path(dir_okay=False),
              help="policy.yaml whose taxonomy extensions are known categories too")
@handle_user_errors
def import_(dataset_file: Path, output: Path | None, reviewed_by: str | None, policy_path: str | None) -> None:
    """Turn the field annotations of a Fides dataset file into datamap category pins (overrides YAML).

    \b
    Example:
      datamap fides import fides/dataset.yml --policy policy.yaml --output overrides.yaml
      datamap scan db/ --policy policy.yaml --overrides overrides.yaml
    """
    extensions = frozenset(e.key for e in load_policy(policy_path).extensions) if policy_path else frozenset()
    entries = overrides_from(read_datasets(dataset_file), dataset_file.name, reviewed_by, extensions)
    _emit(overrides_yaml(entries), output)
    click.echo(f"{len(entries)} pins from {dataset_file}", err=True)
