"""Where an edit moved the lines of a file: each surviving line's place now, in order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.model import Evidence, Finding
from catalog.moves import Gone, LineMoves, line_digests

OLD = ["import stripe", "", "def signup(member):", "    stripe.Customer.create(email=member.email)", "    return 1"]


def moves_of(old: list[str], new: list[str], path: str = "app.py") -> LineMoves:
    return LineMoves.between({path: (line_digests(old), line_digests(new))})


def test_lines_after_an_inserted_line_move_down_and_lines_before_it_stay() -> None:
    new = [*OLD[:3], "    member.touch()", *OLD[3:]]
    moves = moves_of(OLD, new)
    assert [moves.line("app.py", n) for n in range(1, 6)] == [1, 2, 3, 5, 6]
    assert moves.line("other.py", 4) == 4  # a file the edit did not touch keeps its lines
    assert moves.line("app.py", None) is None


def test_a_line_the_edit_rewrote_or_removed_has_no_place_now() -> None:
    new = [*OLD[:3], "    stripe.Customer.create(email=member.name)", OLD[4]]
    moves = moves_of(OLD, new)
    with pytest.raises(Gone, match="app.py:4"):
        moves.line("app.py", 4)
    assert moves.line("app.py", 5) == 5
    with pytest.raises(Gone):
        moves_of(OLD, OLD[1:]).line("app.py", 1)


def test_an_unchanged_text_moves_nothing() -> None:
    assert not moves_of(OLD, list(OLD))
    assert moves_of(OLD, ["# app", *OLD])


def test_a_finding_is_placed_with_its_hops_and_keeps_its_fingerprint() -> None:
    moves = moves_of(OLD, ["# app", *OLD])
    finding = Finding("DM101", "error", "sent", "flow", "user.contact.email", "stripe", Evidence("app.py", 4),
                      ("a", "b", "c"), (Evidence("db.sql", 3), Evidence("app.py", 4)))
    moved = moves.finding(finding)
    assert moved.evidence == Evidence("app.py", 5)
    assert moved.hops == (Evidence("db.sql", 3), Evidence("app.py", 5))
    assert moved.fingerprint == finding.fingerprint
    unmoved = Finding("DM104", "error", "held", "users.email", evidence=Evidence("db.sql", 3))
    assert moves.finding(unmoved) is unmoved
    assert moves.plain_evidence(["app.py", 4]) == ["app.py", 5] and moves.plain_evidence(None) is None


def test_moves_read_back_as_written_and_foreign_data_is_refused() -> None:
    moves = moves_of(OLD, ["# app", *OLD[:3], "    x = 1", *OLD[3:]])
    assert LineMoves.from_plain(moves.plain()).runs == moves.runs
    for foreign in ([], {"app.py": [[1, 2]]}, {"app.py": [["1", 2, 3]]}, {"app.py": [[5, 5, 3], [1, 1, 2]]},
                    {"app.py": [[1, 1, -2]]}, {3: []}):
        with pytest.raises(ValueError):
            LineMoves.from_plain(foreign)


@given(st.lists(st.integers(0, 10_000), min_size=0, max_size=40, unique=True), st.data())
def test_every_line_an_edit_kept_is_found_where_it_is_now(numbers: list[int], data: st.DataObject) -> None:
    """Texts of distinct lines: after random insertions and deletions, each surviving line maps to its new index,
    and the map keeps the order of lines."""
    old = [f"line {n}" for n in numbers]
    new = list(old)
    for _ in range(data.draw(st.integers(0, 6))):
        if new and data.draw(st.booleans()):
            del new[data.draw(st.integers(0, len(new) - 1))]
        else:
            new.insert(data.draw(st.integers(0, len(new))), f"added {data.draw(st.integers(0, 99))}")
    moves = moves_of(old, new)
    placed = []
    for number, line in enumerate(old, 1):
        try:
            now = moves.line("app.py", number)
        except Gone:
            assert line not in new
            continue
        assert now is not None and new[now - 1] == line
        placed.append(now)
    assert placed == sorted(placed)


def test_a_long_text_with_many_like_lines_keeps_every_line_around_a_small_edit() -> None:
    """The common head and tail are taken as they are: a small edit in a long module of many blank and repeated
    lines maps every other line, without diffing the whole text."""
    old = ["" if n % 4 == 0 else f"    x = {n % 7}" for n in range(20_000)]
    new = [*old[:12_345], "    inserted = True", *old[12_345:]]
    moves = moves_of(old, new)
    assert moves.runs["app.py"] == [(1, 1, 12_345), (12_346, 12_347, 7_655)]
    assert moves.line("app.py", 12_345) == 12_345 and moves.line("app.py", 20_000) == 20_001
