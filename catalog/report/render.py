"""One entry point for every report format."""

from __future__ import annotations

from catalog.report import html, markdown, pdf
from catalog.report.model import Report

FORMATS = ("html", "pdf", "markdown")
SUFFIXES = {"html": ".html", "pdf": ".pdf", "markdown": ".md"}


def render(report: Report, output_format: str) -> bytes:
    """The report in ``output_format`` as bytes (UTF-8 for the text formats)."""
    if output_format == "pdf":
        return pdf.render(report)
    text = html.render(report) if output_format == "html" else markdown.render(report)
    return text.encode("utf-8")
