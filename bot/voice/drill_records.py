"""Queries on drill answers sent as recordings (table in bot/storage/voice_club.py); each takes the
database first and runs on the database thread. A row lives from the recording's arrival until
its transcript is judged (then the drill holds the answer) or refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.storage import first, rows


@dataclass(frozen=True)
class SpokenAnswer:
    """A recording sent as the answer to a drill."""

    id: int
    drill_id: int
    user_id: int
    chat_id: int | None
    file_id: str | None
    declared_seconds: float | None
    received_at: float


_COLUMNS = "id, drill_id, user_id, chat_id, file_id, declared_seconds, received_at"


def _answer(row: dict[str, Any]) -> SpokenAnswer:
    return SpokenAnswer(int(row["id"]), int(row["drill_id"]), int(row["user_id"]), row["chat_id"],
                        row["file_id"], row["declared_seconds"], float(row["received_at"]))


def add(db: Database, drill_id: int, user_id: int, chat_id: int | None, file_id: str | None,
        declared_seconds: float | None, now: float) -> int:
    """Keep a recording sent as a drill's answer; returns its id."""
    cursor = db.execute(
        "INSERT INTO drill_voice_answers (drill_id, user_id, chat_id, file_id, declared_seconds, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?)",
        [drill_id, user_id, chat_id, file_id, declared_seconds, now])
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def get(db: Database, answer_id: int) -> SpokenAnswer | None:
    row = first(db, f"SELECT {_COLUMNS} FROM drill_voice_answers WHERE id = ?", [answer_id])
    return _answer(row) if row else None


def keep_audio(db: Database, answer_id: int, audio: bytes) -> None:
    db.execute("UPDATE drill_voice_answers SET audio = ? WHERE id = ?", [audio, answer_id])


def audio_of(db: Database, answer_id: int) -> bytes | None:
    row = first(db, "SELECT audio FROM drill_voice_answers WHERE id = ?", [answer_id])
    return bytes(row["audio"]) if row and row["audio"] is not None else None


def done(db: Database, answer_id: int) -> None:
    """The recording was judged or refused: it goes (the drill keeps the answer's text)."""
    db.execute("DELETE FROM drill_voice_answers WHERE id = ?", [answer_id])


def waiting(db: Database) -> list[SpokenAnswer]:
    """Recorded answers not judged yet (e.g. the bot stopped mid-way), oldest first."""
    return [_answer(r) for r in rows(db, f"SELECT {_COLUMNS} FROM drill_voice_answers ORDER BY id")]


def pending_for(db: Database, drill_id: int) -> int:
    row = first(db, "SELECT COUNT(*) AS n FROM drill_voice_answers WHERE drill_id = ?", [drill_id])
    return int(row["n"]) if row else 0
