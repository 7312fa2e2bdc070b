"""Spoken speeches in club rounds: a member whose speech or reply is due sends recordings as its
parts, through the voice feature of the private-message router (bot/chat/voice.py hands a
recording here when a round waits for the member, as the router's order puts the club before solo).

Each recording is kept on arrival (bot/voice/club_records.py), transcribed on the voice desk's one
worker thread with the same progress message and limits as solo practice, and its transcript
joins the member's draft as a typed part would (`bot.club.drafts.add_part`), in one transaction
with the message showing it. /done while a recording is still being transcribed is remembered
and carried out when it is done; after a restart every untranscribed recording is finished and
every waiting hand-in carried out. At hand-in the transcripts move to the speech, and its card
gets a Delivery section (bot/club/speeches.py).
"""

from __future__ import annotations

import asyncio
from html import escape
from typing import TYPE_CHECKING

from sqlite_utils import Database
from telegram import Audio, Document, Update, Voice
from telegram.ext import Application

from bot import club
from bot.club.drafts import add_part
from bot.voice import club_records as records
from bot.voice import limits
from bot.voice.transcript import Transcript

from .club_private import STILL_TRANSCRIBING, defer_for_recordings, hand_in_for
from .club_runtime import runtime, schedule_status
from .context import DebateContext, chat_id_of, message_of, user_of
from .outbox import owe_html, sender
from .recordings import TRANSCRIBING

if TYPE_CHECKING:
    from .voice import VoiceDesk


NOT_IN_ROUND = ("I transcribed your recording, but round #{round_id} no longer takes your {what}, "
                "so it isn't part of it.")
COMMENT_AS_TEXT = "Your ballot takes a comment as text: type it as a message, then hand in the ballot."


def _stage(purpose: str) -> str:
    return "reply" if purpose == "reply" else "speech"


async def take_recording(update: Update, context: DebateContext, desk: VoiceDesk,
                         media: Voice | Audio | Document, seconds: float | None) -> bool:
    """A recording from a member a round waits for: a part of their speech or reply, kept at once,
    then transcribed. False: no round waits for this member (solo practice takes it)."""
    rt, user, message = runtime(context.application), user_of(update), message_of(update)
    target = await rt.store.run(club.focus, user.id)
    if target is None:
        return False
    round_id, purpose = target
    if purpose == "comment":
        await message.reply_text(COMMENT_AS_TEXT)
        return True
    stage = _stage(purpose)
    so_far = await rt.store.run(records.declared_total, round_id, user.id, stage)
    if seconds and so_far + seconds > limits.MAX_SPEECH_SECONDS:
        await message.reply_text(
            f"That recording would take your {stage} over {limits.MAX_SPEECH_SECONDS // 60} minutes in all: "
            "send /done to hand in what you have.")
        return True
    part_id = await rt.store.run(records.add_part, round_id, user.id, stage, chat_id_of(update),
                                 media.file_id, seconds, rt.now())
    length = limits.minutes(seconds) if seconds else "recorded"

    await message.reply_text(TRANSCRIBING.format(length=length))
    start(context.application, desk, [part_id])
    return True


async def defer_hand_in(update: Update, context: DebateContext) -> bool:
    """/done while a recording of the member's speech or reply is being transcribed: remember the
    hand-in and carry it out once the transcript is in; True if it was deferred."""
    rt = runtime(context.application)
    if not await rt.store.run(defer_for_recordings, user_of(update).id, chat_id_of(update), rt.now()):
        return False
    await context.bot.send_message(chat_id_of(update), STILL_TRANSCRIBING)
    return True


def waiting_for_member(db: Database, user_id: int) -> bool:
    """Whether a recording of the speech or reply a round waits for is still being transcribed
    (the voice feature then holds this member's /done)."""
    target = club.focus(db, user_id)
    if target is None or target[1] == "comment":
        return False
    return records.waiting_for(db, target[0], user_id, _stage(target[1])) > 0


# ------------------------------------------------------------------ on the database thread


def _keep_transcript(db: Database, part: records.ClubPart, transcript: Transcript, now: float) -> None:
    """Add the transcript to the member's draft, keep it and owe its message, in one transaction;
    if the stage it was for has closed, the recording goes and the member is told."""
    from .voice import transcript_messages

    with db.atomic():
        target = club.focus(db, part.user_id)
        if target is None or target[0] != part.round_id or _stage(target[1]) != part.stage:
            records.drop(db, part.id)
            records.clear_hand_in(db, part.round_id, part.user_id, part.stage)
            gone = NOT_IN_ROUND.format(round_id=part.round_id, what=part.stage)
            _owe(db, part.chat_id, [escape(gone)], now)
            return
        try:
            add_part(db, part.round_id, part.user_id, transcript.text, target[1], now)
        except club.ClubError as exc:  # e.g. the draft would run over the word limit
            records.refuse(db, part.id, str(exc), now)
            _owe(db, part.chat_id, [escape(str(exc))], now)
            return
        records.finish(db, part.id, transcript, now)
        number = records.transcribed_count(db, part.round_id, part.user_id, part.stage)
        _owe(db, part.chat_id, transcript_messages(number, transcript), now)


def _refuse(db: Database, part: records.ClubPart, message: str, now: float) -> None:
    with db.atomic():
        records.refuse(db, part.id, message, now)
        _owe(db, part.chat_id, [escape(message)], now)


def _owe(db: Database, chat_id: int | None, texts: list[str], now: float) -> None:
    if chat_id is not None:
        for text in texts:
            owe_html(db, chat_id, text, now)


def _hand_in_due(db: Database, round_id: int, user_id: int, stage: str) -> bool:
    """A waiting /done whose recordings are all transcribed: take it (True: hand the draft in now)."""
    if not records.hand_in_requested(db, round_id, user_id, stage) or \
            records.waiting_for(db, round_id, user_id, stage):
        return False
    with db.atomic():
        records.clear_hand_in(db, round_id, user_id, stage)
    target = club.focus(db, user_id)
    return target is not None and target[0] == round_id and _stage(target[1]) == stage


# ------------------------------------------------------------------ the worker


async def transcribe_part(app: Application, desk: VoiceDesk, part_id: int) -> None:
    """Download (if not kept yet), transcribe on the desk's worker thread and keep the transcript;
    then hand the draft in if the member already asked."""
    rt = runtime(app)
    async with desk.lock:
        part = await rt.store.run(records.part, part_id)
        if part is None or part.state != "received":
            return
        transcript = await desk.transcribe_recording(app, rt.store, part_id, part.file_id or "",
                                                     records.audio_of, records.keep_audio)
        if isinstance(transcript, str):
            await rt.store.run(_refuse, part, transcript, rt.now())
        else:
            await rt.store.run(_keep_transcript, part, transcript, rt.now())
            schedule_status(app, part.round_id)
        sender(app).wake()
    await carry_out_hand_in(app, part.round_id, part.user_id, part.stage)


async def carry_out_hand_in(app: Application, round_id: int, user_id: int, stage: str) -> None:
    """Hand the member's draft in if a /done waits and nothing is left to transcribe."""
    if await runtime(app).store.run(_hand_in_due, round_id, user_id, stage):
        await hand_in_for(app, user_id)


def start(app: Application, desk: VoiceDesk, part_ids: list[int],
          hand_ins: list[tuple[int, int, str]] | None = None) -> None:
    """Transcribe these recordings in order, then carry out these waiting hand-ins, in a task that
    shutting down cancels (the rows stay, and the next start finishes them)."""

    async def run() -> None:
        for part_id in part_ids:
            await transcribe_part(app, desk, part_id)
        for round_id, user_id, stage in hand_ins or ():
            await carry_out_hand_in(app, round_id, user_id, stage)

    task = asyncio.get_running_loop().create_task(run(), name=f"club-voice-{part_ids}")
    desk.tasks.add(task)
    task.add_done_callback(desk.tasks.discard)


async def resume(app: Application, desk: VoiceDesk) -> int:
    """At start-up: finish the club recordings left untranscribed and the hand-ins waiting on them."""
    rt = runtime(app)
    parts = await rt.store.run(records.waiting)
    hand_ins = await rt.store.run(records.pending_hand_ins)
    if parts or hand_ins:
        start(app, desk, [p.id for p in parts], hand_ins)
    return len(parts)
