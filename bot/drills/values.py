"""The values the drill service takes and returns, and the errors a debater can cause."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.motions import SIDE_LABELS, KeyPoint, Motion, SideName

DrillKind = Literal["rebuttal", "case", "weighing"]
KINDS: tuple[DrillKind, ...] = ("rebuttal", "case", "weighing")
KIND_LABELS: dict[DrillKind, str] = {"rebuttal": "Rebuttal", "case": "Case building", "weighing": "Weighing"}
# Minutes allowed for each kind (the time scale applies); an answer after that is marked late.
MINUTES: dict[DrillKind, float] = {"rebuttal": 1.5, "case": 3.0, "weighing": 2.0}
MAX_ANSWER_WORDS = 400


class DrillError(Exception):
    """An error the debater caused; its message is a friendly sentence to show as-is."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class Drill:
    """A drill set for a debater: the motion, their side, and the point(s) it is about."""

    id: int
    kind: DrillKind
    motion: Motion
    side: SideName
    point: KeyPoint | None  # rebuttal: the opposing point; weighing: their impact
    own_point: KeyPoint | None  # weighing: the debater's impact
    created_at: float
    due_at: float
    why: str  # why this kind, motion or point was chosen
    returning: bool = False  # a point left standing before, set again

    @property
    def side_label(self) -> str:
        """'Proposition' or 'Opposition'."""
        return SIDE_LABELS[self.side]

    @property
    def minutes(self) -> float:
        """The time this kind of drill allows, before the time scale."""
        return MINUTES[self.kind]


@dataclass(frozen=True)
class Judgement:
    """What a drill's answer did: a 0–100 score, what it found, what it missed, what to do next."""

    score: float
    passed: bool  # rebuttal: the point was answered; case: two found; weighing: a real comparison
    found: tuple[str, ...] = ()  # what the answer did well (points found, checks met)
    missed: tuple[str, ...] = ()  # what it did not do (strong points missed, checks not met)
    extra: tuple[str, ...] = ()  # good points of the debater's own that the bank lacks
    model: tuple[str, ...] = ()  # the bank's strongest responses or points
    advice: str = ""


@dataclass(frozen=True)
class Summary:
    """Drills of one kind in the last week, and how many passed."""

    kind: DrillKind
    done: int
    passed: int


@dataclass(frozen=True)
class DrillResult:
    """A judged drill: the answer, the judgement, timing, and the week's summary of its kind."""

    drill: Drill
    answer: str
    judgement: Judgement
    used_seconds: float
    allowed_seconds: float
    summary: Summary
    comes_back: bool = False  # a rebuttal point left standing: it will be set again

    @property
    def late(self) -> bool:
        """Handed in after the drill's time ran out."""
        return self.used_seconds > self.allowed_seconds


@dataclass(frozen=True)
class DrillNoMatch:
    """No motion fits the request; what to try instead."""

    query: str
    message: str
    suggestions: list[str] = field(default_factory=list)
