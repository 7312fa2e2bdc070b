"""Candidate forms the drafter once missed on dev texts, where no complete candidate matched the reference:
a title that is itself a whole claim, a goal stated as seeing to a state of things or as a noun phrase, a
noun of action as what ought to exist, and a means a recommendation names by a noun of action. Each is read
into a complete motion. Sentences are our own, or short excerpts of public-domain texts (The Federalist
No. 51, 1788; Washington's address of 1790; Chesterton, 1910).
"""

from __future__ import annotations

from bot.drafting import draft_essay
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.measures import nominal_proposal, recommended_means
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import read_essay
from bot.drafting.structure import problem
from bot.drafting.theses import policy_thesis, title_thesis
from bot.drafting.wording import policy_motion

VERBS = set(POLICY_VERBS)


def motion_of(sentence: str | None) -> str:
    assert sentence is not None
    rec = parse_recommendation(sentence, VERBS)
    assert rec is not None, sentence
    text, _ = policy_motion(rec, [0])
    assert problem(text) is None, problem(text)
    return text


def test_a_long_title_in_title_case_is_read_as_the_title() -> None:
    title = (
        "The Federalist No. 51: The Structure of the Government Must Furnish the Proper Checks and Balances "
        "Between the Different Departments"
    )
    essay = read_essay(
        f"{title}\n\nBy James Madison\n\n"
        + "The parts of a government must check each other. " * 20
        + "\n\nAmbition must be made to counteract ambition in every branch of the state."
    )
    assert essay.title == title


def test_a_title_that_is_a_whole_claim_is_the_thesis() -> None:
    found = title_thesis(
        "The Federalist No. 51: The Structure of the Government Must Furnish the Proper Checks "
        "and Balances Between the Different Departments"
    )
    assert found is not None
    assert found[0] == (
        "This House believes that the structure of the government must furnish the proper checks "
        "and balances between the different departments"
    )
    assert problem(found[0]) is None
    assert title_thesis("Why the Council Should Think Again About Parking") is None


def test_a_goal_stated_as_seeing_to_a_state_of_things_is_a_proposal() -> None:
    text = motion_of("Within the next decade, we must see that every family in the valley has a dry home.")
    assert text == "This House would ensure that every family in the valley has a dry home"


def test_a_goal_stated_as_a_noun_phrase_is_a_proposal() -> None:
    rec = policy_thesis(
        "Our ultimate aim must be a public insurance scheme that covers every fisherman.", VERBS
    )
    assert rec is not None
    text, _ = policy_motion(rec, [0])
    assert text == "This House would pursue a public insurance scheme that covers every fisherman"
    assert problem(text) is None


def test_a_noun_of_action_that_ought_to_exist_is_a_proposal() -> None:
    chain = (
        "because there should not be a usurious landlord, there should be a redistribution of property; "
        "because there should be a redistribution of property, there shall be a revolution."
    )
    assert motion_of(nominal_proposal(chain, VERBS)) == "This House would redistribute property"


def test_a_means_named_by_a_noun_of_action_is_the_proposal() -> None:
    sentence = (
        "I recommend it to your serious reflections how far it may be expedient to guard against these "
        "contingencies by such encouragements to our own navigation as will render our commerce less "
        "dependent on foreign bottoms."
    )
    assert motion_of(recommended_means(sentence, VERBS)) == "This House would encourage our own navigation"
    assert (
        recommended_means("The harbour was saved by such encouragements to trade as will last.", VERBS)
        is None
    )


def test_an_essay_whose_proposal_is_a_recommended_means_gets_that_motion() -> None:
    essay = (
        "The Ferry Question\n\n"
        "The island depends on one ferry, owned on the mainland, which sails when its owners please. In the "
        "storms of last winter it did not sail for eleven days, and the shop ran out of bread "
        "and medicine.\n\n"
        "I recommend to the council how far it may be expedient to guard against such winters by such "
        "encouragements to our own boatmen as will render the island less dependent on the mainland ferry. "
        "Two local boats, paid a retainer, would cost less than the losses of one bad winter.\n\n"
        "A town that cannot feed itself in a storm is not safe. The boatmen are ready, and the "
        "retainer is small.\n\n"
        "Some say the mainland company will mend its ways if we complain. It has had twenty "
        "years to do so, and "
        "every winter the same shelves empty while its boat waits in harbour across the water. "
        "Our own boatmen "
        "live here, know these waters, and lose as much as anyone when the island is cut off. A retainer is "
        "not charity: it buys the certainty that bread and medicine will cross whatever the weather."
    )
    texts = [m.text for m in draft_essay(essay, origin="ferry").motions]
    assert "This House would encourage our own boatmen" in texts
    assert all(problem(t) is None for t in texts)
