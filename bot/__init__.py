"""Debate Practice Bot: motions from essays, sides, speeches and scorecards."""

__version__ = "0.1.0"
