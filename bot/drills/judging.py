"""Judging a drill's answer with the scorer's readings: key-point matching, reasons, weighing.

The reader's point matching (bot.scoring.analyses.signals.match) says which key point a
sentence makes or answers; everything said about a motion sits near all its points, so a
sentence engages a point when it is close to it and closer to it than to the other points.
Reasons come from the scorer's claim-to-reason links, weighing from its comparison cues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from bot.drills.values import Judgement
from bot.motions import KeyPoint, Motion, SideName, other_side
from bot.scoring.analyses import signals
from bot.scoring.analyses.base import Context, build_context, saturate, short_quote
from bot.scoring.analyses.cues import WEIGH
from bot.scoring.analyses.reasoning import find_links
from bot.scoring.speech import read_speech

STAND_OUT = 0.05  # how much closer to the point set than to any other a sentence must be
NEAR = 0.85  # a share of the match bar: near enough to name a point while weighing it
STRONGEST = 2  # the bank's responses or points shown
CASE_POINTS = 3
# The ways two impacts are compared; the cues only explain a comparison the reader found.
DIMENSIONS: dict[str, re.Pattern[str]] = {
    "scale": re.compile(r"\b(more people|millions?|billions?|thousands?|everyone|most|bigger|biggest|larger"
                        r"|greater|greatest|wider|scale|number of|how many|fewer|smaller)\b", re.I),
    "likelihood": re.compile(r"\b(likely|likelier|unlikely|certain(?:ly)?|probab\w*|chance|risk|guarantee\w*"
                             r"|speculative|already happen\w*|will happen|might never)\b", re.I),
    "time frame": re.compile(r"\b(long[- ]term|short[- ]term|long run|sooner|immediate\w*|years?|decades?"
                             r"|generations?|future|now|today|tomorrow|quickly|lasting|lasts?)\b", re.I),
    "reversibility": re.compile(r"\b(irreversible|reversible|permanent\w*|undo(?:ne)?|revers\w*"
                                r"|recover\w*|repair\w*|for good|forever|never come back|brought back"
                                r"|restored?)\b", re.I),
}


def _units(answer: str) -> list[str]:
    return list(read_speech(answer).units)


def _context(answer: str, motion: Motion, side: SideName) -> Context:
    return build_context(read_speech(answer), motion, side)


def _nearest(point: KeyPoint, candidates: Sequence[KeyPoint], motion: Motion) -> tuple[str, ...]:
    """The claims of `candidates` closest in meaning to `point`, nearest first."""
    if not candidates:
        return ()
    closeness = signals.match([f"{point.claim} {point.reasoning}"], candidates, motion.text)[:, 0]
    return tuple(candidates[int(k)].claim for k in np.argsort(-closeness)[:STRONGEST])


def _weighs(ctx: Context) -> list[int]:
    return [i for i in ctx.arguing() if WEIGH.search(ctx.units[i])]


def rebuttal(answer: str, motion: Motion, side: SideName, point: KeyPoint) -> Judgement:
    """An answer to one opposing point: does it engage that point (not another), with a reason,
    and weigh? The bank's strongest responses are the side's own points nearest to it."""
    theirs = motion.points(other_side(side))
    model = _nearest(point, motion.points(side), motion)
    units = _units(answer)
    if not units:
        return Judgement(0.0, False, missed=("an answer",), model=model, advice="Write a sentence or two.")
    target = next((k for k, p in enumerate(theirs) if p.claim == point.claim), None)
    rows = signals.match(units, theirs if target is not None else (point,), motion.text)
    target = target or 0
    ctx = _context(answer, motion, side)
    topical = ctx.on_topic > 0  # a sentence not about the motion engages none of its points
    closeness = np.where(topical[None, :], rows, 0.0).max(axis=1)
    others = np.delete(closeness, target)
    best_other = float(others.max()) if others.size else 0.0
    engaged = bool(closeness[target] >= signals.match_threshold()
                   and closeness[target] >= best_other - STAND_OUT)
    reasoned = bool(find_links(ctx))
    weighed = bool(_weighs(ctx))
    score = 50.0 * engaged + 30.0 * reasoned * (0.5 + 0.5 * engaged) + 20.0 * weighed * (0.5 + 0.5 * engaged)
    found: list[str] = []
    missed: list[str] = []
    (found if engaged else missed).append("takes on the point set")
    (found if reasoned else missed).append("gives a reason why it fails")
    (found if weighed else missed).append("weighs it against your case")
    if engaged:
        advice = ("Good clash. " if reasoned else "Now say why it fails: add a “because”. ") + (
            "" if weighed else "Finish by saying why it matters less than your case.")
    elif best_other >= signals.match_threshold() and best_other > closeness[target] + STAND_OUT:
        drift = theirs[int(np.argmax(np.where(np.arange(len(closeness)) == target, -1.0, closeness)))]
        advice = (f"This answers {short_quote(drift.claim, 90)} more than the point set. "
                  "Name their point, then answer it.")
    else:
        advice = "Name their point in a few words first, then say why it is wrong or matters less."
    return Judgement(round(score, 1), engaged and reasoned, tuple(found), tuple(missed), model=model,
                     advice=advice.strip())


def case(answer: str, motion: Motion, side: SideName) -> Judgement:
    """Three points for a side: which of the bank's key points they make (by meaning), which strong
    ones are missing (the reader's argument quality ranks them), and good points the bank lacks."""
    points = motion.points(side)
    units = _units(answer)
    if not points or not units:
        return Judgement(0.0, False, missed=("three points",), advice="List three points, one a line.")
    rows = signals.match(units, points, motion.text)
    bar = signals.match_threshold()
    ctx = _context(answer, motion, side)
    made: dict[int, int] = {}
    for i in range(len(units)):
        if ctx.on_topic[i] <= 0:  # a sentence not about the motion makes none of its points
            continue
        k = int(np.argmax(rows[:, i]))
        column = np.delete(rows[:, i], k)
        usual = float(np.median(column)) if column.size else 0.0
        if rows[k, i] >= bar and rows[k, i] >= usual + STAND_OUT and k not in made:
            made[k] = i
    strength = signals.argument_quality([p.text() for p in points], motion.text)
    missed = [k for k in np.argsort(-strength) if int(k) not in made]
    linked = {link.unit for link in find_links(ctx)}
    own = [i for i in range(len(units)) if i not in made.values() and i in linked and ctx.on_topic[i] > 0]
    target = min(CASE_POINTS, len(points))
    score = 100.0 * min(1.0, saturate(len(made), target) + 0.15 * len(own))
    advice = ("You found the core of the case." if len(made) >= target else
              f"Add the point: {points[int(missed[0])].claim}" if missed else "")
    return Judgement(
        round(score, 1), len(made) >= min(2, target),
        found=tuple(points[k].claim for k in sorted(made)),
        missed=tuple(points[int(k)].claim for k in missed[:STRONGEST]),
        extra=tuple(short_quote(units[i], 120) for i in own[:STRONGEST]), advice=advice,
    )


def weighing(answer: str, motion: Motion, side: SideName, ours: KeyPoint, theirs: KeyPoint) -> Judgement:
    """Why our impact matters more than theirs: judged on comparison (scale, likelihood, time frame,
    reversibility) and on naming both impacts, not on restating ours."""
    units = _units(answer)
    if not units:
        return Judgement(0.0, False, missed=("a comparison",),
                         advice="Compare the two impacts in a sentence or two.")
    near = NEAR * signals.match_threshold()
    names_ours = bool(signals.match(units, (ours,), motion.text).max() >= near)
    names_theirs = bool(signals.match(units, (theirs,), motion.text).max() >= near)
    ctx = _context(answer, motion, side)
    compares = _weighs(ctx)
    text = " ".join(units)
    dimensions = [name for name, cue in DIMENSIONS.items() if cue.search(text)] if compares else []
    score = (55.0 * saturate(len(dimensions), 2) + 15.0 * bool(compares)
             + 15.0 * names_ours + 15.0 * names_theirs)
    found = [f"compares on {d}" for d in dimensions]
    if names_ours and names_theirs:
        found.append("sets the two impacts side by side")
    missed = [f"compare on {d}" for d in DIMENSIONS if d not in dimensions][:2]
    advice = ("" if compares else "You restate your impact: say why it is bigger, likelier, sooner or "
              "harder to undo than theirs.") or ("" if names_theirs else "Name their impact, then beat it.")
    return Judgement(round(score, 1), bool(compares) and len(dimensions) >= 1, tuple(found), tuple(missed),
                     advice=advice or "Clear weighing: keep the comparison this explicit in a speech.")
