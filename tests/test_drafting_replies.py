"""Drafting: an order given as the author's reply to a question, and a state foretold that is no order.

"What should the town do first? We reply, pedestrianise the high street.": the frame marks the author's own
answer, so its first word is read as a verb even where no list knows it. "While this temper lasts, the hope
of a settlement must remain faint": an abstraction that must stay in a state is a forecast, not an act asked
of anyone. "If there were a ferry every hour, the island would keep its families": a measure wished into
being by a condition, owned or praised, is proposed. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.drafting.grammar import VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import read_essay
from bot.drafting.replies import replied_order
from bot.drafting.wishes import wished_measure

_OPENING = """The Canal Basin

The canal basin has lain empty for twenty years. The warehouses around it are boarded up, the towpath is
overgrown and the water is thick with weed. Every plan the council has drawn up for it has asked for a
developer's money first, and no developer has come. Meanwhile the city spends a small fortune each year
keeping the fences up and the trespassers out, and the neighbourhood around the basin has the lowest footfall
of any part of the centre. The shops on Wharf Road close one after another, and the people who live in the
new flats beside the water walk past a view of rotting timber to reach their front doors. The basin was
dug for trade, and for a century it carried coal, grain and timber into the heart of the city; what it
lacks now is not a developer but a use.

"""


def _answer(question: str, reply: str) -> str | None:
    essay = read_essay(_OPENING + question + " " + reply + "\n", None)
    at = next(s.index for s in essay.sentences if s.text.startswith(reply.split()[0]))
    return replied_order(essay, at)


@pytest.mark.parametrize(("question", "reply", "order"), [
    ("What, then, is the first step?", "We reply, drain the basin and let the boat clubs back in.",
     "We should drain the basin and let the boat clubs back in."),
    ("How is the council to pay for it?", "I answer: lease the warehouses to the makers who want them.",
     "We should lease the warehouses to the makers who want them."),
    ("And what of the towpath?", "To this we say, resurface it before the summer.",
     "We should resurface it before the summer."),
])
def test_a_reply_to_a_question_gives_the_authors_order(question: str, reply: str, order: str) -> None:
    assert _answer(question, reply) == order


@pytest.mark.parametrize(("question", "reply"), [
    ("What, then, is the first step?", "We reply, the council has no money for a first step."),  # a claim
    ("What, then, is the first step?", "We reply, certainly not another consultation."),
    ("The basin waits.", "We reply, drain the basin."),  # no question to answer
])
def test_no_order_is_read_where_the_reply_gives_none(question: str, reply: str) -> None:
    assert _answer(question, reply) is None


@pytest.mark.parametrize("sentence", [
    "The hope of a settlement must remain faint.",
    "The prospect of lower fares will remain distant.",
    "Their cooperation must prove fragile.",
])
def test_an_abstraction_in_a_state_foretold_is_no_proposal(sentence: str) -> None:
    assert parse_recommendation(sentence, set(VERBS)) is None


@pytest.mark.parametrize("sentence", [
    "The government must remain neutral in the dispute.",
    "The commission must remain independent of the ministry.",
    "The ferry must remain in public hands.",
])
def test_a_body_or_a_thing_kept_in_a_state_is_still_a_proposal(sentence: str) -> None:
    assert parse_recommendation(sentence, set(VERBS)) is not None


@pytest.mark.parametrize(("sentence", "measure"), [
    ("If now, and this is my proposal, there were a ferry every hour in winter, the island would keep its "
     "young families.", "we should introduce a ferry every hour in winter"),
    ("If there were a crossing at Mill Corner, fewer children would be hurt on the way to school and the "
     "school run would improve.", "we should introduce a crossing at Mill Corner"),
])
def test_a_measure_wished_into_being_by_a_condition_is_proposed(sentence: str, measure: str) -> None:
    assert wished_measure(sentence) == measure


@pytest.mark.parametrize("sentence", [
    "If there were a toll on the bridge, the poorest families would suffer most.",
    "If there were a bus every hour, I would still drive.",
])
def test_a_condition_that_foretells_no_good_proposes_nothing(sentence: str) -> None:
    assert wished_measure(sentence) is None
