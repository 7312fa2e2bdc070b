"""Whether a thesis sentence is the author's own claim, read by meaning with the scorer's reader.

The reader (bot/scoring/reader.py) reads a sentence against a motion and says whether the sentence
argues for it, against it, or reports or concedes someone else's claim. A belief motion worded from a
sentence should be argued FOR by that very sentence: when the reader finds the sentence reports a claim
("the general opinion of men is supposed to be that …", "I grant this food will be dear") or pulls
against the wording (a negation lost, irony), the sentence is not the author's thesis.
"""

from __future__ import annotations

import re

from bot.drafting.ranking import content_stems
from bot.drafting.theses import vouched_claim
from bot.scoring.analyses.cues import OWN_VIEW
from bot.scoring.reader import read

REPORTED_AT = 0.5  # P(reported or conceded) from which a sentence is someone else's claim
AGAINST_AT = -0.3  # leaning (P(for) - P(against)) below which the wording pulls against the sentence


def own_claim(motion: str, sentence: str) -> bool:
    """Whether the sentence argues for the belief motion worded from it, in the author's own voice:
    it opens on the author's own view or conclusion ("I affirm that …", "It follows that …"), or
    the reader does not hear it as a report."""
    if OWN_VIEW.match(sentence) or vouched_claim(sentence) is not None:
        return True  # ("And so I have come to believe, slowly, that …": a declared thesis, theses.py)
    reading = read(motion, [_motion_clause(motion, sentence)])
    return float(reading.reported[0]) < REPORTED_AT


def _motion_clause(motion: str, sentence: str) -> str:
    """The part of a period, between semicolons, that the motion was worded from: "X ought to be repealed;
    and I state the proposition thus baldly …" is heard by its first clause, not by the author's aside."""
    clauses = [c for c in re.split(r"\s*;\s*", sentence) if c.strip()]
    if len(clauses) < 2:
        return sentence
    stems = content_stems(motion)
    return max(clauses, key=lambda clause: len(stems & content_stems(clause)))

