"""Drafting: what a speech or letter wraps round its proposal is no part of the motion.

An aside between the one asked and the act ("I urge the governors, at their meeting next week, to …"), the
occasion the words are said on ("… tonight", "… this evening"), an emphasis ("for two years only, and no
longer") and the author's own place named with "this" ("every vacant plot within this borough") are left out;
the proposal stays whole. A limit on a phrase ("on Sundays only") is no unfinished "only …", and a count in
words ("under three miles") is a figure both sides would agree on, unless the claim weighs it ("too many").
Every paragraph is our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import CLOSING, TALK_OPENING, carries, drafted_after

from bot.drafting.disputable import report_not_thesis
from bot.drafting.fitting import without_occasion
from bot.drafting.structure import problem

# (paragraph, the motion it must draft, words the motion must not carry)
WRAPPED: list[tuple[str, str, tuple[str, ...]]] = [
    ("The reading room is the only warm, quiet place for many pupils in the evening. I urge the governors, "
     "at their meeting next week, to keep the school library open until seven on weekdays. Nothing else the "
     "school could do costs so little and helps so many.",
     "the governors should keep the school library open until seven on weekdays", ("meeting", "next week")),
    ("The parish council has a choice. I call on the council, before the budget is set in March, to restore "
     "the grant to the youth club. Without it the club closes in the summer.",
     "the council should restore the grant to the youth club", ("budget", "march")),
    ("The licence would bring late noise to a street of family homes. I ask the committee to refuse the "
     "casino licence tonight. There will be no second chance once the doors are open.",
     "the committee should refuse the casino licence", ("tonight",)),
    ("The licence would bring late noise to a street of family homes. I urge you to refuse the casino "
     "licence this evening. There will be no second chance once the doors are open.",
     "This House would refuse the casino licence", ("evening",)),
    ("The toll has done its work and paid for the bridge. I propose that the council suspend the bridge "
     "toll for two years only, and no longer. The traders on the far bank need the custom now.",
     "the council should suspend the bridge toll for two years", ("no longer",)),
    ("The allotments lie empty while the waiting list grows. I would propose that every vacant plot within "
     "this borough be offered to the families on the list. Food grown there is food not bought.",
     "This House would offer every vacant plot within the borough to the families on the list",
     ("this borough",)),
]


@pytest.mark.parametrize(("paragraph", "motion", "left_out"), WRAPPED, ids=[w[1][:40] for w in WRAPPED])
def test_the_wrapping_of_a_proposal_is_left_out(
        paragraph: str, motion: str, left_out: tuple[str, ...]) -> None:
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert drafted, paragraph
    first = drafted[0]
    assert carries(first, motion, r"^(?:This House would |the \w+ should )"), drafted
    assert not any(word in first.lower() for word in left_out), first
    assert problem(first) is None, first


def test_an_occasion_that_closes_a_comparison_stays() -> None:
    text = "This House would spend more on the buses than the county is spending today"
    assert without_occasion(text) == text
    assert without_occasion("This House would close the depot today") == "This House would close the depot"


@pytest.mark.parametrize("motion", [
    "This House would keep the market open on Sundays only",
    "This House would open the swimming pool to residents only",
    "This House would suspend the parking charges for three months only",
])
def test_a_limit_on_a_phrase_is_no_unfinished_only(motion: str) -> None:
    assert problem(motion) is None


@pytest.mark.parametrize("motion", [
    "This House would fund the bus only",
    "This House believes that the council should act for the few and not only",
])
def test_a_bare_trailing_only_is_still_unfinished(motion: str) -> None:
    assert problem(motion) is not None


def test_a_count_in_words_is_a_figure_unless_the_claim_weighs_it() -> None:
    assert report_not_thesis("This House believes that most pupils live within two miles of the school")
    assert report_not_thesis("This House believes that the ward has four nurses on a night shift")
    assert report_not_thesis("This House believes that twelve jurors are too many for a minor trial") is None
    assert report_not_thesis("This House believes that a child of eleven is too young for a phone") is None
