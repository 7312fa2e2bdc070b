"""Sentences that look like side statements and are not: a subject that starts with the motion's verb
("Tax inspectors would …"), an order that only supposes ("Ban the adverts, and every notice becomes
…"), what the speaker wants to do in the speech ("I want to be clear about …") and an indirect question
("the question is which …"). Each was once read as a full statement, which flags a speech for the wrong
side. Wordings written for these tests, on ad hoc motions.
"""

from __future__ import annotations

import pytest
from scoring_samples import opening_statements

ROBOT_TAX = "This House would tax companies that replace workers with machines."
CODING = "This House would teach coding in every primary school."
FAITH_ADS = "This House would ban adverts that claim prayer can cure illness."
HOMEWORK = "This House believes that primary schools should set no homework."


stated = opening_statements


@pytest.mark.parametrize(("motion_text", "opening"), [
    (ROBOT_TAX, "Tax inspectors would need years to agree what counts as a machine."),
    (ROBOT_TAX, "Tax credit schemes for small firms have worked well in the past."),
    (FAITH_ADS, "Ban supporters always say the adverts prey on the desperate."),
    (FAITH_ADS, "Ban the adverts, and every church noticeboard in the country becomes a legal risk."),
    (ROBOT_TAX, "Tax the machines, and the factory simply moves to a cheaper country."),
    (CODING, "I want to be clear about what this motion would ask of primary schools."),
    (HOMEWORK, "We want to start by explaining what homework in a primary school actually looks like."),
    (CODING, "The real question is which subjects a primary school should teach first."),
    (HOMEWORK, "Parents have to decide how much homework their children should do at home."),
])
def test_a_look_alike_states_no_side(motion_text: str, opening: str) -> None:
    assert stated(motion_text, opening) == []


@pytest.mark.parametrize(("motion_text", "opening", "side"), [
    (ROBOT_TAX, "Tax the companies that swap their staff for robots.", 1.0),
    (ROBOT_TAX, "Tax them.", 1.0),
    (FAITH_ADS, "Ban these adverts.", 1.0),
    (CODING, "Teach coding from the very first year of school.", 1.0),
    (FAITH_ADS, "Do not ban the adverts.", -1.0),
])
def test_an_order_about_the_motions_own_object_still_states_a_side(
        motion_text: str, opening: str, side: float) -> None:
    assert stated(motion_text, opening)[:1] == [side]
