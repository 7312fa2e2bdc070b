"""Queries over stored drills, shared by the drill service's methods."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from bot.drills.values import DrillKind, Judgement

WEEK = 7 * 24 * 3600.0


def add(db: Database, person_id: int, kind: DrillKind, motion_id: str, motion_text: str, side: str,
        point: str, own_point: str, now: float, due_at: float) -> int:
    """Store a drill as set; its id. Any drill still open for the person is cancelled."""
    with db.atomic():
        db.execute("UPDATE drills SET state = 'cancelled' WHERE person_id = ? AND state = 'set'", [person_id])
        cursor = db.execute(
            "INSERT INTO drills (person_id, kind, motion_id, motion_text, side, point, own_point, "
            "created_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [person_id, kind, motion_id, motion_text, side, point, own_point, now, due_at],
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def open_row(db: Database, person_id: int) -> Any:
    """The person's drill waiting for an answer, unless a practice motion was drawn after it."""
    return db.execute(
        "SELECT id, kind, motion_id, motion_text, side, point, own_point, created_at, due_at FROM drills d "
        "WHERE person_id = ? AND state = 'set' AND NOT EXISTS (SELECT 1 FROM attempts a WHERE "
        "a.person_id = d.person_id AND a.state IN ('drafted', 'prepping', 'speaking') "
        "AND a.created_at > d.created_at) ORDER BY id DESC LIMIT 1", [person_id],
    ).fetchone()


def cancel(db: Database, person_id: int) -> int:
    """Cancel the person's open drills; how many there were."""
    return db.execute(
        "UPDATE drills SET state = 'cancelled' WHERE person_id = ? AND state = 'set'", [person_id]).rowcount


def judge(db: Database, drill_id: int, answer: str, now: float, judgement: Judgement) -> bool:
    """Keep the answer and its judgement; False if the drill was no longer open."""
    with db.atomic():
        return bool(db.execute(
            "UPDATE drills SET state = 'judged', answer = ?, answered_at = ?, score = ?, passed = ?, "
            "result = ? WHERE id = ? AND state = 'set'",
            [answer, now, judgement.score, int(judgement.passed), json.dumps(judgement.__dict__), drill_id],
        ).rowcount)


def per_motion(db: Database, person_id: int) -> dict[str, int]:
    """How many drills the person has done (or been set) on each motion."""
    return dict(db.execute(
        "SELECT motion_id, COUNT(*) FROM drills WHERE person_id = ? AND state != 'cancelled' "
        "GROUP BY motion_id", [person_id]).fetchall())


def per_kind(db: Database, person_id: int, since: float) -> dict[str, int]:
    """How many drills of each kind the person has answered since `since`."""
    return dict(db.execute(
        "SELECT kind, COUNT(*) FROM drills WHERE person_id = ? AND state = 'judged' AND answered_at >= ? "
        "GROUP BY kind", [person_id, since]).fetchall())


def per_side(db: Database, person_id: int) -> dict[str, int]:
    """How many drills the person has answered on each side."""
    return dict(db.execute(
        "SELECT side, COUNT(*) FROM drills WHERE person_id = ? AND state = 'judged' GROUP BY side",
        [person_id]).fetchall())


def point_uses(db: Database, person_id: int, motion_id: str) -> dict[str, int]:
    """How often each point of a motion has been set for the person."""
    return dict(db.execute(
        "SELECT point, COUNT(*) FROM drills WHERE person_id = ? AND motion_id = ? AND state != 'cancelled' "
        "GROUP BY point", [person_id, motion_id]).fetchall())


def left_standing(db: Database, person_id: int) -> list[tuple[str, str, str]]:
    """Rebuttal points whose latest answer failed, oldest first: (motion id, side, point claim)."""
    return [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT motion_id, side, point FROM drills d WHERE person_id = ? AND kind = 'rebuttal' "
        "AND state = 'judged' AND passed = 0 AND id = (SELECT MAX(id) FROM drills e WHERE "
        "e.person_id = d.person_id AND e.kind = 'rebuttal' AND e.state = 'judged' "
        "AND e.motion_id = d.motion_id AND e.point = d.point) ORDER BY id", [person_id]).fetchall()]


def summary(db: Database, person_id: int, kind: DrillKind, since: float) -> tuple[int, int]:
    """Drills of `kind` answered since `since`, and how many passed."""
    done, passed = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(passed), 0) FROM drills WHERE person_id = ? AND kind = ? "
        "AND state = 'judged' AND answered_at >= ?", [person_id, kind, since]).fetchone()
    return int(done), int(passed)
