"""One intake for text sent over private messages, used by solo practice, club rounds and drafting.

* A speech sent as a document is judged and read here for every path (solo practice and a club
  speech or reply), with the one set of limits in bot/speech_limits.py: the same file is taken,
  or refused with the same sentence, whichever feature has the speaker's focus. Parts sent as
  messages are checked by the services with the same module (`check_speech_part`), and the
  whole speech again when it is handed in (`check_speech_text`).
* Telegram splits a long paste into several messages that arrive within a second. A reply to
  each would run into Telegram's limit of about one message a second per chat, so every feature
  answers a burst once: `after_burst` (re)schedules one job per chat and purpose, and the job
  runs only after a quiet spell.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Document
from telegram.error import BadRequest
from telegram.ext import Application

from bot.speech_limits import SpeechInputError, decode_speech_bytes, document_problem

from .context import DebateContext, job_queue_of

log = logging.getLogger(__name__)

NO_DOWNLOAD = "I couldn't download that file. Please send a .txt under 1 MB."
JobCallback = Callable[[DebateContext], Coroutine[Any, Any, None]]


def document_refusal(document: Document) -> str | None:
    """Why an uploaded document cannot be a speech, judged before it is downloaded, or None."""
    return document_problem(document.file_name, document.mime_type, document.file_size)


async def read_speech_document(document: Document) -> str:
    """The checked speech in an uploaded document; SpeechInputError with one sentence to show if
    it is refused (its type or size, a failed download, binary or non-UTF-8 bytes, empty, too long)."""
    problem = document_refusal(document)
    if problem:
        raise SpeechInputError(problem, "not_text_file")
    try:
        data = bytes(await (await document.get_file()).download_as_bytearray())
    except BadRequest as exc:
        log.info("could not fetch a speech document: %s", exc)
        raise SpeechInputError(NO_DOWNLOAD, "unreadable") from None
    return decode_speech_bytes(data, "That file")


def burst_job(purpose: str, chat_id: int) -> str:
    """The name of the one job answering a burst for this purpose in this chat."""
    return f"{purpose}-burst-{chat_id}"


def cancel_burst(application: Application, purpose: str, chat_id: int) -> None:
    """Drop the answer still waiting for a burst (e.g. the speech was just handed in)."""
    for job in job_queue_of(application).get_jobs_by_name(burst_job(purpose, chat_id)):
        job.schedule_removal()


def after_burst(
    application: Application, purpose: str, chat_id: int, seconds: float, callback: JobCallback,
    data: object = None, user_id: int | None = None,
) -> None:
    """Run `callback` once, `seconds` after the last message of a burst: each call in this chat
    for this purpose replaces the job the previous one scheduled."""
    cancel_burst(application, purpose, chat_id)
    job_queue_of(application).run_once(callback, seconds, data=data, chat_id=chat_id, user_id=user_id,
                                       name=burst_job(purpose, chat_id))
