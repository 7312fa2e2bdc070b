"""Key points: which of the side's points the speech makes (answers to the other side's: clash.py)."""

from __future__ import annotations

import numpy as np

from bot.scoring.analyses import moves
from bot.scoring.analyses.base import Context, Finding, Praise, Tip, saturate, short_quote
from bot.scoring.analyses.signals import REPORTED
from bot.scoring.analyses.statements import side_statements

ARGUED_AGAINST = 0.25
SIDE_MARGIN = 0.03
STAND_OUT = 0.05
# A side statement with fewer words of its own than this (beyond the motion's) makes no key point.
OWN_CLAIM_STEMS = 3


def points_made(ctx: Context) -> list[tuple[int, int | None]]:
    """For each of the side's key points, the unit that makes it (or None).

    Only a unit the speaker argues counts: not one that argues the other way, nor one that
    reports or concedes the point as someone else's.
    """
    argued = (ctx.on_topic > 0) & (ctx.side_stance > -ARGUED_AGAINST) & (ctx.reported < REPORTED)
    argued[ctx.empty_units()] = False  # a sentence with nothing in it makes no point
    for _, i in side_statements(ctx):  # "we oppose this motion" states a side, not a key point
        if len(ctx.beyond_motion(ctx.unit_stems[i])) < OWN_CLAIM_STEMS:
            argued[i] = False
    if ctx.opp_match.size:  # clearly closer to one of this side's points than to the other side's
        argued &= ctx.own_match.max(axis=0) >= ctx.opp_match.max(axis=0) + SIDE_MARGIN
    out: list[tuple[int, int | None]] = []
    for k in range(ctx.own_match.shape[0]):
        # Everything said about a motion sits near all its points; the sentence that makes one
        # stands out from the speech's usual closeness to it.
        usual = float(np.median(ctx.own_match[k])) if ctx.own_match[k].size else 0.0
        row = np.where(argued, ctx.own_match[k], 0.0)
        best = int(np.argmax(row)) if row.size else -1
        made = best >= 0 and row[best] >= ctx.threshold and row[best] >= usual + STAND_OUT
        out.append((k, best if made else None))
    return out


def coverage(ctx: Context) -> Finding:
    """Share of the side's key points the speech makes (target: three, or all if fewer)."""
    points = ctx.motion.points(ctx.side)
    if not points:
        return Finding("coverage", 0.0, (), "This motion has no key points, so coverage is not judged.",
                       "", available=False)
    made = points_made(ctx)
    hits = [(k, i) for k, i in made if i is not None]
    missed = [k for k, i in made if i is None]
    score = saturate(len(hits), min(3, len(points)))
    reason = f"Makes {len(hits)} of the side's {len(points)} key points."
    tips = (*(Tip(f"Add the point: {points[k].claim}", lacks=(moves.made(k),)) for k in missed),
            Tip("Go deeper on your strongest point rather than adding more.", generic=True))
    made_here = tuple(Praise(i, f"Makes the point “{points[k].claim}”: {short_quote(ctx.units[i])}",
                             moves.KEY_POINT) for k, i in hits)
    shows = {moves.made(k): (i,) for k, i in hits}
    return Finding("coverage", score, tuple(i for _, i in hits), reason, "", tips=tips, praise=made_here,
                   shows={**shows, moves.KEY_POINT: tuple(i for _, i in hits)},
                   details={"made": [k for k, _ in hits], "missed": missed})
