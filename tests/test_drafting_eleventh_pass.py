"""The fragment classes found on the tenth batch of unseen texts (issue 11, eleventh pass), each refused by
class: a pointer to the essay as object or subject ("one view of the matter", "such aid"), a sentence-opening
"For" kept after "believes that", a verbless exclamation, a "that" clause cut before its verb, a short
counsel lifted from a list, a cut that stops inside a list or before a tail pointing back at it, "these X"
rewritten to a bare "the X", and a passive second verb left by a rewrite. Real sentences from the corpus and
our own examples; complete motions of the same shapes must still pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.cuts import cut_problem
from bot.drafting.proposals import build_recommendation
from bot.drafting.structure import problem

BELIEF = "This House believes that "
CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"


@pytest.mark.parametrize(
    "motion",
    [
        BELIEF + "we should have one view of the matter",  # Harrison 1889
        BELIEF + "such aid should be, as it always has been, suggested by some exceptional conditions",
        BELIEF + "the council should settle the latter before spring",
        "This House would refer the matter to a committee",
        BELIEF + "such measures must be resisted",
    ],
)
def test_a_pointer_to_the_essay_as_subject_or_object_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        BELIEF + "for good thoughts yet, towards men, are little better than good dreams, except they be put "
        "in act",  # Bacon, Of Great Place
        BELIEF + "for delays are dangerous",
        BELIEF + "for ill, to man's nature",  # Bacon, Of Innovations
        BELIEF + "changed times when we should sit all night, beside the fire",  # Stevenson, Walking Tours
        BELIEF + "happy days when every village kept its own school",
        BELIEF + "it must not be imagined that a walking tour",  # Stevenson, Walking Tours
        BELIEF + "it is often said that the modern newspaper",
    ],
)
def test_a_claim_with_no_main_clause_of_its_own_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        BELIEF + "for a small country, neutrality is the wisest policy",
        BELIEF + "there is no such thing as a just war",
        BELIEF + "such laws as restrain trade should be repealed",
        BELIEF + "nations prosper when trade is free",
        BELIEF + "it is clear that a tax on land would be fair",
        BELIEF + "the matter of school funding belongs to the towns",
        "This House would give easy access to public records",
    ],
)
def test_complete_motions_of_the_same_shapes_pass(motion: str) -> None:
    assert problem(motion) is None


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        ("This House would give easy access",  # Bacon, Of Great Place
         "For delays: give easy access; keep times appointed; go through with that which is in hand, and "
         "interlace not business, but of necessity."),
        ("This House would embrace and invite helps",
         "Embrace and invite helps, and advices, touching the execution of thy place; and do not drive away "
         "such, as bring thee information, as meddlers; but accept of them in good part."),
        ("This House opposes trying to write the laws of any one virtue",  # Emerson, Prudence
         "We must not try to write the laws of any one virtue, looking at that only."),
        (BELIEF + "it must not be imagined that a walking tour",
         "It must not be imagined that a walking tour, as some would have us fancy, is merely a better or "
         "worse way of seeing the country."),
        (BELIEF + "the people know that the new tax",
         "The people know that the new tax, whatever its friends may say, is a burden on the poor."),
    ],
)
def test_a_cut_that_ends_where_the_source_clause_does_not_is_refused(motion: str, source: str) -> None:
    assert cut_problem(motion, source) is not None


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        (BELIEF + "prudence is the virtue of the senses",
         "Prudence is the virtue of the senses."),
        ("This House would abolish the tariff on wool",
         "We should abolish the tariff on wool, which burdens the farmer, and lower the duty on iron."),
        ("This House would open the libraries on Sundays",
         "Open the libraries on Sundays; keep the parks lit at night; and pay the teachers well."),
    ],
)
def test_a_cut_that_ends_with_its_clause_passes(motion: str, source: str) -> None:
    assert cut_problem(motion, source) is None


def test_these_people_is_not_rewritten_to_the_people() -> None:
    action = "provide a Territorial government for these people"  # Harrison 1889
    found = build_recommendation("Congress", action, False, set(), False)
    assert found is not None and found.actions == ("provide a Territorial government for these people",)
    assert problem("This House would " + found.actions[0]) is not None


def test_these_with_a_modifier_still_becomes_the() -> None:
    found = build_recommendation("Congress", "repeal these outdated tariffs at once", False, set(), False)
    assert found is not None and found.actions == ("repeal the outdated tariffs at once",)


def test_a_passive_second_verb_left_by_the_rewrite_is_refused() -> None:
    assert problem("This House would separate the weather service from the War Department and established as "
                   "a bureau in the Department of Agriculture") is not None
    assert problem("This House would separate the weather service from the War Department") is None


def test_coordinated_participles_describing_the_object_pass() -> None:
    motion = ("This House would provide for the government of Utah by a governor and judges, or "
              "commissioners, appointed by the President and confirmed by the Senate")  # Hayes 1880
    assert problem(motion) is None


def test_a_modal_after_to_left_by_a_rewrite_is_refused() -> None:
    assert problem("This House believes that the right to should hold office") is not None


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        (BELIEF + "Congress and the Executive should hold expenditures to the present level",
         "Congress and the Executive should hold expenditures to the present level, making it possible to "
         "balance the budget."),
        (BELIEF + "the schools must teach the young",
         "The schools must teach the young the duties of a citizen."),
    ],
)
def test_a_belief_cut_inside_its_clause_is_refused(motion: str, source: str) -> None:
    assert cut_problem(motion, source) is not None


def test_a_policy_reworded_from_a_longer_recommendation_is_not_held_to_the_clause_end() -> None:
    assert cut_problem("This House would encourage our own navigation",
                       "I recommend that we encourage our own navigation by every proper means.") is None


def test_a_belief_cut_before_a_second_object_is_refused_but_not_before_a_second_predicate() -> None:
    source = "The Department should enjoy the confidence and respect of labor and industry."
    assert cut_problem(BELIEF + "the Department should enjoy the confidence", source) is not None
    assert cut_problem(BELIEF + "the council should repair the culvert",
                       "It should repair the culvert and rebuild the weir before the rains come.") is None


@pytest.mark.parametrize(
    ("name", "pieces"),
    [
        ("bacon-1625-of-great-place.txt", ["give easy access", "for good thoughts yet", "invite helps"]),
        ("stevenson-1876-walking-tours.txt", ["changed times when", "imagined that a walking tour"]),
        ("sotu-1889-harrison.txt", ["such aid", "of the matter", "for the people", "and established as"]),
        ("emerson-1841-prudence.txt", ["laws of any one virtue"]),
        ("bacon-1625-of-innovations.txt", ["for ill, to man's nature"]),
    ],
)
def test_the_real_fragments_of_the_tenth_batch_are_not_printed(name: str, pieces: list[str]) -> None:
    motions = draft_essay((CORPUS / name).read_text()).motions
    assert motions  # each text still gets a motion
    for motion in motions:
        assert not any(piece in motion.text for piece in pieces), (name, motion.text)
