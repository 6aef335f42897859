"""``datamap baseline``: record today's findings so ``check`` reports only new ones."""

from __future__ import annotations

from datetime import date

import click

from catalog.baseline import build_baseline, changes, load_baseline, write_baseline
from catalog.errors import DatamapError
from datamap import __version__
from datamap.ci import Project, check_tree, shown
from datamap.commands.check import project_options
from datamap.commands.common import handle_user_errors, stderr_console
from scanner.collector import no_gc


@click.command()
@project_options
@click.option("--update", is_flag=True, help="update an existing baseline: keep triage, drop fixed findings")
@handle_user_errors
def baseline(project: Project, baseline_given: bool, update: bool, no_color: bool) -> None:
    """Write the baseline file of current findings (suppressed ones are left out).

    \b
    Examples:
      datamap baseline                      # create .datamap-baseline.json
      datamap baseline --update             # after fixing or triaging findings
      datamap baseline db/ --baseline ci/datamap-baseline.json
    """
    status = stderr_console(no_color)
    path = project.baseline
    previous = load_baseline(path) if path.exists() else None
    if previous is not None and not update:
        raise DatamapError("a baseline exists already; use --update to refresh it (triage is kept)", str(path))
    with no_gc():  # a batch of long-lived records and few cycles: collections would only rescan them
        tree = check_tree(project, project.root, status)
        findings = tree.settle(date.today()).findings
    policy_sha = tree.run.policy.sha256 if tree.run and tree.run.policy else None
    current = build_baseline(findings, __version__, policy_sha, previous)
    write_baseline(path, current)
    done = changes(previous, current)
    count = len(current.findings)
    status.print(f"baseline {shown(path, project.root)}: {count} finding{'' if count == 1 else 's'} "
                 f"({done.added} added, {done.kept} kept, {done.dropped} dropped as fixed)",
                 highlight=False, markup=False, soft_wrap=True)
