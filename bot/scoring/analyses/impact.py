"""Impact and weighing: saying why it matters and why it matters more than the other side's case."""

from __future__ import annotations

from bot.scoring.analyses.base import GENERIC_STEMS, Context, Finding, plural, praise, saturate, short_quote
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
    if not weighing:
        tip = "Compare: say why your biggest impact outweighs the other side's."
    elif not stakes:
        tip = "Name who is harmed or helped, and how many."
    else:  # it already weighs: ask for the comparison it has not made yet, not for weighing again
        tip = (f"You weigh here: {short_quote(ctx.units[weighing[0]], 80)}. Now set your biggest "
               "impact against the other side's strongest point, by name, in your close.")
    return Finding("impact", score, tuple(sorted(set(stakes + weighing)))[:6], reason, tip,
                   praise=praise("Weighs the stakes", ctx.units, weighing)
                   + praise("Names what is at stake", ctx.units, [i for i in stakes if i not in weighing]),
                   details={"stakes": len(stakes), "weighing": len(weighing)})
