"""Drills in a private chat: /drill [kind] [topic or motion], the answer as one message, the card.

While a drill waits for its answer, the debater's next text message is that answer (a practice
motion drawn after the drill takes messages instead); /cancel drops the drill. Both come through
the private-message router (bot/chat/focus.py). A voice message or audio file is an answer too:
it is transcribed and judged as the text (bot/chat/voice_drill.py).
"""

from __future__ import annotations

import html

from sqlite_utils import Database
from telegram import Update
from telegram.ext import Application, filters

from bot.drills import KINDS, DrillError, DrillKind, DrillNoMatch, DrillResult, Drills
from bot.drills import cards as drill_cards

from .context import DebateContext, Services, chat_id_of, message_of, services_of
from .focus import Holds, Kind, declare
from .guards import command
from .speech import known_person, person_of, send_long

PRIVATE_COMMANDS = [("drill", "A short drill on your weakest skill (rebuttal, case, weighing)")]
DRILLS_KEY = "drills"
KIND_WORDS: dict[str, DrillKind] = {"rebuttal": "rebuttal", "rebut": "rebuttal", "case": "case",
                                    "weighing": "weighing", "weigh": "weighing"}


def drills_of(svc: Services, application: Application) -> Drills:
    """The application's drill service, made on first use."""
    data = application.bot_data
    if DRILLS_KEY not in data:
        data[DRILLS_KEY] = Drills(svc.bank, svc.settings, svc.clock)
    found: Drills = data[DRILLS_KEY]
    return found


def _html(lines: list[str]) -> str:
    return "\n".join([f"<b>{html.escape(lines[0], quote=False)}</b>",
                      *(html.escape(line, quote=False) for line in lines[1:])])


def result_html(result: DrillResult) -> str:
    """A judged drill's result card, as HTML (a typed or a spoken answer alike)."""
    return _html(drill_cards.result(result))


async def start_drill(update: Update, context: DebateContext) -> None:
    """/drill [rebuttal|case|weighing] [topic or motion id]: set a drill (no kind: the weakest skill's)."""
    svc = context.services
    drills = drills_of(svc, context.application)
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


async def take_answer(update: Update, context: DebateContext) -> bool:
    """A text message while a drill is open: judge it as the answer (False: the drill has gone)."""
    svc = context.services
    drills = drills_of(svc, context.application)
    person = await person_of(update, svc)
    if await svc.store.run(drills.open, person) is None:
        return False  # not a drill answer after all: the next feature in the order takes it
    try:
        answer = await svc.store.run(drills.take, person, message_of(update).text or "")
        judgement = await svc.scoring.run(drills.judge, answer)  # in a scoring worker
        result = await svc.store.run(drills.keep, person, answer, judgement)
    except DrillError as exc:
        await message_of(update).reply_text(exc.message)
        return True
    await send_long(context.bot, chat_id_of(update), result_html(result))
    return True


async def cancel_drill(update: Update, context: DebateContext) -> bool:
    """/cancel while a drill is open: drop the drill (False: none is open, solo practice's /cancel runs)."""
    svc = context.services
    drills = drills_of(svc, context.application)
    person = await person_of(update, svc)
    if not await svc.store.run(drills.cancel, person):
        return False
    await message_of(update).reply_text("Dropped that drill. Send /drill when you want another.")
    return True


def focus_of(svc: Services, drills: Drills) -> Holds:
    """The drill's focus (bot/chat/focus.py): a drill waiting for this person's answer."""

    def holds(db: Database, user_id: int, now: float, kind: Kind) -> bool:
        person = known_person(db, svc, user_id)
        return person is not None and drills.open(db, person) is not None

    return holds


def register(application: Application) -> None:
    """/drill in private chats; an open drill's answer and /cancel come through the private-message
    router, ahead of drafting, club speeches and solo practice."""
    application.add_handler(command("drill", start_drill, filters.ChatType.PRIVATE))
    svc = services_of(application)
    declare(application, "drill", {"text": take_answer, "cancel": cancel_drill}, svc.store, svc.clock.now,
            focus_of(svc, drills_of(svc, application)))

