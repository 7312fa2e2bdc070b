"""Feedback per criterion: a reason, one strength quoting the speech, one concrete next step."""

from __future__ import annotations

from collections.abc import Mapping

from bot.rubric import RubricCriterion
from bot.scoring.analyses.base import Finding
from bot.scoring.flags import FLAG_PRIORITY

NO_STRENGTH = "Not shown yet in this speech."
STRENGTH_FLOOR = 0.35  # an analysis must score this much before its best sentence is praised
# What to do first when a flag makes the usual advice beside the point.
FLAG_STEPS: dict[str, str] = {
    "garbage": "Send your speech as plain sentences of text.",
    "not_english": "Send your speech in English: the scorer reads English only.",
    "off_topic": "Rewrite the speech about this motion: name its subject in every argument.",
    "wrong_side": "Argue the side you were given; swap your arguments for that side's case.",
    "copied": "Put the case in your own words instead of copying the motion's material.",
    "repetitive": "Say each point once, then add a new reason or example instead of repeating.",
    "padding": "Cut the connectives and stock phrases; put the reason, fact or comparison itself there.",
    "too_short": "Write a full speech: an opening, two or three developed arguments and a close.",
}


def flag_step(flag: str, findings: Mapping[str, Finding]) -> str:
    """What to do first about a flag; a side judged only by the subject of its arguments gets the
    side analysis's own advice (state the side, or swap the case)."""
    side = findings.get("side")
    if flag == "wrong_side" and side is not None and side.details.get("by_subject") and side.tips:
        return side.tips[0].text
    return FLAG_STEPS[flag]


def _advice(finding: Finding) -> str:
    """The finding's first tip that fits this speech in particular, else its first tip."""
    specific = next((t.text for t in finding.tips if not t.generic), "")
    return specific or finding.tip


def usable(criterion: RubricCriterion, findings: Mapping[str, Finding]) -> list[tuple[Finding, float]]:
    """The criterion's analyses that could run, with their shares renormalised."""
    parts = [(findings[a], w) for a, w in criterion.analyses.items()
             if a in findings and findings[a].available]
    total = sum(w for _, w in parts) or 1.0
    return [(f, w / total) for f, w in parts]


def pick_strength(strong: list[tuple[Finding, float]], quoted: set[int]) -> tuple[str, str]:
    """(text, move) of the best strength quoting a sentence no earlier criterion quoted (else
    the best one).

    Adds the chosen sentence to `quoted`, so each criterion of a card praises something different.
    """
    for finding, _ in strong:
        for praise in finding.praise:
            if praise.unit not in quoted:
                quoted.add(praise.unit)
                return praise.text, praise.move
    if strong and strong[0][0].praise:
        return strong[0][0].praise[0].text, strong[0][0].praise[0].move
    return (strong[0][0].strength, "") if strong else (NO_STRENGTH, "")


def criterion_feedback(
    criterion: RubricCriterion, findings: Mapping[str, Finding], flags: tuple[str, ...],
    quoted: set[int] | None = None,
) -> tuple[str, str, str, str]:
    """(reason, strength, next step, the move the strength quotes) for one criterion; `quoted`
    holds sentences already praised."""
    parts = usable(criterion, findings)
    if not parts:
        return "Not judged for this motion.", NO_STRENGTH, "Nothing to add here.", ""
    by_weight = sorted(parts, key=lambda p: -p[1])
    reason = " ".join(f.reason for f, _ in by_weight[:2] if f.reason)
    strong = sorted((p for p in parts if p[0].strength and p[0].score >= STRENGTH_FLOOR),
                    key=lambda p: -p[0].score * p[1])
    strength, move = pick_strength(strong, quoted if quoted is not None else set())
    flag = next((f for f in FLAG_PRIORITY if f in flags), None)
    if flag is not None and flag != "too_short":
        kept = flag in ("repetitive", "copied", "padding")
        return reason, strength if kept else NO_STRENGTH, flag_step(flag, findings), move if kept else ""
    gaps = sorted((p for p in parts if _advice(p[0])), key=lambda p: -(1.0 - p[0].score) * p[1])
    step = _advice(gaps[0][0]) if gaps else "Keep doing this."
    if flag == "too_short" and all(f.score < 0.3 for f, _ in parts):
        step = FLAG_STEPS["too_short"]
    return reason, strength, step, move
