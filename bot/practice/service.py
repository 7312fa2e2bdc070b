"""The Practice service: people, drawing, prep timers, the speech, scoring, looking back."""

from __future__ import annotations

import random

from sqlite_utils import Database

from bot.allocation import choose_side, chosen_side_reason
from bot.clock import Clock
from bot.config import Settings
from bot.motions import SIDE_LABELS, Bank, Motion, SideName
from bot.practice import records
from bot.practice.timing import with_timing
from bot.practice.values import (
    MAX_PREP_MINUTES,
    STALE_TIMER_SECONDS,
    UNFINISHED_STATES,
    Attempt,
    AttemptNotFound,
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
from bot.rubric import rubric_names
from bot.scoring.card import Scorecard
from bot.scoring_worker import SpeechToScore, score_speech
from bot.selection import choose_motion, suggest
from bot.speech_limits import check_speech_part, check_speech_text

SCORING_FAILED = "Sorry, I could not score your speech just now. It is saved, and I will score it soon."


def _default_scorer(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    """bot.scoring.score, imported on first use so start-up stays fast."""
    from bot.scoring import score

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
        records.see_person(db, key, name, self.clock.now())
        return self._person_by_key(db, key)

    def known(self, db: Database, key: str) -> Person | None:
        """The debater with this key if they have been seen before (never creates one)."""
        try:
            return self._person_by_key(db, key)
        except PracticeError:
            return None

    def _person_by_key(self, db: Database, key: str) -> Person:
        found = records.person(db, key, self.settings.rubric, self.settings.prep_minutes)
        if found is None:
            raise PracticeError("I don't know you yet: start a practice first.")
        return found

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
        records.save_settings(db, person.id, rubric, prep_minutes, self.clock.now())
        return self._person_by_key(db, person.key)

    def forget(self, db: Database, person: Person) -> int:
        """Delete the debater and everything stored about them; the number of rows deleted."""
        return records.forget_person(db, person.id)

    # ------------------------------------------------------------------ drawing

    def draw(
        self, db: Database, person: Person, query: str | None = None, *,
        motion_id: str | None = None, side: SideName | None = None,
    ) -> Draw | NoMatch:
        """Draw a motion (by id, tag or words in `query`, or any) and a fair side; start an attempt.

        Motions the debater has practised least come first. Their unfinished attempt is cancelled.
        """
        if motion_id is not None:
            found = self.bank.get(motion_id)
            if found is None:
                return NoMatch(
                    motion_id, f"There is no motion “{motion_id}” in the bank.", self.bank.tags(),
                    list(suggest(self.bank, motion_id)),
                )
            return self._start(db, person, found, side)
        practised = records.speeches_per_motion(db, person.id)
        choice = choose_motion(self.bank, practised, query=query, rng=self.rng)
        if choice.motion is None:
            return NoMatch(query or "", choice.message(), list(choice.tags), list(choice.suggestions))
        return self._start(db, person, choice.motion, side)

    def redraw(self, db: Database, person: Person, attempt_id: int) -> Draw | NoMatch:
        """Another motion instead of the one drawn in `attempt_id`, on the same side."""
        current = self._own(db, person, attempt_id)
        others = Bank(tuple(m for m in self.bank.motions if m.id != current.motion_id))
        if not others.motions:
            return NoMatch("", "There is no other motion in the bank yet.", self.bank.tags(), [])
        choice = choose_motion(others, records.speeches_per_motion(db, person.id), rng=self.rng)
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

    def _start(
        self, db: Database, person: Person, motion: Motion, side: SideName | None,
        reason: str | None = None,
    ) -> Draw:
        if side is None:
            sides = records.speeches_per_side(db, person.id)
            side, reason = choose_side(sides.get("prop", 0), sides.get("opp", 0), self.rng)
        elif reason is None:
            reason = chosen_side_reason(side)
        now = self.clock.now()
        with db.atomic():
            self._cancel_unfinished(db, person, now)
            attempt_id = records.add_attempt(db, person.id, motion.id, motion.text, side, reason,
                                             person.rubric, now)
        return Draw(attempt_id, motion, side, reason)

    def _cancel_unfinished(self, db: Database, person: Person, now: float) -> None:
        for attempt_id in records.unfinished_ids(db, person.id):
            records.cancel_attempt(db, attempt_id)
            records.cancel_timers(db, attempt_id, now)

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
        if minutes <= 0:
            return []
        now = self.clock.now()
        ends = now + self.settings.seconds(minutes)
        due = [("prep_reminder", ends - self.settings.seconds(1))] if minutes > 1 else []
        due.append(("prep_end", ends))
        with db.atomic():
            records.cancel_timers(db, attempt_id, now)
            records.start_prep(db, attempt_id, ends)
            return [records.add_timer(db, attempt_id, chat_id, kind, at, attempt.motion_text)
                    for kind, at in due]

    def fire_timer(self, db: Database, timer_id: int) -> Timer | None:
        """Mark a timer fired; None if it already fired or was cancelled (never send twice)."""
        return records.fire_timer(db, timer_id, self.clock.now())

    def pending_timers(self, db: Database) -> list[Timer]:
        """Timers neither fired nor cancelled, soonest first: re-arm these at start-up.

        Left out: timers more than STALE_TIMER_SECONDS overdue (the debater has moved on), and
        a reminder whose prep has already ended (only "time's up" is still worth sending).
        """
        return records.pending_timers(db, self.clock.now(), STALE_TIMER_SECONDS)

    # ------------------------------------------------------------------ the speech

    def begin_speech(self, db: Database, person: Person, attempt_id: int) -> Attempt:
        """Prep is over (or skipped): the debater is now speaking."""
        attempt = self._own(db, person, attempt_id)
        if attempt.state not in UNFINISHED_STATES:
            raise NoActiveAttempt("That motion is finished; draw a new one to speak again.")
        if attempt.state != "speaking":
            now = self.clock.now()
            with db.atomic():
                records.cancel_timers(db, attempt_id, now)
                records.start_speaking(db, attempt_id, now)
        return self._own(db, person, attempt_id)

    def add_speech_part(self, db: Database, person: Person, text: str) -> Attempt:
        """Append a part of the speech to the active attempt's draft, stored at once."""
        attempt = self._require_active(db, person)
        part = text.strip()
        if not part:
            return attempt
        problem = check_speech_part(attempt.speech, part)
        if problem:
            raise SpeechError(problem)
        speech = f"{attempt.speech}\n\n{part}" if attempt.speech else part
        now = self.clock.now()
        with db.atomic():
            records.cancel_timers(db, attempt.id, now)
            records.keep_draft(db, attempt.id, speech, now)
        return self._own(db, person, attempt.id)

    def submit(self, db: Database, person: Person, text: str | None = None) -> Attempt:
        """Store the speech (the draft, plus `text` as its last part) before any scoring."""
        attempt = self._require_active(db, person)
        speech = attempt.speech
        if text and text.strip():
            speech = f"{speech}\n\n{text.strip()}" if speech else text.strip()
        if not speech.strip():
            raise SpeechError("Your speech is empty: write it out, then submit it.")
        problem = check_speech_text(speech, "Your speech")
        if problem:
            raise SpeechError(problem)
        now = self.clock.now()
        late = self._is_late(attempt, now)
        with db.atomic():
            records.cancel_timers(db, attempt.id, now)
            records.hand_in(db, attempt.id, speech, now, late)
        return self._own(db, person, attempt.id)

    def _is_late(self, attempt: Attempt, now: float) -> bool:
        """Late: handed in more than the speaking time after prep ended."""
        if attempt.prep_ends_at is None:
            return False
        return now > attempt.prep_ends_at + self.settings.seconds(self.settings.speech_minutes)

    # ------------------------------------------------------------------ scoring

    def score_attempt(self, db: Database, attempt_id: int) -> Attempt:
        """Score a submitted speech and store the card; an already scored attempt is returned as is.

        This runs the scorer on the caller's thread. To keep the database thread free while a
        speech is scored, call `speech_to_score` (db), score `scoring_job` in the scoring worker,
        then `timed` and `store_card` (db).
        """
        request = self.speech_to_score(db, attempt_id)
        if isinstance(request, Attempt):
            return request
        return self.store_card(db, attempt_id, self.run_scorer(request))

    def speech_to_score(self, db: Database, attempt_id: int) -> ScoreRequest | Attempt:
        """What the scorer needs for a submitted attempt, or the attempt itself if already scored."""
        attempt = records.load(db, attempt_id)
        if attempt is None:
            raise AttemptNotFound("That speech is no longer stored.")
        if attempt.state == "scored":
            return attempt
        if attempt.state != "submitted":
            raise PracticeError("That speech has not been submitted yet.")
        motion = self.bank.get(attempt.motion_id) or Motion.ad_hoc(attempt.motion_text)
        return ScoreRequest(attempt, motion)

    def run_scorer(self, request: ScoreRequest) -> Scorecard:
        """Score the speech in this process (no database): raises ScoringFailed with a friendly
        message. The terminal scores so; the bot sends `scoring_job` to the scoring worker."""
        try:
            card = score_speech(self.scoring_job(request), self.scorer)
        except Exception as exc:
            raise ScoringFailed(SCORING_FAILED) from exc
        return self.timed(request, card)

    def scoring_job(self, request: ScoreRequest) -> SpeechToScore:
        """What the scorer reads, as plain values for a scoring worker."""
        attempt = request.attempt
        return SpeechToScore(attempt.speech, request.motion, attempt.side, attempt.rubric)

    def timed(self, request: ScoreRequest, card: Scorecard) -> Scorecard:
        """The card with how the speaking time was used."""
        return with_timing(card, request.attempt, self.settings.seconds(self.settings.speech_minutes))

    def store_card(self, db: Database, attempt_id: int, card: Scorecard) -> Attempt:
        """Keep the card with its scorer version; the first card stored for an attempt wins."""
        records.store_card(db, attempt_id, card, self.clock.now())
        scored = records.load(db, attempt_id)
        if scored is None:
            raise AttemptNotFound("That speech is no longer stored.")
        return scored

    def unscored(self, db: Database) -> list[int]:
        """Attempts submitted but not scored (e.g. the bot stopped mid-way), oldest first."""
        return records.unscored_ids(db)

    def owner_key(self, db: Database, attempt_id: int) -> str | None:
        """The opaque key of the debater who gave this speech (only the adapter that made the key
        reads it), or None when the speech is gone."""
        return records.owner_key(db, attempt_id)

    # ------------------------------------------------------------------ looking back

    def active(self, db: Database, person: Person) -> Attempt | None:
        """The debater's unfinished attempt (drawn, prepping or speaking), if any."""
        ids = records.unfinished_ids(db, person.id)
        return records.load(db, ids[0]) if ids else None

    def cancel(self, db: Database, person: Person) -> Attempt | None:
        """Drop the unfinished attempt; None if there was none."""
        attempt = self.active(db, person)
        if attempt is None:
            return None
        with db.atomic():
            self._cancel_unfinished(db, person, self.clock.now())
        return records.load(db, attempt.id)

    def latest_handed_in(self, db: Database, person: Person) -> Attempt | None:
        """The debater's newest attempt if it is handed in (scored or still being scored)."""
        ids = records.newest_ids(db, person.id, 1)
        attempt = records.load(db, ids[0]) if ids else None
        return attempt if attempt is not None and attempt.state in ("submitted", "scored") else None

    def attempt(self, db: Database, person: Person, attempt_id: int) -> Attempt | None:
        """One of the debater's own attempts (never someone else's)."""
        attempt = records.load(db, attempt_id)
        return attempt if attempt is not None and attempt.person_id == person.id else None

    def history(self, db: Database, person: Person, limit: int = 10) -> list[Attempt]:
        """The debater's submitted speeches, newest first."""
        return records.history(db, person.id, limit)

    def progress(self, db: Database, person: Person) -> Progress:
        """Totals, criterion marks and drill results over time, for a chart."""
        return records.progress(db, person.id)

    def stats(self, db: Database, person: Person) -> Stats:
        """Speeches per side, average total, average points per criterion, recent totals."""
        return records.stats(db, person.id)

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

