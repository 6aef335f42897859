"""What classifying a field reads of it, and what a classification holds of where the field was seen.

The classifier (``Classifier.classify_fields`` and the estate and table readers under it) reads a
field's source, dataset, table, name, type, comment, whether it is a primary key, the table its
declared key references (never the referenced column), its inline annotation, and its value profile
(by ``Field.key``, which holds no line). It reads the field's evidence only to say where an inline
annotation pinned it (``Classifier._pinned``). So two estates whose fields differ only in where they
were seen get the same classifications, but for that place in the explanation of each annotation
pin: ``classifier_input`` is what a cache of classifications is keyed by, ``at_evidence`` puts
the current place back into a classification made for another.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from catalog.model import Classification, Field

_PINNED = ": pinned by a datamap annotation"


def classifier_input(field: Field) -> list[Any]:
    """Everything the classifier reads of ``field`` (besides its value profile), as plain data."""
    ref = field.references
    return [field.source, field.dataset, field.table, field.name, field.type, field.comment, field.primary_key,
            None if ref is None else ref.table, field.annotation]


def at_evidence(found: Classification, field: Field) -> Classification | None:
    """``found`` (made for a field whose ``classifier_input`` is ``field``'s) as classifying ``field``
    gives it: an annotation pin names ``field``'s evidence. None when ``found`` is not what classifying
    such a field gives (a pin without its annotation's wording)."""
    if not (found.pinned and field.annotation):
        return found
    head = f"{found.category or 'not personal data'}{_PINNED}"
    explanation = found.explanation
    if not (explanation == head or explanation.startswith(f"{head} at ")):
        return None
    where = f" at {field.evidence}" if field.evidence else ""
    return found if explanation == head + where else replace(found, explanation=head + where)
