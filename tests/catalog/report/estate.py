"""The sample estate scanned twice with a change in between: a new personal column and a new export job."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from datamap.cli import main

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_schemas"

NEW_COLUMN = "    phone_number    varchar(32),\n    home_address    text,\n"
NEW_COMMENT = ("\nCOMMENT ON COLUMN app.users.home_address IS "
               "'Postal address for prize shipping; deleted after 2 years without login.';\n")
NEW_EXPORT = """
  - name: braze_lifecycle_audience
    source: {table: app.users}
    fields: [email, home_address, phone_number]
    destination: {recipient: braze}
    purpose: marketing.communications
"""


def scan(folder: Path, *extra: str) -> None:
    """``datamap scan .`` run inside ``folder`` (so paths in the snapshot are relative), snapshot in .datamap."""
    here = Path.cwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, ["scan", ".", "--out", ".datamap", *extra], catch_exceptions=False)
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.stderr


def change(folder: Path) -> None:
    """Add a personal-data column with a retention comment, and an export job sending it to Braze."""
    accounts = folder / "postgres" / "accounts.sql"
    text = accounts.read_text()
    assert "    phone_number    varchar(32),\n" in text
    accounts.write_text(text.replace("    phone_number    varchar(32),\n", NEW_COLUMN, 1) + NEW_COMMENT)
    exports = folder / "config" / "exports.yaml"
    exports.write_text(exports.read_text() + NEW_EXPORT)


def two_scans(tmp: Path, with_policy: bool = True) -> Path:
    """Copy the estate to ``tmp/estate``, scan, change, scan again; return the estate folder."""
    estate = tmp / "estate"
    shutil.copytree(SAMPLE, estate)
    extra = ("--policy", "policy.yaml") if with_policy else ()
    scan(estate, *extra)
    change(estate)
    scan(estate, *extra)
    return estate
