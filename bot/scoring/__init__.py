"""Speech scoring: `score(speech, motion, side, rubric) -> Scorecard`."""

from bot.scoring.card import FLAGS, CriterionScore, Scorecard

__all__ = ["FLAGS", "CriterionScore", "Scorecard"]
