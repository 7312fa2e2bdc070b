"""Solo practice commands in a private chat: draw a motion, prep, look back, settings, forget.

The speech itself (messages, documents, /done, the scorecard) is in bot/chat/speech.py.
In groups the solo commands only point to a private chat; group flows belong to bot/chat/club.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, filters

from bot import outbox
from bot.practice import Draw, NoMatch, Person, PracticeError
from bot.rubric import rubric_names
from bot.storage import flush_deleted

from . import cards, club_runtime, keyboards, pastes, render, voice
from .callback_data import EXPIRED, parse
from .context import (
    DebateContext,
    Services,
    chat_id_of,
    job_queue_of,
    message_of,
    query_of,
    services_of,
    user_of,
)
from .focus import declare, taking
from .guards import command
from .jobs import keep
from .speech import hand_in, person_of, send_long
from .timers import PRACTICE_TIMERS, arm

PRIVATE_COMMANDS = [
    ("practice", "Draw a motion (add a topic or motion id)"),
    ("done", "Hand in your speech"),
    ("cancel", "Drop the current motion"),
    ("motions", "Browse motions by topic"),
    ("history", "Your recent speeches and scorecards"),
    ("stats", "Your progress"),
    ("rubric", "Choose how speeches are marked"),
    ("settings", "Prep time and rubric"),
    ("forget", "Delete everything stored about you"),
    ("help", "What I can do"),
]
SOLO_COMMANDS = ("start", "help", *(name for name, _ in PRIVATE_COMMANDS if name != "help"))


# ------------------------------------------------------------------ greeting and help


async def start(update: Update, context: DebateContext) -> None:
    """/start: greet the debater by name; from the group's "message me directly" link
    (/start practice) draw a motion at once, as the link promised."""
    svc = context.services
    person = await person_of(update, svc)
    await message_of(update).reply_html(render.welcome(person.name))
    if [a.lower() for a in context.args or ()] == [render.PRACTICE_START]:
        if await _offer_draft(update, svc, person):
            return
        await _show_draw(update, context, person, await svc.store.run(svc.practice.draw, person, None))


async def ask_help(update: Update, context: DebateContext) -> None:
    """/help: the command list."""
    more, in_groups = context.command_menu("PRIVATE_COMMANDS"), context.command_menu("GROUP_COMMANDS")
    await message_of(update).reply_html(render.help_text(more, in_groups))


async def reply_unknown_command(update: Update, context: DebateContext) -> None:
    """Any command no handler took: say so and list the commands."""
    command = (message_of(update).text or "").split(maxsplit=1)[0][:40]
    await message_of(update).reply_html(render.unknown_command(command, context.command_menu()))


async def point_to_private_chat(update: Update, context: DebateContext) -> None:
    """A solo command in a group: practice happens in a private chat."""
    await message_of(update).reply_html(render.private_only(context.bot.username))


# ------------------------------------------------------------------ drawing a motion


async def _show_draw(update: Update, context: DebateContext, person: Person,
                     result: Draw | NoMatch, *, edit: bool = False) -> None:
    if isinstance(result, NoMatch):
        text, markup = render.no_match(result), None
    else:
        text = render.motion_card(result, person.prep_minutes)
        markup = keyboards.motion_card(result.attempt_id, person.prep_minutes)
    query = update.callback_query  # None for a command: the card is sent, not edited
    if edit and query is not None and isinstance(result, Draw):
        await query.edit_message_text(text, parse_mode="HTML", reply_markup=markup)
    else:
        await send_long(context.bot, chat_id_of(update), text, markup)


async def _keep_draft(svc: Services, person: Person) -> None:
    """Drawing a motion drops the unfinished one: refuse while a speech is half sent, saying why."""
    active = await svc.store.run(svc.practice.active, person)
    if active is not None and active.speech.strip():
        raise PracticeError(render.draft_in_the_way(active.motion_text, active.words))


async def _offer_draft(update: Update, svc: Services, person: Person) -> bool:
    """A speech typed but not handed in is kept (in the database, so also across a restart): offer
    it back, to hand in (the button, or /done) or drop (/cancel), instead of drawing over it.
    True if there was one to offer."""
    active = await svc.store.run(svc.practice.active, person)
    if active is None or not active.speech.strip():
        return False
    await message_of(update).reply_text(render.draft_in_the_way(active.motion_text, active.words),
                                        reply_markup=keyboards.speech_draft())
    return True


async def draw_motion(update: Update, context: DebateContext) -> None:
    """/practice [topic or motion id]: draw a motion and a side (not over a half-sent speech,
    which is offered back instead)."""
    svc = context.services
    person = await person_of(update, svc)
    if await _offer_draft(update, svc, person):
        return
    query = " ".join(context.args or ()).strip() or None
    result = await svc.store.run(svc.practice.draw, person, query)
    await _show_draw(update, context, person, result)


async def browse_motions(update: Update, context: DebateContext) -> None:
    """/motions [topic]: list the bank's motions."""
    bank = context.services.bank
    tag = " ".join(context.args or ()).strip().lower() or None
    await send_long(context.bot, chat_id_of(update),
                    render.motion_list(bank.filter(tag=tag), tag, bank.tags()))


async def cancel_motion(update: Update, context: DebateContext) -> None:
    """/cancel: drop the unfinished motion (a draft speech goes with it)."""
    svc = context.services
    dropped = await svc.store.run(svc.practice.cancel, await person_of(update, svc))
    text = ("Dropped that motion. Send /practice when you want another." if dropped
            else "Nothing to cancel: no motion is waiting. Send /practice to draw one.")
    await message_of(update).reply_text(text)


# ------------------------------------------------------------------ looking back


async def show_history(update: Update, context: DebateContext) -> None:
    """/history: recent speeches, each with a button to open its card."""
    svc = context.services
    attempts = await svc.store.run(svc.practice.history, await person_of(update, svc))
    markup = keyboards.history([(a.id, cards.history_label(a)) for a in attempts])
    await send_long(context.bot, chat_id_of(update), cards.history(attempts), markup)


async def show_stats(update: Update, context: DebateContext) -> None:
    """/stats: averages, sides and trend."""
    svc = context.services
    person = await person_of(update, svc)
    result = await svc.store.run(svc.practice.stats, person)
    await message_of(update).reply_html(cards.stats(result))


# ------------------------------------------------------------------ settings and forgetting


async def open_settings(update: Update, context: DebateContext) -> None:
    """/settings [prep N | rubric NAME]: show or change prep time and rubric."""
    svc = context.services
    person = await person_of(update, svc)
    args = [a.lower() for a in context.args or ()]
    try:
        if len(args) == 2 and args[0] == "prep":
            person = await svc.store.run(svc.practice.update_settings, person, prep_minutes=float(args[1]))
        elif len(args) == 2 and args[0] == "rubric":
            person = await svc.store.run(svc.practice.update_settings, person, rubric=args[1])
        elif args:
            await message_of(update).reply_html(
                "Try <code>/settings prep 10</code> or <code>/settings rubric bp</code>.")
            return
    except ValueError:
        await message_of(update).reply_text("Prep time should be a number of minutes, like 10.")
        return
    except PracticeError as exc:
        await message_of(update).reply_text(exc.message)
        return
    markup = keyboards.settings(person.prep_minutes, person.rubric, rubric_names())
    await message_of(update).reply_html(render.settings(person), reply_markup=markup)


async def choose_rubric(update: Update, context: DebateContext) -> None:
    """/rubric [name]: show the rubrics or switch to one."""
    svc = context.services
    person = await person_of(update, svc)
    if context.args:
        try:
            person = await svc.store.run(svc.practice.update_settings, person, rubric=context.args[0])
        except PracticeError as exc:
            await message_of(update).reply_text(exc.message)
            return
        await message_of(update).reply_html(render.rubric_set(person))
        return
    names = rubric_names()
    markup = keyboards.rubrics(person.rubric, names)
    await message_of(update).reply_html(render.rubric_choice(person, names), reply_markup=markup)


async def ask_to_forget(update: Update, context: DebateContext) -> None:
    """/forget: ask for confirmation before deleting everything."""
    await message_of(update).reply_text(render.forget_confirm(), reply_markup=keyboards.forget())


# ------------------------------------------------------------------ buttons


async def _edit_text(update: Update, text: str) -> None:
    """Replace the pressed message's text (a second tap of the same button changes nothing)."""
    try:
        await query_of(update).edit_message_text(text)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


async def _edit_markup(update: Update, markup: InlineKeyboardMarkup | None) -> None:
    try:
        await query_of(update).edit_message_reply_markup(markup)
    except BadRequest as exc:  # unchanged, or the message is gone: nothing to fix
        if "not modified" not in str(exc).lower() and "not found" not in str(exc).lower():
            raise


async def press_button(update: Update, context: DebateContext) -> None:
    """Any practice button: do what it says, or explain why it no longer applies."""
    query = query_of(update)
    press, chat = parse(query.data), update.effective_chat
    if press is None or press.feature != keyboards.PREFIX or chat is None or chat.type != ChatType.PRIVATE:
        await query.answer(EXPIRED)  # forged, or not from a practice message in a private chat
        return
    svc = context.services
    person = await person_of(update, svc)
    first = press.fields[0] if press.fields else None
    argument, number = ("" if first is None else str(first)), (first if isinstance(first, int) else None)
    try:
        notice = await _do(update, context, svc, person, press.action, argument, number)
    except PracticeError as exc:
        await query.answer(exc.message[:200], show_alert=True)
        return
    await query.answer(notice)


async def _do(update: Update, context: DebateContext, svc: Services, person: Person,
              action: str, argument: str, number: int | None) -> str | None:
    """Carry out one button's action; returns a short notice for the button's answer."""
    chat_id = chat_id_of(update)
    practice, run = svc.practice, svc.store.run
    if action == keyboards.START_PREP and number is not None:
        timers = await run(practice.start_prep, person, number, chat_id)
        for timer in timers:
            arm(job_queue_of(context.application), timer)
        await _edit_markup(update, keyboards.prepping(number))
        started = render.prep_started(person.prep_minutes, svc.settings.speech_minutes)
        await context.bot.send_message(chat_id, started)
        return "Prep started"
    if action == keyboards.READY and number is not None:
        await run(practice.begin_speech, person, number)
        await _edit_markup(update, None)
        await context.bot.send_message(chat_id, render.speaking_now())
        return None
    if action in (keyboards.REDRAW, keyboards.NEW_MOTION, keyboards.RETRY):
        await _keep_draft(svc, person)
    if action == keyboards.REDRAW and number is not None:
        await _show_draw(update, context, person, await run(practice.redraw, person, number), edit=True)
        return None
    if action in (keyboards.NEW_MOTION, keyboards.RETRY):
        result = (await run(practice.draw, person) if action == keyboards.NEW_MOTION or number is None
                  else await run(practice.retry, person, number))
        message = query_of(update).message
        await _edit_markup(update, keyboards.after_next_motion(getattr(message, "reply_markup", None)))
        await _show_draw(update, context, person, result)
        return None
    if action == keyboards.SUBMIT:
        if await voice.defer_hand_in(update, context):  # a recording is still being transcribed
            return None
        await _edit_markup(update, None)
        await hand_in(update, context)
        return None
    if action in (keyboards.FULL_CARD, keyboards.OPEN_ATTEMPT) and number is not None:
        return await _show_card(update, context, svc, person, number, full=action == keyboards.FULL_CARD)
    if action == keyboards.FORGET_YES:
        user = user_of(update)
        rows = await run(practice.forget, person)
        in_clubs = await club_runtime.forget_member(context.application, user.id, user.username)
        await run(outbox.forget_chat, user.id)  # messages owed or sent to their chat
        await run(pastes.forget, user.id)  # an essay they were pasting after /draft
        await run(flush_deleted)  # no old copy of their rows stays in the WAL file
        await _edit_text(update, render.forgotten(rows, in_clubs))
        return "Deleted"
    if action == keyboards.FORGET_NO:
        await _edit_text(update, "Kept everything. Nothing was deleted.")
        return None
    if action in (keyboards.SET_PREP, keyboards.SET_RUBRIC):
        return await _change_setting(update, svc, person, action, argument)
    return EXPIRED


async def _show_card(update: Update, context: DebateContext, svc: Services, person: Person,
                     attempt_id: int, *, full: bool) -> str | None:
    attempt = await svc.store.run(svc.practice.attempt, person, attempt_id)
    if attempt is None:
        return "That speech is no longer stored."
    if attempt.card is None:
        return "That speech has not been scored yet; its card will arrive soon."
    chat_id = chat_id_of(update)
    if full:
        await _edit_markup(update, keyboards.scorecard(attempt.id, full_shown=True))
        await send_long(context.bot, chat_id, cards.full_feedback(attempt.card, attempt))
    else:
        await send_long(context.bot, chat_id, cards.scorecard(attempt.card, attempt),
                        keyboards.scorecard(attempt.id))
    return None


async def _change_setting(update: Update, svc: Services, person: Person, action: str, argument: str) -> str:
    if action == keyboards.SET_PREP:
        try:
            minutes = float(argument)
        except ValueError:
            return EXPIRED
        person = await svc.store.run(svc.practice.update_settings, person, prep_minutes=minutes)
    else:
        person = await svc.store.run(svc.practice.update_settings, person, rubric=argument)
    markup = keyboards.settings(person.prep_minutes, person.rubric, rubric_names())
    try:
        await query_of(update).edit_message_text(render.settings(person), parse_mode="HTML",
                                                      reply_markup=markup)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise
    return "Saved"


def register(application: Application) -> None:
    """Add the solo practice commands (private chats) and their buttons."""
    private, elsewhere = filters.ChatType.PRIVATE, ~filters.ChatType.PRIVATE
    commands = {
        "start": start, "help": ask_help, "practice": draw_motion, "motions": browse_motions,
        "history": show_history, "stats": show_stats,
        "settings": open_settings, "rubric": choose_rubric, "forget": ask_to_forget,
    }
    for name, callback in commands.items():
        application.add_handler(command(name, callback, private))
    svc = services_of(application)  # /cancel: an open drill's first, else the motion's (bot/chat/focus.py)
    declare(application, "solo", {"cancel": taking(cancel_motion)}, svc.store, svc.clock.now)
    application.add_handler(command(SOLO_COMMANDS, point_to_private_chat, elsewhere))
    application.add_handler(CallbackQueryHandler(press_button, pattern=keyboards.PATTERN))
    keep(application, PRACTICE_TIMERS)  # prep timers: re-armed from the database at start-up
