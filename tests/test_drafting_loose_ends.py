"""Drafting round 24: the loose ends of round 23, each a class.

- A refusal to let something happen, in any modal ("We cannot let them close the pool", "we can't allow
  the trust to sell the field", "we will not let …"): the House opposes the act. "We cannot let this go
  on" names no act.
- A question and its answer, a noun phrase ("The answer? A toll on the bridge.", "So what do we need? A
  crossing by the school."); an answer that names no measure ("Nobody knows.") is none.
- A request named as a noun phrase is worded one way wherever it is read: "introduce" ("impose" a levy,
  "grant" a hearing), after "we need", "what we need is", "the remedy is" or "all we ask is"; a needed
  guarantee keeps its "that" clause.
Every letter is our own.
"""

from __future__ import annotations

import pytest
from test_drafting_closing_orders import matches, motions

from bot.drafting.asks import asked_measure
from bot.drafting.grammar import VERBS
from bot.drafting.measures import pseudo_cleft
from bot.drafting.needs import needed_measure
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem


@pytest.mark.parametrize(("sentence", "act"), [
    ("We cannot let them close the pool.", "close the pool"),
    ("We can't allow the trust to sell the playing field.", "sell the playing field"),
    ("We will not let the board shut the library on Saturdays.", "shut the library on Saturdays"),
    ("We must never let them build on the water meadow.", "build on the water meadow"),
])
def test_a_refusal_to_let_opposes_the_act(sentence: str, act: str) -> None:
    rec = parse_recommendation(sentence, set(VERBS))
    assert rec is not None and rec.negative and rec.actions == (act,), rec


@pytest.mark.parametrize("sentence", [
    "We cannot let this go on.",
    "We cannot let it happen again.",
    "We must not let this continue.",
    "They will not let us park there.",
    "The council will not allow the market to open on Sundays.",  # a refusal reported, not the author's
])
def test_a_refusal_with_no_act_proposes_nothing(sentence: str) -> None:
    assert parse_recommendation(sentence, set(VERBS)) is None


@pytest.mark.parametrize(("question", "answer", "measure"), [
    ("The answer?", "A toll on the bridge for heavy lorries.", "we should impose a toll on the bridge"),
    ("So what do we need?", "A crossing by the school gate.", "we should introduce a crossing by the school"),
    ("The only remedy?", "Free swimming lessons for every pupil.",
     "we should introduce free swimming lessons"),
    ("The answer?", "Nobody knows.", None),
    ("The answer?", "It is not what you think.", None),
    ("The answer?", "Silence.", None),
    ("Who should pay?", "A toll on the bridge.", None),
])
def test_a_question_answered_by_a_noun_phrase_names_a_measure(
    question: str, answer: str, measure: str | None
) -> None:
    found = asked_measure(question, answer)
    assert (found is None) if measure is None else (found is not None and found.startswith(measure)), found


@pytest.mark.parametrize(("reading", "expected"), [
    (needed_measure("We need a levy on empty shops."), "we should impose a levy on empty shops"),
    (needed_measure("We need a crossing outside the surgery."), "we should introduce a crossing outside"),
    (pseudo_cleft("What the town needs is a crossing outside the surgery."),
     "we should introduce a crossing outside"),
    (asked_measure("All we ask is a crossing outside the surgery."),
     "we should introduce a crossing outside"),
    (needed_measure("We need a fair hearing for the tenants."), "we should grant a fair hearing"),
    (needed_measure("We need a national insurance system for the sick."),
     "we should adopt a national insurance system"),
    (asked_measure("The answer is a national insurance system for the sick."),
     "we should adopt a national insurance system"),
])
def test_a_noun_phrase_request_is_worded_one_way(reading: str | None, expected: str) -> None:
    assert reading is not None and reading.startswith(expected), reading


# (case, the letter's paragraphs, the expected first motion)
LETTERS: list[tuple[str, tuple[str, ...], str]] = [
    ("a refusal to let",
     ("The leisure trust says the Westfield pool costs too much to heat and will close in March. It is the "
      "only public pool within ten miles, and every primary school in the area uses it for lessons.",
      "We cannot let them close the pool. Children who never learn to swim are the ones who drown in rivers "
      "and quarries each summer."),
     "This House opposes closing the pool"),
    ("a question answered by a noun phrase",
     ("Traffic over the old bridge has doubled in ten years, and most of it is lorries cutting through to "
      "the motorway. The bridge is cracking and the county says it has no money to repair it.",
      "Who should pay for the repair? Those who wear it out. The answer? A toll on the bridge for heavy "
      "goods vehicles."),
     "This House would impose a toll on the bridge for heavy goods vehicles"),
    ("a needed guarantee keeps its clause",
     ("A third of children leave primary school in this county unable to swim a length. Lessons are cut "
      "whenever a school's budget is squeezed.",
      "We need a legal guarantee that every child can swim 25 metres by the age of eleven."),
     "This House would introduce a legal guarantee that every child can swim 25 metres"),
    ("a hyphenated measure stays whole",
     ("The town centre is choked with traffic every Saturday. Shoppers circle the square for twenty minutes "
      "looking for a space, and the buses sit in the same queue as everyone else.",
      "We need a park-and-ride service from the retail park on Saturdays."),
     "This House would introduce a park-and-ride service from the retail park on Saturdays"),
]


@pytest.mark.parametrize(("case", "paragraphs", "expected"), LETTERS, ids=[c[0] for c in LETTERS])
def test_the_loose_end_is_drafted_first(case: str, paragraphs: tuple[str, ...], expected: str) -> None:
    found = motions(*paragraphs)
    assert found, "no motion printed"
    assert problem(found[0]) is None, found[0]
    assert matches(found[0], expected), found
    if "guarantee" in expected:
        assert "that every child can swim" in found[0]
