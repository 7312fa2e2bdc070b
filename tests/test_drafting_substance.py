"""Ranking: among an address's proposals, a concrete measure outranks a bare aim and a step that only studies.

Found on the dev corpus: Truman's 1948 address heads each part with a goal ("Our fourth goal is to lift the
standard of living …") and these aims, which no one would oppose, were printed above the insurance system he
asks for; Coolidge's "appoint a small joint committee to consider offers" came above his tax cut.
"""

from __future__ import annotations

import pytest

from bot.drafting import draft_essay
from bot.drafting.substance import substance


@pytest.mark.parametrize(
    "measure, aim",
    [
        ("adopt a comprehensive insurance system to protect all our people",
         "lift the standard of living for all"),
        ("lift the minimum wage to 75 cents an hour", "achieve world peace based on justice"),
        ("reduce the taxes of the Nation", "appoint a small joint committee to consider offers"),
        ("build a second pier for the ferry at a cost of $2 million",
         "make a painstaking effort to help the port"),
    ],
)
def test_a_measure_weighs_more_than_an_aim_or_a_study(measure: str, aim: str) -> None:
    assert substance(measure) > substance(aim)


GOALS = """The State of the Harbour Town

An address to the town council

Our first goal is to improve the life of every family in the town. Our second goal is to strengthen the
spirit of our harbour community. Our third goal is to achieve lasting prosperity for all who live here.
These goals are shared by every member of this council, and by every family in the town.

I recommend that the council build a covered fish market on the north quay at a cost of two million
dollars. The fishermen now land their catch in the open, and half of it spoils in a warm week before
the buyers come. A covered market would keep the catch cool, bring the buyers to the quay, and pay for
itself within ten years from the rents of the stalls.

The market is the work of this year. The boats are ready, the buyers are ready, and the quay is ready.
What is missing is a roof, and the council can give it. I urge you to vote the money for the fish market
before the summer season begins, so that the first catch of the season is landed under cover.
"""


def test_the_measure_asked_for_is_printed_before_the_goals() -> None:
    draft = draft_essay(GOALS)
    assert draft.motions, "a measure is asked for: a motion must be drafted"
    assert "fish market" in draft.motions[0].text, [m.text for m in draft.motions]
