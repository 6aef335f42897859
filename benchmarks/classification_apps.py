"""Classifier accuracy per application, compared with a saved baseline.

A rule system cannot be re-fit without one application, but each change can be
judged by its effect on every application separately: a change that helps most
apps and hurts none is a general one; a change that helps one app and hurts
others is fitted to that one. This prints personal-vs-not F1 and exact-category
share per app (only aggregate figures, so the hold-out set may be included), and
the difference to a baseline saved earlier with ``--save``.

    python benchmarks/classification_apps.py --save /tmp/base.json   # before a change
    python benchmarks/classification_apps.py --compare /tmp/base.json  # after it
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.classification import UNSEEN, chosen_sets, evaluate, load_set, score  # noqa: E402
from scanner.classify.classifier import Classifier  # noqa: E402
from scanner.classify.knowledge import load_knowledge  # noqa: E402


def per_app(sets: list[Path], learned: bool = True) -> dict[str, dict[str, float]]:
    """``set/app`` -> F1 and exact share, for every app of the chosen sets."""
    classifier = Classifier(load_knowledge(), learned=learned)
    figures: dict[str, dict[str, float]] = {}
    for path in sets:
        name = path.stem.removesuffix("_columns")
        by_app: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
        for row, predicted, _ in evaluate(load_set(path), classifier):
            by_app[row.app].append((predicted, row.label))
        for app, pairs in sorted(by_app.items()):
            s = score(pairs)
            figures[f"{name}/{app}"] = {"f1": s["f1"], "exact": s["exact"], "columns": s["columns"]}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append",
                        help=f"only these sets, or all parts of one (default: all but {', '.join(UNSEEN)})")
    parser.add_argument("--unseen", action="store_true", help=f"the unseen hold-outs: {', '.join(UNSEEN)}")
    parser.add_argument("--rules", action="store_true",
                        help="the rules alone, without the learned model (which is trained on the tuning pool)")
    parser.add_argument("--save", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--compare", type=Path, help="print differences to this saved JSON file")
    args = parser.parse_args()
    figures = per_app(chosen_sets(args.set, args.unseen), learned=not args.rules)
    base = json.loads(args.compare.read_text()) if args.compare else {}
    better = worse = 0
    print(f"{'set/app':<24}{'cols':>6}{'F1':>7}{'exact':>7}{'dF1':>8}{'dexact':>8}")
    for key, f in figures.items():
        line = f"{key:<24}{int(f['columns']):>6}{f['f1']:>7.3f}{f['exact']:>7.3f}"
        if key in base:
            d1, d2 = f["f1"] - base[key]["f1"], f["exact"] - base[key]["exact"]
            line += f"{d1:>+8.3f}{d2:>+8.3f}"
            better += (d1 + d2) > 0.0005
            worse += (d1 + d2) < -0.0005
        print(line)
    if base:
        print(f"apps better: {better}, worse: {worse}")
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
