"""The fragment classes found on the twelfth batch of unseen texts (issue 11, thirteenth pass), each handled
by class: a command ("Seek not …") never follows "believes that"; a heading in capitals glued to the next
sentence is no policy; "must be made to V" becomes "make X V"; a second passive verb after "and" refuses the
rewrite; "this"/"these" + one noun keeps its pointer; a connector that counts the essay's points ("in the
first place") is left out of a claim; a line of hard-wrapped prose that goes on in lower case is no heading.
Real sentences from the batch and our own examples; complete motions of the same shapes must still pass."""

from __future__ import annotations

import pytest

from bot.drafting import draft_essay
from bot.drafting.grammar import VERBS
from bot.drafting.openers import opener_problem
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import read_essay
from bot.drafting.structure import problem

KNOWN = set(VERBS) | {"administer", "see"}


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that seek not proud riches, but such as thou mayest get justly",  # Bacon
        "This House believes that trust not the promises of a flatterer",
        "This House believes that give the poor a share of the common land",
        "This House believes that keep your word even to an enemy",
        "This House believes that make parking free and the high street fills again",
    ],
)
def test_a_command_after_believes_that_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(("body", "command"), [
    # the rules alone, as the default install (no parser) reads them: a bare verb and its gerund object
    ("make parking free and the high street fills again", True),
    ("abolish tipping and wages must rise", True),
    ("trade brings peace", False),
    ("building more roads creates more traffic", False),
    ("tax cuts help the rich", False),
])
def test_a_command_is_read_by_the_rules_alone(body: str, command: bool) -> None:
    found = opener_problem("This House believes that", body, frozenset(VERBS))
    assert (found is not None) == command


@pytest.mark.parametrize(
    "motion",
    [
        "This House would TAX REDUCTION As a result of economy of administration",  # Coolidge
        "This House would PUBLIC HEALTH The towns must build sewers before they build monuments",
        "This House believes that FOREIGN RELATIONS Our treaties with our neighbours are sound",
    ],
)
def test_a_heading_in_capitals_glued_to_a_sentence_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that NATO should admit no new members",
        "This House believes that seeking great riches makes men mean",
        "This House believes that trade makes nations richer",
        "This House believes that the poor need a share of the common land",
        "This House would make the worker see that rent is a tax on labour",
    ],
)
def test_complete_motions_of_these_shapes_still_pass(motion: str) -> None:
    assert problem(motion) is None


def test_must_be_made_to_v_becomes_make_x_v_without_the_adverb() -> None:
    rec = parse_recommendation("Now the worker must be made to see clearly that rent is theft.", KNOWN)
    assert rec is not None
    assert rec.actions[0].startswith("make the worker see clearly")


@pytest.mark.parametrize(
    "sentence",
    [
        # Coolidge 1926
        "At an early day, these possessions should be taken out from under all military control and "
        "administered entirely on the civil side of government.",
        "The canals should be bought back from the companies and managed by the counties.",
        "The old barracks must be pulled down and replaced with cottages.",
    ],
)
def test_a_second_passive_verb_after_and_is_not_left_passive(sentence: str) -> None:
    rec = parse_recommendation(sentence, KNOWN)
    assert rec is None or not any(
        w in action for action in rec.actions for w in (" administered", " managed", " replaced")
    )


@pytest.mark.parametrize(
    "sentence, pointer",
    [
        # Arthur 1884
        ("I advise that an appropriation be made for the acquisition of this property by the Government.",
         "the property by"),
        ("This island should be handed over to a civil governor.", "the island"),
    ],
)
def test_this_or_these_before_one_noun_is_not_made_the(sentence: str, pointer: str) -> None:
    rec = parse_recommendation(sentence, KNOWN)
    assert rec is None or not any(pointer in action for action in rec.actions)


def test_this_bill_of_rights_still_becomes_the_bill_of_rights() -> None:
    rec = parse_recommendation("We should explore this bill of rights.", KNOWN)
    assert rec is not None and "the bill of rights" in rec.actions[0]


def test_in_the_first_place_is_left_out_of_a_claim() -> None:
    essay = (
        "The slums need not exist at all. In the first place, every large town holds enough empty houses to "
        "lodge everyone who now sleeps in a cellar. The owners keep them empty to hold the rents high, and "
        "the town council lets them do it. Rents in the slums are the highest in town for the worst rooms. "
        "A family of six may pay a third of its wages for a single damp room. Housing the poor is therefore "
        "not a question of building, but of who decides who lives where. The empty houses should be "
        "opened to those who need them. A town that lets its houses stand empty while its children sleep in "
        "cellars has chosen the rents of a few over the health of the many, and no argument about the rights "
        "of owners changes that choice. The council has the power to requisition an empty house for a year; "
        "it has simply never used it, because the owners sit on the council. Open the houses first, and the "
        "question of building can wait until every room that already stands is full."
    )
    for motion in draft_essay(essay).motions:
        assert "first place" not in motion.text.lower()


def test_a_wrapped_line_going_on_in_lower_case_is_no_heading() -> None:
    essay = read_essay(
        "The ends of political society are not hard to find, and Locke names them plainly enough here.\n\n"
        "For in the state of nature, to omit the liberty he has of\n"
        "innocent delights, a man has two powers over himself and his goods.\n\n"
        "The first is to do whatever he thinks fit for the preservation of himself and of others. The second "
        "is to punish the crimes committed against that law of nature which binds every man alike. Both "
        "powers he gives up when he joins a political society, the first in part and the second wholly, and "
        "he gives them up so that the society may use them for him with more force and more fairness than he "
        "could alone. Government is therefore nothing more than these two powers held in common, and it may "
        "do nothing with them that the men who gave them up could not have done themselves. A government "
        "that punishes what no law forbids has used a power nobody ever gave it."
    )
    texts = [s.text for s in essay.sentences]
    assert not any(t.startswith("innocent delights") for t in texts)
    assert any("he has of innocent delights" in t for t in texts)
