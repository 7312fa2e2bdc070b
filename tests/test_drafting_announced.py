"""Drafting round 25: a measure the speaker announces he will lay before a body, or ask it for.

Addresses to a council or an assembly put their proposals in the future tense: "I shall send to the council a
plan …", "I will propose to this assembly a programme …", "I am asking the board to …", "I shall ask the
council for powers to …". Each is a proposal; "I shall send you the figures" and "I will ask you to consider
…" are not. The paragraphs are our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import TALK_OPENING, carries, drafted_after

from bot.drafting.announced import announced_measure
from bot.drafting.structure import problem

OPENING = TALK_OPENING + "The questions that evening were mostly about the harbour and the roads."
LEAD = r"^This House (?:would|believes that) "

# (class, paragraph, expected first motion)
FOUND: list[tuple[str, str, str]] = [
    ("send to a body a plan, with a description after the comma",
     "The harbour silts up a little more every winter. I shall shortly send to the council a new dredging "
     "plan, modest in cost but drawn up to keep the channel open all year. The fishing boats lose whole "
     "days waiting for the tide, and the ferry has twice run aground since March.",
     "This House would adopt a new dredging plan"),
    ("propose to a named body a programme with its purpose",
     "Half the footpaths above the valley are closed by landslips. I will propose to the Parish Council a "
     "five-year repair programme to reopen every path by the spring of the last year. Walkers bring "
     "trade to the inns, and the inns have had three thin summers.",
     "This House would adopt a five-year repair programme to reopen every path"),
    ("present to this assembly a scheme, after a purpose",
     "Young people leave the island because there is nowhere for them to live. To keep them here, I shall "
     "present to this assembly a scheme of starter flats let at half the market rent. The builders are "
     "ready, and the land belongs to the island already.",
     "This House would adopt a scheme of starter flats let at half the market rent"),
    ("am asking a body to act",
     "The level crossing has no barrier, only a light that drivers ignore. I am asking the railway board "
     "to fit full barriers at the crossing before the winter timetable starts. Two cars were hit there "
     "last year, and a child was nearly killed.",
     "This House would have the railway board fit full barriers at the crossing"),
    ("will ask a body for powers to act",
     "Empty shops spoil the high street, and their owners live far away. I shall ask the council for powers "
     "to take over empty shops and rent them to local traders after a year of disuse. A shop that trades "
     "pays rates, and a dark window pays nothing.",
     "This House would take over empty shops and rent them to local traders"),
]


@pytest.mark.parametrize(("kind", "paragraph", "expected"), FOUND, ids=[c[0] for c in FOUND])
def test_an_announced_measure_is_the_first_motion(kind: str, paragraph: str, expected: str) -> None:
    motions = drafted_after(OPENING, paragraph)
    assert motions, "no motion printed"
    assert problem(motions[0]) is None, motions[0]
    assert carries(motions[0], expected, lead=LEAD), motions[0]


@pytest.mark.parametrize("sentence", [
    "I shall send you the figures before the next meeting.",
    "I shall submit the detailed accounts in my next report.",
    "I will ask you to consider the matter again with care.",
    "I shall send to the council special messages on each of these subjects.",
    "I will propose to the committee a vote of thanks to the organisers.",
    "I shall present the prizes at the end of the evening.",
    "The plan which I shall send to the council is modest.",
])
def test_an_announcement_without_a_measure_is_not_one(sentence: str) -> None:
    assert announced_measure(sentence) is None


def test_powers_asked_for_are_never_read_as_the_actor() -> None:
    paragraph = ("The weir has not been cleared for a decade. I will ask the river board for authority to "
                 "clear the weir every autumn. The meadows flood each winter, and the farmers lose their "
                 "hay.")
    motions = drafted_after(OPENING, paragraph)
    assert not [m for m in motions if "board for authority" in m], motions


def test_a_plain_request_keeps_its_actor() -> None:
    asked = announced_measure("I will ask the county to light the underpass")
    assert asked == "the county should light the underpass"
