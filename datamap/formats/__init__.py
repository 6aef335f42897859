"""One module per output format, each built from plain inventory records."""
