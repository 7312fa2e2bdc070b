"""A drafted motion never holds a pronoun with nothing in the motion to refer to.

A bare pronoun object ("drop it", "abolish them") is refused, and so is a pronoun anywhere else in the
motion ("… stocks held by it", "… as it does other works", "… honour to themselves"), outside the fixed
impersonal constructions ("it is time to …", "it is unjust that …"), which are recognised by their shape.
"""

from __future__ import annotations

import pytest

from bot.drafting.finding import POLICY_VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem
from bot.drafting.wording import policy_motion

VERBS = set(POLICY_VERBS)


@pytest.mark.parametrize(
    "motion",
    [
        "This House would drop it",
        "This House would abolish them",
        "This House would scrap these at once",
        "This House would give them the vote",
        "This House believes that parents should ban it at home",
        "This House believes that the council should end it",
        "This House believes that the council should drop these before the summer",
    ],
)
def test_a_pronoun_object_is_refused(motion: str) -> None:
    found = problem(motion)
    assert found is not None and "pronoun" in found, found


@pytest.mark.parametrize(
    "motion",
    [
        "This House would ban the fees",
        "This House would drop the levy",
        "This House believes that the state should fund the arts rather than tax them",
    ],
)
def test_a_determiner_or_a_pronoun_with_its_noun_in_the_motion_is_accepted(motion: str) -> None:
    assert problem(motion) is None


def test_a_demonstrative_pronoun_is_not_turned_into_a_dangling_article() -> None:
    """ "We must scrap these at once" was once worded "This House would scrap the at once" and passed."""
    rec = parse_recommendation("We must scrap these at once.", VERBS)
    assert rec is not None
    motion, _ = policy_motion(rec, [0])
    assert "the at once" not in motion
    assert problem(motion) is not None


@pytest.mark.parametrize(
    ("motion", "pronoun"),
    [
        # a word in -s before the pronoun is no plural noun for it to stand for
        ("This House believes that perhaps they do, for adults who can shrug off a few pounds", "they"),
        ("This House believes that the steady progress of their navigation promises them a supply of sailors",
         "their"),
        ("This House believes that always they pay the price of the council's delays", "they"),
        # "these"/"those" as the subject of a verb: a pronoun for what the essay listed before
        ("This House believes that these teach that things are right because they are right", "these"),
        ("This House believes that those reward the rich while the poor are punished for what they lack",
         "those"),
    ],
)
def test_a_pronoun_after_a_word_in_s_that_is_no_plural_noun_is_refused(motion: str, pronoun: str) -> None:
    found = problem(motion)
    assert found is not None and f"'{pronoun}'" in found


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that parents know their children better than the state does",
        "This House believes that the buses should keep their evening timetable",
        "This House believes that those who steal should be punished",
    ],
)
def test_a_pronoun_with_a_plural_before_it_or_a_generic_those_passes(motion: str) -> None:
    assert problem(motion) is None
