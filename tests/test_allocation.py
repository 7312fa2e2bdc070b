"""Side allocation: whoever has argued a side less gets it; an even record is a coin toss."""

from __future__ import annotations

import random

import pytest

from bot.allocation import choose_side, chosen_side_reason


def test_the_side_argued_less_comes_next() -> None:
    rng = random.Random(0)
    assert choose_side(1, 3, rng) == (
        "prop", "You have proposed once and opposed 3 times, so you argue Proposition this time.",
    )
    side, reason = choose_side(2, 0, rng)
    assert side == "opp" and "proposed twice and opposed 0 times" in reason


def test_an_even_record_is_a_fair_coin_toss() -> None:
    rng = random.Random(42)
    sides = [choose_side(2, 2, rng)[0] for _ in range(400)]
    assert 160 < sides.count("prop") < 240
    _, reason = choose_side(0, 0, random.Random(1))
    assert "first speech" in reason and reason.endswith(("Proposition.", "Opposition."))
    assert "each side twice" in choose_side(2, 2, random.Random(1))[1]


def test_the_same_seed_gives_the_same_side() -> None:
    assert choose_side(5, 5, random.Random(9)) == choose_side(5, 5, random.Random(9))


def test_following_the_rule_keeps_sides_even() -> None:
    rng = random.Random(3)
    counts = {"prop": 0, "opp": 0}
    for _ in range(11):
        side, _ = choose_side(counts["prop"], counts["opp"], rng)
        counts[side] += 1
        assert abs(counts["prop"] - counts["opp"]) <= 1


def test_negative_counts_are_a_bug() -> None:
    with pytest.raises(ValueError):
        choose_side(-1, 0, random.Random())


def test_a_chosen_side_says_so() -> None:
    assert chosen_side_reason("opp") == "You chose Opposition."
