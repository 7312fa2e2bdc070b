"""Drafting: history told is no thesis, and a thesis is not refused for the wrong reasons.

Long argumentative essays (Mill's, the Federalist's) tell history on their way to a claim: "A time came when
men ceased to …", "A strong sense of X induced the people to …". Such a sentence judges nothing, so it weighs
less as a thesis than a claim that holds now (`narration.py`). A claim is not refused because it compares two
ways with ", than by …", nor because a word in it stands in quotation marks. And some sentences that read as
claims are not the author's: "this being so, …" leans on the sentence before; "others, though content with X,
are averse to Y" tells what others hold; "Take Milton." brings up an example; "for these, X will …" points
back. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.drafting.compose import _belief
from bot.drafting.disputable import report_not_thesis
from bot.drafting.narration import narrates
from bot.drafting.structure import problem


@pytest.mark.parametrize("sentence", [
    "A time came, in the history of the town, when the ferry stopped running and the bridge was built.",
    "A strong sense of the danger of fire induced the citizens, at an early date, to form a fire brigade.",
    "What was then wanted was, that the mills should be moved out of the town.",
    "Last spring the council adopted, with a good deal of ceremony, a plan to plant a thousand trees.",
    "The county closed its last grammar school in 1974.",
])
def test_history_told_in_the_past_is_narration(sentence: str) -> None:
    assert narrates(sentence)


@pytest.mark.parametrize("sentence", [
    "Men are happier when they govern themselves, than when a stranger governs them.",
    "Children brought up near a park are healthier than children brought up beside a ring road.",
    "The prison building scheme was a costly mistake.",
    "The old tariff did more harm than good.",
    "Nobody remembers the evenings they spent in front of a screen.",
    "A single painted bench makes no difference to a square.",
    "The soldiers who fought in that war deserve a pension.",
    "The council should reopen the ferry.",
])
def test_claims_that_hold_now_or_judge_are_no_narration(sentence: str) -> None:
    assert not narrates(sentence)


def test_a_comparison_after_a_comma_is_one_proposition() -> None:
    motion = _belief("Towns are better served by many small libraries, than by one great library in the "
                     "centre.", frozenset())
    assert problem(motion) is None, motion


def test_a_term_in_quotation_marks_is_no_quotation() -> None:
    motion = _belief('The "reforms" the board announced are not reforms at all but cuts.', frozenset())
    assert '"' not in motion
    assert problem(motion) is None, motion


def test_a_long_quotation_is_still_refused() -> None:
    motion = _belief('The ward is safe only while "the trust keeps a surgeon on call every night".',
                     frozenset())
    assert '"' in motion
    assert problem(motion) is not None


@pytest.mark.parametrize("claim", [
    "this being so, it is strange that the tolls have not yet been lifted",
    "that being the case, the bridge is no longer safe for lorries",
])
def test_a_claim_leaning_on_the_sentence_before_is_refused(claim: str) -> None:
    assert report_not_thesis(f"This House believes that {claim}") is not None


@pytest.mark.parametrize("claim", [
    "others, though willing to pay the toll, are opposed to its being collected by a private firm",
    "some, having lost their savings once, are reluctant to trust the new bank",
    "many are apt to forget how much the old bridge cost",
])
def test_what_unnamed_others_lean_towards_is_not_the_authors_claim(claim: str) -> None:
    assert report_not_thesis(f"This House believes that {claim}") is not None


@pytest.mark.parametrize("motion", [
    "This House would take Dickens's novels",
    "This House would take Shakespeare",
])
def test_an_example_held_up_is_no_proposal(motion: str) -> None:
    assert problem(motion) is not None


def test_a_named_place_after_take_is_still_a_proposal() -> None:
    assert problem("This House would take Britain out of the customs union") is None


@pytest.mark.parametrize("motion", [
    "This House believes that for these, the council will find no money to spare",
    "This House believes that in spite of this, the tax is fair",
    "This House believes that of all those, the worst is the toll",
])
def test_a_fronted_pronoun_points_outside_the_motion(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize("motion", [
    "This House believes that towns should be planned so that everyone lives near useful, pleasant shops",
    "This House believes that councils should publish their data on open, searchable websites",
    "This House would close the old quarry and set the land aside as a nature reserve",
])
def test_coordinate_adjectives_and_a_base_form_past_are_one_proposition(motion: str) -> None:
    assert problem(motion) is None
