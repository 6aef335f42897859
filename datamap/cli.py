"""The ``datamap`` command line. Commands live in ``datamap.commands``; this only wires them."""

from __future__ import annotations

import click

from datamap import __version__
from datamap.commands.baseline import baseline
from datamap.commands.check import check
from datamap.commands.dashboard import dashboard
from datamap.commands.diff import diff
from datamap.commands.fides import fides
from datamap.commands.policy import policy
from datamap.commands.report import report
from datamap.commands.scan import scan
from datamap.commands.snapshots import snapshots
from datamap.commands.trace import trace


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="datamap")
def main() -> None:
    """datamap: find where personal data lives and where it goes.

    \b
    Example:
      datamap scan sample_schemas/ --policy sample_schemas/policy.yaml
    """


main.add_command(scan)
main.add_command(policy)
main.add_command(trace)
main.add_command(check)
main.add_command(baseline)
main.add_command(dashboard)
main.add_command(snapshots)
main.add_command(diff)
main.add_command(report)
main.add_command(fides)
