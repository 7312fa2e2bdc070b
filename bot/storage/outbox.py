"""The outbox table: every message the bot owes a chat, kept until Telegram confirms it.

outbox  one row per message: the chat, the HTML text and its keyboard (JSON), what it is for
        (`kind`, `ref`), when it may be tried next, and how it ended (sent with its message
        id, or given up with the reason). A row is written in the same transaction as the
        change that owes it, so a restart never loses a message and never owes one twice.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("debate.outbox")


def _run(db: Database, *statements: str) -> None:
    for sql in statements:
        db.execute(sql)


@migrations()
def m001_outbox(db: Database) -> None:
    """Messages owed, in the order they were owed; pending until sent or given up."""
    _run(
        db,
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            text TEXT NOT NULL,
            parse_mode TEXT,
            reply_markup TEXT,
            kind TEXT NOT NULL DEFAULT '',
            ref TEXT NOT NULL DEFAULT '',
            key TEXT UNIQUE,
            created_at REAL NOT NULL,
            not_before REAL NOT NULL DEFAULT 0,
            tries INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            sent_at REAL,
            message_id INTEGER,
            failed_at REAL
        )""",
        "CREATE INDEX outbox_pending ON outbox (chat_id, id) WHERE sent_at IS NULL AND failed_at IS NULL",
        "CREATE INDEX outbox_by_ref ON outbox (kind, ref)",
    )
