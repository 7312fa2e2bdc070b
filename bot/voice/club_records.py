"""Queries on spoken club speeches (tables in bot/storage/voice_club.py); each takes the database
first and runs on the database thread.

A recording is a part of a member's speech or reply for a round (`stage` 'speech' or 'reply'):
kept on arrival, transcribed, and its transcript added to the member's draft. When the draft is
handed in, `attach_to_speech` moves the transcripts to the speech in the same transaction, and
`card_with_delivery` gives the card its Delivery section from them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.scoring.card import Scorecard
from bot.storage import first, rows
from bot.voice.delivery import analyse, with_delivery
from bot.voice.transcript import Transcript


@dataclass(frozen=True)
class ClubPart:
    """One recording a member sent for a round's speech or reply."""

    id: int
    round_id: int
    user_id: int
    stage: str
    chat_id: int | None
    file_id: str | None
    declared_seconds: float | None
    state: str


_COLUMNS = "id, round_id, user_id, stage, chat_id, file_id, declared_seconds, state"
_MEMBER = "round_id = ? AND user_id = ? AND stage = ?"


def _part(row: dict[str, Any]) -> ClubPart:
    return ClubPart(int(row["id"]), int(row["round_id"]), int(row["user_id"]), str(row["stage"]),
                    row["chat_id"], row["file_id"], row["declared_seconds"], str(row["state"]))


def add_part(db: Database, round_id: int, user_id: int, stage: str, chat_id: int | None,
             file_id: str | None, declared_seconds: float | None, now: float) -> int:
    """Keep a recording as it arrives; returns its id."""
    cursor = db.execute(
        "INSERT INTO club_voice_parts (round_id, user_id, stage, chat_id, file_id, declared_seconds, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [round_id, user_id, stage, chat_id, file_id, declared_seconds, now])
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def part(db: Database, part_id: int) -> ClubPart | None:
    row = first(db, f"SELECT {_COLUMNS} FROM club_voice_parts WHERE id = ?", [part_id])
    return _part(row) if row else None


def keep_audio(db: Database, part_id: int, audio: bytes) -> None:
    """Store the downloaded bytes, so a restart need not download them again."""
    db.execute("UPDATE club_voice_parts SET audio = ? WHERE id = ?", [audio, part_id])


def audio_of(db: Database, part_id: int) -> bytes | None:
    row = first(db, "SELECT audio FROM club_voice_parts WHERE id = ?", [part_id])
    return bytes(row["audio"]) if row and row["audio"] is not None else None


def finish(db: Database, part_id: int, transcript: Transcript, now: float) -> None:
    """Keep the transcript, which has joined the member's draft: the part now goes with the draft
    (`in_draft`); the recording itself is dropped."""
    db.execute("UPDATE club_voice_parts SET state = 'transcribed', transcript = ?, audio = NULL, "
               "transcribed_at = ?, in_draft = stage WHERE id = ?",
               [json.dumps(transcript.to_json()), now, part_id])


def refuse(db: Database, part_id: int, problem: str, now: float) -> None:
    db.execute("UPDATE club_voice_parts SET state = 'refused', problem = ?, audio = NULL, transcribed_at = ? "
               "WHERE id = ?", [problem, now, part_id])


def drop(db: Database, part_id: int) -> None:
    """Forget a recording that no round takes any more (its stage closed while it was transcribed)."""
    db.execute("DELETE FROM club_voice_parts WHERE id = ?", [part_id])


def waiting(db: Database) -> list[ClubPart]:
    """Recordings not yet transcribed (e.g. the bot stopped mid-way), oldest first."""
    return [_part(r) for r in rows(
        db, f"SELECT {_COLUMNS} FROM club_voice_parts WHERE state = 'received' ORDER BY id")]


def waiting_for(db: Database, round_id: int, user_id: int, stage: str) -> int:
    """How many of this member's recordings for the speech or reply are still being transcribed."""
    row = first(db, f"SELECT COUNT(*) AS n FROM club_voice_parts WHERE {_MEMBER} AND state = 'received'",
                [round_id, user_id, stage])
    return int(row["n"]) if row else 0


def declared_total(db: Database, round_id: int, user_id: int, stage: str) -> float:
    """The seconds of this draft's recordings not refused, as Telegram declared them."""
    row = first(db, "SELECT COALESCE(SUM(declared_seconds), 0) AS seconds FROM club_voice_parts "
                f"WHERE {_MEMBER} AND state != 'refused'", [round_id, user_id, stage])
    return float(row["seconds"]) if row else 0.0


def transcribed_count(db: Database, round_id: int, user_id: int, stage: str) -> int:
    row = first(db, f"SELECT COUNT(*) AS n FROM club_voice_parts WHERE {_MEMBER} AND state = 'transcribed'",
                [round_id, user_id, stage])
    return int(row["n"]) if row else 0


def request_hand_in(db: Database, round_id: int, user_id: int, stage: str, chat_id: int, now: float) -> None:
    db.execute("INSERT OR REPLACE INTO club_voice_handins (round_id, user_id, stage, chat_id, requested_at) "
               "VALUES (?, ?, ?, ?, ?)", [round_id, user_id, stage, chat_id, now])


def hand_in_requested(db: Database, round_id: int, user_id: int, stage: str) -> bool:
    return first(db, f"SELECT 1 AS yes FROM club_voice_handins WHERE {_MEMBER}",
                 [round_id, user_id, stage]) is not None


def clear_hand_in(db: Database, round_id: int, user_id: int, stage: str) -> None:
    db.execute(f"DELETE FROM club_voice_handins WHERE {_MEMBER}", [round_id, user_id, stage])


def pending_hand_ins(db: Database) -> list[tuple[int, int, str]]:
    """(round, member, stage) of every hand-in waiting on transcription, oldest first."""
    return [(int(r["round_id"]), int(r["user_id"]), str(r["stage"])) for r in rows(
        db, "SELECT round_id, user_id, stage FROM club_voice_handins ORDER BY requested_at")]


def attach_to_speech(db: Database, round_id: int, user_id: int, stage: str, speech_id: int) -> int:
    """At hand-in (in its transaction): move the draft's transcripts to the speech, for its
    Delivery section; the draft's recordings go. Returns how many parts were spoken."""
    found = [json.loads(r["transcript"]) for r in rows(
        db, f"SELECT transcript FROM club_voice_parts WHERE {_MEMBER} AND state = 'transcribed' ORDER BY id",
        [round_id, user_id, stage])]
    db.execute(f"DELETE FROM club_voice_parts WHERE {_MEMBER} AND state != 'received'",
               [round_id, user_id, stage])
    if found:
        db.execute("INSERT OR REPLACE INTO club_voice_speeches (speech_id, transcripts) VALUES (?, ?)",
                   [speech_id, json.dumps(found)])
    return len(found)


def speech_transcripts(db: Database, speech_id: int) -> list[Transcript]:
    """The transcripts of a handed-in speech's recordings, in order (none: it was written)."""
    row = first(db, "SELECT transcripts FROM club_voice_speeches WHERE speech_id = ?", [speech_id])
    return [Transcript.from_json(t) for t in json.loads(row["transcripts"])] if row else []


def card_with_delivery(db: Database, speech_id: int, card: Scorecard, allowed_seconds: float) -> Scorecard:
    """The card with a Delivery section (and the manner criterion informed by it) when the speech
    was spoken; a written one is unchanged."""
    parts = speech_transcripts(db, speech_id)
    if not parts:
        return card
    return with_delivery(card, analyse(parts, allowed_seconds))
