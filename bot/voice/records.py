"""Queries on spoken speeches (tables in bot/storage/voice.py); each takes the database first and
runs on the database thread."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.scoring.card import Scorecard
from bot.storage import first, rows
from bot.voice.delivery import allowed_seconds, analyse, with_delivery
from bot.voice.transcript import Transcript


@dataclass(frozen=True)
class VoicePart:
    """One recording handed in for a speech; `has_audio` once its bytes are kept."""

    id: int
    attempt_id: int
    chat_id: int | None
    file_id: str | None
    declared_seconds: float | None
    state: str
    has_audio: bool


_COLUMNS = "id, attempt_id, chat_id, file_id, declared_seconds, state, audio IS NOT NULL AS has_audio"


def _part(row: dict[str, Any]) -> VoicePart:
    return VoicePart(int(row["id"]), int(row["attempt_id"]), row["chat_id"], row["file_id"],
                     row["declared_seconds"], str(row["state"]), bool(row["has_audio"]))


def add_part(db: Database, attempt_id: int, chat_id: int | None, file_id: str | None,
             declared_seconds: float | None, now: float, audio: bytes | None = None) -> int:
    """Keep a recording as it arrives (its file id, or its bytes); returns its id."""
    cursor = db.execute(
        "INSERT INTO voice_parts (attempt_id, chat_id, file_id, audio, declared_seconds, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", [attempt_id, chat_id, file_id, audio, declared_seconds, now])
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def part(db: Database, part_id: int) -> VoicePart | None:
    row = first(db, f"SELECT {_COLUMNS} FROM voice_parts WHERE id = ?", [part_id])
    return _part(row) if row else None


def keep_audio(db: Database, part_id: int, audio: bytes) -> None:
    """Store the downloaded bytes, so a restart need not download them again."""
    db.execute("UPDATE voice_parts SET audio = ? WHERE id = ?", [audio, part_id])


def audio_of(db: Database, part_id: int) -> bytes | None:
    row = first(db, "SELECT audio FROM voice_parts WHERE id = ?", [part_id])
    return bytes(row["audio"]) if row and row["audio"] is not None else None


def finish(db: Database, part_id: int, transcript: Transcript, now: float) -> None:
    """Keep the transcript; the recording itself is no longer needed and is dropped."""
    db.execute(
        "UPDATE voice_parts SET state = 'transcribed', transcript = ?, audio = NULL, transcribed_at = ? "
        "WHERE id = ?", [json.dumps(transcript.to_json()), now, part_id])


def refuse(db: Database, part_id: int, problem: str, now: float) -> None:
    db.execute(
        "UPDATE voice_parts SET state = 'refused', problem = ?, audio = NULL, transcribed_at = ? "
        "WHERE id = ?", [problem, now, part_id])


def waiting(db: Database) -> list[VoicePart]:
    """Recordings not yet transcribed (e.g. the bot stopped mid-way), oldest first."""
    return [_part(r) for r in rows(
        db, f"SELECT {_COLUMNS} FROM voice_parts WHERE state = 'received' ORDER BY id")]


def waiting_for(db: Database, attempt_id: int) -> int:
    """How many of this speech's recordings are still being transcribed."""
    row = first(db, "SELECT COUNT(*) AS waiting FROM voice_parts WHERE attempt_id = ? AND state = 'received'",
                [attempt_id])
    return int(row["waiting"]) if row else 0


def declared_total(db: Database, attempt_id: int) -> float:
    """The seconds of every recording of this speech not refused, as Telegram declared them."""
    row = first(db, "SELECT COALESCE(SUM(declared_seconds), 0) AS seconds FROM voice_parts "
                "WHERE attempt_id = ? AND state != 'refused'", [attempt_id])
    return float(row["seconds"]) if row else 0.0


def transcripts(db: Database, attempt_id: int) -> list[Transcript]:
    """The speech's transcribed recordings, in the order they were handed in."""
    return [Transcript.from_json(json.loads(r["transcript"])) for r in rows(
        db, "SELECT transcript FROM voice_parts WHERE attempt_id = ? AND state = 'transcribed' ORDER BY id",
        [attempt_id])]


def request_hand_in(db: Database, attempt_id: int, chat_id: int, now: float) -> None:
    db.execute("INSERT OR REPLACE INTO voice_handins (attempt_id, chat_id, requested_at) VALUES (?, ?, ?)",
               [attempt_id, chat_id, now])


def hand_in_requested(db: Database, attempt_id: int) -> int | None:
    """The chat that asked for this speech to be handed in once transcribed, if any."""
    row = first(db, "SELECT chat_id FROM voice_handins WHERE attempt_id = ?", [attempt_id])
    return int(row["chat_id"]) if row else None


def clear_hand_in(db: Database, attempt_id: int) -> None:
    db.execute("DELETE FROM voice_handins WHERE attempt_id = ?", [attempt_id])


def pending_hand_ins(db: Database) -> list[int]:
    """Speeches whose hand-in waits on transcription, oldest first."""
    return [int(r["attempt_id"]) for r in rows(
        db, "SELECT attempt_id FROM voice_handins ORDER BY requested_at")]


def name_of(db: Database, key: str) -> str | None:
    """The stored name of the debater with this key (kept as it is when the speech is finished)."""
    row = first(db, "SELECT name FROM people WHERE key = ?", [key])
    return str(row["name"]) if row else None


def card_with_delivery(db: Database, attempt_id: int, card: Scorecard, default_minutes: float) -> Scorecard:
    """The card with a Delivery section (and the manner criterion informed by it, bot.voice.manner)
    when the speech was spoken; a written one is unchanged."""
    parts = transcripts(db, attempt_id)
    if not parts:
        return card
    return with_delivery(card, analyse(parts, allowed_seconds(card.rubric, default_minutes)))
