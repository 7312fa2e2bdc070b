"""Drafting: a call to follow an example names its act in the sentence before.

"Several Dutch cities have made bus travel free for everyone over sixty-five. Leeds should follow suit.": the
call ("follow suit", "do the same", "do likewise", "follow their lead") is read as the example's act done by
the actor called on, and what a colon adds after the call only lists ways of doing it. Every sentence is our
own.
"""

from __future__ import annotations

import pytest

from bot.drafting import draft_essay
from bot.drafting.precedents import _deed, followed_example
from bot.drafting.reading import read_essay

_FREE_BUSES = """Free Buses for Pensioners

Pensioners in this city pay full fare on every bus they take. For many of them the bus is the only way to
reach the surgery, the market or their grandchildren, and the fare decides how often they go. A return trip
into the centre now costs more than a loaf, a pint of milk and a newspaper together, and a pensioner who makes
that trip three times a week feels it.

The result is that many older people stay at home. They miss appointments, they shop less often and they see
fewer people. Doctors in the city say loneliness is now one of the commonest things their older patients bring
to them, and it is one of the most expensive for the health service to treat.

Several Dutch cities have made bus travel free for everyone over sixty-five. The city council should follow
suit. The cost is small beside what loneliness costs the health service, and the buses already run half empty
in the middle of the day.
"""


@pytest.mark.parametrize(("told", "act"), [
    ("Wales scrapped the charge for hospital parking years ago and has not looked back.",
     "scrap the charge for hospital parking"),
    ("Two boroughs in the north have begun to open their school playgrounds, at weekends and in the "
     "holidays, to local families.", "open their school playgrounds to local families"),
    ("Our neighbours across the river took the tolls off their bridge last year.",
     "take the tolls off their bridge"),
    ("Copenhagen built a network of protected cycle lanes in the 1990s, and its traffic has fallen since.",
     "build a network of protected cycle lanes"),
])
def test_the_example_told_gives_its_act(told: str, act: str) -> None:
    assert _deed(told) == act


@pytest.mark.parametrize("told", [
    "We scrapped the charge years ago.",  # the author's own side: no example to follow
    "The council is thinking about a charge.",  # nothing done yet
    "It works remarkably well.",
])
def test_no_example_is_read_where_none_was_set(told: str) -> None:
    assert _deed(told) is None


def test_the_call_to_follow_is_worded_with_the_example_act() -> None:
    essay = read_essay(_FREE_BUSES, None)
    call = next(s for s in essay.sentences if "follow" in s.text)
    assert followed_example(essay, call.index) == (
        "The city council should make bus travel free for everyone over sixty-five.")


def test_the_drafted_motion_carries_the_act_not_the_call() -> None:
    motions = [m.text for m in draft_essay(_FREE_BUSES).motions]
    assert any("make bus travel free for everyone over sixty-five" in m for m in motions), motions
    assert not any("follow suit" in m for m in motions), motions


def test_a_list_after_the_colon_gives_way_to_the_example_act() -> None:
    text = _FREE_BUSES.replace("The city council should follow\nsuit.",
                               "The city council should do the same: print the passes, tell the drivers, and "
                               "let the buses fill up.")
    motions = [m.text for m in draft_essay(text).motions]
    assert any("make bus travel free" in m for m in motions), motions
    assert not any("print the passes" in m for m in motions), motions
