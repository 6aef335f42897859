"""The audit report as PDF: the HTML page printed by WeasyPrint (which needs Pango on the system)."""

from __future__ import annotations

from catalog.errors import DatamapError
from catalog.report import html
from catalog.report.model import Report

MISSING = ("PDF output needs WeasyPrint and the Pango libraries it prints with "
           "(pip install weasyprint; on Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0, "
           "or run scripts/ci_pdf.sh)")


def render(report: Report) -> bytes:
    """The PDF bytes of the report; a missing WeasyPrint or Pango is a DatamapError saying what to install."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        raise DatamapError(f"{MISSING}: {error}") from None
    return HTML(string=html.render(report)).write_pdf()  # type: ignore[no-any-return]
