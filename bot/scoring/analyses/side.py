"""Side: does the speech argue the side it was given?

A stated position ("we should (not) abolish …", "I oppose the motion") decides it; without
one, the stance model and the cue-based reading must agree, or the key points must clearly
favour the other side, before a speech is called the wrong side.
"""

from __future__ import annotations

import re

import numpy as np

from bot.motions import SIDE_LABELS
from bot.scoring.analyses.base import Context, Finding, motion_topic_stems, praise
from bot.scoring.analyses.cues import CONTRAST, OPPOSE, REBUTTAL, STANCE_ACTION, SUPPORT
from bot.scoring.analyses.signals import AGAINST_VERBS, cue_stance
from bot.scoring.speech import content_words, stem

WRONG_SIDE_LEVEL = -0.25
UNDECLARED_WRONG_LEVEL = -0.45
POINT_MARGIN = 0.1
_MODAL = r"(?:should|must|ought to|need to|have to|has to|would|will|to|we'd|let's|let us)"
_ADVERBS = {"further", "fully", "immediately", "now", "also", "completely", "not", "be"}
_KEEP = r"(?:keep|retain|maintain|preserve|continue|protect|allow)"


def motion_verb(motion_text: str) -> str | None:
    """The stem of the motion's policy verb ("ban", "close" …), if it has one."""
    return _predicate(motion_text)[0]


def same_verb(word: str, verb: str) -> bool:
    """True when a word is the motion's verb in any form: "banning" is "ban", "closes" is "close"."""
    found = stem(word)
    return found == verb or (len(verb) >= 3 and found.startswith(verb) and len(found) <= len(verb) + 1)


def _predicate(motion_text: str) -> tuple[str | None, bool]:
    """The stem of the motion's policy verb ("abolish", "mandatory" …) and whether it removes something."""
    match = re.search(r"\b(?:should|would|must|ought to)\s+((?:[\w'-]+\s*){1,3})", motion_text, re.IGNORECASE)
    if not match:
        return None, bool(AGAINST_VERBS.search(motion_text))
    head = [w for w in match.group(1).lower().split() if w not in _ADVERBS]
    verb = head[0] if head else None
    return (stem(verb) if verb else None), bool(AGAINST_VERBS.search(match.group(1)))


_AGENT = r"(?:we|i|you|they|society|governments?|the state|states|countries|everyone|people)"
_NEGATED = re.compile(r"\b(not|no|never|n't|nothing)\b", re.IGNORECASE)


def _names_subject(text: str, subject: set[str]) -> bool:
    return bool(set(content_words(text)) & subject)


def _position(unit: str, verb: str | None, removes: bool, subject: set[str]) -> float:
    """+1/-1 when the unit restates (or negates) the motion's policy, else 0."""
    for match in STANCE_ACTION.finditer(unit):
        if verb and same_verb(match.group(3).lower(), verb):
            return 1.0 if match.group(1) else -1.0
    if verb:
        pattern = rf"\b({_AGENT}\s+)?{_MODAL}\s+(not\s+|never\s+)?((?:[\w'-]+\s*){{1,3}})"
        for match in re.finditer(pattern, unit, re.IGNORECASE):
            following = [w for w in match.group(3).lower().split() if w not in _ADVERBS][:2]
            if verb not in [stem(w) for w in following]:
                continue
            if match.group(2):
                if match.group(1):  # "we should not ban X"; "it will not ban" describes, not declares
                    return -1.0
                continue
            return 1.0
    if removes:
        pattern = rf"\b{_AGENT}\s+{_MODAL}\s+(not\s+|never\s+)?{_KEEP}\b((?:\s+\S+){{1,4}})"
        for match in re.finditer(pattern, unit, re.IGNORECASE):
            if _names_subject(match.group(2), subject):
                before = unit[max(0, match.start() - 30): match.start()]
                flipped = bool(match.group(1)) != bool(_NEGATED.search(before))
                return 1.0 if flipped else -1.0
    return 0.0


def declared_side(ctx: Context) -> tuple[float, int | None]:
    """+1 if the speech says it supports the motion, -1 if it says it opposes it, else 0.

    Looks at the opening and closing units for "I support/oppose the motion", the motion's own
    policy restated ("we should (not) abolish …"), or keeping what the motion would remove.
    """
    n = len(ctx.units)
    edges = [*range(min(4, n)), *range(max(4, n - 3), n)]
    verb, removes = _predicate(ctx.motion.text)
    subject = motion_topic_stems(ctx.motion)
    for i in edges:
        unit = ctx.units[i]
        if OPPOSE.search(unit):
            return -1.0, i
        if SUPPORT.search(unit) and re.search(r"\b(motion|resolution|proposition|this house)\b", unit, re.I):
            return 1.0, i
        if _names_subject(unit, subject):
            position = _position(unit, verb, removes, subject)
            if position:
                return position, i
    return 0.0, None


def _point_units(ctx: Context) -> tuple[int, int]:
    """Units that clearly make one side's key point rather than the other's: (own, opposing)."""
    if not ctx.own_match.size or not ctx.opp_match.size:
        return 0, 0
    own_best, opp_best = ctx.own_match.max(axis=0), ctx.opp_match.max(axis=0)
    own = (own_best >= ctx.threshold) & (own_best >= opp_best + POINT_MARGIN)
    opp = (opp_best >= ctx.threshold) & (opp_best >= own_best + POINT_MARGIN)
    # A unit that raises the other side's point in order to answer it is engagement, not a switch.
    rebutting = np.asarray([bool(REBUTTAL.search(u) or CONTRAST.search(u)) for u in ctx.units])
    answering = rebutting | np.concatenate([[False], rebutting[:-1]])
    return int(own.sum()), int((opp & ~answering).sum())


def side(ctx: Context) -> Finding:
    """Does the speech argue the assigned side? Declaration, stance and key points, combined."""
    label = SIDE_LABELS[ctx.side]
    if not ctx.units:
        return Finding("side", 0.0, (), "There is no speech to read.", "Send the text of your speech.")
    sign = 1.0 if ctx.side == "prop" else -1.0
    declared, where = declared_side(ctx)
    topical = ctx.on_topic > 0
    stance = float(ctx.side_stance[topical].mean()) if topical.any() else 0.0
    own, opp = _point_units(ctx)
    balance = (own - opp) / max(1, own + opp) if own + opp else 0.0
    if declared:
        lean = 0.5 * declared * sign + 0.3 * float(np.tanh(3 * stance)) + 0.2 * balance
        wrong = lean <= WRONG_SIDE_LEVEL
    else:
        # No stated position: the stance model and the cue-based reading must agree (or the key
        # points must clearly favour the other side) before the speech is called the wrong side.
        cues = [cue_stance(ctx.units[i], ctx.motion.text) * sign for i in np.flatnonzero(topical)]
        cue = float(np.mean(cues)) if cues else 0.0
        lean = 0.6 * float(np.tanh(3 * stance)) + 0.4 * balance
        agreed = stance <= -0.15 and cue < -0.05
        many = opp >= max(4, 0.25 * int(topical.sum()))
        wrong = (lean <= UNDECLARED_WRONG_LEVEL and agreed) or (balance <= -0.6 and many)
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
    stated = praise("States the side", ctx.units, [where] if where is not None and not wrong else [])
    used = (where,) if where is not None else ()
    return Finding("side", score, used, reason, tip, praise=stated, details={
        "wrong_side": wrong, "declared": declared, "stance": round(stance, 3), "lean": round(lean, 3),
        "own_units": own, "opposing_units": opp,
    })
