"""What club handlers share: the runtime (store, settings, bank, clock, scorer), advancing a
round with what each step owes (stored in the outbox in the same transaction), the debounced
status message, and timer jobs that survive restarts."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlite_utils import Database
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application, ContextTypes

from bot import club
from bot.chat import club_render as render
from bot.chat.club_outbox import owe_handed, owe_step
from bot.chat.membership import Memberships
from bot.chat.outbox import sender
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.motions import Bank
from bot.storage import Store

log = logging.getLogger(__name__)


@dataclass
class ClubRuntime:
    """Everything the club handlers need; lives in application.bot_data["club"]."""

    store: Store
    settings: Settings
    bank: Bank
    scorer: club.Scorer
    criteria: tuple[club.Criterion, ...]
    clock: Clock = field(default_factory=SystemClock)
    status_delay: float = 3.0  # seconds to gather receipts and joins into one status edit (20/min)
    ack_delay: float = 1.0  # seconds of quiet before one acknowledgement of a burst of speech parts
    rng: random.Random = field(default_factory=random.Random)
    members: Memberships = field(default_factory=Memberships)  # who is in which group, recently

    def now(self) -> float:
        """The current time from the injected clock."""
        return self.clock.now()


def runtime(app: Application) -> ClubRuntime:
    """The club runtime, built once from the application's shared services if not given."""
    found = app.bot_data.get("club")
    if found is None:
        services = app.bot_data["services"]
        scorer = getattr(services, "scorer", None) or services.practice.scorer
        settings = services.settings
        found = ClubRuntime(
            store=services.store, settings=settings, bank=services.bank, scorer=scorer,
            criteria=club.rubric_criteria(settings.rubric),
            clock=getattr(services, "clock", None) or SystemClock(),
        )
        app.bot_data["club"] = found
    return found


# ------------------------------------------------------------------ timers


def arm(app: Application, timers: tuple[club.Timer, ...] | list[club.Timer]) -> None:
    """Schedule a job for each stored timer (past-due ones fire at once)."""
    now = runtime(app).now()
    for timer in timers:
        app.job_queue.run_once(_timer_job, max(0.0, timer.due_at - now), data=timer.id,
                               name=f"club-timer-{timer.id}")


async def _timer_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A stored timer is due: hand in the drafts left and close the stage in one transaction,
    with every message that owes (bot.club.close_at_deadline)."""
    app, rt, timer_id = context.application, runtime(context.application), cast(int, context.job.data)
    username = app.bot.username

    def close(db: Database) -> club.Deadline:
        with db.atomic():
            now = rt.now()
            deadline = club.close_at_deadline(db, timer_id, now, rt.bank, rt.scorer)
            owe_handed(db, deadline.handed, now)
            if deadline.step is not None:
                owe_step(db, deadline.step, username, now)
            return deadline

    deadline = await rt.store.run(close)
    sender(app).wake()
    if deadline.step is not None:
        settle(app, deadline.step)


async def rearm(context: ContextTypes.DEFAULT_TYPE) -> None:
    """At start-up: score speeches left unscored, re-arm every pending timer, refresh statuses,
    deliver what is still owed."""
    rt = runtime(context.application)
    rescored = await rt.store.run(club.score_missing, rt.bank, rt.scorer)
    if rescored:
        log.info("scored %d club speeches left without a card", rescored)
    timers = await rt.store.run(club.pending)
    arm(context.application, timers)
    for round_id in sorted({t.round_id for t in timers}):
        schedule_status(context.application, round_id)
    sender(context.application).wake()  # what the last run left unsent


# ------------------------------------------------------------------ the status message


def schedule_status(app: Application, round_id: int) -> None:
    """Edit the round's status message soon, once for any number of changes meanwhile."""
    name = f"club-status-{round_id}"
    if app.job_queue.get_jobs_by_name(name):
        return
    app.job_queue.run_once(_status_job, runtime(app).status_delay, data=round_id, name=name)


async def _status_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await refresh_status(context.application, int(context.job.data))  # type: ignore[call-overload]


async def refresh_status(app: Application, round_id: int) -> None:
    """Edit the status message to show the round as it is now."""
    rt = runtime(app)
    rnd = await rt.store.run(club.load_round, round_id)
    if rnd.status_message_id is None:
        return
    text = render.status(rnd, club.motion_of(rnd, rt.bank), rt.now())
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
    rt, username = runtime(app), app.bot.username

    def work(db: Database) -> club.Transition | None:
        with db.atomic():
            step = change(db)
            if step is not None:
                owe_step(db, step, username, rt.now(), by)
            return step

    step = await rt.store.run(work)
    if step is not None:
        settle(app, step)
    return step


async def forget_member(app: Application, user_id: int, username: str | None) -> club.Forgotten:
    """/forget's club part (bot.club.forget_member), in one transaction with what it owes: a
    running round that waited only for their ballot gives its result now."""
    rt, bot_username, steps = runtime(app), app.bot.username, []

    def work(db: Database) -> club.Forgotten:
        with db.atomic():
            now = rt.now()
            gone = club.forget_member(db, user_id, username)
            for round_id in gone.left_rounds:
                step = club.close_adjudication_if_complete(db, round_id, now)
                if step is not None:
                    owe_step(db, step, bot_username, now)
                    steps.append(step)
            return gone

    gone = await rt.store.run(work)
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
        await runtime(app).store.run(club.set_message, state.round.id, state.adjudicator_id, message_id)
