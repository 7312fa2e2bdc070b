"""/draft in a private chat: an organiser sends an essay file and gets a draft motion file back.

Either send the essay as a document with the caption /draft, or send /draft and then the
document, or paste the essay after /draft in as many messages as it takes and finish with /done
(or go quiet for QUIET_SECONDS). The essay asked for and pasted so far is kept in the database
(bot/chat/pastes.py), so that the private-message router (bot/chat/focus.py) sees it and a
restart loses nothing: a paste left quiet across a restart is drafted at start-up.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import cast

from sqlite_utils import Database
from telegram import InputFile, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, filters

from bot.drafting import Draft, EssayError, draft_essay, render_yaml
from bot.drafting.reading import decode_essay
from bot.drafting.writing import no_motion_message

from . import pastes
from .context import (
    DebateContext,
    chat_id_of,
    document_of,
    job_chat_of,
    job_of,
    message_of,
    services_of,
    text_of,
    user_of,
)
from .focus import Kind, Take, declare
from .guards import command
from .intake import after_burst, cancel_burst
from .jobs import Due, TimerKind, keep

log = logging.getLogger(__name__)

MAX_ESSAY_BYTES = 2 * 1024 * 1024  # an HTML page of a 30,000-word essay fits easily
SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
}
CAPTION_MAX = 1024
WAIT_SECONDS = 15 * 60  # after /draft, the next file or text within this time is the essay
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


def caption(draft: Draft, checks: int) -> str:
    """The message sent with the draft: what is in it and what to do next."""
    lines = [f"Here is your draft: {len(draft.motions)} motion(s) from “{draft.source['title']}”."]
    lines += [f"• {m.text}" for m in draft.motions]
    lines.append(f"Check the {checks} lines marked # CHECK, reword borrowed sentences, then add the file "
                 "to your motions folder and run `debate-bot motions check`.")
    text = "\n".join(lines)
    return text if len(text) <= CAPTION_MAX else text[: CAPTION_MAX - 1] + "…"


async def _draft_and_send(app: Application, chat_id: int, text: str, name: str, fmt: str | None) -> None:
    taken = set(services_of(app).bank.ids())
    await app.bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
    try:
        draft = await asyncio.to_thread(draft_essay, text, None, fmt=fmt, origin=name, taken_ids=taken)
    except EssayError as exc:
        await app.bot.send_message(chat_id, str(exc))
        return
    if not draft.motions:  # no candidate was a complete motion: say so, send no file
        await app.bot.send_message(chat_id, no_motion_message(draft))
        return
    yaml_text = render_yaml(draft)
    stem = re.sub(r"[^a-z0-9-]+", "-", draft.motions[0].id)[:60] or "draft"
    await app.bot.send_document(
        chat_id,
        InputFile(yaml_text.encode("utf-8"), filename=f"{stem}.yaml"),
        caption=caption(draft, yaml_text.count("# CHECK:")),
    )


# The intake's names (bot/chat/intake.py) for the two answers to a burst of pasted essay text:
# "got it so far" after a second of quiet, and the draft itself after QUIET_SECONDS.
ACK_BURST, QUIET_BURST = "draft-ack", "draft-quiet"


def _cancel_jobs(app: Application, chat_id: int) -> None:
    for purpose in (QUIET_BURST, ACK_BURST):
        cancel_burst(app, purpose, chat_id)


async def _take_pasted(app: Application, user_id: int, chat_id: int) -> str:
    """The essay pasted so far (and stop gathering)."""
    _cancel_jobs(app, chat_id)
    return await services_of(app).store.run(pastes.take, user_id)


async def _draft_pasted(app: Application, user_id: int, chat_id: int) -> None:
    text = await _take_pasted(app, user_id, chat_id)
    if text.strip():
        await _draft_and_send(app, chat_id, text, "your messages", None)


async def _quiet(context: DebateContext) -> None:
    """The pasting has stopped: draft from what came."""
    job = job_of(context)
    if job.chat_id is not None and job.user_id is not None:
        await _draft_pasted(context.application, job.user_id, job.chat_id)


async def _acknowledge(context: DebateContext) -> None:
    await context.bot.send_message(job_chat_of(context), got_so_far(cast(int, job_of(context).data)))


async def essay_document(update: Update, context: DebateContext) -> bool:
    """A document with the caption /draft, or after /draft: draft motions from it (a file
    replaces anything pasted so far)."""
    message = message_of(update)
    await _take_pasted(context.application, user_of(update).id, message.chat_id)
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
            return True
        try:
            text = decode_essay(data[:MAX_ESSAY_BYTES])
        except EssayError as exc:
            await message.reply_text(str(exc))
        else:
            await _draft_and_send(context.application, message.chat_id, text,
                                  document.file_name or "essay.txt", fmt)
    return True


async def draft_command(update: Update, context: DebateContext) -> None:
    """/draft alone asks for the essay; /draft followed by pasted text starts gathering from it."""
    message, user, svc = message_of(update), user_of(update), context.services
    _cancel_jobs(context.application, message.chat_id)
    await svc.store.run(pastes.ask, user.id, message.chat_id, svc.clock.now())
    pasted = (message.text or "").split(maxsplit=1)
    if len(pasted) > 1:
        await _gather(context.application, message.chat_id, user.id, pasted[1])
    else:
        await message.reply_text(ASK_FOR_ESSAY)


async def _gather(app: Application, chat_id: int, user_id: int, text: str) -> None:
    """Keep one more piece of the essay; draft after a quiet spell, acknowledge each burst."""
    svc = services_of(app)
    paste = await svc.store.run(pastes.add_piece, user_id, chat_id, text, svc.clock.now())
    after_burst(app, QUIET_BURST, chat_id, QUIET_SECONDS, _quiet, user_id=user_id)
    after_burst(app, ACK_BURST, chat_id, ACK_SECONDS, _acknowledge, data=paste.words, user_id=user_id)


async def essay_message(update: Update, context: DebateContext) -> bool:
    """Text pasted after /draft: one more piece of the essay."""
    await _gather(context.application, chat_id_of(update), user_of(update).id, text_of(update))
    return True


async def done_command(update: Update, context: DebateContext) -> bool:
    """/done after pasting an essay: draft now."""
    await _draft_pasted(context.application, user_of(update).id, chat_id_of(update))
    return True


async def draft_in_group(update: Update, context: DebateContext) -> None:
    """/draft in a group: point to a private chat."""
    await message_of(update).reply_text(IN_GROUPS)
    raise ApplicationHandlerStop


def holds(db: Database, user_id: int, now: float, kind: Kind) -> bool:
    """Drafting's focus (bot/chat/focus.py): a document captioned /draft is always an essay; /done
    drafts what was pasted; text and documents are the essay for WAIT_SECONDS after /draft or
    the last piece."""
    if kind == "essay":
        return True
    if kind == "done":
        return pastes.has_text(db, user_id)
    return pastes.awaited(db, user_id, now, WAIT_SECONDS)


async def _ring(app: Application, user_id: int) -> None:
    """At start-up, an essay pasted before a restart and quiet since is drafted (a piece that came
    meanwhile has its own quiet spell)."""
    svc = services_of(app)
    found = await svc.store.run(pastes.find, user_id)
    if found is not None and found.text and svc.clock.now() + 0.5 >= found.asked_at + QUIET_SECONDS:
        await _draft_pasted(app, user_id, found.chat_id)


async def _pending(app: Application) -> list[Due]:
    found = await services_of(app).store.run(pastes.with_text)
    return [Due(p.user_id, p.asked_at + QUIET_SECONDS, p.chat_id) for p in found]


PASTES = TimerKind("drafting", _ring, _pending, lambda app: services_of(app).clock.now())


def register(application: Application) -> None:
    """Add /draft (private chats; in groups it points to a private chat) and declare drafting's
    focus to the private-message router."""
    application.add_handler(command("draft", draft_command, filters.ChatType.PRIVATE))
    application.add_handler(command("draft", draft_in_group, filters.ChatType.GROUPS))
    svc = services_of(application)
    takes: dict[Kind, Take] = {"text": essay_message, "document": essay_document, "essay": essay_document,
                               "done": done_command}
    declare(application, "drafting", takes, svc.store, svc.clock.now, holds)
    keep(application, PASTES)  # an essay pasted before a restart is drafted after it
