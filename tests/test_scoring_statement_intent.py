"""Side statements with the speaker's intent between them and their verb ("we are here to defend the
motion", "I am proud to vote this proposal down"), and statements that leave the motion understood
("I will be arguing against."). A look-alike that reports, guesses or negates states no side.
The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from scoring_samples import bank_motion, opening_side

from bot.scoring.analyses.base import build_context
from bot.scoring.analyses.statements import declared_side
from bot.scoring.speech import read_speech

BOXING = "mill-ban-boxing"  # would ban professional boxing
STADIUMS = "bastiat-stadium-subsidies"  # would end public subsidies for stadiums
VOTING = "condorcet-compulsory-voting"  # would make voting compulsory


@pytest.mark.parametrize("motion_id", [BOXING, STADIUMS, VOTING])
@pytest.mark.parametrize(("opening", "expected"), [
    ("My partner and I are here to defend this motion.", 1.0),
    ("We are ready to champion the motion tonight.", 1.0),
    ("I am delighted to argue in favour of the motion.", 1.0),
    ("Our team is determined to defeat this motion.", -1.0),
    ("We intend to vote down the motion, and to show you why.", -1.0),
    ("I will be arguing against.", -1.0),
    ("We are speaking in favour tonight.", 1.0),
    ("I'll argue for the motion.", 1.0),
])
def test_a_statement_with_an_intent_frame_states_the_side(
        motion_id: str, opening: str, expected: float) -> None:
    assert opening_side(motion_id, opening) == expected


@pytest.mark.parametrize("motion_id", [BOXING, STADIUMS])
@pytest.mark.parametrize("opening", [
    "They will argue against.",
    "You might expect me to argue in favour.",
    "We are not here to defend the motion's wording, only its aim.",
    "If I were to argue for the motion, I would start with the money.",
    "Some of you will vote against.",
    "I am here to argue against them on every point they make.",
])
def test_a_look_alike_states_no_side(motion_id: str, opening: str) -> None:
    assert opening_side(motion_id, opening) == 0.0


@pytest.mark.parametrize("motion_id", [BOXING, STADIUMS, VOTING])
@pytest.mark.parametrize(("opening", "expected"), [
    ("Proposition is delighted to open this debate.", 1.0),
    ("The Opposition bench is honoured to respond tonight.", -1.0),
    ("Opposition are proud to stand here tonight.", -1.0),
])
def test_a_bench_proud_to_speak_is_the_speakers_own(motion_id: str, opening: str, expected: float) -> None:
    assert opening_side(motion_id, opening) == expected


@pytest.mark.parametrize("motion_id", [BOXING, STADIUMS, VOTING])
@pytest.mark.parametrize("opening", [
    "On scale, depth and permanence, our side's impacts outweigh theirs.",
    "Our team's case is simply the stronger one on every measure.",
    "The Proposition is wrong about almost everything they said.",
])
def test_a_line_about_our_side_that_says_not_which_states_no_side(motion_id: str, opening: str) -> None:
    assert opening_side(motion_id, opening) == 0.0


HOOK = ("The queue outside the job centre starts before eight. Most of the people in it have been waiting "
        "for months. Some have skills the town is short of. Nobody in the queue chose to be idle. ")
BODY = ("Start with the money: every person in work pays tax. Then think about the people themselves, "
        "who lose skills and confidence with every idle month. Finally, think about the towns that need "
        "their labour. ")


@pytest.mark.parametrize(("statement", "expected"), [
    ("Let me be plain: this bench backs the motion.", 1.0),
    ("So let me say it clearly: we oppose this motion.", -1.0),
])
def test_a_side_statement_after_a_hook_of_several_sentences_is_read(statement: str, expected: float) -> None:
    ctx = build_context(read_speech(HOOK + statement + " " + BODY), bank_motion(BOXING, "ban boxing"), "prop")
    assert declared_side(ctx)[0] == expected
