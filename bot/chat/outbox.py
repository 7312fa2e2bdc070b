"""The sender: delivers the messages stored in the outbox (bot/outbox.py), in order per chat.

Handlers and jobs store what a change owes in the change's own transaction (`owe_html` on the
database thread), then call `sender(app).wake()`. The sender sends each chat's messages oldest
first, one chat's at a time and chats side by side; python-telegram-bot's AIORateLimiter (set
in bot/chat/app.py) keeps the pace within Telegram's limits. A message is marked sent when
Telegram returns it, and only then. What goes wrong is handled by its kind:

* a flood wait (429, RetryAfter): the chat waits as long as Telegram asks, then goes on;
* a network error or any other transient failure: tried again with a growing pause;
* a group that became a supergroup (ChatMigrated): its messages move to the new chat id;
* the user blocked the bot, the chat is gone, or Telegram refuses the message (403, 400):
  given up, with Telegram's reason stored on the row; the chat's next message goes on.

At start-up (`register` adds a job that runs as soon as the application runs) the sender picks
up whatever a previous run left unsent. `after_sent(kind)` registers a function that runs in
the transaction that marks a message of that kind sent (e.g. to remember a ballot's message id).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import warnings
from collections.abc import Callable
from datetime import timedelta

from sqlite_utils import Database
from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application
from telegram.warnings import PTBDeprecationWarning

from bot import outbox as records
from bot.storage import Store

from .context import DebateContext, services_of
from .render import split_message

log = logging.getLogger(__name__)

KEY = "outbox"
POLL_SECONDS = 0.2  # how often an idle sender checks that the application still runs
MAX_BACKOFF_SECONDS = 60.0
SentHook = Callable[[Database, str, int], None]
_HOOKS: dict[str, SentHook] = {}


def after_sent(kind: str) -> Callable[[SentHook], SentHook]:
    """Register `hook(db, ref, message_id)` to run when a message of `kind` is marked sent."""
    def register_hook(hook: SentHook) -> SentHook:
        _HOOKS[kind] = hook
        return hook
    return register_hook


def owe_html(
    db: Database, chat_id: int, text: str, now: float, *, markup: InlineKeyboardMarkup | None = None,
    kind: str = "", ref: str = "", key: str | None = None,
) -> int:
    """Owe an HTML message (split to Telegram's limit, the keyboard under the last part), inside
    the caller's transaction; returns how many parts were stored (0: `key` was owed already)."""
    parts = split_message(text)
    stored = 0
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        stored += records.owe(
            db, chat_id, part, now, reply_markup=markup.to_json() if markup is not None and last else None,
            kind=kind, ref=ref, key=None if key is None else f"{key}:{n}",
        ) is not None
    return stored


def retry_seconds(exc: RetryAfter) -> float:
    """How long Telegram asks us to wait (an int today, a timedelta in later PTB versions)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        wait = exc.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


def backoff(tries: int) -> float:
    """Seconds before the next try after `tries` failed ones: 1, 2, 4 … up to a minute."""
    return float(min(MAX_BACKOFF_SECONDS, 2.0 ** max(0, tries)))


class Sender:
    """Delivers owed messages while the application runs (see the module's docstring)."""

    def __init__(self, app: Application, store: Store) -> None:
        self.app = app
        self.store = store
        self._event = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._busy: set[int] = set()

    def wake(self) -> None:
        """Something new is owed (or the bot just started): deliver it soon."""
        self._event.set()
        if (self._task is None or self._task.done()) and self.app.running:
            self._task = self.app.create_task(self._run(), name="outbox-sender")

    async def _run(self) -> None:
        next_check = 0.0
        while self.app.running:
            if self._event.is_set() or time.time() >= next_check:
                self._event.clear()
                try:
                    next_check = await self._dispatch()
                except Exception:  # a database hiccup: try again shortly, never stop sending
                    log.exception("the outbox could not be read")
                    next_check = time.time() + 1.0
            pause = max(0.0, min(POLL_SECONDS, next_check - time.time()))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), pause)

    async def _dispatch(self) -> float:
        """Start a delivery for every chat whose next message is due; when to look again."""
        now = time.time()
        next_check = now + 3600.0
        for owed in await self.store.run(records.due):
            if not self.app.running:  # stopping: what is left waits for the next start
                break
            if owed.chat_id in self._busy:
                continue
            if owed.not_before > now:
                next_check = min(next_check, owed.not_before)
                continue
            self._busy.add(owed.chat_id)
            self.app.create_task(self._deliver(owed.chat_id), name=f"outbox-{owed.chat_id}")
        return next_check

    async def _deliver(self, chat_id: int) -> None:
        """Send the chat's messages in order until none is left or one must wait."""
        try:
            while self.app.running:
                owed = await self.store.run(records.next_in, chat_id)
                if owed is None or owed.not_before > time.time() or not await self._send(owed):
                    break
        except Exception:
            log.exception("delivering to chat %s failed", chat_id)
        finally:
            self._busy.discard(chat_id)
            self._event.set()

    async def _send(self, owed: records.Owed) -> bool:
        """Try one message; True if the chat's next one may follow at once."""
        markup = (InlineKeyboardMarkup.de_json(json.loads(owed.reply_markup), self.app.bot)
                  if owed.reply_markup else None)
        try:
            message = await self.app.bot.send_message(owed.chat_id, owed.text, parse_mode=owed.parse_mode,
                                                      reply_markup=markup)
        except RetryAfter as exc:
            wait = retry_seconds(exc)
            log.info("flood wait of %.1f s for chat %s (message %s)", wait, owed.chat_id, owed.id)
            await self.store.run(records.postpone, owed.id, time.time() + wait, str(exc))
            return False
        except ChatMigrated as exc:
            log.info("chat %s is now %s: its messages follow it", owed.chat_id, exc.new_chat_id)
            await self.store.run(records.move_chat, owed.chat_id, int(exc.new_chat_id))
            self._event.set()
            return False
        except (Forbidden, BadRequest) as exc:  # blocked, chat gone, or a message Telegram refuses
            log.info("gave up message %s to chat %s: %s", owed.id, owed.chat_id, exc)
            await self.store.run(records.give_up, owed.id, time.time(), f"{type(exc).__name__}: {exc}")
            return True
        except Exception as exc:  # network errors, timeouts, Telegram's own trouble: try again later
            wait = backoff(owed.tries)
            level = logging.INFO if isinstance(exc, TelegramError) else logging.WARNING
            log.log(level, "message %s to chat %s failed (%s); trying again in %.0f s",
                    owed.id, owed.chat_id, exc, wait)
            reason = f"{type(exc).__name__}: {exc}"
            await self.store.run(records.postpone, owed.id, time.time() + wait, reason)
            return False
        await self.store.run(self._mark_sent, owed, message.message_id)
        return True

    @staticmethod
    def _mark_sent(db: Database, owed: records.Owed, message_id: int) -> None:
        with db.atomic():
            if records.mark_sent(db, owed.id, time.time(), message_id) and owed.kind in _HOOKS:
                _HOOKS[owed.kind](db, owed.ref, message_id)


def sender(app: Application) -> Sender:
    """The application's sender, made on first use with the application's database."""
    found = app.bot_data.get(KEY)
    if found is None:
        found = app.bot_data[KEY] = Sender(app, services_of(app).store)
    assert isinstance(found, Sender)
    return found


async def _resume(context: DebateContext) -> None:
    sender(context.application).wake()


def register(application: Application) -> None:
    """Resume delivery as soon as the application runs (what a previous run left unsent)."""
    if application.job_queue is not None and not application.job_queue.get_jobs_by_name("outbox-resume"):
        application.job_queue.run_once(_resume, 0, name="outbox-resume")
