"""Test helpers for club rounds: a small motion bank, a transparent fake scorer, ballot criteria."""

from __future__ import annotations

from bot.club import Criterion
from bot.motions import Bank, KeyPoint, Motion, SideName, Source, other_side
from bot.scoring.card import CriterionScore, Scorecard

CRITERIA = (Criterion("reasoning", "Reasoning"), Criterion("rebuttal", "Rebuttal"))

SOURCE = Source(title="Night trains and the short-haul flight", author="A. Writer", summary="Rail vs air.")

NIGHT_TRAINS = Motion(
    id="night-trains", text="This House would replace short-haul flights with night trains",
    type="policy", info_slide="Several countries subsidise sleeper services.", source=SOURCE,
    tags=("transport", "climate"),
    prop=(KeyPoint("emissions fall", "rail emits far less per passenger"),
          KeyPoint("city centres connect", "stations sit in the middle of cities")),
    opp=(KeyPoint("journeys get slower", "a night is longer than a flight"),
         KeyPoint("tickets cost more", "sleeper berths are expensive to run")),
)
HOMEWORK = Motion(
    id="ban-homework", text="This House would ban homework in primary schools", type="policy",
    info_slide="", source=SOURCE, tags=("education",),
    prop=(KeyPoint("play matters", "children learn through play"),),
    opp=(KeyPoint("practice matters", "repetition builds skill"),),
)
BANK = Bank((NIGHT_TRAINS, HOMEWORK))


def fake_score(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    """Bands grow with 'because' (reasoning) and 'but' (rebuttal); key points match by their claim."""
    text = speech.lower()
    reasoning = min(5, 1 + text.count("because"))
    rebuttal = min(5, 1 + text.count(" but "))
    made = tuple(p.claim for p in motion.points(side) if p.claim in text)
    answered = tuple(p.claim for p in motion.points(other_side(side)) if p.claim in text)
    criteria = (
        CriterionScore("reasoning", "Reasoning", reasoning, reasoning * 10.0, "", "", ""),
        CriterionScore("rebuttal", "Rebuttal", rebuttal, rebuttal * 10.0, "", "", ""),
    )
    return Scorecard(
        motion=motion.id, side=side, rubric=rubric, total=60.0 + reasoning + rebuttal, scale=(50.0, 80.0),
        criteria=criteria, key_points_made=made, opposing_answered=answered,
        key_points_missed=tuple(p.claim for p in motion.points(side) if p.claim not in made),
        scorer_version="fake-1",
    )
