"""Queries over stored attempts and timers, shared by the service's methods."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from bot.motions import SideName
from bot.practice.progress import criterion_on_one_scale, total_on_one_scale
from bot.practice.values import UNFINISHED_STATES, Attempt, CriterionAverage, Progress, Stats, Timer
from bot.scoring.card import Scorecard

GIVEN = "state IN ('submitted', 'scored')"  # attempts whose speech was handed in
COLUMNS = (
    "id, person_id, motion_id, side, state, speech, created_at, submitted_at, scored_at, card, late, "
    "motion_text, side_reason, rubric, prep_ends_at, speaking_at"
)
_TIMER = "t.id, t.attempt_id, t.chat_id, t.kind, t.due_at, a.motion_text"
_TIMERS = "timers t JOIN attempts a ON a.id = t.attempt_id"


def to_attempt(row: Any) -> Attempt:
    """An attempts row (COLUMNS, in order) as an Attempt with its card rebuilt."""
    card = Scorecard.from_json(json.loads(row[9])) if row[9] else None
    return Attempt(
        id=row[0], person_id=row[1], motion_id=row[2], side=row[3], state=row[4], speech=row[5],
        created_at=row[6], submitted_at=row[7], scored_at=row[8], card=card, late=bool(row[10]),
        motion_text=row[11], side_reason=row[12], rubric=row[13], prep_ends_at=row[14],
        speaking_at=row[15],
    )


def load(db: Database, attempt_id: int) -> Attempt | None:
    """The attempt with this id, whoever it belongs to."""
    row = db.execute(f"SELECT {COLUMNS} FROM attempts WHERE id = ?", [attempt_id]).fetchone()
    return None if row is None else to_attempt(row)


def unfinished_ids(db: Database, person_id: int) -> list[int]:
    """The person's attempts still drawn, prepping or speaking, newest first."""
    marks = ", ".join("?" for _ in UNFINISHED_STATES)
    return [r[0] for r in db.execute(
        f"SELECT id FROM attempts WHERE person_id = ? AND state IN ({marks}) ORDER BY id DESC",
        [person_id, *UNFINISHED_STATES],
    ).fetchall()]


def newest_ids(db: Database, person_id: int, limit: int) -> list[int]:
    """The person's newest attempts, whatever their state."""
    return [r[0] for r in db.execute(
        "SELECT id FROM attempts WHERE person_id = ? ORDER BY id DESC LIMIT ?", [person_id, limit],
    ).fetchall()]


def speeches_per_motion(db: Database, person_id: int) -> dict[str, int]:
    """How many speeches the person has handed in on each motion."""
    return dict(db.execute(
        f"SELECT motion_id, COUNT(*) FROM attempts WHERE person_id = ? AND {GIVEN} GROUP BY motion_id",
        [person_id],
    ).fetchall())


def speeches_per_side(db: Database, person_id: int) -> dict[SideName, int]:
    """How many speeches the person has handed in on each side."""
    return dict(db.execute(
        f"SELECT side, COUNT(*) FROM attempts WHERE person_id = ? AND {GIVEN} GROUP BY side", [person_id],
    ).fetchall())


def history(db: Database, person_id: int, limit: int) -> list[Attempt]:
    """The person's handed-in speeches, newest first."""
    rows = db.execute(
        f"SELECT {COLUMNS} FROM attempts WHERE person_id = ? AND {GIVEN} "
        "ORDER BY COALESCE(submitted_at, created_at) DESC, id DESC LIMIT ?", [person_id, limit],
    ).fetchall()
    return [to_attempt(r) for r in rows]


def stats(db: Database, person_id: int, trend_length: int = 10) -> Stats:
    """Speeches per side, and on one 0–100 scale (bot.practice.progress): the average total, the
    average per criterion, the latest totals."""
    attempts, prop, opp = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(side = 'prop'), 0), COALESCE(SUM(side = 'opp'), 0) "
        f"FROM attempts WHERE person_id = ? AND {GIVEN}", [person_id],
    ).fetchone()
    totals = [
        total_on_one_scale(total, rubric, _card_scale(card)) for total, rubric, card in db.execute(
            "SELECT total, rubric, card FROM attempts WHERE person_id = ? AND state = 'scored' "
            "AND total IS NOT NULL ORDER BY scored_at, id", [person_id],
        ).fetchall()
    ]
    per_criterion = {a.name: a.average for a in criterion_averages(db, person_id)}
    return Stats(
        attempts=attempts, scored=len(totals),
        average_total=round(sum(totals) / len(totals), 2) if totals else None,
        per_criterion=per_criterion, prop=prop, opp=opp, trend=totals[-trend_length:],
    )


def progress(db: Database, person_id: int) -> Progress:
    """Every scored speech's total and criterion marks on one 0–100 scale, and drill results."""
    totals = tuple(
        (scored_at, total_on_one_scale(total, rubric, _card_scale(card)), side)
        for scored_at, total, rubric, card, side in db.execute(
            "SELECT scored_at, total, rubric, card, side FROM attempts WHERE person_id = ? "
            "AND state = 'scored' AND total IS NOT NULL ORDER BY scored_at, id", [person_id]).fetchall())
    criteria: dict[str, list[float]] = {}
    for name, criterion, rubric, points, band in db.execute(
            "SELECT c.name, c.criterion, a.rubric, c.points, c.band FROM criterion_scores c "
            "JOIN attempts a ON a.id = c.attempt_id WHERE a.person_id = ? AND a.state = 'scored' "
            "ORDER BY a.scored_at, a.id, c.rowid", [person_id]).fetchall():
        criteria.setdefault(name, []).append(criterion_on_one_scale(points, band, rubric, criterion))
    drills = {kind: (judged, passed or 0) for kind, judged, passed in db.execute(
        "SELECT kind, COUNT(*), SUM(passed) FROM drills WHERE person_id = ? AND state = 'judged' "
        "GROUP BY kind", [person_id]).fetchall()}
    return Progress(totals, {name: tuple(marks) for name, marks in criteria.items()}, drills)


def criterion_averages(db: Database, person_id: int) -> list[CriterionAverage]:
    """Each criterion's average on one 0–100 scale, in the order first marked, by name."""
    rows = db.execute(
        "SELECT c.name, c.criterion, a.rubric, c.points, c.band FROM criterion_scores c "
        "JOIN attempts a ON a.id = c.attempt_id WHERE a.person_id = ? ORDER BY c.rowid", [person_id],
    ).fetchall()
    marks: dict[str, list[float]] = {}
    latest: dict[str, tuple[str, str]] = {}
    for name, criterion, rubric, points, band in rows:
        marks.setdefault(name, []).append(criterion_on_one_scale(points, band, rubric, criterion))
        latest[name] = (criterion, rubric)
    return [CriterionAverage(name, *latest[name], round(sum(m) / len(m), 2)) for name, m in marks.items()]


def _card_scale(card: str | None) -> tuple[float, float] | None:
    """The scale a stored card was marked on, for a rubric that no longer loads."""
    if not card:
        return None
    low, high = json.loads(card)["scale"]
    return float(low), float(high)


# ---------------------------------------------------------------- timers


def add_timer(
    db: Database, attempt_id: int, chat_id: int | None, kind: str, due_at: float, motion: str = "",
) -> Timer:
    """Store a timer; it is pending until fired or cancelled. `motion` is the attempt's text."""
    cursor = db.execute(
        "INSERT INTO timers (attempt_id, chat_id, kind, due_at) VALUES (?, ?, ?, ?)",
        [attempt_id, chat_id, kind, due_at],
    )
    assert cursor.lastrowid is not None
    return Timer(cursor.lastrowid, attempt_id, chat_id, kind, due_at, motion)


def cancel_timers(db: Database, attempt_id: int, now: float) -> None:
    """Cancel the attempt's pending timers."""
    db.execute(
        "UPDATE timers SET cancelled_at = ? WHERE attempt_id = ? AND fired_at IS NULL "
        "AND cancelled_at IS NULL", [now, attempt_id],
    )


def fire_timer(db: Database, timer_id: int, now: float) -> Timer | None:
    """Mark a pending timer fired; None if it had fired or been cancelled already."""
    with db.atomic():
        changed = db.execute(
            "UPDATE timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL AND cancelled_at IS NULL",
            [now, timer_id],
        ).rowcount
    if not changed:
        return None
    return Timer(*db.execute(f"SELECT {_TIMER} FROM {_TIMERS} WHERE t.id = ?", [timer_id]).fetchone())


def pending_timers(db: Database, now: float, stale_after: float) -> list[Timer]:
    """Pending timers, soonest first, without stale ones and reminders whose prep has ended."""
    rows = db.execute(
        f"SELECT {_TIMER} FROM {_TIMERS} "
        "WHERE t.fired_at IS NULL AND t.cancelled_at IS NULL AND t.due_at >= :stale "
        "AND NOT (t.kind = 'prep_reminder' AND EXISTS (SELECT 1 FROM timers e WHERE "
        "e.attempt_id = t.attempt_id AND e.kind = 'prep_end' AND e.due_at <= :now)) "
        "ORDER BY t.due_at, t.id",
        {"now": now, "stale": now - stale_after},
    ).fetchall()
    return [Timer(*r) for r in rows]
