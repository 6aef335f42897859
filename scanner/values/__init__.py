"""Value sampling: detect which kinds of personal data a field's values hold.

Public API: :func:`profile_values` (values -> ValueProfile, pure and
deterministic), :func:`mask` (a value shown without its identifying part) and
:func:`strength` (how much a value match alone says about a field).
"""

from scanner.values.masking import mask
from scanner.values.profile import profile_values, strength

__all__ = ["mask", "profile_values", "strength"]
