"""What club handlers share: the runtime (store, settings, bank, clock, scorer), announcing a
round's transitions, the debounced status message, and timer jobs that survive restarts."""

from __future__ import annotations

import asyncio
import logging
import random
import warnings
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import Application, ContextTypes
from telegram.warnings import PTBDeprecationWarning

from bot import club
from bot.chat import club_render as render
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.motions import Bank
from bot.storage import Store

log = logging.getLogger(__name__)
FLOOD_RETRIES = 3


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
    rt = runtime(context.application)
    handed = await rt.store.run(club.hand_in_at_deadline, context.job.data, rt.bank, rt.scorer)
    for got in handed:
        if got.speech is not None:
            what = "reply" if got.speech.stage == "reply" else "speech"
            await send_private(context.application, got.speech.user_id,
                               f"⏰ Time is up: I handed in the {what} you had sent "
                               f"({len(got.speech.text.split()):,} words) for round #{got.round.id}.")
    step = await rt.store.run(club.fire_timer, context.job.data, rt.now())
    if step is not None:
        await announce(context.application, step)


async def rearm(context: ContextTypes.DEFAULT_TYPE) -> None:
    """At start-up: score speeches left unscored, re-arm every pending timer, refresh statuses."""
    rt = runtime(context.application)
    rescored = await rt.store.run(club.score_missing, rt.bank, rt.scorer)
    if rescored:
        log.info("scored %d club speeches left without a card", rescored)
    timers = await rt.store.run(club.pending)
    arm(context.application, timers)
    for round_id in sorted({t.round_id for t in timers}):
        schedule_status(context.application, round_id)


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


async def send_group(app: Application, chat_id: int, texts: list[str], **kwargs: Any) -> None:
    """Post messages to the group (HTML); the keyboard, if any, goes on the last one."""
    markup = kwargs.pop("reply_markup", None)
    for n, text in enumerate(texts):
        last = n == len(texts) - 1
        for attempt in range(FLOOD_RETRIES + 1):
            try:
                await app.bot.send_message(chat_id, text, parse_mode="HTML",
                                           reply_markup=markup if last else None)
                break
            except RetryAfter as exc:  # over the group's ~20 messages a minute: wait and go on
                if attempt == FLOOD_RETRIES:
                    raise
                await asyncio.sleep(_seconds(exc))


def _seconds(exc: RetryAfter) -> float:
    """How long Telegram asks us to wait (an int today, a timedelta in later PTB versions)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        wait = exc.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


async def send_private(app: Application, user_id: int, text: str, **kwargs: Any) -> int | None:
    """Message a member privately; None if they have not opened a chat with the bot."""
    try:
        message = await app.bot.send_message(user_id, text, parse_mode="HTML", **kwargs)
    except Forbidden:
        return None
    except BadRequest as exc:
        log.info("could not message %s privately: %s", user_id, exc)
        return None
    return message.message_id


async def announce(app: Application, step: club.Transition, by: str | None = None) -> None:
    """Post what a transition means in the group (batched), arm its timers, refresh the status."""
    rt = runtime(app)
    rnd, now = step.round, rt.now()
    lines: list[str] = []
    messages: list[str] = []
    for event in step.events:
        if event in ("revealed", "replies_revealed"):
            kind = "📜 Speeches" if event == "revealed" else "↩️ Replies"
            heading = f"{kind}, round #{rnd.id}"
            messages += render.pack(lines) if lines else []
            lines = []
            messages += render.reveal_messages(rnd, step.revealed, heading)
        elif event == "result":
            messages += render.pack(lines) if lines else []
            lines = []
            messages += render.result_message(rnd, step.details["result"])
        elif (line := render.event_line(event, rnd, now, step.details, by)) is not None:
            lines.append(line)
    messages += render.pack(lines) if lines else []
    keyboard = render.running_keyboard(rnd, app.bot.username)
    if messages:
        await send_group(app, rnd.chat_id, messages, reply_markup=keyboard)
    arm(app, step.timers)
    if "adjudication_open" in step.events or ("result" in step.events and not rnd.adjudicators()):
        await send_scorecards(app, rnd)
    if "adjudication_open" in step.events:
        await send_ballots(app, rnd)
    if set(step.events) - {"prep_half", "speeches_reminder"}:
        schedule_status(app, rnd.id)


async def send_scorecards(app: Application, rnd: club.Round) -> None:
    """Every speaker gets the bot's scorecard of their speech privately."""
    for speech in rnd.speeches:
        if speech.card is not None:
            await send_private(app, speech.user_id, render.scorecard_message(rnd, speech.card))


async def send_ballots(app: Application, rnd: club.Round) -> None:
    """Send each adjudicator their ballot (those who never opened the bot use the group button)."""
    rt = runtime(app)
    for adjudicator in rnd.adjudicators():
        state = await rt.store.run(club.open_ballot, rnd.id, adjudicator.user_id)
        text, keyboard = render.ballot_message(state)
        message_id = await send_private(app, adjudicator.user_id, text, reply_markup=keyboard)
        if message_id is not None:
            await rt.store.run(club.set_message, rnd.id, adjudicator.user_id, message_id)


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
