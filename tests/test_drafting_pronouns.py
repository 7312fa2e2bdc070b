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
