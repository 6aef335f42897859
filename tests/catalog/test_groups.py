"""Connected groups of things joined by pairs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from catalog.groups import connected


def test_groups_follow_chains_of_pairs_in_the_order_of_their_first_member() -> None:
    assert connected(6, [(4, 1), (2, 5), (1, 3)]) == [[0], [1, 3, 4], [2, 5]]
    assert connected(0, []) == []


@given(st.integers(1, 30).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1),
                                                                                     st.integers(0, n - 1))))))
def test_the_groups_are_the_smallest_that_hold_every_pair_together(case: tuple[int, list[tuple[int, int]]]) -> None:
    count, pairs = case
    groups = connected(count, pairs)
    assert sorted(i for group in groups for i in group) == list(range(count))  # every thing once
    where = {i: n for n, group in enumerate(groups) for i in group}
    assert all(where[a] == where[b] for a, b in pairs)
    for group in groups:  # each group is reached from its first member over the pairs
        reached, frontier = {group[0]}, [group[0]]
        while frontier:
            node = frontier.pop()
            for a, b in pairs:
                for x, y in ((a, b), (b, a)):
                    if x == node and y not in reached:
                        reached.add(y)
                        frontier.append(y)
        assert reached == set(group) and group == sorted(group)
    assert [group[0] for group in groups] == sorted(group[0] for group in groups)
