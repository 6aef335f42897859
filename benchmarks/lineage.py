"""Lineage benchmark: precision and recall of personal-data flows and of SQL column edges.

Scans the sample estate with ``datamap scan <paths> --format json --no-snapshot`` and
scores what it reports against the labels in ``benchmarks/data``:

- flows (``lineage_flows.csv``): a labeled (category, recipient, sending call) is found
  when a reported flow has the same recipient, evidence in the same file within 3 lines,
  and among its categories the labeled key (strict) or a key with the same first two
  levels (lenient);
- SQL column edges (``lineage_edges.csv``): (source, target) pairs, kind-insensitive and
  kind-sensitive.

The ``public`` flow set is scored only when checkouts of its repositories are found
under ``--public-root`` (``<root>/<owner>/<repo>`` or ``<root>/<repo>``); otherwise it
is reported as labels-only. Also prints the scan speed (lines of code per second) and
the time to build the lineage graph in-process.

    python benchmarks/lineage.py [--paths sample_schemas] [--public-root DIR] [-v]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FLOWS_FILE = DATA / "lineage_flows.csv"
EDGES_FILE = DATA / "lineage_edges.csv"
LINE_TOLERANCE = 3
CODE_SUFFIXES = {".py", ".sql", ".yml", ".yaml", ".toml", ".json", ".ini", ".cfg"}
SKIPPED_DIRS = {".git", "__pycache__", "node_modules", ".venv", "venv", "target", "dbt_packages", ".datamap"}


@dataclass(frozen=True)
class FlowUnit:
    """One category of one flow at one sending call (labels and predictions alike)."""

    category: str
    recipient: str
    path: str  # absolute, resolved
    line: int | None


@dataclass(frozen=True)
class Score:
    found: int
    labeled: int
    correct: int
    predicted: int

    @property
    def recall(self) -> float:
        return self.found / self.labeled if self.labeled else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    def line(self, name: str) -> str:
        return (f"  {name:<28} recall {self.recall:.3f} ({self.found}/{self.labeled})   "
                f"precision {self.precision:.3f} ({self.correct}/{self.predicted})")


# -- labels ---------------------------------------------------------------------------


def read_flow_labels(base: Path, rows: Iterable[dict[str, str]]) -> list[FlowUnit]:
    return [FlowUnit(r["category"], r["recipient"], str((base / r["path"]).resolve()), int(r["line"]))
            for r in rows]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# -- predictions ----------------------------------------------------------------------


def _get(mapping: Any, *keys: str) -> Any:
    """``mapping[k1][k2]…`` or None when any level is missing or not a mapping."""
    for key in keys:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(key)
    return mapping


def _resolve(path: str | None, cwd: Path) -> str | None:
    if not path:
        return None
    candidate = Path(path)
    return str((candidate if candidate.is_absolute() else cwd / candidate).resolve())


def predicted_flows(payload: dict[str, Any], cwd: Path) -> list[FlowUnit]:
    units: set[FlowUnit] = set()
    for flow in payload.get("flows") or []:
        if not isinstance(flow, dict):
            continue
        recipient = flow.get("recipient")
        recipient_id = _get(flow, "recipient", "id") if isinstance(recipient, dict) else recipient
        path = _resolve(_get(flow, "evidence", "path"), cwd)
        line = _get(flow, "evidence", "line")
        categories = flow.get("categories") or []
        if isinstance(categories, str):
            categories = [categories]
        for category in categories:
            units.add(FlowUnit(str(category), str(recipient_id), path or "", line if isinstance(line, int) else None))
    return sorted(units, key=lambda u: (u.path, u.line or 0, u.recipient, u.category))


def node_id(end: Any) -> str | None:
    """The node id of an edge end: a string id, or {table, column} (optionally dataset) for a field."""
    if isinstance(end, str):
        return end.lower() if end.startswith("field:") else end
    if not isinstance(end, dict):
        return None
    if isinstance(end.get("id"), str):
        return node_id(end["id"])
    table, column = end.get("table"), end.get("column") or end.get("name")
    if not table or not column:
        return None
    dataset = end.get("dataset")
    qualified = f"{dataset}.{table}" if dataset and not str(table).lower().startswith(f"{dataset}.".lower()) else table
    return f"field:{qualified}.{column}".lower()


def predicted_edges(payload: dict[str, Any]) -> set[tuple[str, str, str]]:
    """Field-to-field edges whose evidence is a SQL file (or unknown)."""
    edges: set[tuple[str, str, str]] = set()
    for edge in payload.get("edges") or []:
        if not isinstance(edge, dict):
            continue
        source, target = node_id(edge.get("source")), node_id(edge.get("target"))
        if not (source and target and source.startswith("field:") and target.startswith("field:")):
            continue
        path = _get(edge, "evidence", "path")
        if path and not str(path).lower().endswith(".sql"):
            continue
        edges.add((source, target, str(edge.get("kind") or "")))
    return edges


# -- matching -------------------------------------------------------------------------


def same_category(labeled: str, predicted: str, lenient: bool) -> bool:
    if labeled == predicted:
        return True
    return lenient and labeled.split(".")[:2] == predicted.split(".")[:2]


def matches(label: FlowUnit, guess: FlowUnit, lenient: bool) -> bool:
    return (label.recipient == guess.recipient and label.path == guess.path
            and label.line is not None and guess.line is not None
            and abs(label.line - guess.line) <= LINE_TOLERANCE
            and same_category(label.category, guess.category, lenient))


def score_flows(labels: Sequence[FlowUnit], guesses: Sequence[FlowUnit], lenient: bool) -> Score:
    found = sum(any(matches(label, guess, lenient) for guess in guesses) for label in labels)
    correct = sum(any(matches(label, guess, lenient) for label in labels) for guess in guesses)
    return Score(found, len(labels), correct, len(guesses))


def score_edges(labels: set[tuple[str, str, str]], guesses: set[tuple[str, str, str]], kind: bool) -> Score:
    def key(edge: tuple[str, str, str]) -> tuple[str, ...]:
        return edge if kind else edge[:2]

    labeled, predicted = {key(e) for e in labels}, {key(e) for e in guesses}
    hits = labeled & predicted
    return Score(len(hits), len(labeled), len(hits), len(predicted))


# -- running the scan -----------------------------------------------------------------


def datamap_command() -> list[str]:
    """``datamap`` from the running interpreter's environment, else ``python -m datamap``."""
    script = Path(sys.executable).with_name("datamap")
    return [str(script)] if script.exists() else [sys.executable, "-m", "datamap"]


def run_scan(paths: Sequence[Path]) -> tuple[dict[str, Any], float, str]:
    """The JSON payload of ``datamap scan``, the wall time, and a problem description ('' when fine)."""
    command = [*datamap_command(), "scan", *map(str, paths), "--format", "json", "--no-snapshot"]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    try:
        payload = json.loads(done.stdout)
    except json.JSONDecodeError:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {}, seconds, f"datamap scan exited {done.returncode}: {tail}"
    return (payload if isinstance(payload, dict) else {}), seconds, ""


def count_lines(paths: Sequence[Path]) -> tuple[int, int]:
    """(files, lines) of code, SQL and config under the paths, as a scan would read them."""
    files = lines = 0
    for top in paths:
        candidates = [top] if top.is_file() else _walk(top)
        for path in candidates:
            if path.suffix.lower() in CODE_SUFFIXES or path.name.startswith(".env"):
                files += 1
                with path.open("rb") as handle:
                    lines += sum(1 for _ in handle)
    return files, lines


def _walk(folder: Path) -> Iterable[Path]:
    for current, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        yield from (Path(current) / name for name in sorted(names))


def time_graph_build(paths: Sequence[Path]) -> tuple[float | None, float | None, str]:
    """(read+classify seconds, graph build seconds, problem) measured in-process."""
    sys.path.insert(0, str(ROOT))
    try:
        from catalog.lineage import LineageGraph
        from scanner.classify.classifier import Classifier
        from scanner.classify.knowledge import load_knowledge
        from scanner.options import ReadOptions
        from scanner.pipeline import scan

        start = time.perf_counter()
        outcome = scan([str(p) for p in paths], ReadOptions(), Classifier(load_knowledge()))
        read_seconds = time.perf_counter() - start
        start = time.perf_counter()
        LineageGraph.build(outcome.fields, outcome.classifications, outcome.nodes, outcome.edges)
        return read_seconds, time.perf_counter() - start, ""
    except Exception as error:  # report, never crash the benchmark
        return None, None, f"{type(error).__name__}: {error}"


# -- report ---------------------------------------------------------------------------


def find_checkouts(root: Path | None, repos: Iterable[str]) -> dict[str, Path]:
    if root is None:
        return {}
    found = {}
    for repo in repos:
        for candidate in (root / repo, root / repo.split("/", 1)[1]):
            if candidate.is_dir():
                found[repo] = candidate
                break
    return found


def report_flows(name: str, labels: Sequence[FlowUnit], guesses: Sequence[FlowUnit], verbose: bool) -> None:
    print(f"flows ({name}): {len(labels)} labeled, {len(guesses)} reported (category, recipient, call) units")
    print(score_flows(labels, guesses, lenient=False).line("strict category"))
    print(score_flows(labels, guesses, lenient=True).line("lenient (two levels)"))
    if verbose:
        for label in labels:
            if not any(matches(label, g, lenient=True) for g in guesses):
                print(f"    missed   {label.category} -> {label.recipient}  {_short(label.path)}:{label.line}")
        for guess in guesses:
            if not any(matches(label, guess, lenient=True) for label in labels):
                print(f"    extra    {guess.category} -> {guess.recipient}  {_short(guess.path)}:{guess.line}")


def _short(path: str) -> str:
    try:
        return str(Path(path).relative_to(ROOT))
    except ValueError:
        return path


def score_public(rows: list[dict[str, str]], public_root: Path | None, verbose: bool) -> None:
    repos = sorted({"/".join(r["path"].split("/")[:2]) for r in rows})
    checkouts = find_checkouts(public_root, repos)
    if not checkouts:
        where = f"under {public_root}" if public_root else "(no --public-root given)"
        print(f"flows (public): {len(rows)} labels from {len(repos)} repositories; labels-only, skipped: "
              f"no checkout of them {where}")
        return
    missing = [r for r in repos if r not in checkouts]
    if missing:
        print(f"flows (public): no checkout of {', '.join(missing)}; their labels are left out")
    labels, guesses = [], []
    for repo, folder in checkouts.items():
        repo_rows = [{**r, "path": r["path"].split("/", 2)[2]} for r in rows if r["path"].startswith(repo + "/")]
        labels += read_flow_labels(folder, repo_rows)
        payload, _, problem = run_scan([folder])
        if problem:
            print(f"  {repo}: {problem}")
        guesses += predicted_flows(payload, ROOT)
    report_flows("public", labels, guesses, verbose)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", nargs="+", default=["sample_schemas"], help="what to scan (default: sample_schemas)")
    parser.add_argument("--public-root", type=Path, default=os.environ.get("DATAMAP_PUBLIC_CHECKOUTS"),
                        help="folder holding checkouts of the public set's repositories")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and unexpected flows and edges")
    args = parser.parse_args()
    paths = [(ROOT / p).resolve() for p in args.paths]

    flow_rows, edge_rows = read_csv(FLOWS_FILE), read_csv(EDGES_FILE)
    payload, scan_seconds, problem = run_scan(paths)
    if problem:
        print(f"warning: {problem}; scoring an empty result")
    print(f"datamap scan {' '.join(args.paths)}: {len(payload.get('fields') or [])} fields, "
          f"{len(payload.get('edges') or [])} edges, {len(payload.get('flows') or [])} flows, "
          f"{len(payload.get('errors') or [])} errors")

    labels = read_flow_labels(ROOT, [r for r in flow_rows if r["set"] == "sample"])
    report_flows("sample", labels, predicted_flows(payload, ROOT), args.verbose)

    edge_labels = {(r["source"], r["target"], r["kind"]) for r in edge_rows if r["set"] == "sample"}
    edge_guesses = predicted_edges(payload)
    print(f"SQL column edges (sample): {len(edge_labels)} labeled, {len(edge_guesses)} reported")
    print(score_edges(edge_labels, edge_guesses, kind=False).line("source -> target"))
    print(score_edges(edge_labels, edge_guesses, kind=True).line("source -> target, kind"))
    if args.verbose:
        pairs = {e[:2] for e in edge_guesses}
        for source, target, kind in sorted(edge_labels):
            if (source, target) not in pairs:
                print(f"    missed   {source} -> {target} ({kind})")
        labeled_pairs = {e[:2] for e in edge_labels}
        for source, target, kind in sorted(edge_guesses):
            if (source, target) not in labeled_pairs:
                print(f"    extra    {source} -> {target} ({kind})")

    score_public([r for r in flow_rows if r["set"] == "public"], args.public_root, args.verbose)

    files, lines = count_lines(paths)
    rate = lines / scan_seconds if scan_seconds else 0.0
    print(f"speed: {lines} lines in {files} files; datamap scan (process, start-up included) "
          f"{scan_seconds:.2f} s = {rate:,.0f} lines/s")
    read_seconds, graph_seconds, problem = time_graph_build(paths)
    if problem or read_seconds is None or graph_seconds is None:
        print(f"  in-process timing unavailable: {problem}")
    else:
        print(f"  in-process: read and classify {read_seconds:.2f} s ({lines / read_seconds:,.0f} lines/s), "
              f"lineage graph build {graph_seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()
