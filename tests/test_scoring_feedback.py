"""The card tells the truth about the speech: what it credits is there, what it asks for is missing."""

from __future__ import annotations

import re

from scoring_samples import (
    CHAINED_PROP,
    embassy_motion,
)

from bot.scoring import Scorecard, score
from bot.scoring.analyses import build_context
from bot.scoring.analyses.reasoning import chains, find_links
from bot.scoring.card import CriterionScore
from bot.scoring.speech import read_speech


def criterion(card: Scorecard, criterion_id: str) -> CriterionScore:
    return next(c for c in card.criteria if c.id == criterion_id)


def quoted(text: str) -> str:
    """The words inside the first “…” quote, without a trailing ellipsis."""
    found = re.search(r"“(.*?)”", text)
    return found.group(1).rstrip(" …") if found else ""


def test_conditions_and_causal_verbs_build_mechanisms() -> None:
    ctx = build_context(read_speech(CHAINED_PROP), embassy_motion(), "prop")
    links = find_links(ctx)
    cues = {link.cue for link in links}
    assert {"because", "as long as", "which means"} <= cues
    assert len(chains(ctx, links)) >= 2


def test_reasoning_next_step_names_a_claim_without_a_reason() -> None:
    step = criterion(score(CHAINED_PROP, embassy_motion(), "prop"), "reasoning").next_step
    target = quoted(step)
    assert target, step
    for explained in ("outweigh a symbolic embassy", "which means money", "because the Iraqi government",
                      "As long as", "removes that lifeline"):
        assert explained not in target, step
