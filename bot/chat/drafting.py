"""/draft in a private chat: an organiser sends an essay file and gets a draft motion file back.

Either send the essay as a document with the caption /draft, or send /draft and then the
document (or paste the essay after /draft). Handlers sit in group -2, ahead of speeches and
club rounds, and only take a document when it is meant for drafting.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time

from telegram import InputFile, Message, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.drafting import Draft, EssayError, draft_essay, render_yaml
from bot.drafting.reading import decode_essay

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

PRIVATE_COMMANDS = [("draft", "Organisers: turn an essay (.txt) into draft motions")]

ASK_FOR_ESSAY = (
    "Send me the essay as a .txt file (Markdown or HTML work too), or paste it as one message, "
    "and I'll send back a draft motion file in the bank's format for you to check and finish.\n"
    "Tip: you can also send the file with the caption /draft."
)
WRONG_FILE = (
    "I can draft from text files only (.txt, .md or .html). Save the essay as plain text and send it again."
)
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
    asked_at = context.user_data.pop(AWAITING, None)
    return asked_at is not None and time.monotonic() - asked_at <= WAIT_SECONDS


def caption(draft: Draft, checks: int) -> str:
    """The message sent with the draft: what is in it and what to do next."""
    lines = [f"Here is your draft: {len(draft.motions)} motion(s) from “{draft.source['title']}”."]
    lines += [f"• {m.text}" for m in draft.motions]
    lines.append(f"Check the {checks} lines marked # CHECK, reword borrowed sentences, then add the file "
                 "to your motions folder and run `debate-bot motions check`.")
    text = "\n".join(lines)
    return text if len(text) <= CAPTION_MAX else text[: CAPTION_MAX - 1] + "…"


async def _draft_and_send(message: Message, context: ContextTypes.DEFAULT_TYPE, text: str, name: str,
                          fmt: str | None) -> None:
    services = context.application.bot_data.get("services")
    taken = set(services.bank.ids()) if services is not None else set()
    await context.bot.send_chat_action(message.chat_id, ChatAction.UPLOAD_DOCUMENT)
    try:
        draft = await asyncio.to_thread(draft_essay, text, None, fmt=fmt, origin=name, taken_ids=taken)
    except EssayError as exc:
        await message.reply_text(str(exc))
        return
    yaml_text = render_yaml(draft)
    stem = re.sub(r"[^a-z0-9-]+", "-", draft.motions[0].id)[:60] or "draft"
    await message.reply_document(
        InputFile(yaml_text.encode("utf-8"), filename=f"{stem}.yaml"),
        caption=caption(draft, yaml_text.count("# CHECK:")),
    )


async def essay_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A document with the caption /draft, or after /draft: draft motions from it."""
    message = update.effective_message
    asked = _was_asked(context)
    if not asked and not re.match(r"^/draft(?:@\w+)?\b", message.caption or ""):
        return  # a speech or something else: later handler groups take it
    document = message.document
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
            await _draft_and_send(message, context, text, document.file_name or "essay.txt", fmt)
    raise ApplicationHandlerStop


async def draft_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/draft alone asks for the essay; /draft followed by pasted text drafts from that text."""
    message = update.effective_message
    pasted = (message.text or "").split(maxsplit=1)
    if len(pasted) > 1:
        context.user_data.pop(AWAITING, None)
        await _draft_and_send(message, context, pasted[1], "your message", None)
    else:
        context.user_data[AWAITING] = time.monotonic()
        await message.reply_text(ASK_FOR_ESSAY)
    raise ApplicationHandlerStop


async def essay_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Text pasted right after /draft: draft from it; any other text goes on to later handlers."""
    if not _was_asked(context):
        return
    message = update.effective_message
    await _draft_and_send(message, context, message.text, "your message", None)
    raise ApplicationHandlerStop


async def draft_in_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/draft in a group: point to a private chat."""
    await update.effective_message.reply_text(IN_GROUPS)
    raise ApplicationHandlerStop


def register(application: Application) -> None:
    """Add /draft and the essay-document handler (private chats), ahead of other handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("draft", draft_command, filters=private), group=DRAFT_GROUP)
    application.add_handler(CommandHandler("draft", draft_in_group, filters=filters.ChatType.GROUPS),
                            group=DRAFT_GROUP)
    application.add_handler(MessageHandler(private & filters.Document.ALL, essay_document), group=DRAFT_GROUP)
    application.add_handler(
        MessageHandler(private & filters.TEXT & ~filters.COMMAND, essay_message), group=DRAFT_GROUP,
    )
