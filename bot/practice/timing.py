"""How a timed practice speech used its time, kept on the card so every surface can show it."""

from __future__ import annotations

from dataclasses import replace

from bot.practice.values import Attempt
from bot.scoring.card import Scorecard


def with_timing(card: Scorecard, attempt: Attempt, allowed_seconds: float) -> Scorecard:
    """The card with `extras["timing"]` for a speech given after timed prep: the seconds from the
    start of the speaking time to the hand-in, the seconds allowed, and whether it was late.
    Untimed speeches (no prep clock, or not handed in) keep the card as it is."""
    if attempt.prep_ends_at is None or attempt.submitted_at is None:
        return card
    # The speaking clock starts when prep ends, or earlier if the debater started at once.
    started = min(attempt.speaking_at or attempt.prep_ends_at, attempt.prep_ends_at)
    timing = {
        "used_seconds": round(max(0.0, attempt.submitted_at - started), 1),
        "allowed_seconds": round(allowed_seconds, 1),
        "late": attempt.late,
    }
    return replace(card, extras={**card.extras, "timing": timing})


def clock(seconds: float) -> str:
    """Seconds as m:ss."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def timing_note(timing: dict[str, float | bool]) -> str:
    """"Handed in 6:12 into your 7:00 of speaking time." or how far over it ran."""
    used, allowed = float(timing["used_seconds"]), float(timing["allowed_seconds"])
    if used <= allowed:
        return f"Handed in {clock(used)} into your {clock(allowed)} of speaking time."
    return f"Handed in {clock(used - allowed)} after your {clock(allowed)} of speaking time ran out."
