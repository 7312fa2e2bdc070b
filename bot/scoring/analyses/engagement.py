"""Engagement: answering what the other side actually says (the exchanges found by clash.py),
and the opposing key points those answers take on."""

from __future__ import annotations

from bot.motions import SIDE_LABELS, other_side
from bot.scoring.analyses import moves
from bot.scoring.analyses.base import Context, Finding, Tip, praise, saturate
from bot.scoring.analyses.clash import RAISES, exchanges, points_answered

# What each further exchange is worth, relative to the one before: the first earns 0.35, three
# 0.73. At 0.5 (0.5, 0.75, …) one generic "they will say X. It does not, because …" added to a speech
# that answered nobody moved its total by 7 to 10 points.
ANSWER_DECAY = 0.65


def _shows(ctx: Context, found: list[int], answered: list[tuple[int, int]]) -> dict[str, tuple[int, ...]]:
    """The answers the speech gives: its exchanges, and each opposing point answered, either as
    coverage reads it or by an exchange that raises that point (closest to it, near the bar)."""
    shows: dict[str, set[int]] = {moves.REBUTTAL: {*found, *(i for _, i in answered)}}
    for k, i in answered:
        shows.setdefault(moves.answered(k), set()).add(i)
    if ctx.opp_match.size:
        for i in found:
            for j in range(i, min(len(ctx.units), i + 2)):
                k = int(ctx.opp_match[:, j].argmax())
                if ctx.opp_match[k, j] >= ctx.threshold * RAISES:
                    shows.setdefault(moves.answered(k), set()).add(i)
    shows[moves.KEY_POINT] = {i for move, units in shows.items() if move.startswith("answered:")
                              for i in units}
    return {move: tuple(sorted(units)) for move, units in shows.items()}


def engagement(ctx: Context) -> Finding:
    """Answered exchanges with the other side, and opposing key points answered."""
    other = SIDE_LABELS[other_side(ctx.side)]
    if not ctx.units:
        return Finding("engagement", 0.0, (), "No speech to judge.", f"Answer what the {other} would say.")
    found = [i for i, _ in exchanges(ctx)]
    points = ctx.motion.points(other_side(ctx.side))
    answered = [(k, i) for k, i in points_answered(ctx) if i is not None]
    standing = [k for k, i in points_answered(ctx) if i is None]
    # Each further answer is worth less than the one before (0.35, 0.58, 0.73 …): the first exchange
    # with the other side shows the skill, more of them add less, and one conceded-and-answered
    # point added to a speech cannot swing its total. Answered key points count up to three.
    score = 1.0 - ANSWER_DECAY ** len(found)
    if points:
        score = 0.5 * score + 0.5 * saturate(len(answered), min(3, len(points)))
    reason = f"Answers the {other} {len(found)} time{'s' if len(found) != 1 else ''}."
    if points:
        reason += f" Answers {len(answered)} of their {len(points)} key points."
    tips = (*(Tip(f"Answer the {other}'s point: {points[k].claim}", lacks=(moves.answered(k),))
              for k in standing),
            Tip(f"Say what the {other} will argue, then show why it is wrong or matters less.",
                lacks=(moves.REBUTTAL,)),
            Tip(f"Take on the {other}'s strongest argument, not just a side issue.", generic=True))
    cited = [*found, *(i for _, i in answered)]
    return Finding("engagement", score, tuple(found), reason, "", tips=tips,
                   shows=_shows(ctx, found, answered),
                   praise=praise(f"Engages the {other}", ctx.units, cited, move=moves.REBUTTAL),
                   details={"exchanges": len(found), "answered": [k for k, _ in answered],
                            "standing": standing})
