"""Queries over stored drills, shared by the drill service's methods.

Rows are read by column name (bot.storage.rows / first); a write of several statements runs in
`db.atomic()`.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from sqlite_utils import Database

from bot.drills.values import DrillKind, Judgement
from bot.storage import first, rows

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


class OpenDrill(NamedTuple):
    """A stored drill still waiting for its answer, read by column name."""

    id: int
    kind: DrillKind
    motion_id: str
    motion_text: str
    side: str
    point: str  # the claim of the point it is about ('' if none)
    own_point: str  # weighing: the claim of the debater's own point
    created_at: float
    due_at: float


def open_row(db: Database, person_id: int) -> OpenDrill | None:
    """The person's drill waiting for an answer, unless a practice motion was drawn after it."""
    row = first(
        db, f"SELECT {', '.join(OpenDrill._fields)} FROM drills d "
        "WHERE person_id = ? AND state = 'set' AND NOT EXISTS (SELECT 1 FROM attempts a WHERE "
        "a.person_id = d.person_id AND a.state IN ('drafted', 'prepping', 'speaking') "
        "AND a.created_at > d.created_at) ORDER BY id DESC LIMIT 1", [person_id],
    )
    return None if row is None else OpenDrill(**row)


def cancel(db: Database, person_id: int) -> int:
    """Cancel the person's open drills; how many there were."""
    return db.execute(
        "UPDATE drills SET state = 'cancelled' WHERE person_id = ? AND state = 'set'", [person_id]).rowcount


def judge(db: Database, drill_id: int, answer: str, now: float, judgement: Judgement) -> bool:
    """Keep the answer and its judgement; False if the drill was no longer open."""
    return bool(db.execute(
        "UPDATE drills SET state = 'judged', answer = ?, answered_at = ?, score = ?, passed = ?, "
        "result = ? WHERE id = ? AND state = 'set'",
        [answer, now, judgement.score, int(judgement.passed), json.dumps(judgement.__dict__), drill_id],
    ).rowcount)


def per_motion(db: Database, person_id: int) -> dict[str, int]:
    """How many drills the person has done (or been set) on each motion."""
    return {r["motion_id"]: r["drills"] for r in rows(
        db, "SELECT motion_id, COUNT(*) AS drills FROM drills WHERE person_id = ? AND state != 'cancelled' "
        "GROUP BY motion_id", [person_id])}


def per_kind(db: Database, person_id: int, since: float) -> dict[str, int]:
    """How many drills of each kind the person has answered since `since`."""
    return {r["kind"]: r["drills"] for r in rows(
        db, "SELECT kind, COUNT(*) AS drills FROM drills WHERE person_id = ? AND state = 'judged' "
        "AND answered_at >= ? GROUP BY kind", [person_id, since])}


def per_side(db: Database, person_id: int) -> dict[str, int]:
    """How many drills the person has answered on each side."""
    return {r["side"]: r["drills"] for r in rows(
        db, "SELECT side, COUNT(*) AS drills FROM drills WHERE person_id = ? AND state = 'judged' "
        "GROUP BY side", [person_id])}


def point_uses(db: Database, person_id: int, motion_id: str) -> dict[str, int]:
    """How often each point of a motion has been set for the person."""
    return {r["point"]: r["drills"] for r in rows(
        db, "SELECT point, COUNT(*) AS drills FROM drills WHERE person_id = ? AND motion_id = ? "
        "AND state != 'cancelled' GROUP BY point", [person_id, motion_id])}


def left_standing(db: Database, person_id: int) -> list[tuple[str, str, str]]:
    """Rebuttal points whose latest answer failed, oldest first: (motion id, side, point claim)."""
    return [(r["motion_id"], r["side"], r["point"]) for r in rows(
        db, "SELECT motion_id, side, point FROM drills d WHERE person_id = ? AND kind = 'rebuttal' "
        "AND state = 'judged' AND passed = 0 AND id = (SELECT MAX(id) FROM drills e WHERE "
        "e.person_id = d.person_id AND e.kind = 'rebuttal' AND e.state = 'judged' "
        "AND e.motion_id = d.motion_id AND e.point = d.point) ORDER BY id", [person_id])]


def summary(db: Database, person_id: int, kind: DrillKind, since: float) -> tuple[int, int]:
    """Drills of `kind` answered since `since`, and how many passed."""
    found = first(
        db, "SELECT COUNT(*) AS done, COALESCE(SUM(passed), 0) AS passed FROM drills WHERE person_id = ? "
        "AND kind = ? AND state = 'judged' AND answered_at >= ?", [person_id, kind, since])
    assert found is not None  # an aggregate always gives one row
    return int(found["done"]), int(found["passed"])
