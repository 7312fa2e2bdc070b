"""Turning an essay's sentences into debate motions, and reading essays into sentences."""

from __future__ import annotations

import re

import pytest

from bot.drafting import draft_essay
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import read_essay, split_sentences
from bot.drafting.requests import parse_request
from bot.drafting.wording import compress, policy_motion, slug, value_motion

VERBS = set(POLICY_VERBS)


def motion(sentence: str) -> tuple[str, str] | None:
    rec = parse_recommendation(sentence, VERBS)
    return None if rec is None else policy_motion(rec)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The United States should halt its diplomatic mission in Baghdad.",
     "This House would halt the US diplomatic mission in Baghdad"),
    ("Therefore, we must tax sugary drinks.", "This House would tax sugary drinks"),
    ("Let's scrap tuition fees for nurses.", "This House would scrap tuition fees for nurses"),
    ("To cut emissions, governments should ban new petrol cars by 2030.",
     "This House would ban new petrol cars by 2030"),
    ("Smoking must be banned in parks.", "This House would ban smoking in parks"),
    # a council acts in its own name: the motion keeps it, and keeps the essay's direction
    ("The council should not fund the new stadium.",
     "This House believes that the council should not fund the new stadium"),
    ("The time has come for the government to end its arms sales.",
     "This House would end the government's arms sales"),
    ("Britain should end its arms sales.", "This House believes that Britain should end its arms sales"),
    ("Universities should drop entrance exams.",
     "This House believes that universities should drop entrance exams"),
])
def test_recommendations_become_standard_motions(sentence: str, expected: str) -> None:
    found = motion(sentence)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize("sentence", [
    "Should we ban cars?",
    "It should be said that the plan is costly.",
    "Critics say we should ban homework.",
    "The Iraqi government must feel the consequences.",
    "Parents could ask for less homework.",
])
def test_sentences_that_propose_nothing_are_not_recommendations(sentence: str) -> None:
    assert motion(sentence) is None


def test_a_list_of_actions_is_split_and_qualifications_cut() -> None:
    rec = parse_recommendation(
        "The city should close the bypass, widen the pavements, and fund buses in the same way it funds cars",
        VERBS,
    )
    assert rec is not None
    assert rec.actions == ("close the bypass", "widen the pavements", "fund buses")
    assert rec.details == ("in the same way it funds cars",)
    assert policy_motion(rec, [0, 2])[0] == (
        "This House believes that the city should close the bypass and fund buses"
    )


def test_a_thesis_becomes_a_belief_motion() -> None:
    assert value_motion("Simply put, homework does more harm than good.") == (
        "This House believes that homework does more harm than good"
    )
    assert value_motion("Late-night scrolling (on any device) is damaging sleep, which matters.") == (
        "This House believes that late-night scrolling is damaging sleep"
    )
    assert value_motion("Eastholm proved it, and others followed.", frozenset({"eastholm"})).startswith(
        "This House believes that Eastholm proved it"
    )


def test_slugs_are_unique_and_readable() -> None:
    taken: set[str] = {"ban-cars-city-centres"}
    assert slug("This House would ban cars from city centres", taken) == "ban-cars-city-centres-2"
    assert slug("This House would do it", taken) == "draft-motion"
    assert slug("This House believes that the US does not need allies", taken) == "us-need-allies"


def test_sentences_keep_initialisms_whole() -> None:
    text = "Two U.S. Marines were killed. Dr. Smith agreed. The U.S. The war goes on! Does it? Yes."
    assert split_sentences(text) == [
        "Two U.S. Marines were killed.", "Dr. Smith agreed.", "The U.S.", "The war goes on!", "Does it?",
        "Yes.",
    ]


def test_hard_wrapped_text_joins_into_paragraphs_and_the_title_and_byline_are_found() -> None:
    body = ("Homework is a habit that schools keep because it looks serious and parents expect it,\n"
            "even though the evidence for it in primary school is thin and its costs fall unevenly.\n\n") * 8
    essay = read_essay(f"Against Homework\n\nBy Ana Ruiz\n14 March 2024\n\n{body}")
    assert essay.title == "Against Homework"
    assert essay.author == "Ana Ruiz"
    assert essay.date == "14 March 2024"
    assert essay.paragraphs == 8
    assert all(s.text.startswith("Homework is a habit") for s in essay.sentences)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In my view, homework is a waste of time for young children.",
     "This House believes that homework is a waste of time for young children"),
    ("I am convinced that cities need fewer cars and more trees.",
     "This House believes that cities need fewer cars and more trees"),
    ("My argument is that phones cost teenagers their sleep.",
     "This House believes that phones cost teenagers their sleep"),
    ("Frankly, it seems to me that the new tax is unfair to renters.",
     "This House believes that the new tax is unfair to renters"),
])
def test_the_authors_framing_is_dropped_from_belief_motions(sentence: str, expected: str) -> None:
    assert value_motion(sentence) == expected


def test_a_thesis_about_the_author_never_becomes_this_house_believes_that_i() -> None:
    essay = (
        "Why I Quit the Choir\n\n"
        "I have always found the weekly choir rehearsal a burden on my family and my sleep. "
        "My neighbours say the choir keeps the village together, and they may be right about that. "
        "But I think that amateur choirs waste the time of busy working parents. "
        "Rehearsals run for three hours every Thursday evening. "
        "Parents miss bedtime, and children notice when a parent is always out.\n\n"
        "I have always found my amateur choir a waste of the time of my busy working family. "
        "Amateur choirs waste the time of busy working parents more than any other hobby. "
        "A shorter rehearsal would keep the music and give families their evenings back.\n\n"
        "The village hall charges the choir forty pounds a night, and the subscription rose twice last "
        "year. Parents who sing pay for babysitters as well as for the hall, and the cost adds up over a "
        "season of thirty rehearsals. Members who leave say the time, not the money, drove them away. "
        "Last spring, eleven of the forty members were parents of children under ten."
    )
    draft = draft_essay(essay)
    for m in draft.motions:
        assert not re.search(r"\b(?:I|me|my)\b", m.text), m.text
    assert any("amateur choirs waste the time of busy working parents" in m.text for m in draft.motions)
    assert not re.search(r"\b(?:I|my)\b", draft.source["summary"].split(". ")[0])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("According to the city council, traffic fell by 20 per cent in 2021.",
     "Traffic fell by 20% in 2021 (the city council)."),
    ("Our schools — already stretched by a decade of cuts — are probably unable to cope.",
     "The schools are unable to cope."),
    ("In my view, the runway (opened in 2019) has, in fact, lost a large number of passengers.",
     "The runway has lost many passengers."),
    ("The mayor, who took office in May, closed the bridge in order to save £4 million.",
     "The mayor closed the bridge to save £4 million."),
    ("Buses are cheaper than trams rather than dearer.", "Buses are cheaper than trams rather than dearer."),
])
def test_key_points_are_condensed_but_keep_their_facts(sentence: str, expected: str) -> None:
    assert compress(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a subjunctive after "I recommend that": no modal, the verb in its bare form
    ("I, therefore, most earnestly recommend that the Assembly immediately repeal the salt duty.",
     "This House would repeal the salt duty"),
    # "I urge / ask / call on X to VP"
    ("I urge the Council to open the river crossings to carts at night.",
     "This House believes that the Council should open the river crossings to carts at night"),
    ("Tonight I ask you to fund a free clinic in every county.",
     "This House would fund a free clinic in every county"),
    # a noun for the act: "the adoption of X" → "adopt X"
    ("I again recommend the establishment of a board of public health.",
     "This House would establish a board of public health"),
    # a passive subjunctive, the author's aside dropped, "this" made definite
    ("I urge again that the harbour works that I have proposed be made the first charge on this budget.",
     "This House would make the harbour works the first charge on the budget"),
    # a clause joined by a bare dash is cut off
    ("I ask the Council to draft a charter of tenants' rights-for it is the Council's duty to do so.",
     "This House believes that the Council should draft a charter of tenants' rights"),
])
def test_requests_in_so_many_words_become_motions(sentence: str, expected: str) -> None:
    rec = parse_request(sentence, VERBS)
    assert rec is not None and rec.asked
    assert policy_motion(rec)[0] == expected


@pytest.mark.parametrize("sentence", [
    "I would not recommend a census of the herds this year.",  # refused, not asked for
    "I ask you to consider the state of the roads.",  # attention, not a proposal
    "Shall I recommend that the council raise the tolls?",  # a question
])
def test_what_is_not_a_request(sentence: str) -> None:
    assert parse_request(sentence, VERBS) is None
