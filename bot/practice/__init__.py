"""Solo practice: draw a motion, give a side, time the prep, take the speech, score it, keep it.

Every method of `Practice` that touches the database takes `db` first, so the Telegram adapter
runs it on the database thread (`await store.run(practice.draw, person)`) and the terminal
with `store.call(...)`. Errors a debater can cause raise `PracticeError` with a sentence to show.
"""

from bot.practice.service import Practice
from bot.practice.values import (
    MAX_PREP_MINUTES,
    STALE_TIMER_SECONDS,
    TARGET_WORDS,
    Attempt,
    AttemptNotFound,
    CriterionAverage,
    Draw,
    NoActiveAttempt,
    NoMatch,
    Person,
    PracticeError,
    Progress,
    Scorer,
    ScoreRequest,
    ScoringFailed,
    SettingValueError,
    SpeechError,
    Stats,
    Timer,
)

__all__ = [
    "MAX_PREP_MINUTES", "STALE_TIMER_SECONDS", "TARGET_WORDS",
    "Attempt", "AttemptNotFound", "CriterionAverage", "Draw", "NoActiveAttempt", "NoMatch", "Person",
    "Practice",
    "PracticeError", "Progress", "ScoreRequest", "Scorer", "ScoringFailed", "SettingValueError",
    "SpeechError",
    "Stats", "Timer",
]
