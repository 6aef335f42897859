"""The ``datamap`` command line. Commands live in ``datamap.commands``; this only wires them.

A command's module is imported only when that command runs (or help lists them all): ``datamap check`` in a
pre-commit hook does not load the dashboard, Parquet or the Fides exporter.
"""

from __future__ import annotations

import importlib

import click

from datamap import __version__

#: command name -> the module under ``datamap.commands`` that defines it (under the same name)
COMMANDS = {"scan": "scan", "policy": "policy", "trace": "trace", "check": "check", "baseline": "baseline",
            "dashboard": "dashboard", "snapshots": "snapshots", "diff": "diff", "report": "report", "fides": "fides"}


class LazyGroup(click.Group):
    """A group whose commands are imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        command = getattr(importlib.import_module(f"datamap.commands.{module}"), cmd_name)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="datamap")
def main() -> None:
    """datamap: find where personal data lives and where it goes.

    \b
    Example:
      datamap scan sample_schemas/ --policy sample_schemas/policy.yaml
    """
