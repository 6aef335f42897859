"""Clients of the third-party services the API talks to."""
