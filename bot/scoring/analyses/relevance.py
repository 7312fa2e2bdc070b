"""Relevance: is the speech about this motion? Units that name its subject, or carry it on."""

from __future__ import annotations

import numpy as np

from bot.scoring.analyses.base import Context, Finding, praise, saturate, short_quote

OFF_TOPIC_SHARE = 0.15


def relevance(ctx: Context) -> Finding:
    """Share of units that name the motion's subject (or carry it on)."""
    n = len(ctx.units)
    if n == 0:
        return Finding("relevance", 0.0, (), "There is no speech to read.", "Send the text of your speech.")
    share = float(ctx.on_topic.mean())
    named = float((ctx.on_topic >= 1).mean())
    opening = bool((ctx.on_topic[:3] >= 1).any())
    off_topic = (named < OFF_TOPIC_SHARE and share < 0.3) or (not opening and named < 2 * OFF_TOPIC_SHARE)
    score = 0.0 if off_topic else saturate(share, 0.4)
    closeness = ctx.vectors @ ctx.motion_vector
    ranked = [int(i) for i in np.argsort(-closeness) if ctx.on_topic[i] >= 1][:5]
    stray = [int(i) for i in np.argsort(closeness)
             if ctx.on_topic[i] == 0 and len(ctx.units[i].split()) >= 8][:1]
    reason = f"{round(share * 100)}% of the speech is about the motion."
    if off_topic:
        reason = f"Only {round(named * 100)}% of the speech mentions what this motion is about."
    tip = ("Every argument should name what the motion is about and say how it supports your side."
           if not stray else f"Tie this back to the motion or cut it: {short_quote(ctx.units[stray[0]])}")
    return Finding("relevance", score, tuple(ranked[:3]), reason, tip,
                   praise=praise("Stays on the motion", ctx.units, ranked),
                   details={"share": round(share, 3), "named": round(named, 3), "off_topic": off_topic})
