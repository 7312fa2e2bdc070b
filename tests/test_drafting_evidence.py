"""Drafting round 25: a claim inside a frame of evidence ("Experience has shown that X", "History teaches us
that X", "It has been proved beyond doubt that X", "Nothing is more certain than that X").

The claim is X; a belief motion that keeps the frame reads as a remark about the evidence. A person who "has
shown that X" is reported, not vouched for, and the frame stays. The paragraphs are our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import TALK_OPENING, drafted_after

from bot.drafting.evidence import strip_evidence
from bot.drafting.structure import problem
from bot.drafting.wording import value_motion

OPENING = TALK_OPENING + "Most of the questions afterwards were about the new bridge."


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Experience has shown that tolls push traffic onto the side streets.",
     "tolls push traffic onto the side streets."),
    ("History teaches us that walls do not keep ideas out.", "walls do not keep ideas out."),
    ("The way of the past shows clearly that open markets outlast closed ones.",
     "open markets outlast closed ones."),
    ("Long experience has again demonstrated that small schools serve their villages best.",
     "small schools serve their villages best."),
    ("It has been proved beyond doubt by the experience of other towns that a levy cuts congestion.",
     "a levy cuts congestion."),
    ("Nothing is more certain than that the cost will be passed on to tenants.",
     "the cost will be passed on to tenants."),
    ("There is nothing so evident in politics as that a promise costs less than a road.",
     "a promise costs less than a road."),
])
def test_the_claim_comes_out_of_its_frame(sentence: str, claim: str) -> None:
    assert strip_evidence(sentence) == claim


@pytest.mark.parametrize("sentence", [
    "Critics have shown that the scheme costs more than it saves.",
    "The survey has shown that rents rose.",
    "A man who ignores history shows that he has learned nothing from it.",
    "Experience has taught us the value of thrift.",
    "Time will tell whether the plan works.",
    "The experience of last year confirmed the folly of the idea that tolls pay for themselves.",
    "Life shows that it works.",
])
def test_other_sentences_are_left_alone(sentence: str) -> None:
    assert strip_evidence(sentence) == sentence


def test_a_belief_motion_drops_the_frame() -> None:
    motion = value_motion("Real experience has again shown that village schools can do well without a head.")
    assert motion == "This House believes that village schools can do well without a head"
    assert problem(motion) is None


@pytest.mark.parametrize("paragraph", [
    "The old ferry has carried passengers across the estuary for ninety years. Experience has shown that a "
    "new bridge brings more traffic than it carries away. The villages on the far bank would fill with "
    "lorries, and the quiet lanes would be widened into roads.",
    "Parents have asked for a painted crossing at the school gate. History teaches us that a warden at the "
    "kerb does more for children's safety than any line on the road. Drivers slow down for a person, and "
    "they stop noticing paint within a month.",
])
def test_no_motion_keeps_the_frame(paragraph: str) -> None:
    motions = drafted_after(OPENING, paragraph)
    assert motions, "no motion printed"
    assert not [m for m in motions if "has shown that" in m or "teaches us that" in m], motions
    assert all(problem(m) is None for m in motions), motions
