"""Side statements in everyday forms: a call on the motion itself ("Throw the resolution out tonight",
"Vote it down and …"), a stance on what a ban removes ("I'm against professional boxing" backs the
ban), and a stance on an act ("I will not vote to ban it", "Count me out of any plan to …", "I can't
think of a single reason not to …"). A warning, a question, someone else's wish and a condition
state no side. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from scoring_samples import opening_side

BOXING = "mill-ban-boxing"  # would ban professional boxing
STADIUMS = "bastiat-stadium-subsidies"  # would end public subsidies for stadiums
VOTING = "condorcet-compulsory-voting"  # would make voting compulsory


@pytest.mark.parametrize("motion_id", [BOXING, STADIUMS, VOTING])
@pytest.mark.parametrize(("opening", "expected"), [
    ("Pass the motion, and let the evidence decide.", 1.0),
    ("So, please, support this motion.", 1.0),
    ("Count us in.", 1.0),
    ("Throw the resolution out tonight.", -1.0),
    ("Vote it down and keep things as they are.", -1.0),
    ("I would never vote for this motion.", -1.0),
    ("Do not pass this motion.", -1.0),
])
def test_a_call_on_the_motion_states_the_side(motion_id: str, opening: str, expected: float) -> None:
    assert opening_side(motion_id, opening) == expected


@pytest.mark.parametrize("motion_id", [BOXING, STADIUMS, VOTING])
@pytest.mark.parametrize("opening", [
    "Pass this motion and you will see the costs climb.",
    "They want you to reject this motion.",
    "Will you pass this motion?",
    "If you reject this motion, nothing changes.",
])
def test_a_warning_a_question_or_a_wish_of_others_is_no_call(motion_id: str, opening: str) -> None:
    assert opening_side(motion_id, opening) == 0.0


@pytest.mark.parametrize(("motion_id", "opening", "expected"), [
    (BOXING, "I'm against professional boxing.", 1.0),
    (BOXING, "I won't defend professional boxing.", 1.0),
    (BOXING, "I'm not for professional boxing, and never have been.", 1.0),
    (BOXING, "We proudly defend professional boxing.", -1.0),
    (BOXING, "Count me in for a boxing ban.", 1.0),
    (BOXING, "So count me squarely behind a boxing ban.", 1.0),  # an adverb, and "behind" for "in"
    (STADIUMS, "I'm against stadium subsidies.", 1.0),
    (STADIUMS, "We are all for public subsidies for stadiums.", -1.0),
])
def test_a_stance_on_what_the_motion_removes_is_read_through_it(
        motion_id: str, opening: str, expected: float) -> None:
    assert opening_side(motion_id, opening) == expected


@pytest.mark.parametrize(("motion_id", "opening", "expected"), [
    (BOXING, "I will not vote to ban professional boxing.", -1.0),
    (BOXING, "Count me out of any plan to ban boxing.", -1.0),
    (BOXING, "I'm ready to ban professional boxing.", 1.0),
    (BOXING, "I can't think of a single reason not to ban professional boxing.", 1.0),
    (BOXING, "We couldn't find one good reason to ban boxing.", -1.0),
    (BOXING, "Keep professional boxing legal.", -1.0),
    (STADIUMS, "Count me out of subsidising stadiums.", 1.0),
])
def test_a_stance_on_an_act_is_read_as_the_plain_statement(
        motion_id: str, opening: str, expected: float) -> None:
    assert opening_side(motion_id, opening) == expected


def test_keeping_a_thing_away_is_not_keeping_it() -> None:
    assert opening_side(BOXING, "Keep boxing out of our arenas.") >= 0.0


@pytest.mark.parametrize(("motion_id", "opening"), [
    (BOXING, "Ban professional boxing? Not in a free country."),
    (VOTING, "Make voting compulsory? Not while I have breath."),
])
def test_the_motion_restated_as_a_question_is_no_statement_for_it(motion_id: str, opening: str) -> None:
    assert opening_side(motion_id, opening) <= 0.0


@pytest.mark.parametrize(("motion_id", "opening"), [
    (BOXING, "I'm against letting boxing promoters profit from head injuries."),
    (BOXING, "I stand against the boxing promoters who profit from brain damage."),
    (BOXING, "I'm firmly against leaving professional boxing as it is."),
    (VOTING, "I'm against letting a tiny minority choose every government."),
])
def test_a_stance_on_something_else_is_no_stance_on_the_motion(motion_id: str, opening: str) -> None:
    # Each argues for the motion in the words of an objection; none may be read as opposing it.
    assert opening_side(motion_id, opening) >= 0.0


@pytest.mark.parametrize(("motion_id", "opening", "expected"), [
    ("sun-multipolar-world", "I'd choose American leadership over a crowd of rival powers.", -1.0),
    ("sun-multipolar-world", "Several centres of power, not one policeman, keep the peace.", 1.0),
    ("gawande-open-rationing", "Rationing by price rather than by a committee's formula keeps choice.", -1.0),
    ("zola-partisan-press", "I'd pick papers that admit their politics over ones that feign balance.", 1.0),
])
def test_choosing_one_option_of_a_motion_of_preference_states_the_side(
        motion_id: str, opening: str, expected: float) -> None:
    assert opening_side(motion_id, opening) == expected


@pytest.mark.parametrize(("motion_id", "opening"), [
    ("sun-multipolar-world", "American power grew steadily over the twentieth century."),
    ("zola-partisan-press", "They would pick partisan papers over neutral ones, they say."),
])
def test_a_preposition_or_someone_elses_choice_is_no_preference(motion_id: str, opening: str) -> None:
    assert opening_side(motion_id, opening) == 0.0


@pytest.mark.parametrize(("opening", "expected"), [
    ("Professional boxing should stay, because adults may choose their risks.", -1.0),
    ("Professional boxing must go.", 1.0),
    ("Some doctors argue that professional boxing must go.", 0.0),
])
def test_saying_what_becomes_of_what_a_ban_removes_states_the_side(opening: str, expected: float) -> None:
    assert opening_side(BOXING, opening) == expected


@pytest.mark.parametrize(("motion_id", "opening", "expected"), [
    ("ritchie-germany-nuclear-exit", "My colleague and I welcome the end of German nuclear power.", -1.0),
    ("ritchie-germany-nuclear-exit", "We gladly welcome the closure of Germany's reactors.", -1.0),
    (BOXING, "We are against the ban on professional boxing.", -1.0),
])
def test_a_stance_on_the_motions_action_named_as_a_removal_follows_the_motion(
        motion_id: str, opening: str, expected: float) -> None:
    assert opening_side(motion_id, opening) == expected
