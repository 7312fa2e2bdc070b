"""The scorer reads what a speech means: key points made in the speaker's own words count, an
opposing point stated and then answered counts as answered, and points argued for the other
side never count as the speaker's."""

from __future__ import annotations

import pytest

from bot.motions import Motion, load_bank
from bot.scoring import Scorecard, score

MOTION_ID = "iraq-withdraw-to-erbil"

# Makes three of the Proposition's points without their wording, and answers one of the
# Opposition's ("it rewards the rocket attacks") after stating it as theirs.
ERBIL_PROP = """\
We support pulling American troops out of federal Iraq and keeping a small base near Erbil. \
I have three reasons and one reply.

My first reason is that the job the troops were sent for is finished. The caliphate that once ran \
Mosul and Raqqa has been taken apart, and what remains are scattered cells that Iraqi soldiers and \
police already hunt on their own. Thousands of Americans spread across the country are guarding \
against an enemy that no longer holds a single town.

My second reason is that soldiers sitting on bases ringed by militia checkpoints are the easiest \
targets Tehran could ask for. America wins wars with aircraft, satellites and precision weapons fired \
from far away, yet here its people are parked within rocket range of groups that answer to Iran. \
Every cheap drone or mortar round costs the militias almost nothing and costs us lives.

My third reason is that this cycle only leads one way. A contractor is killed, Washington retaliates, \
the militias hit back harder, and each round brings a direct war with Iran closer. Moving our people \
out of reach breaks the chain at its first link, because there is nobody left on those bases to \
attack.

Now the reply. Our opponents will say that leaving now would teach the militias that killing \
Americans works. But a drawdown to Erbil is a choice about where our forces are useful, taken on our \
own timetable, and Iran gains nothing from it: the troops that matter stay, with the aircraft that \
can strike anywhere in the region within an hour.

So the mission is done, the exposure is pointless and the escalation is deadly. Bring the troops \
to Erbil.
"""


@pytest.fixture(scope="module")
def motion() -> Motion:
    found = load_bank().get(MOTION_ID)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def prop_card(motion: Motion) -> Scorecard:
    return score(ERBIL_PROP, motion, "prop")


def test_points_made_in_other_words_count_as_made(motion: Motion, prop_card: Scorecard) -> None:
    claims = {p.claim for p in motion.prop}
    made = set(prop_card.key_points_made)
    assert made <= claims
    assert "The fight against ISIS no longer needs US troops across Iraq." in made
    assert "US troops in range of militias are fighting Iran on Iran's terms." in made
    assert len(made) >= 3


def test_an_opposing_point_stated_then_answered_counts_as_answered(prop_card: Scorecard) -> None:
    assert "It rewards the rocket attacks." in prop_card.opposing_answered
    assert "It rewards the rocket attacks." not in prop_card.opposing_standing


def test_points_argued_for_the_other_side_are_not_listed_as_made(motion: Motion) -> None:
    card = score(ERBIL_PROP, motion, "opp")
    assert "wrong_side" in card.flags
    assert not set(card.key_points_made) & {p.claim for p in motion.opp}


def test_a_side_stated_as_the_policy_in_other_words_is_read(prop_card: Scorecard) -> None:
    """"We support pulling the troops out …" states the Proposition without the motion's verb."""
    side = prop_card.extras["analyses"]["side"]
    assert side["details"]["declared"] == 1.0
    assert "never states the side" not in side["reason"]


def test_the_card_names_the_sentence_that_made_each_point(prop_card: Scorecard) -> None:
    from bot.chat.cards import full_feedback
    from bot.practice import Attempt

    sentences = prop_card.extras["point_sentences"]
    assert set(prop_card.key_points_made) <= set(sentences)
    assert "It rewards the rocket attacks." in sentences
    assert "teach the militias" in sentences["It rewards the rocket attacks."]
    attempt = Attempt(1, 1, "m", "prop", "scored", "", 0.0, 0.0, 0.0, prop_card, False)
    text = " ".join(full_feedback(prop_card, attempt).split())
    assert "It rewards the rocket attacks. ← “Our opponents will say" in text
