"""Messages the bot owes: written with the change that owes them, delivered later by a sender.

A service (or the adapter composing one) calls `owe(db, ...)` inside the transaction that makes
the change, so the change and its messages are stored together or not at all. The Telegram
sender (bot/chat/outbox.py) reads `due`, sends each chat's messages in order, and records
the outcome: `mark_sent` once Telegram confirms, `postpone` after a flood wait or a network
error, `give_up` for an error that retrying cannot fix. Nothing here imports telegram: text is
HTML and the keyboard is stored as JSON text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.storage import first, rows

_PENDING = "sent_at IS NULL AND failed_at IS NULL"
_COLUMNS = "id, chat_id, text, parse_mode, reply_markup, kind, ref, tries, not_before"


@dataclass(frozen=True)
class Owed:
    """One message waiting to be sent."""

    id: int
    chat_id: int
    text: str
    parse_mode: str | None
    reply_markup: str | None
    kind: str
    ref: str
    tries: int
    not_before: float


def _owed(row: dict[str, Any]) -> Owed:
    """An outbox row (the _COLUMNS, by name) as the message owed."""
    return Owed(
        id=row["id"], chat_id=row["chat_id"], text=row["text"], parse_mode=row["parse_mode"],
        reply_markup=row["reply_markup"], kind=row["kind"], ref=row["ref"], tries=row["tries"],
        not_before=row["not_before"],
    )


def owe(
    db: Database, chat_id: int, text: str, now: float, *, parse_mode: str | None = "HTML",
    reply_markup: str | None = None, kind: str = "", ref: str = "", key: str | None = None,
) -> int | None:
    """Store a message to send to `chat_id` (inside the caller's transaction); its id.

    A `key` makes the message owed once: a second `owe` with the same key stores nothing and
    returns None (e.g. a scorecard stored twice by two racing scorers).
    """
    cursor = db.execute(
        "INSERT INTO outbox (chat_id, text, parse_mode, reply_markup, kind, ref, key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
        [chat_id, text, parse_mode, reply_markup, kind, ref, key, now],
    )
    return int(cursor.lastrowid) if cursor.rowcount and cursor.lastrowid else None


def due(db: Database) -> list[Owed]:
    """The oldest pending message of every chat that has one (each chat's next in line)."""
    return [_owed(r) for r in rows(
        db, f"SELECT {_COLUMNS} FROM outbox WHERE id IN "
        f"(SELECT MIN(id) FROM outbox WHERE {_PENDING} GROUP BY chat_id) ORDER BY not_before, id",
    )]


def next_in(db: Database, chat_id: int) -> Owed | None:
    """The chat's oldest pending message, if any."""
    row = first(db, f"SELECT {_COLUMNS} FROM outbox WHERE chat_id = ? AND {_PENDING} ORDER BY id LIMIT 1",
                [chat_id])
    return None if row is None else _owed(row)


def mark_sent(db: Database, message_id: int, now: float, telegram_message_id: int | None) -> bool:
    """Telegram confirmed the message: keep when and its id, drop the text (it is in the chat
    now, and a copy here would outlive a /forget). False if it was not pending."""
    return bool(db.execute(
        f"UPDATE outbox SET sent_at = ?, message_id = ?, text = '', reply_markup = NULL, tries = tries + 1 "
        f"WHERE id = ? AND {_PENDING}", [now, telegram_message_id, message_id],
    ).rowcount)


def postpone(db: Database, message_id: int, not_before: float, error: str) -> None:
    """Try again no sooner than `not_before` (a flood wait, a network error); keeps its place."""
    db.execute(
        f"UPDATE outbox SET not_before = ?, tries = tries + 1, last_error = ? WHERE id = ? AND {_PENDING}",
        [not_before, error[:500], message_id],
    )


def give_up(db: Database, message_id: int, now: float, error: str) -> None:
    """Stop trying: an error that retrying cannot fix (the user blocked the bot, the chat is gone)."""
    db.execute(
        f"UPDATE outbox SET failed_at = ?, tries = tries + 1, last_error = ? WHERE id = ? AND {_PENDING}",
        [now, error[:500], message_id],
    )


def move_chat(db: Database, old_chat_id: int, new_chat_id: int) -> int:
    """A group became a supergroup under a new id: its pending messages go there."""
    return db.execute(
        f"UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND {_PENDING}", [new_chat_id, old_chat_id],
    ).rowcount


def pending_for(db: Database, kind: str, ref: str) -> int:
    """How many messages of this kind and reference are still to be sent."""
    row = first(db, f"SELECT COUNT(*) AS pending FROM outbox WHERE kind = ? AND ref = ? AND {_PENDING}",
                [kind, ref])
    assert row is not None  # an aggregate always gives one row
    return int(row["pending"])


def outcome(db: Database, kind: str, ref: str) -> tuple[int, int, int]:
    """(pending, sent, given up) messages of this kind and reference."""
    row = first(
        db, f"SELECT COALESCE(SUM({_PENDING}), 0) AS pending, "
        "COALESCE(SUM(sent_at IS NOT NULL), 0) AS sent, COALESCE(SUM(failed_at IS NOT NULL), 0) AS failed "
        "FROM outbox WHERE kind = ? AND ref = ?", [kind, ref],
    )
    assert row is not None  # an aggregate always gives one row
    return int(row["pending"]), int(row["sent"]), int(row["failed"])


def forget_chat(db: Database, chat_id: int) -> int:
    """Delete every message to this chat, sent or not (a person asked to be forgotten)."""
    return db.execute("DELETE FROM outbox WHERE chat_id = ?", [chat_id]).rowcount
