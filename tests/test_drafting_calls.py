"""Drafting: which calls carry a proposal, and a long concluded thesis.

"Make every bus stop a sheltered stop" is an act; "make a difference" and "make new efforts" ask nothing.
"Accept the trust's offer" takes up what is offered, an act; "accept that times change" is a state of mind.
"Vote yes on Thursday" says how to vote, not what is voted on: no motion. "Is it not time we stopped draining
the bogs and started restoring them?" turns from one act to another, and both are kept. "I conclude,
therefore, that X", however long its period, states the thesis. Every paragraph is our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import CLOSING, TALK_OPENING, carries, drafted_after

from bot.drafting.structure import problem

# (paragraph, the motion it must draft first)
CALLS: list[tuple[str, str]] = [
    ("Waiting in the rain puts people off the bus for good. The county should make every bus stop on the "
     "main road a sheltered stop with a seat, and make a real difference to the people who wait there. "
     "Shelters cost little beside the fares they bring.",
     "the county should make every bus stop on the main road a sheltered stop"),
    ("The trust has offered us the mill for a peppercorn rent. Let us accept the trust's offer, and turn "
     "the mill into workshops for the town's craftspeople. Empty, it will only decay.",
     "This House would accept the trust's offer"),
    ("The old way of teaching children to read is gone, and with it some of our certainties. In my own long "
     "experience as a teacher of small children in three schools and two counties, I have come to a view "
     "that I will put as plainly as I can. I conclude, therefore, that every child who leaves the primary "
     "school unable to read with ease has been failed by the adults in charge of it, whatever the reasons "
     "given, and that no budget, no inspection and no timetable excuses that failure.",
     "This House believes that every child who leaves primary school unable to read with ease has been "
     "failed by the adults in charge"),
]


@pytest.mark.parametrize(("paragraph", "motion"), CALLS, ids=[c[1][:40] for c in CALLS])
def test_a_call_with_content_is_drafted(paragraph: str, motion: str) -> None:
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert drafted, paragraph
    assert carries(drafted[0], motion, r"^(?:This House (?:would|believes that) |the \w+ should )"), drafted
    assert problem(drafted[0]) is None, drafted[0]


def test_a_turn_from_one_act_to_another_is_drafted_whole() -> None:
    paragraph = ("The moors burn every dry summer. Is it not time we stopped draining the peat bogs and "
                 "started restoring them? A wet bog does not burn.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    turned = [m for m in drafted if "drain" in m]
    assert turned and "started" not in turned[0] and "restor" in turned[0], drafted
    assert problem(turned[0]) is None, turned[0]


@pytest.mark.parametrize("call", [
    "Vote yes on Thursday.",
    "So vote for it next week.",
    "Say no on polling day.",
])
def test_a_call_that_only_says_how_to_vote_is_no_motion(call: str) -> None:
    paragraph = ("The hall is cold and the roof leaks, and the caretaker has said so at every meeting for "
                 "three years. " + call)
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert not any("vote" in m.lower() or "say no" in m.lower() for m in drafted), drafted


def test_accepting_a_fact_is_no_act() -> None:
    paragraph = ("The town has changed. We must accept that the market will never again be what it was. "
                 "The stalls are fewer every year.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert not any("accept" in m.lower() for m in drafted), drafted


def test_a_turn_half_made_is_refused() -> None:
    assert problem("This House opposes draining the peat bogs and started restoring them") is not None
    assert problem("This House opposes taxing bread and began to tax meat") is not None
    assert problem("This House opposes closing the library and selling its building") is None


def test_a_meetings_resolution_is_its_own_call() -> None:
    paragraph = ("At a meeting of the parishioners held in the vestry, the following resolutions were "
                 "adopted. Resolved, That the footpath across Long Meadow ought to remain open to every "
                 "parishioner, as it has been within living memory. Resolved, That the farmer's petition to "
                 "close it is contrary to the interest of this parish.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert drafted and "footpath across long meadow" in drafted[0].lower(), drafted
    assert "this parish" not in " ".join(drafted) and problem(drafted[0]) is None, drafted
