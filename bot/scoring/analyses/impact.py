"""Impact and weighing: saying why it matters and why it matters more than the other side's case."""

from __future__ import annotations

from bot.scoring.analyses import moves
from bot.scoring.analyses.base import (
    GENERIC_STEMS,
    Context,
    Finding,
    Tip,
    plural,
    praise,
    saturate,
    short_quote,
)
from bot.scoring.analyses.cues import IMPACT, WEIGH


def _subject(ctx: Context, i: int) -> int:
    """Topical stems in unit i, counted only if the unit adds something beyond the motion."""
    if not ctx.beyond_motion(ctx.unit_stems[i]):
        return 0
    return len({s for s in ctx.unit_stems[i] if s not in GENERIC_STEMS} & ctx.topic_stems)


def impact(ctx: Context) -> Finding:
    """Topical units naming stakes, and topical units comparing them."""
    topical = ctx.arguing()
    if not topical:
        return Finding("impact", 0.0, (), "No argument about the motion to weigh.",
                       "Say who is affected by the motion and how much.")
    stakes = [i for i in topical if IMPACT.search(ctx.units[i]) and _subject(ctx, i) >= 2]
    weighing = [i for i in topical if WEIGH.search(ctx.units[i]) and _subject(ctx, i) >= 2]
    score = 0.45 * saturate(len(set(stakes)), 3) + 0.55 * saturate(len(set(weighing)), 2)
    reason = f"Names the stakes in {plural(len(stakes), 'sentence')} and weighs them in {len(weighing)}."
    # Any comparison on the subject is weighing the debater has done, even one too thin to score.
    compares = [i for i in topical if WEIGH.search(ctx.units[i])]
    tips = []
    if not weighing:
        tips.append(Tip("Compare: say why your biggest impact outweighs the other side's.",
                        lacks=(moves.WEIGHING,)))
    if not stakes:
        tips.append(Tip("Name who is harmed or helped, and how many.", lacks=(moves.STAKES,)))
    if compares:  # it already weighs: ask for the comparison it has not made yet, not for weighing
        weighs = short_quote(ctx.units[(weighing or compares)[0]], 80)
        tips.append(Tip(f"You weigh here: {weighs}. Now set your biggest impact against the other side's "
                        "strongest point, by name, in your close."))
    return Finding("impact", score, tuple(sorted(set(stakes + weighing)))[:6], reason, "", tips=tuple(tips),
                   shows={moves.WEIGHING: tuple(compares),
                          moves.STAKES: tuple(i for i in topical if IMPACT.search(ctx.units[i]))},
                   praise=praise("Weighs the stakes", ctx.units, weighing, move=moves.WEIGHING)
                   + praise("Names what is at stake", ctx.units, [i for i in stakes if i not in weighing],
                            move=moves.STAKES),
                   details={"stakes": len(stakes), "weighing": len(weighing)})
