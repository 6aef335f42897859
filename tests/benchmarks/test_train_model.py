"""Joining networks of different seeds into the one model the classifier runs."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.train_model import Network, join
from scanner.classify.learned import forward


def _network(rng: np.random.Generator, inputs: int, hidden: int, classes: list[str]) -> Network:
    return Network(classes, [(rng.normal(size=(inputs, hidden)), rng.normal(size=hidden)),
                             (rng.normal(size=(hidden, len(classes))), rng.normal(size=len(classes)))])


def _logits(network: Network, rows: np.ndarray) -> np.ndarray:
    (w0, b0), (w1, b1) = network.layers
    return np.maximum(rows @ w0 + b0, 0.0) @ w1 + b1


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), members=st.integers(1, 4), hidden=st.integers(1, 6))
def test_a_joined_network_gives_the_softmax_of_its_members_mean_output(seed: int, members: int, hidden: int) -> None:
    rng = np.random.default_rng(seed)
    classes = ["none", "user.contact.email", "user.name"]
    parts = [_network(rng, 5, hidden, classes) for _ in range(members)]
    rows = rng.normal(size=(7, 5))
    mean = np.mean([_logits(p, rows) for p in parts], axis=0)
    expected = np.exp(mean - mean.max(axis=1, keepdims=True))
    expected /= expected.sum(axis=1, keepdims=True)
    joined = join(parts)
    assert joined.layers[0][0].shape == (5, hidden * members)
    np.testing.assert_allclose(forward(joined.layers, rows), expected, rtol=1e-9, atol=1e-12)


def test_networks_of_different_classes_are_not_joined() -> None:
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="same classes"):
        join([_network(rng, 3, 2, ["none", "user.name"]), _network(rng, 3, 2, ["none", "user.contact.email"])])
