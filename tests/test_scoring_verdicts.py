"""A side stated as a verdict rather than as "we should (not) …": a rhetorical question, "no reason
to", "X was wrong to", "the case for X collapses", "I come down against", an order to keep or leave
something as it is; and motions that oppose or regret their own action, where restating the action
opposes the motion. The wordings are written for these tests; none is in tests/bench/statement_phrasings.py.
"""

from __future__ import annotations

import pytest
from scoring_samples import opening_statements

from bot.scoring.analyses.verdicts import plain_verdict

FIREWORKS = "This House would ban the sale of fireworks to the public."
BATHS = "This House regrets the decision of the city council to close its public baths."
CURFEW = "This House opposes introducing a curfew for teenagers."


stated = opening_statements


@pytest.mark.parametrize(("motion_text", "opening", "side"), [
    (FIREWORKS, "Why on earth would we stop families buying a box of sparklers, and ban fireworks?", -1.0),
    (FIREWORKS, "Why would anyone ban fireworks when a bonfire night brings a whole street together?", -1.0),
    (FIREWORKS, "Why not ban fireworks sales altogether?", 1.0),
    (FIREWORKS, "Frankly, I see no reason to ban fireworks for the careful majority.", -1.0),
    (FIREWORKS, "There is no good reason not to ban fireworks sales.", 1.0),
    (FIREWORKS, "Other countries were wise to ban fireworks sales years ago.", 1.0),
    (FIREWORKS, "The case for banning fireworks falls apart once you look at the injury figures.", -1.0),
    (FIREWORKS, "The case against a fireworks ban collapses the moment you visit a burns unit.", 1.0),
    (FIREWORKS, "Weighing it all, we come down on the side of the ban.", 1.0),
    (FIREWORKS, "Leave fireworks alone.", -1.0),
    (BATHS, "The council was wrong to close the public baths.", 1.0),
    (BATHS, "The council was right to close its baths.", -1.0),
    (BATHS, "Public baths should not have been closed.", 1.0),
])
def test_a_verdict_in_another_form_states_a_side(motion_text: str, opening: str, side: float) -> None:
    assert stated(motion_text, opening) == [side]


@pytest.mark.parametrize(("opening", "side"), [
    ("Teenagers should be home by ten, and a curfew would see to it.", 0.0),
    ("We should introduce a curfew for teenagers.", -1.0),
    ("A curfew for teenagers should not be introduced.", 1.0),
])
def test_restating_an_action_the_motion_opposes_opposes_the_motion(opening: str, side: float) -> None:
    assert stated(CURFEW, opening) == ([side] if side else [])


@pytest.mark.parametrize("opening", [
    "Why should we ban fireworks? Let me give you three reasons.",
    "Keep in mind that fireworks injure hundreds of children every autumn.",
    "Some ask why anyone would keep selling fireworks at all.",
    "If ministers were right to ban fireworks, the injury figures would have fallen.",
])
def test_a_signpost_a_reminder_or_a_report_is_no_verdict_against_the_motion(opening: str) -> None:
    assert -1.0 not in stated(FIREWORKS, opening)


def test_a_kept_action_backs_the_motion_and_a_kept_subject_opposes_it() -> None:
    assert plain_verdict("Keep the ban.", lambda word: word == "ban") == "we support the ban."
    kept = plain_verdict("Leave the old rules where they are.", lambda word: False)
    assert kept == "we should keep the old rules."
    assert plain_verdict("Keep calm and carry on.", lambda word: False) is None


@pytest.mark.parametrize(("motion_text", "opening", "side"), [
    ("This House would abolish the death penalty.", "The state should end capital punishment for good.", 1.0),
    ("This House would abolish the death penalty.", "Capital punishment must never be abolished.", -1.0),
    ("This House would ban factory farming.", "Industrial animal agriculture should not be banned.", -1.0),
])
def test_the_policy_restated_with_its_subject_in_other_words_states_a_side(
    motion_text: str, opening: str, side: float,
) -> None:
    assert stated(motion_text, opening) == [side]


@pytest.mark.parametrize(("opening", "side"), [
    ("Shops should keep selling fireworks.", [-1.0]),
    ("Councils must keep fireworks legal.", [-1.0]),
    ("The new rules would keep fireworks on sale.", []),
    ("Whether shops should keep selling fireworks is the question.", []),
])
def test_keeping_the_subject_with_any_subject_and_an_ought_opposes_a_ban(
    opening: str, side: list[float],
) -> None:
    assert stated(FIREWORKS, opening) == side


GRANTS = "This House opposes state grants for new private airports."


@pytest.mark.parametrize(("motion_text", "opening", "side"), [
    (GRANTS, "Grants for private airports should be scrapped.", [1.0]),
    (GRANTS, "Airport grants must end this year.", [1.0]),
    (GRANTS, "We should keep the airport grants.", [-1.0]),
    (GRANTS, "Keep the grants.", [-1.0]),
    (GRANTS, "We support state grants for private airports.", [-1.0]),
])
def test_on_a_motion_that_opposes_a_thing_ending_it_backs_the_motion(
    motion_text: str, opening: str, side: list[float],
) -> None:
    assert stated(motion_text, opening) == side


SUGAR_TAX = "This House opposes the tax on sugary drinks."
HUNTING_BAN = "This House opposes the ban on hunting with dogs."


@pytest.mark.parametrize(("motion_text", "opening", "side"), [
    (SUGAR_TAX, "We support scrapping the sugar tax.", 1.0),
    (SUGAR_TAX, "We oppose scrapping the tax on sugary drinks.", -1.0),
    (SUGAR_TAX, "I am firmly against abolishing the sugar tax.", -1.0),
    (SUGAR_TAX, "We back the tax on sugary drinks.", -1.0),
    (SUGAR_TAX, "We oppose the tax on sugary drinks.", 1.0),
    (HUNTING_BAN, "We support lifting the ban on hunting with dogs.", 1.0),
    (HUNTING_BAN, "We oppose repealing the hunting ban.", -1.0),
    (HUNTING_BAN, "We support keeping the ban on hunting with dogs.", -1.0),
])
def test_on_a_motion_against_a_thing_backing_its_end_backs_the_motion(
    motion_text: str, opening: str, side: float,
) -> None:
    assert stated(motion_text, opening)[:1] == [side]


CASINOS = "This House would ban online casinos."


@pytest.mark.parametrize(("opening", "side"), [
    ("We oppose letting online casinos stay in business.", 1.0),
    ("We support letting online gambling sites stay open.", -1.0),
    ("I stand against keeping online casinos legal.", 1.0),
])
def test_keeping_what_a_motion_removes_is_its_opposite(opening: str, side: float) -> None:
    assert stated(CASINOS, opening)[:1] == [side]
