"""Requests and stances in forms the drafter missed on essays written for session 31 (rewritten here).

Each is read as the author's own proposal: "I propose that X, an aside, be Ved, and that Y" (the first
claim, the aside dropped); "what I am asking tonight is that X V"; "We therefore ask that X V" (the capital
"We" is the author's); "I will be writing to the minister to ask that X V"; "Let us go to our MPs and demand a
law that …" (the House would introduce it); "Why, then, does X still refuse to V?"; "Nothing less than V-ing X
will do"; "I oppose the X" near the start ("This House opposes the X"). "Every pensioner should be given a
bus pass" gives the pass to the pensioner, not the pensioner to the pass.
"""

from __future__ import annotations

from paragraph_drafts import TALK_OPENING, drafted_after

from bot.drafting.baseforms import base_verb
from bot.drafting.exhortations import restate
from bot.drafting.framing import unframe
from bot.drafting.grammar import VERBS
from bot.drafting.pointers import strip_pointers
from bot.drafting.proposals import parse_recommendation
from bot.drafting.requests import parse_request
from bot.drafting.structure import problem

KNOWN = set(VERBS)


def test_a_proposal_with_an_aside_and_a_second_clause_is_read() -> None:
    found = parse_request("I propose that the speed limit on estate roads, cul-de-sacs included, be lowered "
                          "to twenty, and that every school entrance get a crossing patrol.", KNOWN)
    assert found is not None and found.actions[0] == "lower the speed limit on estate roads to twenty"


def test_a_cleft_request_is_a_request() -> None:
    found = parse_request("So what we are asking tonight is that the trust reopen the minor injuries unit at "
                          "weekends.", KNOWN)
    assert found is not None and found.actor == "the trust" and found.asked


def test_a_letter_to_ask_is_a_request() -> None:
    found = parse_request("This week I will be writing to the chief constable, on behalf of the parish, to "
                          "ask that a named officer be given to every village.", KNOWN)
    assert found is not None and found.asked


def test_a_request_opening_on_capital_we_is_printed() -> None:
    paragraph = ("The market has traded on the square every Thursday for three hundred years. The new "
                 "parking scheme would end that, because the stalls would have to go to the far side of the "
                 "ring road. We therefore ask that the council keep the Thursday market on the square, under "
                 "the same licence, for the next ten years at least.")
    motions = drafted_after(TALK_OPENING, paragraph)
    assert motions and "keep the Thursday market on the square" in motions[0], motions
    assert problem(motions[0]) is None


def test_demanding_a_law_is_the_house_introducing_it() -> None:
    paragraph = ("The post office in the high street closes next month, and the nearest one will be eleven "
                 "miles away. Let us go to our councillors, every one of them, and demand a law that keeps a "
                 "post counter open in every town of more than five thousand people.")
    motions = drafted_after(TALK_OPENING, paragraph)
    expected = "This House would introduce a law that keeps a post counter"
    assert motions and motions[0].startswith(expected), motions


def test_a_question_holding_the_act_overdue_is_a_call() -> None:
    assert restate("Why, then, does the county still refuse to repair the towpath?", KNOWN) == (
        "the county should repair the towpath")


def test_nothing_less_than_doing_it_will_do() -> None:
    framed = unframe("Nothing less than doubling the number of school nurses, by next September, will do",
                     lambda w: base_verb(w, KNOWN), lambda w: w in KNOWN)
    assert framed.startswith("we should double the number of school nurses")


def test_the_authors_stance_near_the_start_is_the_motion() -> None:
    paragraph = ("I oppose the new incinerator, and I hope the planning committee will too. The county says "
                 "it will burn waste cleanly. The same was said of the last one, which was closed for "
                 "breaches twice in four years, and whose chimney still stands over the primary school.")
    motions = drafted_after(paragraph, TALK_OPENING)
    assert motions and motions[0] == "This House opposes the new incinerator", motions


def test_what_is_given_goes_to_who_receives_it() -> None:
    found = parse_recommendation("Every carer should be given a free parking permit.", KNOWN)
    assert found is not None and found.actions[0] == "give a free parking permit to every carer"
    found = parse_recommendation("Priority should be given the oldest estates.", KNOWN)
    assert found is not None and found.actions[0] == "give priority to the oldest estates"


def test_the_authors_own_country_is_left_out_before_a_preposition() -> None:
    assert strip_pointers("This House would lower the voting age in this country to sixteen") == (
        "This House would lower the voting age to sixteen")
