"""The moves a speech can make, by name: what analyses report seeing and tips take as missing."""

from __future__ import annotations

SIDE_STATEMENT = "side_statement"  # the speaker says which side they argue
OPENING = "opening"  # ... within the first three sentences
ROADMAP = "roadmap"  # names the arguments to come
SIGNPOSTS = "signposts"
CONCLUSION = "conclusion"
WEIGHING = "weighing"  # compares: larger, likelier, irreversible, outweighs
STAKES = "stakes"  # says who is harmed or helped
EVIDENCE = "evidence"  # a fact, figure, named case or example
REASONS = "reasons"  # says why a claim is true
REBUTTAL = "rebuttal"  # answers the other side
KEY_POINT = "key_point"  # makes or answers one of the motion's key points
ARGUMENT = "argument"  # one of the speech's best-rated arguments
FRAMING = "framing"  # restates the info slide or a definition, or defines a term
EMPTY = "empty"  # nothing beyond connectives, stock phrases and the motion's own words
# Sentences that set a speech up rather than argue it: never asked "why is this true?".
SETUP = (SIDE_STATEMENT, ROADMAP, FRAMING)
SUBSTANCE = (WEIGHING, STAKES, EVIDENCE, REASONS, KEY_POINT, REBUTTAL, ARGUMENT)


def answered(point: int) -> str:
    """The move of answering the other side's key point number `point`."""
    return f"answered:{point}"


def made(point: int) -> str:
    """The move of making the own side's key point number `point`."""
    return f"made:{point}"
