"""Drafting: words that look like the author's proposal but are not, and headings read as headings.

Met on real texts the drafter had not seen: an order spoken inside a quotation that opened sentences before
("He asked, "Who can own a man? … Command the beasts; that is well.""); a scene told verb first after a place
("On his right, spread out the savannahs"); an invitation to think ("Let us estimate the worth of …"); a
manner taken for an object ("an inquiry in due form" is no "inquire due form"); "that approach" named
before; a list of problems whose items are nouns of action; the price others would ask, set out after "What
would satisfy them?"; a title that names the piece's kind ("Open letter for …") and a heading over a byline
("Name, 2022"). Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.drafting.demands import others_price
from bot.drafting.deontics import deontic_proposal
from bot.drafting.disputable import report_not_thesis
from bot.drafting.grammar import VERBS
from bot.drafting.headlines import title_order
from bot.drafting.listheads import under_troubles
from bot.drafting.proposals import parse_recommendation
from bot.drafting.quotations import inside_quotation
from bot.drafting.reading import Essay, read_essay
from bot.drafting.structure import problem
from bot.drafting.wording import strip_openers

_FILLER = (
    "The town has argued about its market square for a decade. Traders want more stalls, residents want"
    " fewer vans at dawn, and the council wants the rent. Every plan so far has pleased one group and "
    "angered the other two, and the square has stayed as it was: half car park, half market, and wholly"
    " unloved. The question is worth settling, because the square is the first thing a visitor sees and"
    " the last thing a shopper leaves. Markets in towns of this size have been saved by a simple rule "
    "about delivery hours and a fair rent, and lost by a decade of consultations that settled nothing "
    "and pleased nobody at all."
    "\n\n"
)


def _essay(paragraph: str) -> Essay:
    return read_essay(_FILLER + _FILLER + paragraph + "\n", None)


def test_an_order_inside_a_quotation_opened_before_is_the_speakers() -> None:
    essay = _essay('An old trader put it to the council bluntly. "Who made this square? Not you. Clear the '
                   'vans out by eight; that is all we ask. Leave the rest to us."')
    inside = {s.text for s in essay.sentences if inside_quotation(essay, s.index)}
    assert "Clear the vans out by eight; that is all we ask." in inside


def test_a_sentence_after_the_quotation_closes_is_the_authors_again() -> None:
    essay = _essay('An old trader put it bluntly: "Who made this square? Not you." The council should clear '
                   'the vans out by eight.')
    author = next(s for s in essay.sentences if s.text.startswith("The council should"))
    assert not inside_quotation(essay, author.index)


@pytest.mark.parametrize("sentence", [
    "On her left, stretched the long grey wall of the mill.",
    "Before them, lay the whole of the flooded valley.",
])
def test_a_scene_told_verb_first_after_a_place_is_no_order(sentence: str) -> None:
    assert parse_recommendation(sentence, set(VERBS)) is None


def test_an_order_after_a_place_in_the_town_is_still_an_order() -> None:
    assert parse_recommendation("On the high street, cut the speed limit to twenty.", set(VERBS)) is not None


@pytest.mark.parametrize("sentence", [
    "Let us estimate the cost of the scheme before we praise it.",
    "Let us weigh what the bypass has done to the villages.",
    "Let us pause over the figures the council published.",
])
def test_an_invitation_to_think_is_no_proposal(sentence: str) -> None:
    assert parse_recommendation(sentence, set(VERBS)) is None


def test_a_manner_after_a_noun_of_action_is_not_its_object() -> None:
    found = deontic_proposal("Whenever a tenant complains, there should be an inspection in proper form, "
                             "with the landlord present.", set(VERBS))
    assert found is None
    assert deontic_proposal("There should be a reduction in the fares on the late buses.", set(VERBS)) == (
        "we should reduce the fares on the late buses")


@pytest.mark.parametrize("motion", [
    "This House would extend that approach to every school in the county",
    "This House would copy that idea in the northern wards",
])
def test_that_with_a_way_of_doing_names_something_outside_the_motion(motion: str) -> None:
    assert problem(motion) is not None


def test_that_opening_a_clause_is_no_pointer() -> None:
    assert problem("This House would ensure that policy is made in public") is None


@pytest.mark.parametrize(("opened", "claim"), [
    ("For another, the square floods every winter.", "the square floods every winter."),
    ("For a start, the stalls block the fire lane.", "the stalls block the fire lane."),
])
def test_a_list_marker_is_an_opener(opened: str, claim: str) -> None:
    assert strip_openers(opened) == claim


def test_items_under_a_lead_naming_problems_are_no_proposals() -> None:
    essay = read_essay(_FILLER + "Ask the residents what goes wrong and these are the complaints you "
                       "hear:\n\nvans arriving before six;\n\nblocking of the fire lane;\n\nremoval of the "
                       "benches, without notice;\n\nThe council has heard them all before, and it has a duty "
                       "to answer them with a plan that the traders can live with as well.\n", None)
    item = next(s for s in essay.sentences if s.text.startswith("removal"))
    assert under_troubles(essay, item.index)


@pytest.mark.parametrize("title", [
    "Open letter for the right to repair every phone",
    "Petition against the closure of the lido",
    "Report on the state of the harbour walls",
])
def test_a_title_naming_the_pieces_kind_gives_no_order(title: str) -> None:
    assert title_order(title, frozenset(), set(VERBS) | {"open", "report", "petition"}) is None


def test_a_heading_over_a_byline_is_read_as_title_and_author() -> None:
    text = ("Open letter on the future of the town's market square\nThe Market Traders' Association, 2024\n\n"
            + _FILLER * 2)
    essay = read_essay(text, None)
    assert essay.title == "Open letter on the future of the town's market square"
    assert not essay.sentences[0].text.startswith("Open letter")


@pytest.mark.parametrize("motion", [
    "This House believes that weaken the ferry service and one weakens the whole island",
    "This House believes that legalise the market stalls and the square fills up",
])
def test_an_order_after_believes_that_is_no_claim(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize("motion", [
    "This House believes that campaigns no longer need to persuade anyone to vote",
    "This House believes that whenever a market is closed, the town around it is poorer",
    "This House believes that today the open market is a luxury few towns keep",
])
def test_a_claim_opening_on_its_subject_or_a_clause_is_no_order(motion: str) -> None:
    assert problem(motion) is None


@pytest.mark.parametrize("motion", [
    "This House would fund this kind of work in every borough",
    "This House believes that here, the traders are not consulted",
    "This House believes that young traders should learn the trade, and to keep accounts",
])
def test_a_motion_that_leans_on_the_essay_or_lost_its_series_head_is_refused(motion: str) -> None:
    assert problem(motion) is not None


def test_a_series_of_infinitives_after_one_verb_stays_whole() -> None:
    assert problem("This House believes that young traders should try to learn the trade and to keep "
                   "accounts") is None


def test_an_adjective_and_a_plural_noun_with_no_verb_is_no_claim() -> None:
    assert problem("This House believes that great delays at the crossing, many missed trains and "
                   "angry passengers") is not None
    assert problem("This House believes that small markets keep a town alive") is None


@pytest.mark.parametrize("claim", [
    "before we weigh the cost of the square, we provide some background on its history",
    "we come next to consider what the traders themselves have asked for",
    "from the same source, the town may be said to have drawn its whole prosperity",
])
def test_a_signpost_or_a_view_leaning_on_the_sentence_before_is_no_thesis(claim: str) -> None:
    assert report_not_thesis(f"This House believes that {claim}") is not None


def test_what_the_author_gives_others_is_still_a_claim() -> None:
    claim = "This House believes that we give the traders nothing but empty promises"
    assert report_not_thesis(claim) is None


def test_a_thing_held_up_to_look_at_is_no_proposal() -> None:
    assert problem("This House would take the square as it appears on a wet Tuesday morning") is not None
    assert problem("This House would take the square into public ownership") is None


def test_the_price_others_would_ask_is_not_the_authors_proposal() -> None:
    essay = _essay("The traders have been promised everything and believe nothing. What would ever "
                   "satisfy them? Only this: we must hand them the square for nothing. We must close it to "
                   "every car, and we must pay for their awnings out of the rates.")
    price = [s for s in essay.sentences if s.text.startswith("We must")]
    assert price and all(others_price(essay, s.index) for s in price)
    assert not any(others_price(essay, s.index) for s in essay.sentences[:3])
