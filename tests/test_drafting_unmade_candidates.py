"""Proposals and theses that never became candidates (session 29, round 28).

Forms: a first-person preference ("I favor the expansion of X"); a recommendation with an aside between
the verb and its clause ("I recommend, as soon as X, that Y"); a bill the author sends, described by what it
will do ("The bill will permit X"); a thesis credited to the wise ("The wisest understand that X"); a thesis
behind a concessive lead-in ("Whether its critics admit it or not, X"). Each with look-alikes that must stay
out: a reported or negated preference, a quoted recommendation, a prediction, a bill the author opposes, a
past or opinion verb after the wise. The sentences and essays are our own.
"""

from __future__ import annotations

import pytest

from bot.drafting import draft_essay
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.framedclaims import framed_claim
from bot.drafting.grammar import VERBS
from bot.drafting.ownbills import own_bill_effect
from bot.drafting.reading import Essay, Sentence, split_sentences
from bot.drafting.requests import parse_request

KNOWN = set(VERBS) | set(POLICY_VERBS)


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("I favor still further expansion of the night bus routes during the winter months.",
         "expand the night bus routes"),
        ("We are strongly in favour of repealing the duty on imported paper.",
         "repeal the duty on imported paper"),
        ("I advocate a national library service for every county.", "establish a national library service"),
        ("I would favour the early abolition of the toll on the river crossing.",
         "abolish the toll on the river"),
    ],
)
def test_preference_is_a_request(sentence: str, action: str) -> None:
    found = parse_request(sentence, KNOWN)
    assert found is not None and found.asked
    assert found.actions[0].startswith(action)


@pytest.mark.parametrize(
    "sentence",
    [
        "He favors the expansion of the night bus routes.",  # someone else's preference
        "I once favored the repeal of the paper duty, but the figures changed my mind.",  # past: a report
        "I do not favor a general expansion of the harbour works.",  # negated
        "While I do not favor at this time a general public building law, the need is real.",
        'The mayor said: "I favor the abolition of the bridge toll."',  # quoted
        "I favor it.",  # nothing named
        "While I favor a speedy reduction of the debt, the surplus should go back.",
    ],
)
def test_preference_look_alikes(sentence: str) -> None:
    assert parse_request(sentence, KNOWN) is None


@pytest.mark.parametrize(
    ("sentence", "action", "conditional"),
    [
        ("I earnestly recommend, as soon as the harvest is in, that the grain duty be repealed.",
         "repeal the grain duty", False),
        ("I recommend, therefore, that the Congress repeal the stamp duty.", "repeal the stamp duty", False),
        ("I propose, in view of the floods of last spring, that the county shall rebuild the weir.",
         "rebuild the weir", False),
        ("I recommend, if the revenue allows, that the duty on tea shall be repealed.",
         "repeal the duty on tea", True),
    ],
)
def test_recommendation_after_an_aside(sentence: str, action: str, conditional: bool) -> None:
    found = parse_request(sentence, KNOWN)
    assert found is not None and found.asked
    assert found.actions[0] == action
    assert found.conditional is conditional


@pytest.mark.parametrize(
    "sentence",
    [
        '"I recommend, as soon as the harvest is in, that the grain duty be repealed," the minister wrote.',
        "I do not recommend, as the committee did, that the weir be rebuilt.",
    ],
)
def test_recommendation_after_an_aside_look_alikes(sentence: str) -> None:
    assert parse_request(sentence, KNOWN) is None


def _effect(text: str, index: int) -> str | None:
    sentences = tuple(Sentence(i, 0, t) for i, t in enumerate(split_sentences(text)))
    return own_bill_effect(Essay(sentences, 1, len(text.split())), index, KNOWN)


_SENT = (
    "Our harbours have lost trade to every port across the channel for ten years. "
    "To win it back I shall shortly send to the Congress a new Harbour Act. "
    "The bill will permit the gradual reduction of berth fees on those routes in which we compete. "
    "It will also give the ports a share of the customs they collect."
)


def test_own_bill_effect_is_a_proposal() -> None:
    assert _effect(_SENT, 2) == "we should permit the gradual reduction of berth fees"


@pytest.mark.parametrize(
    ("text", "index"),
    [
        # a bill the author opposes
        ("The council has drafted a new parking bill. The bill will permit wardens to tow cars from private "
         "drives. I will vote against it, and I ask every member to reject it.", 1),
        # a prediction of the bill's fate, not what it does
        ("I shall send a new Harbour Act to the Congress. The bill will fail in the Senate without help.", 1),
        # nobody announced it as the author's
        ("Newspapers report a tariff bill. The bill will permit a reduction of duties on cotton goods.", 1),
    ],
)
def test_own_bill_look_alikes(text: str, index: int) -> None:
    assert _effect(text, index) is None


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The wisest among my neighbours understand that the mill brings more work than it takes, and that "
         "its smoke is a small price.", "The mill brings more work than it takes."),
        ("Every sensible farmer knows that rotation keeps the soil alive.", "Rotation keeps the soil alive."),
        ("All thoughtful observers now recognise that the canal has outlived its use.",
         "The canal has outlived its use."),
        ("Whether its defenders admit it or not, the poll tax falls hardest on the poor.",
         "The poll tax falls hardest on the poor."),
        ("Like it or not, the motor car has remade the market town.",
         "The motor car has remade the market town."),
        ("Whatever the ministers may say, the housing scheme has failed.", "The housing scheme has failed."),
        ("Any sensible person can see that the bridge must be rebuilt.", "The bridge must be rebuilt."),
        ("No honest observer denies that the harbour has silted up.", "The harbour has silted up."),
    ],
)
def test_framed_claim(sentence: str, claim: str) -> None:
    assert framed_claim(sentence) == claim


@pytest.mark.parametrize(
    "sentence",
    [
        "The wisest men of the last age believed that the earth was flat.",  # an opinion verb, reported
        "The wisest once understood that the sea could not be crossed.",  # past tense
        "Few sensible people know that the bridge is closed.",  # not all the wise
        "Whether the council will admit it or not is another matter.",  # no claim after it
        "Some people understand that taxes are high.",  # not the wise
        "Any sensible person cannot see that the bridge is safe.",  # denied
        "No one denies that the bridge is old.",  # anyone at all, not the wise
        "The wisest would not agree that the tax is just.",
    ],
)
def test_framed_claim_look_alikes(sentence: str) -> None:
    assert framed_claim(sentence) is None


_WISE_ESSAY = """On Village Shops

Every few years a new supermarket opens on the ring road, and every few years another shop on the high
street closes its doors. The baker went first, then the ironmonger, then the post office counter that the
older residents relied on to collect their pensions. People say the village has simply changed with the
times, and that nothing can be done.

The wisest among the parish elders understand that a village without shops slowly stops being a village
at all. When the shops go, people stop meeting one another by chance. The bench outside the post office
empties. Young families look elsewhere for a place where they can walk to buy bread.

A shop is not only a place to buy things. It is where news is passed on, where a neighbour notices that
an old man has not collected his paper for two days, where teenagers find their first Saturday job.
None of this shows up in the price of a loaf, yet all of it is lost when the shutters come down.

So the question for the parish is not whether the supermarket is cheaper. It plainly is. The question is
what kind of place we want to live in ten years from now, and whether we are willing to pay a little
more to keep it.
"""

_PREFERENCE_ESSAY = """Buses After Dark

Our town's last bus leaves the centre at half past seven. Anyone who works a late shift at the hospital,
the warehouses or the restaurants has to drive, pay for a taxi or walk home along an unlit road. Many of
those workers cannot afford a car, and the taxi fare can swallow a third of an evening's wages.

The council says that evening buses would run half empty. That is true of the first months of any new
route, but the trial service two years ago filled up by its sixth week before it was cut for lack of
funds. The demand was there; the patience was not.

I favor the expansion of the evening bus service to every estate on the edge of town until midnight.
It would cost the council less than the road repairs it has postponed this year, and it would let
hundreds of people take jobs they now have to turn down. A town that wants its night economy to grow
cannot close its roads to the people who staff it.

The buses would also make the town safer. Fewer people would walk home alone on dark verges, and fewer
would drive home tired after a twelve-hour shift.
"""


def test_wise_thesis_essay_drafts_the_claim() -> None:
    motions = [m.text for m in draft_essay(_WISE_ESSAY).motions]
    assert any("a village without shops slowly stops being a village" in m for m in motions), motions
    assert not any("wisest" in m for m in motions)


def test_preference_essay_drafts_the_measure() -> None:
    motions = [m.text for m in draft_essay(_PREFERENCE_ESSAY).motions]
    assert any(m.startswith("This House would expand the evening bus service") for m in motions), motions


_BILL_ESSAY = """Members of the Assembly: our coastal towns have watched their fishing fleets shrink
for twenty years.
Boats that once landed their catch here now sail to ports across the water, where the landing fees are
half of ours and the market opens two hours earlier. Every boat that leaves takes with it the jobs of the
net makers, the ice plant, the lorry drivers and the cafes on the quay.

To turn this round, I shall send to the Assembly next month a new Harbours Act. The bill will permit
the harbour boards to cut landing fees for boats under twelve metres. It will also give the boards the
power to borrow against their own land to repair the quays, which are crumbling in three of our five
ports.

Some will say that lower fees mean lower income for the boards. The figures from the two ports that tried
a lower fee last year say otherwise: more boats came, and the boards took more in total than before.

A fishing town without fishing boats is a town living on memories. We can still keep our fleets at home,
but not if we wait another ten years to act.
"""


def test_own_bill_essay_drafts_its_effect() -> None:
    motions = [m.text for m in draft_essay(_BILL_ESSAY).motions]
    wanted = "This House would permit the harbour boards to cut landing fees"
    assert any(m.startswith(wanted) for m in motions), motions
