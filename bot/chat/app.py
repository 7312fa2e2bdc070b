"""Wiring of the Telegram bot: the PTB Application, its services, handler modules and start-up.

Adding a feature: import its module here and add it to HANDLER_MODULES. A handler module provides

    def register(application: Application) -> None   # adds its handlers (group 0 by default)
    PRIVATE_COMMANDS = [("practice", "Draw a motion"), ...]   # optional: Telegram's command menu
    GROUP_COMMANDS = [("session", "Start a club round"), ...]   # optional: menu in groups

and reads what it needs from its callbacks' typed context, `context.services` (a DebateContext:
the application is built with CONTEXT_TYPES, bot/chat/context.py: settings, store, bank,
practice, clock), never from this module: the wiring imports every handler module, so a handler
importing it back would be an import circle (tests/test_import_graph.py checks there is none); a
feature with its own service may keep it in `application.bot_data` under its own key. Modules
register in order, and in one handler group the first matching handler wins. Private messages
that several features may want (text, documents, recordings, edits, /done, /cancel) are not
raced for by handler groups: each feature declares them to the one private-message router
(`focus.declare`, bot/chat/focus.py), which hands each message to the first feature, in a
stated order, that holds the person's focus. Commands that no module handles get a friendly
reply from the fallback added after every module, and button presses none took get "This
button has expired." Build command handlers with
`guards.command`, so that an edited command never runs again; `guards.screen` runs before every
module and stops edited commands and impossible ids (see bot/chat/guards.py).

A message the bot owes because something changed (a scorecard, a reveal, a ballot, a result)
is not sent from the handler: it is stored with the change (`outbox.owe_html` in the change's
transaction) and the sender delivers it (bot/chat/outbox.py). Direct replies to what a user
just did are sent at once. Every request goes through AIORateLimiter (bot/chat/rate_limits.py),
within Telegram's limits.
"""

from __future__ import annotations

import logging
from types import ModuleType

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.clock import Clock, SystemClock
from bot.config import Settings, SettingsError
from bot.motions import Bank, load_bank
from bot.practice import Practice, Scorer
from bot.scoring_worker import ScoringPool
from bot.storage import Store

from . import club, drafting, drills, outbox, practice, progress, speech, voice
from .context import CONTEXT_TYPES, SERVICES_KEY, DebateContext, Menu, Services, services_of
from .errors import protect_token, report_error
from .guards import GUARD_GROUP, expired_button, screen
from .rate_limits import MessageRateLimiter
from .scoring import requeue_unscored

log = logging.getLogger(__name__)

HANDLER_MODULES: tuple[ModuleType, ...] = (
    outbox, practice, speech, club, drafting, drills, progress,
    voice,  # voice speeches (issue 16): recordings, first in the private-message router's order
)
FLOOD_RETRIES = 2  # a 429 on a direct reply is waited out and retried this often (the outbox has its own)
__all__ = ["SERVICES_KEY", "DebateContext", "Services", "build_application", "command_menu", "run_bot",
           "services_of"]


def build_application(
    settings: Settings, *, bank: Bank | None = None, clock: Clock | None = None,
    scorer: Scorer | None = None, store: Store | None = None,
) -> Application:
    """The Application with every handler module registered; not started.

    `bank`, `clock`, `scorer` and `store` default to the real ones (tests inject their own).
    """
    if not settings.token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set")
    protect_token(settings.token)
    bank = bank if bank is not None else load_bank(settings.motions)
    clock = clock or SystemClock()
    application = (
        ApplicationBuilder()
        .context_types(CONTEXT_TYPES)  # every handler gets a DebateContext: context.services
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(settings.file_url)
        .rate_limiter(MessageRateLimiter(max_retries=FLOOD_RETRIES))  # Telegram's flood limits
        .post_init(start_up)
        .post_shutdown(shut_down)
        .build()
    )
    application.bot_data[SERVICES_KEY] = Services(
        settings=settings, store=store or Store(settings.db_path), bank=bank,
        practice=Practice(bank, settings, clock, scorer), clock=clock, owns_store=store is None,
        scoring=ScoringPool(scorer, settings.scoring_workers),
        menus={attribute: command_menu(attribute) for attribute in ("PRIVATE_COMMANDS", "GROUP_COMMANDS")},
    )
    application.add_handler(TypeHandler(Update, screen), group=GUARD_GROUP)
    for module in HANDLER_MODULES:
        module.register(application)

    new_private_command = filters.UpdateType.MESSAGE & filters.COMMAND & filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(new_private_command, practice.reply_unknown_command))
    application.add_handler(CallbackQueryHandler(expired_button))
    application.add_error_handler(report_error)
    return application


def command_menu(attribute: str = "PRIVATE_COMMANDS") -> Menu:
    """Every module's (command, description) pairs under `attribute`, in module order, once each."""
    found: dict[str, str] = {}
    for module in HANDLER_MODULES:
        for command, description in getattr(module, attribute, ()):
            found.setdefault(command, description)
    return list(found.items())


def _commands(attribute: str) -> list[BotCommand]:
    return [BotCommand(command, description) for command, description in command_menu(attribute)]


async def start_up(application: Application) -> None:
    """post_init: publish the command menus, score speeches left unscored (stored timers are
    re-armed by the job each feature's `jobs.keep` scheduled, bot/chat/jobs.py)."""
    private, group = _commands("PRIVATE_COMMANDS"), _commands("GROUP_COMMANDS")
    if private:
        await application.bot.set_my_commands(private, scope=BotCommandScopeAllPrivateChats())
    if group:
        await application.bot.set_my_commands(group, scope=BotCommandScopeAllGroupChats())
    svc = services_of(application)
    svc.scoring.warm()
    unscored = await requeue_unscored(application)
    await voice.resume(application)  # voice (issue 16): recordings left untranscribed
    log.info("bot @%s ready: %d speeches to score", application.bot.username, unscored)


async def shut_down(application: Application) -> None:
    """post_shutdown: stop the scoring workers; close the database if this application opened it."""
    svc = services_of(application)
    await voice.shut_down(application)  # voice (issue 16): drop work in hand; resumed at start
    svc.scoring.close()
    if svc.owns_store:
        svc.store.close()


def run_bot(settings: Settings) -> None:
    """Run the bot with long polling until interrupted."""
    application = build_application(settings)
    application.run_polling(allowed_updates=Update.ALL_TYPES)
