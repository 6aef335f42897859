"""``datamap check``: the CI gate. New findings at or above the threshold fail the build."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from catalog.baseline import Baseline
from catalog.config import SEVERITIES
from catalog.errors import DatamapError
from catalog.suppressions import Outcome
from datamap import __version__
from datamap.check_cache import CheckCache, Rendered, report_key
from datamap.ci import CheckReport, Project, TreeCheck, build_report, check_tree, load_project, read_baseline, shown
from datamap.commands.common import handle_user_errors, stderr_console
from datamap.diff import check_diff
from datamap.exit_codes import FINDINGS, OK
from datamap.formats import check_json, check_text, markdown_format, sarif_format
from scanner.cache.keys import file_digest
from scanner.collector import no_gc

F = TypeVar("F", bound=Callable[..., Any])

FORMATS: dict[str, Callable[[CheckReport], str]] = {
    "text": check_text.render, "json": check_json.render, "sarif": sarif_format.render,
    "markdown": markdown_format.render,
}
#: the formats whose report shows the scan's counts; the others' kept report is reused when only counts changed
SHOWS_COUNTS = frozenset({"json"})


def project_options(func: F) -> F:
    """PATHS and the options that override the project's config; they arrive as one ``project``."""

    @click.argument("paths", nargs=-1)
    @click.option("--policy", "policy_path", type=click.Path(dir_okay=False), help="policy.yaml (config: policy)")
    @click.option("--dialect", help="SQL dialect to try first (config: dialect)")
    @click.option("--overrides", "overrides_path", type=click.Path(dir_okay=False),
                  help="reviewed category pins (config: overrides)")
    @click.option("--knowledge", "knowledge_files", multiple=True, type=click.Path(dir_okay=False),
                  help="extra classifier knowledge file, repeatable (config: knowledge)")
    @click.option("--recipients", "recipient_files", multiple=True, type=click.Path(dir_okay=False),
                  help="extra recipients file, repeatable (config: recipients)")
    @click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
                  help="baseline file (config: baseline; default .datamap-baseline.json)")
    @click.option("--rules-only", is_flag=True, help="classify by the rules alone, without the learned model "
                  "(config: rules_only)")
    @click.option("--no-color", is_flag=True, help="plain status output (also when NO_COLOR is set)")
    @functools.wraps(func)
    def wrapper(paths: tuple[str, ...], policy_path: str | None, dialect: str | None, overrides_path: str | None,
                knowledge_files: tuple[str, ...], recipient_files: tuple[str, ...], baseline_path: str | None,
                rules_only: bool, **kwargs: Any) -> Any:
        project = load_project(paths, policy=policy_path, dialect=dialect, overrides=overrides_path,
                               knowledge=knowledge_files, baseline=baseline_path, fail_on=kwargs.pop("fail_on", None),
                               recipients=recipient_files, rules_only=rules_only)
        return func(project=project, baseline_given=baseline_path is not None, **kwargs)

    return handle_user_errors(wrapper)  # type: ignore[return-value]


@click.command()
@project_options
@click.option("--diff", "diff_ref", metavar="REF", help="report only what changed since the git ref REF")
@click.option("--format", "output_format", type=click.Choice(list(FORMATS)), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(SEVERITIES), help="lowest severity that fails (config: fail_on; "
              "default warning)")
@click.option("--output", "output_path", type=click.Path(dir_okay=False), help="write the report here, not stdout")
@click.option("-v", "--verbose", is_flag=True, help="also list warnings about inputs (and, on stderr, what the "
              "cache reused)")
@click.option("--no-cache", is_flag=True, help="read every file afresh; do not use or update .datamap/cache/")
@handle_user_errors
def check(project: Project, baseline_given: bool, diff_ref: str | None, output_format: str,
          output_path: str | None, verbose: bool, no_color: bool, no_cache: bool) -> None:
    """Check for new findings; exit 0 clean, 1 findings at or above the threshold, 2 usage error.

    \b
    Examples:
      datamap check
      datamap check db/ app/ --policy policy.yaml --fail-on error
      datamap check --diff origin/main --format sarif --output datamap.sarif
      datamap check --format markdown > comment.md
    """
    with no_gc():  # a batch of long-lived records and few cycles: collections would only rescan them
        code = _check(project, baseline_given, diff_ref, output_format, output_path, verbose, no_color, no_cache)
    sys.exit(code)  # the check's records are freed by now: the collector, on again, finds little to scan


def _check(project: Project, baseline_given: bool, diff_ref: str | None, output_format: str,
           output_path: str | None, verbose: bool, no_color: bool, no_cache: bool) -> int:
    status = stderr_console(no_color)
    if not no_cache:
        project = replace(project, request=replace(project.request, cache_dir=str(cache_folder(project.root))))
    if output_path:
        _refuse_overwrite(Path(output_path), project)
    baseline = read_baseline(project, baseline_given)
    today = date.today()
    if diff_ref:
        tree, outcome = check_diff(project, diff_ref, today, status)
        rendered = _render(project, tree, outcome, baseline, diff_ref, output_format, verbose)
    else:
        tree, rendered = _kept_or_rendered(project, status, baseline, today, output_format, verbose)
    if verbose and tree.cache_counts:
        status.print(cache_summary(tree.cache_counts), highlight=False, markup=False, soft_wrap=True)
    if output_path:
        Path(output_path).write_text(rendered.payload, encoding="utf-8")
    else:
        sys.stdout.write(rendered.payload)
    if output_path or output_format != "text":
        status.print(rendered.summary, highlight=False, markup=False, soft_wrap=True)
    return FINDINGS if rendered.failing else OK


def _render(project: Project, tree: TreeCheck, outcome: Outcome, baseline: Baseline | None, diff_ref: str | None,
            output_format: str, verbose: bool) -> Rendered:
    report = build_report(project, tree, outcome, baseline, __version__, diff_ref)
    render = functools.partial(check_text.render, verbose=verbose) if output_format == "text" else \
        FORMATS[output_format]
    return Rendered(render(report), check_text.summary(report), bool(report.failing))


def _kept_or_rendered(project: Project, status: Console, baseline: Baseline | None, today: date,
                      output_format: str, verbose: bool) -> tuple[TreeCheck, Rendered]:
    """The check of the project's tree and its report: from the cache when the findings are kept there and
    nothing else the report shows has changed (suppression comments, baseline, date, format, and the counts
    in a format that shows them);
    else rendered from the findings (read from the cache, or found afresh when they are gone) and kept."""
    tree = check_tree(project, project.root, status, reuse=True)
    folder = project.request.cache_dir
    if tree.kept is None or folder is None:
        return tree, _render(project, tree, tree.settle(today), baseline, None, output_format, verbose)
    cache = CheckCache(Path(folder))
    settings = {"format": output_format, "verbose": verbose, "fail_on": project.config.fail_on,
                "root": str(project.root), "version": __version__, "today": today.isoformat(),
                "policy": shown(project.request.policy, project.root),
                "baseline": None if baseline is None else [shown(project.baseline, project.root),
                                                           file_digest(project.baseline)]}
    shows_counts = output_format in SHOWS_COUNTS  # else a line added to a module renders the same report
    key = report_key(tree.kept, tree.stats if shows_counts else {}, tree.suppressions, settings)
    rendered = cache.get_rendered(key)
    if rendered is None:
        loaded = tree.loaded()
        while loaded is None:  # the kept findings are gone or corrupt (and dropped): check again
            loaded = check_tree(project, project.root, status, reuse=True).loaded()
        rendered = _render(project, loaded, loaded.settle(today), baseline, None, output_format, verbose)
        if loaded.kept is not None:
            cache.put_rendered(report_key(loaded.kept, loaded.stats if shows_counts else {}, loaded.suppressions,
                                          settings), rendered)
        tree = loaded
    return tree, rendered


def cache_folder(root: Path) -> Path:
    """Where ``check`` keeps its content-hash cache: ``.datamap/cache/`` at the project root."""
    return root / ".datamap" / "cache"


def cache_summary(counts: dict[str, int]) -> str:
    """One line on what the cache saved: files read afresh and reused, classifications (of every source, or
    of those whose fields changed) or whole findings reused."""
    read, reused = counts.get("files_read", 0), counts.get("files_reused", 0)
    sources_run, sources_reused = counts.get("classify_sources_run", 0), counts.get("classify_sources_reused", 0)
    if counts.get("parts"):
        classified = f"; classifications of {sources_run} of {sources_run + sources_reused} sources computed" \
            if sources_run else ""
        return f"cache: {read} files read, {reused} reused; findings of {counts.get('parts_reused', 0)} of " \
               f"{counts['parts']} parts of the estate reused{classified}"
    if counts.get("lines_moved"):
        return f"cache: {read} files read, {reused} reused; findings reused (lines moved)"
    if counts.get("outputs_unchanged"):
        return f"cache: {read} files read, {reused} reused; findings reused (what was read is unchanged)"
    if counts.get("findings_reused"):
        return f"cache: {read} files read, {reused} reused; findings reused (no input changed)"
    if counts.get("classify_reused") or (sources_reused and not sources_run):
        classified = "classifications reused"
    elif sources_reused:
        classified = f"classifications of {sources_run} of {sources_run + sources_reused} sources computed"
    else:
        classified = "classifications computed"
    return f"cache: {read} files read, {reused} reused; {classified}"


def _refuse_overwrite(output: Path, project: Project) -> None:
    """The report never replaces the baseline, the config or the policy."""
    protected = [project.baseline, project.config.source, project.request.policy]
    for path in protected:
        if path is not None and output.resolve() == Path(path).resolve():
            raise DatamapError(f"--output would overwrite {path}; choose another file", str(output))
