"""Reading a round back from the database, and the small writes every step shares."""

from __future__ import annotations

import json

from sqlite_utils import Database

from bot.club.model import (
    FORMATS,
    OPEN_STAGES,
    ClubError,
    Criterion,
    Participant,
    Round,
    RoundTimer,
    Speech,
)
from bot.scoring.card import Scorecard
from bot.storage import rows  # rows as dicts, the one row style; club modules read it as q.rows

MAX_ROW_ID = 2**63 - 1  # SQLite's largest INTEGER


def load_round(db: Database, round_id: int) -> Round:
    """The round with its participants, speeches and submitted ballots."""
    if not 0 < round_id <= MAX_ROW_ID:  # SQLite would raise OverflowError on binding it
        raise ClubError("That round does not exist any more.")
    found = rows(db, "SELECT * FROM club_rounds WHERE id = ?", (round_id,))
    if not found:
        raise ClubError("That round does not exist any more.")
    r = found[0]
    participants = tuple(
        Participant(
            user_id=p["user_id"], name=p["name"], role=p["role"], side=p["side"],
            position=p["position"], team=p["team"], skipped=bool(p["skipped"]),
        )
        for p in rows(db, "SELECT * FROM club_participants WHERE round_id = ? ORDER BY joined_at, rowid",
                      (round_id,))
    )
    speeches = tuple(
        Speech(
            user_id=s["user_id"], stage=s["stage"], side=s["side"], text=s["text"],
            submitted_at=s["submitted_at"], late=bool(s["late"]),
            card=Scorecard.from_json(json.loads(s["card"])) if s["card"] else None,
        )
        for s in rows(db, "SELECT * FROM club_speeches WHERE round_id = ? ORDER BY submitted_at, id",
                      (round_id,))
    )
    ballots_in = tuple(
        b["adjudicator_id"] for b in rows(
            db, "SELECT adjudicator_id FROM club_ballots WHERE round_id = ? AND submitted_at IS NOT NULL",
            (round_id,),
        )
    )
    return Round(
        id=r["id"], chat_id=r["chat_id"], motion_id=r["motion_id"], motion_text=r["motion_text"],
        format=FORMATS[r["format"]], rubric=r["rubric"],
        criteria=tuple(Criterion(**c) for c in json.loads(r["criteria"])),
        stage=r["stage"], created_by=r["created_by"], stage_deadline=r["stage_deadline"],
        status_message_id=r["status_message_id"], prep_seconds=r["prep_seconds"],
        speech_seconds=r["speech_seconds"], reply_seconds=r["reply_seconds"],
        adjudication_seconds=r["adjudication_seconds"], participants=participants,
        speeches=speeches, ballots_in=ballots_in, winner=r["winner"],
        result=json.loads(r["result"]) if r["result"] else None,
        drafting=tuple(d["user_id"] for d in rows(
            db, "SELECT DISTINCT user_id FROM club_drafts WHERE round_id = ? ORDER BY user_id", (round_id,))),
    )


def active_round_id(db: Database, chat_id: int) -> int | None:
    """The chat's running round, if any."""
    marks = ", ".join("?" * len(OPEN_STAGES))
    found = rows(
        db, f"SELECT id FROM club_rounds WHERE chat_id = ? AND stage IN ({marks}) ORDER BY id DESC LIMIT 1",
        (chat_id, *OPEN_STAGES),
    )
    return found[0]["id"] if found else None


def active_round(db: Database, chat_id: int) -> Round:
    """The chat's running round, or a ClubError saying how to start one."""
    round_id = active_round_id(db, chat_id)
    if round_id is None:
        raise ClubError("No round is running here. An organiser can start one with /session.")
    return load_round(db, round_id)


def set_stage(db: Database, round_id: int, stage: str, deadline: float | None) -> None:
    """Move the round to a stage with its deadline."""
    db.execute("UPDATE club_rounds SET stage = ?, stage_deadline = ? WHERE id = ?",
               (stage, deadline, round_id))


def add_timer(db: Database, round_id: int, kind: str, due_at: float) -> RoundTimer:
    """Store a timer so it survives a restart."""
    cursor = db.execute(
        "INSERT INTO club_timers (round_id, kind, due_at, fired) VALUES (?, ?, ?, 0)",
        (round_id, kind, due_at),
    )
    return RoundTimer(id=int(cursor.lastrowid or 0), round_id=round_id, kind=kind, due_at=due_at)


def retire_timers(db: Database, round_id: int) -> None:
    """Mark every pending timer of the round as done (its job, if any, will do nothing)."""
    db.execute("UPDATE club_timers SET fired = 1 WHERE round_id = ? AND fired = 0", (round_id,))


def pending_timers(db: Database) -> list[RoundTimer]:
    """Every timer still to fire, for re-arming at start-up."""
    return [
        RoundTimer(id=t["id"], round_id=t["round_id"], kind=t["kind"], due_at=t["due_at"])
        for t in rows(db, "SELECT * FROM club_timers WHERE fired = 0 ORDER BY due_at, id")
    ]


def clear_focus(db: Database, round_id: int, now: float, purposes: tuple[str, ...] | None = None) -> None:
    """Close what members were about to send for this round (all of it, and the drafts not handed
    in, when `purposes` is None: the round is over). A closed focus no longer takes messages; it
    is kept so that the next message is told it came too late (bot.club.speeches.closed_focus)."""
    if purposes is None:  # the round is over: drafts not handed in go too
        with db.atomic():
            db.execute("UPDATE club_focus SET closed_at = ? WHERE round_id = ? AND closed_at IS NULL",
                       (now, round_id))
            db.execute("DELETE FROM club_drafts WHERE round_id = ?", (round_id,))
        return
    marks = ", ".join("?" * len(purposes))
    db.execute(f"UPDATE club_focus SET closed_at = ? WHERE round_id = ? AND closed_at IS NULL "
               f"AND purpose IN ({marks})", (now, round_id, *purposes))
