"""The scoring worker: speeches are scored in worker processes, never on the event loop or the
database thread.

`score_speech` is the one scoring call: the workers run it, and so do the terminal and
`debate-bot score` (in their own process, where nothing else waits). `ScoringPool` keeps a
small pool of worker processes (Settings.scoring_workers, default 1) for solo practice and club
rounds alike. A worker that dies mid-speech (killed, out of memory) or is stuck past
TIMEOUT_SECONDS is replaced and the speech scored again, up to MAX_TRIES; nothing is stored by
the worker itself, so a speech is never lost and its card is stored (and owed) once, by the
caller, on the database thread. Workers end by themselves if the bot is killed.

The workers are forked from the bot, so an injected scorer (a test's stand-in) need not be
importable; they hold the scoring model, so the bot's own process never loads it.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.motions import Motion, SideName
from bot.scoring.card import Scorecard

log = logging.getLogger(__name__)

# score(speech, motion, side, rubric name) -> Scorecard, as bot.scoring.score: the one definition,
# used by solo practice (bot.practice.Scorer) and the club (bot.club.Scorer) alike.
Scorer = Callable[[str, Motion, SideName, str], Scorecard]
Result = TypeVar("Result")
MAX_TRIES = 3  # a speech whose worker dies this often is given up on (it may be what kills it)
PARENT_CHECK_SECONDS = 1.0  # how often a worker checks that its bot is still running
WORKER_NICENESS = 5  # scoring yields the CPU to the bot's replies when cores are scarce
TIMEOUT_SECONDS = 300.0  # a speech not scored this long after it was queued: its worker is stuck


class WorkerDied(RuntimeError):
    """The scoring worker died (or was stopped, stuck) MAX_TRIES times while scoring this speech."""


class PoolClosed(RuntimeError):
    """The bot is stopping: the speech stays unscored and is scored at the next start."""


@dataclass(frozen=True)
class SpeechToScore:
    """Everything the scorer needs, as plain values that cross to a worker process."""

    speech: str
    motion: Motion
    side: SideName
    rubric: str


def default_scorer(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    """bot.scoring.score, imported on first use (it loads the model)."""
    from bot.scoring import score

    card: Scorecard = score(speech, motion, side, rubric)
    return card


def score_speech(job: SpeechToScore, scorer: Scorer | None = None) -> Scorecard:
    """Score one speech with `scorer` (the real scorer by default), in this process."""
    return (scorer or default_scorer)(job.speech, job.motion, job.side, job.rubric)


_scorer_here: Scorer | None = None  # the scorer of this worker process, set as it starts


def _start_worker(scorer: Scorer | None, bot_pid: int) -> None:
    """In a new worker: keep the scorer, leave Ctrl-C to the bot (which stops the workers itself;
    a forked worker shares the bot's signal wake-up pipe until told not to), run below the bot's
    priority (a reply to a command matters more than a card a moment sooner), and end when the
    bot is gone, even if it was killed without stopping them."""
    global _scorer_here
    _scorer_here = scorer
    os.nice(WORKER_NICENESS)
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_end_with, args=(bot_pid,), name="parent-watch", daemon=True).start()


def _end_with(parent: int) -> None:
    """End this worker once its bot has died (it would wait for work forever otherwise); the bot's
    id is given, not read here, as the bot may die before the worker starts."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _score_here(job: SpeechToScore) -> Scorecard:
    return score_speech(job, _scorer_here)


def _call_here(fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    return fn(*args)


class ScoringPool:
    """Worker processes that score speeches; awaited from the event loop."""

    def __init__(self, scorer: Scorer | None = None, workers: int = 1, *,
                 timeout: float = TIMEOUT_SECONDS) -> None:
        self.scorer = scorer
        self.workers = workers
        self.timeout = timeout
        self.replaced = 0  # workers replaced after dying
        self._executor: ProcessPoolExecutor | None = None
        self._closed = False

    async def score(self, job: SpeechToScore) -> Scorecard:
        """The speech's scorecard; the scorer's own error is raised as it is, WorkerDied if the
        worker died MAX_TRIES times while scoring it."""
        card: Scorecard = await self._run(_score_here, job)
        return card

    async def run(self, fn: Callable[..., Result], *args: Any) -> Result:
        """Run other scoring work (a drill's judging) in a worker: `fn` and `args` must pickle."""
        found: Result = await self._run(_call_here, fn, args)
        return found

    async def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        for _ in range(MAX_TRIES):
            executor = self._current()
            try:
                return await asyncio.wait_for(asyncio.wrap_future(executor.submit(fn, *args)), self.timeout)
            except BrokenProcessPool:
                self._replace(executor)
            except TimeoutError:  # a worker is stuck (the speech is scored again by a new one)
                log.error("no card after %g s: stopping the scoring workers", self.timeout)
                for process in list(getattr(executor, "_processes", {}).values()):
                    process.kill()
                self._replace(executor)
        raise WorkerDied(f"the scoring worker died {MAX_TRIES} times on this speech")

    def _current(self) -> ProcessPoolExecutor:
        if self._closed:
            raise PoolClosed("the scoring workers have stopped")
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker, initargs=(self.scorer, os.getpid()))
        return self._executor

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Start fresh workers after one died (once, however many speeches noticed it)."""
        if self._executor is broken:
            log.warning("a scoring worker died; starting a new one and scoring its speeches again")
            self._executor = None
            self.replaced += 1
            broken.shutdown(wait=False, cancel_futures=True)

    def warm(self) -> None:
        """Start the workers now rather than at the first speech (and load the model there)."""
        if not self._closed:
            future: Future[Any] = self._current().submit(_warm_up)
            future.add_done_callback(_log_warm_up)

    def pids(self) -> list[int]:
        """The worker processes' ids (for tests and the faults bench)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return sorted(int(pid) for pid in processes)

    def close(self) -> None:
        """Stop the workers once the speeches in hand are scored; those still queued stay
        unscored in the database and are scored at the next start."""
        self._closed = True
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _warm_up() -> int:
    """Load the real model in this worker if it is the scorer (a stand-in has nothing to load)."""
    if _scorer_here is None:
        default_scorer("Warming up.", Motion.ad_hoc("This House would warm up"), "prop", "practice")
    return os.getpid()


def _log_warm_up(future: Future[Any]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.warning("warming the scoring worker failed: %s", future.exception())
