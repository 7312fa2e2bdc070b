"""One router for private messages: which feature a person's next message belongs to.

Several features wait for a person's private messages at once: a recording being transcribed,
a drill's answer, an essay pasted after /draft, a club speech due, the solo speech. Each
feature *declares* (`declare`, from its `register`) the kinds of message it may take and a
`holds` check that reads its own stored state; the router (installed by the first declaration
in ROUTER_GROUP: `route` for new messages, `note_edit` for edited text) asks every declared
feature, in the stated ORDER and in one call on the database thread, whether it holds the
person's focus, and hands the message to the first that does. A feature that finds on a closer
look that the message is not its own after all (a stage closed in between) returns False, and
the next holder in the order gets it.

Focus is derived, not stored a second time. Each feature's own tables already say whether it
waits for the person (`club_focus`, the open drill, the unfinished attempt, recordings not yet
transcribed, and `drafting_pastes` for /draft), and they survive a restart; a separate focus
table would be a copy that every feature must keep in step (a deadline, a /forget, a cancelled
round...) and that could disagree with them. Reading them in one database call gives one
consistent answer, because every query runs on the one database thread.

The stated order (first holder wins):

1. voice     a recording is always voice's; /done waits while a recording of the open solo
             speech is still being transcribed
2. drill     a drill waiting for its answer takes text and /cancel
3. drafting  after /draft (for drafting.WAIT_SECONDS after the last piece) text and documents
             are the essay and /done drafts what was pasted; a document captioned /draft is
             always an essay
4. club      a round waiting for the member's speech, reply or ballot comment takes text,
             documents, /done and edits; a stage closed in the last few minutes takes them to
             say so
5. solo      everything left: parts of the solo speech, documents, /done, /cancel, edits and
             anything else (a photo gets "I read text only")
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from sqlite_utils import Database
from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, MessageHandler, filters

from bot.chat.context import DebateContext
from bot.storage import Store

Kind = Literal["recording", "essay", "document", "text", "edit", "done", "cancel", "other"]
ORDER = ("voice", "drill", "drafting", "club", "solo")
ROUTER_GROUP = -3  # after the guards (-10) and the membership notes (-9); before every feature
ROUTER_KEY = "private_router"  # application.bot_data

Take = Callable[[Update, DebateContext], Awaitable[bool]]  # True: taken
Holds = Callable[[Database, int, float, Kind], bool]  # (db, user id, now, kind): on the database thread

_NEW, _EDITED = filters.UpdateType.MESSAGE, filters.UpdateType.EDITED_MESSAGE
_PROSE = filters.TEXT & ~filters.COMMAND
_RECORDINGS = filters.VOICE | filters.AUDIO | filters.Document.AUDIO
_ESSAY_CAPTION = re.compile(r"^/draft(?:@\w+)?\b")
_OTHER = ~(filters.TEXT | filters.COMMAND | filters.Document.ALL | filters.StatusUpdate.ALL)
ROUTED_COMMANDS: dict[str, Kind] = {"done": "done", "cancel": "cancel"}
_ROUTED_COMMAND = filters.COMMAND & filters.Regex(re.compile(r"^/(?:done|cancel)(?:@\w+)?(?:\s|$)", re.I))
# What the router's two handlers see: new private messages (no service messages; of the commands
# only /done and /cancel, which several features answer), and edited private text.
_NOT_COMMANDS = ~filters.COMMAND & ~filters.StatusUpdate.ALL
NEW_ROUTED = filters.ChatType.PRIVATE & _NEW & (_NOT_COMMANDS | _ROUTED_COMMAND)
EDITED_ROUTED = filters.ChatType.PRIVATE & _EDITED & _PROSE


def taking(handler: Callable[[Update, DebateContext], Awaitable[None]]) -> Take:
    """A handler that takes every message given to it, as a router `Take`."""

    async def take(update: Update, context: DebateContext) -> bool:
        await handler(update, context)
        return True

    take.__doc__ = handler.__doc__
    return take


def always(db: Database, user_id: int, now: float, kind: Kind) -> bool:
    """The `holds` of a feature that takes every message of its kinds (recordings, solo)."""
    return True


@dataclass
class Feature:
    """A feature's claim on private messages: how to take each kind, and whether it holds the
    person's focus now (read from its own stored state)."""

    name: str
    takes: dict[Kind, Take]
    holds: Holds = always


@dataclass
class Router:
    """The declared features, the database their state is read from, and the clock."""

    store: Store
    now: Callable[[], float]
    features: dict[str, Feature] = field(default_factory=dict)

    def candidates(self, kind: Kind) -> list[Feature]:
        """The declared features that take this kind of message, in the stated order."""
        found = [f for f in self.features.values() if kind in f.takes]
        return sorted(found, key=lambda f: ORDER.index(f.name))


def declare(application: Application, name: str, takes: Mapping[Kind, Take], store: Store,
            now: Callable[[], float], holds: Holds = always) -> None:
    """A feature declares which kinds of private message it takes and whether it holds a person's
    focus. A feature may declare from several modules (solo: speech and practice); the first
    declaration's `holds` stands. The first declaration installs the router."""
    if name not in ORDER:
        raise ValueError(f"{name!r} has no place in the router's order {ORDER}")
    router = application.bot_data.get(ROUTER_KEY)
    if not isinstance(router, Router):
        router = Router(store, now)
        application.bot_data[ROUTER_KEY] = router
        application.add_handler(MessageHandler(NEW_ROUTED, route), group=ROUTER_GROUP)
        application.add_handler(MessageHandler(EDITED_ROUTED, note_edit), group=ROUTER_GROUP)
    feature = router.features.setdefault(name, Feature(name, {}, holds))
    feature.takes.update(takes)


def kind_of(update: Update, bot_username: str | None) -> Kind | None:
    """What kind of private message this is, for the router; None: not one the router routes
    (another command, a service message, an edited photo), left to the handlers of group 0."""
    if _NEW.check_update(update):
        message = update.message
        if message is None:
            return None
        if _RECORDINGS.check_update(update):
            return "recording"
        if message.document is not None:
            return "essay" if _ESSAY_CAPTION.match(message.caption or "") else "document"
        if _PROSE.check_update(update):
            return "text"
        if filters.COMMAND.check_update(update):
            return ROUTED_COMMANDS.get(_command(message.text or "", bot_username) or "")
        return "other" if _OTHER.check_update(update) else None
    if _EDITED.check_update(update) and _PROSE.check_update(update):
        return "edit"
    return None


def _command(text: str, bot_username: str | None) -> str | None:
    """The command's name if it is addressed to this bot ("/done" or "/done@this_bot")."""
    head = text.split(maxsplit=1)[0][1:] if text.startswith("/") else ""
    name, _, addressee = head.partition("@")
    if addressee and addressee.lower() != (bot_username or "").lower():
        return None
    return name.lower() or None


def holders(db: Database, features: list[Feature], user_id: int, now: float, kind: Kind) -> list[str]:
    """The features that hold this person's focus for this kind of message, in the stated order:
    one call on the database thread, so every feature's state is read at the same moment."""
    return [f.name for f in features if f.holds(db, user_id, now, kind)]


async def route(update: Update, context: DebateContext) -> None:
    """The one handler of new private messages: give the message to the first feature holding
    the person's focus (see the module's docstring for the order)."""
    await _dispatch(update, context)


async def note_edit(update: Update, context: DebateContext) -> None:
    """An edited private message: the edit note of the feature holding the person's focus (an
    edit never changes what was stored; each feature's note says how to correct it)."""
    await _dispatch(update, context)


async def _dispatch(update: Update, context: DebateContext) -> None:
    kind = kind_of(update, context.bot.username)
    router = context.application.bot_data.get(ROUTER_KEY)
    if kind is None or not isinstance(router, Router) or update.effective_user is None:
        return
    candidates = router.candidates(kind)
    if not candidates:
        return
    names = await router.store.run(holders, candidates, update.effective_user.id, router.now(), kind)
    for name in names:
        if await router.features[name].takes[kind](update, context):
            raise ApplicationHandlerStop
