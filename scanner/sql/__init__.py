"""Reading SQL DDL in any dialect sqlglot has into fields."""
