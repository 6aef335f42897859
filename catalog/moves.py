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
_WIDTH = 16
#: lines in the edited middle of a text up to which the diff matches them exhaustively
_EXHAUSTIVE = 4000


def line_digests(lines: Sequence[str]) -> str:
    """A short digest of each line, joined: what ``LineMoves`` compares texts by."""
    found = []
    for line in lines:
        data = line.encode("utf-8", "surrogatepass")
        found.append(f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}")
    return "".join(found)


def _shared_runs(old: list[str], new: list[str]) -> list[tuple[int, int, int]]:
    """The runs of lines ``old`` and ``new`` share, as (old first line, new first line, length): the common
    head and tail as they are, the middle as a diff matches it (exhaustively while it is small; a big middle
    gets the diff's quick heuristics, which may match fewer lines but never a wrong one)."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    middle_old, middle_new = old[head:len(old) - tail], new[head:len(new) - tail]
    exhaustive = len(middle_old) + len(middle_new) <= _EXHAUSTIVE
    blocks = SequenceMatcher(None, middle_old, middle_new, autojunk=not exhaustive).get_matching_blocks()
    runs = [(1, 1, head)] if head else []
    runs += [(head + a + 1, head + b + 1, size) for a, b, size in blocks if size]
    if tail:
        runs.append((len(old) - tail + 1, len(new) - tail + 1, tail))
    return runs


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
            runs[path] = _shared_runs([before[i:i + _WIDTH] for i in range(0, len(before), _WIDTH)],
                                      [after[i:i + _WIDTH] for i in range(0, len(after), _WIDTH)])
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
