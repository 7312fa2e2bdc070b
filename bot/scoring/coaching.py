"""A coach's priority: one thing to fix first, at most two next steps, and the strongest moment.

Every criterion keeps its own reason; the card leads with the advice that would raise the total
most. An analysis's gap is worth the criterion's weight, times its share of that criterion, times
what it has left to earn (1 − its score); the same analysis in several criteria adds up. Advice
that fits any speech never leads. A flag that makes the usual advice beside the point (another
subject, the wrong side, unreadable text) is the only fix; a speech under half the target length
is fixed first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.rubric import Rubric
from bot.scoring.analyses.base import Finding
from bot.scoring.analyses.moves import SUBSTANCE
from bot.scoring.card import Advice, CriterionScore
from bot.scoring.feedback import flag_step, usable
from bot.scoring.flags import FLAG_PRIORITY, NOTHING_TO_READ

MAX_NEXT = 2
# Flags after which only their own advice is worth giving.
ONLY_FIX = (*NOTHING_TO_READ, "wrong_side")
_QUOTED = re.compile(r"“([^”]+)”")
MIN_GAIN = 0.01  # a gap worth less than this of the total is not worth a step
KEEP_BAND = 3  # a criterion below this band has no moment worth holding up


def ranked_steps(marking: Rubric, findings: Mapping[str, Finding]) -> list[Advice]:
    """Every analysis's best specific tip, most valuable first, named by the criterion it most affects."""
    gains: dict[str, float] = {}
    owner: dict[str, tuple[float, str]] = {}
    for criterion in marking.criteria:
        for finding, share in usable(criterion, findings):
            gain = criterion.weight * share * (1.0 - finding.score)
            gains[finding.id] = gains.get(finding.id, 0.0) + gain
            if gain > owner.get(finding.id, (-1.0, ""))[0]:
                owner[finding.id] = (gain, criterion.name)
    steps: list[Advice] = []
    for name in sorted(gains, key=lambda n: -gains[n]):
        tip = next((t for t in findings[name].tips if not t.generic), None)
        if tip is None or gains[name] < MIN_GAIN or any(s.text == tip.text for s in steps):
            continue
        steps.append(Advice(owner[name][1], tip.text))
    return steps


def _quote(text: str) -> str:
    found = _QUOTED.search(text)
    return found.group(1) if found else ""


def strongest(criteria: list[CriterionScore], moves: Mapping[str, str], no_strength: str,
              steps: tuple[Advice, ...] = ()) -> Advice | None:
    """The moment to keep: the quoted strength of the best criterion at band 3 or above, an
    argument, a fact, a reason or an answer before a side statement or a signpost, and either
    before a sentence praised only for being clear (that needs band 4). `moves` gives the move
    each criterion's strength quotes. A sentence one of `steps` asks to change is not kept."""
    changed = {_quote(s.text) for s in steps} - {""}

    def tier(c: CriterionScore) -> int:
        move = moves.get(c.name, "")
        return 0 if move in SUBSTANCE else 1 if move else 2

    quoted = [c for c in criteria if c.strength.strip() and c.strength != no_strength
              and c.band >= (4 if tier(c) == 2 else KEEP_BAND) and _quote(c.strength) not in changed]
    best = min(quoted, key=lambda c: (tier(c), -c.band, -c.points), default=None)
    return Advice(best.name, best.strength) if best else None


def priorities(
    marking: Rubric, findings: Mapping[str, Finding], flags: tuple[str, ...], length: str, short: bool,
) -> tuple[Advice | None, tuple[Advice, ...]]:
    """(fix first, next steps) for a card. `length` is the card's length note, `short` whether the
    speech is under half its target length."""
    flag = next((f for f in FLAG_PRIORITY if f in flags), None)
    if flag in ONLY_FIX:
        return Advice("", flag_step(flag, findings)), ()
    steps = ranked_steps(marking, findings)
    if flag is not None:
        steps.insert(0, Advice("", flag_step(flag, findings)))
    if length and short and flag is None:
        steps.insert(0, Advice("", length))
    chosen = steps[: 1 + MAX_NEXT]
    if length and not short:  # far over the target: noted, after what matters more
        chosen = [*chosen[:MAX_NEXT], Advice("", length)]
    if not chosen:
        return None, ()
    return chosen[0], tuple(chosen[1:])
