"""Drafting round 23: a request made with a noun phrase, as a class.

The author may ask for a measure without a verb: "All we ask is a fair hearing for …", "Our demand is
simple: free school meals for every child", "The answer is a permanent ban on …", "The solution: a levy on
…", "Our request to the council is a dog-free area", "What we are asking for is modest. A zebra crossing by
the school gate, …" (the measure in the next sentence), "We need a legal guarantee that every child …" (the
clause is the point and stays). Look-alikes name no measure: "What we saw was chaos.", "The answer is no.",
"All we heard was silence." A time deictic in a motion stays a time: "this year", never "the year".
Every paragraph is our own.
"""

from __future__ import annotations

import re

import pytest
from paragraph_drafts import TALK_OPENING, carries, drafted_after

from bot.drafting.asks import asked_measure
from bot.drafting.measurephrase import adopted, measure_phrase
from bot.drafting.needs import needed_measure
from bot.drafting.structure import problem

OPENING = TALK_OPENING + "Tea was served from a long table by the door, and the raffle raised forty pounds."

# (sentence, the measure it asks for)
FRAMED: list[tuple[str, str]] = [
    ("All we ask is a fair hearing for the tenants of Quay Street.", "a fair hearing for the tenants"),
    ("All we are asking for is a bench at the bus stop on Church Lane.", "a bench at the bus stop"),
    ("What we ask of the council is a pedestrian crossing outside the surgery.", "a pedestrian crossing"),
    ("What we are asking for is a proper cycle lane along the ring road.", "a proper cycle lane"),
    ("What this village needs is a regular bus to the market town.", "a regular bus to the market town"),
    ("What the town really needs is a covered market on the old car park.", "a covered market"),
    ("Our demand is simple: free school meals for every child in the borough.", "free school meals"),
    ("My one request is a water fountain in the park.", "a water fountain in the park"),
    ("Our request to the council is a dog-free area around the playground.", "a dog-free area"),
    ("The answer is a permanent ban on selling fireworks to the public.", "a permanent ban on selling"),
    ("The solution: a levy on single-use coffee cups.", "a levy on single-use coffee cups"),
    ("The solution to the flooding is a new culvert under the railway.", "a new culvert under the railway"),
    ("So the remedy is a register of every private landlord in the city.", "a register of every private"),
    ("Our proposal is modest: a late bus on Friday and Saturday nights.", "a late bus on Friday"),
    ("The only answer is a cap on the rents charged for student rooms.", "a cap on the rents"),
]


@pytest.mark.parametrize(("sentence", "measure"), FRAMED, ids=[f[0][:40] for f in FRAMED])
def test_a_request_named_as_a_noun_phrase_is_a_measure(sentence: str, measure: str) -> None:
    found = asked_measure(sentence)
    assert found is not None, sentence
    assert found.startswith("we should ") and measure in found, found


# (frame, the sentence after it, the measure asked for)
SPLIT: list[tuple[str, str, str]] = [
    ("What we are asking for is modest.",
     "A zebra crossing by the school gate, with a lower speed limit on the bend.", "a zebra crossing"),
    ("Our demand is simple.", "Free swimming lessons for every pupil in year four.", "free swimming lessons"),
    ("Our request is this:", "A public toilet at the bus station, open until ten at night.",
     "a public toilet"),
    ("All we ask is very little.", "A shelter at the bus stop by the clinic.", "a shelter at the bus stop"),
]


@pytest.mark.parametrize(("frame", "after", "measure"), SPLIT, ids=[s[1][:30] for s in SPLIT])
def test_a_frame_closed_by_a_verdict_takes_the_next_sentence(frame: str, after: str, measure: str) -> None:
    found = asked_measure(frame, after)
    assert found is not None and measure in found, found
    assert "A " not in found, found  # the sentence's capital is the motion's lower case


LOOKALIKES: list[tuple[str, str]] = [
    ("What we saw was chaos.", ""),
    ("The answer is no.", ""),
    ("All we heard was silence.", ""),
    ("The answer is a resounding no.", ""),
    ("The solution is a simple one.", ""),
    ("The answer is more complicated than that.", ""),
    ("The answer is that nobody knows.", ""),
    ("The answer is the same as last year.", ""),
    ("What they want is a car park on the green.", ""),
    ("The proposal is a six-storey car park on the green.", ""),
    ("What the developers want is forty flats on the meadow.", ""),
    ("What we got was a letter of apology.", ""),
    ("The answer to the problem is the council.", ""),
    ("The answer is a matter of will.", ""),
    ("What we need is more time.", ""),
    ("The answer was a new workhouse on the hill.", ""),  # a past answer, told
    ("All we wanted was a quiet night in.", ""),
    ("Is the answer a new road?", ""),
    ("What we are asking for is modest.", "We have written to the highways department three times."),
    ("Our demand is simple.", "The council must listen."),
]


@pytest.mark.parametrize(("sentence", "after"), LOOKALIKES, ids=[s for s, _ in LOOKALIKES])
def test_a_look_alike_names_no_measure(sentence: str, after: str) -> None:
    assert asked_measure(sentence, after) is None


@pytest.mark.parametrize(("phrase", "measure"), [
    ("a crossing by the gate, with a lower limit on the bend", "a crossing by the gate with a lower limit"),
    ("a legal duty that every landlord registers each flat", "a legal duty that every landlord registers"),
    ("a ban on idling engines outside schools: the air is foul", "a ban on idling engines outside schools"),
    ("a new footbridge, which would cost little", "a new footbridge"),
    ("More buses", "more buses"),
])
def test_a_measure_keeps_its_clause_and_loses_its_explanation(phrase: str, measure: str) -> None:
    found = measure_phrase(phrase)
    assert found is not None and found.startswith(measure), found


@pytest.mark.parametrize("phrase", [
    "no", "silence", "it", "more complicated", "a simple one", "a crossing is needed",
    "the storm, the whirlwind",
])
def test_a_phrase_that_names_no_measure_is_refused(phrase: str) -> None:
    assert measure_phrase(phrase) is None


@pytest.mark.parametrize(("measure", "verb"), [
    ("a levy on coffee cups", "impose"),
    ("a permanent ban on fireworks", "impose"),
    ("a fair hearing for the tenants", "grant"),
    ("a night bus to the estates", "introduce"),
])
def test_the_act_suits_the_measure(measure: str, verb: str) -> None:
    assert adopted(measure) == f"{verb} {measure}"


@pytest.mark.parametrize(("sentence", "clause"), [
    ("We need a legal guarantee that every child learns to swim 25 metres before leaving primary school.",
     "that every child learns to swim 25 metres before leaving primary school"),
    ("We need a legal guarantee that every child in the county learns to swim at least 25 metres before "
     "leaving primary school.", "that every child in the county learns to swim at least 25 metres"),
    ("So we urgently need a rule that no lorry uses the high street before nine in the morning.",
     "that no lorry uses the high street before nine in the morning"),
])
def test_a_needed_measure_keeps_the_clause_that_carries_it(sentence: str, clause: str) -> None:
    found = needed_measure(sentence)
    assert found is not None and clause in found, found


# (paragraph, the motion it must draft first)
ASKED: list[tuple[str, str]] = [
    ("Our lane is a rat run for drivers avoiding the lights. Cars come round the bend far too fast, and the "
     "children who walk to the primary school have nowhere safe to cross. We have written to the highways "
     "department three times and heard nothing back. What we are asking for is modest. A zebra crossing by "
     "the school gate, with a twenty mile an hour limit from the bend to the shops. It would cost little.",
     "This House would introduce a zebra crossing by the school gate with a twenty mile an hour limit"),
    ("Hunger in our classrooms is growing. Teachers say that many children arrive without breakfast and "
     "cannot concentrate by the middle of the morning. Our demand is simple: free school meals for every "
     "child in the borough. A fed child learns, and a hungry child does not.",
     "This House would introduce free school meals for every child in the borough"),
    ("Parents with toddlers have stopped using the park because of loose dogs. Last month a child was "
     "knocked over by the swings. Our request to the council is a dog-free area in the park around the "
     "playground. Dog owners would keep the rest of the park, which is most of it.",
     "This House would introduce a dog-free area in the park around the playground"),
    ("Our beaches are covered in plastic every summer. Volunteers fill sacks on a Sunday morning and the "
     "tide brings it back by the Wednesday. The solution: a levy on single-use plastic bottles sold in the "
     "county. The money could pay for clean-ups and for water fountains on the front.",
     "This House would impose a levy on single-use plastic bottles sold in the county"),
    ("The residents of Mill Row have been ignored for years. The planning committee met without telling "
     "them and approved the tower in ten minutes. All we ask is a fair hearing for the residents before the "
     "council approves any tower. Nobody should lose their light without being heard.",
     "This House would grant a fair hearing for the residents before the council approves any tower"),
    ("Too many children leave school unable to swim. Every summer there are drownings in rivers and "
     "quarries. Lessons are patchy and many schools have dropped them to save money. We need a legal "
     "guarantee that every child in the county learns to swim at least 25 metres before leaving primary "
     "school. Swimming is a life skill, not a luxury.",
     "This House would adopt a legal guarantee that every child learns to swim 25 metres before leaving "
     "primary school"),
]


@pytest.mark.parametrize(("paragraph", "expected"), ASKED, ids=[e[11:60] for _, e in ASKED])
def test_a_noun_phrase_request_is_drafted_first(paragraph: str, expected: str) -> None:
    motions = drafted_after(OPENING, paragraph)
    assert motions, "no motion printed"
    assert problem(motions[0]) is None, motions[0]
    assert carries(motions[0], expected), motions


def test_the_clause_of_a_needed_guarantee_stays_in_the_motion() -> None:
    motions = drafted_after(OPENING, ASKED[-1][0])
    assert motions and re.search(r"guarantee that every child .*swim", motions[0]), motions


@pytest.mark.parametrize("time", ["this year", "this winter", "this term", "this summer"])
def test_a_time_deictic_stays_a_time(time: str) -> None:
    paragraph = (
        "The old bus depot has stood empty for a decade. Weeds grow through the concrete and the fence is "
        "falling down. Hundreds of families are on the waiting list for a plot, some of them for six years. "
        f"The council should turn the depot strip into allotments {time}. Food grown near home is cheaper "
        "and greener, and a plot gives people something to do."
    )
    motions = drafted_after(OPENING, paragraph)
    assert motions, "no motion printed"
    first = motions[0]
    assert "allotments" in first, motions
    assert not re.search(r"\bthe (?:year|winter|term|summer)\b", first), first
    assert problem(first) is None, first


@pytest.mark.parametrize("paragraph", [
    "We went to the meeting expecting a debate. What we saw was chaos. The chair lost control in the first "
    "ten minutes and the microphones failed soon after. All we heard was silence when the vote was called, "
    "and then a scraping of chairs as people left for the bus.",
    "People ask whether the new bridge will open before Christmas. The answer is no. The steel arrived late, "
    "the river rose twice in October, and the painters cannot work in the frost. The engineers hope for "
    "March, and the shops on the far bank are hoping with them.",
])
def test_a_story_with_look_alikes_proposes_nothing_new(paragraph: str) -> None:
    motions = drafted_after(OPENING, paragraph)
    assert not any(re.search(r"introduce (?:chaos|silence|no)\b", m) for m in motions), motions
