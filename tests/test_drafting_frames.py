"""Drafting: the frames old and new prose wraps a thesis in, and the pieces that only look like one.

A thesis often comes inside a frame: a discourse step ("Nevertheless, …", "Next, we know that …"), the author
judging "it" ("I hold it to be neither wise nor kind that X"), a belief denied ("It must not be imagined
that X is merely Y"), a negative question that compares ("Is not a full larder better than a full purse?").
The motion keeps the claim and drops the frame. Other sentences only look like theses: what unnamed others
want ("Some would have the remedy lie in …"), common opinion reported ("has come to be regarded as"), an idea
named but not stated ("there is a notion"), the opening of a story ("There lived in the valley …"), a charge
reported, an example brought up ("Take our own harbour, once the busiest on the coast"), and a motion that
leans on the essay for a place ("bring there"), a likeness ("a similar season"), a thing ("in that valley,")
or a whole argument ("to maintain so much"). Those are refused. Every paragraph and sentence is our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import CLOSING, TALK_OPENING, carries, drafted_after

from bot.drafting import draft_essay
from bot.drafting.asks import asked_measure
from bot.drafting.complements import complement_proposal
from bot.drafting.disputable import report_not_thesis
from bot.drafting.questions import assertion
from bot.drafting.structure import problem
from bot.drafting.wording import gerund_phrase, impersonal, strip_openers

# The opening a drafted call may have: the House's own, or a named actor's.
_CALL_LEAD = r"^(?:This House (?:would |believes that )|the \w+ should )"


def _drafted_carrying(paragraph: str, motion: str, lead: str) -> list[str]:
    """The motions drafted from the paragraph, asserted complete and one of them carrying the motion."""
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any(carries(m, motion, lead) for m in drafted), drafted
    assert all(problem(m) is None for m in drafted), drafted
    return drafted


# (paragraph, a motion it must draft)
FRAMED: list[tuple[str, str]] = [
    ("The branch is busy every day of the week. We must not quietly close the branch library on Mill Road. "
     "Readers of every age depend on it.",
     "This House opposes quietly closing the branch library on Mill Road"),
    ("Is not a full larder better than a full purse? The parish must fill its granary before winter comes. "
     "Bread is dearer every year.",
     "This House believes that a full larder is better than a full purse"),
    ("I hold it to be neither wise nor kind that the orphans of this county should be set to work, as most "
     "of them now are, in the mills before their twelfth year. They belong at school.",
     "This House believes that it is neither wise nor kind that the orphans of the county should be set to "
     "work in the mills before their twelfth year"),
    ("It must not be imagined that a canal, as its enemies would have us fancy, is merely a ditch for "
     "barges. It carries the trade of three counties.",
     "This House believes that a canal is not merely a ditch for barges"),
    ("Some would have the remedy lie in building ever more prisons. A town which neglects its young can "
     "never be more than half as safe as it might be.",
     "This House believes that a town which neglects its young can never be more than half as safe as it "
     "might be"),
]


@pytest.mark.parametrize(("paragraph", "motion"), FRAMED, ids=[m[19:60] for _, m in FRAMED])
def test_a_framed_thesis_is_drafted_without_its_frame(paragraph: str, motion: str) -> None:
    drafted = _drafted_carrying(paragraph, motion, r"^This House (?:would |opposes |believes that )")
    assert not any("some would" in m.lower() or "imagined" in m for m in drafted), drafted


@pytest.mark.parametrize(("framed", "claim"), [
    ("Nevertheless, the old mill is worth saving", "the old mill is worth saving"),
    ("Next, we know that rivers must be dredged", "rivers must be dredged"),
    ("As we all know, the ferry is too slow", "the ferry is too slow"),
    ("At the same time, rents keep rising", "rents keep rising"),
    ("Last but not least, the scheme is cheap", "the scheme is cheap"),
])
def test_discourse_steps_are_no_part_of_the_claim(framed: str, claim: str) -> None:
    assert strip_openers(framed) == claim


def test_frames_of_judgement_and_denial_give_the_claim_itself() -> None:
    assert impersonal("We think it right to mend the sea wall.").lower().startswith("it is right to mend")
    assert impersonal("Let it not be supposed that the weavers are idle.") == "the weavers are not idle."
    assert impersonal("It is not to be thought that the toll can pay for the bridge.") == (
        "the toll cannot pay for the bridge.")
    # a claim that already denies something is left in its frame: no double negative
    denied = "It must not be supposed that nothing was done."
    assert "not done" not in impersonal(denied)


def test_a_negative_question_that_compares_states_the_comparison() -> None:
    assert assertion("Is not a river wider than a brook?") == "A river is wider than a brook."
    assert assertion("Are not the fields greener than the moor?") == "The fields are greener than the moor."


def test_the_gerund_of_an_act_keeps_its_adverb_in_front() -> None:
    assert gerund_phrase("quietly close the library") == "quietly closing the library"
    assert gerund_phrase("ban the tolls") == "banning the tolls"


@pytest.mark.parametrize("motion", [
    "This House believes that some would have the cure lie in higher walls round every school",
    "This House believes that others fancy that the market will mend itself",
    "This House believes that thrift has come to be regarded as the chief of the virtues",
    "This House believes that the scheme is widely considered the best in the county",
    "This House believes that there is a notion",
    "This House believes that there lived in the valley a miller of great learning",
    "This House believes that the treasurer is charged with hiding the parish accounts",
])
def test_views_reported_and_stories_told_are_no_thesis(motion: str) -> None:
    assert report_not_thesis(motion) is not None


def test_a_figure_that_measures_a_quality_weighs_it() -> None:
    weighed = "This House believes that a town without a library is twice as poor as it looks"
    assert report_not_thesis(weighed) is None


@pytest.mark.parametrize("motion", [
    "This House would take our own harbour, once the busiest on the coast",
    "This House would take, for instance, the case of the ferry",
    "This House would send there a company of masons and carpenters",
    "This House believes that a similar season must come for the northern farms",
    "This House believes that nothing is more prudent in that valley, than to store the grain",
    "This House believes that it is needless to prove so much in order to show that the bridge is unsafe",
    "This House believes that only when the harvest fails, the price of bread",
])
def test_examples_and_pointers_into_the_essay_are_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize("motion", [
    "This House believes that similar cases should be treated alike",
    "This House believes that every offender should get the same sentence for the same offence",
    "This House believes that the law is unjust in that it punishes the poor",
    "This House believes that there should be a ferry at every crossing",
    "This House believes that the county should take the railway into public ownership",
    "This House would take the toll off the bridge",
])
def test_likenesses_and_places_that_say_what_they_mean_stay(motion: str) -> None:
    assert problem(motion) is None


# (paragraph, a motion it must draft): the proposal inside a speaker's frame, or named by what a change does
CALLED: list[tuple[str, str]] = [
    ("The ferry is old and the crossing is dangerous in winter. I say to you plainly, that the county ought "
     "to build a footbridge across the estuary before another winter passes, and ought to close the ferry "
     "once it opens. The ferrymen agree.",
     "the county should build a footbridge across the estuary before another winter passes"),
    ("The meadow floods every spring and the town has nowhere to walk. I humbly conceive, therefore, that "
     "the council ought, at its next meeting, to buy the water meadow from the estate. It would cost less "
     "than a new car park.",
     "the council should buy the water meadow from the estate"),
    ("Our parliament is elected all at once and can be swept by a passing mood. My conclusion, then, is "
     "that the upper chamber should be chosen by lot from among the citizens. A jury of the nation would not "
     "panic.",
     "This House believes that the upper chamber should be chosen by lot from among the citizens"),
    ("Tenants lose their deposits for the smallest scuff. Parliament should change the law so that every "
     "deposit is held by an independent scheme and returned within ten days. Landlords who keep money "
     "unfairly should pay it back twice over.",
     "This House would change the law so that every deposit is held by an independent scheme"),
]


@pytest.mark.parametrize(("paragraph", "motion"), CALLED, ids=[m[-40:] for _, m in CALLED])
def test_a_call_inside_the_speakers_frame_is_drafted(paragraph: str, motion: str) -> None:
    _drafted_carrying(paragraph, motion, _CALL_LEAD)


def test_a_hardship_described_is_no_call() -> None:
    paragraph = ("The hospital car park is full by seven. The nurses who work nights have to sleep in their "
                 "cars between shifts. Nobody in the trust seems to know or care.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert not any("should sleep" in m for m in drafted), drafted


@pytest.mark.parametrize("motion", [
    "This House believes that the statute of frauds would never permit it",
    "This House believes that a tenant who pays for one should get a working boiler",
])
def test_a_pronoun_for_something_outside_the_claim_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize("motion", [
    "This House believes that the legislature should consist of two chambers",
    "This House believes that every pupil who leaves the school unable to swim has been failed by those in "
    "charge of it",
    "This House would give every child a library card and teach them to use one",
    "This House believes that a village can save its pond only by fencing the banks, not by draining it",
    "This House would change the law so that a tenant's deposit is returned within ten days",
])
def test_claims_that_only_look_incomplete_stay(motion: str) -> None:
    assert problem(motion) is None


# (paragraph, a motion it must draft): the author's own place as the actor, a "what" named after a colon,
# and a second act joined by ", and" that no list of the essay's verbs holds
NAMED: list[tuple[str, str]] = [
    ("The valley has been governed from the capital for a century, and badly. I therefore say, without "
     "reserve, that this valley ought to elect its own water board and set its own rates. Nobody else will "
     "look after our river.",
     "This House believes that the valley should elect its own water board"),
    ("The town has tried everything else. Upon the whole, I conclude that a covered market would give back "
     "to the town what the supermarkets have taken from it: a centre where people meet. The square is empty "
     "at noon.",
     "This House believes that a covered market would give back to the town a centre where people meet"),
    ("The fair has been held on the green for three hundred years. The council should refuse the licence for "
     "the car boot sale entirely, and leave the green open to everyone who wants to use it. The fair will "
     "come back.",
     "the council should refuse the licence for the car boot sale"),
]


@pytest.mark.parametrize(("paragraph", "motion"), NAMED, ids=[m[-40:] for _, m in NAMED])
def test_the_authors_place_and_a_named_what_are_drafted(paragraph: str, motion: str) -> None:
    drafted = _drafted_carrying(paragraph, motion, _CALL_LEAD)
    assert not any("this valley" in m or ":" in m for m in drafted), drafted


def test_a_proposal_with_an_exception_keeps_the_exception_for_the_curator() -> None:
    paragraph = ("Every sold field is lost for good. The government should ban the sale of village greens "
                 "outright, except where a new green of at least equal size is laid out in the same parish "
                 "before the old one is built on. A green is where a village meets.")
    draft = draft_essay(TALK_OPENING + "\n\n" + paragraph + CLOSING + "\n")
    motion = next(m for m in draft.motions if "village greens" in m.text)
    assert problem(motion.text) is None
    exception = "except where a new green"
    assert exception in motion.text or any(exception in check for check in motion.checks)


def test_a_remedy_refused_and_then_given_drafts_the_one_given() -> None:
    paragraph = ("Every winter the lanes flood. The answer is not taller banks along the brook, and it is "
                 "not more pumps in the square. It is to replant the hillside above the village, so that the "
                 "rain is held where it falls. Roots will do what concrete cannot.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    expected = "This House would replant the hillside above the village"
    assert any(carries(m, expected) for m in drafted), drafted
    assert not any(" would introduce not " in m or "should not taller" in m for m in drafted), drafted


def test_a_course_refused_is_no_proposal() -> None:
    assert complement_proposal("The sensible course is not to widen the ring road", set()) is None
    assert asked_measure("The answer is not a bigger car park.") is None
