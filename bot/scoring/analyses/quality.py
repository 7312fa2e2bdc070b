"""Argument quality: the model's per-unit quality, aggregated over the best arguments only.

Averaging over every sentence rewards speeches stitched from one-liners, so only the best few
topical units count, and only as one voice among the analyses.
"""

from __future__ import annotations

import numpy as np

from bot.scoring.analyses import moves
from bot.scoring.analyses.base import Context, Finding, Tip, praise, short_quote
from bot.scoring.analyses.cues import REBUTTAL, SIGNPOST, WEIGH
from bot.scoring.analyses.facts import specifics
from bot.scoring.analyses.signals import REPORTED
from bot.scoring.analyses.statements import side_statements

TOP_UNITS = 5


def quality(ctx: Context) -> Finding:
    """Mean model quality of the best few topical units."""
    # The speaker's own arguments: not a claim they report or concede in order to answer it.
    topical = [i for i in ctx.arguing() if ctx.reported[i] < REPORTED] or ctx.arguing()
    if not topical:
        return Finding("quality", 0.0, (), "No argument about the motion to rate.",
                       "Make at least one full argument about the motion.")
    ranked = sorted(topical, key=lambda i: -float(ctx.quality[i]))
    best = ranked[:TOP_UNITS]
    score = float(np.mean([ctx.quality[i] for i in best])) * min(1.0, len(best) / 3)
    # The weakest argument: not a heading, the side restated, the other side's case set up,
    # weighing, or a fact.
    known = ctx.motion_stems | ctx.motion_words
    stated = {i for _, i in side_statements(ctx)}
    claims = [i for i in ranked if i not in stated and not (
        REBUTTAL.search(ctx.units[i]) or WEIGH.search(ctx.units[i]) or SIGNPOST.match(ctx.units[i])
        or specifics(ctx.units[i], known) or len(ctx.beyond_motion(ctx.unit_stems[i])) < 3)]
    weakest = list(reversed(claims or ranked))[:3]
    reason = f"The best {len(best)} arguments rate {score:.2f} on the argument-quality model."
    # Cutting a sentence that carries a key point is never the advice: strengthen it instead.
    tips = (*(Tip(f"Strengthen or cut your weakest argument: {short_quote(ctx.units[i])}", quotes=(i,),
                  quoted_not=(moves.KEY_POINT, *moves.SETUP)) for i in weakest),
            *(Tip("Strengthen your weakest argument with a reason and an example: "
                  f"{short_quote(ctx.units[i])}", quotes=(i,)) for i in weakest[:1]))
    return Finding("quality", score, tuple(best), reason, "", tips=tips,
                   shows={moves.ARGUMENT: tuple(best)},
                   praise=praise("Strongest argument", ctx.units, best, move=moves.ARGUMENT))
