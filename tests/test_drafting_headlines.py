"""Drafting: proposals put where a plain parser does not look, and frames that hide them.

A title that gives the order the body only argues for ("Pedestrianise the Market Street"); the motion a debate
speech says it debates, on the side the speaker takes; a wish ("It is much to be desired that the county would
reopen …", "If only …", "I would rather see X restored …"); a passive call whose subject carries its own
defining clause ("The by-laws which at present forbid … ought to be repealed; and I say so …"); an act that
only urges before the real one ("do what its neighbours did long ago and open …"); a remedy named, judged and
then given after a colon; a proposal named first and given after ("As for my plan, it is to …"); a plan put
to a vote by what it would do ("a proposal from the rail company: to close …"); infinitives listed under a
resolving header ("This Council resolves: / To …"); a body's call in its own name ("The Society calls on
…"); a judgement asked as a question ("Would it not be the kinder course to …?"); a view held "of opinion";
a call past a quoted name or the evidence said to warrant it; "those crossings" named by the kind the essay
gave them; a proposal restated as a committee's question and answered "Yes"; "It ought to …" after a
sentence about a scheme. A figure given as a rate ("three households in ten") is no thesis, and "make that
decision" asks nothing. Every sentence is our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import CLOSING, TALK_OPENING, carries, drafted_after

from bot.drafting import draft_essay
from bot.drafting.disputable import report_not_thesis
from bot.drafting.fullnames import full_name
from bot.drafting.grammar import VERBS
from bot.drafting.headlines import title_order
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import read_essay
from bot.drafting.stated import stated_motion

_MARKET_STREET = """Pedestrianise the Market Street

Every Saturday the Market Street fills with cars hunting for spaces that are not there. Delivery vans
stop on the double yellow lines, buses wait behind them, and shoppers squeeze along pavements barely wide
enough for a pushchair. The traders say footfall has fallen for three years running.

Towns of our size that closed their main shopping street to traffic have seen the opposite. Their cafes put
tables outside, their markets grew, and their accident figures fell. The Market Street could be the same,
with loading allowed before ten in the morning and the car park behind the church kept open for visitors.

Some worry that the elderly and the disabled would find the shops harder to reach. A shuttle from the
station and blue-badge bays at each end of the Market Street would answer most of that, and both cost far
less than the new multi-storey the chamber of trade keeps asking for. The street was built for people long
before it was handed to cars. It is time it was handed back.
"""


def test_a_title_that_gives_an_order_is_the_motion_when_the_body_words_none() -> None:
    motions = [m.text for m in draft_essay(_MARKET_STREET).motions]
    assert motions and motions[0] == "This House would pedestrianise the Market Street"


@pytest.mark.parametrize(
    "title",
    ["Give Me the Quiet Life", "Fix It, Don't Bin It", "Why Not Close the Road?", "Walking Tours",
     "Opinion: Keep It Local"],
)
def test_a_title_that_gives_no_plain_order_gives_no_motion(title: str) -> None:
    assert title_order(title, frozenset(), set(VERBS)) is None


def test_a_title_order_gives_way_to_the_body_s_own_wording() -> None:
    essay = _MARKET_STREET.replace(
        "It is time it was handed back.",
        "The council should close the Market Street to through traffic from next spring.")
    motions = [m.text for m in draft_essay(essay).motions]
    assert not any("pedestrianise" in m for m in motions), motions
    assert any("close the Market Street to through traffic" in m for m in motions), motions


@pytest.mark.parametrize(
    ("paragraph", "motion"),
    [
        ("It is much to be desired that the county would reopen the ferry at Holme Staithe, which carried "
         "the village to market for two hundred years.",
         "This House would reopen the ferry at Holme Staithe"),
        ("I would rather see the old corn exchange restored as a concert hall, and the town has the money "
         "for it in the reserve it has kept for a decade.",
         "This House would restore the old corn exchange as a concert hall"),
        ("The by-laws which at present forbid street traders from setting up within sight of the station "
         "ought to be repealed; and I say so at the outset so that nobody mistakes my purpose.",
         "This House would repeal the by-laws which at present forbid street traders from setting up within "
         "sight of the station"),
        ("We ask the trust to do what its neighbours did long ago and open the walled gardens to the public "
         "on Sundays, keeping only the glasshouses closed.",
         "This House would open the walled gardens to the public on Sundays"),
        ("The remedy is plain, and costs the parish nothing: that the footpath across Long Meadow be "
         "restored to the map from which it was dropped.",
         "This House would restore the footpath across Long Meadow to the map"),
        ("As for my plan, it is to plant an orchard on the old tip behind the allotments, where nothing "
         "else will grow.",
         "This House would plant an orchard on the old tip behind the allotments"),
        ("The Society therefore calls on the county council to restore the mobile library to the upland "
         "villages, which lost it in the last round of savings.",
         "the county council should restore the mobile library to the upland villages"),
        ("Would it not be the kinder course, and the cheaper, to let the almshouse residents keep the garden "
         "they have tended for forty years than to sell it for a car park?",
         "This House would let the almshouse residents keep the garden"),
        ("I would ask the trustees to keep the reading room open on Saturdays, and to spend the money "
         "\u201cA Governor\u201d would have them save on a second cleaner instead.",
         "the trustees should keep the reading room open on Saturdays"),
        ("We think the evidence is now strong enough that the board should adopt the new timetable from "
         "January, and we have told the board so in writing.",
         "the board should adopt the new timetable from January"),
    ],
    ids=["wished", "rather-see", "defining-subject", "empty-act", "remedy-after-colon", "plan-named-first",
         "body-calls", "asked-judgement", "a-name-in-quotes", "warranted-by-the-evidence"],
)
def test_a_proposal_inside_its_frame_is_drafted(paragraph: str, motion: str) -> None:
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any(carries(m, motion, r"^This House (?:would |believes that )") for m in drafted), drafted


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("If only the water board would mend the leaking main on Mill Lane.",
         "mend the leaking main on Mill Lane"),
        ("The council should follow the lead of its neighbours and scrap the garden waste charge.",
         "scrap the garden waste charge"),
        ("We should do the brave thing and fund the youth club for another five years.",
         "fund the youth club for another five years"),
    ],
)
def test_the_act_asked_for_is_read_past_its_frame(sentence: str, action: str) -> None:
    found = parse_recommendation(sentence, set(VERBS))
    assert found is not None and found.actions[0] == action


def test_a_plan_put_to_a_vote_by_what_it_would_do_is_the_motion_and_the_author_opposes_it() -> None:
    essay = """Keep the ticket office open

Next Tuesday the board will vote on a proposal from the rail company: to close the ticket office at Darby
Lane station and replace the staff with two machines. The company says most passengers now buy online.

That is true of commuters with smartphones. It is not true of the pensioners, the visitors and the parents
with prams who make up most of the daytime traffic, and who need someone to ask when the machine refuses
their card or the train is cancelled.

Nor are the savings what they seem. Two salaries are small beside the station's takings, and the machines
cost money to lease, to repair and to empty. Stations that lost their staff elsewhere on the line saw more
vandalism and fewer passengers within a year, and the company's own survey found that most travellers
valued a person on the platform above almost anything else it could offer them. I urge the board to reject
the proposal.
"""
    motion = draft_essay(essay).motions[0]
    assert motion.text == "This House would close the ticket office at Darby Lane station"
    assert any("AGAINST" in check for check in motion.checks)


@pytest.mark.parametrize(
    "claim",
    ["three households in ten in the ward have no garden", "one pupil in five walks to school alone"],
)
def test_a_rate_told_is_no_thesis(claim: str) -> None:
    assert report_not_thesis("This House believes that " + claim) is not None


_RESOLUTION = """MOTION TO THE PARISH MEETING: THE VILLAGE GREEN

Proposed by Mrs A. Okoro, seconded by Mr T. Hale

This Meeting notes:

1. That the green has flooded every winter since the culvert under the lane collapsed in 2021.

2. That the children's football club has had to cancel more than half its home fixtures in each of the
last three seasons, and that the bowls club has moved its matches to the next village.

This Meeting believes:

3. That the green is the one open space in the parish that everyone may use, and that its repair is a
proper charge on the parish precept rather than on the clubs that use it.

This Meeting therefore resolves:

4. To rebuild the culvert under Church Lane before next winter, paying for it from the parish reserves.

5. To ask the district council to clear the ditch along the eastern edge of the green every autumn.

6. To report back to the annual meeting in May.
"""


def test_infinitives_listed_under_a_resolving_header_are_the_body_s_acts_first_item_first() -> None:
    motions = [m.text for m in draft_essay(_RESOLUTION).motions]
    first = "This House would rebuild the culvert under Church Lane before next winter"
    assert motions and motions[0] == first
    assert any("clear the ditch along the eastern edge of the green" in m for m in motions), motions
    assert not any("report back" in m for m in motions), motions


def test_those_things_are_named_by_the_kind_the_essay_gave_them() -> None:
    paragraph = ("What the lanes lack is simple. A raised crossing at the school gate is not an expensive "
                 "thing, and the county has the money in its road safety budget. The county should build "
                 "those crossings at every village school this year, starting with the busiest.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any("build raised crossings at every village school" in m for m in drafted), drafted


def test_a_decision_named_but_not_said_is_no_motion() -> None:
    paragraph = ("The choice is between the pool and the car park. The committee should make that decision "
                 "before the summer recess, and it should make it in public.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert not any("make that decision" in m for m in drafted), drafted


_DEBATE_SPEECH = """Second speech for the Opposition, Northgate Schools Debating League

Chair, adjudicators, ladies and gentlemen. The motion before the House this evening is that this House would
ban homework in primary schools. We on the Opposition oppose this motion, and I will give you two reasons.

First, homework in a primary school is mostly reading at home with a parent. Ban homework and you ban the one
part of the school day that brings families into their children's learning. The children who lose most are
those whose parents would have sat with them for ten minutes after tea, because nobody will ask them to.

Second, the Proposition's case rests on the worst kind of homework: worksheets sent home for the sake of it,
posters that parents end up making. We agree that such homework is useless. But the answer to bad homework is
better homework, set sparingly and marked with care, not a ban that throws out the good with the bad.

A ban is a blunt tool for a problem that needs a fine one. For these reasons I am proud to oppose.
"""


def test_a_speech_that_states_its_motion_drafts_that_motion_on_the_side_it_takes() -> None:
    draft = draft_essay(_DEBATE_SPEECH)
    motion = draft.motions[0]
    assert motion.text == "This House would ban homework in primary schools"
    assert any("AGAINST" in check for check in motion.checks)
    assert "argues against the proposal to ban homework in primary schools" in draft.source["summary"]
    assert "It proposes to ban homework" not in draft.source["summary"]


def test_a_view_held_as_an_opinion_gives_its_clause() -> None:
    paragraph = ("Yet I am of opinion that the toll upon the old bridge ought to be wholly abolished, and "
                 "that the trustees should find the cost of its repair from the county stock.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any(carries(m, "This House would abolish the toll upon the old bridge") for m in drafted), drafted



def test_the_author_s_own_saying_before_a_colon_is_no_quotation() -> None:
    paragraph = ("The mayor has the power to act, and has said for two years that he wants a fairer deal. We "
                 "say: cap the fares at two pounds, this year, and find the money from the road budget.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert "This House would cap the fares at two pounds" in drafted, drafted


_BRANCHES = """Who Is the Library For?

The plan now before the county council would close seven of our nineteen branch libraries and send a mobile
van round the villages instead. The council says the branches cost too much and that visits have fallen for
ten years. Both are true, and neither tells us what the branches are for.

Count who comes in on a weekday afternoon. Few of them borrow a book. They read the paper, use the computers,
do homework in the warm, ask the librarian to help with a form. None of that shows up in the loan figures, and
none of it can be done from the back of a van parked in the square for an hour on Thursdays.

The savings are real but small: less than one per cent of the county's budget. The loss would be felt in
every village that loses its branch. The council should think again.
"""

_OBJECTION = """Objection to planning application 25/0418/FUL

I write to object to the application above, which seeks permission for a petrol station and car wash on the
meadow north of Mill Road, beside the entrance to the Mill Road nature reserve.

The meadow floods every winter, and the reserve's ponds sit downstream of it. A forecourt with fuel tanks
and a car wash draining towards those ponds is the wrong use for the wrong site, whatever interceptors the
applicant promises. The council's own flood map marks the meadow as high risk.

The lane is also narrow and has no footway, and it is the route that families take to the reserve on foot.
Tankers and queueing cars would make it dangerous, most of all on summer weekends when the reserve is busiest.
There are two petrol stations within three miles already, both with room to spare at every hour of the day,
so the village gains nothing it lacks and loses a meadow it cannot get back.

For these reasons I ask that the planning committee refuse the application.
"""


@pytest.mark.parametrize(
    ("essay", "motion"),
    [(_BRANCHES, "This House would close seven of our nineteen branch libraries"),
     (_OBJECTION, "This House would grant planning permission for a petrol station and car wash on the "
                  "meadow north of Mill Road")],
    ids=["sent-back", "application-objected-to"],
)
def test_a_plan_sent_back_or_an_application_objected_to_is_the_motion_against_the_author(
        essay: str, motion: str) -> None:
    draft = draft_essay(essay)
    assert draft.motions[0].text.startswith(motion)
    assert any("AGAINST" in check for check in draft.motions[0].checks)
    assert "argues against the proposal" in draft.source["summary"]


def test_a_let_with_an_aside_after_its_verb_is_read() -> None:
    paragraph = ("Let the magistrates refuse, at the next licensing sessions, to renew the licences of the "
                 "houses nearest the mill gates; and let every man here sign the pledge tonight.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    wanted = "the magistrates should refuse to renew the licences of the houses nearest the mill gates"
    assert any(carries(m, wanted, r"^This House believes that ") for m in drafted), drafted


def test_a_count_is_no_qualifier() -> None:
    earlier = ["The council would close nine of our twenty-three branch libraries."]
    assert full_name("reopen the branch at once", earlier) == "reopen the branch at once"


def test_that_thing_is_named_as_the_essay_named_it() -> None:
    paragraph = ("A mobile kitchen shared between schools would give every child a proper cooking lesson "
                 "every week. Every primary school should give its pupils that lesson.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any(m.endswith("give its pupils a cooking lesson") for m in drafted), drafted


def test_a_plan_told_as_proposed_and_declined_is_the_motion_against_the_author() -> None:
    essay = """On the Fair in the Meadows

It has lately been proposed at the parish meeting that the travelling fair should be allowed to stand in the
water meadows for the whole of August, and that the parish should take a rent for the ground. I have heard
the proposal put kindly, and I believe those who make it mean well by the village.

But the meadows flood after any heavy rain, and the ground is the only place where the children of the lower
village may play in safety. A month of engines, generators and lorries would leave it rutted until spring,
and the rent offered would not pay to restore it. The fair has stood for years on the showground by the
bypass, where there is hard standing and nobody lives within earshot, and it can stand there again.

I hope, therefore, that the meeting will decline the proposal, and leave the meadows to the children.
"""
    draft = draft_essay(essay)
    motion = draft.motions[0]
    assert motion.text.startswith("This House would allow the travelling fair to stand in the water meadows")
    assert any("AGAINST" in check for check in motion.checks)
    assert "argues against the proposal to allow the travelling fair" in draft.source["summary"]


def test_a_proposal_restated_as_a_question_and_answered_yes_is_the_witness_s() -> None:
    paragraph = ("Q9 Chair: Thank you. So your recommendation to this Committee is that every council "
                 "should publish its gritting routes before the first frost? Mr Okafor: Yes. That is what I "
                 "would ask.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any(carries(m, "every council should publish its gritting routes before the first frost",
                       r"^This House (?:would |believes that )") for m in drafted), drafted


def test_it_stands_for_the_scheme_the_sentence_before_was_about() -> None:
    paragraph = ("The new rural transport fund is being drawn up this spring. It ought to pay for a bus to "
                 "every village that has lost its service, at least on market days.")
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert any(m.startswith("This House believes that the new rural transport fund should pay for a bus")
               for m in drafted), drafted


@pytest.mark.parametrize(
    "sentence",
    ["Tonight's motion is: This House regrets the decline of the high street.",
     "The motion for debate this evening reads: \"This House regrets the decline of the high street.\""],
)
def test_a_motion_stated_in_other_words_is_read(sentence: str) -> None:
    essay = read_essay(f"Debating Society, autumn term\n\n{sentence} I speak for the Proposition.\n\n"
                       + " ".join([CLOSING.strip()] * 6), None)
    assert stated_motion(essay) == "This House regrets the decline of the high street"
