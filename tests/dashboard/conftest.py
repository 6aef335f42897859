"""Snapshots of the sample estate for the dashboard tests, made through the real ``datamap scan``."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from dashboard.location import LOCATION_ENV
from datamap.cli import main

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dashboard" / "app.py"
# A table added between the two scans: the second snapshot has one new personal table.
ADDED_TABLE = ("CREATE TABLE app.member_backup_contacts (\n  user_id bigint REFERENCES app.users (id),\n"
               "  backup_email text,\n  mobile_phone text\n);\n")


def scan(estate: Path, out: Path) -> None:
    result = CliRunner().invoke(main, ["scan", str(estate), "--policy", str(estate / "policy.yaml"),
                                       "--out", str(out)], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output


@pytest.fixture(scope="session")
def sample_location(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ``.datamap`` folder with two snapshots of the sample estate, the second with one more table."""
    base = tmp_path_factory.mktemp("estate")
    estate = base / "sample_schemas"
    shutil.copytree(ROOT / "sample_schemas", estate)
    out = base / ".datamap"
    scan(estate, out)
    (estate / "postgres" / "backup_contacts.sql").write_text(ADDED_TABLE, "utf-8")
    scan(estate, out)
    return out


AppFactory = Callable[..., AppTest]


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> AppFactory:
    """Run the app on a location, optionally on one page; the run must not raise."""

    def run(location: Path | str, page: str | None = None) -> AppTest:
        monkeypatch.setenv(LOCATION_ENV, str(location))
        test = AppTest.from_file(str(APP), default_timeout=120).run()
        if page is not None:
            test.switch_page(f"screens/{page}.py").run()
        assert not test.exception, [e.value for e in test.exception]
        return test

    return run
