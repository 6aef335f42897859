"""Records of processing exported as CSV and XLSX hold the same rows as the report."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from catalog.report import ropa
from catalog.report.build import build_report
from catalog.report.model import ROPA_COLUMNS
from catalog.store import Snapshot


def test_csv_and_xlsx_hold_every_record(mini_pair: tuple[Snapshot, Snapshot], tmp_path: Path) -> None:
    before, after = mini_pair
    report = build_report(after, before)
    ropa.write_csv(report, tmp_path / "ropa.csv")
    ropa.write_xlsx(report, tmp_path / "ropa.xlsx")
    with (tmp_path / "ropa.csv").open(newline="") as stream:
        rows = list(csv.reader(stream))
    expected = [[getattr(r, name) for name, _ in ROPA_COLUMNS] for r in report.ropa]
    assert rows[0] == [label for _, label in ROPA_COLUMNS]
    assert rows[1:] == expected
    assert [r[0] for r in rows[1:]] == ["Essential Email Service Notifications (essential.service.notifications.email)",
                                        "Marketing Email Communications (marketing.communications.email)"]
    book = load_workbook(tmp_path / "ropa.xlsx")
    sheet = book["Records of processing"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == rows
    about = {row[0].value: row[1].value for row in book["About"].iter_rows()}
    assert about["Controller"] == "Mini Shop" and about["Snapshot"] == after.id
