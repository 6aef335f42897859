"""Golden test of the Markdown report on a small shop scanned twice.

Regenerate the expected file with:
    DATAMAP_REGEN_GOLDEN=1 python -m pytest tests/catalog/report/test_report_golden.py
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

from catalog.report import markdown
from catalog.report.build import build_report
from catalog.store import Snapshot

GOLDEN = Path(__file__).parent / "fixtures" / "mini_report.md"
MASKS = (
    (re.compile(r"\d{8}T\d{12}Z"), "<snapshot-id>"),
    (re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00"), "<time>"),
    (re.compile(r"\b[0-9a-f]{40}\b"), "<commit>"),
    (re.compile(r"`[0-9a-f]{12}`"), "`<commit>`"),
    (re.compile(r"datamap version: \S+"), "datamap version: <version>"),
)


def mask(text: str) -> str:
    for pattern, replacement in MASKS:
        text = pattern.sub(replacement, text)
    return text


def test_markdown_report_matches_golden(mini_pair: tuple[Snapshot, Snapshot]) -> None:
    before, after = mini_pair
    report = build_report(after, before, generated_at=datetime(2026, 1, 31, 12, 0, tzinfo=UTC))
    text = mask(markdown.render(report))
    if os.environ.get("DATAMAP_REGEN_GOLDEN"):
        GOLDEN.write_text(text, "utf-8")
    assert text == GOLDEN.read_text("utf-8")
