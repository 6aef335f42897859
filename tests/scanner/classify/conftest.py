"""Shared helpers for the classifier tests: a classifier over the packaged knowledge, by its rules
alone (``classifier``, what most tests here pin down) and with the learned model reading the columns
the rules leave open (``learned_classifier``, as scans run)."""

from __future__ import annotations

import pytest

from catalog.model import Classification, Field, ForeignKey
from catalog.taxonomy import category_keys
from scanner.classify.classifier import Classifier
from scanner.classify.knowledge import load_knowledge


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return Classifier(load_knowledge(categories=category_keys()), categories=category_keys(), learned=False)


@pytest.fixture(scope="session")
def learned_classifier() -> Classifier:
    return Classifier(load_knowledge(categories=category_keys()), categories=category_keys())


def field(table: str, name: str, type_: str | None = "text", *, pk: bool = False, ref: str | None = None,
          comment: str | None = None, annotation: str | None = None, source: str = "app") -> Field:
    """A field of ``table`` (``schema.table`` or ``table``)."""
    dataset, _, short = table.rpartition(".")
    return Field(source=source, dataset=dataset or None, table=short, name=name, type=type_, comment=comment,
                 primary_key=pk, references=ForeignKey(ref) if ref else None, annotation=annotation)


def classify(classifier: Classifier, *fields: Field) -> list[Classification]:
    return classifier.classify_fields(list(fields))


def category_of(classifier: Classifier, target: Field, *others: Field) -> str | None:
    """The category of ``target`` classified together with the other fields of its schema."""
    return classify(classifier, target, *others)[0].category
