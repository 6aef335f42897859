"""The Python code reader: models as fields, SQL in code, data flow to third-party sinks."""
