"""What every update passes before the features see it, and the answer to presses none took.

* `command` builds a CommandHandler for new messages only. Telegram delivers an edit of a message
  as an `edited_message` update, and PTB's CommandHandler takes those too unless its filters say
  otherwise, so an edited "/practice" would draw again and an edited "/extend 1" extend again.
* `screen` runs first (handler group GUARD_GROUP). It stops an update whose ids cannot be
  Telegram's (beyond SQLite's 64-bit integers, where binding them raises OverflowError), and an
  edited command: in a private chat it says the command was not run again; in a group it stays
  quiet, because the original already ran there and the group need not hear about typo fixes.
* `expired_button` is the last callback handler: a press no feature took gets "This button has
  expired." A feature that answers presses in a group before 0 stops the update
  (ApplicationHandlerStop) so that a press is answered once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Iterator, Sequence
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, CommandHandler, filters

from .callback_data import EXPIRED, MAX_ID
from .context import DebateContext, query_of

log = logging.getLogger(__name__)

GUARD_GROUP = -10  # before every feature's group
EDITED_COMMAND = ("I don't run edited commands again, so nothing changed. If you meant {command}, "
                  "send it as a new message.")
Callback = Callable[[Update, DebateContext], Coroutine[Any, Any, None]]


def command(names: str | Sequence[str], callback: Callback, where: filters.BaseFilter) -> CommandHandler:
    """A CommandHandler for `names` in chats matching `where`, for new messages only."""
    return CommandHandler(names, callback, filters=filters.UpdateType.MESSAGE & where)


def _ids(update: Update) -> Iterator[int]:
    """Every id in the update that a handler may store or look up."""
    for found in (update.effective_user, update.effective_chat):
        if found is not None:
            yield found.id
    message = update.effective_message
    if message is not None:
        yield message.message_id
        replied = message.reply_to_message
        if replied is not None:
            yield replied.message_id
            if replied.from_user is not None:
                yield replied.from_user.id


async def screen(update: object, context: DebateContext) -> None:
    """Stop impossible ids and edited commands before any feature sees them."""
    if not isinstance(update, Update):
        return
    if any(not -MAX_ID <= i <= MAX_ID for i in _ids(update)):
        log.warning("update %s dropped: an id beyond 64 bits", update.update_id)
        if update.callback_query is not None:
            await query_of(update).answer(EXPIRED)
        raise ApplicationHandlerStop
    edited = update.edited_message
    if edited is not None and filters.COMMAND.check_update(update):
        if edited.chat.type == ChatType.PRIVATE:
            name = (edited.text or "").split(maxsplit=1)[0][:40]
            await edited.reply_text(EDITED_COMMAND.format(command=name))
        raise ApplicationHandlerStop


async def expired_button(update: Update, context: DebateContext) -> None:
    """A press no feature took (forged, or from a button this bot no longer makes)."""
    await query_of(update).answer(EXPIRED)
