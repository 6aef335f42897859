"""``check --diff REF``: scan REF (in a temporary worktree) and the working tree with the same config.

Reported: findings whose fingerprint REF did not have, new and reclassified
personal fields, and new or widened flows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.console import Console

from catalog.changes import field_changes, flow_changes, new_findings
from catalog.errors import DatamapError
from catalog.gitdiff import repo_root, worktree
from catalog.model import Finding
from catalog.suppressions import Outcome
from datamap.ci import Excluder, Project, TreeCheck, check_tree
from scanner.registry import is_url


def check_diff(project: Project, ref: str, today: date,
               status: Console | None = None) -> tuple[TreeCheck, Outcome]:
    """The working tree's check, and its findings reduced to what changed since ``ref``."""
    if repo_root(project.root) != project.root:
        raise DatamapError(f"--diff needs a git repository; {project.root} is not in one")
    outside = [p for p in project.request.paths if not is_url(p) and Path(p).is_absolute()]
    if outside:
        raise DatamapError(f"--diff compares files of the repository {project.root}; {outside[0]} is outside it")
    with worktree(project.root, ref) as base_tree:
        before = check_tree(project, base_tree, status, missing_ok=True)
    after = check_tree(project, project.root, status)
    outcome = after.settle(today, _changes(project, before, after))
    outcome.findings = new_findings(before.settle(today).findings, outcome.findings)
    return after, outcome


def _changes(project: Project, before: TreeCheck, after: TreeCheck) -> list[Finding]:
    if after.run is None:
        return []
    records = before.run.inventory.records if before.run else []
    flows = before.run.flows if before.run else []
    changes = field_changes(records, after.run.inventory.records) + flow_changes(flows, after.run.flows,
                                                                                 after.run.graph)
    excluded = Excluder(project.config.exclude)
    return [finding for finding in changes if not excluded.evidence(finding)]
