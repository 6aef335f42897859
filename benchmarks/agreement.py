"""Agreement of two labelers on the same columns, beside the classifier's with each.

Each file of ``benchmarks/data/agreement/`` holds every column of some applications of
the labeled sets, labeled a second time from the rules of what counts as personal
data alone, without seeing the first labels (its README says which):
``second_labels.csv`` four applications of the tuning pool (OSEM, Cal.com,
InvoicePlane, Endeavour's patient records: 1,052 columns), and
``holdout23_second_labels.csv`` four of the ``holdout23`` hold-out (MallChat, box-im,
Elexis, Mavis: 859 columns). Prints, for each file, per application and for all:
the second labeling scored against the first (as ``classification.py`` scores the
classifier: precision, recall and F1 of personal-vs-not, and the exact key and its
first two levels among the personal fields), and the classifier scored against each
labeling. The gap between the two
tells how much of the classifier's distance from the labels is disagreement over
what the rules mean. The classifier's figures are tuned ones wherever the
applications are in the tuning pool.

    python benchmarks/agreement.py [--rules]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from classification import DATA, Labeled, evaluate, load_set, score  # noqa: E402

from scanner.classify.classifier import Classifier  # noqa: E402
from scanner.classify.knowledge import load_knowledge  # noqa: E402

SECOND_LABELINGS = sorted((DATA / "agreement").glob("*.csv"))


def first_labels(apps: set[str]) -> dict[tuple[str, str, str], Labeled]:
    """The labeled sets' rows of ``apps``, by application, table and column."""
    found: dict[tuple[str, str, str], Labeled] = {}
    for path in sorted(DATA.glob("*_columns.csv")):
        for row in load_set(path):
            if row.app in apps:
                found[(row.app, row.field.qualified_table, row.field.name)] = row
    return found


def line(name: str, figures: dict[str, float]) -> str:
    return (f"{name:<46}{figures['columns']:>6}{figures['personal']:>9}{figures['precision']:>7.3f}"
            f"{figures['recall']:>7.3f}{figures['f1']:>7.3f}{figures['exact']:>7.3f}{figures['level2']:>7.3f}")


def compare(path: Path, classifier: Classifier) -> None:
    """Print the agreement figures of the second labeling in ``path``."""
    second = load_set(path)
    apps = {row.app for row in second}
    first = first_labels(apps)
    missing = [row for row in second if (row.app, row.field.qualified_table, row.field.name) not in first]
    if missing:
        raise SystemExit(f"{len(missing)} columns of {path.name} are in no labeled set, e.g. {missing[0].field}")
    predicted = {id(row): category for row, category, _ in evaluate(second, classifier)}
    print(f"{path.name}")
    print(f"{'app / compared':<46}{'cols':>6}{'personal':>9}{'prec':>7}{'recall':>7}{'F1':>7}{'exact':>7}{'lvl2':>7}")
    for app in [*sorted(apps), None]:
        rows = [row for row in second if app is None or row.app == app]
        truth = [first[(row.app, row.field.qualified_table, row.field.name)].label for row in rows]
        machine = [predicted[id(row)] for row in rows]
        name = app or "all"
        print(line(f"{name}: second vs first labels", score(list(zip([r.label for r in rows], truth, strict=True)))))
        print(line(f"{name}: classifier vs first", score(list(zip(machine, truth, strict=True)))))
        print(line(f"{name}: classifier vs second", score(list(zip(machine, [r.label for r in rows], strict=True)))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", action="store_true", help="the rules alone, without the learned model")
    args = parser.parse_args()
    classifier = Classifier(load_knowledge(), learned=not args.rules)
    for path in SECOND_LABELINGS:
        compare(path, classifier)


if __name__ == "__main__":
    main()
