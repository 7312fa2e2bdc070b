"""Proposals the drafter found but lost, and one it never read (session 31's fresh inputs, rewritten here).

- A proposal whose object needs its restrictive clause ("… to every pupil who walks more than two miles")
  was cut before the clause, refused as cut, and dropped: the clause now goes back into the motion.
- "We would urge the board not to close the depot": a request that something not be done, with "would"
  before the verb of asking, is read as the author's own (negative) proposal.
- "I hold, therefore, that X": a declared thesis with a connective set off before its clause is read, outranks
  the sentences around it despite its "I", and keeps an essay told partly in the past from reading as a story;
  "Yet I hold that X ought to be Ved" is read as a proposal, and "And so I have come to believe, slowly, that
  X" as the author's own thesis.
- "It is time X paid A, and recorded B": the second act is made plain too; modifiers set off after the object
  ("…, based at the hostel") are left out of a motion that would be too long with them.
- "If the members agree, …" is no proposal (a determiner alone is no actor); "to reject it, and to ask …"
  joins two acts without a stray "to".
"""

from __future__ import annotations

from paragraph_drafts import TALK_OPENING, carries, drafted_after

from bot.drafting.grammar import VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.requests import parse_request
from bot.drafting.structure import problem
from bot.drafting.theses import vouched_claim

BUS_PASSES = (
    "The school bus was withdrawn from the valley two years ago to save money, and since then children "
    "from the outlying farms have walked along a road with no pavement. The county should give a free bus "
    "pass to every pupil who walks more than two miles to school. The cost would be modest, and the "
    "alternative is a child hit by a lorry on a blind bend."
)

DEPOT = (
    "The bus company has proposed to close the Northgate depot and run every route from the city centre. "
    "That would add twenty minutes of empty running to each early service and leave the northern villages "
    "without a bus before eight. We would urge the transport board not to close the Northgate depot, "
    "whatever the savings on paper. A depot is cheap to keep and very dear to rebuild once the land is sold."
)

PARKS = (
    "When the town's parks were laid out, a century ago, their gates stood open from dawn to dusk and "
    "nobody paid to enter. The council began charging for the walled garden in 2015, and visits fell by "
    "half within a year. The gardeners were kept, but the families went elsewhere. I hold, therefore, "
    "that every public park in the borough ought to be free to enter, and that the lost fees should be "
    "made up from the parking charges at the retail park. A garden that only some can enter is no longer "
    "a public garden."
)


def test_a_proposal_keeps_the_clause_its_object_needs() -> None:
    motions = drafted_after(TALK_OPENING, BUS_PASSES)
    assert motions and problem(motions[0]) is None
    assert "who walks more than two miles" in motions[0], motions
    assert carries(motions[0], "This House would give a free bus pass to every pupil who walks more than two "
                   "miles to school", lead=r"^This House (?:would|believes that the county should) ")


def test_a_request_not_to_act_is_the_authors_proposal() -> None:
    found = parse_request("We would urge the transport board not to close the Northgate depot.", set(VERBS))
    assert found is not None and found.negative and found.actor == "the transport board"
    motions = drafted_after(TALK_OPENING, DEPOT)
    assert motions and "should not close the Northgate depot" in motions[0], motions


def test_a_request_with_would_is_read() -> None:
    found = parse_request("I would urge the library board to open on Sunday afternoons.", set(VERBS))
    assert found is not None and not found.negative and found.actions[0].startswith("open on Sunday")


def test_a_declared_thesis_with_a_connective_is_read_and_leads() -> None:
    assert vouched_claim("We maintain, then, that the ferry must run all winter.") == (
        "This House believes that the ferry must run all winter")
    motions = drafted_after(TALK_OPENING, PARKS)
    assert motions, "read as a story: no motion"
    assert motions[0] == "This House believes that every public park in the borough ought to be free to enter"


FERRY = (
    "The ferry has run between the two villages since the war, and for most of that time it ran at a loss "
    "that the county was glad to carry. The new timetable stops it at six in the evening, which leaves the "
    "night-shift workers at the cannery with a forty-mile drive round the estuary. It is time the county "
    "restored the late crossing at ten o'clock, and published the ferry's accounts so that everyone can see "
    "what it truly costs."
)

WARDEN = (
    "The moor has no warden now. The last one retired in 2019 and was never replaced, and since then the "
    "footpaths have crumbled and the car park has filled with rubbish. The national park authority should "
    "employ a full-time warden for the northern moor, on foot and by land rover, based at the old "
    "youth hostel and known to every farmer on the hill."
)

ORCHARD = (
    "Some will say that the old orchard is a relic, that its trees bear little and that its grass is "
    "costly to cut. Those who say so have not walked in it in May. Yet I hold that the village orchard "
    "ought to be kept as common land for ever, and that the parish would do no more than its duty in so "
    "declaring it. A village that sells its orchard will not buy it back."
)

LIBRARY_BELIEF = (
    "When the library first went online, I was among those who cheered. The catalogue could be searched "
    "from home, the renewals came by email, and the queues at the desk shrank. And so I have come to "
    "believe, slowly and against my first hopes, that the closing of branch libraries has done more harm "
    "than the digital catalogue has done good. The good is real, but it reaches those who already read."
)


def test_a_second_act_in_a_time_wish_is_made_plain() -> None:
    motions = drafted_after(TALK_OPENING, FERRY)
    assert motions and problem(motions[0]) is None
    assert "restore the late crossing" in motions[0] and "published" not in motions[0], motions


def test_modifiers_set_off_after_the_object_are_left_to_the_info_slide() -> None:
    motions = drafted_after(TALK_OPENING, WARDEN)
    assert motions and problem(motions[0]) is None
    assert "employ a full-time warden for the northern moor" in motions[0], motions
    assert "based at" not in motions[0] and "known to" not in motions[0], motions


def test_a_proposal_declared_with_a_connective_is_a_policy() -> None:
    motions = drafted_after(TALK_OPENING, ORCHARD)
    assert motions and problem(motions[0]) is None
    assert "orchard" in motions[0] and "common land" in motions[0], motions


def test_a_belief_come_to_slowly_is_the_authors_thesis() -> None:
    motions = drafted_after(TALK_OPENING, LIBRARY_BELIEF)
    expected = ("This House believes that the closing of branch libraries has done more harm than the "
                "digital catalogue has done good")
    assert motions and motions[0] == expected, motions


def test_a_condition_on_members_agreeing_is_no_proposal() -> None:
    assert parse_recommendation("If the members agree, we could start after Easter.", set(VERBS)) is None


def test_a_second_act_after_and_to_is_joined() -> None:
    found = parse_request("I ask you to reject the closure, and to ask the board for a costed plan instead.",
                          set(VERBS))
    assert found is not None and ", and to" not in " ".join(found.actions)
