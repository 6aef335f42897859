"""Classifier accuracy on the labeled column sets in ``benchmarks/data/*_columns.csv``.

Prints, for each set and for all together: precision, recall and F1 of
personal-vs-not, and the share of personal fields whose category is right
(exact key, and at the first two levels such as ``user.contact``).

    python benchmarks/classification.py [--errors N] [--set dev]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalog.model import Field, ForeignKey  # noqa: E402
from scanner.classify.classifier import Classifier  # noqa: E402
from scanner.classify.knowledge import load_knowledge  # noqa: E402

DATA = ROOT / "benchmarks" / "data"


@dataclass(frozen=True)
class Labeled:
    field: Field
    label: str | None
    app: str


# The hold-outs not yet scored after a tuning round: skipped unless named (and never trained on).
UNSEEN = ("holdout75",)


def reference(text: str, tables: set[str]) -> ForeignKey | None:
    """The foreign key a labeled row records: ``table``, ``schema.table`` or ``table.column``. A dotted
    reference whose whole text is no table of the application but whose part before the last dot is
    one names that table's column (``users.id``); otherwise the whole text names the table."""
    text = text.strip()
    if not text:
        return None
    table, _, column = text.rpartition(".")
    if text not in tables and table in tables:
        return ForeignKey(table, column)
    return ForeignKey(text)


def load_set(path: Path) -> list[Labeled]:
    with path.open(newline="", encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    tables: dict[str, set[str]] = {}
    for row in records:
        tables.setdefault(row["app"], set()).add(row["table"])
    rows: list[Labeled] = []
    for row in records:
        dataset, _, name = row["table"].rpartition(".")
        rows.append(Labeled(
            Field(source=row["app"], dataset=dataset or None, table=name, name=row["column"],
                  type=row["type"] or None, comment=row["comment"] or None,
                  primary_key=row["pk"] == "1",
                  references=reference(row["references"], tables[row["app"]])),
            row["label"].strip() or None, row["app"]))
    return rows


def level(key: str | None, n: int) -> str | None:
    return ".".join(key.split(".")[:n]) if key else None


def score(pairs: list[tuple[str | None, str | None]]) -> dict[str, float]:
    tp = sum(1 for p, t in pairs if p and t)
    fp = sum(1 for p, t in pairs if p and not t)
    fn = sum(1 for p, t in pairs if not p and t)
    personal = [(p, t) for p, t in pairs if t]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(1 for p, t in personal if p == t) / len(personal) if personal else 0.0
    two = sum(1 for p, t in personal if level(p, 2) == level(t, 2)) / len(personal) if personal else 0.0
    return {"columns": len(pairs), "personal": len(personal), "precision": precision,
            "recall": recall, "f1": f1, "exact": exact, "level2": two}


def evaluate(rows: list[Labeled], classifier: Classifier) -> list[tuple[Labeled, str | None, str]]:
    """Each app classified on its own, as a scan of that one application would see it (no
    context such as person tables or the kind of application leaks between apps)."""
    by_app: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        by_app.setdefault(row.app, []).append(index)
    found: dict[int, tuple[str | None, str]] = {}
    for indexes in by_app.values():
        results = classifier.classify_fields([rows[i].field for i in indexes])
        found.update((i, (c.category, c.explanation)) for i, c in zip(indexes, results, strict=True))
    return [(r, *found[i]) for i, r in enumerate(rows)]


def tuning_sets(chosen: list[str] | None) -> list[Path]:
    """The labeled sets to score: the chosen ones, or every set but the hold-outs not yet scored
    (``UNSEEN``), which are only ever scored by naming them. A chosen name that is no set names its
    parts (``holdout35``: ``holdout35a``, ``holdout35b``, ``holdout35c``)."""
    paths = sorted(DATA.glob("*_columns.csv"))
    names = {p.stem.removesuffix("_columns"): p for p in paths}
    if chosen:
        return [names[n] for choice in chosen for n in names
                if n == choice or (choice not in names and _is_part(n, choice))]
    return [p for n, p in names.items() if not n.startswith(UNSEEN)]


def chosen_sets(named: list[str] | None, unseen: bool) -> list[Path]:
    """``tuning_sets`` of the sets named on the command line (``--set``), with every unseen hold-out
    when ``unseen`` (``--unseen``); all the tuning sets when neither is given."""
    return tuning_sets([*(named or []), *(UNSEEN if unseen else ())] or None)


def _is_part(name: str, whole: str) -> bool:
    """Whether set ``name`` is a part of ``whole``: its name and one letter (``holdout35a``)."""
    return len(name) == len(whole) + 1 and name.startswith(whole) and name[-1].isalpha()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many mistakes per set")
    parser.add_argument("--set", action="append",
                        help=f"only these sets, or all parts of one (default: all but {', '.join(UNSEEN)})")
    parser.add_argument("--unseen", action="store_true", help=f"the unseen hold-outs: {', '.join(UNSEEN)}")
    parser.add_argument("--app", help="only this app")
    parser.add_argument("--rules", action="store_true",
                        help="the rules alone, without the learned model (which is trained on the tuning pool)")
    args = parser.parse_args()
    classifier = Classifier(load_knowledge(), learned=not args.rules)
    everything: list[tuple[str | None, str | None]] = []
    print(f"{'set':<10}{'columns':>8}{'personal':>9}{'prec':>7}{'recall':>7}{'F1':>7}{'exact':>7}{'lvl2':>7}")
    for path in chosen_sets(args.set, args.unseen):
        name = path.stem.removesuffix("_columns")
        rows = load_set(path)
        if args.app:
            rows = [r for r in rows if r.app == args.app]
        results = evaluate(rows, classifier)
        pairs = [(p, r.label) for r, p, _ in results]
        everything.extend(pairs)
        s = score(pairs)
        print(f"{name:<10}{s['columns']:>8}{s['personal']:>9}{s['precision']:>7.3f}{s['recall']:>7.3f}"
              f"{s['f1']:>7.3f}{s['exact']:>7.3f}{s['level2']:>7.3f}")
        if args.errors:
            mistakes = [(r, p, e) for r, p, e in results if p != r.label]
            kinds = Counter((r.label, p) for r, p, _ in mistakes)
            for (label, predicted), count in kinds.most_common(args.errors):
                print(f"    {count:>3}x  want {label}  got {predicted}")
            for r, p, e in mistakes[: args.errors]:
                f = r.field
                print(f"  {r.app}:{f.qualified_table}.{f.name} [{f.type}] want={r.label} got={p}  ({e})")
    s = score(everything)
    print(f"{'all':<10}{s['columns']:>8}{s['personal']:>9}{s['precision']:>7.3f}{s['recall']:>7.3f}"
          f"{s['f1']:>7.3f}{s['exact']:>7.3f}{s['level2']:>7.3f}")


if __name__ == "__main__":
    main()
