"""Clash: where a speech puts the other side's case, and where it answers it.

An exchange is a unit that puts the other side's case as theirs (it names them saying it, or the
reader hears a claim that is not the speaker's own and that sits nearer their key points than
ours), followed by an answer: the next unit with something in it that does not lean their way, or,
within two units, one that turns against the claim (a contrast or a negation), gives a reason or
argues the speaker's side. A sentence that concedes and answers at once ("we accept that …,
but …") is an exchange on its own. Citing support ("studies show …") is the speaker's evidence,
never the other side's case.
"""

from __future__ import annotations

import numpy as np

from bot.scoring.analyses.base import EMPTY_STEMS, Context
from bot.scoring.analyses.cues import CONTRAST, NEGATION, REBUTTAL, SIGNPOST, SOURCE, THEY_CONCEDE
from bot.scoring.analyses.reasoning import find_links
from bot.scoring.analyses.signals import REPORTED
from bot.scoring.analyses.statements import side_statements

# How far after a statement of their case the answer may come (units).
REPLY_REACH = 2
# A reply has to lean no further than this towards the other side (the reader often hears an answer
# lean their way: it speaks of their point). On the recorded speeches' even-numbered motions, where
# experienced debaters answer what they raise, -0.3 and -0.5 answer the same share (0.74).
REPLY_LEANING = -0.5
# A reply with no cue and no reason answers only when it argues the speaker's side this clearly.
REPLY_ARGUES = 0.3
# A reply sits this much nearer the speaker's key points than the other side's to argue for them.
OURS_MARGIN = 0.03
# Without key points, a claim the reader hears leaning this far against the side is theirs.
AGAINST = -0.15
# A unit states an opposing point when it sits this close to it (a share of the match bar);
# a short statement of their case, when it sits clearly nearest one of their points.
RAISES = 0.85
NEAREST_FLOOR = 0.12
NEAREST_MARGIN = 0.04
# A point stated without a cue is answered by a unit this close after it.
ANSWER_WINDOW = 2


def nearer_theirs(ctx: Context, i: int) -> bool:
    """Does unit i sit at least as close to the other side's key points as to the speaker's own
    (or, on a motion without key points, does the reader hear it argue against the side)?"""
    if not ctx.opp_match.size or not ctx.own_match.size:
        return float(ctx.side_stance[i]) <= AGAINST
    return float(ctx.opp_match[:, i].max()) >= float(ctx.own_match[:, i].max())


def argues_ours(ctx: Context, j: int) -> bool:
    """Does unit j argue the speaker's side: the reader hears it so, or it sits clearly nearer
    the speaker's key points than the other side's?"""
    if ctx.side_stance[j] >= REPLY_ARGUES:
        return True
    return bool(ctx.own_match.size and ctx.opp_match.size
                and ctx.own_match[:, j].max() >= ctx.opp_match[:, j].max() + OURS_MARGIN)


def puts_their_case(ctx: Context, i: int) -> bool:
    """Does unit i put the other side's case, as theirs?"""
    unit = ctx.units[i]
    if ctx.substance(i) < 1 or THEY_CONCEDE.search(unit):
        return False  # nothing of theirs to answer, or ground they have given the speaker
    # A case put as theirs in so many words may name the subject in other words than the motion's
    # ("the plants" for "power stations"): the answer that follows it shows it is on the motion.
    following = i + 1 < len(ctx.units) and ctx.on_topic[i + 1] > 0
    if REBUTTAL.search(unit) and (ctx.on_topic[i] > 0 or following):
        return True
    return ((ctx.on_topic[i] > 0 or following) and ctx.reported[i] >= REPORTED and not SOURCE.search(unit)
            and nearer_theirs(ctx, i))


def _turns(unit: str, within: bool) -> bool:
    """A contrast or negation; `within`: a contrast that follows a statement of the other side's
    case in the same sentence ("they say X, but Y"), not one that comes before it."""
    if within:
        cue = REBUTTAL.search(unit)
        after = cue.end() if cue else 12
        return CONTRAST.search(unit, after) is not None
    return bool(CONTRAST.search(unit) or NEGATION.search(unit))


def answer_to(ctx: Context, i: int, reasoned: set[int]) -> int | None:
    """The unit that answers the case put in unit i, if one does."""
    if _turns(ctx.units[i], within=True) and ctx.side_stance[i] >= REPLY_LEANING:
        return i
    for j in range(i + 1, min(len(ctx.units), i + REPLY_REACH + 1)):
        if SIGNPOST.search(ctx.units[j]):
            return None  # a new argument starts: the case was left standing
        if puts_their_case(ctx, j) and not _turns(ctx.units[j], within=False):
            return None  # another statement of their case comes first
        # The reader may hear a reply that turns against their claim ("the evidence points the other
        # way") as a report; one that names them saying something is theirs.
        theirs = ctx.reported[j] >= REPORTED and (bool(REBUTTAL.search(ctx.units[j]))
                                                  or not _turns(ctx.units[j], within=False))
        if ctx.on_topic[j] <= 0 or ctx.substance(j) < EMPTY_STEMS or theirs:
            continue
        leaning = float(ctx.side_stance[j])
        # The sentence straight after a statement of their case, saying something of its own and
        # not leaning their way, is the reply; further on it needs a turn, a reason or our side.
        if j == i + 1 and leaning >= REPLY_LEANING:
            return j
        if (_turns(ctx.units[j], within=False) or (j in reasoned and leaning >= REPLY_LEANING)
                or argues_ours(ctx, j)):
            return j
    return None


def exchanges(ctx: Context) -> list[tuple[int, int]]:
    """(statement, answer) for each answered statement of the other side's case, in order."""
    if "exchanges" not in ctx.memo:
        reasoned = {link.unit for link in find_links(ctx)}
        stating = {i for _, i in side_statements(ctx)}
        found: list[tuple[int, int]] = []
        for i in range(len(ctx.units)):
            if found and i <= found[-1][1]:
                continue  # inside the last exchange
            if i in stating or not puts_their_case(ctx, i):  # the speaker's own side is not their case
                continue
            answer = answer_to(ctx, i, reasoned)
            if answer is not None:
                found.append((i, answer))
        ctx.memo["exchanges"] = found
    return list(ctx.memo["exchanges"])


def raised_point(ctx: Context, i: int, answer: int) -> int | None:
    """The opposing key point an exchange takes on: the one its statement sits close to, or,
    for a short statement, the one it sits clearly nearest; else the one its answer sits close to."""
    if not ctx.opp_match.size:
        return None
    column = ctx.opp_match[:, i]
    order = column.argsort()[::-1]
    best = int(order[0])
    if column[best] >= ctx.threshold * RAISES:
        return best
    second = float(column[order[1]]) if len(order) > 1 else 0.0
    if column[best] >= NEAREST_FLOOR and column[best] - second >= NEAREST_MARGIN:
        return best
    if answer != i and ctx.opp_match[:, answer].max() >= ctx.threshold:
        return int(ctx.opp_match[:, answer].argmax())
    return None


def points_answered(ctx: Context) -> list[tuple[int, int | None]]:
    """For each opposing key point, the unit that answers it (or None): the statement of an
    exchange that takes the point on, or a unit that states the point and is answered next to it.
    Worked out once per speech (the card and engagement both ask)."""
    if "answered" in ctx.memo:
        return list(ctx.memo["answered"])
    answered: dict[int, int] = {}
    for i, answer in exchanges(ctx):
        k = raised_point(ctx, i, answer)
        if k is not None and k not in answered:
            answered[k] = i
    taken = set(answered.values())
    for k, stated in _stated_and_answered(ctx):
        if stated is not None and k not in answered and stated not in taken:
            answered[k] = stated
            taken.add(stated)
    ctx.memo["answered"] = [(k, answered.get(k)) for k in range(ctx.opp_match.shape[0])]
    return list(ctx.memo["answered"])


def _stated_and_answered(ctx: Context) -> list[tuple[int, int | None]]:
    """For each opposing key point, a unit that states it closely, with a cue that it is theirs
    or a turn against it, next to a unit that argues the assigned side or gives a reason."""
    out: list[tuple[int, int | None]] = []
    n = len(ctx.units)
    reasoned = {link.unit for link in find_links(ctx)}
    empty = set(ctx.empty_units())
    used = {i for _, i in side_statements(ctx)}  # the speaker's own side statement states no claim of theirs
    for k in range(ctx.opp_match.shape[0]):
        row = ctx.opp_match[k]
        answer: int | None = None
        for i in np.argsort(-row)[:3]:
            if row[i] < ctx.threshold:
                break
            window = range(max(0, int(i) - 1), min(n, int(i) + ANSWER_WINDOW + 1))
            if int(i) in used or int(np.argmax(ctx.opp_match[:, i])) != k:
                continue  # one sentence states one point: the one it is closest to
            if ctx.reported[i] < REPORTED and ctx.own_match.size and ctx.own_match[:, i].max() > row[i]:
                continue  # closer to one of the speaker's own points: it argues, it does not state theirs
            after = int(i) + 1
            cued = (ctx.reported[i] >= REPORTED or bool(REBUTTAL.search(ctx.units[i]))
                    or bool(CONTRAST.search(ctx.units[i]))
                    or (after < n and after not in empty and bool(CONTRAST.match(ctx.units[after]))))
            reply = [j for j in window if j != i and ctx.on_topic[j] > 0 and j not in empty
                     and (ctx.side_stance[j] >= 0 or j in reasoned)]
            # A reply that turns straight against the claim ("Yet the newspaper does the checking.")
            # answers it as surely as one with a reason word.
            turned = after < n and bool(CONTRAST.match(ctx.units[after])) and any(j > i for j in reply)
            if cued and reply and (ctx.side_stance[i] > 0.2 or turned or any(j in reasoned for j in reply)):
                answer = int(i)
                used.add(answer)
                break
        out.append((k, answer))
    return out
