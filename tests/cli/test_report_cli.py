"""``datamap report`` and ``datamap fides`` through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from datamap.cli import main
from datamap.exit_codes import OK, USAGE_ERROR
from tests.catalog.report.conftest import mini_scanned_twice


def run(*args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout_bytes, result.stderr


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mini_scanned_twice(tmp_path_factory.mktemp("report"))


def test_pdf_report_with_records_alongside(shop: Path, tmp_path: Path) -> None:
    code, _, stderr = run("report", str(shop / ".datamap"), "--format", "pdf", "--output", str(tmp_path / "a.pdf"))
    assert code == OK, stderr
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "a-ropa.csv").read_text().startswith("Processing activity,")
    assert (tmp_path / "a-ropa.xlsx").read_bytes().startswith(b"PK")
    assert f"report written to {tmp_path / 'a.pdf'}" in stderr


def test_markdown_to_stdout_since_the_first_snapshot(shop: Path) -> None:
    code, stdout, _ = run("report", str(shop / ".datamap"), "--format", "markdown", "--since", "previous")
    text = stdout.decode()
    assert code == OK and text.startswith("# Personal data audit — Mini Shop\n")
    assert "| Fields scanned | 8 | 7 | +1 |" in text
    code, stdout, _ = run("report", str(shop / ".datamap"), "--format", "markdown", "--snapshot", "previous")
    assert "_This is the first snapshot at " in stdout.decode()
    code, stdout, _ = run("report", str(shop / ".datamap"), "--format", "markdown", "--since", "latest")
    assert "_--since names the reported snapshot itself" in stdout.decode()


def test_html_and_explicit_ropa_files(shop: Path, tmp_path: Path) -> None:
    code, stdout, _ = run("report", str(shop / ".datamap"), "--ropa-csv", str(tmp_path / "r.csv"),
                          "--ropa-xlsx", str(tmp_path / "r.xlsx"))
    assert code == OK and stdout.startswith(b"<!DOCTYPE html>")
    assert (tmp_path / "r.csv").is_file() and (tmp_path / "r.xlsx").is_file()


@pytest.mark.parametrize(("args", "message"), [
    (("report", "{tmp}/none"), "{tmp}/none: no snapshots yet"),
    (("report", "nosuch://bucket"), "nosuch://bucket: cannot open snapshot location"),
    (("report", "{shop}/.datamap", "--since", "1999-01-01"), "{shop}/.datamap: no snapshot was taken by 1999-01-01"),
    (("report", "{shop}/.datamap", "--format", "markdown", "-o", "{tmp}/missing/dir/r.md"),
     "{tmp}/missing/dir/r.md: cannot write the report: No such file or directory"),
])
def test_bad_inputs_exit_2(shop: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    code, _, stderr = run(*(a.format(tmp=tmp_path, shop=shop) for a in args))
    assert code == USAGE_ERROR
    assert stderr.startswith("datamap: error: " + message.format(tmp=tmp_path, shop=shop))


def test_unknown_snapshot_version_exits_2(shop: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(shop / ".datamap", copy)
    latest = sorted((copy / "snapshots").iterdir())[-1]
    meta = json.loads((latest / "metadata.json").read_text())
    (latest / "metadata.json").write_text(json.dumps({**meta, "schema_version": 3}))
    code, _, stderr = run("report", str(copy))
    assert code == USAGE_ERROR and "snapshot layout version 3 is not one this datamap reads" in stderr


def test_fides_export_then_import(shop: Path, tmp_path: Path) -> None:
    code, _, _ = run("fides", "export", str(shop / ".datamap"), "--output", str(tmp_path / "dataset.yml"))
    assert code == OK
    code, stdout, stderr = run("fides", "import", str(tmp_path / "dataset.yml"))
    assert code == OK and "8 pins from" in stderr
    assert stdout.decode().startswith("overrides:\n- field: shop.customers.created_at\n  category: none\n")
    code, _, stderr = run("fides", "import", str(tmp_path / "nothing.yml"))
    assert code == USAGE_ERROR and "cannot read Fides dataset file" in stderr
