"""What club handlers share: the club runtime (its own state beside the shared services), advancing
a round with what each step owes (stored in the outbox in the same transaction), scoring speeches
in the scoring worker, the debounced status message, and timer jobs that survive restarts."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application

from bot import club
from bot.chat import club_render as render
from bot.chat.club_outbox import owe_handed, owe_last_minute, owe_scorecard, owe_step
from bot.chat.context import DebateContext, Services, job_of, job_queue_of, services_of
from bot.chat.jobs import Due, TimerKind
from bot.chat.jobs import arm as arm_job
from bot.chat.membership import Memberships
from bot.chat.outbox import sender
from bot.config import Settings
from bot.motions import Bank, Motion, SideName
from bot.scoring.card import Scorecard
from bot.scoring_worker import ScoringPool, SpeechToScore
from bot.storage import Store, first

log = logging.getLogger(__name__)


@dataclass
class ClubRuntime:
    """The club's own state beside the shared Services (which hold its store, settings, bank, clock
    and scoring workers); lives in application.bot_data["club"]."""

    services: Services
    criteria: tuple[club.Criterion, ...]
    status_delay: float = 3.0  # seconds to gather receipts and joins into one status edit (20/min)
    ack_delay: float = 1.0  # seconds of quiet before one acknowledgement of a burst of speech parts
    rng: random.Random = field(default_factory=random.Random)
    members: Memberships = field(default_factory=Memberships)  # who is in which group, recently
    scoring: ScoringPool | None = None  # the club's scoring workers if not the shared ones (tests)
    being_scored: dict[tuple[int, int, str], asyncio.Task[None]] = field(default_factory=dict)

    @property
    def store(self) -> Store:
        """The shared database."""
        return self.services.store

    @property
    def settings(self) -> Settings:
        """The shared settings."""
        return self.services.settings

    @property
    def bank(self) -> Bank:
        """The shared motion bank."""
        return self.services.bank

    def now(self) -> float:
        """The current time from the shared clock."""
        return self.services.clock.now()

    def pool(self) -> ScoringPool:
        """The scoring workers that score this club's speeches."""
        return self.scoring or self.services.scoring


def runtime(app: Application) -> ClubRuntime:
    """The club runtime, built once from the application's shared services if not given (for code
    that holds only the application: start-up, a stored timer ringing, the scoring tasks)."""
    found = app.bot_data.get("club")
    if found is None:
        services = services_of(app)
        found = ClubRuntime(services, criteria=club.rubric_criteria(services.settings.rubric))
        app.bot_data["club"] = found
    assert isinstance(found, ClubRuntime)
    return found


def club_of(context: DebateContext) -> ClubRuntime:
    """A club handler's runtime (ballot criteria, the membership cache, delays), from its typed
    context; the shared services are `context.services`."""
    return runtime(context.application)


# ------------------------------------------------------------------ timers


def arm(app: Application, timers: tuple[club.RoundTimer, ...] | list[club.RoundTimer]) -> None:
    """Schedule a durable job for each stored timer (past-due ones fire at once), and for a speech
    or reply deadline its last-minute warning (unless the stage is shorter than that minute)."""
    now, lead = services_of(app).clock.now(), last_minute(app)
    for timer in timers:
        arm_job(app, CLUB_TIMERS, Due(timer.id, timer.due_at))
        if timer.kind in club.CLOSING_TIMERS and timer.due_at - lead > now:
            arm_job(app, LAST_MINUTE_WARNINGS, Due(timer.id, timer.due_at - lead))


PRESCORE_TRIES = 3  # a deadline scores what changed meanwhile this often before it closes regardless


async def ring(app: Application, timer_id: int) -> None:
    """A stored timer is due: hand in the drafts left and close the stage in one transaction,
    with every message that owes (bot.club.close_at_deadline). The drafts and the round's
    speeches without a card are scored first, in the scoring worker, so that a result decided
    at the close has every card while the database thread never scores."""
    rt = runtime(app)
    username = app.bot.username
    cards = PreScored()

    def close(db: Database, last_try: bool) -> club.Deadline | list[club.Unscored]:
        with db.atomic():
            missing = [u for u in club.to_score_before(db, timer_id, rt.bank) if not cards.has(u)]
            if missing and not last_try:
                return missing  # a part or a speech came in since they were scored: score it first
            now = rt.now()
            club.score_missing(db, rt.bank, cards)
            deadline = club.close_at_deadline(db, timer_id, now, rt.bank, cards)
            owe_handed(db, deadline.handed, now)
            if deadline.step is not None:
                owe_step(db, deadline.step, username, now)
            return deadline

    for attempt in range(PRESCORE_TRIES + 1):
        done = await rt.store.run(close, attempt == PRESCORE_TRIES)
        if isinstance(done, club.Deadline):
            sender(app).wake()
            if done.step is not None:
                settle(app, done.step)
            break
        await cards.score(rt.pool(), done)
    await requeue_speeches(app)  # a card the close could not have (a failure) is scored afterwards


async def pending(app: Application) -> list[Due]:
    """Every stored club timer that has not rung (re-armed at start-up)."""
    svc = services_of(app)
    return [Due(t.id, t.due_at) for t in await svc.store.run(club.pending)]


CLUB_TIMERS = TimerKind("club", ring, pending, lambda app: services_of(app).clock.now())

LAST_MINUTE = 60.0  # seconds (before the time scale) between the warning and a speech or reply deadline


def last_minute(app: Application) -> float:
    """How long before a speech or reply deadline members with a draft are warned."""
    return LAST_MINUTE * services_of(app).settings.time_scale


async def warn_last_minute(app: Application, timer_id: int) -> None:
    """A minute before a speech or reply deadline: tell every member whose draft it will hand in
    that the draft goes in as it stands (owed once, in one transaction; nothing if the deadline
    has moved or passed)."""
    svc = services_of(app)

    def work(db: Database) -> int:
        with db.atomic():
            due = club.drafts_due(db, timer_id)
            owe_last_minute(db, timer_id, due, svc.clock.now())
            return len(due)

    if await svc.store.run(work):
        sender(app).wake()


async def warnings_pending(app: Application) -> list[Due]:
    """The last-minute warning of every speech or reply deadline still to ring (a warning that
    went out before a restart is not owed twice: bot/chat/club_outbox.owe_last_minute)."""
    svc, lead = services_of(app), last_minute(app)
    timers = await svc.store.run(club.pending)
    return [Due(t.id, t.due_at - lead) for t in timers if t.kind in club.CLOSING_TIMERS]


# The warnings are derived from the stored deadlines, so they survive a restart with them.
LAST_MINUTE_WARNINGS = TimerKind("club-last-minute", warn_last_minute, warnings_pending,
                                 lambda app: services_of(app).clock.now())


async def resume(context: DebateContext) -> None:
    """At start-up (the timers are re-armed as durable jobs): queue speeches left unscored for
    the scoring worker, refresh the statuses of running rounds, deliver what is still owed."""
    svc = context.services
    requeued = await requeue_speeches(context.application)
    if requeued:
        log.info("scoring %d club speeches left without a card", requeued)
    timers = await svc.store.run(club.pending)
    for round_id in sorted({t.round_id for t in timers}):
        schedule_status(context.application, round_id)
    sender(context.application).wake()  # what the last run left unsent


# ------------------------------------------------------------------ scoring speeches


def _job(speech: club.Unscored) -> SpeechToScore:
    return SpeechToScore(speech.text, speech.motion, speech.side, speech.rubric)


def _key(speech: club.Unscored) -> tuple[str, str, str, str]:
    return speech.text, speech.motion.text, speech.side, speech.rubric


class PreScored:
    """Cards the scoring worker made before a deadline, looked up as a club.Scorer on the
    database thread (a speech it has none for is stored without, for the worker to score)."""

    def __init__(self) -> None:
        self.cards: dict[tuple[str, str, str, str], Scorecard | None] = {}  # None: the scorer failed

    def has(self, speech: club.Unscored) -> bool:
        """Whether this speech was scored (or its scoring failed: it is not tried again here)."""
        return _key(speech) in self.cards

    async def score(self, pool: ScoringPool, speeches: list[club.Unscored]) -> None:
        """Score these speeches at once in the scoring workers."""
        todo = {_key(s): s for s in speeches if not self.has(s)}
        found = await asyncio.gather(*(pool.score(_job(s)) for s in todo.values()), return_exceptions=True)
        for key, card in zip(todo, found, strict=True):
            if isinstance(card, BaseException):
                log.error("scoring a club speech failed before its deadline", exc_info=card)
            self.cards[key] = card if isinstance(card, Scorecard) else None

    def __call__(self, speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
        card = self.cards.get((speech, motion.text, side, rubric))
        if card is None:
            raise club.NotScoredYet("no card was made for this speech before the deadline")
        return card


def queue_speech(app: Application, round_id: int, user_id: int, stage: str) -> asyncio.Task[None]:
    """Score a stored speech in the scoring worker (once, however often it is asked)."""
    rt, key = runtime(app), (round_id, user_id, stage)
    task = rt.being_scored.get(key)
    if task is None or task.done():
        task = app.create_task(_score_speech(app, key), name=f"club-score-{round_id}-{user_id}-{stage}")
        rt.being_scored[key] = task
    return task


async def _score_speech(app: Application, key: tuple[int, int, str]) -> None:
    """Score the speech in a worker, then store its card (and owe it, if cards are already out)
    on the database thread; a speech replaced meanwhile is scored again as it now stands."""
    rt = runtime(app)
    try:
        while found := await rt.store.run(lambda db: club.unscored(db, rt.bank, *key)):
            try:
                card = await rt.pool().score(_job(found[0]))
            except Exception:
                log.exception("scoring club speech %s failed; it is scored again at the next start", key)
                return
            if await rt.store.run(_store_and_owe, rt, found[0], card):
                return
    finally:
        rt.being_scored.pop(key, None)
        sender(app).wake()


def _store_and_owe(db: Database, rt: ClubRuntime, speech: club.Unscored, card: Scorecard) -> bool:
    """Keep the card; if the round has already sent its scorecards (adjudication or later), owe
    this one now, in the same transaction. False: the speech changed (or has a card) meanwhile."""
    with db.atomic():
        if not club.store_card(db, speech, card):
            return False
        found = first(db, "SELECT stage FROM club_rounds WHERE id = ?", [speech.round_id])
        # Its scorecard was not among those sent: send it now.
        if found is not None and found["stage"] in ("adjudication", "done"):
            rnd = club.load_round(db, speech.round_id)
            stored = rnd.speech(speech.user_id, speech.stage)
            if stored is not None:
                owe_scorecard(db, rnd, stored, rt.now())
        return True


async def requeue_speeches(app: Application, round_id: int | None = None) -> int:
    """Queue every speech of running rounds (or of one round) stored without a card."""
    svc = services_of(app)
    found = await svc.store.run(lambda db: club.unscored(db, svc.bank, round_id))
    for speech in found:
        queue_speech(app, speech.round_id, speech.user_id, speech.stage)
    return len(found)


async def settle_scoring(app: Application, round_id: int) -> None:
    """Wait until every speech of the round handed in so far has its card (before a change that
    may decide its result from the cards)."""
    svc = services_of(app)
    found = await svc.store.run(lambda db: club.unscored(db, svc.bank, round_id))
    tasks = [queue_speech(app, s.round_id, s.user_id, s.stage) for s in found]
    await asyncio.gather(*tasks, return_exceptions=True)


# ------------------------------------------------------------------ the status message


def schedule_status(app: Application, round_id: int) -> None:
    """Edit the round's status message soon, once for any number of changes meanwhile."""
    name = f"club-status-{round_id}"
    if job_queue_of(app).get_jobs_by_name(name):
        return
    job_queue_of(app).run_once(_status_job, runtime(app).status_delay, data=round_id, name=name)


async def _status_job(context: DebateContext) -> None:
    await refresh_status(context.application, int(job_of(context).data))  # type: ignore[call-overload]


async def refresh_status(app: Application, round_id: int) -> None:
    """Edit the status message to show the round as it is now."""
    svc = services_of(app)
    rnd = await svc.store.run(club.load_round, round_id)
    if rnd.status_message_id is None:
        return
    text = render.status(rnd, club.motion_of(rnd, svc.bank), svc.clock.now())
    keyboard = (render.signup_keyboard(rnd.id) if rnd.stage == "signup"
                else render.running_keyboard(rnd, app.bot.username))
    try:
        await app.bot.edit_message_text(text, rnd.chat_id, rnd.status_message_id, parse_mode="HTML",
                                        reply_markup=keyboard)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            log.warning("could not edit the status of round %s: %s", round_id, exc)


# ------------------------------------------------------------------ announcing


async def send_private(app: Application, user_id: int, text: str, **kwargs: Any) -> int | None:
    """Reply to a member privately at once; None if they have not opened a chat with the bot.
    (What a round owes them goes through the outbox instead: bot/chat/club_outbox.py.)"""
    try:
        message = await app.bot.send_message(user_id, text, parse_mode="HTML", **kwargs)
    except Forbidden:
        return None
    except BadRequest as exc:
        log.info("could not message %s privately: %s", user_id, exc)
        return None
    return message.message_id


async def advance(
    app: Application, change: Callable[[Database], club.Transition | None], by: str | None = None,
) -> club.Transition | None:
    """Make a change to a round and owe what it means (the announcement, scorecards, ballots)
    in one transaction; then arm its timers, deliver, and refresh the status."""
    svc, username = services_of(app), app.bot.username

    def work(db: Database) -> club.Transition | None:
        with db.atomic():
            step = change(db)
            if step is not None:
                owe_step(db, step, username, svc.clock.now(), by)
            return step

    step = await svc.store.run(work)
    if step is not None:
        settle(app, step)
    return step


async def forget_member(app: Application, user_id: int, username: str | None) -> club.Forgotten:
    """/forget's club part (bot.club.forget_member), in one transaction with what it owes: a
    running round that waited only for their ballot gives its result now."""
    svc, bot_username, steps = services_of(app), app.bot.username, []

    def work(db: Database) -> club.Forgotten:
        with db.atomic():
            now = svc.clock.now()
            gone = club.forget_member(db, user_id, username)
            for round_id in gone.left_rounds:
                step = club.close_adjudication_if_complete(db, round_id, now)
                if step is not None:
                    owe_step(db, step, bot_username, now)
                    steps.append(step)
            return gone

    gone = await svc.store.run(work)
    for step in steps:
        settle(app, step)
    for round_id in gone.left_rounds:
        schedule_status(app, round_id)
    return gone


def settle(app: Application, step: club.Transition) -> None:
    """After a step is stored: arm its timers, wake the sender, refresh the status message."""
    arm(app, step.timers)
    sender(app).wake()
    if set(step.events) - {"prep_half", "speeches_reminder"}:
        schedule_status(app, step.round.id)


async def edit_ballot(app: Application, state: club.BallotState) -> None:
    """Show the ballot's new state in its private message (or send it afresh)."""
    text, keyboard = render.ballot_message(state)
    if state.message_id is not None:
        try:
            await app.bot.edit_message_text(text, state.adjudicator_id, state.message_id, parse_mode="HTML",
                                            reply_markup=keyboard)
            return
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return
    message_id = await send_private(app, state.adjudicator_id, text, reply_markup=keyboard)
    if message_id is not None:
        await services_of(app).store.run(club.set_message, state.round.id, state.adjudicator_id, message_id)
