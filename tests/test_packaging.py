"""The built wheel carries every module and every packaged data file (no editable install can hide a gap)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("datamap", "catalog", "scanner", "dashboard")
DATA_SUFFIXES = (".yaml", ".json")


def _expected_files() -> set[str]:
    files = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*"):
            wanted = path.suffix == ".py" or path.suffix in DATA_SUFFIXES
            if path.is_file() and wanted and "__pycache__" not in path.parts:
                files.add(path.relative_to(ROOT).as_posix())
    return files


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out),
         str(ROOT)],
        check=True, cwd=build, capture_output=True, text=True,
    )
    (found,) = out.glob("datamap-*.whl")
    return found


def test_wheel_contains_all_modules_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(_expected_files() - names)
    assert missing == []


def test_wheel_declares_the_console_script(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    entry_points = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
    assert "datamap = datamap.cli:main" in archive.read(entry_points).decode()
