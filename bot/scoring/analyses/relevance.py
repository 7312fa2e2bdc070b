"""Relevance: is the speech about this motion? Units that name its subject, or carry it on.

A speech is called off-topic only on two kinds of evidence together: it rarely names the
motion's subject (or words the encoder puts next to it), and most of it also sits far from the
motion in meaning. A speech that never names the subject at all is off-topic whatever its
similarity ("adopt socialism" is not a speech about adoption).
"""

from __future__ import annotations

import numpy as np

from bot.scoring.analyses import moves
from bot.scoring.analyses.base import Context, Finding, Tip, praise, saturate, short_quote
from bot.scoring.analyses.cues import ROADMAP, SIGNPOST

OFF_TOPIC_SHARE = 0.15
# A unit this close (cosine) to the motion is about it in meaning even without its words …
SIMILAR = 0.4
# … and a speech with this share of such units (or units naming the subject) is not off-topic.
SIMILAR_SHARE = 0.3


def strays(ctx: Context, closeness: np.ndarray) -> list[int]:
    """Units that wander from the motion, furthest first: they do not name its subject, are not a
    signpost or roadmap, do not carry on the argument next to them, and (where the motion has key
    points) sit further from all of them than the speech's typical sentence does and below the bar
    at which a sentence makes a point."""
    best = np.zeros(len(ctx.units), dtype=np.float32)
    for match in (ctx.own_match, ctx.opp_match):
        if match.size:
            best = np.maximum(best, match.max(axis=0))
    typical = float(np.median(best)) if best.any() else None
    return [int(i) for i in np.argsort(closeness)
            if ctx.on_topic[i] == 0 and len(ctx.units[i].split()) >= 8
            and not SIGNPOST.match(ctx.units[i]) and not ROADMAP.search(ctx.units[i])
            and (typical is None or best[i] < min(typical, ctx.threshold)) and not _continues(ctx, int(i))]


def _continues(ctx: Context, i: int) -> bool:
    """True when unit i is closer in meaning to a neighbour than to the rest of the speech: it
    carries an argument on, even without naming the motion's subject."""
    meaning = ctx.meaning
    n = meaning.shape[0]
    if n < 4:
        return False
    closeness = meaning @ meaning[i]
    neighbours = [j for j in (i - 1, i + 1) if 0 <= j < n]
    rest = np.delete(closeness, [i, *neighbours])
    return max(float(closeness[j]) for j in neighbours) > float(np.median(rest))


def relevance(ctx: Context) -> Finding:
    """Share of units that name the motion's subject (or carry it on)."""
    n = len(ctx.units)
    if n == 0:
        return Finding("relevance", 0.0, (), "There is no speech to read.", "Send the text of your speech.")
    share = float(ctx.on_topic.mean())
    named = float((ctx.on_topic >= 1).mean())
    opening = bool((ctx.on_topic[:3] >= 1).any())
    closeness = ctx.vectors @ ctx.motion_vector
    rare_terms = (named < OFF_TOPIC_SHARE and share < 0.3) or (not opening and named < 2 * OFF_TOPIC_SHARE)
    near = float(((closeness >= SIMILAR) | (ctx.on_topic > 0)).mean())
    off_topic = rare_terms and (near < SIMILAR_SHARE or named == 0)
    score = 0.0 if off_topic else saturate(share, 0.4)
    ranked = [int(i) for i in np.argsort(-closeness) if ctx.on_topic[i] >= 1][:5]
    stray = [i for i in strays(ctx, closeness)][:3]
    reason = f"{round(share * 100)}% of the speech is about the motion."
    if near >= share + 0.15:
        reason = (f"{round(share * 100)}% of the speech names the motion's subject;"
                  f" {round(near * 100)}% stays close to it in meaning.")
    if off_topic:
        reason = f"Only {round(named * 100)}% of the speech mentions what this motion is about."
    # A sentence that states the side, maps the speech, makes or answers a key point is never cut.
    keeps = (moves.KEY_POINT, moves.SIDE_STATEMENT, moves.ROADMAP, moves.REBUTTAL, moves.SIGNPOSTS)
    tips = (*(Tip(f"Tie this back to the motion or cut it: {short_quote(ctx.units[i])}", quotes=(i,),
                  quoted_not=keeps) for i in stray),
            *([Tip("Every argument should name what the motion is about and say how it supports your side.")]
              if share < 0.8 else []),
            Tip("Keep doing this: every argument stays on the motion.", generic=True))
    return Finding("relevance", score, tuple(ranked[:3]), reason, "", tips=tips,
                   praise=praise("Stays on the motion", ctx.units, ranked),
                   details={"share": round(share, 3), "named": round(named, 3), "near": round(near, 3),
                            "off_topic": off_topic})
