"""Prep timers as JobQueue jobs, armed from the timers stored by the practice service.

The database is the record: a job only rings a stored timer, and `fire_timer` marks it fired
exactly once, so a job re-armed after a restart (or armed twice) never sends twice.
"""

from __future__ import annotations

import logging
from typing import cast

from telegram.ext import Application, ContextTypes, JobQueue

from bot.practice import Timer

from . import render
from .app import Services, services

log = logging.getLogger(__name__)

KINDS = ("prep_reminder", "prep_end")


def job_name(timer: Timer) -> str:
    """The job's name, so tests and logs can find it."""
    return f"practice-timer-{timer.id}"


def arm(job_queue: JobQueue, svc: Services, timer: Timer) -> None:
    """Schedule the job that rings `timer` at its due time (at once if it is overdue)."""
    delay = max(0.0, timer.due_at - svc.clock.now())
    job_queue.run_once(ring, when=delay, data=timer.id, name=job_name(timer), chat_id=timer.chat_id)


async def ring(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A timer is due: mark it fired and tell the debater (unless it was cancelled or rang)."""
    svc = services(context)
    timer = await svc.store.run(svc.practice.fire_timer, cast(int, context.job.data))
    if timer is None or timer.chat_id is None:
        return
    if timer.kind not in KINDS:
        log.warning("timer %s has an unknown kind %r", timer.id, timer.kind)
        return
    text = (render.prep_reminder(timer.motion) if timer.kind == "prep_reminder"
            else render.prep_over(timer.motion, svc.settings.speech_minutes))
    await context.bot.send_message(timer.chat_id, text, parse_mode="HTML")


async def rearm_pending(application: Application) -> int:
    """Arm a job for every stored timer that has not rung; returns how many."""
    svc: Services = application.bot_data["services"]
    pending = await svc.store.run(svc.practice.pending_timers)
    for timer in pending:
        arm(application.job_queue, svc, timer)
    return len(pending)
