"""Readers that turn sources into fields, and the classifier."""
