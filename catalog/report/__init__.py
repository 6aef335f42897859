"""The periodic audit report: a model built from snapshots, and renderers (Markdown, HTML, PDF, ROPA CSV/XLSX)."""
