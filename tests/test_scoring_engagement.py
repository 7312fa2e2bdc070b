"""Engagement: each further answer to the other side earns less than the one before."""

from __future__ import annotations

import importlib

import pytest

from bot.motions import Motion
from bot.scoring.analyses import build_context
from bot.scoring.speech import read_speech

SPEECH = ("They say phones keep children safe. But a landline in the office does that. They say bans are "
          "hard to enforce. Yet lockers at the gate work. They say pupils must learn self-control. Limits "
          "come first, as with road safety.")


@pytest.mark.parametrize("answers", [0, 1, 2, 3])
def test_each_further_answer_is_worth_less_than_the_one_before(
    monkeypatch: pytest.MonkeyPatch, answers: int,
) -> None:
    module = importlib.import_module("bot.scoring.analyses.engagement")
    monkeypatch.setattr(module, "exchanges", lambda ctx: [(2 * k, 2 * k + 1) for k in range(answers)])
    motion = Motion.ad_hoc("This House would ban smartphones in schools.")
    ctx = build_context(read_speech(SPEECH), motion, "prop")
    # 0.35, then 0.65 of the step before: one answer shows the skill, three are most of the marks.
    assert module.engagement(ctx).score == pytest.approx({0: 0.0, 1: 0.35, 2: 0.5775, 3: 0.725375}[answers])
