"""Plain values of a club round: formats, participants, speeches, the round itself, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.motions import SideName
from bot.scoring.card import Scorecard
from bot.scoring_worker import Scorer as Scorer  # one definition, shared with solo practice

STAGES = ("signup", "prep", "speeches", "rebuttal", "adjudication", "done", "cancelled")
OPEN_STAGES = ("signup", "prep", "speeches", "rebuttal", "adjudication")


class ClubError(Exception):
    """Something a member asked for cannot be done; the message tells them what to do."""


@dataclass(frozen=True)
class Format:
    """A round format: team size (None: open), and its preset times in minutes."""

    name: str
    team_size: int | None
    prep_minutes: float
    speech_minutes: float
    reply_minutes: float | None
    adjudication_minutes: float
    description: str

    @property
    def max_speakers(self) -> int | None:
        """How many speakers fit (None: any number)."""
        return None if self.team_size is None else 2 * self.team_size

    @property
    def min_speakers(self) -> int:
        """How many speakers the draw needs at least."""
        return 2 if self.team_size is None else 2 * self.team_size


FORMATS: dict[str, Format] = {
    "open": Format("open", None, 15, 5, None, 10, "any number of speakers, split into two sides"),
    "1v1": Format("1v1", 1, 10, 5, 3, 10, "one speaker a side, with replies"),
    "2v2": Format("2v2", 2, 15, 6, 3, 10, "two speakers a side, with replies"),
    "3v3": Format("3v3", 3, 30, 8, 4, 15, "WSDC-like: three speakers a side, 8-minute speeches, replies"),
}


@dataclass(frozen=True)
class Criterion:
    """A rubric criterion an adjudicator scores from 1 to 5."""

    id: str
    name: str


def rubric_criteria(rubric_name: str) -> tuple[Criterion, ...]:
    """The criteria adjudicators score, taken from the rubric the bot scores with."""
    from bot.rubric import load_rubric

    return tuple(Criterion(c.id, c.name) for c in load_rubric(rubric_name).criteria)


@dataclass(frozen=True)
class Participant:
    """A member in a round: speaker (with side, position, team) or adjudicator."""

    user_id: int
    name: str
    role: str
    side: SideName | None = None
    position: int | None = None
    team: str | None = None
    skipped: bool = False


@dataclass(frozen=True)
class Speech:
    """A speech (or a side's reply) as submitted, with the bot's scorecard."""

    user_id: int
    stage: str
    side: SideName
    text: str
    submitted_at: float
    late: bool
    card: Scorecard | None


@dataclass(frozen=True)
class RoundTimer:
    """A deadline or reminder of a club round; the adapter arms a job for it."""

    id: int
    round_id: int
    kind: str
    due_at: float


@dataclass(frozen=True)
class Round:
    """A round with everything an adapter needs to render it."""

    id: int
    chat_id: int
    motion_id: str
    motion_text: str
    format: Format
    rubric: str
    criteria: tuple[Criterion, ...]
    stage: str
    created_by: int
    stage_deadline: float | None
    status_message_id: int | None
    prep_seconds: float
    speech_seconds: float
    reply_seconds: float | None
    adjudication_seconds: float
    participants: tuple[Participant, ...] = ()
    speeches: tuple[Speech, ...] = ()
    ballots_in: tuple[int, ...] = ()
    winner: SideName | None = None
    result: dict[str, Any] | None = None
    drafting: tuple[int, ...] = ()  # members with a speech or reply draft not handed in yet

    @property
    def is_open(self) -> bool:
        """Still running (not finished or cancelled)."""
        return self.stage not in ("done", "cancelled")

    def speakers(self, *, active_only: bool = False) -> list[Participant]:
        """Speakers by side and position (join order before the draw)."""
        found = [p for p in self.participants if p.role == "speaker" and not (active_only and p.skipped)]
        return sorted(found, key=lambda p: (p.side != "prop", p.side is None, p.position or 0))

    def adjudicators(self) -> list[Participant]:
        """The adjudicators, in join order."""
        return [p for p in self.participants if p.role == "adjudicator"]

    def participant(self, user_id: int) -> Participant | None:
        """This member's place in the round, if they joined."""
        return next((p for p in self.participants if p.user_id == user_id), None)

    def speech(self, user_id: int, stage: str = "speech") -> Speech | None:
        """The member's speech (or reply) in this round."""
        return next((s for s in self.speeches if s.user_id == user_id and s.stage == stage), None)

    def reply(self, side: SideName) -> Speech | None:
        """The side's reply speech, if one was given."""
        return next((s for s in self.speeches if s.stage == "reply" and s.side == side), None)

    def missing(self) -> list[Participant]:
        """Active speakers with no speech yet."""
        return [p for p in self.speakers(active_only=True) if self.speech(p.user_id) is None]


@dataclass(frozen=True)
class Transition:
    """What changed after an action or a timer: events to announce and timers to arm."""

    round: Round
    events: tuple[str, ...] = ()
    revealed: tuple[Speech, ...] = ()
    timers: tuple[RoundTimer, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)
