"""The values the practice service takes and returns, and the errors a debater can cause."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.motions import SIDE_LABELS, Motion, SideName
from bot.scoring.card import Scorecard
from bot.scoring_worker import Scorer as Scorer  # one definition, shared with the club

# The limits on a speech itself (words, characters, files) live in bot.speech_limits, shared
# with the club and the command line.
MAX_PREP_MINUTES = 60.0
# A timer this overdue at start-up is not sent: the debater has moved on.
STALE_TIMER_SECONDS = 3600.0
# Target length of a practice speech in words: about 5-7 minutes spoken.
TARGET_WORDS = (450, 900)


class PracticeError(Exception):
    """An error the debater caused; its message is a friendly sentence to show as-is."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class SpeechError(PracticeError):
    """The speech cannot be taken as it is (empty, not text, too long: see bot.speech_limits)."""


class NoActiveAttempt(PracticeError):
    """There is no drawn motion waiting for a speech."""


class AttemptNotFound(PracticeError):
    """No attempt with that number belongs to this debater."""


class SettingValueError(PracticeError):
    """A setting the debater tried to change has a value the bot cannot use."""


class ScoringFailed(PracticeError):
    """The scorer broke; the speech is stored and will be scored again later."""


# The states an attempt moves through; `cancelled` ends an attempt that was never submitted.
# The attempts table's CHECK constraint (bot/storage/practice.py, m003) is frozen SQL listing
# the same states; tests/test_storage_schema.py fails when they part, so a new state comes with
# a new migration.
ATTEMPT_STATES = ("drafted", "prepping", "speaking", "submitted", "scored", "cancelled")
UNFINISHED_STATES = ("drafted", "prepping", "speaking")
# What a stored prep timer is for; the timers table's CHECK (m005) lists the same kinds.
TIMER_KINDS = ("prep_reminder", "prep_end")


@dataclass(frozen=True)
class Person:
    """A debater with their own settings (rubric, prep minutes)."""

    id: int
    key: str
    name: str
    rubric: str
    prep_minutes: float


@dataclass(frozen=True)
class Draw:
    """A motion drawn for a debater, the side they argue and why."""

    attempt_id: int
    motion: Motion
    side: SideName
    side_reason: str
    target_words: tuple[int, int] = TARGET_WORDS

    @property
    def side_label(self) -> str:
        """'Proposition' or 'Opposition'."""
        return SIDE_LABELS[self.side]


@dataclass(frozen=True)
class NoMatch:
    """No motion fits the request; what to try instead."""

    query: str
    message: str
    tags: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Attempt:
    """One drawn motion and everything that happened to it."""

    id: int
    person_id: int
    motion_id: str
    side: SideName
    state: str
    speech: str
    created_at: float
    submitted_at: float | None
    scored_at: float | None
    card: Scorecard | None
    late: bool
    motion_text: str = ""
    side_reason: str = ""
    rubric: str = ""
    prep_ends_at: float | None = None
    speaking_at: float | None = None  # when the debater started speaking (prep over, or skipped)

    @property
    def words(self) -> int:
        """Words in the speech so far."""
        return len(self.speech.split())


@dataclass(frozen=True)
class ScoreRequest:
    """A submitted speech and its motion, handed to the scorer off the database thread."""

    attempt: Attempt
    motion: Motion


@dataclass(frozen=True)
class Timer:
    """A stored deadline the adapter turns into a job (re-armed after a restart)."""

    id: int
    attempt_id: int
    chat_id: int | None
    kind: str
    due_at: float
    motion: str = ""  # the motion's text, so the message can say which prep this is


@dataclass(frozen=True)
class CriterionAverage:
    """One criterion's average mark on one 0–100 scale, with its id and rubric when last marked."""

    name: str
    criterion: str
    rubric: str
    average: float


@dataclass(frozen=True)
class Progress:
    """A debater's record for charts, on one 0–100 scale, oldest first."""

    totals: tuple[tuple[float, float, str], ...]  # (scored at, total 0–100, side) per scored speech
    criteria: dict[str, tuple[float, ...]]  # criterion name -> its marks 0–100, speech by speech
    drills: dict[str, tuple[int, int]]  # drill kind -> (judged, passed)

    @property
    def empty(self) -> bool:
        """True when there is nothing to draw: no scored speech and no judged drill."""
        return not self.totals and not self.drills


@dataclass(frozen=True)
class Stats:
    """A debater's progress over their speeches; totals and criteria on one 0–100 scale."""

    attempts: int
    scored: int
    average_total: float | None
    per_criterion: dict[str, float]
    prop: int
    opp: int
    trend: list[float]

    @property
    def weakest(self) -> str | None:
        """The criterion with the lowest average, if any was marked."""
        return min(self.per_criterion, key=lambda name: self.per_criterion[name], default=None)
