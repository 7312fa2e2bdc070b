"""Evidence: specific facts, figures, named cases and sources, tied to the speech's subject.

"Studies show" on its own earns little; a number, a named place, person, law or case that sits
in a sentence about the motion earns the credit.
"""

from __future__ import annotations

from itertools import accumulate

from bot.scoring.analyses import moves
from bot.scoring.analyses.base import Context, Finding, Tip, plural, praise, saturate, short_quote
from bot.scoring.analyses.cues import (
    CARRY,
    EXAMPLE,
    NUMBER,
    OPPOSE,
    REBUTTAL,
    SIGNPOST,
    SOURCE,
    SUPPORT,
    WEIGH,
)
from bot.scoring.analyses.facts import specifics, weight
from bot.scoring.analyses.reasoning import find_links
from bot.scoring.analyses.statements import declared_side
from bot.scoring.speech import content_words

UNTIED = 0.4


def unit_evidence(ctx: Context, i: int) -> float:
    """How much support unit i offers: 1 for specific facts, 0.5 for an example or a vague source."""
    unit = ctx.units[i]
    facts = specifics(unit, ctx.motion_stems | ctx.motion_words)
    if len(ctx.beyond_motion(ctx.unit_stems[i])) < 2:
        return 0.0
    if facts:
        return 1.0
    example = EXAMPLE.search(unit)
    if example and len(content_words(unit[example.end():])) >= 2:
        return 0.5
    return 0.15 if SOURCE.search(unit) else 0.0


def explained(ctx: Context, reasoned: set[int]) -> set[int]:
    """Units whose point is spelt out: next to a reason, or followed by "This means …", "So …"."""
    n = len(ctx.units)
    follows = {i for i in range(n - 1) if ctx.on_topic[i + 1] > 0 and CARRY.match(ctx.units[i + 1])}
    return reasoned | follows


def unsupported_claims(ctx: Context) -> list[int]:
    """Reasoned claims with no fact, example or source near them, within the same argument."""
    n = len(ctx.units)
    # Arguments start at signposts: support for the first argument does not back the second.
    argument = list(accumulate(bool(SIGNPOST.match(u)) for u in ctx.units))
    # The speech's thesis (its opening line or stated side) is backed by the arguments, not a fact.
    _, thesis = declared_side(ctx)
    arguing = {i for i in ctx.arguing() if i not in (0, thesis)
               and not (OPPOSE.search(ctx.units[i]) or SUPPORT.search(ctx.units[i]))}
    claims = sorted({link.unit for link in find_links(ctx)} & arguing)
    return [i for i in claims if not any(
        unit_evidence(ctx, j) > 0 for j in range(max(0, i - 2), min(n, i + 3)) if argument[j] == argument[i])]


def _telling(ctx: Context, backed: list[int]) -> list[int]:
    """Backed units worth quoting as evidence, the most telling (figures, full names) first."""
    known = ctx.motion_stems | ctx.motion_words
    ranked = sorted(backed, key=lambda i: -weight(ctx.units[i], known))
    return [i for i in ranked if weight(ctx.units[i], known) >= 1.0] or ranked[:1]


def evidence(ctx: Context) -> Finding:
    """Share of topical units backed by specifics, plus how many distinct specifics are used."""
    topical = ctx.arguing()
    if not topical:
        return Finding("evidence", 0.0, (), "No argument about the motion to support.",
                       "Back a claim about the motion with a fact, a figure or a named example.")
    # Support counts in full next to a reasoned claim; a fact dropped in on its own counts less.
    reasoned = {j for link in find_links(ctx) for j in (link.unit - 1, link.unit, link.unit + 1)}
    values = {i: unit_evidence(ctx, i) * (1.0 if i in reasoned else UNTIED) for i in topical}
    backed = [i for i in topical if unit_evidence(ctx, i) >= 1.0]
    known = ctx.motion_stems | ctx.motion_words
    distinct = {s.lower() for i in backed for s in specifics(ctx.units[i], known)}
    share = sum(values.values()) / len(topical)
    score = 0.6 * saturate(share, 0.3) + 0.4 * saturate(len(distinct), 5)
    reason = (f"{plural(len(backed), 'sentence')} with specific facts or examples"
              f" ({len(distinct)} distinct).")
    # Weighing, answers and the close are not where a vague source needs pinning down.
    vague = [i for i in topical if 0 < unit_evidence(ctx, i) < 1.0
             and not (WEIGH.search(ctx.units[i]) or REBUTTAL.search(ctx.units[i]))]
    untied = [i for i in backed if i not in explained(ctx, reasoned)]
    bare = unsupported_claims(ctx)
    supported = [i for i in range(len(ctx.units))
                 if unit_evidence(ctx, i) >= 0.5 or NUMBER.search(ctx.units[i])]
    tips = (
        *(Tip(f"Say what this proves and why it matters for your claim: {short_quote(ctx.units[i])}",
              quotes=(i,), quoted_not=(moves.REASONS,)) for i in untied[:2]),
        *(Tip(f"Back this claim too, with a fact, a figure or a named case: {short_quote(ctx.units[i])}",
              quotes=(i,), quoted_not=(moves.EVIDENCE, *moves.SETUP)) for i in (bare[:3] if backed else [])),
        *(Tip(f"Make this specific (who, where, how many): {short_quote(ctx.units[i])}", quotes=(i,),
              quoted_not=(moves.EVIDENCE, *moves.SETUP)) for i in vague[:3]),
        Tip("Support your main claim with a real case, a figure or a named source.", lacks=(moves.EVIDENCE,)),
        Tip("Keep doing this: your facts are specific and you say what each one shows.", generic=True),
    )
    return Finding("evidence", score, tuple(backed[:5]), reason, "", tips=tips,
                   shows={moves.EVIDENCE: tuple(supported)},
                   praise=praise("Specific support", ctx.units, _telling(ctx, backed), move=moves.EVIDENCE),
                   details={"backed_units": len(backed), "distinct_specifics": len(distinct)})
