"""Drafting: the shapes a proposal or thesis takes in letters, briefings, resolutions, satire and speeches.

A view named as a noun ("It is accordingly our considered judgement that X", "My submission is simply this:
that X"); a request in the progressive ("We are urging the trustees, at their next meeting, to V"); a
proposal announced before a colon ("Here is my plan: make …"); a possibility that is the author's suggestion
("the board could simply V"); a passive call with a second act ("be flooded and opened as …") or a
pronoun for what the sentence before named ("They should be abolished"); a thing named in full once and
then by its head noun ("the congestion charge" … "abolish the charge"); the first of a listed series of
resolutions; a plan named as someone's and voted down by its own name; and a thesis the next sentence insists
on ("This is no exaggeration"). Pieces that only look like motions are refused: a series of clauses whose
last is cut to its subject, two sentences run together, the reader taken to a scene ("Stand outside any
school gate …"), and a finding reported ("the inspectors reported in March that …"). Every sentence is our
own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import CLOSING, TALK_OPENING, drafted_after

from bot.drafting import draft_essay
from bot.drafting.cuts import cut_problem
from bot.drafting.disputable import report_not_thesis
from bot.drafting.fullnames import full_name, this_named
from bot.drafting.grammar import VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import read_essay
from bot.drafting.structure import problem
from bot.drafting.theses import vouched_clause


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("It is accordingly our considered judgement that the harbour board ought to dredge the channel "
         "every spring.", "the harbour board ought to dredge the channel every spring"),
        ("My submission is simply this: that rents in the old town have risen beyond what young families can "
         "pay.", "rents in the old town have risen beyond what young families can pay"),
        ("It is my earnest persuasion, after thirty years at the bar, that no jury should sit for more than "
         "ten days.", "no jury should sit for more than ten days"),
    ],
)
def test_a_view_named_as_a_noun_gives_its_clause(sentence: str, clause: str) -> None:
    assert vouched_clause(sentence) == clause


@pytest.mark.parametrize(
    ("sentence", "actor", "first_action"),
    [
        ("We are therefore urging the trustees, at their next meeting, to reopen the reading room on "
         "Saturdays.", "the trustees", "reopen the reading room on Saturdays"),
        ("Here is my plan: make every school crossing a twenty-mile-an-hour zone.", "we",
         "make every school crossing a twenty-mile-an-hour zone"),
        ("Or, and I suggest this only in passing, the library board could simply open the branch on Sundays.",
         "the library board", "open the branch on Sundays"),
        ("The board should offer a free swimming lesson to every pupil who cannot yet swim, whatever it "
         "costs.",
         "The board", "offer a free swimming lesson to every pupil who cannot yet swim"),
    ],
)
def test_a_proposal_in_a_letter_or_speech_is_read(sentence: str, actor: str, first_action: str) -> None:
    rec = parse_recommendation(sentence, set(VERBS))
    assert rec is not None and rec.actor == actor and rec.actions[0] == first_action, rec


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("The disused depot should be sold and converted into starter homes.",
         ("sell the disused depot", "convert it into starter homes")),
        ("Evening class fees ought to be abolished, and replaced with a flat charge for materials.",
         ("abolish evening class fees", "replace them with a flat charge for materials")),
        ("The tolls ought to be lifted, and the bridge maintained instead from the general rate.",
         ("lift the tolls", "maintain the bridge instead from the general rate")),
    ],
)
def test_a_passive_call_with_a_second_participle_makes_two_acts(
        sentence: str, actions: tuple[str, ...]) -> None:
    rec = parse_recommendation(sentence, set(VERBS))
    assert rec is not None and rec.actions == actions, rec


def test_a_passive_call_keeps_its_act_when_a_qualification_holds_participles() -> None:
    rec = parse_recommendation(
        "Fees should be abolished for evening classes, with materials supplied but never charged or "
        "invoiced.",
        set(VERBS))
    assert rec is not None and rec.actions == ("abolish fees for evening classes",), rec


@pytest.mark.parametrize(
    "sentence",
    [
        "Stand outside any school gate at half past three.",  # the reader taken to a scene
        "Walk down any high street on a Saturday morning.",
        "The village could simply lose its school.",  # what may befall it, not an act
        "Make the most of the light evenings.",
    ],
)
def test_what_only_looks_like_a_call_is_no_proposal(sentence: str) -> None:
    assert parse_recommendation(sentence, set(VERBS)) is None


def test_a_thing_named_in_full_once_is_named_in_full_in_the_motion() -> None:
    earlier = ["The congestion charge was brought in three years ago.", "Since then the charge has doubled."]
    assert full_name("abolish the charge", earlier) == "abolish the congestion charge"
    # two ways of naming it leave it as it is; so does a thing first named bare
    assert full_name("abolish the council", ["the district council", "the county council"]) == (
        "abolish the council")
    assert full_name("end the levy", ["The levy is unfair.", "The tourist levy hurts hotels."]) == (
        "end the levy")
    assert full_name("close the pool", ["The heated pool costs a fortune."]) == "close the pool"


@pytest.mark.parametrize(
    ("action", "earlier", "named"),
    [
        # an "of" phrase that makes the noun a term
        ("lower this age to sixteen",
         ["Young people wait for the voting age.", "The age of majority is eighteen."],
         "lower the age of majority to sixteen"),
        # one qualifier, in quotation marks and capitals as the essay wrote it
        ("double this allowance at once", ["The so-called 'Fuel Allowance' pays forty pounds a year."],
         "double the fuel allowance at once"),
        # a count names no term; a bare noun, a mention made twice, a mention too far back: all left alone
        ("raise this age to sixteen", ["The age of twelve is far too young."], "raise this age to sixteen"),
        ("scrap this levy", ["The levy falls on every hotel."], "scrap this levy"),
        ("scrap this levy", ["The tourist levy and the hotel levy were merged."], "scrap this levy"),
        ("scrap this levy", ["The tourist levy began in May.", "Hotels complained.", "Guests stayed away.",
                             "Takings fell."], "scrap this levy"),
    ],
)
def test_this_noun_is_named_as_the_sentence_before_named_it(
    action: str, earlier: list[str], named: str
) -> None:
    assert this_named(action, earlier) == named


def test_a_proposal_that_points_back_is_drafted_with_its_term() -> None:
    essay = (
        "Every winter, old people in this town choose between heating and eating. The fuel grant, as it "
        "is called, pays them sixty pounds. What the council calls the rate of relief has not changed "
        "since 2009. Double this rate by the first frost, and fewer of our neighbours will spend January "
        "in one cold room. The money is small beside what the hospital spends on those who fall ill from "
        "the cold. Last year the ward beside the river took in more than ninety pensioners between "
        "Christmas and March, most of them with chest infections that a warm house would have kept away. "
        "A night in that ward costs the health board more than the whole grant costs for a year. Some "
        "councillors say the town cannot afford to be generous. The truth is that it cannot afford to be "
        "mean, because the bill for the cold lands on us all the same, only later, larger and in a "
        "hospital bed."
    )
    assert "This House would double the rate of relief by the first frost" in [m.text for m in draft_essay(
        essay).motions]


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that the shops are shut, the bank has gone, and the young families",
        "This House believes that fares rose sharply. Riders left the buses",
        "This House would fund a crossing by the school and the green, near one",
        "This House would give every tenant a key to the yard and a place on one",
    ],
)
def test_a_cut_or_run_together_motion_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that a free press is the best defence a democracy can have",
        "This House believes that a ban is the least the council can do",
        "This House would ban dogs from every beach in the borough, large and small alike",
        "This House would repair the roof this summer, before the hall has to close",
    ],
)
def test_a_whole_motion_with_a_relative_or_a_range_passes(motion: str) -> None:
    assert problem(motion) is None


def test_a_contrast_before_a_new_clause_is_no_cut_list() -> None:
    source = "Patience is a skill, not a gift, and it can be learned by anyone."
    assert cut_problem("This House believes that patience is a skill, not a gift", source) is None


def test_a_finding_reported_is_no_thesis() -> None:
    assert report_not_thesis(
        "This House believes that the inspectors reported in March that the wards were short of nurses")
    assert report_not_thesis("This House believes that history shows that tolls breed resentment") is None


def test_no_as_an_answer_ends_its_sentence_and_no_as_a_number_does_not() -> None:
    essay = read_essay(TALK_OPENING + "Is the ferry free to ride? No. Passengers pay four pounds each way, "
                       "which is more than the bus. The office is at No. 4 Quay Street, beside the chandler."
                       + CLOSING, None)
    texts = [s.text for s in essay.sentences]
    assert "No." in texts and any(t.startswith("Passengers pay") for t in texts), texts
    assert any("No. 4 Quay Street" in t for t in texts), texts


def test_a_pronoun_call_is_drafted_with_what_the_sentence_before_named() -> None:
    paragraph = (
        "Tuition fees for student nurses deter the very people the wards most need. They should be "
        "abolished, and replaced with a training wage paid from the first term.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any("abolish tuition fees for student nurses" in m for m in drafted), drafted


def test_the_first_of_a_list_of_resolutions_leads() -> None:
    essay = "\n\n".join([
        "Fellow members of the allotment society, the committee has met three times since the flood and "
        "agreed on what it will put to the annual meeting next month.",
        "The flood took the sheds on the lower terrace, spoiled two seasons of soil and showed that the old "
        "ditch along the river side cannot carry the water of a wet winter. Every plot holder on the lower "
        "terrace lost the whole of the autumn crop, and several have said they will not replant.",
        "The committee therefore puts forward these resolutions.",
        "Resolved, that the society should dig a new drainage ditch along the river side before next winter.",
        "Resolved, that the society should raise the annual rent by five pounds to pay for the work.",
        "Resolved, that the society should write to the council asking for a grant towards the cost.",
        "Members who cannot come to the meeting may vote by letter to the secretary, and every vote will be "
        "counted before the chair declares the result.",
    ])
    motions = [m.text for m in draft_essay(essay).motions]
    assert motions and "drainage ditch" in motions[0], motions


def test_a_plan_voted_down_by_its_own_name_is_the_motion_the_author_opposes() -> None:
    essay = "\n\n".join([
        "Friends, on Monday the town council will be asked to approve the trust's proposal for a "
        "multi-storey car park on the old cattle market, and I shall be voting no.",
        "The cattle market is the last open space in the middle of the town. On market days it fills with "
        "stalls, and on summer evenings with families. A car park would bring more traffic into streets that "
        "are already jammed at school time, and the trust's own survey found the existing car parks half "
        "empty on most weekdays.",
        "There is a cheaper answer: a shuttle bus from the park-and-ride on the ring road, every ten minutes "
        "on market days.",
        "I urge every councillor to come on Monday and vote against the car park.",
        "The market traders, the bowls club and both primary schools have written to say the same, and their "
        "letters are on the council's website for anyone who wants to read them before the meeting.",
    ])
    draft = draft_essay(essay)
    first = draft.motions[0].text if draft.motions else ""
    assert "build a multi-storey car park on the old cattle market" in first, draft.motions
    assert any("AGAINST this plan" in c for c in draft.motions[0].checks), draft.motions[0].checks


def test_a_thesis_the_next_sentence_insists_on_is_drafted() -> None:
    essay = "\n\n".join([
        "A village shop is the most valuable building a small village can keep. This is no exaggeration; "
        "it is what the people who use one every day will tell you.",
        "It sells bread and stamps, but it also notices when an old man has not come in for his paper, holds "
        "keys for neighbours, and takes parcels for people at work. A supermarket ten miles away does none "
        "of this, however cheap its milk.",
        "When a village loses its shop it loses the one place where everyone passes through in the course of "
        "an ordinary week, and the loneliness that follows is felt most by those who cannot drive.",
        "Those who run such shops seldom make much money from them. They stay open because they know what "
        "the place means to the people who come through the door, and because nobody else would do it. A "
        "parish that wants to keep its shop should use it, and use it for more than the odd pint of milk.",
    ])
    motions = [m.text for m in draft_essay(essay).motions]
    thesis = "This House believes that a village shop is the most valuable building a small village can keep"
    assert motions and motions[0] == thesis, motions


def test_a_duty_laid_on_a_body_is_its_proposal_with_the_means_after_the_object() -> None:
    from bot.drafting.deontics import deontic_proposal

    clause = deontic_proposal("It is therefore the clear duty of the county to close, by order, every quarry "
                              "within a mile of the school.", set(VERBS))
    assert clause == "the county should close every quarry within a mile of the school by order"


def test_reasons_given_for_a_proposal_frame_it() -> None:
    rec = parse_recommendation("Here are four reasons why the port authority should dredge the inner "
                               "harbour, beginning with the berths nearest the fish market.", set(VERBS))
    assert rec is not None and rec.actor == "the port authority", rec
    assert rec.actions == ("dredge the inner harbour",) and rec.asked, rec


def test_a_background_after_a_proposal_is_a_detail() -> None:
    rec = parse_recommendation("The board should ban fishing from the pier, after a season of accidents.",
                               set(VERBS))
    assert rec is not None and rec.actions == ("ban fishing from the pier",), rec


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that the county council is planning to close the depot at Eastgate",
        "This House believes that the water company proposes to raise its charges by a fifth",
    ],
)
def test_someone_elses_plan_told_is_no_thesis(motion: str) -> None:
    assert report_not_thesis(motion)


@pytest.mark.parametrize(
    "motion",
    [
        "This House would start showing pupils how to grow it themselves",
        "This House believes that the poor of the parish should bear, a burden heavy and unjust,--a tax",
    ],
)
def test_a_pronoun_after_how_or_a_double_hyphen_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    ("sentence", "actor", "action"),
    [
        ("We, the undersigned parents, governors and teachers of Brook Lane School, petition the county "
         "council to put a lollipop warden on the Brook Lane crossing, working every school day from eight "
         "until nine.",
         "the county council", "put a lollipop warden on the Brook Lane crossing"),
        ("This paper has long argued that the water company should cap its charges for households on "
         "benefits.",
         "the water company", "cap its charges for households on benefits"),
        ("Is it not time we let apprentices travel free on the county's buses?", "we",
         "allow apprentices to travel free on the county's buses"),
    ],
)
def test_a_petition_an_editorial_and_a_question_give_their_proposal(
        sentence: str, actor: str, action: str) -> None:
    rec = parse_recommendation(sentence, set(VERBS))
    assert rec is not None and rec.actor == actor and rec.actions[0] == action, rec


def test_letting_something_go_is_no_policy() -> None:
    assert parse_recommendation("We cannot let the old ways go.", set(VERBS)) is None


def test_a_comparison_with_its_other_side_in_the_essay_is_refused() -> None:
    assert problem("This House believes that the cost to the families of the valley is far greater")
    assert problem("This House believes that the cost to families is greater than the saving") is None


@pytest.mark.parametrize(
    ("sentence", "actor", "actions"),
    [
        # the second infinitive is the employer's, inside "require X to V"
        ("Inspectors should require every care home to keep a daily record of falls, and to send it to the "
         "families each month.", "Inspectors",
         ("require every care home to keep a daily record of falls, and to send it to the families each "
          "month",)),
        # "open every day": when the baths open, no second act
        ("The town should build a covered market by the station, open every day except Sunday.", "The town",
         ("build a covered market by the station, open every day except Sunday",)),
        # two bare plural nouns joined by "and": one object
        ("The board should make publishers sell spare parts and repair kits for every machine.", "The board",
         ("make publishers sell spare parts and repair kits for every machine",)),
        ("So here's my challenge to every head teacher listening: give your pupils an hour outside each day.",
         "every head teacher", ("give their pupils an hour outside each day",)),
        ("Here's my plea to every landlord reading this: fix your tenants' boilers before the first frost.",
         "every landlord", ("fix their tenants' boilers before the first frost",)),
    ],
)
def test_an_act_keeps_what_belongs_to_it(sentence: str, actor: str, actions: tuple[str, ...]) -> None:
    rec = parse_recommendation(sentence, set(VERBS))
    assert rec is not None and rec.actor == actor and rec.actions == actions, rec


def test_a_clause_proposed_in_the_subjunctive_is_not_read_as_a_command() -> None:
    rec = parse_recommendation(
        "I would therefore propose that the vestry be required to light the lane from the church to the "
        "mill, open to carts and walkers alike.", set(VERBS))
    assert rec is not None and rec.actions[0].startswith("require the vestry to light the lane"), rec


def test_a_long_act_is_drafted_without_its_time() -> None:
    from bot.drafting.fitting import core_act

    long = ("This House believes that the regulator should require every water company to publish the level "
            "of sewage discharged into each river by month and by site before the start of each bathing "
            "season")
    assert core_act(long, lambda t: problem(t) is None) == (
        "This House believes that the regulator should require every water company to publish the level of "
        "sewage discharged into each river by month and by site")


def test_a_pronoun_object_may_stand_for_a_noun_in_the_actors_relative_clause() -> None:
    assert problem("This House believes that anyone who keeps bees should register them") is None
    assert problem("This House believes that the council should close them") is not None


def test_a_motion_moved_for_a_petition_is_the_act_petitioned_for() -> None:
    rec = parse_recommendation(
        "Friends, I move that this branch petition Parliament for the immediate abolition of the tax on "
        "newspapers, and that the secretary send a copy to our member.", set(VERBS))
    assert rec is not None and rec.actor == "Parliament", rec
    assert rec.actions == ("abolish the tax on newspapers",), rec


def test_a_common_view_answered_at_the_next_paragraph_is_not_the_thesis() -> None:
    essay = "\n\n".join([
        "In Praise of Idleness",
        "Most of us now take it for granted that every spare hour of a teenager's week should be spent on "
        "something that looks good on a form. We have come to believe that a busy adolescence is a "
        "successful one.",
        "But idleness is good for teenagers. An empty evening is where a young person finds out what they "
        "actually like doing when nobody is marking it, and where friendships that last are made.",
        "Timetabled lives also leave no room for the slow work of growing up: reading a long book, "
        "wandering about a town, talking late into the night about nothing in particular. None of these "
        "can be scheduled, and all of them matter more than another certificate.",
        "Parents who fear that an idle evening is a wasted one might remember their own. Most of what they "
        "valued at sixteen happened in the gaps between the things they were supposed to be doing.",
    ])
    motions = [m.text for m in draft_essay(essay).motions]
    assert motions and motions[0] == "This House believes that idleness is good for teenagers", motions
    assert not any("busy adolescence" in m for m in motions), motions


def test_an_answer_in_an_interview_is_given_to_the_body_the_question_names() -> None:
    paragraph = ("What should the water company do?\n\nIt should fit a meter to every home in the valley and "
                 "charge for the water each household actually uses.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any("fit a meter to every home in the valley" in m for m in drafted), drafted


def test_a_thing_the_author_would_have_is_built() -> None:
    from bot.drafting.deontics import deontic_proposal

    clause = deontic_proposal("I would have, therefore, a reading room in every village, kept warm in winter "
                              "and open to all who care to use it.", set(VERBS))
    assert clause == "we should build a reading room in every village"


def test_a_second_clause_on_its_own_pronoun_is_left_out_of_a_belief() -> None:
    from bot.drafting.wording import value_motion

    assert value_motion("Darkness is a public good, and it needs the protection we give to clean air.") == (
        "This House believes that darkness is a public good")


def test_a_speech_without_figures_gets_no_info_slide_of_the_speaker_addressing_the_room() -> None:
    essay = "\n\n".join([
        "Neighbours, I will keep this short, because every one of you has waited at that crossing in the "
        "rain.",
        "The lights on the ring road give walkers eight seconds to cross four lanes. A parent with a buggy "
        "cannot do it, and nor can anyone who walks with a stick. People cross against the lights because "
        "waiting longer does not help, and drivers coming round the bend do not expect them.",
        "When a crossing is built for cars alone, the people on foot pay for it in fear and, sooner or "
        "later, in injuries. A longer green phase costs drivers a few seconds at most, and the queue on the "
        "ring road clears within a minute of the lights changing back.",
        "The highways department should give walkers at least twenty seconds to cross at the ring road "
        "lights, and should do it before the winter evenings close in. The school at the top of the hill "
        "has asked for the same thing for three years running.",
    ])
    draft = draft_essay(essay)
    assert draft.motions, draft
    slide = draft.motions[0].info_slide
    assert "keep this short" not in slide and slide, slide


def test_a_view_named_as_a_noun_leaves_no_frame_in_a_key_point() -> None:
    from bot.drafting.wording import impersonal

    assert impersonal("My contention is simply this: that a village needs its shop.").lower() == (
        "a village needs its shop.")
