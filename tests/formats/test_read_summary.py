"""The scan summary's line on what was read, per kind of input, and what was not."""

from __future__ import annotations

from datamap.formats.text_format import read_summary


def test_every_reader_that_read_something_is_named_with_its_count() -> None:
    stats = {"files_read": 3, "statements_parsed": 40, "statements_skipped": 2, "python_files_read": 5,
             "config_files": 1, "dbt_models": 0, "tables_read": 2, "rows_sampled": 200}
    assert read_summary(stats) == ("read 3 SQL files (40 statements parsed, 2 skipped, 0 failed), 5 Python files, "
                                   "1 config files, 2 tables of databases and data files, 200 rows sampled")


def test_what_was_not_read_is_counted_by_reason() -> None:
    stats = {"python_files_read": 1, "files_ignored": 4, "files_excluded": 7, "python_files_failed": 1}
    assert read_summary(stats) == ("read 1 Python files; not read: 4 files of no kind datamap reads, 7 excluded, "
                                   "1 Python files that do not parse")


def test_an_empty_scan_says_so() -> None:
    assert read_summary({}) == "read nothing"
