"""What every Telegram handler shares: the Services kept in `application.bot_data`, and the typed
context that hands them to handlers. Handler modules import this, never the wiring module
(bot/chat/app.py), so that the wiring can import every handler module without an import circle.

The wiring builds the application with `CONTEXT_TYPES` (python-telegram-bot's `ContextTypes`), so
every handler and job callback gets a `DebateContext` and reads `context.services`; code that runs
outside a callback (start-up, a stored timer ringing) holds the application and uses `services_of`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram import CallbackQuery, Chat, Document, Message, Update, User
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot, Job, JobQueue

from bot.clock import Clock
from bot.config import Settings
from bot.motions import Bank
from bot.practice import Practice
from bot.scoring_worker import ScoringPool
from bot.storage import Store

SERVICES_KEY = "services"

Menu = list[tuple[str, str]]  # (command, description) pairs, as Telegram's command menu shows them


@dataclass
class Services:
    """What every handler needs, kept in application.bot_data["services"]."""

    settings: Settings
    store: Store
    bank: Bank
    practice: Practice
    clock: Clock
    owns_store: bool = True
    in_scoring: set[int] = field(default_factory=set)  # attempts being scored now
    # Scoring is CPU work: worker processes, so the database thread and the event loop stay free.
    scoring: ScoringPool = field(default_factory=ScoringPool)
    # The command menus ("PRIVATE_COMMANDS", "GROUP_COMMANDS"), gathered from the handler modules
    # by the wiring (bot/chat/app.py) when the application is built.
    menus: dict[str, Menu] = field(default_factory=dict)


def services_of(application: Application) -> Services:
    """The Services of this application."""
    found = application.bot_data[SERVICES_KEY]
    if not isinstance(found, Services):
        raise TypeError("the application was not built by bot.chat.app.build_application")
    return found


class DebateContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """The `context` of every handler and job callback (the application is built with
    CONTEXT_TYPES): python-telegram-bot's context plus the bot's shared services."""

    @property
    def services(self) -> Services:
        """Settings, database, motion bank, practice service, clock and scoring workers."""
        return services_of(self.application)

    def command_menu(self, attribute: str = "PRIVATE_COMMANDS") -> Menu:
        """Every handler module's (command, description) pairs under `attribute`, in module order."""
        return list(self.services.menus.get(attribute, []))


CONTEXT_TYPES = ContextTypes(context=DebateContext)


class MissingPart(LookupError):
    """An update or job lacks what its handler's filters promised (a message, a user, a chat)."""


def message_of(update: Update) -> Message:
    """The update's message (new or edited); handlers for messages always have one."""
    if update.effective_message is None:
        raise MissingPart(f"update {update.update_id} has no message")
    return update.effective_message


def text_of(update: Update) -> str:
    """The text of the update's message ('' for a message without text)."""
    return message_of(update).text or ""


def user_of(update: Update) -> User:
    """Who sent the update; every message and press in a private chat or group has a sender."""
    if update.effective_user is None:
        raise MissingPart(f"update {update.update_id} has no sender")
    return update.effective_user


def chat_id_of(update: Update) -> int:
    """The chat the update came from."""
    if update.effective_chat is None:
        raise MissingPart(f"update {update.update_id} has no chat")
    return update.effective_chat.id


def chat_of(update: Update) -> Chat:
    """The chat the update came from, for handlers that need more than its id (a group's title)."""
    if update.effective_chat is None:
        raise MissingPart(f"update {update.update_id} has no chat")
    return update.effective_chat


def document_of(update: Update) -> Document:
    """The document of a message that handlers filtered for documents."""
    document = message_of(update).document
    if document is None:
        raise MissingPart(f"update {update.update_id} has no document")
    return document


def query_of(update: Update) -> CallbackQuery:
    """The button press of a callback-query update."""
    if update.callback_query is None:
        raise MissingPart(f"update {update.update_id} is not a button press")
    return update.callback_query


def job_of(context: DebateContext) -> Job[DebateContext]:
    """The job a job callback runs for."""
    if context.job is None:
        raise MissingPart("not called from a job")
    return context.job


def job_chat_of(context: DebateContext) -> int:
    """The chat of the job a job callback runs for."""
    chat_id = job_of(context).chat_id
    if chat_id is None:
        raise MissingPart("the job has no chat")
    return chat_id


def job_queue_of(application: Application) -> JobQueue[DebateContext]:
    """The application's job queue (the bot needs python-telegram-bot's job-queue extra)."""
    if application.job_queue is None:
        raise MissingPart("no job queue: install python-telegram-bot[job-queue]")
    return application.job_queue


