"""Where the lines of edited files went: each line of a file's earlier text that is still there, and its line now.

An edit that inserts or deletes lines moves every line after it. ``LineMoves``
holds, per edited file, the runs of lines the two texts share (as a diff finds
them), so that a place recorded in the earlier text can be put where it is now.
The map keeps the order of lines, so anything sorted by place stays sorted; a
line the edit removed or rewrote has no place now. Files it does not name kept
their lines.
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any

from catalog.model import Evidence, Finding

#: characters of one line's digest in ``line_digests``
_WIDTH = 8


def line_digests(lines: Sequence[str]) -> str:
    """A short digest of each line, joined: what ``LineMoves`` compares texts by."""
    return "".join(f"{zlib.crc32(line.encode('utf-8', 'surrogatepass')):08x}" for line in lines)


class Gone(ValueError):
    """A place on a line that the edit removed or rewrote."""


class LineMoves:
    """Per file path, the runs of lines shared by its earlier and current text: (earlier first line, current first
    line, length), in order."""

    def __init__(self, runs: Mapping[str, Sequence[tuple[int, int, int]]]) -> None:
        self.runs = {path: list(found) for path, found in runs.items()}
        self._starts = {path: [run[0] for run in found] for path, found in self.runs.items()}

    @classmethod
    def between(cls, texts: Mapping[str, tuple[str, str]]) -> LineMoves:
        """The moves of each path's lines from its earlier to its current text, both given as ``line_digests``;
        paths whose lines did not move are left out."""
        runs: dict[str, list[tuple[int, int, int]]] = {}
        for path, (before, after) in texts.items():
            if before == after:
                continue
            old = [before[i:i + _WIDTH] for i in range(0, len(before), _WIDTH)]
            new = [after[i:i + _WIDTH] for i in range(0, len(after), _WIDTH)]
            blocks = SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
            runs[path] = [(a + 1, b + 1, size) for a, b, size in blocks if size]
        return cls(runs)

    def __bool__(self) -> bool:
        return bool(self.runs)

    def line(self, path: str, line: int | None) -> int | None:
        """Where ``line`` of the earlier text of ``path`` is now; ``Gone`` when the edit took it away."""
        starts = self._starts.get(path)
        if starts is None or line is None:
            return line
        index = bisect_right(starts, line) - 1
        if index >= 0:
            old, new, size = self.runs[path][index]
            if line < old + size:
                return new + line - old
        raise Gone(f"{path}:{line} was edited")

    def evidence(self, evidence: Evidence | None) -> Evidence | None:
        if evidence is None or evidence.path not in self._starts:
            return evidence
        return Evidence(evidence.path, self.line(evidence.path, evidence.line))

    def plain_evidence(self, value: Any) -> Any:
        """``evidence`` of a place as the cache writes it (``[path, line]`` or None)."""
        if value is None or value[0] not in self._starts:
            return value
        return [value[0], self.line(value[0], value[1])]

    def finding(self, finding: Finding) -> Finding:
        moved = self.evidence
        evidence, hops = moved(finding.evidence), tuple(moved(hop) for hop in finding.hops)
        if evidence == finding.evidence and hops == finding.hops:
            return finding
        return replace(finding, evidence=evidence, hops=hops)

    def plain(self) -> dict[str, list[list[int]]]:
        return {path: [list(run) for run in found] for path, found in sorted(self.runs.items())}

    @classmethod
    def from_plain(cls, data: Any) -> LineMoves:
        """The moves ``plain`` wrote; ``ValueError`` for anything else."""
        if not isinstance(data, dict):
            raise ValueError("unexpected line moves")
        runs: dict[str, list[tuple[int, int, int]]] = {}
        for path, found in data.items():
            if not (isinstance(path, str) and isinstance(found, list)):
                raise ValueError("unexpected line moves")
            runs[path] = []
            for run in found:
                if not (isinstance(run, list) and len(run) == 3 and all(type(n) is int and n >= 0 for n in run)):
                    raise ValueError("unexpected line run")
                runs[path].append((run[0], run[1], run[2]))
            if any(a[0] + a[2] > b[0] or a[1] + a[2] > b[1] for a, b in zip(runs[path], runs[path][1:], strict=False)):
                raise ValueError("line runs out of order")
        return cls(runs)

    def merged(self, other: LineMoves) -> LineMoves:
        """Both maps at once (their paths must differ)."""
        return LineMoves({**self.runs, **other.runs})
