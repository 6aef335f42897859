"""Records of processing activities (GDPR Article 30) as CSV and XLSX files."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from catalog.errors import DatamapError
from catalog.report.model import ROPA_COLUMNS, Report, RopaRow

COLUMN_WIDTHS = (34, 34, 22, 60, 30, 34, 50, 24, 22, 24)


def _rows(rows: Sequence[RopaRow]) -> list[list[str]]:
    return [[str(getattr(row, name)) for name, _ in ROPA_COLUMNS] for row in rows]


def to_csv(report: Report) -> str:
    """The records as CSV text: one header row, one row per processing activity."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([label for _, label in ROPA_COLUMNS])
    writer.writerows(_rows(report.ropa))
    return out.getvalue()


def write_csv(report: Report, path: Path) -> None:
    try:
        path.write_text(to_csv(report), "utf-8")
    except OSError as error:
        raise DatamapError(f"cannot write records of processing: {error.strerror}", str(path)) from None


def write_xlsx(report: Report, path: Path) -> None:
    """The records as an XLSX workbook: a sheet of records and a sheet saying where they come from."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError as error:
        raise DatamapError(f"XLSX output needs openpyxl (pip install openpyxl): {error}") from None
    book = Workbook()
    sheet = book.active
    sheet.title = "Records of processing"
    sheet.append([label for _, label in ROPA_COLUMNS])
    for row in _rows(report.ropa):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EEF4")
    for index, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    for line in sheet.iter_rows(min_row=1):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B2"
    about = book.create_sheet("About")
    s = report.snapshot
    for label, value in (("Controller", s.policy_name or "not recorded"), ("Snapshot", s.id),
                         ("Taken", s.created_at), ("Git commit", s.git_commit or "not recorded"),
                         ("Policy sha256", s.policy_sha256 or "none"), ("Generated", report.generated_at)):
        about.append([label, value])
    about.column_dimensions["A"].width, about.column_dimensions["B"].width = 18, 70
    try:
        book.save(path)
    except OSError as error:
        raise DatamapError(f"cannot write records of processing: {error.strerror}", str(path)) from None
