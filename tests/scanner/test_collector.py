"""Pausing the cyclic garbage collector around bulk work, and running it again afterwards."""

from __future__ import annotations

import gc

import pytest

from catalog.model import Field
from scanner.classify.classifier import Classifier
from scanner.classify.knowledge import load_knowledge
from scanner.collector import no_gc


def test_the_collector_is_paused_inside_and_runs_again_after() -> None:
    assert gc.isenabled()
    with no_gc():
        assert not gc.isenabled()
        with no_gc():  # nested bulk work: the inner block leaves it paused for the outer one
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_runs_again_when_the_work_fails() -> None:
    with pytest.raises(ValueError), no_gc():
        raise ValueError("a bad file")
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused() -> None:
    gc.disable()
    try:
        with no_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_classifying_leaves_the_collector_running() -> None:
    classifier = Classifier(load_knowledge(), learned=False)
    found = classifier.classify_fields([Field("schema.sql", None, "users", "email", "text")])
    assert found[0].category == "user.contact.email"
    assert gc.isenabled()
