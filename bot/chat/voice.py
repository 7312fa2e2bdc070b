"""Spoken speeches in solo practice: voice messages and audio files, transcribed off the event loop.

A recording is a part of the speech, like a text message. It is kept the moment it arrives (the
file id, then the downloaded bytes: bot/storage/voice.py), the debater is told "Transcribing
your 6-minute speech…", and one worker thread transcribes it (bot.voice). The transcript joins
the speech draft through the same service call as a typed part (`Practice.add_speech_part`) and
is shown collapsed, as an expandable quote. /done (or the Submit button) while a recording is
still being transcribed is remembered and carried out once it is done. After a restart, every
recording left untranscribed is finished and every waiting hand-in carried out.

Scoring is the written path's own (`speech.deliver_scorecard`); the card gains a Delivery
section from the word timings (bot.voice.records.card_with_delivery, called where the card is
stored). Without the `voice` extra a recording gets a reply saying how to enable voice.

A recording is taken in the router's order: a drill waiting for its answer judges it as the
answer (bot/chat/voice_drill.py), a round waiting for the member's speech or reply adds it to their
draft (bot/chat/voice_club.py), and otherwise it is a part of the solo speech.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from html import escape

from sqlite_utils import Database
from telegram import Update
from telegram.ext import Application

from bot.practice import Attempt, Person, PracticeError
from bot.practice.timing import clock
from bot.storage import Store
from bot.voice import limits
from bot.voice import records as voice_records
from bot.voice.limits import AudioProblem
from bot.voice.transcript import Transcript

from . import render, voice_club, voice_drill
from .context import DebateContext, MissingPart, Services, chat_id_of, message_of, services_of
from .focus import Holds, Kind, declare
from .outbox import owe_html, sender
from .recordings import COULD_NOT_TRANSCRIBE, TRANSCRIBING, AudioOf, KeepAudio, recording_bytes
from .speech import NO_MOTION, card_ref, deliver_scorecard, known_person, person_of

log = logging.getLogger(__name__)

DESK_KEY = "voice"
QUOTE_CHARS = 3500  # a transcript is shown in quotes of at most this many characters each
STILL_TRANSCRIBING = ("I'm still transcribing your recording; I'll hand your speech in as soon as it's done "
                      "and send the card here.")
NO_VOICE_SPEECH = NO_MOTION + " Then send your recording again."
NOT_IN_SPEECH = ("I transcribed your recording, but that motion is no longer waiting for a speech, so it "
                 "isn't part of one. Send /practice to draw a new motion.")


def _default_transcriber(data: bytes) -> Transcript:
    from bot.voice.transcribe import transcribe_bytes  # imported on first use: it loads faster-whisper

    return transcribe_bytes(data)


@dataclass
class VoiceDesk:
    """Transcription for the application: one worker thread, the recordings in hand."""

    transcribe: Callable[[bytes], Transcript] = _default_transcriber
    available: Callable[[], bool] = field(default=lambda: _voice_available())
    worker: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="debate-voice"))
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # recordings in the order they came
    tasks: set[asyncio.Task[None]] = field(default_factory=set)

    async def transcribe_recording(self, app: Application, store: Store, key: int, file_id: str,
                                   audio_of: AudioOf, keep_audio: KeepAudio) -> Transcript | str:
        """The recording's transcript, or what to tell the speaker when it cannot be read: its
        bytes (kept, or downloaded once) are read on the worker. A recording that breaks the
        decoder is refused too, so that it does not come back after every restart."""
        try:
            data = await recording_bytes(app, store, key, file_id, audio_of, keep_audio)
            return await asyncio.get_running_loop().run_in_executor(self.worker, self.transcribe, data)
        except AudioProblem as exc:
            return exc.message
        except Exception:
            log.exception("transcribing recording %s failed", key)
            return COULD_NOT_TRANSCRIBE


def _voice_available() -> bool:
    from bot.voice import available

    return available()


def desk(app: Application) -> VoiceDesk:
    """The application's VoiceDesk, made on first use."""
    found = app.bot_data.get(DESK_KEY)
    if found is None:
        found = app.bot_data[DESK_KEY] = VoiceDesk()
    return found


# ------------------------------------------------------------------ messages


def transcript_messages(number: int, transcript: Transcript) -> list[str]:
    """The transcript of part `number`, collapsed in expandable quotes, split to Telegram's limit."""
    head = (f"📝 Part {number} transcribed: {clock(transcript.spoken_seconds)} spoken, "
            f"{len(transcript.words):,} words. It is now in your speech:")
    chunks: list[str] = []
    for word in transcript.text.split():
        if chunks and len(chunks[-1]) + len(word) < QUOTE_CHARS:
            chunks[-1] += " " + word
        else:
            chunks.append(word)
    quotes = [f"<blockquote expandable>{escape(chunk)}</blockquote>" for chunk in chunks]
    quotes[0] = f"{head}\n{quotes[0]}"
    quotes[-1] += "\nSend more, or /done to hand your speech in."
    return quotes


# ------------------------------------------------------------------ on the database thread


def _person_of_attempt(db: Database, svc: Services, attempt_id: int) -> Person | None:
    key = svc.practice.owner_key(db, attempt_id)
    name = voice_records.name_of(db, key) if key else None
    return svc.practice.person(db, key, name) if key and name is not None else None


def _active_for(db: Database, svc: Services, attempt_id: int) -> Person | None:
    """The debater, when this attempt is still their active one (the speech still open)."""
    person = _person_of_attempt(db, svc, attempt_id)
    if person is None:
        return None
    active = svc.practice.active(db, person)
    return person if active is not None and active.id == attempt_id else None


def _keep_transcript(
    db: Database, svc: Services, part: voice_records.VoicePart, transcript: Transcript,
) -> None:
    """Store the transcript, add it to the speech and owe its message, in one transaction."""
    now = svc.clock.now()
    with db.atomic():
        person = _active_for(db, svc, part.attempt_id)
        if person is None:
            voice_records.finish(db, part.id, transcript, now)
            _owe(db, svc, part.chat_id, [escape(NOT_IN_SPEECH)])
            return
        try:
            svc.practice.add_speech_part(db, person, transcript.text)
        except PracticeError as exc:  # e.g. the speech would run over the word limit
            voice_records.refuse(db, part.id, exc.message, now)
            _owe(db, svc, part.chat_id, [escape(exc.message)])
            return
        voice_records.finish(db, part.id, transcript, now)
        number = len(voice_records.transcripts(db, part.attempt_id))
        _owe(db, svc, part.chat_id, transcript_messages(number, transcript))


def _refuse(db: Database, svc: Services, part: voice_records.VoicePart, message: str) -> None:
    with db.atomic():
        voice_records.refuse(db, part.id, message, svc.clock.now())
        _owe(db, svc, part.chat_id, [escape(message)])


def _owe(db: Database, svc: Services, chat_id: int | None, texts: list[str]) -> None:
    """Owe these HTML messages to the chat, in the caller's transaction."""
    if chat_id is not None:
        for text in texts:
            owe_html(db, chat_id, text, svc.clock.now())


def _hand_in_if_ready(db: Database, svc: Services, attempt_id: int) -> Attempt | None:
    """Carry out a waiting /done once nothing is left to transcribe: hand the speech in and owe
    "saved, scoring it now" in one transaction. None when there is nothing to hand in (yet)."""
    chat_id = voice_records.hand_in_requested(db, attempt_id)
    if chat_id is None or voice_records.waiting_for(db, attempt_id):
        return None
    with db.atomic():
        voice_records.clear_hand_in(db, attempt_id)
        person = _active_for(db, svc, attempt_id)
        if person is None:
            return None
        try:
            attempt = svc.practice.submit(db, person)
        except PracticeError as exc:  # nothing usable was transcribed
            owe_html(db, chat_id, escape(exc.message), svc.clock.now())
            return None
        owe_html(db, chat_id, render.scoring(attempt.words), svc.clock.now(), kind="saved",
                 ref=card_ref(attempt.id))
    return attempt


# ------------------------------------------------------------------ the worker


async def transcribe_part(app: Application, part_id: int) -> None:
    """Download (if not kept yet), transcribe on the worker thread, keep the transcript; then hand
    the speech in if the debater already asked. Recordings are done one at a time, in order."""
    svc = services_of(app)
    voice = desk(app)
    async with voice.lock:
        part = await svc.store.run(voice_records.part, part_id)
        if part is None or part.state != "received":
            return
        transcript = await voice.transcribe_recording(app, svc.store, part_id, part.file_id or "",
                                                      voice_records.audio_of, voice_records.keep_audio)
        if isinstance(transcript, str):
            await svc.store.run(_refuse, svc, part, transcript)
        else:
            await svc.store.run(_keep_transcript, svc, part, transcript)
        sender(app).wake()
    attempt = await svc.store.run(_hand_in_if_ready, svc, part.attempt_id)
    sender(app).wake()
    if attempt is not None:
        await deliver_scorecard(app, attempt.id)


def _start(app: Application, part_ids: list[int], attempt_ids: tuple[int, ...] | list[int] = ()) -> None:
    """Transcribe these recordings (in order), then carry out these waiting hand-ins, in a task that
    shutting down cancels (the rows stay, and the next start finishes them)."""
    voice = desk(app)

    async def run() -> None:
        for part_id in part_ids:
            await transcribe_part(app, part_id)
        svc = services_of(app)
        for attempt_id in attempt_ids:
            attempt = await svc.store.run(_hand_in_if_ready, svc, attempt_id)
            if attempt is not None:
                sender(app).wake()
                await deliver_scorecard(app, attempt.id)

    task = asyncio.get_running_loop().create_task(run(), name=f"voice-{part_ids}")
    voice.tasks.add(task)
    task.add_done_callback(voice.tasks.discard)


async def resume(app: Application) -> int:
    """At start-up: finish recordings handed in but not transcribed, and hand-ins waiting on them."""
    svc = services_of(app)
    parts = await svc.store.run(voice_records.waiting)
    hand_ins = await svc.store.run(voice_records.pending_hand_ins)
    if parts or hand_ins:
        _start(app, [p.id for p in parts], hand_ins)
    return len(parts) + await voice_club.resume(app, desk(app)) + await voice_drill.resume(app, desk(app))


async def shut_down(app: Application) -> None:
    """Stop transcribing: work in hand is dropped and finished after the next start."""
    voice = app.bot_data.get(DESK_KEY)
    if voice is None:
        return
    for task in list(voice.tasks):
        task.cancel()
    voice.worker.shutdown(wait=False, cancel_futures=True)


# ------------------------------------------------------------------ handlers


async def receive_recording(update: Update, context: DebateContext) -> bool:
    """A voice message or an audio file: the next part of the speech, kept at once, then transcribed.
    No other feature sees it (the text intake would say it reads text only)."""
    await _take_recording(update, context)
    return True


def _seconds(duration: object) -> float | None:
    """Telegram's declared duration in seconds (an int now, a timedelta in later PTB versions)."""
    if isinstance(duration, timedelta):
        return duration.total_seconds()
    return float(duration) if isinstance(duration, int | float) else None


async def _take_recording(update: Update, context: DebateContext) -> None:
    message = message_of(update)
    media = message.voice or message.audio or message.document
    if media is None:  # the handler's filters let only recordings through
        raise MissingPart(f"update {update.update_id} has no recording")
    if not desk(context.application).available():
        await message.reply_text(limits.INSTALL_HINT)
        return
    seconds = _seconds(getattr(media, "duration", None))
    problem = limits.declared_problem(seconds, media.file_size)
    if problem is not None:
        await message.reply_text(problem.message)
        return
    voice = desk(context.application)
    # the router's order: a drill waiting for its answer, then a round waiting for a speech, then solo
    if await voice_drill.take_recording(update, context, voice, media, seconds):
        return
    if await voice_club.take_recording(update, context, voice, media, seconds):
        return
    svc = context.services
    person = await person_of(update, svc)
    active = await svc.store.run(svc.practice.active, person)
    if active is None:
        await message.reply_text(NO_VOICE_SPEECH)
        return
    so_far = await svc.store.run(voice_records.declared_total, active.id)
    if seconds and so_far + seconds > limits.MAX_SPEECH_SECONDS:
        await message.reply_text(
            f"That recording would take your speech over {limits.MAX_SPEECH_SECONDS // 60} minutes in all: "
            "send /done to hand in what you have, or /cancel to start over.")
        return
    part_id = await svc.store.run(voice_records.add_part, active.id, chat_id_of(update), media.file_id,
                                  seconds, svc.clock.now())
    length = limits.minutes(seconds) if seconds else "recorded"
    await message.reply_text(TRANSCRIBING.format(length=length))
    _start(context.application, [part_id])


async def defer_hand_in(update: Update, context: DebateContext) -> bool:
    """/done or the Submit button while a recording is being transcribed: remember the hand-in
    and carry it out once the transcript is in; True if it was deferred."""
    if await voice_club.defer_hand_in(update, context):  # a round before solo (the router's order)
        return True
    svc = context.services
    person = await person_of(update, svc)
    active = await svc.store.run(svc.practice.active, person)
    if active is None or not await svc.store.run(voice_records.waiting_for, active.id):
        return False
    await svc.store.run(voice_records.request_hand_in, active.id, chat_id_of(update), svc.clock.now())
    await context.bot.send_message(chat_id_of(update), STILL_TRANSCRIBING)
    return True


def focus_of(svc: Services) -> Holds:
    """Voice's focus (bot/chat/focus.py): every recording; /done while a recording of the open
    solo speech is still being transcribed (read from the database)."""

    def holds(db: Database, user_id: int, now: float, kind: Kind) -> bool:
        if kind == "recording" or voice_club.waiting_for_member(db, user_id):
            return True
        person = known_person(db, svc, user_id)
        active = svc.practice.active(db, person) if person is not None else None
        return active is not None and voice_records.waiting_for(db, active.id) > 0

    return holds


def register(application: Application) -> None:
    """Declare recordings, and /done while one is transcribed, to the private-message router
    (first in its order); the Submit button defers through `defer_hand_in` (bot/chat/practice.py)."""
    svc = services_of(application)
    declare(application, "voice", {"recording": receive_recording, "done": defer_hand_in},
            svc.store, svc.clock.now, focus_of(svc))
