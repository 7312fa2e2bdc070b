"""Key points: which of the side's points the speech makes, which opposing points it answers."""

from __future__ import annotations

import numpy as np

from bot.scoring.analyses.base import Context, Finding, saturate, short_quote
from bot.scoring.analyses.cues import CONTRAST, REBUTTAL
from bot.scoring.analyses.reasoning import find_links

ANSWER_WINDOW = 2


def points_made(ctx: Context) -> list[tuple[int, int | None]]:
    """For each of the side's key points, the unit that makes it (or None)."""
    out: list[tuple[int, int | None]] = []
    for k in range(ctx.own_match.shape[0]):
        row = ctx.own_match[k]
        best = int(np.argmax(row)) if row.size else -1
        out.append((k, best if best >= 0 and row[best] >= ctx.threshold and ctx.on_topic[best] > 0 else None))
    return out


def points_answered(ctx: Context) -> list[tuple[int, int | None]]:
    """For each opposing key point, the unit that answers it (or None).

    A point counts as answered when a unit raises it and a rebuttal cue, a contrast or a
    negation sits in that unit or the next ones, joined to content that argues the assigned side.
    """
    out: list[tuple[int, int | None]] = []
    n = len(ctx.units)
    reasoned = {link.unit for link in find_links(ctx)}
    for k in range(ctx.opp_match.shape[0]):
        row = ctx.opp_match[k]
        answer: int | None = None
        for i in np.argsort(-row)[:3]:
            if row[i] < ctx.threshold:
                break
            window = range(max(0, int(i) - 1), min(n, int(i) + ANSWER_WINDOW + 1))
            cued = any(REBUTTAL.search(ctx.units[j]) or CONTRAST.search(ctx.units[j])
                       for j in (int(i), int(i) + 1) if j < n)
            reply = [j for j in window if j != i and ctx.on_topic[j] > 0
                     and (ctx.side_stance[j] >= 0 or j in reasoned)]
            if cued and reply and (ctx.side_stance[i] > 0.2 or any(j in reasoned for j in reply)):
                answer = int(i)
                break
        out.append((k, answer))
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
    tip = (f"Add the point: {points[missed[0]].claim}" if missed
           else "Go deeper on your strongest point rather than adding more.")
    made_here = tuple((i, f"Makes the point “{points[k].claim}”: {short_quote(ctx.units[i])}")
                      for k, i in hits)
    return Finding("coverage", score, tuple(i for _, i in hits), reason, tip, praise=made_here,
                   details={"made": [k for k, _ in hits], "missed": missed})
