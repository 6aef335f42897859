"""The classifier: field -> personal-data category, with confidence and explanation."""
