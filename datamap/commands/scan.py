"""``datamap scan``: build the inventory of personal data."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from catalog import taxonomy
from catalog.inventory import build_inventory
from catalog.overrides import apply_overrides, load_overrides
from catalog.policy import Policy, load_policy
from catalog.store import write_snapshot
from datamap import __version__
from datamap.commands.common import handle_user_errors, stderr_console
from datamap.formats import json_format, text_format
from scanner.classify.classifier import Classifier, Extension
from scanner.classify.knowledge import load_knowledge
from scanner.options import ReadOptions
from scanner.pipeline import scan as run_scan
from scanner.sql.statements import check_dialect


def build_classifier(policy: Policy | None, knowledge_files: tuple[str, ...]) -> Classifier:
    extensions = [
        Extension(e.key, e.parent or "", tuple(tuple(w.split()) for w in e.match))
        for e in (policy.extensions if policy else ())
    ]
    categories = frozenset(taxonomy.category_keys() | {e.key for e in extensions})
    knowledge = load_knowledge([Path(p) for p in knowledge_files], categories)
    return Classifier(knowledge, extensions, categories)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--policy", "policy_path", type=click.Path(dir_okay=False), help="policy.yaml to hold the inventory against")
@click.option("--dialect", help="SQL dialect to try first (default: guessed per file, then fallbacks)")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=".datamap", show_default=True,
              help="folder for the snapshot (Parquet + metadata)")
@click.option("--no-snapshot", is_flag=True, help="do not write a snapshot")
@click.option("--overrides", "overrides_path", type=click.Path(dir_okay=False),
              help="reviewed category pins (YAML)")
@click.option("--knowledge", "knowledge_files", multiple=True, type=click.Path(dir_okay=False),
              help="extra classifier knowledge file (repeatable)")
@click.option("--sample", type=click.IntRange(min=1), help="sample at most N rows per table (databases, data files)")
@click.option("-v", "--verbose", is_flag=True, help="also list warnings")
@click.option("--no-color", is_flag=True, help="plain output (also when NO_COLOR is set)")
@handle_user_errors
def scan(paths: tuple[str, ...], policy_path: str | None, dialect: str | None, output_format: str, out_dir: str,
         no_snapshot: bool, overrides_path: str | None, knowledge_files: tuple[str, ...], sample: int | None,
         verbose: bool, no_color: bool) -> None:
    """Scan schemas, databases and data files, and classify every field.

    \b
    Examples:
      datamap scan sample_schemas/ --policy sample_schemas/policy.yaml
      datamap scan db/migrations --dialect mysql --format json > inventory.json
      datamap scan sqlite:///app.db --sample 200
    """
    policy = load_policy(policy_path) if policy_path else None
    classifier = build_classifier(policy, knowledge_files)
    options = ReadOptions(dialect=check_dialect(dialect) if dialect else None, sample=sample)
    status = stderr_console(no_color)
    outcome = _scan_with_progress(paths, options, classifier, status)
    classifications, pin_findings = outcome.classifications, []
    if overrides_path:
        overrides = load_overrides(overrides_path, classifier.categories)
        classifications, pin_findings = apply_overrides(outcome.fields, classifications, overrides, overrides_path)
    inventory = build_inventory(outcome.fields, classifications, policy)
    inventory.findings.extend(pin_findings)
    stats = {**outcome.stats, "fields": len(inventory.records), "personal_fields": len(inventory.personal)}
    if output_format == "json":
        sys.stdout.write(json_format.render(inventory, outcome.errors, stats))
    else:
        console = Console(no_color=no_color or None, highlight=False, width=None if sys.stdout.isatty() else 160)
        text_format.render(console, inventory, outcome.errors, stats, policy is not None, verbose)
    if not no_snapshot:
        meta = {"datamap_version": __version__, "inputs": list(paths),
                "policy_sha256": policy.sha256 if policy else None}
        folder = write_snapshot(Path(out_dir), inventory, outcome.errors, stats, meta)
        status.print(f"snapshot written to {folder}")


def _scan_with_progress(paths: tuple[str, ...], options: ReadOptions, classifier: Classifier, status: Console):  # type: ignore[no-untyped-def]
    if not status.is_terminal:
        return run_scan(paths, options, classifier)
    with Progress(console=status, transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def advance(done: int, total: int, current: str) -> None:
            progress.update(task, completed=done, total=total, description=f"reading {Path(current).name}")

        return run_scan(paths, options, classifier, advance)
