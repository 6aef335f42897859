"""Choosing the labeled sets to score: a set by its name, a hold-out by the name of its parts."""

from __future__ import annotations

from benchmarks.classification import UNSEEN, tuning_sets


def names(chosen: list[str] | None) -> list[str]:
    return [p.stem.removesuffix("_columns") for p in tuning_sets(chosen)]


def test_a_hold_outs_name_chooses_all_its_parts_and_no_other_set() -> None:
    assert names(["holdout35"]) == ["holdout35a", "holdout35b", "holdout35c"]
    # holdout3 has parts 3a and 3b; holdout30a and holdout31a are other hold-outs.
    assert names(["holdout3"]) == ["holdout3a", "holdout3b"]


def test_a_sets_own_name_chooses_that_set_alone() -> None:
    assert names(["holdout35b"]) == ["holdout35b"]
    assert names(["holdout8"]) == ["holdout8"]
    assert names(["no_such_set"]) == []


def test_the_default_leaves_out_every_part_of_the_unseen_hold_outs() -> None:
    default = names(None)
    unseen = names(list(UNSEEN))
    assert unseen and not set(default) & set(unseen)
    assert all(n.startswith(UNSEEN) for n in unseen)
