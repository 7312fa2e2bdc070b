"""Prep timers as JobQueue jobs, armed from the timers stored by the practice service.

The database is the record: a job only rings a stored timer, and `fire_timer` marks it fired
exactly once, in the transaction that owes its message to the outbox, so a job re-armed after a
restart (or armed twice) never sends twice, and a message owed is sent even after an error.
"""

from __future__ import annotations

import logging
from typing import cast

from sqlite_utils import Database
from telegram.ext import Application, ContextTypes, JobQueue

from bot.practice import Timer

from . import render
from .app import Services, services
from .outbox import owe_html, sender

log = logging.getLogger(__name__)

KINDS = ("prep_reminder", "prep_end")


def job_name(timer: Timer) -> str:
    """The job's name, so tests and logs can find it."""
    return f"practice-timer-{timer.id}"


def arm(job_queue: JobQueue, svc: Services, timer: Timer) -> None:
    """Schedule the job that rings `timer` at its due time (at once if it is overdue)."""
    delay = max(0.0, timer.due_at - svc.clock.now())
    job_queue.run_once(ring, when=delay, data=timer.id, name=job_name(timer), chat_id=timer.chat_id)


def _fire_and_owe(db: Database, svc: Services, timer_id: int) -> Timer | None:
    """Mark the timer fired and owe its message in one transaction (None: nothing to send)."""
    with db.atomic():
        timer = svc.practice.fire_timer(db, timer_id)
        if timer is None or timer.chat_id is None:
            return None
        if timer.kind not in KINDS:
            log.warning("timer %s has an unknown kind %r", timer.id, timer.kind)
            return None
        text = (render.prep_reminder(timer.motion) if timer.kind == "prep_reminder"
                else render.prep_over(timer.motion, svc.settings.speech_minutes))
        owe_html(db, timer.chat_id, text, svc.clock.now(), kind=timer.kind, ref=f"timer:{timer.id}")
        return timer


async def ring(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A timer is due: mark it fired and owe the debater its message (unless it was cancelled or
    rang already); the outbox delivers it, also after a Bot API error or a restart."""
    svc = services(context)
    if await svc.store.run(_fire_and_owe, svc, cast(int, context.job.data)) is not None:
        sender(context.application).wake()


async def rearm_pending(application: Application) -> int:
    """Arm a job for every stored timer that has not rung; returns how many."""
    svc: Services = application.bot_data["services"]
    pending = await svc.store.run(svc.practice.pending_timers)
    for timer in pending:
        arm(application.job_queue, svc, timer)
    return len(pending)
