"""Craft checks on a loaded bank, run by `debate-bot motions check` (never when the bot loads).

A problem fails the check; a warning is printed for a curator to judge. The file-format checks
that stop the bank loading at all are in bot/bank_check.py; the checks that read meaning (one
debate twice, a one-sided info slide) are in bot/bank_meaning.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.bank import AREAS, SIDES, Bank, Motion
from bot.bank_check import ACTOR_OPENING, DIFFICULTIES, MOTION_TYPES, RESOLVED, Problem

AREA_MIN_MOTIONS = 6
# One side has evidence on this many more points than the other (or on some, the other on none).
EVIDENCE_GAP = 3
_DIRECTIVE = re.compile(r"\b(?:should|ought to|must)\b", re.I)


@dataclass
class Review:
    """What the craft checks found: problems fail `motions check`, warnings do not."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def uncited_evidence(bank: Bank) -> list[Problem]:
    """Evidence items written as plain text, with no source and year."""
    found = []
    for motion in bank.motions:
        for side in SIDES:
            for n, point in enumerate(motion.points(side)):
                if point.evidence and point.citation is None:
                    found.append(Problem(bank.file_of(motion), motion.id, f"sides.{side}[{n}].evidence",
                                         "evidence without a citation (give source and year)"))
    return found


def area_problems(bank: Bank) -> list[Problem]:
    """Motions with no area, or one outside the fixed list."""
    found = []
    for motion in bank.motions:
        if not motion.area:
            found.append(Problem(bank.file_of(motion), motion.id, "area",
                                 f"missing: one of {', '.join(AREAS)}"))
        elif motion.area not in AREAS:
            found.append(Problem(bank.file_of(motion), motion.id, "area",
                                 f"'{motion.area}' is not one of {', '.join(AREAS)}"))
    return found


def wording_types(text: str) -> tuple[str, ...]:
    """The motion types a motion's wording allows (every type when the wording cannot tell)."""
    directive = bool(_DIRECTIVE.search(text))
    if text.startswith("This House regrets "):
        return ("regret",)
    if ACTOR_OPENING.match(text):
        return ("actor",)
    if text.startswith("This House would "):
        return ("policy",)
    if text.startswith("This House prefers "):
        return ("value",)
    if text.startswith(("This House believes that ", RESOLVED)):
        # "X should ..." may be a policy, an actor's choice or a value judgement; without a
        # "should" it only judges.
        return ("policy", "actor", "value") if directive else ("value",)
    return ("policy", "actor", "value")  # supports / opposes: a policy, or a value


def type_problems(bank: Bank) -> list[Problem]:
    """Motions whose declared type the wording contradicts (a 'would' motion typed as value)."""
    found = []
    for motion in bank.motions:
        allowed = wording_types(motion.text)
        if motion.type in MOTION_TYPES and motion.type not in allowed:  # else a format problem
            found.append(Problem(bank.file_of(motion), motion.id, "type",
                                 f"'{motion.type}' does not match the wording; it reads as "
                                 f"{' or '.join(allowed)}"))
    return found


def thin_areas(bank: Bank) -> list[Problem]:
    """Areas with fewer than AREA_MIN_MOTIONS motions, or without a motion of some difficulty."""
    found = []
    for area in AREAS:
        motions = [m for m in bank.motions if m.area == area]
        if len(motions) < AREA_MIN_MOTIONS:
            found.append(Problem("bank", None, f"area {area}",
                                 f"has {len(motions)} motion(s); a season needs {AREA_MIN_MOTIONS}"))
        missing = [d for d in DIFFICULTIES if not any(m.difficulty == d for m in motions)]
        if motions and missing:
            found.append(Problem("bank", None, f"area {area}",
                                 f"has no {' or '.join(missing)} motion"))
    return found


def evidence_gap(motion: Motion) -> tuple[int, int] | None:
    """(prop, opp) counts of points with evidence, when one side is far better supported."""
    prop, opp = (sum(bool(p.evidence) for p in motion.points(s)) for s in SIDES)
    more, fewer = max(prop, opp), min(prop, opp)
    if more - fewer >= EVIDENCE_GAP or (fewer == 0 and more >= 2):
        return prop, opp
    return None


def lopsided_evidence(bank: Bank) -> list[Problem]:
    """Motions whose sides differ greatly in how many points carry evidence."""
    found = []
    for motion in bank.motions:
        if gap := evidence_gap(motion):
            found.append(Problem(bank.file_of(motion), motion.id, "sides",
                                 f"evidence on {gap[0]} Proposition and {gap[1]} Opposition "
                                 "point(s): give the weaker side evidence where the essay or "
                                 "the record has it"))
    return found


def review(bank: Bank, *, coverage: bool = True, meaning: bool = True) -> Review:
    """Run every craft check; `coverage` adds the whole bank's per-area targets and `meaning`
    the checks that load the sentence model."""
    warnings = [*lopsided_evidence(bank)]
    if meaning:
        from bot.bank_meaning import one_sided_slides, same_debates

        warnings += [*same_debates(bank), *one_sided_slides(bank)]
    if coverage:
        warnings += thin_areas(bank)
    return Review(
        problems=[*uncited_evidence(bank), *area_problems(bank), *type_problems(bank)],
        warnings=warnings,
    )
