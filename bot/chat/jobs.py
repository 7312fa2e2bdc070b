"""Durable jobs: every timer the bot keeps is a row in the database, and a JobQueue job only
rings it. Solo practice keeps its prep reminders and prep ends in `timers`; club rounds keep
their stage reminders and deadlines in `club_timers`. Each feature describes its timers once as
a `TimerKind` (how to ring one, which are still to ring) and adds it with `keep` from its
`register`; one start-up job then re-arms every stored timer of every kind the application
keeps, so a restart loses no deadline.

A feature's `ring` marks its timer fired once, in the transaction that owes its messages, so a
job armed twice (or re-armed after a restart) never sends twice.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import cast

from telegram.ext import Application

from .context import DebateContext, job_of, job_queue_of

log = logging.getLogger(__name__)

KINDS_KEY = "timer_kinds"  # application.bot_data: the TimerKinds this application keeps
REARM_JOB = "rearm-stored-timers"


@dataclass(frozen=True)
class Due:
    """A stored timer: its id in its feature's table, when it is due, the chat it is for."""

    id: int
    due_at: float
    chat_id: int | None = None


@dataclass(frozen=True)
class TimerKind:
    """One feature's stored timers. Jobs are named "<name>-timer-<id>"."""

    name: str
    ring: Callable[[Application, int], Awaitable[None]]  # the timer with this id is due
    pending: Callable[[Application], Awaitable[Sequence[Due]]]  # stored timers not rung yet
    now: Callable[[Application], float]  # the feature's clock


def job_name(kind: TimerKind, timer_id: int) -> str:
    """The job's name, so tests and logs can find it."""
    return f"{kind.name}-timer-{timer_id}"


def arm(application: Application, kind: TimerKind, due: Due) -> None:
    """Schedule the job that rings this stored timer when it is due (at once if overdue)."""
    delay = max(0.0, due.due_at - kind.now(application))
    job_queue_of(application).run_once(_ring, delay, data=(kind, due.id), name=job_name(kind, due.id),
                                   chat_id=due.chat_id)


async def _ring(context: DebateContext) -> None:
    kind, timer_id = cast(tuple[TimerKind, int], job_of(context).data)
    await kind.ring(context.application, timer_id)


def keep(application: Application, kind: TimerKind) -> None:
    """Keep this kind of timer: its stored timers are re-armed when the application starts."""
    kinds: dict[str, TimerKind] = application.bot_data.setdefault(KINDS_KEY, {})
    kinds[kind.name] = kind
    if application.job_queue is not None and not application.job_queue.get_jobs_by_name(REARM_JOB):
        application.job_queue.run_once(_rearm, 0, name=REARM_JOB)


async def _rearm(context: DebateContext) -> None:
    await rearm(context.application)


async def rearm(application: Application) -> int:
    """Arm a job for every stored timer of every kind kept that has not rung; how many."""
    kinds: dict[str, TimerKind] = application.bot_data.get(KINDS_KEY, {})
    armed = 0
    for kind in kinds.values():
        for due in await kind.pending(application):
            arm(application, kind, due)
            armed += 1
    log.info("%d stored timers re-armed (%s)", armed, ", ".join(kinds) or "none kept")
    return armed
