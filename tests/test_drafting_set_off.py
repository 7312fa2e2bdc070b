"""Drafting: a proposal whose parts are set off by commas or a colon, or commended in the passive.

"The toll, introduced in 1990 to pay for the bridge, ought to be scrapped": the aside between the subject and
its modal goes, and the proposal is read ("would scrap the toll"). An exception (", apart from X,") is no list
item, so "scrap X, apart from Y, and give …" is no cut mid-list; ", to be paid for by …" is a modifier set off
after the act, and an old emphatic "do" ("that the vestry do forthwith repair") no verb. "Must" after an aside
is as often necessity as a call ("the weaver, whose wages …, must buy his bread at …" describes a hardship),
so only "should" and "ought to" are read there. "A night bus to the villages is recommended by …" commends a
measure the House would adopt. "A clear rule: no car parks on the verge" holds its content after the colon;
the motion keeps it as a "that" clause. Every paragraph is our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import CLOSING, TALK_OPENING, carries, drafted_after

from bot.drafting.measurephrase import content_joined
from bot.drafting.periods import subject_aside
from bot.drafting.structure import problem

# (paragraph, the motion it must draft)
SET_OFF: list[tuple[str, str]] = [
    ("The bridge was paid for long ago. The toll on the river bridge, introduced in 1990 to pay for its "
     "building and kept ever since out of habit, ought to be scrapped. Traders on both banks would gain.",
     "This House would scrap the toll on the river bridge"),
    ("The bylaw is a relic. The rule against ball games on the village green, which nobody has enforced "
     "for twenty years, should be repealed. Children need somewhere to play.",
     "This House would repeal the rule against ball games on the village green"),
    ("The evening service ends too early. A night bus from the town to the outlying villages is strongly "
     "recommended by the council's own transport officers. Shift workers would use it every night.",
     "This House would adopt a night bus from the town to the outlying villages"),
    ("Weekend lessons exhaust the pupils, and tired pupils learn less on Monday than rested ones would. The "
     "academy should scrap Saturday school, apart from the exam classes, and give pupils and teachers their "
     "weekends back. Rested children learn more, and rested teachers teach better.",
     "the academy should scrap Saturday school, apart from the exam classes"),
    ("The lanes are dark and the footpaths broken. I humbly propose that the vestry do forthwith repair the "
     "footpaths of the parish, to be paid for by a small rate upon the farms. The poor walk those paths "
     "daily.",
     "the vestry should repair the footpaths of the parish"),
    ("The verges are churned to mud every winter. What the parish needs is a clear rule: no car parks on "
     "the grass verges between October and March. The mud would recover in a season.",
     "This House would introduce a clear rule that no car parks on the grass verges"),
]


@pytest.mark.parametrize(("paragraph", "motion"), SET_OFF, ids=[s[1][16:56] for s in SET_OFF])
def test_a_set_off_or_commended_proposal_is_drafted(paragraph: str, motion: str) -> None:
    drafted = drafted_after(TALK_OPENING, paragraph + CLOSING)
    assert drafted and carries(drafted[0], motion, r"^(?:This House would |the \w+ should )"), drafted
    assert problem(drafted[0]) is None, drafted[0]


def test_an_aside_before_must_is_left_alone() -> None:
    text = "The miner, whose pay is set by the price of coal abroad, must rent his house from the company"
    assert subject_aside(text) == text
    listed = "Bread, milk and eggs should be free of tax"
    assert subject_aside(listed) == listed
    assert subject_aside("The fee, in my view, should be halved") == "The fee should be halved"


def test_a_colon_holds_the_content_of_a_guarantee_only_when_a_clause_follows() -> None:
    assert content_joined("a firm promise: every tenant gets a written lease") == (
        "a firm promise that every tenant gets a written lease")
    assert content_joined("a new law: clear, plain and short") == "a new law: clear, plain and short"
    assert content_joined("a levy: it would pay for the buses") == "a levy: it would pay for the buses"
