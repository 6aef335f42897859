"""A whole check's findings kept in the cache, reused while nothing they depend on has changed.

The key names every input of the check: each read job's key (reader, targets,
every byte they hold, read options), the bytes of the policy, overrides and
knowledge files, the project's purposes and excludes, and datamap's build (the
code and data of its readers, classifier, catalog and CLI). A re-run on the same
commit, or a change to files datamap does not scan, then costs hashing the
inputs. Suppression comments are read afresh every time; database targets are
never cached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from catalog.model import Finding, ScanError
from datamap import __version__
from datamap.run import ScanRequest, read_options
from scanner.cache import UNCACHED_READERS
from scanner.cache.codec import (
    CorruptEntry,
    decode_errors,
    decode_findings,
    encode_errors,
    encode_findings,
    no_gc,
)
from scanner.cache.keys import build_id, digest, file_digest, job_key
from scanner.cache.store import CacheStore
from scanner.discover import Job

_KIND = "check"
_BUILD = ("scanner", "catalog", "datamap")


@dataclass(frozen=True)
class CheckedTree:
    """What a check of a tree found, as the cache keeps it."""

    findings: list[Finding]
    errors: list[ScanError]
    stats: dict[str, int]
    files: int


def check_key(request: ScanRequest, jobs: Sequence[Job]) -> tuple[str, int] | None:
    """The key of a check of ``request`` whose plan is ``jobs`` (and how many files it names), or None when
    it cannot be cached."""
    options = read_options(request)
    if any(job.reader in UNCACHED_READERS for job in jobs):
        return None
    files = [request.policy, request.overrides, *request.knowledge, *request.recipients]
    key = digest({
        "jobs": [job_key(job.reader, job.group, job.targets, options) for job in jobs],
        "files": [[name, file_digest(Path(name))] for name in files if name],
        "purposes": sorted(request.purposes.items()), "exclude": list(request.exclude), "paths": list(request.paths),
    })
    return key, sum(len(job.targets) for job in jobs)


class CheckCache:
    """Checked trees under ``folder`` (the scan's cache folder), keyed by ``check_key``."""

    def __init__(self, folder: Path) -> None:
        self.store = CacheStore(folder, build_id(__version__, _BUILD))

    def get(self, key: str, files: int) -> CheckedTree | None:
        data = self.store.get(_KIND, key)
        if not isinstance(data, dict):
            return None
        try:
            stats = data["stats"]
            if not (isinstance(stats, dict) and all(type(v) is int for v in stats.values())):
                raise CorruptEntry("unexpected stats")
            return CheckedTree(decode_findings(data["findings"]), decode_errors(data["errors"]), stats, files)
        except (KeyError, CorruptEntry):
            self.store.discard(_KIND, key)
            return None

    def put(self, key: str, tree: CheckedTree) -> None:
        with no_gc():  # a big heap of long-lived objects: collections while encoding would rescan it
            self.store.put(_KIND, key, {"findings": encode_findings(tree.findings),
                                        "errors": encode_errors(tree.errors), "stats": tree.stats})
