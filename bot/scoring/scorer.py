"""`score()`: a speech, a motion and a side in; a Scorecard against a rubric out."""

from __future__ import annotations

from typing import Any

from bot.motions import SIDES, Motion, SideName, other_side
from bot.rubric import Rubric, load_rubric
from bot.scoring.analyses import build_context, run_all
from bot.scoring.analyses.base import Finding, short_quote
from bot.scoring.analyses.clash import points_answered
from bot.scoring.analyses.coverage import points_made
from bot.scoring.analyses.signals import models_version
from bot.scoring.card import CriterionScore, Scorecard
from bot.scoring.coaching import priorities, strongest
from bot.scoring.consistency import check
from bot.scoring.feedback import NO_STRENGTH, criterion_feedback, usable
from bot.scoring.flags import NOTHING_TO_READ, cap, capped_because, detect
from bot.scoring.speech import MAX_UNITS, read_speech

SCORER_VERSION = "speech-35"


def score(speech: str, motion: Motion, side: SideName, rubric: Rubric | str = "practice") -> Scorecard:
    """Score a speech for one side of a motion against a rubric (a name, a path or a Rubric).

    Raises ValueError for a side other than "prop" or "opp", RubricError for a bad rubric.
    """
    if side not in SIDES:
        raise ValueError(f"side should be one of {', '.join(SIDES)}, not {side!r}")
    marking = rubric if isinstance(rubric, Rubric) else load_rubric(rubric)
    parsed = read_speech(speech or "")
    ctx = build_context(parsed, motion, side)
    findings = check(ctx, run_all(ctx))
    flags = detect(parsed, motion, findings)
    limit = cap(flags)

    criteria: list[CriterionScore] = []
    overall = 0.0
    quoted: set[int] = set()  # sentences already praised: each criterion quotes a different one
    qualities: dict[str, float] = {}
    praised: dict[str, str] = {}  # the move each criterion's quoted strength makes
    for criterion in marking.criteria:
        parts = usable(criterion, findings)
        earned = sum(f.score * w for f, w in parts) if parts else 0.0
        quality = min(earned, limit)
        overall += criterion.weight * quality
        qualities[criterion.id] = round(quality, 4)
        reason, strength, step, move = criterion_feedback(criterion, findings, flags, quoted)
        if move:
            praised[criterion.name] = move
        band = criterion.band_for(quality)
        # A capped band describes a speech that is not there: say why it is capped instead.
        capped = earned > limit
        heading = capped_because(flags) if capped else criterion.bands.get(band, "")
        if capped and any(f in NOTHING_TO_READ for f in flags):
            reason = ""  # what the analyses read in a speech on another subject describes nothing here
        criteria.append(CriterionScore(
            id=criterion.id, name=criterion.name, band=band,
            points=round(marking.criterion_points(criterion, quality), 1),
            reason=f"{heading} {reason}".strip(), strength=strength, next_step=step,
        ))
    total = marking.to_scale(overall)
    length = length_note(parsed.word_count, flags)
    fix_first, next_steps = priorities(marking, findings, flags, length,
                                       short=0 < parsed.word_count < TARGET_WORDS[0] / 2)

    own, opposing = motion.points(side), motion.points(other_side(side))
    # A speech for the other side makes none of this side's points, whatever it shares with them.
    made = points_made(ctx) if own and "wrong_side" not in flags else [(k, None) for k in range(len(own))]
    answered = points_answered(ctx) if opposing else []
    total_band = marking.total_band(total)
    extras: dict[str, Any] = {
        "quality": round(overall, 4),
        "criterion_quality": qualities,
        "word_count": parsed.word_count,
        "units_analysed": len(parsed.units),
        "analyses": {name: _summary(f, ctx.units) for name, f in findings.items()},
        "models_version": models_version(),
    }
    extras["target_words"] = list(TARGET_WORDS)
    if length:
        extras["length_note"] = length
    # Which sentence made or answered each point, so a card can show it beside the point.
    extras["point_sentences"] = {
        **{own[k].claim: short_quote(ctx.units[i], 90) for k, i in made if i is not None},
        **{opposing[k].claim: short_quote(ctx.units[i], 90) for k, i in answered if i is not None},
    }
    if parsed.truncated:
        extras["note"] = f"Long speech: only the first {MAX_UNITS} sentences were analysed."
    if not own:
        extras["key_points_note"] = "This motion has no key points, so coverage is not judged."
    if total_band is not None:
        extras["total_band"] = total_band.label
    if marking.text_note:
        extras["text_note"] = marking.text_note
    return Scorecard(
        motion=motion.text, side=side, rubric=marking.id, total=total, scale=marking.scale,
        criteria=tuple(criteria), flags=flags,
        key_points_made=tuple(own[k].claim for k, i in made if i is not None),
        key_points_missed=tuple(own[k].claim for k, i in made if i is None),
        opposing_answered=tuple(opposing[k].claim for k, i in answered if i is not None),
        opposing_standing=tuple(opposing[k].claim for k, i in answered if i is None),
        scorer_version=f"{SCORER_VERSION}+{models_version()}", extras=extras,
        fix_first=fix_first, next_steps=next_steps,
        strongest=strongest(criteria, praised, NO_STRENGTH,
                            (*([fix_first] if fix_first else []), *next_steps)),
    )


# The words a full practice speech takes (about 4-7 minutes spoken).
TARGET_WORDS = (450, 900)


def length_note(words: int, flags: tuple[str, ...]) -> str:
    """A fix-first note for a speech under half the target length, or far over it; else ""."""
    low, high = TARGET_WORDS
    if "too_short" in flags or not words:
        return ""  # the too_short flag already says so
    if words < low / 2:
        return (f"Your speech is {words} words, under half the {low}–{high} a full speech takes: "
                "develop two or three arguments, each with its reason, an example and why it matters.")
    if words > 2 * high:
        return (f"Your speech is {words:,} words, well over the {low}–{high} a speech takes: keep your "
                "strongest two or three arguments and cut the rest.")
    return ""


def _summary(finding: Finding, units: tuple[str, ...]) -> dict[str, Any]:
    """An analysis as plain JSON: score, reason and up to three quoted sentences."""
    return {
        "score": round(finding.score, 3),
        "available": finding.available,
        "reason": finding.reason,
        "quotes": [short_quote(units[i]) for i in finding.units[:3] if 0 <= i < len(units)],
        "details": finding.details,
    }
