"""The check cache: kept findings read only when asked for, one copy under two keys, reports kept apart."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from catalog.model import Evidence, Finding, ScanError
from catalog.suppressions import Suppression
from datamap.check_cache import CheckCache, CheckedTree, Rendered, evidence_paths, report_key

FINDINGS = [
    Finding("DM104", "error", "app.users.email holds user.contact.email", "db/a.sql::app.users.email",
            "user.contact.email", evidence=Evidence("db/a.sql", 3)),
    Finding("DM101", "error", "email is sent to stripe", "field:app.users.email -> recipient:stripe",
            "user.contact.email", "stripe", Evidence("app/pay.py", 9), ("field:app.users.email", "recipient:stripe"),
            (Evidence("app/pay.py", 9),), "billing", "code"),
    Finding("DM106", "info", "the policy discloses x but no field holds it", "policy:category:x"),
    Finding("DM104", "error", "app.users.phone holds user.contact.phone_number", "db/a.sql::app.users.phone",
            "user.contact.phone_number", evidence=Evidence("db/a.sql", 4)),
]
TREE = CheckedTree(FINDINGS, [ScanError("db/b.sql", 2, "skipped", "statement")], {"fields": 4, "errors": 0}, 3)


def _entries(folder: Path, kind: str) -> list[Path]:
    return sorted((folder / kind).rglob("*.json.z"))


def test_a_kept_check_reads_its_findings_only_when_asked(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path)
    cache.put(["inputs", "outputs"], TREE)
    assert len(_entries(tmp_path, "findings")) == 1 and len(_entries(tmp_path, "check")) == 2
    for key in ("inputs", "outputs"):
        kept = cache.get(key, 3)
        assert kept is not None
        assert (kept.key, kept.errors, kept.stats, kept.files) == ("inputs", TREE.errors, TREE.stats, 3)
        assert kept.paths == ["db/a.sql", "app/pay.py"] == evidence_paths(FINDINGS)
        found = cache.findings(kept)
        assert found == FINDINGS
        assert [(f.evidence, f.path, f.hops, f.purpose) for f in found] == \
            [(f.evidence, f.path, f.hops, f.purpose) for f in FINDINGS]
    assert cache.get("other", 3) is None


def test_corrupt_kept_findings_drop_their_entry(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path)
    cache.put(["inputs", "outputs"], TREE)
    (path,) = _entries(tmp_path, "findings")
    entry = json.loads(zlib.decompress(path.read_bytes()))
    entry["data"]["items"][1][7] = ["field:x", 2]  # a path naming a string, not its index
    path.write_bytes(zlib.compress(json.dumps(entry).encode()))
    kept = cache.get("outputs", 3)
    assert kept is not None and cache.findings(kept) is None
    assert _entries(tmp_path, "findings") == [] and cache.get("inputs", 3) is None and cache.get("outputs", 3) is None


def test_a_kept_check_of_another_shape_is_not_used(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path)
    cache.put(["inputs"], TREE)
    (path,) = _entries(tmp_path, "check")
    entry = json.loads(zlib.decompress(path.read_bytes()))
    entry["data"]["paths"] = "db/a.sql"
    path.write_bytes(zlib.compress(json.dumps(entry).encode()))
    assert cache.get("inputs", 3) is None
    assert _entries(tmp_path, "check") == []


def test_reports_are_kept_by_everything_they_show(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path)
    settings = {"format": "json", "today": "2026-01-01", "baseline": None}
    suppressions = [Suppression("app/pay.py", 8, ("DM101",), "reviewed")]
    key = report_key("inputs", TREE.stats, suppressions, settings)
    assert cache.get_rendered(key) is None
    cache.put_rendered(key, Rendered("{}\n", "2 new findings", True))
    assert cache.get_rendered(key) == Rendered("{}\n", "2 new findings", True)
    others = {report_key("outputs", TREE.stats, suppressions, settings),
              report_key("inputs", {**TREE.stats, "fields": 5}, suppressions, settings),
              report_key("inputs", TREE.stats, [], settings),
              report_key("inputs", TREE.stats, [Suppression("app/pay.py", 8, ("DM101",), "reviewed", "2027-01-01")],
                         settings),
              report_key("inputs", TREE.stats, suppressions, {**settings, "today": "2026-01-02"}),
              report_key("inputs", TREE.stats, suppressions, {**settings, "format": "sarif"})}
    assert key not in others and len(others) == 6
    (path,) = _entries(tmp_path, "report")
    path.write_bytes(b"garbage")
    assert cache.get_rendered(key) is None
