"""Side: does the speech argue the side it was given?

The side is read from the argument as a whole: every unit the speaker argues (not one that
reports, quotes or concedes the other side's claim) pushes for or against the motion, as the
reader judges it, weighted by how much it is about the motion. A stated position ("we should
(not) abolish …", "we on the Opposition reject this") counts as strong evidence, worth several
units, but not as the whole answer: one sentence cannot flip a long speech, and a whole speech
for the other side is caught whether or not it names a side.
"""

from __future__ import annotations

import numpy as np

from bot.motions import SIDE_LABELS
from bot.scoring.analyses import moves
from bot.scoring.analyses.base import Context, Finding, Tip, praise
from bot.scoring.analyses.clash import exchanges
from bot.scoring.analyses.cues import REBUTTAL
from bot.scoring.analyses.signals import REPORTED
from bot.scoring.analyses.statements import declared_side

# The speech's lean (-1 … 1, towards the assigned side) at or below which it argues the other side,
# with or without key points (on a motion without them the reader's stance is already weighed by how
# surely it reads the motion's own wording). Chosen on the even-numbered motions of
# tests/bench/side_recorded.py and the first two sets of tests/bench/side.py, and checked on the 98
# practice speeches of scripts/reader_speeches; at -0.15 more of the human-rated speeches, which argue
# their own side, are flagged.
WRONG_SIDE_LEVEL = -0.175
# A speech that states the other side is taken at its word unless its body argues the side it was
# given at least this clearly. The body's reading rests on which side's key points each unit sits
# nearest, which follows vocabulary: at 0.15 it overrode correctly read statements in 5 of the 26
# declared speeches of tests/bench/side.py (level chosen there and on the dev half of
# tests/bench/side_recorded.py).
BODY_CONFIRMS = 0.5
# A statement only the reader's leaning reads as one (statements.READ_ONLY) gives way to a body that
# argues the given side this clearly.
READ_CONFIRMS = 0.15
# A stated position weighs as much as this many fully argued units.
DECLARED_WEIGHT = 4.0
# How much the reader's stance adds to the key-point votes where a motion has key points.
STANCE_SHARE = 0.5
# A unit's key-point vote is full from this margin over the other side's best point.
POINT_MARGIN = 0.1


def point_votes(ctx: Context) -> np.ndarray:
    """Per unit, -1 … 1: whose key point it makes, the assigned side's (+) or the other's (-).

    Each unit votes for the side of the key point it sits closest to among both sides' points,
    in proportion to the margin over the best point of the other side (full at POINT_MARGIN),
    once by the points' claims and once by the points read in full.
    A unit that raises the other side's point in order to answer it is engagement, not a vote:
    units the reader reads as reported or conceded, that open with a rebuttal, or that state
    and answer the other side's case (clash.py) are left out.
    """
    if not ctx.own_match.size or not ctx.opp_match.size:
        return np.zeros(len(ctx.units), dtype=np.float32)
    by_claim = ctx.own_match.max(axis=0) - ctx.opp_match.max(axis=0)
    by_case = ctx.own_case.max(axis=0) - ctx.opp_case.max(axis=0)
    votes = 0.5 * (np.clip(by_claim / POINT_MARGIN, -1.0, 1.0) + np.clip(by_case / POINT_MARGIN, -1.0, 1.0))
    # A question asserts nothing: whether it raises an objection or leads to an answer, the
    # sentences around it say which side the speaker takes.
    rebutting = (np.asarray([bool(REBUTTAL.search(u)) or u.rstrip().endswith("?") for u in ctx.units])
                 | (ctx.reported >= REPORTED))
    votes[rebutting] = 0.0
    # An answer sits near the point it answers: it engages that point, it does not make it.
    for statement, answer in exchanges(ctx):
        votes[statement: answer + 1] = 0.0
    return votes.astype(np.float32)


def lean(ctx: Context) -> tuple[float, float, int | None, np.ndarray]:
    """How far the speech leans to its assigned side (-1 … 1), the same from its body alone (what
    it argues, without its side statement), where it states its side, and each unit's key-point
    vote."""
    sign = 1.0 if ctx.side == "prop" else -1.0
    declared, where = declared_side(ctx)
    weight = ctx.on_topic * (1.0 - ctx.reported)
    if where is not None:
        weight[where] = 0.0  # counted once, as the statement
    votes = point_votes(ctx)
    # With key points on both sides, which side's points the speech makes is the surer reading
    # of a motion; the reader's stance, anchored on those points, adds to it.
    per_unit = STANCE_SHARE * ctx.side_stance + votes if ctx.opp_match.size else ctx.side_stance
    total = float(weight.sum())
    body = float(weight @ per_unit) / max(1e-6, total)
    evidence = float(weight @ per_unit) + DECLARED_WEIGHT * declared * sign
    overall = evidence / (total + DECLARED_WEIGHT * abs(declared) or 1.0)
    return float(np.clip(overall, -1.0, 1.0)), body, where, votes


def side(ctx: Context) -> Finding:
    """Does the speech argue the assigned side? Every argued unit, a stated side and key points."""
    label = SIDE_LABELS[ctx.side]
    if not ctx.units:
        return Finding("side", 0.0, (), "There is no speech to read.", "Send the text of your speech.")
    sign = 1.0 if ctx.side == "prop" else -1.0
    declared, _ = declared_side(ctx)
    leaning, body, where, votes = lean(ctx)
    # A speech that states the other side is taken at its word unless its body clearly argues
    # the side it was given.
    disowned = declared * sign < 0 and body < (BODY_CONFIRMS if abs(declared) >= 1 else READ_CONFIRMS)
    # The same holds the other way: a speech that plainly states its own side argues it unless its
    # body clearly argues the other one (one more sentence near the line cannot tip it).
    owned = declared * sign >= 1 and body > -BODY_CONFIRMS
    wrong = disowned or (leaning <= WRONG_SIDE_LEVEL and not owned)
    score = 0.0 if wrong else min(1.0, max(0.0, 0.6 + 1.2 * leaning))
    stating = "support" if ctx.side == "prop" else "oppose"
    reason_if: tuple[tuple[str, str], ...] = ()
    # Where the reader cannot place the motion's own key points, an unstated side is judged only by
    # which side's points the speech sits nearer in subject: the card says so, and how to settle it.
    by_subject = wrong and not declared and bool(ctx.opp_match.size) and not np.any(ctx.stance)
    if by_subject:
        other = SIDE_LABELS["opp" if ctx.side == "prop" else "prop"]
        reason = (f"The speech never states its side, and its arguments sit nearer the {other}'s key "
                  f"points than the {label}'s.")
        tips: tuple[Tip, ...] = (Tip(
            f"If you meant to argue the {label}'s case, open by saying plainly that you {stating} the "
            f"motion and tie each argument to it; if not, swap your arguments for the {label}'s case."),)
    elif wrong:
        reason = f"The speech argues against the {label}'s case."
        direction = "for" if ctx.side == "prop" else "against"
        tips = (Tip(f"You are {label}: argue {direction} the motion."),)
    elif declared * sign > 0:
        reason = f"States the {label}'s position clearly."
        tips = (Tip("Keep every argument pointing back to that position.", generic=True),)
    else:
        reason = f"Argues for the {label}, but never states the side outright."
        reason_if = ((moves.SIDE_STATEMENT, f"Argues for the {label} and says so."),)
        tips = (Tip(f"Open by saying plainly that you {stating} the motion.", lacks=(moves.SIDE_STATEMENT,)),
                Tip("Keep every argument pointing back to your side.", generic=True))
    own = where is not None and declared * sign > 0 and not wrong
    stated = praise("States the side", ctx.units, [where] if own and where is not None else [],
                    move=moves.SIDE_STATEMENT)
    used = (where,) if where is not None else ()
    return Finding("side", score, used, reason, "", tips=tips, reason_if=reason_if, praise=stated,
                   shows={moves.SIDE_STATEMENT: used} if own else {}, details={
        "wrong_side": wrong, "by_subject": by_subject, "declared": declared, "stance": round(body, 3),
        "lean": round(leaning, 3),
        "own_units": int((votes >= 0.5).sum()), "opposing_units": int((votes <= -0.5).sum()),
    })
