"""One reading of "it is time (that) X V-ed" (drafting round 18): `exhortations.time_wish`, used by the
restatement (`exhortations.restate`), the question form (`asking.asked_policy`) and the frames
(`framing.unframe`).

An irregular past ("made", "took") is a verb by the table of past forms, whatever verbs the essay happens to
use elsewhere: the essay's own verb list once hid "It is time the council made X Y"."""

from __future__ import annotations

import pytest

from bot.drafting.asking import asked_policy
from bot.drafting.exhortations import restate, time_wish
from bot.drafting.framing import unframe
from bot.drafting.proposals import base_verb, parse_recommendation

# A small verb list that lacks "make", "take" and "give", as an essay's own list may.
KNOWN = {"ban", "repeal", "build", "charge", "close", "scrap", "open"}


def _base(word: str) -> str:
    return base_verb(word, KNOWN)


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("It is time the borough council made the car park free on Sundays.",
         "the borough council should make the car park free on Sundays"),
        ("'Tis time the people took back the commons.", "the people should take back the commons"),
        ("It is high time that ministers gave nurses a proper rise.",
         "ministers should give nurses a proper rise"),
        ("Is it not time we banned the sale of fireworks?", "we should ban the sale of fireworks"),
        ("It is time every landlord in town repealed his own rules.",
         "every landlord in town should repeal his own rules"),
        ("It is time the old rules were scrapped.", "the old rules should be scrapped"),
        ("It is time the council stopped charging for parking.", "the council should not charge for parking"),
        ("Surely it is time Parliament closed the loophole, and scrapped it.",
         "Parliament should close the loophole, and scrap it"),
    ],
)
def test_a_wish_in_the_past_reads_as_should(sentence: str, plain: str) -> None:
    assert time_wish(sentence, _base, lambda w: w in KNOWN) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "It is time to look at the figures.",
        "It is time for tea.",
        "It is time it rained.",
        "It was a time when the council made mistakes.",
    ],
)
def test_other_sentences_about_time_are_no_wish(sentence: str) -> None:
    assert time_wish(sentence, _base, lambda w: w in KNOWN) is None


def test_the_three_readers_share_the_reading() -> None:
    sentence = "It is time the borough council made the car park free on Sundays."
    wanted = "the borough council should make the car park free on Sundays"
    assert restate(sentence, KNOWN) == wanted
    assert unframe(sentence.rstrip("."), _base) == wanted
    question = "Is it not time the borough council made the car park free on Sundays?"
    assert asked_policy(question, lambda w: w in KNOWN, _base) == wanted + "."
    found = parse_recommendation(sentence, KNOWN)
    assert found is not None and found.actor == "the borough council"
    assert found.actions == ("make the car park free on Sundays",)
