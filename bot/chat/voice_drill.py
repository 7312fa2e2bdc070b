"""Drill answers given by voice: while a drill waits for its answer, a voice message or audio file
is that answer (bot/chat/voice.py hands it here first, as the router's order puts drills before
club rounds and solo practice).

The recording is kept on arrival (bot/voice/drill_records.py), transcribed on the voice desk's
worker thread, and the transcript is taken, judged and kept exactly as a typed answer would be
(`Drills.take`, `judge` in a scoring worker, `keep`), timed by when the recording arrived. The
debater gets the transcript, collapsed, and the drill's result card. A drill card has no
Delivery section: a drill trains one skill of argument in a minute or two, too short for pace
and pause figures to mean much. After a restart, a recorded answer not yet judged is finished.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING

from sqlite_utils import Database
from telegram import Audio, Document, Update, Voice
from telegram.ext import Application

from bot.drills import DrillError, Drills
from bot.drills.service import Answer
from bot.drills.values import Judgement
from bot.voice import drill_records as records
from bot.voice.transcript import Transcript

from .context import DebateContext, Services, chat_id_of, message_of, services_of, user_of
from .drills import drills_of, result_html
from .outbox import owe_html, sender
from .speech import known_person, person_of

if TYPE_CHECKING:
    from .voice import VoiceDesk

log = logging.getLogger(__name__)

TRANSCRIBING = "🎙 Transcribing your answer… I'll judge it as soon as it's ready."
ALREADY = "I'm already transcribing your answer to this drill; the result follows shortly."
NOT_OPEN = ("I transcribed your recording, but that drill is no longer waiting for an answer. "
            "Send /drill for a new one.")
COULD_NOT_JUDGE = "Sorry, I couldn't judge that answer just now. Please send it again, or type it."


async def take_recording(update: Update, context: DebateContext, desk: VoiceDesk,
                         media: Voice | Audio | Document, seconds: float | None) -> bool:
    """A recording while a drill waits for this person's answer: keep it, then transcribe and
    judge it. False: no drill is open (a club round or solo practice takes it)."""
    svc = context.services
    drills = drills_of(svc, context.application)
    person = await person_of(update, svc)
    drill = await svc.store.run(drills.open, person)
    if drill is None:
        return False
    if await svc.store.run(records.pending_for, drill.id):
        await message_of(update).reply_text(ALREADY)
        return True
    answer_id = await svc.store.run(records.add, drill.id, user_of(update).id, chat_id_of(update),
                                    media.file_id, seconds, svc.clock.now())
    await message_of(update).reply_text(TRANSCRIBING)
    start(context.application, desk, [answer_id])
    return True


def transcript_message(transcript: Transcript) -> str:
    """The transcribed answer, collapsed (a drill answer is short: one quote)."""
    words = len(transcript.text.split())
    return (f"📝 Your answer, transcribed ({words:,} words):\n"
            f"<blockquote expandable>{escape(transcript.text)}</blockquote>")


# ------------------------------------------------------------------ on the database thread


def _settle(db: Database, svc: Services, spoken: records.SpokenAnswer, texts: list[str]) -> None:
    """The recording goes and these HTML messages are owed, in one transaction."""
    with db.atomic():
        records.done(db, spoken.id)
        if spoken.chat_id is not None:
            for text in texts:
                owe_html(db, spoken.chat_id, text, svc.clock.now())


def _take(db: Database, svc: Services, drills: Drills, spoken: records.SpokenAnswer,
          transcript: Transcript) -> Answer | None:
    """The transcript as the drill's answer, as of the recording's arrival; None (and the debater
    told why) when the drill has gone or the answer breaks a drill's limits."""
    person = known_person(db, svc, spoken.user_id)
    drill = drills.open(db, person) if person is not None else None
    if person is None or drill is None or drill.id != spoken.drill_id:
        _settle(db, svc, spoken, [escape(NOT_OPEN)])
        return None
    try:
        answer = drills.take(db, person, transcript.text)
    except DrillError as exc:
        _settle(db, svc, spoken, [transcript_message(transcript), escape(exc.message)])
        return None
    return replace(answer, answered_at=spoken.received_at)


def _keep(db: Database, svc: Services, drills: Drills, spoken: records.SpokenAnswer, answer: Answer,
          judgement: Judgement, transcript: Transcript) -> None:
    """Keep the judged answer and owe the transcript and the result card, in one transaction."""
    with db.atomic():
        person = known_person(db, svc, spoken.user_id)
        try:
            if person is None:
                raise DrillError(NOT_OPEN)
            result = drills.keep(db, person, answer, judgement)
        except DrillError as exc:
            _settle(db, svc, spoken, [escape(exc.message)])
            return
        _settle(db, svc, spoken, [transcript_message(transcript), result_html(result)])


# ------------------------------------------------------------------ the worker


async def judge_answer(app: Application, desk: VoiceDesk, answer_id: int) -> None:
    """Download (if not kept yet) and transcribe on the desk's worker thread, then take, judge (in
    a scoring worker) and keep the answer as a typed one."""
    svc = services_of(app)
    drills = drills_of(svc, app)
    try:
        async with desk.lock:
            spoken = await svc.store.run(records.get, answer_id)
            if spoken is None:
                return
            transcript = await desk.transcribe_recording(app, svc.store, answer_id, spoken.file_id or "",
                                                         records.audio_of, records.keep_audio)
            if isinstance(transcript, str):
                await svc.store.run(_settle, svc, spoken, [escape(transcript)])
                return
        answer = await svc.store.run(_take, svc, drills, spoken, transcript)
        if answer is None:
            return
        try:
            judgement = await svc.scoring.run(drills.judge, answer)  # in a scoring worker
        except Exception:
            log.exception("judging drill answer %s failed", answer_id)
            await svc.store.run(_settle, svc, spoken, [escape(COULD_NOT_JUDGE)])
            return
        await svc.store.run(_keep, svc, drills, spoken, answer, judgement, transcript)
    finally:
        sender(app).wake()


def start(app: Application, desk: VoiceDesk, answer_ids: list[int]) -> None:
    """Judge these recorded answers in order, in a task that shutting down cancels (the rows stay,
    and the next start finishes them)."""

    async def run() -> None:
        for answer_id in answer_ids:
            await judge_answer(app, desk, answer_id)

    task = asyncio.get_running_loop().create_task(run(), name=f"drill-voice-{answer_ids}")
    desk.tasks.add(task)
    task.add_done_callback(desk.tasks.discard)


async def resume(app: Application, desk: VoiceDesk) -> int:
    """At start-up: judge the recorded drill answers left unjudged."""
    found = await services_of(app).store.run(records.waiting)
    if found:
        start(app, desk, [a.id for a in found])
    return len(found)
