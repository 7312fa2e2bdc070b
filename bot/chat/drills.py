"""Drills in a private chat: /drill [kind] [topic or motion], the answer as one message, the card.

While a drill waits for its answer, the debater's next text message is that answer (a practice
motion drawn after the drill takes messages instead); /cancel drops the drill.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, MessageHandler, filters

from bot.drills import KINDS, DrillError, DrillKind, DrillNoMatch, Drills
from bot.drills import cards as drill_cards

from .context import Services, chat_id_of, message_of, services
from .guards import command
from .speech import person_of, send_long

PRIVATE_COMMANDS = [("drill", "A short drill on your weakest skill (rebuttal, case, weighing)")]
DRILLS_KEY = "drills"
DRILL_GROUP = -3  # before drafting (-2), club speeches (-1) and solo practice (0)
KIND_WORDS: dict[str, DrillKind] = {"rebuttal": "rebuttal", "rebut": "rebuttal", "case": "case",
                                    "weighing": "weighing", "weigh": "weighing"}


def drills_of(svc: Services, context: ContextTypes.DEFAULT_TYPE) -> Drills:
    """The application's drill service, made on first use."""
    data = context.application.bot_data
    if DRILLS_KEY not in data:
        data[DRILLS_KEY] = Drills(svc.bank, svc.settings, svc.clock)
    found: Drills = data[DRILLS_KEY]
    return found


def _html(lines: list[str]) -> str:
    return "\n".join([f"<b>{html.escape(lines[0], quote=False)}</b>",
                      *(html.escape(line, quote=False) for line in lines[1:])])


async def start_drill(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/drill [rebuttal|case|weighing] [topic or motion id]: set a drill (no kind: the weakest skill's)."""
    svc = services(context)
    drills = drills_of(svc, context)
    person = await person_of(update, svc)
    active = await svc.store.run(svc.practice.active, person)
    if active is not None and active.speech.strip():
        await message_of(update).reply_text(
            "You are in the middle of a speech: hand it in with /done, or /cancel it, then /drill.")
        return
    args = list(context.args or ())
    kind = KIND_WORDS.get(args[0].lower()) if args else None
    query = " ".join(args[1:] if kind else args).strip() or None
    found = await svc.store.run(drills.set, person, kind, query)
    if isinstance(found, DrillNoMatch):
        text = html.escape(found.message + f" Kinds: {', '.join(KINDS)}.", quote=False)
        await send_long(context.bot, chat_id_of(update), text)  # it quotes the query, however long
        return
    seconds = found.due_at - found.created_at
    await send_long(context.bot, chat_id_of(update),
                    _html([*drill_cards.prompt(found, seconds), "Send your answer as one message."]))


async def take_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A text message while a drill is open: judge it as the answer and stop there."""
    svc = services(context)
    drills = drills_of(svc, context)
    person = await person_of(update, svc)
    if await svc.store.run(drills.open, person) is None:
        return  # not a drill answer: solo practice takes it
    try:
        answer = await svc.store.run(drills.take, person, message_of(update).text or "")
        judgement = await svc.scoring.run(drills.judge, answer)  # in a scoring worker
        result = await svc.store.run(drills.keep, person, answer, judgement)
    except DrillError as exc:
        await message_of(update).reply_text(exc.message)
        raise ApplicationHandlerStop from None
    await send_long(context.bot, chat_id_of(update), _html(drill_cards.result(result)))
    raise ApplicationHandlerStop


async def cancel_drill(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel while a drill is open: drop the drill (otherwise solo practice's /cancel runs)."""
    svc = services(context)
    drills = drills_of(svc, context)
    person = await person_of(update, svc)
    if await svc.store.run(drills.open, person) is None:
        return
    await svc.store.run(drills.cancel, person)
    await message_of(update).reply_text("Dropped that drill. Send /drill when you want another.")
    raise ApplicationHandlerStop


def register(application: Application) -> None:
    """/drill in private chats; answers and /cancel for an open drill are seen before solo practice."""
    private = filters.ChatType.PRIVATE
    application.add_handler(command("drill", start_drill, private))
    answers = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & private
    application.add_handler(MessageHandler(answers, take_answer), group=DRILL_GROUP)
    application.add_handler(command("cancel", cancel_drill, private), group=DRILL_GROUP)

