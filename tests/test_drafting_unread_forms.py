"""Drafting round 27: proposals in forms the drafter could not read, each as a class.

1. Commands with everyday verbs that neither the policy list nor the essay's own -ing/-ed forms hold ("Bring
   the ferry back", "Hand the allotments over to the residents"), and a closing call on "it" ("Reopen it, and
   fund it properly") whose pronoun stands for the thing the essay is about.
2. Challenges to an actor's sincerity that mean "X should V": "If ministers are serious about X, they will
   V", "A council worth its salt would V". A real condition that foretells harm ("If the trust sells the
   field, the town will lose …") warns against the act and proposes nothing.
3. Verdicts that state the thesis: "Zoos have had their day", "The ring road has been a disaster". A
   description ("The library opened in 1932") or a verdict someone else gives ("Critics say …") is none.

Every sentence and essay here is our own.
"""

from __future__ import annotations

import pytest

from bot.drafting import draft_essay
from bot.drafting.finding import POLICY_VERBS, known_verbs
from bot.drafting.objectrefs import essay_subject, with_object
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import Essay, Sentence, read_essay
from bot.drafting.theses import value_thesis

VERBS = set(POLICY_VERBS)


def _motions(text: str) -> list[str]:
    return [m.text for m in draft_essay(text).motions]


# --- 1. everyday commands ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Bring the ferry back.", "bring the ferry back"),
        ("Put the bus route back on the map.", "put the bus route back on the map"),
        ("Run the late service every weekend.", "run the late service every weekend"),
        ("Send the money back to the parishes.", "send the money back to the parishes"),
        ("Hand the allotments over to the residents.", "hand the allotments over to the residents"),
        ("Turn the old depot into a youth centre.", "turn the old depot into a youth centre"),
        ("Bring back the night bus.", "bring back the night bus"),
        ("Hire more lifeguards for the summer.", "hire more lifeguards for the summer"),
        ("So, hold the fares where they are.", "hold the fares where they are"),
        ("Set up a register of private landlords.", "set up a register of private landlords"),
        ("Win back the passengers with cheaper fares.", "win back the passengers with cheaper fares"),
    ],
)
def test_a_command_with_an_everyday_verb_is_a_proposal(sentence: str, action: str) -> None:
    rec = parse_recommendation(sentence, VERBS)
    assert rec is not None and rec.actor == "we" and rec.actions[0] == action


@pytest.mark.parametrize(
    "sentence",
    [
        "Plant closures hurt small towns.",  # a noun first, then its verb
        "Run times have fallen since May.",
        "Fire crews arrived within minutes.",
        "Light rail would cost far more.",
        "Put simply, the bus never comes.",  # a lead, not an order
        "Set against this, the gains look small.",
        "Make no mistake about the cost.",
        "Tell us what you think of the plan.",  # the reader asked to speak: no policy
        "Either way, hold the leaflet up to the light.",  # an everyday verb after a lead: the reader's act
    ],
)
def test_an_everyday_word_that_opens_no_command_is_no_proposal(sentence: str) -> None:
    assert parse_recommendation(sentence, VERBS) is None


def test_a_second_act_joined_after_a_comma_stays_in_the_command() -> None:
    rec = parse_recommendation("Bring the ferry back, and run it every hour.", VERBS)
    assert rec is not None and rec.actions == ("bring the ferry back", "run it every hour")
    rec = parse_recommendation("Reopen it, and fund it properly.", VERBS)
    assert rec is not None and rec.actions == ("reopen it", "fund it properly")
    rec = parse_recommendation("Scrap the levy, and the town will thank you.", VERBS)
    assert rec is not None and rec.actions == ("scrap the levy",)


FERRY = """The Ferry the Island Lost

For sixty years a small ferry crossed the estuary four times a day. It carried pupils to the secondary school,
pensioners to the hospital and workers to the industrial estate on the far bank. Two winters ago the county
ended the contract to save money, and the crossing has stood empty ever since.

The saving was smaller than it looked. Families now drive forty minutes round the head of the estuary, the bus
company has added a costly detour, and the hospital reports more missed appointments from the island than
from anywhere else in its area. A shop and a cafe by the old slipway have closed.

The county says the boat was old and the passenger numbers were falling. Both claims are true, but a new hull
costs less than a single year of the extra school transport, and numbers fell because the timetable was cut
first.

Bring the ferry back. Run it from seven in the morning, price it like a bus, and let the island see that the
county still counts it as part of the map.
"""

LIDO = """The Lido Deserves Better

The lido on Marsh Road opened in 1936 and was the pride of the town for fifty summers. Generations of children
learned to swim there, and on hot Saturdays the queue ran past the bandstand. Three years ago the borough
closed the lido, citing the cost of repairs to the filter plant and the tiles.

Since then the site has been fenced off and left to weeds. The nearest indoor pool is a bus ride away and
charges more than many families can spare. School swimming lessons have been cut to a single term, and the
town's swimming club now trains in the next county.

Other towns have shown what can be done. Volunteers and a small grant brought the open-air pool in a
neighbouring market town back to life, and it now covers its running costs in most years. The repairs our lido
needs are modest by comparison with a new leisure centre.

Reopen it, and fund it properly.
"""


def test_an_essay_closing_on_an_everyday_command_drafts_it() -> None:
    assert "This House would bring the ferry back" in _motions(FERRY)


def test_a_closing_command_on_it_names_the_essays_subject() -> None:
    essay = read_essay(LIDO)
    assert essay_subject(essay) == "the lido"
    last = essay.sentences[-1]
    named = with_object(essay, last, known_verbs(essay))
    assert named == "Reopen the lido, and fund it properly."
    rec = parse_recommendation(named, known_verbs(essay))
    assert rec is not None and rec.actions[0] == "reopen the lido"


def test_an_essay_about_no_one_thing_leaves_the_pronoun() -> None:
    essay = read_essay(FERRY.replace("ferry", "boat").replace("crossing", "route"))
    assert with_object(essay, essay.sentences[0], known_verbs(essay)) is None  # no command on "it"
    lines = ["The park is dirty.", "The pool is shut.", "The park has no bins and the pool has no staff.",
             "The park and the pool both need money.", "Fund it now."]
    mixed = Essay(tuple(Sentence(i, 0, t) for i, t in enumerate(lines)), 1, 30, title="Two Causes")
    assert essay_subject(mixed) is None  # two things named as often: no one subject
    assert with_object(mixed, mixed.sentences[-1], VERBS) is None
    untitled = read_essay(LIDO.replace("The Lido Deserves Better", "A Summer Without Swimming"))
    assert essay_subject(untitled) is None  # the title names another thing: the lido is only a part


def test_a_nearer_noun_keeps_the_pronoun() -> None:
    lines = ["The lido is shut.", "The lido needs a boiler.", "The lido is loved.",
             "Buy a new boiler from the grant.", "Install it this winter."]
    essay = Essay(tuple(Sentence(i, 0 if i < 3 else 1, t) for i, t in enumerate(lines)), 2, 25,
                  title="Save the Lido")
    assert essay_subject(essay) == "the lido"
    assert with_object(essay, essay.sentences[-1], VERBS) is None  # "it" is the grant's boiler


def test_an_essay_closing_on_reopen_it_drafts_the_subject() -> None:
    assert "This House would reopen the lido" in _motions(LIDO)


# --- 2. challenges to sincerity ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "actor", "action", "negative"),
    [
        ("If the mayor means what she says about safety, she will close the road to lorries.", "the mayor",
         "close the road to lorries", False),
        ("If ministers are serious about obesity, they will tax sugary snacks.", "ministers",
         "tax sugary snacks", False),
        ("A government that cared about renters would cap deposits.", "the government", "cap deposits",
         False),
        ("If the council really cares about children, it will reopen the playground.", "the council",
         "reopen the playground", False),
        ("If the board meant what it said about access, it would fit a lift this year.", "the board",
         "fit a lift this year", False),
        ("Any council worth its salt would fix the potholes before winter.", "the council",
         "fix the potholes before winter", False),
        ("A mayor serious about clean air would ban diesel buses from the centre.", "the mayor",
         "ban diesel buses from the centre", False),
        ("If we are serious about clean rivers, we will have to fine the water companies.", "we",
         "fine the water companies", False),
        ("A council that took flooding seriously would dredge the brook every autumn.", "the council",
         "dredge the brook every autumn", False),
        ("No government that cared about farmers would sign the trade deal.", "the government",
         "sign the trade deal", True),
    ],
)
def test_a_challenge_to_sincerity_proposes_the_act(
    sentence: str, actor: str, action: str, negative: bool
) -> None:
    rec = parse_recommendation(sentence, VERBS)
    assert rec is not None
    assert (rec.actor, rec.actions[0], rec.negative, rec.asked, rec.conditional) == (
        actor, action, negative, True, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the council closes the library, the village will lose its last public room.",
        "If the council closes the pool, children will be left with nowhere to swim.",
        "If ministers raise the fee, students will suffer.",
        "If the trust sells the field, the town would lose its only green space.",
        "Campaigners argue that a government that cared about renters would cap deposits.",
        "A government that raised taxes would lose the election.",  # a prediction, not a dare
    ],
)
def test_a_warning_a_prediction_or_a_reported_dare_proposes_nothing(sentence: str) -> None:
    assert parse_recommendation(sentence, VERBS) is None


LORRIES = """Lorries on Mill Street

Every school morning, forty-tonne lorries grind down Mill Street, past the primary school gates, to reach the
quarry on the hill. The pavement there is barely a metre wide. Parents press their children against the
railings as the trailers swing round the bend by the chemist.

The mayor has spoken often about road safety. She opened the new crossing on the ring road with a speech about
children walking to school, and her manifesto promised streets where families feel safe. Yet Mill Street is
left as it is, because the quarry owners say a longer route would add ten minutes to each trip.

Ten minutes is a small price. The bypass to the quarry already exists; it was built for exactly this traffic
and stands half empty. A weight limit on Mill Street would cost the town a few signs and a camera, and it
would not stop a single delivery reaching the shops, which use small vans.

{closing}
"""
LORRY_MOTION = ("This House believes that the mayor should close Mill Street to lorries before the new "
                "school year begins")


@pytest.mark.parametrize(
    "closing",
    [
        "If the mayor is serious about the safety of children, she will close Mill Street to lorries before "
        "the new school year begins.",
        "A mayor who cared about children would close Mill Street to lorries before the new school year "
        "begins.",
    ],
)
def test_an_essay_closing_on_a_challenge_drafts_its_act(closing: str) -> None:
    assert LORRY_MOTION in _motions(LORRIES.format(closing=closing))


def test_an_essay_closing_on_means_what_she_says_drafts_its_act() -> None:
    closing = ("If the mayor means what she says about safety, she will close Mill Street to lorries before "
               "the new school year begins.")
    assert LORRY_MOTION in _motions(LORRIES.format(closing=closing))


LIBRARY = """Keep the Library

The library in Hatherley has stood on the green since 1911. It lends books, but it also hosts the baby group
on Mondays, the job club on Wednesdays and the knitting circle that has met there for thirty years. For older
residents without the internet it is the only place to print a form or renew a bus pass.

The county now proposes to close it and send a mobile van once a fortnight instead. The saving, on the
county's own figures, is less than the cost of one senior officer's car allowance.

If the council closes the library, the village will lose its last public room. The pub shut in 2019 and the
chapel is now a house. Nowhere else can a mother with a pram, a teenager doing homework and a man looking for
work sit in the warm without paying for a drink.

A van cannot host a job club. The county should find its saving somewhere else and keep the library open five
days a week.
"""


def test_an_essay_warning_against_an_act_never_proposes_it() -> None:
    assert not any("close the library" in m or "closing the library" in m for m in _motions(LIBRARY))


# --- 3. verdicts -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Homework for infants does more harm than good.",
        "The new stadium was a costly mistake.",
        "Zoos have had their day.",
        "Speed cameras are worth every penny.",
        "Unpaid internships are a scandal.",
        "Grammar schools have outlived their purpose.",
        "The ring road has been a disaster for the high street.",
        "The night bus is a lifeline for shift workers, not a luxury.",
        "The academy experiment has failed.",
        "Surveillance at the school gate has gone too far.",
    ],
)
def test_a_verdict_states_the_thesis(sentence: str) -> None:
    claim = sentence.rstrip(".")
    assert value_thesis(sentence) == "This House believes that " + claim[0].lower() + claim[1:]


@pytest.mark.parametrize(
    "sentence",
    [
        "The stadium cost 40 million.",
        "Critics say the cameras are a scandal.",
        "An audit found the stadium was a costly mistake.",
        "Most parents think the scheme is a waste of money.",
        "Some people say zoos have had their day.",
        "The library opened in 1932.",
        "The new stadium was not a mistake.",  # a denial answers someone; its direction is unclear
        "It is a scandal.",
        "The whole thing is a cruel farce.",
        "The harvest has failed in three counties.",
        "The trouble has been the failure of the contractors to deliver on time.",
        "Is the stadium a costly mistake?",
    ],
)
def test_a_description_or_a_reported_verdict_states_no_thesis(sentence: str) -> None:
    assert value_thesis(sentence) is None


HOMEWORK = """Homework Before Seven

Many primary schools now send reading logs, spelling lists and worksheets home with children of five and six.
The intention is kind: schools want parents involved and want pupils to practise. But the results do not bear
out the hope.

Studies of young children find almost no link between homework and later attainment, while teachers report
that marking and chasing it eats into time they could spend planning lessons. At home, the tasks fall hardest
on families where parents work late shifts or do not read English well, so the children who most need help are
the ones marked down for incomplete logs.

There is also a cost that no test measures. Evenings that could go on play, on stories read for pleasure, or
simply on rest become a nightly argument at the kitchen table. Children learn early that learning is a chore.

Homework for infants does more harm than good. The hours after school belong to childhood.
"""


def test_an_essay_stating_its_verdict_drafts_it() -> None:
    assert "This House believes that homework for infants does more harm than good" in _motions(HOMEWORK)
