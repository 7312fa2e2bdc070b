"""Engagement: answering what the other side actually says.

A rebuttal (a cue, or a unit the reader takes as the other side's claim) counts only next to a
sentence that states the opposing case (an opposing key point, or a sentence arguing the other
way) and with an answer that argues the assigned side.
"""

from __future__ import annotations

from bot.motions import SIDE_LABELS, other_side
from bot.scoring.analyses import moves
from bot.scoring.analyses.base import Context, Finding, Tip, praise, saturate
from bot.scoring.analyses.coverage import points_answered
from bot.scoring.analyses.cues import CONTRAST, NEGATION, REBUTTAL
from bot.scoring.analyses.reasoning import find_links
from bot.scoring.analyses.signals import REPORTED

# An exchange raises an opposing point when it sits this close to it (a share of the match bar).
RAISES = 0.85


def exchanges(ctx: Context) -> list[int]:
    """Units that open an answered exchange with the other side."""
    n = len(ctx.units)
    linked = {link.unit for link in find_links(ctx)}
    opposing_view = set()
    if ctx.opp_match.size:
        opposing_view |= {int(i) for i in range(n) if ctx.opp_match[:, i].max() >= ctx.threshold * 0.9}
    opposing_view |= {i for i in range(n) if ctx.side_stance[i] < -0.15 and ctx.on_topic[i] > 0}
    empty = set(ctx.empty_units())  # a sentence of connectives and stock phrases answers nothing
    found: list[int] = []
    for i in range(n):
        if found and i <= found[-1] + 1:
            continue
        # A claim the reader takes as someone else's opens an exchange only if it is the other
        # side's case ("studies confirm that …" reports a claim, but not the opponents').
        cue = REBUTTAL.search(ctx.units[i]) or (ctx.reported[i] >= REPORTED and i in opposing_view)
        if not cue or ctx.on_topic[i] <= 0 or i in empty:
            continue
        window = range(i, min(n, i + 3))
        states = any(j in opposing_view for j in range(max(0, i - 1), min(n, i + 2)))
        states = states or len(ctx.topical(ctx.unit_stems[i])) >= 2
        answered = any(
            ctx.on_topic[j] > 0 and j not in empty
            and (CONTRAST.search(ctx.units[j]) or NEGATION.search(ctx.units[j]))
            and (ctx.side_stance[j] >= 0 or j in linked)
            for j in window
        )
        if states and answered:
            found.append(i)
    return found


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
    found = exchanges(ctx)
    points = ctx.motion.points(other_side(ctx.side))
    answered = [(k, i) for k, i in points_answered(ctx) if i is not None]
    standing = [k for k, i in points_answered(ctx) if i is None]
    score = saturate(len(found), 2)
    if points:
        score = 0.5 * score + 0.5 * saturate(len(answered), min(2, len(points)))
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
