"""datamap: where personal data lives, where it goes, and whether the policy allows it."""

__version__ = "0.1.0"
