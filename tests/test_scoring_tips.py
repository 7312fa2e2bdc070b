"""Tips never ask for what the speech already does (issue 10's first class of contradictions)."""

from __future__ import annotations

from scoring_samples import embassy_motion

from bot.scoring.analyses.base import build_context
from bot.scoring.analyses.impact import impact
from bot.scoring.analyses.structure import structure
from bot.scoring.speech import read_speech

ROADMAP_FIRST = (
    "Tonight I will make two arguments, about the safety of our diplomats and about leverage over "
    "Baghdad. First, safety: the compound sits behind checkpoints run by militias that answer to "
    "Tehran, so every diplomat inside is a hostage the moment those militias choose. Second, leverage: "
    "Iraqi leaders take American money while sheltering the same militias, because nothing they do "
    "ever costs them the embassy. Suspending relations until the militias are purged gives them a "
    "reason to choose. That is why the embassy should close."
)
WEIGHS_ONCE = (
    "We should close the embassy in Baghdad. Militias that answer to Iran man the checkpoints around "
    "the compound, so our diplomats can be seized whenever Tehran wants leverage. A siege like the one "
    "in 2019 could end with American staff killed and a war with Iran that nobody can stop. The lives "
    "of our staff and the risk of a regional war matter far more than the prestige of keeping a large "
    "building open, because a lost life can never be restored while a closed embassy can reopen."
)


def test_a_speech_with_a_roadmap_is_not_told_to_add_one() -> None:
    found = structure(build_context(read_speech(ROADMAP_FIRST), embassy_motion(), "prop"))
    assert "two or three arguments you will make" not in found.tip
    assert "your side" in found.tip.lower() or "which side you argue" in found.tip
    assert "no clear opening line" not in found.reason


def test_a_speech_that_weighs_is_not_told_to_start_weighing() -> None:
    found = impact(build_context(read_speech(WEIGHS_ONCE), embassy_motion(), "prop"))
    assert found.details["weighing"] >= 1
    assert "Weigh explicitly" not in found.tip
    assert "Compare: say why" not in found.tip


def test_a_speech_all_on_its_case_is_not_told_to_cut_a_sentence() -> None:
    from test_scoring_meaning import ERBIL_PROP, MOTION_ID

    from bot.motions import load_bank
    from bot.scoring.analyses.relevance import relevance

    motion = load_bank().get(MOTION_ID)
    assert motion is not None
    found = relevance(build_context(read_speech(ERBIL_PROP), motion, "prop"))
    assert "cut it" not in found.tip, found.tip
