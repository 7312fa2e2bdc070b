"""Clash: a rebuttal the speech makes is seen as one, whatever words introduce the other side's case.

The speech below was written for this test (on the bank's equal-parental-leave motion); its answers
to the other side open three different ways, none of them "the Opposition says".
"""

from __future__ import annotations

import numpy as np
import pytest

from bot.motions import Motion, load_bank
from bot.scoring import Scorecard, score
from bot.scoring.stance import anchor

MOTION_ID = "kollontai-equal-parental-leave"

CASE = """\
We support this motion: each parent should get an equal share of paid leave that cannot be handed to \
the other.

First, fathers. When leave can be moved between parents, almost all of it ends up with the mother, \
because the father usually earns more and his employer expects him back. A share that is his alone, \
and is lost if he does not use it, changes that calculation: in Iceland the share of fathers taking \
leave rose to about nine in ten once three months were reserved for them.

Second, hiring. An employer who assumes that only the young woman will vanish for a year has a quiet \
reason to pick the young man. If both parents take the same time, that reason disappears, and the \
penalty women pay in pay and promotion shrinks with it.
"""

REBUTTALS = """
Our opponents will insist that families, not governments, should decide who stays at home. But a \
family choosing under a pay gap is not choosing freely; the gap makes the choice for them, and this \
policy gives each parent time the market would not.

We also hear that mothers need time to recover from the birth. Nothing here touches that: the \
recovery leave stays exactly where it is, and the equal shares come on top of it.

Finally, they claim that whatever happens during leave, the old pattern returns once it ends. The \
evidence runs the other way, since fathers who took their own weeks in Quebec were still doing more of \
the daily care years later.
"""

CLOSE = "\nSo give each parent their own share. We are proud to propose.\n"


@pytest.fixture(scope="module")
def motion() -> Motion:
    found = load_bank().get(MOTION_ID)
    assert found is not None
    return found


def engagement(card: Scorecard) -> tuple[int, int]:
    """(exchanges found, band of the engagement criterion)."""
    found = card.extras["analyses"]["engagement"]["details"]["exchanges"]
    band = next(c.band for c in card.criteria if c.id == "engagement")
    return int(found), band


def test_answers_introduced_in_different_words_are_all_seen_and_their_points_answered(motion: Motion) -> None:
    card = score(CASE + REBUTTALS + CLOSE, motion, "prop")
    exchanges, band = engagement(card)
    assert exchanges >= 2, card.extras["analyses"]["engagement"]
    assert band >= 4
    assert len(card.opposing_answered) >= 2, card.opposing_answered
    assert "Ignores the other side" not in next(c.reason for c in card.criteria if c.id == "engagement")


def test_the_same_case_without_its_answers_is_told_to_engage(motion: Motion) -> None:
    card = score(CASE + CLOSE, motion, "prop")
    exchanges, band = engagement(card)
    assert exchanges == 0
    assert band <= 2
    assert not card.opposing_answered


def test_citing_support_is_the_speakers_evidence_not_the_other_sides_case(motion: Motion) -> None:
    cited = (CASE.replace("When leave can be moved", "Research shows that when leave can be moved")
             .replace("An employer who assumes", "Economists have found that an employer who assumes"))
    assert cited != CASE
    card = score(cited + CLOSE, motion, "prop")
    assert engagement(card)[0] == 0


def test_leanings_count_only_on_a_motion_whose_own_points_the_reader_places_right() -> None:
    speech = np.array([0.6, -0.6], dtype=np.float32)
    placed_right = anchor(speech, np.array([0.5, 0.4, 0.6]), np.array([-0.5, -0.3, -0.6]))
    assert placed_right[0] > 0.5 and placed_right[1] < -0.5
    # Separated on average, but half of each side's own points read on the wrong side of the middle.
    muddled = anchor(speech, np.array([0.9, 0.8, -0.2, -0.2]), np.array([0.1, 0.2, -0.9, -0.8]))
    assert np.allclose(muddled, 0.0)


@pytest.mark.parametrize("answer", [
    "It has sometimes been argued that couples should split the weeks however they like. A choice made "
    "under a pay gap is the gap choosing, and a reserved share is what gives fathers a real one.",
    "Fair enough, some mothers would rather keep every week for themselves. The birth mother's own "
    "recovery leave stays hers, and the father's share is added on top rather than taken from her.",
    # A third party named in the speaker's words, saying or predicting something.
    "Small business owners predict that two absent parents will be twice the disruption. Leave is "
    "announced months ahead, and firms in countries with reserved shares plan for it as they plan for "
    "holidays.",
    # A claim taken up by name, with no one said to hold it.
    "Take the notion that fathers simply do not want the time. Where a share is reserved and lost if "
    "unused, most fathers take it, so the wish was there and the rules were in the way.",
    # The speaker granting the point before answering it.
    "We recognise that some couples would lose money while the higher earner is on leave. Paying the "
    "reserved weeks at a decent rate is part of the policy, so the loss is small and short.",
    "Yes, a few employers will grumble about covering two parents' leave instead of one. Firms in Sweden "
    "have managed it for decades, and a planned absence costs far less than losing a trained employee.",
    # Their case put in other words than the motion's ("time off" for "leave"): the answer shows it
    # is about the motion.
    "Business groups point out that time off for fathers disrupts small workshops. Every week of the "
    "reserved share is booked months in advance, so a small employer can arrange cover in good time.",
], ids=["impersonal_passive", "opening_concession", "third_party_predicts", "claim_taken_up_by_name",
        "speaker_grants", "yes_as_a_concession", "their_case_in_other_words"])
def test_an_answer_without_a_contrast_word_still_answers(motion: Motion, answer: str) -> None:
    card = score(CASE + "\n" + answer + CLOSE, motion, "prop")
    assert engagement(card)[0] >= 1, card.extras["analyses"]["engagement"]
