"""Drafting round 24: a letter against a plan, as a class.

A debate over such a letter is over the plan, so the plan is the motion and the author is the Opposition
(`opposed.py`). The plan may be named as a thing ("The borough is consulting on a residents-only parking
scheme …"), and turned down in many ways: "the sale should be rejected", "I urge the committee to throw
it out", "I urge the board to throw out the closure plan", or a verdict that it would not work ("A permit
scheme would not solve the problem; it would move it"). The author's call to reject it is not a second
motion. Look-alikes: an author who only reports a neighbour's opposition, a plan the author backs.
Every letter is our own.
"""

from __future__ import annotations

import pytest
from test_drafting_closing_orders import letter, matches

from bot.drafting import draft_essay
from bot.drafting.opposed import rejects_plan
from bot.drafting.structure import problem

# (case, the letter's paragraphs, the plan: the expected first motion)
OPPOSED: list[tuple[str, tuple[str, ...], str]] = [
    ("a noun plan, a verdict that it would not work",
     ("The borough is consulting on a residents-only parking scheme for Station Street. Commuters park there "
      "all day, and residents come home to find nowhere to stop.",
      "A permit scheme would not solve the problem; it would move it. The commuters would park in the next "
      "street, and the residents there would be complaining next year. Permits would also cost each "
      "household sixty pounds a year.",
      "The borough would be better served by opening the station car park at a lower daily rate."),
     "This House would introduce a residents-only parking scheme for Station Street"),
    ("a passive rejection, then 'I urge … to throw it out'",
     ("The district council plans to sell the Greenfield allotments to a developer for forty new homes. "
      "The plan goes before the planning committee next month.",
      "The allotments have been worked for a century. Forty families grow food there, and the waiting list "
      "is longer than the list of plots. Homes can be built on the empty depot site across the road.",
      "The sale should be rejected, and I urge the committee to throw it out."),
     "This House would sell the Greenfield allotments to a developer"),
    ("'I urge the board to throw out the closure plan'",
     ("The trust proposes to close the minor injuries unit at Bramley and send patients to the city "
      "hospital instead.",
      "Closing the unit would not save money; it would move the cost to the ambulance service and to an "
      "emergency department that is already full. A sprained wrist would wait six hours instead of forty "
      "minutes.",
      "I urge the trust board to throw out the closure plan."),
     "This House would close the minor injuries unit at Bramley"),
]


@pytest.mark.parametrize(("case", "paragraphs", "expected"), OPPOSED, ids=[o[0] for o in OPPOSED])
def test_the_opposed_plan_is_the_motion(case: str, paragraphs: tuple[str, ...], expected: str) -> None:
    draft = draft_essay(letter(*paragraphs))
    assert draft.motions, "no motion printed"
    first = draft.motions[0]
    assert problem(first.text) is None, first.text
    assert matches(first.text, expected), first.text
    assert any("AGAINST" in c for c in first.checks), first.checks
    # the author's own call to turn the plan down is the Opposition's case, not another motion
    assert not [m.text for m in draft.motions if "throw" in m.text or "reject" in m.text]


@pytest.mark.parametrize(("sentence", "rejects"), [
    ("The sale should be rejected.", True),
    ("I urge the committee to throw it out.", True),
    ("I urge the trust board to throw out the closure plan.", True),
    ("A permit scheme would not solve the problem; it would move it.", True),
    ("The scheme must be thrown out.", True),
    ("The committee should not reject the plan.", False),
    ("A new drain would solve the problem.", False),
    ("The council should throw out the old benches.", False),
    ("The plan would not solve everything, but it is a start.", False),
])
def test_a_plan_turned_down_is_read(sentence: str, rejects: bool) -> None:
    assert rejects_plan(sentence) is rejects


def test_a_reported_opposition_is_not_the_authors() -> None:
    draft = draft_essay(letter(
        "The county wants to build a wind farm on Hollin Moor. My neighbour, a retired farmer, opposes the "
        "plan: he says the turbines would spoil the view from his kitchen and frighten his sheep.",
        "I have lived here longer than he has, and I have watched the moor change in every decade of my "
        "life. The heather comes back after every fire, and the curlews come back every spring.",
    ))
    assert not [m for m in draft.motions if any("AGAINST" in c for c in m.checks)]


def test_the_authors_alternative_follows_the_plan() -> None:
    draft = draft_essay(letter(*OPPOSED[0][1]))
    assert len(draft.motions) > 1, [m.text for m in draft.motions]
    alternative = draft.motions[1].text
    assert problem(alternative) is None, alternative
    expected = "This House would open the station car park at a lower daily rate"
    assert matches(alternative, expected), alternative


@pytest.mark.parametrize(("sentence", "reading"), [
    ("The parish would be better served by opening the school car park on Saturdays.",
     "The parish should open the school car park on Saturdays"),
    ("The county would be far better served by sharing the van with the district.",
     "The county should share the van with the district"),
    ("The town would be better served by nothing at all.", None),
    ("Readers would be better served by reading the report.", None),
])
def test_an_alternative_better_served_is_a_proposal(sentence: str, reading: str | None) -> None:
    from bot.drafting.complements import better_served
    from bot.drafting.grammar import VERBS

    assert better_served(sentence, set(VERBS)) == reading
