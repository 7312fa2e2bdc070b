"""Drills: short, timed exercises aimed at one weak spot (rebuttal, case building, weighing).

`Drills.set` picks the kind from the debater's weakest criterion and a motion not drilled lately;
a rebuttal point left standing comes back in the next rebuttal drill. Services take and return
plain values; errors a debater can cause raise `DrillError` with a sentence to show.
"""

from bot.drills.service import Answer, Drills, kind_for_criterion
from bot.drills.values import (
    KIND_LABELS,
    KINDS,
    MINUTES,
    Drill,
    DrillError,
    DrillKind,
    DrillNoMatch,
    DrillResult,
    Judgement,
    Summary,
)

__all__ = [
    "KINDS", "KIND_LABELS", "MINUTES", "Answer", "Drill", "DrillError", "DrillKind", "DrillNoMatch",
    "DrillResult", "Drills", "Judgement", "Summary", "kind_for_criterion",
]
