"""The consistency pass: a card never asks for what the speech, as the card reads it, already does.

Every analysis names the moves it saw the speech make (`Finding.shows`: a side statement, a
roadmap, weighing, an answer to an opposing point, …). This pass pools them, adds the sentences
that only frame the debate (the info slide or a definition restated, or a term being defined),
and then, for every finding:

* keeps the first candidate tip whose premise holds: no move it `lacks` is shown anywhere, and
  no sentence it quotes already is a move it must not be;
* keeps a praise only when its sentence makes the praised move, says something beyond
  connectives and stock phrases, and is not framing praised for substance (weighing, stakes,
  evidence, reasons, points, answers);
* swaps the reason for its `reason_if` alternative when a move that reason calls missing is shown.

It is one mechanism for every tip: an analysis states its advice's premise, never a special case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from bot.scoring.analyses.base import Context, Finding, Praise, Tip
from bot.scoring.analyses.moves import EMPTY, FRAMING, SUBSTANCE
from bot.scoring.speech import content_words

FRAMING_SHARE = 0.7  # share of a sentence's words found in the info slide or a definition
_DEFINES = re.compile(
    r"^\W*(?:(?:first,? )?(?:let me|let us|let's|i will|i'll|we will|we'll) define\b|we define\b"
    r"|by [\w\s'-]{2,40}?,? (?:we|i) mean\b|for the purposes? of (?:this|today's) debate\b"
    r"|(?:the )?(?:info(?:rmation)? slide|definition) (?:says|tells|reads|states)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Moves:
    """Where the speech makes each move, pooled from every analysis."""

    where: Mapping[str, frozenset[int]]

    def shown(self, move: str) -> bool:
        """Whether the speech makes `move` anywhere."""
        return bool(self.where.get(move))

    def makes(self, unit: int, move: str) -> bool:
        """Whether sentence `unit` makes `move`."""
        return unit in self.where.get(move, frozenset())


def framing(ctx: Context) -> set[int]:
    """Sentences that frame the debate instead of arguing it: the info slide or a definition
    restated, or a term being defined."""
    sources = [set(content_words(text)) for text in (ctx.motion.info_slide, *ctx.motion.definitions.values())
               if text]
    found = set()
    for i, unit in enumerate(ctx.units):
        said = set(content_words(unit))
        copies = len(said) >= 4 and any(len(said & source) >= FRAMING_SHARE * len(said) for source in sources)
        if copies or _DEFINES.search(unit):
            found.add(i)
    return found


def pool(ctx: Context, findings: Mapping[str, Finding]) -> Moves:
    """Every move any analysis saw, with the framing sentences."""
    where: dict[str, set[int]] = {FRAMING: framing(ctx), EMPTY: set(ctx.empty_units())}
    for finding in findings.values():
        for move, units in finding.shows.items():
            where.setdefault(move, set()).update(units)
    return Moves({move: frozenset(units) for move, units in where.items()})


def holds(tip: Tip, moves: Moves) -> bool:
    """Whether the tip's premise survives the speech: nothing it asks for is already there."""
    if any(moves.shown(move) for move in tip.lacks):
        return False
    return not any(moves.makes(unit, move) for unit in tip.quotes for move in tip.quoted_not)


def deserved(praise: Praise, moves: Moves) -> bool:
    """Whether a praised sentence does what the praise says it does: it makes the move, says
    something beyond connectives and stock phrases, and is not framing praised for substance."""
    if praise.move and not moves.makes(praise.unit, praise.move):
        return False
    if moves.makes(praise.unit, EMPTY):
        return False
    return not (praise.move in SUBSTANCE and moves.makes(praise.unit, FRAMING))


def reconcile(finding: Finding, moves: Moves) -> Finding:
    """The finding with only the tips, praise and reason that the speech does not contradict."""
    tips = tuple(t for t in finding.tips if holds(t, moves))
    kept = tuple(p for p in finding.praise if deserved(p, moves))
    reason = next((alt for move, alt in finding.reason_if if moves.shown(move)), finding.reason)
    strength = kept[0].text if kept else ""
    return replace(finding, tips=tips, tip=tips[0].text if tips else "", praise=kept,
                   strength=strength if finding.praise else finding.strength, reason=reason)


def check(ctx: Context, findings: Mapping[str, Finding]) -> dict[str, Finding]:
    """Every finding reconciled with the moves the whole speech makes."""
    moves = pool(ctx, findings)
    return {name: reconcile(finding, moves) for name, finding in findings.items()}
