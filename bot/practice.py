"""Solo practice: draw a motion, give a side, time the prep, take the speech, score it, keep it.

Every method that touches the database takes `db` first, so the Telegram adapter runs it on
the database thread (`await store.run(practice.draw, person)`) and the terminal with
`store.call(...)`. Errors a debater can cause raise `PracticeError` with a sentence to show.
"""

from __future__ import annotations

import importlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from bot.allocation import choose_side, chosen_side_reason
from bot.clock import Clock
from bot.config import Settings
from bot.motions import SIDE_LABELS, Bank, Motion, SideName
from bot.rubric import rubric_names
from bot.scoring.card import Scorecard
from bot.selection import Choice, choose_motion, suggest
from bot.storage.practice import PERSON_TABLES, UNFINISHED_STATES

Scorer = Callable[[str, Motion, SideName, str], Scorecard]

# A speech up to this many words is accepted; a longer one is sent back to be shortened.
MAX_SPEECH_WORDS = 6000
MAX_SPEECH_CHARS = 60_000
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
    """The speech cannot be taken as it is (empty, too long)."""


class NoActiveAttempt(PracticeError):
    """There is no drawn motion waiting for a speech."""


class AttemptNotFound(PracticeError):
    """No attempt with that number belongs to this debater."""


class SettingValueError(PracticeError):
    """A setting the debater tried to change has a value the bot cannot use."""


class ScoringFailed(PracticeError):
    """The scorer broke; the speech is stored and will be scored again later."""


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

    @property
    def words(self) -> int:
        """Words in the speech so far."""
        return len(self.speech.split())


@dataclass(frozen=True)
class Timer:
    """A stored deadline the adapter turns into a job (re-armed after a restart)."""

    id: int
    attempt_id: int
    chat_id: int | None
    kind: str
    due_at: float


@dataclass(frozen=True)
class Stats:
    """A debater's progress over their speeches."""

    attempts: int
    scored: int
    average_total: float | None
    per_criterion: dict[str, float]
    prop: int
    opp: int
    trend: list[float]


def _default_scorer(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    """bot.scoring.score, imported on first use so start-up stays fast."""
    score = importlib.import_module("bot.scoring").score
    card: Scorecard = score(speech, motion, side, rubric)
    return card


class Practice:
    """The solo practice service shared by the Telegram and terminal adapters."""

    def __init__(
        self, bank: Bank, settings: Settings, clock: Clock, scorer: Scorer | None = None,
        *, rng: random.Random | None = None,
    ) -> None:
        self.bank = bank
        self.settings = settings
        self.clock = clock
        self.scorer: Scorer = scorer or _default_scorer
        self.rng = rng or random.Random()

    # ------------------------------------------------------------------ people

    def person(self, db: Database, key: str, name: str) -> Person:
        """The debater with this key, created on first sight; the name is kept current."""
        now = self.clock.now()
        db.execute(
            "INSERT INTO people (key, name, created_at, seen_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at",
            [key, name, now, now],
        )
        return self._person_by_key(db, key)

    def _person_by_key(self, db: Database, key: str) -> Person:
        row = db.execute(
            "SELECT p.id, p.key, p.name, s.rubric, s.prep_minutes FROM people p "
            "LEFT JOIN person_settings s ON s.person_id = p.id WHERE p.key = ?", [key],
        ).fetchone()
        if row is None:
            raise PracticeError("I don't know you yet: start a practice first.")
        return Person(
            id=row[0], key=row[1], name=row[2],
            rubric=row[3] or self.settings.rubric,
            prep_minutes=self.settings.prep_minutes if row[4] is None else row[4],
        )

    def update_settings(
        self, db: Database, person: Person, *, prep_minutes: float | None = None,
        rubric: str | None = None,
    ) -> Person:
        """Change the debater's prep time (0 = no prep) and/or rubric."""
        if prep_minutes is not None and not 0 <= prep_minutes <= MAX_PREP_MINUTES:
            raise SettingValueError(
                f"Prep time should be between 0 and {MAX_PREP_MINUTES:g} minutes (0 means no prep)."
            )
        if rubric is not None:
            rubric = rubric.strip().lower()
            if rubric not in rubric_names():
                known = ", ".join(rubric_names())
                raise SettingValueError(f"I know these rubrics: {known}. Pick one of them.")
        with db.atomic():
            db.execute(
                "INSERT INTO person_settings (person_id, rubric, prep_minutes, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET "
                "rubric = COALESCE(excluded.rubric, rubric), "
                "prep_minutes = COALESCE(excluded.prep_minutes, prep_minutes), "
                "updated_at = excluded.updated_at",
                [person.id, rubric, prep_minutes, self.clock.now()],
            )
        return self._person_by_key(db, person.key)

    def forget(self, db: Database, person: Person) -> int:
        """Delete the debater and everything stored about them; the number of rows deleted."""
        attempts = "SELECT id FROM attempts WHERE person_id = ?"
        where = {
            "timers": f"attempt_id IN ({attempts})",
            "criterion_scores": f"attempt_id IN ({attempts})",
            "attempts": "person_id = ?",
            "person_settings": "person_id = ?",
            "people": "id = ?",
        }
        deleted = 0
        with db.atomic():
            for table in PERSON_TABLES:
                deleted += db.execute(f"DELETE FROM {table} WHERE {where[table]}", [person.id]).rowcount
        return deleted

    # ------------------------------------------------------------------ drawing

    def draw(
        self, db: Database, person: Person, query: str | None = None, *,
        motion_id: str | None = None, side: SideName | None = None,
    ) -> Draw | NoMatch:
        """Draw a motion (by id or tag in `query`, or any) and a fair side; start an attempt.

        Motions the debater has not practised come first. Their unfinished attempt is cancelled.
        """
        if motion_id is not None:
            found = self.bank.get(motion_id)
            if found is None:
                return NoMatch(
                    motion_id, f"There is no motion “{motion_id}” in the bank.", self.bank.tags(),
                    list(suggest(self.bank, motion_id)),
                )
            return self._start(db, person, found, side)
        choice = choose_motion(self.bank, self._practised(db, person), query=query, rng=self.rng)
        if choice.motion is None:
            return _no_match(choice, query or "")
        return self._start(db, person, choice.motion, side)

    def redraw(self, db: Database, person: Person, attempt_id: int) -> Draw | NoMatch:
        """Another motion instead of the one drawn in `attempt_id`, on the same side."""
        current = self._own(db, person, attempt_id)
        others = Bank(tuple(m for m in self.bank.motions if m.id != current.motion_id))
        if not others.motions:
            return NoMatch("", "There is no other motion in the bank yet.", self.bank.tags(), [])
        choice = choose_motion(others, self._practised(db, person), rng=self.rng)
        assert choice.motion is not None
        return self._start(db, person, choice.motion, current.side, current.side_reason)

    def retry(self, db: Database, person: Person, attempt_id: int) -> Draw:
        """The same motion on the same side again."""
        before = self._own(db, person, attempt_id)
        motion = self.bank.get(before.motion_id)
        if motion is None:
            raise PracticeError("That motion is no longer in the bank; draw a new one instead.")
        reason = f"Same motion, same side ({SIDE_LABELS[before.side]}): a second go."
        return self._start(db, person, motion, before.side, reason)

    def _practised(self, db: Database, person: Person) -> dict[str, int]:
        """How many speeches the debater has given on each motion."""
        rows = db.execute(
            "SELECT motion_id, COUNT(*) FROM attempts "
            "WHERE person_id = ? AND state IN ('submitted', 'scored') GROUP BY motion_id",
            [person.id],
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    def _side(self, db: Database, person: Person) -> tuple[SideName, str]:
        counts = dict(db.execute(
            "SELECT side, COUNT(*) FROM attempts WHERE person_id = ? AND state IN ('submitted', 'scored') "
            "GROUP BY side", [person.id],
        ).fetchall())
        return choose_side(counts.get("prop", 0), counts.get("opp", 0), self.rng)

    def _start(
        self, db: Database, person: Person, motion: Motion, side: SideName | None,
        reason: str | None = None,
    ) -> Draw:
        if side is None:
            side, reason = self._side(db, person)
        elif reason is None:
            reason = chosen_side_reason(side)
        now = self.clock.now()
        with db.atomic():
            self._cancel_unfinished(db, person, now)
            cursor = db.execute(
                "INSERT INTO attempts (person_id, motion_id, motion_text, side, side_reason, rubric, "
                "state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'drafted', ?)",
                [person.id, motion.id, motion.text, side, reason, person.rubric, now],
            )
        attempt_id = cursor.lastrowid
        assert attempt_id is not None
        return Draw(attempt_id, motion, side, reason)

    def _cancel_unfinished(self, db: Database, person: Person, now: float) -> list[int]:
        marks = ", ".join("?" for _ in UNFINISHED_STATES)
        ids = [r[0] for r in db.execute(
            f"SELECT id FROM attempts WHERE person_id = ? AND state IN ({marks})",
            [person.id, *UNFINISHED_STATES],
        ).fetchall()]
        for attempt_id in ids:
            db.execute("UPDATE attempts SET state = 'cancelled' WHERE id = ?", [attempt_id])
            self._cancel_timers(db, attempt_id, now)
        return ids

    # ------------------------------------------------------------------ timers

    def start_prep(
        self, db: Database, person: Person, attempt_id: int, chat_id: int | None,
        minutes: float | None = None,
    ) -> list[Timer]:
        """Start prep: store a reminder one minute before the end (if prep is longer) and the end.

        `minutes` defaults to the debater's prep time; the time scale applies. 0 means no prep.
        """
        attempt = self._own(db, person, attempt_id)
        if attempt.state not in ("drafted", "prepping"):
            raise PracticeError("Prep is over for this motion: send your speech, or draw a new motion.")
        minutes = person.prep_minutes if minutes is None else minutes
        now = self.clock.now()
        if minutes <= 0:
            return []
        ends = now + self.settings.seconds(minutes)
        due: list[tuple[str, float]] = []
        if minutes > 1:
            due.append(("prep_reminder", ends - self.settings.seconds(1)))
        due.append(("prep_end", ends))
        with db.atomic():
            self._cancel_timers(db, attempt_id, now)
            db.execute(
                "UPDATE attempts SET state = 'prepping', prep_ends_at = ? WHERE id = ?", [ends, attempt_id]
            )
            timers = []
            for kind, at in due:
                cursor = db.execute(
                    "INSERT INTO timers (attempt_id, chat_id, kind, due_at) VALUES (?, ?, ?, ?)",
                    [attempt_id, chat_id, kind, at],
                )
                assert cursor.lastrowid is not None
                timers.append(Timer(cursor.lastrowid, attempt_id, chat_id, kind, at))
        return timers

    def fire_timer(self, db: Database, timer_id: int) -> Timer | None:
        """Mark a timer fired; None if it already fired or was cancelled (never send twice)."""
        with db.atomic():
            changed = db.execute(
                "UPDATE timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL AND cancelled_at IS NULL",
                [self.clock.now(), timer_id],
            ).rowcount
        if not changed:
            return None
        row = db.execute(
            "SELECT id, attempt_id, chat_id, kind, due_at FROM timers WHERE id = ?", [timer_id]
        ).fetchone()
        return Timer(*row)

    def pending_timers(self, db: Database) -> list[Timer]:
        """Timers neither fired nor cancelled, soonest first: re-arm these at start-up.

        Left out: timers more than STALE_TIMER_SECONDS overdue (the debater has moved on), and
        a reminder whose prep has already ended (only "time's up" is still worth sending).
        """
        now = self.clock.now()
        rows = db.execute(
            "SELECT id, attempt_id, chat_id, kind, due_at FROM timers t "
            "WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at >= :stale "
            "AND NOT (kind = 'prep_reminder' AND EXISTS (SELECT 1 FROM timers e WHERE "
            "e.attempt_id = t.attempt_id AND e.kind = 'prep_end' AND e.due_at <= :now)) "
            "ORDER BY due_at, id",
            {"now": now, "stale": now - STALE_TIMER_SECONDS},
        ).fetchall()
        return [Timer(*r) for r in rows]

    def _cancel_timers(self, db: Database, attempt_id: int, now: float) -> None:
        db.execute(
            "UPDATE timers SET cancelled_at = ? WHERE attempt_id = ? AND fired_at IS NULL "
            "AND cancelled_at IS NULL", [now, attempt_id],
        )

    # ------------------------------------------------------------------ the speech

    def begin_speech(self, db: Database, person: Person, attempt_id: int) -> Attempt:
        """Prep is over (or skipped): the debater is now speaking."""
        attempt = self._own(db, person, attempt_id)
        if attempt.state not in UNFINISHED_STATES:
            raise NoActiveAttempt("That motion is finished; draw a new one to speak again.")
        if attempt.state != "speaking":
            now = self.clock.now()
            with db.atomic():
                self._cancel_timers(db, attempt_id, now)
                db.execute(
                    "UPDATE attempts SET state = 'speaking', speaking_at = ? WHERE id = ?", [now, attempt_id]
                )
        return self._own(db, person, attempt_id)

    def add_speech_part(self, db: Database, person: Person, text: str) -> Attempt:
        """Append a part of the speech to the active attempt's draft, stored at once."""
        attempt = self._require_active(db, person)
        part = text.strip()
        if not part:
            return attempt
        speech = f"{attempt.speech}\n\n{part}" if attempt.speech else part
        _check_length(speech, "With this part your speech would be")
        now = self.clock.now()
        with db.atomic():
            if attempt.state != "speaking":
                self._cancel_timers(db, attempt.id, now)
            db.execute(
                "UPDATE attempts SET speech = ?, state = 'speaking', speaking_at = COALESCE(speaking_at, ?) "
                "WHERE id = ?", [speech, now, attempt.id],
            )
        return self._own(db, person, attempt.id)

    def submit(self, db: Database, person: Person, text: str | None = None) -> Attempt:
        """Store the speech (the draft, plus `text` as its last part) before any scoring."""
        attempt = self._require_active(db, person)
        speech = attempt.speech
        if text and text.strip():
            speech = f"{speech}\n\n{text.strip()}" if speech else text.strip()
        if not speech.strip():
            raise SpeechError("Your speech is empty: write it out, then submit it.")
        _check_length(speech, "Your speech is")
        now = self.clock.now()
        late = self._is_late(attempt, now)
        with db.atomic():
            self._cancel_timers(db, attempt.id, now)
            db.execute(
                "UPDATE attempts SET speech = ?, state = 'submitted', submitted_at = ?, late = ? "
                "WHERE id = ?",
                [speech, now, int(late), attempt.id],
            )
        return self._own(db, person, attempt.id)

    def _is_late(self, attempt: Attempt, now: float) -> bool:
        """Late: handed in more than the speaking time after prep ended."""
        if attempt.prep_ends_at is None:
            return False
        return now > attempt.prep_ends_at + self.settings.seconds(self.settings.speech_minutes)

    def score_attempt(self, db: Database, attempt_id: int) -> Attempt:
        """Score a submitted speech and store the card; an already scored attempt is returned as is."""
        attempt = self._load(db, attempt_id)
        if attempt is None:
            raise AttemptNotFound("That speech is no longer stored.")
        if attempt.state == "scored":
            return attempt
        if attempt.state != "submitted":
            raise PracticeError("That speech has not been submitted yet.")
        motion = self.bank.get(attempt.motion_id) or Motion.ad_hoc(attempt.motion_text)
        try:
            card = self.scorer(attempt.speech, motion, attempt.side, attempt.rubric)
        except Exception as exc:
            raise ScoringFailed(
                "Sorry, I could not score your speech just now. It is saved, and I will score it soon."
            ) from exc
        with db.atomic():
            db.execute(
                "UPDATE attempts SET state = 'scored', scored_at = ?, total = ?, card = ?, "
                "scorer_version = ? WHERE id = ? AND state = 'submitted'",
                [self.clock.now(), card.total, json.dumps(card.to_json()), card.scorer_version, attempt_id],
            )
            db.execute("DELETE FROM criterion_scores WHERE attempt_id = ?", [attempt_id])
            db.conn.executemany(
                "INSERT INTO criterion_scores (attempt_id, criterion, name, band, points) "
                "VALUES (?, ?, ?, ?, ?)",
                [(attempt_id, c.id, c.name, c.band, c.points) for c in card.criteria],
            )
        scored = self._load(db, attempt_id)
        assert scored is not None
        return scored

    def unscored(self, db: Database) -> list[int]:
        """Attempts submitted but not scored (e.g. the bot stopped mid-way), oldest first."""
        rows = db.execute(
            "SELECT id FROM attempts WHERE state = 'submitted' ORDER BY submitted_at, id"
        ).fetchall()
        return [r[0] for r in rows]

    # ------------------------------------------------------------------ looking back

    def active(self, db: Database, person: Person) -> Attempt | None:
        """The debater's unfinished attempt (drawn, prepping or speaking), if any."""
        marks = ", ".join("?" for _ in UNFINISHED_STATES)
        row = db.execute(
            f"SELECT id FROM attempts WHERE person_id = ? AND state IN ({marks}) ORDER BY id DESC LIMIT 1",
            [person.id, *UNFINISHED_STATES],
        ).fetchone()
        return None if row is None else self._load(db, row[0])

    def cancel(self, db: Database, person: Person) -> Attempt | None:
        """Drop the unfinished attempt; None if there was none."""
        attempt = self.active(db, person)
        if attempt is None:
            return None
        with db.atomic():
            self._cancel_unfinished(db, person, self.clock.now())
        return self._load(db, attempt.id)

    def attempt(self, db: Database, person: Person, attempt_id: int) -> Attempt | None:
        """One of the debater's own attempts (never someone else's)."""
        attempt = self._load(db, attempt_id)
        return attempt if attempt is not None and attempt.person_id == person.id else None

    def history(self, db: Database, person: Person, limit: int = 10) -> list[Attempt]:
        """The debater's submitted speeches, newest first."""
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM attempts WHERE person_id = ? AND state IN ('submitted', 'scored') "
            "ORDER BY COALESCE(submitted_at, created_at) DESC, id DESC LIMIT ?", [person.id, limit],
        ).fetchall()
        return [_attempt(r) for r in rows]

    def stats(self, db: Database, person: Person) -> Stats:
        """Speeches per side, average total, average points per criterion, recent totals."""
        given = "person_id = ? AND state IN ('submitted', 'scored')"
        attempts, scored, average, prop, opp = db.execute(
            "SELECT COUNT(*), COUNT(total), AVG(total), "
            "COALESCE(SUM(side = 'prop'), 0), COALESCE(SUM(side = 'opp'), 0) "
            f"FROM attempts WHERE {given}", [person.id],
        ).fetchone()
        per_criterion = dict(db.execute(
            "SELECT c.name, AVG(c.points) FROM criterion_scores c JOIN attempts a ON a.id = c.attempt_id "
            "WHERE a.person_id = ? GROUP BY c.name ORDER BY MIN(c.rowid)", [person.id],
        ).fetchall())
        trend = [r[0] for r in db.execute(
            "SELECT total FROM (SELECT total, scored_at, id FROM attempts WHERE person_id = ? "
            "AND state = 'scored' ORDER BY scored_at DESC, id DESC LIMIT 10) ORDER BY scored_at, id",
            [person.id],
        ).fetchall()]
        return Stats(
            attempts=attempts, scored=scored, average_total=average,
            per_criterion={k: round(v, 2) for k, v in per_criterion.items()},
            prop=prop, opp=opp, trend=trend,
        )

    # ------------------------------------------------------------------ loading

    def _load(self, db: Database, attempt_id: int) -> Attempt | None:
        row = db.execute(f"SELECT {_COLUMNS} FROM attempts WHERE id = ?", [attempt_id]).fetchone()
        return None if row is None else _attempt(row)

    def _own(self, db: Database, person: Person, attempt_id: int) -> Attempt:
        attempt = self.attempt(db, person, attempt_id)
        if attempt is None:
            raise AttemptNotFound(f"I can't find attempt {attempt_id} among your speeches.")
        return attempt

    def _require_active(self, db: Database, person: Person) -> Attempt:
        attempt = self.active(db, person)
        if attempt is None:
            raise NoActiveAttempt("You have no motion waiting for a speech: draw one first.")
        return attempt


_COLUMNS = (
    "id, person_id, motion_id, side, state, speech, created_at, submitted_at, scored_at, card, late, "
    "motion_text, side_reason, rubric, prep_ends_at"
)


def _attempt(row: Any) -> Attempt:
    card = Scorecard.from_json(json.loads(row[9])) if row[9] else None
    return Attempt(
        id=row[0], person_id=row[1], motion_id=row[2], side=row[3], state=row[4], speech=row[5],
        created_at=row[6], submitted_at=row[7], scored_at=row[8], card=card, late=bool(row[10]),
        motion_text=row[11], side_reason=row[12], rubric=row[13], prep_ends_at=row[14],
    )


def _no_match(choice: Choice, query: str) -> NoMatch:
    return NoMatch(query, choice.message(), list(choice.tags), list(choice.suggestions))


def _check_length(speech: str, opening: str) -> None:
    words = len(speech.split())
    if words > MAX_SPEECH_WORDS or len(speech) > MAX_SPEECH_CHARS:
        raise SpeechError(
            f"{opening} {words:,} words; the limit is {MAX_SPEECH_WORDS:,}. "
            "Please shorten it and send it again."
        )


__all__ = [
    "Attempt", "AttemptNotFound", "Draw", "NoActiveAttempt", "NoMatch", "Person",
    "Practice", "PracticeError", "ScoringFailed", "SettingValueError", "SpeechError", "Stats", "Timer",
]
