"""Train the learned model (``scanner/classify/data/learned.npz``) on the tuning sets.

Each labeled column of the tuning sets (never the unseen hold-outs) is read as the classifier reads
it for the model (``Classifier.model_columns``: words, last word, table words, the table's column
words and the comment's first words as word vectors; type family, key flags, table kind), and
networks with one hidden layer, each from its own seed, learn its label ("none" for not personal);
they are joined into one network that averages them. Needs scikit-learn, only here; the classifier
runs the weights with numpy alone.

With ``--cv K`` it writes nothing and measures instead: the applications are split into K groups,
and each group is classified by the rules plus a network trained without it, so the figures are
those of applications the model never saw (the pool's own figures with the packaged model are not).

    python benchmarks/train_model.py
    python benchmarks/train_model.py --cv 5 [--sweep]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.classification import load_set, score, tuning_sets  # noqa: E402
from scanner.classify import learned  # noqa: E402
from scanner.classify.classifier import Classifier  # noqa: E402
from scanner.classify.knowledge import load_knowledge  # noqa: E402
from scanner.classify.learned import (  # noqa: E402
    NONE,
    NONE_AT,
    OVERRULE_AT,
    PERSONAL_AT,
    Column,
    LearnedModel,
    decide,
    forward,
)

HIDDEN = 256
# The weight penalty. Measured by a 5-fold cross-validation by application (seed 11, one network, 216,152
# columns; P / R / F1 / exact): 1e-3 0.834 / 0.841 / 0.837 / 0.723, 1e-2 0.836 / 0.837 / 0.836 / 0.723;
# weighting each column by one over the square root of its application's size, so that large schemas
# count less, 0.833 / 0.841 / 0.837 / 0.724.
ALPHA = 1e-3
# Networks trained from different seeds and joined into the one model: their average varies less with
# the seed than any one of them.
MEMBERS = 3


class Pool(NamedTuple):
    """Every tuning column: the model's reading, its label, its application, the rules' own category,
    whether the rules left it open to the model and whether the model may overrule their reading."""

    columns: list[Column]
    labels: list[str]
    apps: list[str]
    ruled: list[str | None]
    open: list[bool]
    overrulable: list[bool]
    sets: list[str]
    names: list[str]


def labeled_columns(classifier: Classifier) -> Pool:
    """The tuning sets read app by app, as a scan of each app alone would read them."""
    pool = Pool([], [], [], [], [], [], [], [])
    for path in tuning_sets(None):
        name = path.stem.removesuffix("_columns")
        pool.sets.append(name)
        by_app = defaultdict(list)
        for row in load_set(path):
            by_app[row.app].append(row)
        for app, rows in by_app.items():
            fields = [r.field for r in rows]
            pool.columns.extend(classifier.model_columns(fields))
            found_list = classifier.classify_fields(fields)
            for row, found, (open_, overrulable) in zip(rows, found_list, classifier.model_may_read(fields, found_list),
                                                        strict=True):
                pool.labels.append(row.label or NONE)
                pool.apps.append(f"{name}/{app}")
                pool.ruled.append(found.category)
                pool.open.append(open_)
                pool.overrulable.append(overrulable)
                pool.names.append(f"{row.field.qualified_table}.{row.field.name}")
    return pool


class Network(NamedTuple):
    """A trained network: its classes and its layers (weights, bias), first to last."""

    classes: list[str]
    layers: list[tuple[np.ndarray, np.ndarray]]

    def probabilities(self, inputs: np.ndarray) -> np.ndarray:
        return forward(self.layers, inputs)


def train(inputs: np.ndarray, labels: np.ndarray, seed: int, members: int = 1) -> Network:
    """``members`` networks, each from its own seed, joined into one: their hidden layers side by side
    and their outputs averaged (before the softmax), so the classifier runs them as one network."""
    from sklearn.neural_network import MLPClassifier

    fitted = [MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=ALPHA, early_stopping=True, max_iter=60,
                            random_state=seed + i).fit(inputs, labels) for i in range(members)]
    return join([Network([str(c) for c in f.classes_], list(zip(f.coefs_, f.intercepts_, strict=True)))
                 for f in fitted])


def join(members: list[Network]) -> Network:
    """One network that gives the mean of the members' outputs (before the softmax): their hidden
    units side by side, each output weight divided by the number of members."""
    classes = members[0].classes
    if any(m.classes != classes or len(m.layers) != 2 for m in members):
        raise ValueError("only one-hidden-layer networks of the same classes can be joined")
    hidden = (np.hstack([m.layers[0][0] for m in members]), np.hstack([m.layers[0][1] for m in members]))
    output = (np.vstack([m.layers[1][0] for m in members]) / len(members),
              np.mean([m.layers[1][1] for m in members], axis=0))
    return Network(classes, [hidden, output])


def cross_validate(pool: Pool, inputs: np.ndarray, folds: int, seed: int, thresholds: list[float],
                   overrule: list[float], members: int, readings_csv: Path | None = None,
                   personal: tuple[float, ...] = (PERSONAL_AT,)) -> None:
    """Print the rules' figures and the rules-plus-model figures, each app scored by a model trained
    without its group of applications, for each threshold of the not-personal class, of overruling
    the rules (1.0: never) and of a personal reading of an open column (``personal``).
    ``readings_csv``: where to write every column's readings at the first thresholds, for a study of
    the mistakes."""
    labels = np.array(pool.labels)
    apps = sorted(set(pool.apps))
    group = {app: i % folds for i, app in enumerate(np.random.default_rng(seed).permutation(apps))}
    groups = np.array([group[a] for a in pool.apps])
    held_out: dict[int, np.ndarray] = {}
    classes = sorted(set(pool.labels))
    for k in range(folds):
        network = train(inputs[groups != k], labels[groups != k], seed, members)
        held = np.flatnonzero((groups == k) & np.array(pool.overrulable))
        found = np.zeros((len(held), len(classes)), np.float32)
        found[:, [classes.index(c) for c in network.classes]] = network.probabilities(inputs[held])
        held_out.update(zip(held.tolist(), found, strict=True))
    truth = [None if t == NONE else t for t in pool.labels]
    rows = sorted(held_out)
    print_figures("rules alone", pool.ruled, truth)
    for none_at in thresholds:
        readings = decide(np.array([held_out[i] for i in rows]), classes, none_at)
        for overrule_at, personal_at in itertools.product(overrule, personal):
            combined: list[str | None] = list(pool.ruled)
            for i, reading in zip(rows, readings, strict=True):
                if pool.open[i] and (reading.category is None or reading.probability >= personal_at):
                    combined[i] = reading.category
                elif not pool.open[i] and reading.category is not None and reading.probability >= overrule_at:
                    combined[i] = reading.category
            title = f"rules + model, {folds}-fold by app, none at {none_at}, overrule at {overrule_at}"
            print_figures(title + (f", personal at {personal_at}" if len(personal) > 1 else ""), combined, truth)
            if readings_csv is not None:
                write_readings(readings_csv, pool, combined)
                readings_csv = None


def write_readings(path: Path, pool: Pool, combined: list[str | None]) -> None:
    """Each column's application, name, label, the rules' reading, the combined reading and whether the
    rules left it open, as a CSV file."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["app", "column", "label", "rules", "combined", "open"])
        for i, name in enumerate(pool.names):
            label = "" if pool.labels[i] == NONE else pool.labels[i]
            out.writerow([pool.apps[i], name, label, pool.ruled[i] or "", combined[i] or "", int(pool.open[i])])


def print_figures(title: str, predicted: list[str | None], truth: list[str | None]) -> None:
    s = score(list(zip(predicted, truth, strict=True)))
    print(f"{title:<45} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  exact {s['exact']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / learned.WEIGHTS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--members", type=int, default=MEMBERS, help="networks joined into the model, one seed each")
    parser.add_argument("--cv", type=int, default=0, help="measure with this many groups of apps; write nothing")
    parser.add_argument("--sweep", action="store_true",
                        help=f"with --cv: figures for several thresholds of the not-personal class, of overruling "
                             f"and of an open column's personal reading, not only {NONE_AT}, {OVERRULE_AT} and "
                             f"{PERSONAL_AT}")
    parser.add_argument("--readings", type=Path, help="with --cv: write every column's readings to this CSV file")
    args = parser.parse_args()
    vectors = learned.packaged_vectors()
    if vectors is None:
        raise SystemExit(f"no {learned.VECTORS}: run benchmarks/word_vectors.py first")
    pool = labeled_columns(Classifier(load_knowledge(), learned=False))
    flags = sorted({flag for column in pool.columns for flag in column.flags()})
    inputs = LearnedModel(vectors, flags, [NONE], [], {}).encode(pool.columns)
    if args.cv:
        thresholds = [0.7, 0.8, NONE_AT, 0.95] if args.sweep else [NONE_AT]
        overrule = [0.8, OVERRULE_AT, 0.95, 1.0] if args.sweep else [OVERRULE_AT, 1.0]
        personal = tuple(sorted({0.4, 0.5, 0.6, PERSONAL_AT})) if args.sweep else (PERSONAL_AT,)
        cross_validate(pool, inputs, args.cv, args.seed, sorted(set(thresholds)), sorted(set(overrule)), args.members,
                       args.readings, personal)
        return
    network = train(inputs, np.array(pool.labels), args.seed, args.members)
    header = {"trained_on": pool.sets, "columns": len(pool.columns), "hidden": HIDDEN, "seed": args.seed,
              "members": args.members,
              "command": "python benchmarks/train_model.py"}
    layers = {f"w{i}": w.astype(np.float32) for i, (w, _) in enumerate(network.layers)}
    layers |= {f"b{i}": b.astype(np.float32) for i, (_, b) in enumerate(network.layers)}
    np.savez_compressed(args.out, features=np.array(flags), classes=np.array(network.classes),
                        layer_count=np.array(len(network.layers)), header=np.array(json.dumps(header)), **layers)
    print(f"{len(pool.columns):,} columns of {len(pool.sets)} sets, {len(network.classes)} classes, "
          f"{args.members} network(s) -> {args.out} "
          f"({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
