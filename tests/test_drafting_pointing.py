"""Drafting: words that point outside the motion, and an "it" the sentence itself names.

"Every tenant should complain to her" has no one for "her" to be: the tenant would be "herself". "Some
ban them outright", "the fee takes that away" and "then there is what the fumes do" lean on sentences the
motion does not hold. "None of this means that every tree must be felled" is no passive proposal about
"none of this means that every tree". But "the night bus is the only safe way home, and the county should
fund it" names what "it" is: the county should fund the night bus; so does "A bridge toll is a tax on the
poor. It is no way to pay for the bridge, and the county should scrap it" (the sentence before opens on the
essay's subject). Every sentence is our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import CLOSING, TALK_OPENING, carries, drafted_after

from bot.drafting import draft_essay
from bot.drafting.disputable import report_not_thesis
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem


@pytest.mark.parametrize("motion", [
    "This House believes that every tenant in the block should complain to her before the rent rises",
    "This House believes that each patient should thank him after the operation",
    "This House believes that some ban petrol mowers outright",
    "This House believes that the new fee takes that away from the poorest families",
])
def test_a_word_pointing_outside_the_motion_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize("motion", [
    "This House believes that every mother should speak her mind at the school gate",
    "This House believes that some schools ban phones at lunch",
    "This House believes that the rule that up to now has protected tenants should stay",
])
def test_a_word_with_its_referent_in_the_motion_is_kept(motion: str) -> None:
    assert problem(motion) is None


def test_naming_the_next_topic_is_no_claim() -> None:
    assert report_not_thesis("This House believes that then there is what the fumes do to the lungs")
    assert report_not_thesis("This House believes that there is also the question of who pays")
    assert report_not_thesis("This House believes that there is no case for the new levy") is None


def test_a_clause_of_consequence_is_no_passive_subject() -> None:
    known = {"fell", "plant", "keep"}
    assert parse_recommendation("None of this means that every tree must be felled.", known) is None


@pytest.mark.parametrize(("paragraph", "motion"), [
    ("Late shifts end after the last train. The night bus is the only safe way home for hundreds of "
     "cleaners and carers, and the county should fund it from the transport budget. Fares alone will "
     "never cover it.", "the county should fund the night bus"),
    ("Our market has traded on the square since the twelfth century. The Saturday market is the heart of "
     "this town; the council should protect it from the new development. Once gone, it will not return.",
     "the council should protect the saturday market"),
])
def test_an_it_named_by_the_sentence_itself_is_drafted(paragraph: str, motion: str) -> None:
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert drafted and carries(drafted[0], motion, r"^(?:This House would |the \w+ should )"), drafted
    assert problem(drafted[0]) is None, drafted[0]


def test_an_it_carried_from_the_sentence_before_is_the_essays_subject() -> None:
    body = ("The shopping levy was brought in to pay for the covered market. The levy has paid for the roof "
            "twice over and now pays for nothing but its own collection. A levy of this kind falls hardest "
            "on the stallholders who can least afford it, and it drives shoppers to the retail park on the "
            "ring road. It is not a way of paying for the market any more, and the council should scrap it.")
    essay = "Scrap the Levy\n\n" + TALK_OPENING + "\n\n" + body + CLOSING + "\n"
    drafted = [m.text for m in draft_essay(essay).motions]
    assert drafted and carries(drafted[0], "the council should scrap the shopping levy",
                               r"^(?:This House would |the \w+ should )"), drafted


def test_they_may_stand_for_anyone_of_a_class() -> None:
    assert problem("This House would give every pupil a bus pass when they start secondary school") is None
    assert problem("This House would fund the council when they ask") is not None


def test_what_the_speaker_is_told_is_not_the_speakers_claim() -> None:
    assert report_not_thesis("This House believes that we are told the new road will end the queues")
    assert report_not_thesis("This House believes that we have been assured the water is safe")
    assert report_not_thesis("This House believes that we were right to refuse the road") is None


def test_a_closing_verb_and_its_particle_are_no_dangling_preposition() -> None:
    assert problem("This House would give every tenant a written lease before they move in") is None
    assert problem("This House would keep the pool open until we sign up") is None
    assert problem("This House would examine the points in") is not None
