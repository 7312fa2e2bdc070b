"""Fragment classes seen on five unseen State of the Union texts (1845, 1858, 1887, 1910, 1970), each
refused by class: a "that" clause without its own subject and verb, a bare indefinite object ("pass a
general act"), a pronoun with no referent of its kind, a word pointing back ("then", "further"), a report
of events, and a policy the author describes in order to attack it. Our own examples sit beside the real
ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.complements import complement_proposal
from bot.drafting.direction import condemned
from bot.drafting.disputable import report_not_thesis
from bot.drafting.pointers import pointer_problem, strip_pointers
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import read_essay
from bot.drafting.structure import problem

CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"


@pytest.mark.parametrize(
    "motion",
    [
        # Polk 1845: the subject of the "that" clause lost its verb to an "and"
        "This House would take care that all the great interests of the country and derive equal advantages "
        "from the incidental protection",
        "This House would ensure that the small farms and the village shops",
        # Buchanan 1858: "requires that the rule", the clause cut after its subject
        "This House would establish justice to the people of the several States requires that the rule",
    ],
)
def test_a_that_clause_needs_its_own_subject_and_verb(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would ensure that every child has a school place",
        "This House would ensure that the river floods the meadows in winter",
        "This House believes that the law requires that the rule of equality applies to all states",
    ],
)
def test_a_whole_that_clause_is_kept(motion: str) -> None:
    assert problem(motion) is None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would pass a general act",  # Buchanan 1858
        "This House would make an appropriation",
        "This House would introduce a new bill",
        "This House would appoint a special commission",
        "This House would adopt the rule, whether we consider its bearing on the people of the Territories",
    ],
)
def test_a_bare_generic_object_says_nothing(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would pass a law against child labour",
        "This House would enact a new tariff law",
        "This House would pass a general act admitting territories as states when their population allows",
        "This House would establish a national bank",
        "This House would pass the bill now before Congress",
    ],
)
def test_an_object_that_says_what_it_is_about_is_kept(motion: str) -> None:
    assert problem(motion) is None


def test_it_in_a_purpose_clause_must_find_a_referent_of_its_kind() -> None:
    # Buchanan 1858: "it" is the agreement of the sentences before, not the amount or the appropriation
    real = "This House would make an appropriation of the amount necessary to carry it into effect"
    assert "refer to" in (problem(real) or "")
    assert problem("This House would vote the sum needed to put it into operation") is not None
    kept = "This House would ratify the treaty and appropriate the money to carry it into effect"
    assert problem(kept) is None
    assert problem("This House would repeal the act to replace it with a better one") is None


@pytest.mark.parametrize(
    ("motion", "stripped"),
    [
        # Nixon 1970: "then" points back to the end of the war 25 years before
        ("This House believes that many of the policies which were necessary and right then are obsolete "
         "today",
         "This House believes that many of the policies which were necessary and right are obsolete today"),
        ("This House believes that the law has since then been a dead letter",
         "This House believes that the law has been a dead letter"),
        ("This House would also abolish the duty on salt", "This House would abolish the duty on salt"),
        ("This House believes that taxes, likewise, fall on the poor",
         "This House believes that taxes fall on the poor"),
    ],
)
def test_a_word_pointing_back_is_stripped_when_the_clause_stands(motion: str, stripped: str) -> None:
    assert problem(motion) is not None
    assert strip_pointers(motion) == stripped
    assert problem(stripped) is None


@pytest.mark.parametrize(
    "body",
    ["if wages rise, then prices rise", "we should train the men and then send them abroad",
     "we should seek further limits on nuclear arms"],
)
def test_then_of_a_condition_and_further_as_an_adjective_are_kept(body: str) -> None:
    assert pointer_problem(body) is None


@pytest.mark.parametrize(
    "motion",
    [
        # Taft 1910
        "This House believes that the year has further been marked by two important international agreements "
        "relating to Far Eastern affairs",
        "This House believes that further, a convention for the arbitration of pecuniary claims was signed",
        "This House believes that the past session has witnessed great progress in trade",
    ],
)
def test_a_report_of_events_is_not_a_thesis(motion: str) -> None:
    assert report_not_thesis(strip_pointers(motion)) is not None


def test_a_judged_event_is_still_a_thesis() -> None:
    assert report_not_thesis("This House believes that this year must be a year of action") is None


def test_a_predicate_after_its_subject_is_not_a_command() -> None:
    # Cleveland 1887: what the tariff laws do and what the citizens pay, not calls to do it
    laws = ("These laws, as their primary and plain effect, raise the price to consumers of all articles "
            "imported and subject to duty by precisely the sum paid for such duties.")
    citizens = ("Those who buy imports pay the duty charged thereon into the public Treasury, but the great "
                "majority of our citizens, who buy domestic articles of the same class, pay a sum at least "
                "approximately equal to this duty to the home manufacturer.")
    relations = ("Our relations with the great Empires of France and Russia, except that of Spain, continue "
                 "to be of the most friendly character.")
    known = {"raise", "pay", "continue"}
    assert parse_recommendation(laws, known) is None
    assert parse_recommendation(citizens, known) is None
    assert parse_recommendation(relations, known) is None
    slogan = parse_recommendation("Enough talk – end the mission in Afghanistan.", {"end"})
    assert slogan is not None and slogan.actions[0].startswith("end the mission")


def test_a_subject_whose_phrase_holds_a_clause_names_no_remedy() -> None:
    sentence = ("The first and most momentous of these is that such a road would be a powerful bond of union "
                "between the States east and west of the Rocky Mountains.")
    assert complement_proposal(sentence, set(), None) is None


def _essay_sentence(text: str, start: str):  # type: ignore[no-untyped-def]
    essay = read_essay(text, None)
    return essay, next(s for s in essay.sentences if s.text.startswith(start))


ATTACK = "\n\n".join([
    "The Parking Levy",
    "The parking levy in our town was meant to pay for buses. Three years on, it has done nothing of the "
    "kind: the buses run no more often than before, the shelters are as broken as they were, and the money "
    "has gone to mend the council's own car parks.",
    "The levy, as its plain effect, charges every shop worker for the right to reach a job. "
    "This is an unjust burden on the lowest paid, and it falls hardest on those the buses never reach. "
    "A cleaner on the early shift pays the same as a manager who parks for an hour at noon.",
    "Nor has the levy cut the traffic. The queues at the ring road are as long as ever, because people "
    "who must drive still drive, and pay, and those who could take a bus find none running at six in the "
    "morning.",
    "The council should scrap the levy and fund the buses from the general rate. A town that wants fewer "
    "cars must first give people a bus to take, and only then ask them to leave the car at home.",
])


def test_a_policy_the_author_attacks_is_dropped() -> None:
    essay, sentence = _essay_sentence(ATTACK, "The levy, as its plain effect")
    assert condemned(essay, sentence, "charge every shop worker for the right to reach a job") is not None
    essay, call = _essay_sentence(ATTACK, "The council should scrap")
    assert condemned(essay, call, "scrap the levy") is None


def test_the_five_seen_texts_no_longer_print_their_fragments() -> None:
    bad = {
        "sotu-1845-polk.txt": ["derive equal advantages"],
        "sotu-1858-buchanan.txt": ["This House would pass a general act", "carry it into effect"],
        "sotu-1887-cleveland.txt": ["raise the price to consumers", "pay a sum at least"],
        "sotu-1910-taft.txt": ["has further been marked"],
        "sotu-1970-nixon.txt": ["right then are"],
    }
    for name, pieces in bad.items():
        draft = draft_essay((CORPUS / name).read_text(encoding="utf-8"))
        for motion in draft.motions:
            assert problem(motion.text) is None
            assert not any(piece in motion.text for piece in pieces), (name, motion.text)


@pytest.mark.parametrize(
    "motion",
    [
        # Hayes 1880, once "thus" is taken out: the subject and its relative clause, the main verb cut off
        "This House believes that a law which should guarantee true liberty and justice to all",
        "This House believes that the security of a livelihood through the better use of the land in "
        "which we live",
        "This House believes that a council which would listen to its tenants",
    ],
)
def test_a_subject_whose_only_verb_is_in_its_relative_clause_is_refused(motion: str) -> None:
    assert "relative clause" in (problem(motion) or "")


def test_the_also_of_not_only_but_also_is_kept() -> None:
    motion = "This House believes that the statute punishes not merely the offender but also others"
    assert strip_pointers(motion) == motion
    assert problem(motion) is None
