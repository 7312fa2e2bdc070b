"""The speech in a private chat: parts as messages, a .txt document, handing it in, the scorecard.

The service stores each part and the submitted speech before anything else happens; scoring
then runs in a background task that awaits a scoring worker process (bot/scoring_worker.py), so
the chat answers at once. What the
speech is owed ("saved, scoring it now", then the scorecard) is stored in the outbox in the same
transaction as the hand-in and the card, so a card that was scored is always delivered, also
after a Bot API error or a restart; /done again says where the speech is.
"""

from __future__ import annotations

import contextlib
import logging
import re
from typing import cast

from sqlite_utils import Database
from telegram import Bot, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import Application

from bot import outbox as outbox_records
from bot.practice import Attempt, NoActiveAttempt, Person, PracticeError, ScoringFailed, SpeechError
from bot.practice.service import SCORING_FAILED
from bot.scoring.card import Scorecard
from bot.scoring_worker import PoolClosed
from bot.speech_limits import SpeechInputError, nothing_sent
from bot.voice.records import card_with_delivery  # voice (issue 16)

from . import cards, keyboards, render
from .context import (
    DebateContext,
    Services,
    chat_id_of,
    document_of,
    job_chat_of,
    job_of,
    job_queue_of,
    message_of,
    services_of,
    user_of,
)
from .focus import declare, taking
from .intake import after_burst, cancel_burst, document_refusal, read_speech_document
from .outbox import owe_html, sender

log = logging.getLogger(__name__)

KEY_PREFIX = "tg:"  # a Telegram debater's key in the people table: "tg:" and their user id
_KEY = re.compile(r"tg:(-?[0-9]{1,19})")
ACK_SECONDS = 1.0  # parts arriving within this time of each other get one acknowledgement
BURST = "speech"  # the intake's name for this chat's burst of speech parts
NO_MOTION = "No motion is waiting for a speech. Send /practice to draw one first."
NOTHING_SENT = nothing_sent("speech")
# An edited message never rewrites a speech (see note_edit); these say so.
EDIT_IN_DRAFT = ("I keep each part as you first sent it, so that edit isn't in your speech ({words:,} words "
                 "so far). Send the corrected passage as a new message, or /cancel to start over.")
EDIT_BEFORE_SPEECH = "Edits don't reach your speech: send it as new messages (or a .txt file), then /done."
EDIT_NOT_KEPT = ("Edits don't change what I've stored: a speech you handed in keeps the version you sent. "
                 "Send a new message instead.")


async def person_of(update: Update, svc: Services) -> Person:
    """The debater behind this update (created on first sight, name kept current)."""
    user = user_of(update)
    return await svc.store.run(svc.practice.person, f"{KEY_PREFIX}{user.id}", user.full_name)


def known_person(db: Database, svc: Services, user_id: int) -> Person | None:
    """The debater behind this Telegram user, if they have been seen (on the database thread)."""
    return svc.practice.known(db, f"{KEY_PREFIX}{user_id}")


def private_chat(key: str | None) -> int | None:
    """The private chat (the user id) of a debater keyed by this adapter; None for anyone else
    (a terminal debater) or a key that is not one of ours."""
    found = _KEY.fullmatch(key or "")
    return int(found.group(1)) if found else None


def private_chat_of(db: Database, svc: Services, attempt_id: int) -> int | None:
    """The private chat of the Telegram debater who gave this speech, if any."""
    return private_chat(svc.practice.owner_key(db, attempt_id))


async def send_long(
    bot: Bot, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Send HTML split to Telegram's limit; the keyboard goes under the last part."""
    parts = render.split_message(text)
    for i, part in enumerate(parts):
        markup = reply_markup if i == len(parts) - 1 else None
        await bot.send_message(chat_id, part, parse_mode="HTML", reply_markup=markup)


# ------------------------------------------------------------------ scoring

# The scorecard owed for an attempt, in the outbox: kind and reference (see bot/chat/outbox.py).
CARD_KIND = "scorecard"
SCORING_NOW = ("Your speech on “{motion}” ({words:,} words) is handed in and I'm scoring it now; "
               "the card will come here.")
CARD_ON_ITS_WAY = ("Your speech on “{motion}” is scored and its card is on its way: Telegram asked me to "
                   "slow down, so it may take a moment. Send /practice for a new motion.")
CARD_NOT_SENT = ("Your speech on “{motion}” is scored, but Telegram refused its card. Open it with "
                 "/history, or send /practice for a new motion.")


def card_ref(attempt_id: int) -> str:
    """The outbox reference of an attempt's scorecard."""
    return f"attempt:{attempt_id}"


def _store_and_owe(db: Database, svc: Services, attempt_id: int, card: Scorecard) -> Attempt:
    """Keep the card and owe its message in one transaction: a stored card is always delivered."""
    with db.atomic():
        # voice (issue 16): a spoken speech's card gains its Delivery section; a written one is unchanged
        card = card_with_delivery(db, attempt_id, card, svc.settings.speech_minutes)
        attempt = svc.practice.store_card(db, attempt_id, card)
        chat_id = private_chat_of(db, svc, attempt_id)
        if chat_id is not None and attempt.card is not None:
            owe_html(db, chat_id, cards.scorecard(attempt.card, attempt), svc.clock.now(),
                     markup=keyboards.scorecard(attempt.id), kind=CARD_KIND, ref=card_ref(attempt_id),
                     key=f"{CARD_KIND}:{attempt_id}:{attempt.submitted_at}")
    return attempt


async def score(svc: Services, attempt_id: int) -> Attempt:
    """Score a stored speech: read it on the database thread, run the scorer in a scoring worker
    process (so other debaters' updates are not held up; a worker that dies is replaced and the
    speech scored again), then store the card and owe its message on the database thread."""
    request = await svc.store.run(svc.practice.speech_to_score, attempt_id)
    if isinstance(request, Attempt):  # scored already
        return request
    try:
        card = await svc.scoring.score(svc.practice.scoring_job(request))
    except PoolClosed:
        raise
    except Exception as exc:
        raise ScoringFailed(SCORING_FAILED) from exc
    return await svc.store.run(_store_and_owe, svc, attempt_id, svc.practice.timed(request, card))


async def deliver_scorecard(app: Application, attempt_id: int) -> Attempt | None:
    """Score a submitted speech; its card goes out through the outbox (also after an error)."""
    svc = services_of(app)
    if attempt_id in svc.in_scoring:
        return None
    svc.in_scoring.add(attempt_id)
    try:
        chat_id = await svc.store.run(private_chat_of, svc, attempt_id)
        if chat_id is not None:
            with contextlib.suppress(TelegramError):  # a typing indicator is a nicety; the card matters
                await app.bot.send_chat_action(chat_id, ChatAction.TYPING)
        try:
            attempt = await score(svc, attempt_id)
        except ScoringFailed as exc:
            log.exception("scoring attempt %s failed", attempt_id)
            if chat_id is not None:
                await svc.store.run(_owe_one, svc, chat_id, cards.scoring_failed(exc.message))
            return None
        except PracticeError as exc:  # e.g. the debater deleted their data while it was scored
            log.info("attempt %s was not scored: %s", attempt_id, exc.message)
            return None
        except PoolClosed:  # the bot is stopping; the speech is scored at the next start
            return None
        return attempt
    finally:
        svc.in_scoring.discard(attempt_id)
        sender(app).wake()


def _owe_one(db: Database, svc: Services, chat_id: int, text: str) -> None:
    with db.atomic():
        owe_html(db, chat_id, text, svc.clock.now())


async def _score_job(context: DebateContext) -> None:
    await deliver_scorecard(context.application, cast(int, job_of(context).data))


def score_later(application: Application, attempt_id: int) -> None:
    """Queue the scoring of a stored speech (used at start-up for speeches left unscored)."""
    job_queue_of(application).run_once(_score_job, when=0, data=attempt_id, name=f"score-{attempt_id}")


def _submit_and_owe(db: Database, svc: Services, person: Person, chat_id: int, text: str | None) -> Attempt:
    """Hand the speech in and owe "saved, scoring it now" in the same transaction."""
    with db.atomic():
        attempt = svc.practice.submit(db, person, text)
        owe_html(db, chat_id, render.scoring(attempt.words), svc.clock.now(), kind="saved",
                 ref=card_ref(attempt.id))
    return attempt


def _speech_status(db: Database, svc: Services, person: Person) -> tuple[Attempt, str] | None:
    """Where the debater's last handed-in speech is, if it is not yet in their chat: being scored,
    its card waiting to be sent, or its card refused by Telegram."""
    attempt = svc.practice.latest_handed_in(db, person)
    if attempt is None:
        return None
    if attempt.state == "submitted":
        return attempt, SCORING_NOW
    pending, sent, refused = outbox_records.outcome(db, CARD_KIND, card_ref(attempt.id))
    if pending:
        return attempt, CARD_ON_ITS_WAY
    if refused and not sent:
        return attempt, CARD_NOT_SENT
    return None


async def no_motion_reply(app: Application, svc: Services, person: Person, fallback: str) -> str:
    """What to say when there is no motion to speak on: where the last speech is, if it is on
    its way (and its scoring restarted if nothing is scoring it), else `fallback`."""
    found = await svc.store.run(_speech_status, svc, person)
    if found is None:
        return fallback
    attempt, text = found
    if attempt.state == "submitted" and attempt.id not in svc.in_scoring:
        app.create_task(deliver_scorecard(app, attempt.id), name=f"score-{attempt.id}")
    return text.format(motion=attempt.motion_text, words=attempt.words)


async def hand_in(update: Update, context: DebateContext, text: str | None = None) -> None:
    """Submit the speech (the draft plus `text`), then score it in the background."""
    svc = context.services
    person = await person_of(update, svc)
    chat_id = chat_id_of(update)
    _cancel_ack(context, chat_id)
    try:
        attempt = await svc.store.run(_submit_and_owe, svc, person, chat_id, text)
    except NoActiveAttempt:
        reply = await no_motion_reply(context.application, svc, person, NO_MOTION)
        await context.bot.send_message(chat_id, reply)
        return
    except SpeechError as exc:
        empty = not (text or "").strip() and not await _has_draft(svc, person)
        await context.bot.send_message(chat_id, NOTHING_SENT if empty else exc.message)
        return
    except PracticeError as exc:
        await context.bot.send_message(chat_id, exc.message)
        return
    sender(context.application).wake()
    context.application.create_task(deliver_scorecard(context.application, attempt.id), update=update,
                                    name=f"score-{attempt.id}")


# ------------------------------------------------------------------ handlers


async def _has_draft(svc: Services, person: Person) -> bool:
    active = await svc.store.run(svc.practice.active, person)
    return active is not None and bool(active.speech.strip())


async def finish_speech(update: Update, context: DebateContext) -> None:
    """/done: hand in the speech written so far."""
    await hand_in(update, context)


async def send_speech_part(update: Update, context: DebateContext) -> None:
    """A text message: the next part of the speech, stored at once."""
    svc = context.services
    person = await person_of(update, svc)
    try:
        attempt = await svc.store.run(svc.practice.add_speech_part, person, message_of(update).text)
    except NoActiveAttempt:
        reply = await no_motion_reply(context.application, svc, person, NO_MOTION)
        await message_of(update).reply_text(
            reply + " (Your message stays here in the chat; you can paste it into your speech.)")
        return
    except PracticeError as exc:
        await message_of(update).reply_text(exc.message)
        return
    _acknowledge_soon(context, chat_id_of(update), attempt.words)


def _cancel_ack(context: DebateContext, chat_id: int) -> None:
    cancel_burst(context.application, BURST, chat_id)


def _acknowledge_soon(context: DebateContext, chat_id: int, words: int) -> None:
    """One acknowledgement per burst of parts (bot/chat/intake.py)."""
    after_burst(context.application, BURST, chat_id, ACK_SECONDS, _acknowledge, data=words)


async def _acknowledge(context: DebateContext) -> None:
    await context.bot.send_message(
        job_chat_of(context), render.part_received(cast(int, job_of(context).data)),
        reply_markup=keyboards.speech_draft())


async def ask_for_text(update: Update, context: DebateContext) -> None:
    """A photo, sticker, voice note...: the bot reads text only, for now."""
    await message_of(update).reply_text(
        "I can only read text for now: send your speech as messages or as a .txt file.")


async def note_edit(update: Update, context: DebateContext) -> None:
    """An edited text message. It never rewrites the speech: a part may already be handed in and
    scored when it is edited, and the debater should see exactly the text that counts. So the
    speech keeps each part as first sent, and the reply says how to correct it."""
    svc = context.services
    active = await svc.store.run(svc.practice.active, await person_of(update, svc))
    if active is None:
        text = EDIT_NOT_KEPT
    elif active.speech.strip():
        text = EDIT_IN_DRAFT.format(words=active.words)
    else:
        text = EDIT_BEFORE_SPEECH
    await context.bot.send_message(chat_id_of(update), text)


async def send_speech_document(update: Update, context: DebateContext) -> None:
    """A .txt or .md document: the whole speech (after any parts already sent), handed in at once.
    It is checked as the club and the command line check one (bot.speech_limits)."""
    svc = context.services
    message = message_of(update)
    document = document_of(update)
    problem = document_refusal(document)
    if problem:
        await message.reply_text(problem)
        return
    if await svc.store.run(svc.practice.active, await person_of(update, svc)) is None:
        await message.reply_text(NO_MOTION + " Then send the file again.")
        return
    try:
        text = await read_speech_document(document)
    except SpeechInputError as exc:  # the same checks as the club's and the command line's
        await message.reply_text(exc.message)
        return
    await hand_in(update, context, text)


def register(application: Application) -> None:
    """Declare the solo speech to the private-message router (bot/chat/focus.py): it comes last
    in the order and takes whatever no other feature holds (private chats only)."""
    svc = services_of(application)
    declare(application, "solo", {
        "text": taking(send_speech_part), "edit": taking(note_edit), "document": taking(send_speech_document),
        "done": taking(finish_speech), "other": taking(ask_for_text),
    }, svc.store, svc.clock.now)
