"""Batch-13 fragment classes, by class (issue 11, fifteenth pass).

Classes: a certainty frame ("There is no doubt that X", "I feel no doubt whatever that X") or a prepositional
opener ("Besides this advantage …, there are …") stripped to a fragment; a vocative ("sir,", "Mr. President,")
or the author's own ("our steps", "my country") left in a motion; the predicate of a listed subject or of a
relative read as a command ("They select …, and direct our steps …"); a ", in which …" relative cut as an
aside, gluing two clauses; a second actor's ", and X should V" kept in a proposal ("schools's"); a rhetorical
question that asks for a policy; a scene described in the present; summaries worded from fragments. Our own
examples first, then the real sentences of batch 13.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.drafting import Draft, draft_essay
from bot.drafting.asking import asked_policy
from bot.drafting.backrefs import points_back
from bot.drafting.grammar import VERBS
from bot.drafting.periods import unwind
from bot.drafting.proposals import base_verb, parse_recommendation
from bot.drafting.structure import problem
from bot.drafting.wording import resolve_pronouns, strip_openers, value_motion

KNOWN = set(VERBS)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("There is no doubt that the canal tolls are too high.", "the canal tolls are too high."),
        ("There can be no question at all that the old bridge is unsafe for lorries.",
         "the old bridge is unsafe for lorries."),
        ("Sir, I feel no doubt whatever that the tax has raised the price of bread.",
         "the tax has raised the price of bread."),
        # batch 13 (Malthus): "I feel no doubt whatever that the parish laws of England have contributed …"
        ("I feel no doubt whatever that the parish laws of England have contributed to raise the price of "
         "provisions.", "the parish laws of England have contributed to raise the price of provisions."),
    ],
)
def test_certainty_frames_leave_the_whole_claim(sentence: str, claim: str) -> None:
    motion = value_motion(sentence)
    assert motion.lower().endswith(claim.lower().rstrip("."))
    assert problem(motion) is None


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that no doubt whatever that the parish laws of England have raised prices",
        "This House believes that no doubt that the ferry must be replaced",
        # a "Besides"/"Beyond" phrase whose preposition was lost
        "This House believes that this advantage of rejecting the most uncertain part of learning, there are "
        "many positive advantages",
        "This House believes that the cost of the scheme, there are many other objections",
        # vocatives
        "This House believes that sir, we shall not fight our battles alone",
        "This House believes that, gentlemen, the tariff has failed",
        "This House believes that the treaty must be ratified, Mr. President",
        # the author's own possessions
        "This House would direct our steps in the paths by the soundest precepts",
        "This House believes that my country deserves a better railway",
    ],
)
def test_fragments_of_frames_vocatives_and_the_authors_own_are_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would encourage our own shipping",  # a nation's "our" is the House's own
        "This House would adopt a comprehensive insurance system to protect all our people",
    ],
)
def test_a_nations_our_and_a_kept_besides_are_not_refused(motion: str) -> None:
    assert problem(motion) is None


def test_besides_with_its_object_is_kept_and_a_vocative_goes() -> None:
    assert strip_openers("Besides this advantage, there are others.").startswith("Besides this advantage")
    assert strip_openers("Besides, sir, we shall not fight alone.") == "we shall not fight alone."
    assert strip_openers("Instead of a tax, we need a toll.").startswith("Instead of")


@pytest.mark.parametrize(
    "sentence",
    [
        # our own: the third predicate of "They", the second of a relative "which"
        "They clear the drains, sweep the squares, and repair the lamps of the old town.",
        "The old guilds, which trained apprentices, kept the standards of the craft, and fix the prices "
        "still.",
        # batch 13 (Hume)
        "They select the most striking observations and instances from common life; place opposite "
        "characters in a proper contrast; and alluring us into the paths of virtue by the views of glory "
        "and happiness, direct our steps in these paths by the soundest precepts and most illustrious "
        "examples.",
        "Nothing can be more useful than compositions of the easy style and manner, which draw not too much "
        "from life, require no deep application or retreat to be comprehended, and send back the student "
        "among mankind full of noble sentiments.",
    ],
)
def test_a_predicate_in_a_series_is_not_a_command(sentence: str) -> None:
    assert parse_recommendation(sentence, KNOWN) is None


def test_a_command_is_still_a_command() -> None:
    found = parse_recommendation("Repeal the salt tax, and abolish the turnpikes at once.", KNOWN)
    assert found is not None and found.actions[0].startswith("repeal the salt tax")


def test_a_relative_after_a_preposition_is_not_cut_as_an_aside() -> None:
    ours = "There is of the city another plan, in which not the mayor alone, but every ward, has a say."
    assert unwind(ours) == ours
    # batch 13 (Arnold): the aside was removed and "another view the sheer desire …" glued
    arnold = (
        "But there is of culture another view, in which not solely the scientific passion, the sheer desire "
        "to see things as they are, natural and proper in an intelligent being, appears as the ground of it."
    )
    assert "view the sheer desire" not in unwind(arnold)


def test_a_short_as_aside_goes_whole() -> None:
    motion = value_motion(
        "Plenty of people will try to give the masses, as they call them, an intellectual food prepared "
        "for them."
    )
    assert "give the masses an intellectual food" in motion
    assert problem(motion) is None


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # our own
        ("The council should close the old depot by spring, and the bus company should find a new one.",
         "close the old depot"),
        ("Hospitals should publish their waiting times every week, and the health ministry must check the "
         "figures.", "publish their waiting times every week"),
        # batch 13 (school start)
        ("Secondary schools should begin their teaching day no earlier than half past nine, and education "
         "authorities should give them the time and the funds they need to make the change.",
         "begin their teaching day no earlier than half past nine"),
    ],
)
def test_the_first_conjunct_is_the_proposal(sentence: str, act: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is not None
    assert found.actions[0].startswith(act.split(" by ")[0])
    assert " should " not in found.actions[0] and " must " not in found.actions[0]


def test_a_plural_actor_is_never_given_an_apostrophe_s() -> None:
    owned = resolve_pronouns("begin their teaching day later", "Secondary schools")
    assert "schools's" not in owned
    assert owned == "begin the secondary schools' teaching day later"
    assert resolve_pronouns("halt its mission", "Britain") == "halt Britain's mission"


@pytest.mark.parametrize(
    "sentence",
    [
        "The food must necessarily be distributed in smaller quantities.",
        "The price of corn must inevitably rise after a bad harvest.",
    ],
)
def test_a_foreseen_consequence_is_not_a_proposal(sentence: str) -> None:
    assert parse_recommendation(sentence, KNOWN) is None


def _asked(question: str) -> str | None:
    return asked_policy(question, lambda w: w in VERBS, lambda w: base_verb(w, KNOWN))


@pytest.mark.parametrize(
    ("question", "motion"),
    [
        ("Is it not time we banned advertising of junk food to children?",
         "This House would ban advertising of junk food to children"),
        ("Is it not time for the council to close the old incinerator?",
         "This House would close the old incinerator"),
        ("Why not tax sugary drinks like tobacco?", "This House would tax sugary drinks like tobacco"),
        # batch 13 (overbooking), the closing question
        ("So is there any good reason left to let an airline sell a seat it has already sold to someone "
         "else?",
         "This House would forbid an airline to sell a seat that it has already sold to someone else"),
    ],
)
def test_a_rhetorical_question_that_asks_for_a_policy(question: str, motion: str) -> None:
    assert _asked(question) is not None
    found = parse_recommendation(question, KNOWN)
    assert found is not None
    assert motion.endswith(found.actions[0])
    assert problem(motion) is None


@pytest.mark.parametrize(
    "question",
    ["Why do you think so?", "Is it time to go home yet", "What is the price of a ticket today?"],
)
def test_a_real_question_asks_for_nothing(question: str) -> None:
    assert _asked(question) is None


DESCRIPTION = (
    "The tide is out and the mud flats shine under a low sun. A heron stands on one leg near the channel. "
    "Two boys in wellingtons walk along the sea wall with a bucket between them. A dog runs ahead, turns, "
    "and runs back to them. The café on the corner puts out its chalk board and three tables. An old man "
    "sets down a folding chair and opens a newspaper. The wind moves the masts of the small boats in the "
    "harbour, and the halyards tap against them. A van delivers crates of milk to the café. The church clock "
    "strikes ten. The heron lifts, slowly, and flies towards the marsh. The boys empty their bucket into a "
    "rock pool. The old man folds his newspaper and watches the water come back in across the flats. A "
    "fishing boat rounds the point with gulls wheeling behind it. On the quay a woman in a blue apron "
    "ties up the nets that have dried overnight. The smell of frying onions drifts from the café door. "
    "By noon the first families arrive with windbreaks and sandwiches, and the flats are water again."
)


def test_a_scene_described_in_the_present_gets_no_motion() -> None:
    draft = draft_essay(DESCRIPTION)
    assert draft.motions == ()
    assert draft.nearest
    assert "argues that" not in draft.source.get("summary", "")


OVERBOOKING = (
    "Airlines sell more tickets than a plane has seats, and count on some passengers not turning up. When "
    "everyone does turn up, somebody is left at the gate. The airline keeps both fares, while the passenger "
    "who was bumped misses a wedding, a funeral or a first day at work. No shop may sell the same coat to "
    "two customers and keep both payments. Compensation is capped and arrives weeks later, and it cannot "
    "give back a missed event. The airlines say overbooking keeps fares low. But they could fill their "
    "planes honestly, with late discounts or by letting travellers resell their tickets. Both already work "
    "on some routes. Some say that most overbooked flights leave with every passenger on board, since enough "
    "people fail to turn up. That is true, and it is no comfort to the family left behind at the gate. The "
    "risk is the airline's own choice, and the airline should carry it, not the passenger who paid in good "
    "faith for a seat that was promised to her. Is it not time we banned the overbooking of flights?"
)


def test_a_closing_rhetorical_question_gives_the_first_motion() -> None:
    draft = draft_essay(OVERBOOKING)
    assert draft.motions
    assert draft.motions[0].text == "This House would ban the overbooking of flights"


HENRY_LIKE = (
    "Mr. President, no man thinks more highly than I do of the patriotism of the gentlemen who have just "
    "addressed the House. But different men often see the same subject in different lights. Sir, we have "
    "petitioned; we have remonstrated; we have supplicated. Our petitions have been slighted, and our "
    "remonstrances have produced additional violence. There is no longer any room for hope. Besides, sir, "
    "we shall not fight our battles alone. Trust it not, sir; it will prove a snare to your feet. The war "
    "is actually begun, and our brethren are already in the field. Why stand we here idle? They tell us, "
    "sir, that we are weak; but when shall we be stronger? Will it be next week, or next year, when we are "
    "disarmed and a guard is stationed in every house? Three millions of people, armed in a holy cause, "
    "are invincible by any force which our enemy can send against us. I repeat it, sir, we must take up "
    "arms at once against the British armies!"
)


def test_no_motion_or_summary_keeps_a_vocative_or_a_garbled_command() -> None:
    draft = draft_essay(HENRY_LIKE)
    summary = draft.source.get("summary", "")
    assert "trust it not" not in summary.lower()
    assert "sir," not in summary.lower()
    for motion in draft.motions:
        assert problem(motion.text) is None
        assert "sir" not in motion.text.lower().split()
    # the thesis is an exclamation after "I repeat it, sir,": it is the proposal, printed first
    assert draft.motions[0].text == "This House would take up arms at once against the British armies"


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("We must tax the empty houses of the rich!", "tax the empty houses of the rich"),
        ("I say again, gentlemen, we must repeal the corn laws!", "repeal the corn laws"),
    ],
)
def test_an_exclaimed_proposal_is_a_proposal(sentence: str, act: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is not None and found.actions[0] == act


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # our own
        ("If the council is serious about safety, it should make it a legal duty for landlords to fit smoke "
         "alarms.", "require landlords to fit smoke alarms"),
        ("Parliament should make it an offence for employers to keep their staff's tips.",
         "forbid employers to keep their staff's tips"),
        # batch 13 (food waste)
        ("If ministers are serious about cutting food waste, they should make it a legal duty for large "
         "supermarkets to give their unsold edible food to charities instead of throwing it away.",
         "require large supermarkets to give their unsold edible food to charities"),
    ],
)
def test_a_duty_made_by_law_is_worded_as_require_or_forbid(sentence: str, act: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is not None
    assert found.actions[0] == act
    assert not found.conditional  # "if X is serious about Y" conditions nothing


def test_the_infinitives_subject_keeps_its_possessive() -> None:
    action = "require large supermarkets to give their unsold food to charities"
    worded = resolve_pronouns(action, "Ministers")
    assert worded == "require large supermarkets to give their unsold food to charities"


@pytest.mark.parametrize(
    "sentence",
    [
        "Now you must know, that the new coins pass for far less than they are worth.",
        "You must understand that the mill has been closed for a year.",
    ],
)
def test_a_fact_the_reader_is_told_to_know_is_not_a_proposal(sentence: str) -> None:
    assert parse_recommendation(sentence, KNOWN) is None


def test_a_second_act_after_a_repeated_modal_is_kept() -> None:
    # batch 13 (Hume): "We must submit to this fatigue, …: And must cultivate true metaphysics …"
    found = parse_recommendation(
        "We must submit to this fatigue, in order to live at ease ever after: And must cultivate true "
        "metaphysics with some care, in order to destroy the false and adulterate.",
        KNOWN | {"cultivate"},
    )
    assert found is not None
    assert "cultivate true metaphysics with some care" in found.actions


DRAPIER_LIKE = (
    "A man in London has got a patent to coin copper pennies for this kingdom, and he means to pour them "
    "in upon us by the cartload, whatever we think of it. Each penny is worth hardly a twelfth of what it "
    "claims. If they pass, the "
    "shopkeeper will raise his prices, the farmer will be paid in trash, and the landlord will find his "
    "rent worth nothing. Gold and silver will leave the country, since no merchant abroad will take the "
    "new pennies. The law obliges no subject to accept any money but gold and silver; the patent itself "
    "obliges nobody. The traders of the next town refused the coin last week and lost nothing by it. "
    "Parliament has already condemned the scheme. Therefore, my friends, refuse the new "
    "copper pennies in every payment, whoever offers them. Let no shopkeeper take them, and no "
    "farmer sell his corn for them; they will soon be worth nothing at all, and then the patentee will "
    "have no buyers for his trash."
)


def test_a_command_to_the_audience_is_the_authors_proposal() -> None:
    draft = draft_essay(DRAPIER_LIKE)
    assert draft.motions
    assert draft.motions[0].text == "This House would refuse the new copper pennies in every payment"


WEIGHING = (
    "Should the town pedestrianise its high street? The case for it is strong. Shops in towns that closed "
    "their centres to cars often report more visitors on foot, the air is cleaner, and children can cross "
    "without fear. Cafés put tables outside, and the street becomes a place to meet rather than a road to "
    "hurry along. The case against is also strong. Older and disabled shoppers rely on parking near the "
    "door, deliveries must be fitted into early hours, and traffic pushed out of the centre may clog the "
    "residential streets around it. Some towns that tried it saw trade fall before it recovered, and a few "
    "reopened the road within two years. Both sides can point to real places that prove their point. I am "
    "not going to recommend either course: the answer depends on the town, its buses and its streets, and "
    "I would rather set out the arguments than pretend the evidence settles them."
)


def test_an_author_who_recommends_neither_side_gets_no_motion() -> None:
    draft = draft_essay(WEIGHING)
    assert draft.motions == ()
    assert draft.nearest
    assert "recommends neither" in draft.source["summary"]


def test_the_announced_policy_comes_before_the_belief_it_rests_on() -> None:
    text = (
        "The object of this essay is to explain as clearly as I am able the grounds of an opinion which I "
        "have held from the very earliest period: that the rule of the road which lets lorries through the "
        "old town centre is wrong in itself; and that it ought to be replaced by a ban on lorries in the old "
        "town. The streets were laid out for carts. Every week a lorry scrapes a wall or mounts a pavement, "
        "and the cellars of "
        "the oldest houses crack under the weight. The bypass, built ten years ago, takes the same lorries "
        "round the town in four minutes more. The hauliers say the bypass costs them fuel, but the town pays "
        "for every repair. Other towns of the same age closed their centres to lorries long ago and lost no "
        "trade by it. The old town is a place to live in, not a short cut for forty-tonne trucks."
    )
    draft = draft_essay(text)
    assert draft.motions
    policy = "This House would replace the rule of the road with a ban on lorries in the old town"
    assert draft.motions[0].text == policy


CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"


def _drafted(name: str) -> Draft:
    return draft_essay((CORPUS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "name",
    [
        "hume-1748-different-species-of-philosophy.txt",
        "arnold-1869-sweetness-and-light.txt",
        "henry-1775-liberty-or-death.txt",
        "malthus-1798-poor-laws.txt",
        "swift-1724-drapier-letter-one.txt",
    ],
)
def test_batch_13_real_texts_print_no_fragment_and_no_garbled_summary(name: str) -> None:
    draft = _drafted(name)
    summary = draft.source.get("summary", "")
    for motion in draft.motions:
        assert problem(motion.text) is None, motion.text
        assert not re.search(r"\b(?:sir|our steps|no doubt)\b", motion.text, re.I), motion.text
    for garbled in ("to trust it not", "to necessarily", "to know, that", "sir,", "schools's"):
        assert garbled not in summary


def test_batch_13_description_and_weighing_get_no_motion() -> None:
    for name in ("narrative-harbour-morning.txt", "weighing-daylight-saving.txt"):
        draft = _drafted(name)
        assert draft.motions == (), name
        assert draft.nearest


def test_batch_13_op_eds_print_their_proposal_first() -> None:
    expected = {
        "oped-overbooking.txt": "forbid an airline to sell a seat",
        "oped-food-waste.txt": "require large supermarkets to give their unsold edible food to charities",
        "oped-older-drivers.txt": "require drivers aged seventy-five and over",
        "oped-right-to-repair.txt": "introduce a legal right to repair",
        "oped-school-start.txt": "no earlier than half past nine",
    }
    for name, act in expected.items():
        draft = _drafted(name)
        assert draft.motions, name
        assert act in draft.motions[0].text, (name, draft.motions[0].text)
        assert "schools's" not in draft.source.get("summary", "")


def test_an_act_whose_object_pointed_back_is_tried_last() -> None:
    sentence = "We must put up with this noise for a year: and must rebuild the harbour wall before winter."
    assert points_back("put up with the noise for a year", sentence)
    assert not points_back("rebuild the harbour wall before winter", sentence)
    # batch 13 (Hume): "We must submit to this fatigue, …: And must cultivate true metaphysics with some care"
    draft = _drafted("hume-1748-different-species-of-philosophy.txt")
    assert draft.motions[0].text == "This House would cultivate true metaphysics with some care"
    assert "cultivate true metaphysics" in draft.source["summary"]
