"""Where the snapshots are: the location given to ``datamap dashboard``, resolved to snapshot folders.

The location is a ``.datamap`` folder (or its ``snapshots`` folder), one snapshot's
folder, or a URI. It reaches the app in the ``DATAMAP_SNAPSHOT`` environment
variable (default ``.datamap``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from catalog.errors import DatamapError
from catalog.store import list_snapshots

LOCATION_ENV = "DATAMAP_SNAPSHOT"
DEFAULT_LOCATION = ".datamap"
HOW_TO_SCAN = "datamap scan PATH --policy policy.yaml"


class SnapshotProblem(Exception):
    """Why the dashboard cannot show a snapshot, said for a person, with what to do about it."""

    def __init__(self, what: str, location: str, hint: str) -> None:
        super().__init__(what)
        self.what = what
        self.location = location
        self.hint = hint


@dataclass(frozen=True)
class Located:
    """The snapshot folders at a location (oldest first) and the one to show first."""

    location: str
    folders: tuple[str, ...]
    chosen: str


def configured_location() -> str:
    """The location the app was started on."""
    return os.environ.get(LOCATION_ENV) or DEFAULT_LOCATION


def _is_uri(location: str) -> bool:
    return "://" in location and not location.startswith("file://")


def _scan_hint(location: str) -> str:
    return (f"Create a snapshot with `{HOW_TO_SCAN}` (it writes `.datamap/snapshots/<id>/`), "
            f"then start the dashboard on it: `datamap dashboard {location}`.")


def _local(location: str) -> Located:
    path = Path(location.removeprefix("file://")).resolve()
    if not path.exists():
        raise SnapshotProblem(f"There is no snapshot folder at {location}.", location, _scan_hint(DEFAULT_LOCATION))
    if not path.is_dir():
        raise SnapshotProblem(f"{location} is a file, not a snapshot folder.", location, _scan_hint(DEFAULT_LOCATION))
    if (path / "metadata.json").is_file():
        siblings = [str(Path(p).resolve()) for p in list_snapshots(path.parent)]
        return Located(location, tuple(siblings) if str(path) in siblings else (str(path),), str(path))
    folders = tuple(str(Path(p).resolve()) for p in list_snapshots(path))
    if not folders:
        raise SnapshotProblem(f"The folder {location} holds no snapshots.", location, _scan_hint(location))
    return Located(location, folders, folders[-1])


def _remote(location: str) -> Located:
    try:
        folders = tuple(str(p) for p in list_snapshots(location))  # type: ignore[arg-type]
    except (DatamapError, OSError, ValueError):
        folders = ()
    if folders:
        return Located(location, folders, folders[-1])
    return Located(location, (location,), location)


def locate(location: str) -> Located:
    """The snapshots at ``location``; a missing or empty location is a SnapshotProblem."""
    return _remote(location) if _is_uri(location) else _local(location)
