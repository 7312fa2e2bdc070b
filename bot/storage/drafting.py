"""Tables of /draft in a private chat: their own numbered migration set.

drafting_pastes  one row per person who sent /draft: when the essay was last asked for or
                 pasted into (the essay is awaited for a while after that), the chat, and the
                 text pasted so far, so that an essay half pasted survives a restart

Forgetting a person deletes their row (bot/chat/practice.py).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("debate.drafting")


@migrations()
def m001_drafting_pastes(db: Database) -> None:
    """The essay being pasted after /draft (frozen SQL)."""
    db.execute(
        """CREATE TABLE drafting_pastes (
            user_id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            asked_at REAL NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            words INTEGER NOT NULL DEFAULT 0
        )""")
