"""Drafting round 22: proposals to keep, preserve or undo, as a class.

A call to keep things as they are is a proposal like any other: "keep the pool open all year", "the post
office must stay", "we must not let them close the cottage hospital", "lift the ban on busking", "reverse
the decision to shut the depot", and the debate's own framing "Some want to close X. They are wrong." (the
plan is the motion, the author on the Opposition). On the other side, the idioms and descriptions that only
look like it: "keep in mind", "keep the peace", "we kept the receipts", "the shop stays open until nine".
Every paragraph is our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import TALK_OPENING, carries, drafted_after

from bot.drafting import draft_essay
from bot.drafting.grammar import VERBS
from bot.drafting.keeping import keeps_thing, stay_as_keep, unlet
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem

KNOWN = set(VERBS)
OPENING = TALK_OPENING + "Tea was served from a long table by the door, and the raffle raised forty pounds."


# (sentence, the act it asks, whether the author opposes that act)
PROPOSALS: list[tuple[str, str, bool]] = [
    ("The council should keep the town swimming pool open all year round.",
     "keep the town swimming pool open all year round", False),
    ("The trust must keep the reading room open on Sundays.", "keep the reading room open on Sundays", False),
    ("Keep the branch line running through the winter.", "keep the branch line running through the winter",
     False),
    ("We should keep the green belt as it is.", "keep the green belt as it is", False),
    ("The county ought to keep our rural bus routes.", "keep our rural bus routes", False),
    ("The post office must stay.", "keep the post office", False),
    ("The harbour museum must remain free.", "keep the harbour museum free", False),
    ("The night bus must stay in service after midnight.", "keep the night bus in service after midnight",
     False),
    ("We must not let them close the cottage hospital.", "close the cottage hospital", True),
    ("Don't let the board sell off the playing fields.", "sell off the playing fields", True),
    ("The village school must not close.", "close the village school", True),
    ("Lift the ban on busking in the high street.", "lift the ban on busking in the high street", False),
    ("The council should scrap the new parking rule.", "scrap the new parking rule", False),
    ("The board must reverse its decision to shut the depot.", "reverse its decision to shut the depot",
     False),
    ("Save the bandstand in the square.", "save the bandstand in the square", False),
    ("Leave the footbridge as it is.", "leave the footbridge as it is", False),
    ("Preserve the old market hall for the next generation.", "preserve the old market hall", False),
    ("We must not allow the council to close the pool.", "close the pool", True),
    ("The pool must be kept open through the winter.", "keep the pool open through the winter", False),
    ("The ban on street markets should be lifted.", "lift the ban on street markets", False),
    ("The new parking rule must be scrapped.", "scrap the new parking rule", False),
    ("Our parks must stay in public hands.", "keep our parks in public hands", False),
    ("The market must not shut down this winter.", "close the market", True),
]


@pytest.mark.parametrize(("sentence", "act", "negative"), PROPOSALS, ids=[p[0][:40] for p in PROPOSALS])
def test_a_call_to_keep_or_undo_is_a_proposal(sentence: str, act: str, negative: bool) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is not None, sentence
    assert found.actions[0].startswith(act), found.actions
    assert found.negative is negative


LOOKALIKES = [
    "Keep in mind that most pupils walk to school.",
    "We kept the receipts for every repair.",
    "The shop stays open until nine.",
    "Keep quiet about the price until the meeting.",
    "We must keep the peace between the two villages.",
    "We must keep an eye on what the repairs cost.",
    "You must keep your promises to the tenants.",
    "The old mill remained open until the floods of 1953.",
    "The doubts will remain for years.",
    "We must keep going until the end of the year.",
    "We should keep it simple for the volunteers.",
    "The council must keep its promise to the tenants.",
    "We must keep fighting for the pool.",
]


@pytest.mark.parametrize("sentence", LOOKALIKES)
def test_an_idiom_or_a_description_is_no_keep_proposal(sentence: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is None or not found.actions[0].startswith("keep"), found


@pytest.mark.parametrize(("vp", "kept"), [
    ("keep the lido open", True),
    ("keep Hartley Park as it is", True),
    ("preserve the old orchard", True),
    ("keep in mind the cost", False),
    ("keep the faith", False),
    ("keep it up", False),
    ("keep quiet", False),
    ("keep going until dusk", False),
])
def test_keep_asks_an_act_only_with_a_thing_kept(vp: str, kept: bool) -> None:
    assert keeps_thing(vp) is kept


@pytest.mark.parametrize(("actor", "vp", "negative", "reading"), [
    ("The library", "stay open on Sundays", False, ("keep the library open on Sundays", False)),
    ("The post office", "stay", False, ("keep the post office", False)),
    ("The clinic", "close", True, ("close the clinic", True)),
    ("Teachers", "stay calm", False, None),  # a person stays: no thing kept
    ("The doubts", "remain a problem", False, None),  # more than a state
    ("The clinic", "close", False, None),  # a closing called for is an ordinary proposal
])
def test_a_thing_that_must_stay_is_kept(
    actor: str, vp: str, negative: bool, reading: tuple[str, bool] | None
) -> None:
    assert stay_as_keep(actor, vp, negative) == reading


def test_the_act_let_happen_is_read_out_of_let() -> None:
    assert unlet("let them close the pool") == "close the pool"
    assert unlet("let the developers build on the meadow") == "build on the meadow"
    assert unlet("leave the pool alone") is None


# (paragraph, the motion it must draft first)
KEPT: list[tuple[str, str]] = [
    ("Our town swimming pool shuts every October and does not open again until May. For half the year the "
     "children have nowhere to learn to swim, and older people lose the exercise that keeps them well. A "
     "winter season would bring in fees that pay most of the heating. The council should keep the town "
     "swimming pool open all year round.",
     "This House believes that the council should keep the town swimming pool open all year round"),
    ("The branch line to the coast carries fewer than two hundred people a day in winter, and the operator "
     "wants to run it only in summer. Those two hundred are nurses, pupils and shop workers with no car. "
     "We must keep the branch line running through the winter. A railway that runs for tourists alone is a "
     "toy.",
     "This House would keep the branch line running through the winter"),
    ("The post office on the high street serves three villages and the farms between them. Pensioners draw "
     "their money there, and small traders post their parcels there. The nearest other counter is eleven "
     "miles away. The post office must stay, whatever the figures in head office say.",
     "This House would keep the post office"),
    ("The bandstand in the square was built by public subscription in 1911. Brass bands still play there on "
     "summer Sundays, and the school choir sings there at Christmas. The repairs would cost less than a new "
     "bus shelter. The bandstand must stay where it is.",
     "This House would keep the bandstand where it is"),
    ("The cottage hospital has twelve beds and a minor injuries unit that sees thirty people on a busy day. "
     "The health board says it is too small to be safe. It has been safe for ninety years. Without it a "
     "broken wrist means a two-hour drive on a winter road. We must not let them close the cottage hospital.",
     "This House opposes closing the cottage hospital"),
]


@pytest.mark.parametrize(("paragraph", "expected"), KEPT, ids=[e[11:60] for _, e in KEPT])
def test_a_keep_proposal_is_drafted_first(paragraph: str, expected: str) -> None:
    motions = drafted_after(OPENING, paragraph)
    assert motions, "no motion printed"
    assert problem(motions[0]) is None, motions[0]
    assert carries(motions[0], expected, lead=r"^This House (?:would|believes that|opposes) "), motions


@pytest.mark.parametrize(("motion", "complete"), [
    ("This House would keep the bandstand where it is", True),
    ("This House would leave the footbridge as it is", True),
    ("This House would leave the tram rules as they are", True),
    ("This House would run the railways as it does the post", False),  # the actor left out
    ("This House believes that the real question is", False),
])
def test_the_state_kept_ends_a_motion_whole(motion: str, complete: bool) -> None:
    assert (problem(motion) is None) is complete, problem(motion)


# (paragraph, the plan the author opposes; the author's own keep proposal may stand beside it)
ANSWERED: list[tuple[str, str]] = [
    ("The old lido at the edge of the park has opened every summer since before the war. Some people think "
     "the town should close the old lido. They are wrong. The repairs are small, the pool is loved, and the "
     "nearest other pool is a long bus ride away. Keep the lido open.",
     "close the old lido"),
    ("The village library has been neglected for years. Now some councillors want to close the library to "
     "save money. That would be a mistake. It is the only warm public room in the village, and its computers "
     "are the only way online for many older residents.",
     "close the library"),
    ("Many residents argue that the county must sell the allotments behind the station. I disagree. The "
     "plots feed forty families, the waiting list is long, and the land would fetch little at auction.",
     "sell the allotments behind the station"),
]


@pytest.mark.parametrize(("paragraph", "plan"), ANSWERED, ids=[p for _, p in ANSWERED])
def test_a_view_answered_as_wrong_is_drafted_with_the_author_opposed(paragraph: str, plan: str) -> None:
    draft = draft_essay(OPENING + "\n\n" + paragraph + "\n")
    assert draft.motions, "no motion printed"
    first = draft.motions[0]
    assert problem(first.text) is None, first.text
    assert carries(first.text, plan, lead=r"^This House (?:would|believes that) "), first.text
    assert any("AGAINST" in c for c in first.checks), first.checks


@pytest.mark.parametrize("paragraph", [
    "Keep in mind that the hall is booked until nine, and the caretaker locks up soon after. We kept the "
    "receipts for the tea and the raffle prizes. The shop on the corner stays open until nine as well.",
    "Some people think the new timetable is better than the old one. They are right: the buses are fuller, "
    "the drivers are happier, and the school run is shorter than it was.",
])
def test_lookalikes_draft_no_keep_motion(paragraph: str) -> None:
    for motion in drafted_after(OPENING, paragraph):
        assert not motion.startswith("This House would keep"), motion
        assert "AGAINST" not in " ".join(
            c for m in draft_essay(OPENING + "\n\n" + paragraph + "\n").motions for c in m.checks
        )
