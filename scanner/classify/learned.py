"""A model learned from the labeled schemas, for the columns the rules leave open.

The rules come first. Where no rule reads a column's name, or only the table kind's default speaks
for it, this model gives its reading instead. It reads what a person reading the schema reads: the
meaning of the column's words, of its last word, of the table's words and of the column's comment (each
word a vector from ``word_vectors.npz``, so a word no rule lists still lands near the words it means:
``surname`` near name, ``telephone`` near phone; a Chinese comment is read in English through the
glossary first), the type family, whether the column is a primary or a declared
foreign key, the kind the table reader gave the table, and the share of the table's other columns the
rules read as personal by their names. Those two are all it reads of the rules' conclusions; a change
to the name rules moves the share a little, so the model is retrained with them. Reading the rules'
category too, and letting the model decide every column, measured worse (5-fold cross-validation by
application, 216,152 columns; F1 / exact): rules then model as here 0.837 / 0.723; the rules' category
as an input, model as here 0.836 / 0.718, model for every column 0.832 / 0.700. Reading the words of
the columns declared just before and after it, as a sixth block, gained nothing (0.837 / 0.724).

The weights (``learned.npz``) are a one-hidden-layer network written by ``benchmarks/train_model.py``
from the tuning sets (several networks of different seeds joined side by side, their outputs averaged);
the word vectors by ``benchmarks/word_vectors.py``. Inference is two matrix products in numpy over the
columns of a scan at once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from io import BytesIO

import numpy as np

VECTORS = "scanner/classify/data/word_vectors.npz"
WEIGHTS = "scanner/classify/data/learned.npz"
# The class the model gives a column that is not personal data.
NONE = "none"
# A column is read as not personal only when the model gives NONE at least this probability; below it,
# the most probable category wins (or, under ``PERSONAL_AT``, the rules' reading stands). Measured by
# ``benchmarks/train_model.py --cv 5 --sweep`` on 101 sets (one network, overruling at 0.9; P / R / F1 /
# exact): 0.7 0.861 / 0.850 / 0.856 / 0.741, 0.8 0.860 / 0.854 / 0.857 / 0.744, 0.9 0.859 / 0.859 / 0.859 /
# 0.748; and on holdout46-47 and holdout48-49 before they joined the pool (F1 / exact): 0.8 0.800 / 0.691
# and 0.752 / 0.634, 0.9 0.801 / 0.692 and 0.752 / 0.636. Measured again with ``--sweep`` (one network; F1 / exact):
# on 185 sets (seed 11), none and overruling at 0.9 0.837 / 0.722, at 0.95 and 0.8 0.838 / 0.725; on 188
# sets (seed 23, another split of the applications), overruling at 0.8: none at 0.9 0.836 / 0.721, at 0.95
# 0.836 / 0.722, and none and overruling at 0.9 0.835 / 0.719.
NONE_AT = 0.95
# A personal reading the model gives with less probability than this is no reading: the rules' reading
# of the column stands. Measured by a 5-fold cross-validation by application (one network, none at 0.6):
# F1 0.875 -> 0.876, precision 0.873 -> 0.883, exact 0.764 -> 0.763; a guess of one class in three is no
# evidence to show a user (a credit package's ``credits`` read as a card's at 0.34). Measured again with
# ``--sweep`` on 185 sets (239,717 columns, one network, none and overruling at 0.9; F1 / exact): 0.4
# 0.837 / 0.722, 0.5 0.837 / 0.718, 0.6 0.836 / 0.714.
PERSONAL_AT = 0.4
# A rule's reading of part of a column's name (``worker_id`` by its ``id`` alone) gives way to the
# model's when the model gives another personal category at least this probability; a rule's phrase
# that covers the whole name, a declared key, a pin, a comment or sampled values never give way.
# Measured on four hold-outs the packaged model had not seen (holdout38-41, 16,841 columns; F1 / exact):
# never 0.805 / 0.672; 0.8 0.808 / 0.685, 0.9 0.809 / 0.684, 0.95 0.809 / 0.682. Overruling whole-name
# readings too gained 0.001 / 0.004 more but undid the rules' knowledge of names (``orders.state``
# as a state of an address at 0.95); overruling personal readings with not personal gains precision
# but loses as much recall and the exact category. On 188 sets (seed 23, none at 0.95; F1 / exact):
# 0.8 0.836 / 0.722, 0.9 0.835 / 0.721, 0.95 0.835 / 0.719, never 0.834 / 0.716 (see ``NONE_AT`` for seed 11).
OVERRULE_AT = 0.8
# How many words of a column's comment the model reads: the first ones name what the column holds; the
# rest of a long comment lists its values or how it is used.
COMMENT_WORDS = 12
# The word blocks of a model's input, each the mean vector of some words: the column's words, its last
# word, the table's words, the words of all the table's columns, the comment's words.
BLOCKS = 5
# How finely the model reads the share of a table's other columns that the rules read as personal by
# their names: in fifths. Where the rules read most of a table's columns as a person's (a player's
# match statistics, a client's intake record), the columns no rule names are more often theirs too.
# Measured by a 5-fold cross-validation by application (one network, 194,533 columns; P / R / F1 /
# exact): without it 0.834 / 0.836 / 0.835 / 0.722, with it 0.834 / 0.842 / 0.838 / 0.724; on another
# split of the applications, with the share read as a number, F1 0.835 -> 0.837, exact 0.722 -> 0.724.
SHARE_PARTS = 5
# Rows of the hidden layer computed at once (a few megabytes: they stay in the processor's cache).
_SLICE = 2048


@dataclass(frozen=True)
class Column:
    """What the model reads of a column."""

    words: tuple[str, ...]
    table_words: tuple[str, ...]
    family: str | None
    primary_key: bool
    foreign_key: bool
    table_kind: str
    # The distinct words of all the table's column names: what the table holds as a whole.
    table_columns: tuple[str, ...] = ()
    # The words of the column's comment (its first ``COMMENT_WORDS``), read in English.
    comment: tuple[str, ...] = ()
    # Of the table's other columns the rules read by their names, the share they read as personal, in
    # parts of ``SHARE_PARTS`` (0: under a fifth; 4: four fifths or more); None when they read none.
    table_share: int | None = None

    def flags(self) -> tuple[str, ...]:
        """The column's named features besides its words."""
        return (f"family={self.family}", f"pk={self.primary_key}", f"fk={self.foreign_key}",
                f"kind={self.table_kind}", f"share={self.table_share}")


@dataclass(frozen=True)
class Prediction:
    """The model's key for a column (None: not personal) and its probability."""

    category: str | None
    probability: float


class WordVectors:
    """Unit vectors of word meaning, by word; a column's words average to one vector."""

    def __init__(self, words: Sequence[str], vectors: np.ndarray) -> None:
        self.index = {w: i for i, w in enumerate(words)}
        self.vectors = vectors.astype(np.float32)
        self.dims = int(vectors.shape[1])
        self.mean = lru_cache(maxsize=1 << 16)(self._mean)

    def _mean(self, words: tuple[str, ...]) -> np.ndarray:
        """The mean vector of the known ones of ``words`` (zeros when none is known); cached."""
        rows = [self.index[w] for w in words if w in self.index]
        return self.vectors[rows].mean(axis=0) if rows else np.zeros(self.dims, np.float32)

    def known(self, words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w for w in words if w in self.index)


class LearnedModel:
    """The network and the word vectors it reads."""

    def __init__(self, vectors: WordVectors, features: Sequence[str], classes: Sequence[str],
                 layers: Sequence[tuple[np.ndarray, np.ndarray]], header: dict[str, object]) -> None:
        self.vectors = vectors
        self.features = {f: i for i, f in enumerate(features)}
        self.classes = tuple(classes)
        self.layers = [(w.astype(np.float32), b.astype(np.float32)) for w, b in layers]
        self.header = header

    def encode(self, columns: Sequence[Column]) -> np.ndarray:
        """The input rows: the mean vector of the column's words, of its last word, of the table's
        words, of the words of all the table's columns, of its comment's words, then one 0/1 place per
        named feature."""
        dims = self.vectors.dims
        rows = np.zeros((len(columns), BLOCKS * dims + len(self.features)), np.float32)
        for i, column in enumerate(columns):
            blocks = (column.words, column.words[-1:], column.table_words, column.table_columns, column.comment)
            for b, words in enumerate(blocks):
                rows[i, b * dims:(b + 1) * dims] = self.vectors.mean(words)
            for flag in column.flags():
                place = self.features.get(flag)
                if place is not None:
                    rows[i, BLOCKS * dims + place] = 1.0
        return rows

    def probabilities(self, columns: Sequence[Column]) -> np.ndarray:
        """One row per column: the probability of each of ``classes``. The hidden layer is summed from
        its parts and finished a slice of rows at a time, so its values stay small enough to stay in cache."""
        parts, rows = self._first_layer(columns)
        found = np.empty((len(columns), len(self.classes)), np.float32)
        hidden = np.empty((min(len(columns), _SLICE), parts[0].shape[1]), np.float32)
        for start in range(0, len(columns), _SLICE):
            at = rows[start:start + _SLICE]
            values = hidden[:len(at)]
            np.take(parts[0], at[:, 0], axis=0, out=values)
            for part, column in zip(parts[1:], at.T[1:], strict=True):
                values += part[column]
            found[start:start + len(at)] = _finish(values, self.layers[1:])
        return found

    def _first_layer(self, columns: Sequence[Column]) -> tuple[list[np.ndarray], np.ndarray]:
        """``encode(columns)`` times the first layer's weights, plus its bias, by parts: the part of a
        column's words (and last word), of its table (the table's words and its columns'), of its named
        features and of its comment is multiplied once for each distinct value, not once per column, as
        the columns of a table share its part and the columns of a schema share their words. Returns
        the parts and, per column, its row in each part; a column's value is the sum of its rows."""
        weights, bias = self.layers[0]
        dims = self.vectors.dims

        def block(i: int, words: Sequence[tuple[str, ...]]) -> np.ndarray:
            means = np.array([self.vectors.mean(w) for w in words], np.float32).reshape(-1, dims)
            return means @ weights[i * dims:(i + 1) * dims]

        by_words: dict[tuple[str, ...], int] = {}
        by_table: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
        by_comment: dict[tuple[str, ...], int] = {}
        # Columns of the same type family, key flags, table kind and share share their named features.
        by_flags: dict[tuple[str | None, bool, bool, str, int | None], int] = {}
        holders: list[Column] = []
        rows = np.empty((len(columns), 4), np.intp)
        for i, c in enumerate(columns):
            kind = (c.family, c.primary_key, c.foreign_key, c.table_kind, c.table_share)
            if kind not in by_flags:
                by_flags[kind] = len(holders)
                holders.append(c)
            rows[i] = (by_words.setdefault(c.words, len(by_words)),
                       by_table.setdefault((c.table_words, c.table_columns), len(by_table)), by_flags[kind],
                       by_comment.setdefault(c.comment, len(by_comment)))
        words = block(0, list(by_words)) + block(1, [w[-1:] for w in by_words]) + bias
        tables = block(2, [t for t, _ in by_table]) + block(3, [c for _, c in by_table])
        comments = block(4, list(by_comment))
        flags = np.zeros((len(holders), weights.shape[1]), np.float32)
        for row, holder in enumerate(holders):
            places = [BLOCKS * dims + p for f in holder.flags() if (p := self.features.get(f)) is not None]
            flags[row] = weights[places].sum(axis=0)
        return [words, tables, flags, comments], rows

    def predict(self, columns: Sequence[Column]) -> list[Prediction]:
        """Each column's reading (see ``decide``); columns read alike are computed once."""
        unique = list(dict.fromkeys(columns))
        if not unique:
            return []
        by_column = dict(zip(unique, decide(self.probabilities(unique), self.classes), strict=True))
        return [by_column[column] for column in columns]


def forward(layers: Sequence[tuple[np.ndarray, np.ndarray]], inputs: np.ndarray) -> np.ndarray:
    """The network's class probabilities for each row of ``inputs``: ReLU hidden layers, softmax out."""
    weights, bias = layers[0]
    return _finish(inputs @ weights + bias, layers[1:])


def _finish(values: np.ndarray, rest: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """From the first layer's output on: ReLU then each further layer, softmax at the end."""
    for weights, bias in rest:
        values = np.maximum(values, 0.0) @ weights + bias
    values = values - values.max(axis=1, keepdims=True)
    np.exp(values, out=values)
    return values / values.sum(axis=1, keepdims=True)


def decide(probabilities: np.ndarray, classes: Sequence[str], none_at: float = NONE_AT) -> list[Prediction]:
    """Per row of class probabilities: not personal when ``NONE`` has at least ``none_at`` (or is the only
    class), else the most probable category, with its probability."""
    if NONE not in classes:
        best = probabilities.argmax(axis=1)
        return [Prediction(classes[b], float(p)) for b, p in zip(best, probabilities[np.arange(len(best)), best],
                                                                   strict=True)]
    none = list(classes).index(NONE)
    personal = probabilities.copy()
    personal[:, none] = -np.inf
    best = personal.argmax(axis=1)
    chance = probabilities[np.arange(len(best)), best]
    is_none = (probabilities[:, none] >= none_at) | (len(classes) == 1)
    labels = [None if n else classes[b] for n, b in zip(is_none.tolist(), best.tolist(), strict=True)]
    values = np.where(is_none, probabilities[:, none], chance).tolist()
    return [Prediction(label, value) for label, value in zip(labels, values, strict=True)]


def _npz(path: str) -> dict[str, np.ndarray]:
    package, _, name = path.removeprefix("scanner/classify/").rpartition("/")
    data = resources.files("scanner.classify").joinpath(package, name).read_bytes()
    with np.load(BytesIO(data), allow_pickle=False) as archive:
        return {key: archive[key] for key in archive.files}


@lru_cache(maxsize=1)
def packaged_vectors() -> WordVectors | None:
    """The packaged word vectors, or None when their file is not installed."""
    try:
        vectors = _npz(VECTORS)
    except FileNotFoundError:
        return None
    return WordVectors([str(w) for w in vectors["words"]], vectors["vectors"])


@lru_cache(maxsize=1)
def packaged_model() -> LearnedModel | None:
    """The packaged model, or None when its files are not installed."""
    vectors = packaged_vectors()
    try:
        weights = _npz(WEIGHTS)
    except FileNotFoundError:
        return None
    if vectors is None:
        return None
    count = int(weights["layer_count"])
    layers = [(weights[f"w{i}"], weights[f"b{i}"]) for i in range(count)]
    return LearnedModel(vectors, [str(f) for f in weights["features"]], [str(c) for c in weights["classes"]], layers,
                        json.loads(str(weights["header"])))


def explain(column: Column, prediction: Prediction, vectors: WordVectors) -> str:
    """One line: what the model read and what it concluded."""
    words = " ".join(vectors.known(column.words)) or "none it knows"
    table = " ".join(vectors.known(column.table_words)) or "none it knows"
    comment = " ".join(vectors.known(column.comment))
    label = prediction.category or "not personal data"
    kind = column.table_kind.replace("_", " ")
    said = f" with comment words '{comment}'" if comment else ""
    return (f"a model learned from labeled schemas reads column words '{words}'{said} in a {kind} table "
            f"('{table}') as {label} ({prediction.probability:.2f})")
