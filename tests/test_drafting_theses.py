"""Thesis statements read into motions: declared eras, aims, things to do without, things to end;
and a thesis the author states twice ranks as the essay's thesis. All wordings are our own."""

from __future__ import annotations

import pytest

from bot.drafting import draft_essay
from bot.drafting.finding import repeated
from bot.drafting.ranking import Centrality
from bot.drafting.reading import read_essay
from bot.drafting.structure import VERBS, is_complete, problem
from bot.drafting.theses import policy_thesis, value_thesis
from bot.drafting.wording import policy_motion

KNOWN = set(VERBS)


def _policy(sentence: str) -> str | None:
    rec = policy_thesis(sentence, KNOWN)
    return policy_motion(rec, [0], frozenset())[0] if rec else None


@pytest.mark.parametrize(("sentence", "motion"), [
    ("The age of cheap air travel is over.", "This House believes that the age of cheap air travel is over"),
    ("I say it again: the era of the steam engine has passed.",
     "This House believes that the era of the steam engine has passed"),
    ("So the days of the fax machine are at an end.",
     "This House believes that the days of the fax machine are at an end"),
])
def test_a_declared_end_of_an_era_is_a_belief_motion(sentence: str, motion: str) -> None:
    assert value_thesis(sentence) == motion
    assert is_complete(motion), problem(motion)


@pytest.mark.parametrize("sentence", [
    "Is the age of cheap air travel over?",
    "The age of cheap air travel is longer than we thought.",
    "Our aim must be to give every pupil a free school meal.",
])
def test_other_sentences_are_not_declared_eras(sentence: str) -> None:
    assert value_thesis(sentence) is None


@pytest.mark.parametrize(("sentence", "motion"), [
    ("Our aim must be to give every pupil a free school meal.",
     "This House would give every pupil a free school meal"),
    ("The first task should be to rebuild the harbour wall before winter.",
     "This House would rebuild the harbour wall before winter"),
    ("We may now safely dispense with the congestion charge, which has done its work.",
     "This House would do without the congestion charge"),
    ("The committee believes that we can well dispense with the second chamber and its expenses.",
     "This House would do without the second chamber and its expenses"),
    ("All these advisory quangos can be dispensed with.",
     "This House would do without all these advisory quangos"),
    ("The practice of unpaid internships must end.",
     "This House would end the practice of unpaid internships"),
])
def test_declared_aims_are_policy_motions_the_author_asks_for(sentence: str, motion: str) -> None:
    rec = policy_thesis(sentence, KNOWN)
    assert rec is not None and rec.asked and rec.actor == "we"
    assert _policy(sentence) == motion
    assert is_complete(motion), problem(motion)


@pytest.mark.parametrize("sentence", [
    "We can never dispense with the lifeboat service.",
    "We cannot dispense with it.",
    "Must the practice of unpaid internships end?",
    "My aim must be to finish this report by Friday.",
    "The harbour wall was rebuilt last year.",
])
def test_denials_questions_and_the_authors_own_plans_are_not_motions(sentence: str) -> None:
    assert policy_thesis(sentence, KNOWN) is None


def test_structure_accepts_a_predicate_particle_and_do_without_but_not_dangling_words() -> None:
    assert is_complete("This House believes that the era of big tobacco is over")
    assert is_complete("This House would do without the second chamber")
    assert not is_complete("This House would do without")
    assert not is_complete("This House believes that the river runs over")
    assert not is_complete("This House would fund the claims raised in")


ESSAY = """The Office Is Over

The age of the five-day office week is over. Firms that demand it lose staff to firms that do not,
and the work is done as well at a kitchen table as in a tower. Commuting costs the average worker
two hours a day and a tenth of the wage.

Managers say that teams need to meet. They do, and a meeting once a week serves that end. The rest
of the week belongs at home, near children and parents, in towns the city had drained.

Landlords will complain, and some towers will stand empty. They can become homes, and the
shops that served the commuters can serve the people who live there instead. Cities that plan
for this now will gain; those that wait will decline, as the mill towns declined when the mills
closed and nobody asked what the buildings were for.

Workers, too, have learned what the office cost them. Parents who once saw their children only at
weekends now collect them from school. Carers can work and care. Those who live far from the
capital can take jobs that once demanded a move they could not afford.

Let nobody pretend otherwise: the age of the five-day office week is over.
"""


def test_a_thesis_said_twice_is_repeated_and_becomes_a_motion() -> None:
    essay = read_essay(ESSAY)
    centrality = Centrality([s.text for s in essay.sentences])
    first = next(s.index for s in essay.sentences if s.text.startswith("The age of the five-day"))
    assert repeated(centrality, first)
    assert not repeated(centrality, first + 1)
    texts = [m.text for m in draft_essay(ESSAY).motions]
    assert "This House believes that the age of the five-day office week is over" in texts


def test_two_act_nouns_read_as_the_last_act() -> None:
    from bot.drafting.requests import parse_request

    rec = parse_request("I again recommend the review and repeal of the vagrancy laws.", KNOWN | {"repeal"})
    assert rec is not None and rec.asked
    assert rec.actions[0].startswith("repeal the vagrancy laws")


MEASURE_ESSAY = """The Bill the Council Forgot

Last spring a proposed bill banning cars from the old market square passed the planning committee
but failed by one vote in the full council. The traders who opposed it have since seen the footfall
figures from the trial weekends, when the square was closed to traffic and their takings rose. The
council is the same, and its members have not changed their minds about much; but they can count.

I therefore recommend the reconsideration and adoption of the measure before the summer season.
A square without cars is a square people linger in, and people who linger spend. The buses that
serve the market can stop at its edge; deliveries can come before ten in the morning, as they do in
every pedestrian street in the county. The residents above the shops would sleep with their windows
open for the first time in years.

Some will say that trade will move to the retail park. The trial weekends say otherwise: the park
was quieter, the square was full. The council should not wait for another study to tell it what its
own figures already show.
"""


def test_the_measure_is_read_as_the_proposal_named_just_before() -> None:
    texts = [m.text for m in draft_essay(MEASURE_ESSAY).motions]
    assert any("the proposed bill banning cars from the old market square" in t for t in texts), texts
    assert not any(t.endswith("adopt the measure") for t in texts)
