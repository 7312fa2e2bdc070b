"""Prep timers as durable jobs (bot/chat/jobs.py), armed from the timers stored by the practice
service.

The database is the record: a job only rings a stored timer, and `fire_timer` marks it fired
exactly once, in the transaction that owes its message to the outbox, so a job re-armed after a
restart (or armed twice) never sends twice, and a message owed is sent even after an error.
"""

from __future__ import annotations

import logging

from sqlite_utils import Database
from telegram.ext import Application, JobQueue

from bot.practice import Timer
from bot.practice.values import TIMER_KINDS

from . import render
from .context import Services, services_of
from .jobs import Due, TimerKind
from .jobs import arm as arm_job
from .outbox import owe_html, sender

log = logging.getLogger(__name__)


def arm(job_queue: JobQueue, timer: Timer) -> None:
    """Schedule the job that rings `timer` at its due time (at once if it is overdue)."""
    arm_job(job_queue.application, PRACTICE_TIMERS, Due(timer.id, timer.due_at, timer.chat_id))


def _fire_and_owe(db: Database, svc: Services, timer_id: int) -> Timer | None:
    """Mark the timer fired and owe its message in one transaction (None: nothing to send)."""
    with db.atomic():
        timer = svc.practice.fire_timer(db, timer_id)
        if timer is None or timer.chat_id is None:
            return None
        if timer.kind not in TIMER_KINDS:
            log.warning("timer %s has an unknown kind %r", timer.id, timer.kind)
            return None
        text = (render.prep_reminder(timer.motion) if timer.kind == "prep_reminder"
                else render.prep_over(timer.motion, svc.settings.speech_minutes))
        owe_html(db, timer.chat_id, text, svc.clock.now(), kind=timer.kind, ref=f"timer:{timer.id}")
        return timer


async def ring(application: Application, timer_id: int) -> None:
    """A timer is due: mark it fired and owe the debater its message (unless it was cancelled or
    rang already); the outbox delivers it, also after a Bot API error or a restart."""
    svc = services_of(application)
    if await svc.store.run(_fire_and_owe, svc, timer_id) is not None:
        sender(application).wake()


async def pending(application: Application) -> list[Due]:
    """Every stored prep timer that has not rung (re-armed at start-up)."""
    svc = services_of(application)
    return [Due(t.id, t.due_at, t.chat_id) for t in await svc.store.run(svc.practice.pending_timers)]


def _now(application: Application) -> float:
    svc = services_of(application)
    return svc.clock.now()


PRACTICE_TIMERS = TimerKind("practice", ring, pending, _now)
