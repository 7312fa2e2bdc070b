"""Speech scoring: `score(speech, motion, side, rubric) -> Scorecard`."""

from bot.scoring.card import FLAGS, CriterionScore, Scorecard
from bot.scoring.scorer import SCORER_VERSION, score

__all__ = ["FLAGS", "SCORER_VERSION", "CriterionScore", "Scorecard", "score"]
