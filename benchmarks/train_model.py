"""Train the learned model (``scanner/classify/data/learned.npz``) on the tuning sets.

Each labeled column of the tuning sets (never the unseen hold-outs) is read as the classifier reads
it for the model (``Classifier.model_columns``: words, last word and table words as word vectors,
type family, key flags, table kind), and a network with one hidden layer learns its label ("none" for
not personal). Needs scikit-learn, only here; the classifier runs the weights with numpy alone.

With ``--cv K`` it writes nothing and measures instead: the applications are split into K groups,
and each group is classified by the rules plus a network trained without it, so the figures are
those of applications the model never saw (the pool's own figures with the packaged model are not).

    python benchmarks/train_model.py
    python benchmarks/train_model.py --cv 5
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.classification import load_set, score, tuning_sets  # noqa: E402
from scanner.classify.classifier import Classifier  # noqa: E402
from scanner.classify.knowledge import load_knowledge  # noqa: E402
from scanner.classify.learned import NONE, VECTORS, WEIGHTS, Column, LearnedModel, packaged_vectors  # noqa: E402

HIDDEN = 256


class Pool(NamedTuple):
    """Every tuning column: the model's reading, its label, its application, and the rules' own
    category (None where the rules leave it open to the model)."""

    columns: list[Column]
    labels: list[str]
    apps: list[str]
    ruled: list[str | None]
    open: list[bool]
    sets: list[str]


def labeled_columns(classifier: Classifier) -> Pool:
    """The tuning sets read app by app, as a scan of each app alone would read them."""
    pool = Pool([], [], [], [], [], [])
    for path in tuning_sets(None):
        name = path.stem.removesuffix("_columns")
        pool.sets.append(name)
        by_app = defaultdict(list)
        for row in load_set(path):
            by_app[row.app].append(row)
        for app, rows in by_app.items():
            fields = [r.field for r in rows]
            pool.columns.extend(classifier.model_columns(fields))
            for row, found in zip(rows, classifier.classify_fields(fields), strict=True):
                pool.labels.append(row.label or NONE)
                pool.apps.append(f"{name}/{app}")
                pool.ruled.append(found.category)
                pool.open.append(Classifier.left_open(found))
    return pool


def train(inputs: np.ndarray, labels: np.ndarray, seed: int) -> Any:
    from sklearn.neural_network import MLPClassifier

    network = MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=1e-3, early_stopping=True, max_iter=60,
                            random_state=seed)
    return network.fit(inputs, labels)


def cross_validate(pool: Pool, inputs: np.ndarray, folds: int, seed: int) -> None:
    """Print the rules' figures and the rules-plus-model figures, each app scored by a model trained
    without its group of applications."""
    labels = np.array(pool.labels)
    apps = sorted(set(pool.apps))
    group = {app: i % folds for i, app in enumerate(np.random.default_rng(seed).permutation(apps))}
    groups = np.array([group[a] for a in pool.apps])
    combined: list[str | None] = list(pool.ruled)
    for k in range(folds):
        network = train(inputs[groups != k], labels[groups != k], seed)
        held = np.flatnonzero((groups == k) & np.array(pool.open))
        for i, label in zip(held, network.predict(inputs[held]), strict=True):
            combined[i] = None if label == NONE else str(label)
    truth = [None if t == NONE else t for t in pool.labels]
    for title, predicted in (("rules alone", pool.ruled), (f"rules + model, {folds}-fold by app", combined)):
        s = score(list(zip(predicted, truth, strict=True)))
        print(f"{title:<30} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  exact {s['exact']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / WEIGHTS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cv", type=int, default=0, help="measure with this many groups of apps; write nothing")
    args = parser.parse_args()
    vectors = packaged_vectors()
    if vectors is None:
        raise SystemExit(f"no {VECTORS}: run benchmarks/word_vectors.py first")
    pool = labeled_columns(Classifier(load_knowledge(), learned=False))
    flags = sorted({flag for column in pool.columns for flag in column.flags()})
    inputs = LearnedModel(vectors, flags, [NONE], [], {}).encode(pool.columns)
    if args.cv:
        cross_validate(pool, inputs, args.cv, args.seed)
        return
    network = train(inputs, np.array(pool.labels), args.seed)
    header = {"trained_on": pool.sets, "columns": len(pool.columns), "hidden": HIDDEN, "seed": args.seed,
              "command": "python benchmarks/train_model.py"}
    layers = {f"w{i}": w.astype(np.float32) for i, w in enumerate(network.coefs_)}
    layers |= {f"b{i}": b.astype(np.float32) for i, b in enumerate(network.intercepts_)}
    np.savez_compressed(args.out, features=np.array(flags), classes=np.array([str(c) for c in network.classes_]),
                        layer_count=np.array(len(network.coefs_)), header=np.array(json.dumps(header)), **layers)
    print(f"{len(pool.columns):,} columns of {len(pool.sets)} sets, {len(network.classes_)} classes -> {args.out} "
          f"({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
