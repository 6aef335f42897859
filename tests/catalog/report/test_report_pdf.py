"""The PDF renders real pages: printed by WeasyPrint, turned into PNG images by pdftoppm."""

from __future__ import annotations

import subprocess
from pathlib import Path

from catalog.report import pdf
from catalog.report.build import build_report
from catalog.store import Snapshot


def test_pdf_pages_render_to_png(sample_pair: tuple[Snapshot, Snapshot], tmp_path: Path) -> None:
    before, after = sample_pair
    document = tmp_path / "audit.pdf"
    document.write_bytes(pdf.render(build_report(after, before)))
    assert document.read_bytes().startswith(b"%PDF-")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(document), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 10
    assert all(p.read_bytes().startswith(b"\x89PNG") and p.stat().st_size > 5_000 for p in pages)
    text = subprocess.run(["pdftotext", "-layout", str(document), "-"], check=True, capture_output=True,
                          text=True).stdout
    for heading in ("Executive summary", "Changes since the previous snapshot", "Third parties", "Flagged flows",
                    "Policy gaps", "Records of processing activities (GDPR Article 30)", "Page 1 of"):
        assert heading in text
    assert "app.users.home_address" in text
