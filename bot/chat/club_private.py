"""The private side of a club round: the deep link, speeches and replies, adjudicators' ballots."""

from __future__ import annotations

import logging
import re
from html import escape

from sqlite_utils import Database
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    filters,
)

from bot import club
from bot.chat import club_render as render
from bot.chat import membership
from bot.chat.callback_data import EXPIRED, MAX_ID, ButtonExpired, expect
from bot.chat.club_outbox import owe_late
from bot.chat.club_runtime import advance, edit_ballot, queue_speech, runtime, schedule_status, send_private
from bot.chat.context import (
    DebateContext,
    chat_id_of,
    document_of,
    job_chat_of,
    job_of,
    message_of,
    query_of,
    text_of,
    user_of,
)
from bot.chat.focus import Kind, declare
from bot.chat.guards import command
from bot.chat.intake import after_burst, cancel_burst, read_speech_document
from bot.chat.outbox import sender
from bot.motions import SIDE_LABELS, Bank
from bot.speech_limits import SpeechInputError
from bot.voice import club_records as spoken

log = logging.getLogger(__name__)

DEEP_LINK = re.compile(r"^/start(?:@\w+)? round-([0-9]{1,19})$", re.ASCII)  # ASCII digits only
BROKEN_LINK = "That link is broken. Use the button in the group again."
NOT_TAKEN = "This round no longer takes speeches from you; nothing was recorded."
STILL_TRANSCRIBING = ("I'm still transcribing your recording; I'll hand your speech in for the round as soon "
                      "as it's done.")
LEFT_THE_GROUP = ("Round #{round_id} belongs to a group you're no longer in, so you can't take part in it. "
                  "Join the group again, then open the link once more.")


async def _reply_error(update: Update, exc: club.ClubError) -> None:
    if update.callback_query is not None:
        await query_of(update).answer(str(exc)[:200], show_alert=True)
    else:
        await message_of(update).reply_text(str(exc))


async def opened(update: Update, context: DebateContext) -> None:
    """/start round-<id> from the group's button: get ready for the speech, reply or ballot."""
    rt, user = runtime(context.application), user_of(update)
    match = DEEP_LINK.match(text_of(update).strip())
    try:
        if match is None or not 0 < int(match.group(1)) <= MAX_ID:
            raise club.ClubError(BROKEN_LINK)
        rnd = await rt.store.run(club.load_round, int(match.group(1)))
        if rnd.participant(user.id) is not None:  # anyone else is told they are not in the round
            await membership.require_member(context.bot, rt.members, rnd.chat_id, user.id,
                                            LEFT_THE_GROUP.format(round_id=rnd.id))
        got = await rt.store.run(club.open_private, rnd.id, user.id, rt.now())
        if got.purpose == "ballot":
            state = await rt.store.run(club.open_ballot, got.round.id, user.id)
            text, keyboard = render.ballot_message(state)  # a fresh copy, at the bottom of the chat
            message = await message_of(update).reply_html(text, reply_markup=keyboard)
            await rt.store.run(club.set_message, got.round.id, user.id, message.message_id)
        else:
            await message_of(update).reply_html(_prompt(got, user.id, rt.now()))
    except club.ClubError as exc:
        await _reply_error(update, exc)
    raise ApplicationHandlerStop


def _prompt(got: club.Opened, user_id: int, now: float) -> str:
    rnd = got.round
    me = rnd.participant(user_id)
    if me is None:  # open_private only opens a round to its participants
        raise club.ClubError(NOT_TAKEN)
    side = SIDE_LABELS.get(me.side or "", "?")
    what = "your side's reply (one per side; it replaces a teammate's)" if got.purpose == "reply" \
        else "your speech"
    deadline = render.until(rnd.stage_deadline, now)
    lines = [f"<b>Round #{rnd.id}</b>: <i>{escape(rnd.motion_text)}</i>",
             f"You are {side}, speaker {me.position}.",
             f"Send {what} as messages (a long paste may arrive in several) or voice messages, then /done; "
             "or send it as a .txt file. Nobody sees it before the deadline"
             + (f" ({deadline})" if deadline and rnd.stage in ("prep", "speeches", "rebuttal") else "")
             + ". Whatever you have sent by then is handed in at the deadline."]
    if rnd.stage in ("rebuttal", "adjudication") and got.purpose == "speech":
        lines.append("The deadline has passed: your speech will be marked late.")
    return "\n".join(lines)


def _take_text(db: Database, user_id: int, text: str, now: float
               ) -> club.Drafted | club.Received | club.Closed | None:
    """One database call, so a stage never closes between the check and the store: the part
    (or ballot comment) is stored, or the stage it was for has closed, or it is not the club's."""
    if club.focus(db, user_id) is None:
        return club.closed_focus(db, user_id, now)
    return club.receive_text(db, user_id, text, now)


async def _closed(update: Update, context: DebateContext, closed: club.Closed) -> None:
    """The message came after its stage closed: say so (and what was handed in)."""
    text = render.closed_notice(closed)
    if update.callback_query is not None:
        await query_of(update).answer("That round's deadline has passed.", show_alert=False)
    await send_private(context.application, user_of(update).id, text)


async def private_text(update: Update, context: DebateContext) -> bool:
    """A private message from a member the club is waiting for: a part of the speech or reply
    (gathered until /done), or a ballot comment; after the stage closed, a note saying so.
    False: no round waits for it after all (the next feature in the router's order takes it)."""
    rt, user = runtime(context.application), user_of(update)
    try:
        got = await rt.store.run(_take_text, user.id, message_of(update).text, rt.now())
    except club.ClubError as exc:
        await _reply_error(update, exc)
        return True
    if got is None:
        return False
    if isinstance(got, club.Closed):
        await _closed(update, context, got)
    if isinstance(got, club.Received):  # a ballot comment
        await message_of(update).reply_text("Comment saved. Hand in the ballot when you're ready.")
        await edit_ballot(context.application, await rt.store.run(club.ballot, got.round.id, user.id))
    elif isinstance(got, club.Drafted):
        _acknowledge_soon(context, user.id, got)
        schedule_status(context.application, got.round.id)  # "writing" in the group; edits are batched
    return True


async def _for_the_club(update: Update, context: DebateContext) -> bool | None:
    """True: a round waits for this member's message; None: its stage has just closed and they
    were told so; False: no round waits for it."""
    rt = runtime(context.application)
    if await rt.store.run(club.focus, user_of(update).id) is not None:
        return True
    closed = await rt.store.run(club.closed_focus, user_of(update).id, rt.now())
    if closed is not None:
        await _closed(update, context, closed)
        return None
    return False


async def note_edit(update: Update, context: DebateContext) -> bool:
    """An edited private message while a round waits for this member. As in solo practice an edit
    never rewrites the draft (it may come after the hand-in or the deadline): say how to correct it."""
    target = await runtime(context.application).store.run(club.focus, user_of(update).id)
    if target is None:
        return False
    text = ("I keep your comment as you first sent it, so that edit isn't on your ballot. Send the "
            "corrected comment as a new message; it replaces the old one." if target[1] == "comment" else
            "I keep each part as you first sent it, so that edit isn't in your speech. Send the corrected "
            "passage as a new message; or hand in with /done and send a new version, which replaces it.")
    await context.bot.send_message(chat_id_of(update), text)
    return True


async def finish_speech(update: Update, context: DebateContext) -> bool:
    """/done in private: hand in the speech or reply gathered so far (False: no round waits for it)."""
    waiting = await _for_the_club(update, context)
    if waiting:
        await _hand_in(update, context)
    return waiting is not False


async def submit_pressed(update: Update, context: DebateContext) -> None:
    """The Submit button under a part's acknowledgement."""
    query = query_of(update)
    try:
        expect(query.data, "club", "done")
    except ButtonExpired:
        await query.answer(EXPIRED)
        raise ApplicationHandlerStop from None
    waiting = await _for_the_club(update, context)
    if waiting is False:
        await query.answer("That speech is closed: nothing is waiting to be handed in.", show_alert=True)
    elif waiting:
        await query.answer()
        rt = runtime(context.application)
        if await rt.store.run(defer_for_recordings, user_of(update).id, chat_id_of(update), rt.now()):
            await send_private(context.application, user_of(update).id, STILL_TRANSCRIBING)
        else:
            await _hand_in(update, context)
    raise ApplicationHandlerStop


def defer_for_recordings(db: Database, user_id: int, chat_id: int, now: float) -> bool:
    """A hand-in (/done, Submit) while a recording of the member's speech or reply is still being
    transcribed: remember it, to be carried out once the transcript is in the draft
    (bot/chat/voice_club.py); False when nothing is being transcribed (hand in now)."""
    target = club.focus(db, user_id)
    if target is None or target[1] == "comment":
        return False
    stage = "reply" if target[1] == "reply" else "speech"
    if not spoken.waiting_for(db, target[0], user_id, stage):
        return False
    spoken.request_hand_in(db, target[0], user_id, stage, chat_id, now)
    return True


async def private_document(update: Update, context: DebateContext) -> bool:
    """A .txt or .md file from a member the club is waiting for: the speech (after any parts sent),
    handed in. It is checked as solo practice checks one (bot.speech_limits). False: no round
    waits for it."""
    waiting = await _for_the_club(update, context)
    if not waiting:
        return waiting is None
    try:
        text = await read_speech_document(document_of(update))
    except SpeechInputError as exc:  # the same checks, and the same sentences, as solo practice's
        await _reply_error(update, club.ClubError(exc.message))
        return True
    await _hand_in(update, context, text)
    return True


def _take_speech(db: Database, user_id: int, now: float, bank: Bank, text: str | None,
                 username: str) -> club.Received | club.Closed | club.ClubError | None:
    """Hand in the draft in one transaction with what it owes (a late speech's reveal); or the
    stage it was for has closed (say so); or a ClubError to show; None: a ballot comment is due.
    The speech is stored without a card: the scoring worker scores it (queue_speech)."""
    with db.atomic():
        if club.focus(db, user_id) is None:
            return club.closed_focus(db, user_id, now) or club.ClubError(NOT_TAKEN)
        try:
            got = club.hand_in(db, user_id, now, bank, None, text)
        except club.ClubError as exc:
            return exc
        if got is not None and got.late:
            owe_late(db, got, user_id, username, now)
        return got


async def _hand_in(update: Update, context: DebateContext, text: str | None = None) -> None:
    await hand_in_for(context.application, user_of(update).id, text, update)


async def hand_in_for(app: Application, user_id: int, text: str | None = None,
                      update: Update | None = None) -> None:
    """Hand in this member's draft (plus `text`) as their speech or reply, and say so privately:
    from /done, the Submit button, a document, or a /done that waited for a recording's transcript
    (bot/chat/voice_club.py; then there is no update to answer)."""
    rt = runtime(app)
    cancel_burst(app, BURST, user_id)
    got = await rt.store.run(_take_speech, user_id, rt.now(), rt.bank, text, app.bot.username)
    if isinstance(got, club.ClubError):
        await send_private(app, user_id, escape(str(got)))
        return
    if isinstance(got, club.Closed):
        if update is not None and update.callback_query is not None:
            await query_of(update).answer("That round's deadline has passed.", show_alert=False)
        await send_private(app, user_id, render.closed_notice(got))
        return
    if got is None:  # waiting for a ballot comment, not a speech
        await send_private(app, user_id, "Your ballot takes a comment, not a speech: "
                                         "type it as a message, then hand in the ballot.")
        return
    assert isinstance(got, club.Received)
    rnd = got.round
    queue_speech(app, rnd.id, user_id, got.purpose)
    what = "reply" if got.purpose == "reply" else "speech"
    words = len(got.speech.text.split()) if got.speech is not None else 0
    note = " It replaces your earlier one." if got.replaced else ""
    if got.late:
        note += " It is marked late."
        sender(app).wake()
    elif rnd.stage_deadline is not None:
        note += f" You can send a new version until {render.until(rnd.stage_deadline, rt.now())}."
    await send_private(app, user_id, f"Got your {what} for round #{rnd.id} ({words:,} words).{note}")
    schedule_status(app, rnd.id)


BURST = "club"  # the intake's name for a member's burst of speech parts (bot/chat/intake.py)


def _cancel_ack(context: DebateContext, user_id: int) -> None:
    cancel_burst(context.application, BURST, user_id)


def _acknowledge_soon(context: DebateContext, user_id: int, got: club.Drafted) -> None:
    """One acknowledgement per burst of parts, as in solo practice (bot/chat/intake.py)."""
    after_burst(context.application, BURST, user_id, runtime(context.application).ack_delay, _acknowledge,
                data=got)


async def _acknowledge(context: DebateContext) -> None:
    got = job_of(context).data
    assert isinstance(got, club.Drafted)
    focus = await runtime(context.application).store.run(club.focus, job_chat_of(context))
    if focus != (got.round.id, got.purpose):
        return  # the deadline handed the draft in meanwhile (and said so), or the round moved on
    text, keyboard = render.draft_received(got.round.id, got.purpose, got.words)
    await context.bot.send_message(job_chat_of(context), text, reply_markup=keyboard)


async def ballot_pressed(update: Update, context: DebateContext) -> None:
    """A button of a private ballot: a band, all bands of a speaker, the winner, hand in, restart."""
    rt, user, query = runtime(context.application), user_of(update), query_of(update)
    try:
        press = expect(query.data, "club", "b", "ba", "w", "sub", "redo")
    except ButtonExpired:
        await query.answer(EXPIRED)
        raise ApplicationHandlerStop from None
    action, rid = press.action, press.number(0)
    try:
        if action == "b":
            speaker, index, band = press.number(1), press.number(2), press.number(3)
            rnd = await rt.store.run(club.load_round, rid)
            if not 0 <= index < len(rnd.criteria):
                raise club.ClubError("That ballot button is out of date; open the ballot again.")
            state = await rt.store.run(club.set_band, rid, user.id, speaker, rnd.criteria[index].id, band)
        elif action == "ba":
            speaker, band = press.number(1), press.number(2)
            state = await rt.store.run(club.set_speaker_bands, rid, user.id, speaker, band)
        elif action == "w":
            state = await rt.store.run(club.set_winner, rid, user.id, press.word(1), rt.now())
        elif action == "redo":
            state = await rt.store.run(club.restart_ballot, rid, user.id)
        else:
            handed: list[club.BallotState] = []
            now = rt.now()

            def submit(db: Database) -> club.Transition | None:
                found, step = club.submit_ballot(db, rid, user.id, now)
                handed.append(found)
                return step

            await advance(context.application, submit)
            state = handed[0]
        await query.answer("Ballot handed in." if state.submitted else "")
    except club.ClubError as exc:
        await _reply_error(update, exc)
        raise ApplicationHandlerStop from None
    await edit_ballot(context.application, state)
    schedule_status(context.application, rid)
    raise ApplicationHandlerStop


def holds(db: Database, user_id: int, now: float, kind: Kind) -> bool:
    """The club's focus (bot/chat/focus.py): a round waits for this member's speech, reply or
    ballot comment (`club_focus`); text, documents and /done also while the stage they were for
    closed only minutes ago, to say so. An edit only while a round waits."""
    if club.focus(db, user_id) is not None:
        return True
    return kind != "edit" and club.has_closed_focus(db, user_id, now)


def register(application: Application, group: int) -> None:
    """The deep link and ballot buttons in the club's handler group; speeches, replies and ballot
    comments come through the private-message router (bot/chat/focus.py)."""
    private = filters.ChatType.PRIVATE
    application.add_handler(command("start", opened, private & filters.Regex(r"^/start(@\w+)? round-")),
                            group=group)
    application.add_handler(CallbackQueryHandler(submit_pressed, pattern=r"^club:done:"), group=group)
    application.add_handler(
        CallbackQueryHandler(ballot_pressed, pattern=r"^club:(b|ba|w|sub|redo):"), group=group)
    rt = runtime(application)
    declare(application, "club", {"text": private_text, "document": private_document, "done": finish_speech,
                                  "edit": note_edit}, rt.store, rt.now, holds)
