"""Start-up's one re-queue: every speech handed in but not scored, solo or club, goes to the
scoring workers (bot/scoring_worker.py); its card is stored and owed as if it had just come in."""

from __future__ import annotations

from telegram.ext import Application

from .club_runtime import requeue_speeches
from .context import services_of
from .speech import score_later


async def requeue_unscored(application: Application) -> int:
    """Queue the scoring of every handed-in speech without a card; how many there were."""
    svc = services_of(application)
    attempts = await svc.store.run(svc.practice.unscored)
    for attempt_id in attempts:
        score_later(application, attempt_id)
    return len(attempts) + await requeue_speeches(application)
