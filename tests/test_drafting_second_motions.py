"""A belief motion must be a claim someone could dispute (session 31's second and third motions).

Drafts printed, after a good first motion, motions no debate could use: a signpost ("there is a second
thing", "the first thing is the big thing"), a figure or a date ("starts have fallen by a third over the
decade", "the council meets on 12 June"), the speaker's frame ("we are not asking for …") and a report of
what others say ("the banks say the same thing every time"). Each is refused as no thesis; claims that
judge or prescribe, with or without a figure, are kept. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.drafting.disputable import report_not_thesis


@pytest.mark.parametrize("claim", [
    "there is a third point as well",
    "there are two questions here",
    "the last thing is the real thing",
    "bus journeys in the county have fallen by a quarter since 2015",
    "the committee meets to vote on the plan on 3 March",
    "we are not asking for the market to move",
    "I am here to speak for the traders",
    "the operators say the same thing every winter",
    "landlords claim the scheme costs them money",
])
def test_no_thesis_is_refused(claim: str) -> None:
    assert report_not_thesis(f"This House believes that {claim}") is not None


@pytest.mark.parametrize("claim", [
    "a 20 per cent levy on second homes is fair",
    "the county should cut fares by half",
    "the first duty of a council is to keep its people safe",
    "people who say no to a bribe deserve protection",
    "libraries say more about a town than its shops",
])
def test_a_claim_is_kept(claim: str) -> None:
    assert report_not_thesis(f"This House believes that {claim}") is None
