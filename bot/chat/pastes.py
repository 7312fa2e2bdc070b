"""The essay a person is pasting after /draft, kept in the database (`drafting_pastes`, frozen in
bot/storage/drafting.py) rather than in PTB's user_data: the private-message router reads it
with every other feature's state, and an essay half pasted survives a restart.

Every function runs on the database thread (`store.run`); rows are read by column name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class Paste:
    """An essay asked for with /draft: when it was last asked for or pasted into, and the text so far."""

    user_id: int
    chat_id: int
    asked_at: float
    text: str
    words: int


def _paste(row: dict[str, Any]) -> Paste:
    return Paste(row["user_id"], row["chat_id"], row["asked_at"], row["text"], row["words"])


def ask(db: Database, user_id: int, chat_id: int, now: float) -> None:
    """/draft: wait for an essay from this person (anything pasted before is dropped)."""
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO drafting_pastes (user_id, chat_id, asked_at, text, words) "
                   "VALUES (?, ?, ?, '', 0)", (user_id, chat_id, now))


def add_piece(db: Database, user_id: int, chat_id: int, piece: str, now: float) -> Paste:
    """Keep one more pasted piece (pieces are joined by a blank line); the essay is awaited anew."""
    with db.atomic():
        before = find(db, user_id)
        text = f"{before.text}\n\n{piece}" if before is not None and before.text else piece
        db.execute("INSERT OR REPLACE INTO drafting_pastes (user_id, chat_id, asked_at, text, words) "
                   "VALUES (?, ?, ?, ?, ?)", (user_id, chat_id, now, text, len(text.split())))
    found = find(db, user_id)
    assert found is not None
    return found


def find(db: Database, user_id: int) -> Paste | None:
    """This person's paste, if they sent /draft and it was not drafted or dropped since."""
    for row in db.query("SELECT * FROM drafting_pastes WHERE user_id = ?", [user_id]):
        return _paste(row)
    return None


def awaited(db: Database, user_id: int, now: float, wait: float) -> bool:
    """Whether this person's next text or document is their essay: /draft or a piece came in the
    last `wait` seconds."""
    found = find(db, user_id)
    return found is not None and now - found.asked_at <= wait


def has_text(db: Database, user_id: int) -> bool:
    """Whether this person has pasted some of an essay that is not drafted yet."""
    found = find(db, user_id)
    return found is not None and bool(found.text)


def take(db: Database, user_id: int) -> str:
    """The essay pasted so far ('' if none), and stop waiting for it."""
    with db.atomic():
        found = find(db, user_id)
        db.execute("DELETE FROM drafting_pastes WHERE user_id = ?", (user_id,))
    return found.text if found is not None else ""


def with_text(db: Database) -> list[Paste]:
    """Every paste with text that is not drafted yet (re-armed at start-up)."""
    rows = db.query("SELECT * FROM drafting_pastes WHERE text != '' ORDER BY user_id")
    return [_paste(row) for row in rows]


def forget(db: Database, user_id: int) -> int:
    """Delete this person's paste (/forget); how many rows went."""
    with db.atomic():
        return db.execute("DELETE FROM drafting_pastes WHERE user_id = ?", (user_id,)).rowcount
