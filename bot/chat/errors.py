"""Keeping the bot token out of logs, and the error handler that apologises to the user.

The apology is for the bot's own failures only: input that is simply wrong (a forged button, a
broken link, a bad number) is answered where it is read, and never reaches `report_error`.

The token is part of every Bot API URL, so any log line about a request can carry it.
`protect_token` registers it with a log-record factory that rewrites every record, from any
logger, before a handler sees it; httpx's per-request INFO lines are silenced as well.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError

from .context import DebateContext, query_of

log = logging.getLogger(__name__)

REDACTED = "<redacted-token>"
SORRY = "Sorry, something went wrong on my side. Nothing you sent was lost: please try again in a moment."
QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler")
# Telegram's answer to a press answered too late (e.g. after a restart) or twice: nobody to tell.
STALE_QUERY = ("query is too old", "query id is invalid")

_secrets: set[str] = set()
_installed = False


def redact(text: str) -> str:
    """`text` with every registered secret replaced."""
    for secret in _secrets:
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    return text


def _redacting_factory(previous: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if not _secrets:
            return record
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to logging's own error path
            return record
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return record

    return factory


def protect_token(token: str | None) -> None:
    """Redact `token` from every log record from now on, and quiet the per-request loggers."""
    global _installed
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if not token:
        return
    _secrets.add(token)
    _secrets.add(token.split(":", 1)[-1])  # the secret half alone is just as sensitive
    if not _installed:
        logging.setLogRecordFactory(_redacting_factory(logging.getLogRecordFactory()))
        _installed = True


async def report_error(update: object, context: DebateContext) -> None:
    """Log what broke (never the token or the user's text) and tell the user nothing was lost."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, Forbidden):  # the user blocked the bot: nothing to tell them
        log.info("update %s: the chat is closed to the bot (%s)", update_id, error)
        return
    if isinstance(error, BadRequest) and any(phrase in str(error).lower() for phrase in STALE_QUERY):
        log.info("update %s: a button press answered too late (%s)", update_id, error)
        return
    log.error("update %s failed", update_id, exc_info=error)
    if not isinstance(update, Update):
        return
    if update.callback_query is not None:  # every press is answered, a failed one with the apology
        try:
            await query_of(update).answer(SORRY, show_alert=True)
            return
        except TelegramError:  # answered already: say it in the chat instead
            pass
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await context.bot.send_message(chat.id, SORRY)
    except TelegramError as exc:
        log.warning("could not send the apology to chat %s: %s", chat.id, exc)
