"""/draft in a private chat: an organiser sends an essay file and gets a draft motion file back.

Either send the essay as a document with the caption /draft, or send /draft and then the
document, or paste the essay after /draft in as many messages as it takes and finish with /done
(or go quiet for QUIET_SECONDS). Handlers sit in group -2, ahead of speeches and club rounds, and
only take a document, a message or /done when it is meant for drafting.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import cast

from telegram import InputFile, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.drafting import Draft, EssayError, draft_essay, render_yaml
from bot.drafting.reading import decode_essay
from bot.drafting.writing import no_motion_message

from .context import chat_id_of, document_of, message_of, text_of, user_data_of, user_of
from .guards import command
from .intake import after_burst, cancel_burst

log = logging.getLogger(__name__)

DRAFT_GROUP = -2
AWAITING = "drafting:awaiting-essay"
MAX_ESSAY_BYTES = 2 * 1024 * 1024  # an HTML page of a 30,000-word essay fits easily
SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
}
CAPTION_MAX = 1024
WAIT_SECONDS = 15 * 60  # after /draft, the next file or text within this time is the essay
PIECES = "drafting:pasted-pieces"
QUIET_SECONDS = 20.0  # a pasted essay is drafted once its messages stop coming for this long
ACK_SECONDS = 1.5  # one acknowledgement per burst of pasted messages

PRIVATE_COMMANDS = [("draft", "Organisers: turn an essay (.txt) into draft motions")]

ASK_FOR_ESSAY = (
    "Send me the essay as a .txt file (Markdown or HTML work too), or paste it in as many messages "
    "as you need and then send /done. I'll send back a draft motion file in the bank's format for "
    "you to check and finish.\n"
    "Tip: you can also send the file with the caption /draft."
)
WRONG_FILE = (
    "I can draft from text files only (.txt, .md or .html). Save the essay as plain text and send it again."
)
def got_so_far(words: int) -> str:
    """The reply to a burst of pasted essay text."""
    return (f"Got it: {words:,} words so far. Paste the rest, then send /done "
            f"(or I'll start on my own after {QUIET_SECONDS:.0f} seconds of quiet).")


TOO_BIG = "That file is over 2 MB. Send the essay's text only (30,000 words is about 200 KB)."
NO_DOWNLOAD = "I couldn't download that file. Please send it again."
IN_GROUPS = "Drafting motions works in a private chat: send /draft to me there."


def _fmt(file_name: str | None, mime: str | None) -> str | None:
    """The essay's format from the file's name or type; None when it is not a text file."""
    name = (file_name or "").lower()
    for suffix, fmt in SUFFIXES.items():
        if name.endswith(suffix):
            return fmt
    mime = (mime or "").lower()
    if mime == "text/html":
        return "html"
    if mime == "text/markdown":
        return "markdown"
    return "text" if mime.startswith("text/") else None


def _was_asked(context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether this person sent /draft in the last WAIT_SECONDS (and forget that they did)."""
    asked_at = user_data_of(context).pop(AWAITING, None)
    return asked_at is not None and time.monotonic() - asked_at <= WAIT_SECONDS


def caption(draft: Draft, checks: int) -> str:
    """The message sent with the draft: what is in it and what to do next."""
    lines = [f"Here is your draft: {len(draft.motions)} motion(s) from “{draft.source['title']}”."]
    lines += [f"• {m.text}" for m in draft.motions]
    lines.append(f"Check the {checks} lines marked # CHECK, reword borrowed sentences, then add the file "
                 "to your motions folder and run `debate-bot motions check`.")
    text = "\n".join(lines)
    return text if len(text) <= CAPTION_MAX else text[: CAPTION_MAX - 1] + "…"


async def _draft_and_send(context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str, name: str,
                          fmt: str | None) -> None:
    services = context.application.bot_data.get("services")
    taken = set(services.bank.ids()) if services is not None else set()
    await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
    try:
        draft = await asyncio.to_thread(draft_essay, text, None, fmt=fmt, origin=name, taken_ids=taken)
    except EssayError as exc:
        await context.bot.send_message(chat_id, str(exc))
        return
    if not draft.motions:  # no candidate was a complete motion: say so, send no file
        await context.bot.send_message(chat_id, no_motion_message(draft))
        return
    yaml_text = render_yaml(draft)
    stem = re.sub(r"[^a-z0-9-]+", "-", draft.motions[0].id)[:60] or "draft"
    await context.bot.send_document(
        chat_id,
        InputFile(yaml_text.encode("utf-8"), filename=f"{stem}.yaml"),
        caption=caption(draft, yaml_text.count("# CHECK:")),
    )


# The intake's names (bot/chat/intake.py) for the two answers to a burst of pasted essay text:
# "got it so far" after a second of quiet, and the draft itself after QUIET_SECONDS.
ACK_BURST, QUIET_BURST = "draft-ack", "draft-quiet"


def _cancel_jobs(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    for purpose in (QUIET_BURST, ACK_BURST):
        cancel_burst(context.application, purpose, chat_id)


def _take_pasted(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> str:
    """The essay pasted so far (and stop gathering)."""
    _cancel_jobs(context, chat_id)
    user_data_of(context).pop(AWAITING, None)
    return "\n\n".join(user_data_of(context).pop(PIECES, None) or [])


async def _draft_pasted(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    text = _take_pasted(context, chat_id)
    if text.strip():
        await _draft_and_send(context, chat_id, text, "your messages", None)


async def _quiet(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The pasting has stopped: draft from what came."""
    job = context.job
    if job is not None and job.chat_id is not None and context.user_data and context.user_data.get(PIECES):
        await _draft_pasted(context, job.chat_id)


async def _acknowledge(context: ContextTypes.DEFAULT_TYPE) -> None:
    job = context.job
    if job is not None and job.chat_id is not None:
        await context.bot.send_message(job.chat_id, got_so_far(cast(int, job.data)))


async def essay_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A document with the caption /draft, or after /draft: draft motions from it."""
    message = message_of(update)
    asked = _was_asked(context)
    if asked:
        _take_pasted(context, message.chat_id)  # a file replaces anything pasted so far
    if not asked and not re.match(r"^/draft(?:@\w+)?\b", message.caption or ""):
        return  # a speech or something else: later handler groups take it
    document = document_of(update)
    fmt = _fmt(document.file_name, document.mime_type)
    if fmt is None:
        await message.reply_text(WRONG_FILE)
    elif document.file_size and document.file_size > MAX_ESSAY_BYTES:
        await message.reply_text(TOO_BIG)
    else:
        try:
            file = await document.get_file()
            data = bytes(await file.download_as_bytearray())
        except TelegramError as exc:
            log.info("could not fetch an essay: %s", exc)
            await message.reply_text(NO_DOWNLOAD)
            raise ApplicationHandlerStop from None
        try:
            text = decode_essay(data[:MAX_ESSAY_BYTES])
        except EssayError as exc:
            await message.reply_text(str(exc))
        else:
            await _draft_and_send(context, message.chat_id, text, document.file_name or "essay.txt", fmt)
    raise ApplicationHandlerStop


async def draft_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/draft alone asks for the essay; /draft followed by pasted text starts gathering from it."""
    message = message_of(update)
    _take_pasted(context, message.chat_id)
    user_data_of(context)[AWAITING] = time.monotonic()
    pasted = (message.text or "").split(maxsplit=1)
    if len(pasted) > 1:
        _gather(context, message.chat_id, user_of(update).id, pasted[1])
    else:
        await message.reply_text(ASK_FOR_ESSAY)
    raise ApplicationHandlerStop


def _gather(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int, text: str) -> None:
    """Keep one more piece of the essay; draft after a quiet spell, acknowledge each burst."""
    pieces = user_data_of(context).setdefault(PIECES, [])
    pieces.append(text)
    user_data_of(context)[AWAITING] = time.monotonic()
    after_burst(context.application, QUIET_BURST, chat_id, QUIET_SECONDS, _quiet, user_id=user_id)
    words = sum(len(p.split()) for p in pieces)
    after_burst(context.application, ACK_BURST, chat_id, ACK_SECONDS, _acknowledge, data=words,
                user_id=user_id)


async def essay_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Text pasted after /draft: one more piece of the essay; any other text goes on to later handlers."""
    asked_at = user_data_of(context).get(AWAITING)
    if asked_at is None or time.monotonic() - asked_at > WAIT_SECONDS:
        _take_pasted(context, chat_id_of(update))
        return
    _gather(context, chat_id_of(update), user_of(update).id, text_of(update))
    raise ApplicationHandlerStop


async def done_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/done after pasting an essay: draft now. Otherwise /done belongs to the speech flow."""
    if not user_data_of(context).get(PIECES):
        return
    await _draft_pasted(context, chat_id_of(update))
    raise ApplicationHandlerStop


async def draft_in_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/draft in a group: point to a private chat."""
    await message_of(update).reply_text(IN_GROUPS)
    raise ApplicationHandlerStop


def register(application: Application) -> None:
    """Add /draft and the essay-document handler (private chats), ahead of other handlers."""
    private, new = filters.ChatType.PRIVATE, filters.UpdateType.MESSAGE  # an edit is not a new piece
    application.add_handler(command("draft", draft_command, private), group=DRAFT_GROUP)
    application.add_handler(command("draft", draft_in_group, filters.ChatType.GROUPS), group=DRAFT_GROUP)
    application.add_handler(command("done", done_command, private), group=DRAFT_GROUP)
    application.add_handler(MessageHandler(new & private & filters.Document.ALL, essay_document),
                            group=DRAFT_GROUP)
    application.add_handler(
        MessageHandler(new & private & filters.TEXT & ~filters.COMMAND, essay_message), group=DRAFT_GROUP,
    )
