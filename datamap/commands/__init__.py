"""One module per CLI command; shared options and error handling in ``common``."""
