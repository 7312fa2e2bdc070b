"""Relevance and side: is the speech about this motion, and does it argue the assigned side?"""

from __future__ import annotations

import re

import numpy as np

from bot.motions import SIDE_LABELS
from bot.scoring.analyses.base import Context, Finding, saturate, short_quote
from bot.scoring.analyses.cues import OPPOSE, SUPPORT
from bot.scoring.analyses.signals import AGAINST_VERBS
from bot.scoring.speech import content_words

OFF_TOPIC_SHARE = 0.3
WRONG_SIDE_LEVEL = -0.25
_PREFIX_NEGATION = re.compile(r"\b(not|n't|never|no longer|against|oppose|reject|shouldn't|mustn't)\b",
                              re.IGNORECASE)
_KEEP = re.compile(r"\b(keep|retain|maintain|preserve|stay|remain|continue|defend)\b", re.IGNORECASE)


def relevance(ctx: Context) -> Finding:
    """Share of units about the motion, checked against unrelated motions."""
    n = len(ctx.units)
    if n == 0:
        return Finding("relevance", 0.0, (), "There is no speech to read.", "Send the text of your speech.")
    share = float(ctx.on_topic.mean())
    score = saturate(share, 0.75) * (1.0 if ctx.decoy_margin >= 0 else 0.6)
    off_topic = share < OFF_TOPIC_SHARE or (ctx.decoy_margin < 0 and share < 0.5)
    closeness = ctx.vectors @ ctx.motion_vector
    ranked = [i for i in np.argsort(-closeness) if ctx.on_topic[i] >= 1][:3]
    stray = [i for i in np.argsort(closeness) if ctx.on_topic[i] == 0][:1]
    reason = f"{round(share * 100)}% of the speech is about the motion."
    if off_topic:
        reason = f"Only {round(share * 100)}% of the speech is about this motion."
    tip = ("Every argument should name what the motion is about and say how it supports your side."
           if not stray else f"Tie this back to the motion or cut it: {short_quote(ctx.units[stray[0]])}")
    strength = f"Stays on the motion: {short_quote(ctx.units[ranked[0]])}" if ranked else ""
    return Finding("relevance", 0.0 if off_topic else score, tuple(int(i) for i in ranked), reason, tip,
                   strength, details={"share": round(share, 3), "off_topic": off_topic,
                                      "margin": round(ctx.decoy_margin, 3)})


def declared_side(ctx: Context) -> tuple[float, int | None]:
    """+1 if the speech says it supports the motion, -1 if it says it opposes it, else 0."""
    n = len(ctx.units)
    edges = [*range(min(3, n)), *range(max(3, n - 3), n)]
    against_motion = bool(AGAINST_VERBS.search(ctx.motion.text))
    for i in edges:
        unit = ctx.units[i]
        if OPPOSE.search(unit):
            return -1.0, i
        if SUPPORT.search(unit) and "motion" in unit.lower():
            return 1.0, i
        stems = content_words(unit)
        needed = max(1.0, min(2.0, 0.5 * len(ctx.motion_stems)))
        if not ctx.motion_stems or len(set(stems) & ctx.motion_stems) < needed:
            continue
        first = next((k for k, s in enumerate(stems) if s in ctx.motion_stems), 0)
        words = unit.split()
        prefix = " ".join(words[: max(1, _word_index(words, first))])
        if _PREFIX_NEGATION.search(prefix):
            return -1.0, i
        if against_motion and _KEEP.search(prefix):
            return -1.0, i
        if re.search(r"\b(should|must|would|will|need to|ought to|have to|propose|support)\b", prefix, re.I):
            return 1.0, i
    return 0.0, None


def _word_index(words: list[str], content_index: int) -> int:
    """Roughly where the content word with this index sits among all words."""
    seen = -1
    for k, word in enumerate(words):
        if content_words(word):
            seen += 1
            if seen >= content_index:
                return k
    return len(words)


def side(ctx: Context) -> Finding:
    """Does the speech argue the assigned side? Declaration, stance and key points, combined."""
    label = SIDE_LABELS[ctx.side]
    if not ctx.units:
        return Finding("side", 0.0, (), "There is no speech to read.", "Send the text of your speech.")
    sign = 1.0 if ctx.side == "prop" else -1.0
    declared, where = declared_side(ctx)
    topical = ctx.on_topic > 0
    stance = float(ctx.side_stance[topical].mean()) if topical.any() else 0.0
    own = int((ctx.own_match.max(axis=0) >= ctx.threshold).sum()) if ctx.own_match.size else 0
    opp = int((ctx.opp_match.max(axis=0) >= ctx.threshold).sum()) if ctx.opp_match.size else 0
    balance = (own - opp) / max(1, own + opp) if own + opp else 0.0
    lean = 0.5 * declared * sign + 0.3 * float(np.tanh(3 * stance)) + 0.2 * balance
    wrong = lean <= WRONG_SIDE_LEVEL
    score = 0.0 if wrong else min(1.0, max(0.0, 0.55 + 0.6 * lean))
    if wrong:
        reason = f"The speech argues against the {label}'s case."
        tip = f"You are {label}: argue {'for' if ctx.side == 'prop' else 'against'} the motion."
    elif declared * sign > 0:
        reason = f"States the {label}'s position clearly."
        tip = "Keep every argument pointing back to that position."
    else:
        reason = f"Argues for the {label}, but never states the side outright."
        tip = f"Open by saying plainly that you {'support' if ctx.side == 'prop' else 'oppose'} the motion."
    strength = f"States the side: {short_quote(ctx.units[where])}" if where is not None and not wrong else ""
    used = (where,) if where is not None else ()
    return Finding("side", score, used, reason, tip, strength, details={
        "wrong_side": wrong, "declared": declared, "stance": round(stance, 3), "lean": round(lean, 3),
        "own_units": own, "opposing_units": opp,
    })
