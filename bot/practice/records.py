"""Every query of the practice service: people and their settings, attempts, criterion marks, timers.

Rows are read by column name (bot.storage.rows / first); a write of several statements runs in
the caller's `db.atomic()` block or its own.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from bot.motions import SideName
from bot.practice.progress import criterion_on_one_scale, total_on_one_scale
from bot.practice.values import UNFINISHED_STATES, Attempt, CriterionAverage, Person, Progress, Stats, Timer
from bot.scoring.card import Scorecard
from bot.storage import first, rows
from bot.storage.practice import PERSON_TABLES

GIVEN = "state IN ('submitted', 'scored')"  # attempts whose speech was handed in
COLUMNS = (
    "id, person_id, motion_id, side, state, speech, created_at, submitted_at, scored_at, card, late, "
    "motion_text, side_reason, rubric, prep_ends_at, speaking_at"
)
# Columns of a join are named with AS: SQLite leaves an unnamed column's name unspecified.
_TIMER = (
    "t.id AS id, t.attempt_id AS attempt_id, t.chat_id AS chat_id, t.kind AS kind, t.due_at AS due_at, "
    "a.motion_text AS motion_text"
)
_TIMERS = "timers t JOIN attempts a ON a.id = t.attempt_id"
_CRITERIA = (
    "SELECT c.name AS name, c.criterion AS criterion, a.rubric AS rubric, c.points AS points, "
    "c.band AS band FROM criterion_scores c "
    "JOIN attempts a ON a.id = c.attempt_id WHERE a.person_id = ?"
)


def to_attempt(row: dict[str, Any]) -> Attempt:
    """An attempts row (the COLUMNS, by name) as an Attempt with its card rebuilt."""
    card = Scorecard.from_json(json.loads(row["card"])) if row["card"] else None
    return Attempt(
        id=row["id"], person_id=row["person_id"], motion_id=row["motion_id"], side=row["side"],
        state=row["state"], speech=row["speech"], created_at=row["created_at"],
        submitted_at=row["submitted_at"], scored_at=row["scored_at"], card=card, late=bool(row["late"]),
        motion_text=row["motion_text"], side_reason=row["side_reason"], rubric=row["rubric"],
        prep_ends_at=row["prep_ends_at"], speaking_at=row["speaking_at"],
    )


def person(db: Database, key: str, rubric: str, prep_minutes: float) -> Person | None:
    """The person with this key, or None; `rubric` and `prep_minutes` stand in for settings
    they have not chosen themselves."""
    row = first(
        db, "SELECT p.id AS id, p.key AS key, p.name AS name, s.rubric AS rubric, "
        "s.prep_minutes AS prep_minutes FROM people p "
        "LEFT JOIN person_settings s ON s.person_id = p.id WHERE p.key = ?", [key],
    )
    if row is None:
        return None
    return Person(
        id=row["id"], key=row["key"], name=row["name"], rubric=row["rubric"] or rubric,
        prep_minutes=prep_minutes if row["prep_minutes"] is None else row["prep_minutes"],
    )


def owner_key(db: Database, attempt_id: int) -> str | None:
    """The key of the person who gave this attempt, or None when it is gone."""
    row = first(
        db, "SELECT p.key AS key FROM attempts a JOIN people p ON p.id = a.person_id WHERE a.id = ?",
        [attempt_id],
    )
    return None if row is None else str(row["key"])


def unscored_ids(db: Database) -> list[int]:
    """Attempts handed in but not scored, oldest first."""
    return [r["id"] for r in rows(
        db, "SELECT id FROM attempts WHERE state = 'submitted' ORDER BY submitted_at, id",
    )]


def see_person(db: Database, key: str, name: str, now: float) -> None:
    """Store the person with this key on first sight; keep their name and last sight current."""
    db.execute(
        "INSERT INTO people (key, name, created_at, seen_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at",
        [key, name, now, now],
    )


def save_settings(
    db: Database, person_id: int, rubric: str | None, prep_minutes: float | None, now: float,
) -> None:
    """Keep the person's own rubric and/or prep time; None leaves that one as it was."""
    db.execute(
        "INSERT INTO person_settings (person_id, rubric, prep_minutes, updated_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET "
        "rubric = COALESCE(excluded.rubric, rubric), "
        "prep_minutes = COALESCE(excluded.prep_minutes, prep_minutes), "
        "updated_at = excluded.updated_at",
        [person_id, rubric, prep_minutes, now],
    )


# Which rows of each table in PERSON_TABLES belong to a person (their id is the one parameter).
_OWN_ATTEMPTS = "SELECT id FROM attempts WHERE person_id = ?"
_PERSON_ROWS = {
    "drills": "person_id = ?",
    "timers": f"attempt_id IN ({_OWN_ATTEMPTS})",
    "criterion_scores": f"attempt_id IN ({_OWN_ATTEMPTS})",
    "attempts": "person_id = ?",
    "person_settings": "person_id = ?",
    "people": "id = ?",
}


def forget_person(db: Database, person_id: int) -> int:
    """Delete the person and every row about them, in one transaction; how many rows."""
    deleted = 0
    with db.atomic():
        for table in PERSON_TABLES:
            deleted += db.execute(f"DELETE FROM {table} WHERE {_PERSON_ROWS[table]}", [person_id]).rowcount
    return deleted


def add_attempt(
    db: Database, person_id: int, motion_id: str, motion_text: str, side: SideName, side_reason: str,
    rubric: str, now: float,
) -> int:
    """Store a freshly drawn attempt (state 'drafted'); its id."""
    cursor = db.execute(
        "INSERT INTO attempts (person_id, motion_id, motion_text, side, side_reason, rubric, "
        "state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'drafted', ?)",
        [person_id, motion_id, motion_text, side, side_reason, rubric, now],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def cancel_attempt(db: Database, attempt_id: int) -> None:
    """Mark the attempt cancelled (its timers are cancelled separately: cancel_timers)."""
    db.execute("UPDATE attempts SET state = 'cancelled' WHERE id = ?", [attempt_id])


def start_prep(db: Database, attempt_id: int, ends_at: float) -> None:
    """The attempt is in prep until `ends_at`."""
    db.execute("UPDATE attempts SET state = 'prepping', prep_ends_at = ? WHERE id = ?", [ends_at, attempt_id])


def start_speaking(db: Database, attempt_id: int, now: float) -> None:
    """The debater is speaking from now."""
    db.execute("UPDATE attempts SET state = 'speaking', speaking_at = ? WHERE id = ?", [now, attempt_id])


def keep_draft(db: Database, attempt_id: int, speech: str, now: float) -> None:
    """Store the speech so far; the debater is speaking (since their first part, if earlier)."""
    db.execute(
        "UPDATE attempts SET speech = ?, state = 'speaking', speaking_at = COALESCE(speaking_at, ?) "
        "WHERE id = ?", [speech, now, attempt_id],
    )


def hand_in(db: Database, attempt_id: int, speech: str, now: float, late: bool) -> None:
    """Store the whole speech as handed in (state 'submitted'), and whether it came late."""
    db.execute(
        "UPDATE attempts SET speech = ?, state = 'submitted', submitted_at = ?, late = ? WHERE id = ?",
        [speech, now, int(late), attempt_id],
    )


def store_card(db: Database, attempt_id: int, card: Scorecard, now: float) -> bool:
    """Keep a handed-in attempt's card and its criterion marks in one transaction; False when
    the attempt is not waiting for one (a card was stored first, or it is gone)."""
    with db.atomic():
        stored = db.execute(
            "UPDATE attempts SET state = 'scored', scored_at = ?, total = ?, card = ?, "
            "scorer_version = ? WHERE id = ? AND state = 'submitted'",
            [now, card.total, json.dumps(card.to_json()), card.scorer_version, attempt_id],
        ).rowcount
        if stored:
            db.conn.executemany(
                "INSERT INTO criterion_scores (attempt_id, criterion, name, band, points) "
                "VALUES (?, ?, ?, ?, ?)",
                [(attempt_id, c.id, c.name, c.band, c.points) for c in card.criteria],
            )
    return bool(stored)


def load(db: Database, attempt_id: int) -> Attempt | None:
    """The attempt with this id, whoever it belongs to."""
    row = first(db, f"SELECT {COLUMNS} FROM attempts WHERE id = ?", [attempt_id])
    return None if row is None else to_attempt(row)


def unfinished_ids(db: Database, person_id: int) -> list[int]:
    """The person's attempts still drawn, prepping or speaking, newest first."""
    marks = ", ".join("?" for _ in UNFINISHED_STATES)
    return [r["id"] for r in rows(
        db, f"SELECT id FROM attempts WHERE person_id = ? AND state IN ({marks}) ORDER BY id DESC",
        [person_id, *UNFINISHED_STATES],
    )]


def newest_ids(db: Database, person_id: int, limit: int) -> list[int]:
    """The person's newest attempts, whatever their state."""
    return [r["id"] for r in rows(
        db, "SELECT id FROM attempts WHERE person_id = ? ORDER BY id DESC LIMIT ?", [person_id, limit],
    )]


def speeches_per_motion(db: Database, person_id: int) -> dict[str, int]:
    """How many speeches the person has handed in on each motion."""
    return {r["motion_id"]: r["speeches"] for r in rows(
        db, f"SELECT motion_id, COUNT(*) AS speeches FROM attempts WHERE person_id = ? AND {GIVEN} "
        "GROUP BY motion_id", [person_id],
    )}


def speeches_per_side(db: Database, person_id: int) -> dict[SideName, int]:
    """How many speeches the person has handed in on each side."""
    return {r["side"]: r["speeches"] for r in rows(
        db, f"SELECT side, COUNT(*) AS speeches FROM attempts WHERE person_id = ? AND {GIVEN} GROUP BY side",
        [person_id],
    )}


def history(db: Database, person_id: int, limit: int) -> list[Attempt]:
    """The person's handed-in speeches, newest first."""
    return [to_attempt(r) for r in rows(
        db, f"SELECT {COLUMNS} FROM attempts WHERE person_id = ? AND {GIVEN} "
        "ORDER BY COALESCE(submitted_at, created_at) DESC, id DESC LIMIT ?", [person_id, limit],
    )]


def stats(db: Database, person_id: int, trend_length: int = 10) -> Stats:
    """Speeches per side, and on one 0–100 scale (bot.practice.progress): the average total, the
    average per criterion, the latest totals."""
    given = first(
        db, "SELECT COUNT(*) AS attempts, COALESCE(SUM(side = 'prop'), 0) AS prop, "
        f"COALESCE(SUM(side = 'opp'), 0) AS opp FROM attempts WHERE person_id = ? AND {GIVEN}", [person_id],
    )
    assert given is not None  # an aggregate always gives one row
    totals = [_total(r) for r in _scored(db, person_id)]
    per_criterion = {a.name: a.average for a in criterion_averages(db, person_id)}
    return Stats(
        attempts=given["attempts"], scored=len(totals),
        average_total=round(sum(totals) / len(totals), 2) if totals else None,
        per_criterion=per_criterion, prop=given["prop"], opp=given["opp"], trend=totals[-trend_length:],
    )


def progress(db: Database, person_id: int) -> Progress:
    """Every scored speech's total and criterion marks on one 0–100 scale, and drill results."""
    totals = tuple((r["scored_at"], _total(r), r["side"]) for r in _scored(db, person_id))
    criteria: dict[str, list[float]] = {}
    for r in rows(db, f"{_CRITERIA} AND a.state = 'scored' ORDER BY a.scored_at, a.id, c.rowid", [person_id]):
        criteria.setdefault(r["name"], []).append(_mark(r))
    drills = {r["kind"]: (r["judged"], r["passed"] or 0) for r in rows(
        db, "SELECT kind, COUNT(*) AS judged, SUM(passed) AS passed FROM drills WHERE person_id = ? "
        "AND state = 'judged' GROUP BY kind", [person_id])}
    return Progress(totals, {name: tuple(marks) for name, marks in criteria.items()}, drills)


def criterion_averages(db: Database, person_id: int) -> list[CriterionAverage]:
    """Each criterion's average on one 0–100 scale, in the order first marked, by name."""
    marks: dict[str, list[float]] = {}
    latest: dict[str, tuple[str, str]] = {}
    for r in rows(db, f"{_CRITERIA} ORDER BY c.rowid", [person_id]):
        marks.setdefault(r["name"], []).append(_mark(r))
        latest[r["name"]] = (r["criterion"], r["rubric"])
    return [CriterionAverage(name, *latest[name], round(sum(m) / len(m), 2)) for name, m in marks.items()]


def _scored(db: Database, person_id: int) -> list[dict[str, Any]]:
    """The person's scored speeches with a total, oldest first."""
    return rows(
        db, "SELECT scored_at, total, rubric, card, side FROM attempts WHERE person_id = ? "
        "AND state = 'scored' AND total IS NOT NULL ORDER BY scored_at, id", [person_id],
    )


def _total(row: dict[str, Any]) -> float:
    """A scored speech's total on one 0–100 scale."""
    return total_on_one_scale(row["total"], row["rubric"], _card_scale(row["card"]))


def _mark(row: dict[str, Any]) -> float:
    """A criterion mark on one 0–100 scale."""
    return criterion_on_one_scale(row["points"], row["band"], row["rubric"], row["criterion"])


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
    changed = db.execute(
        "UPDATE timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL AND cancelled_at IS NULL",
        [now, timer_id],
    ).rowcount
    if not changed:
        return None
    row = first(db, f"SELECT {_TIMER} FROM {_TIMERS} WHERE t.id = ?", [timer_id])
    return None if row is None else _timer(row)


def pending_timers(db: Database, now: float, stale_after: float) -> list[Timer]:
    """Pending timers, soonest first, without stale ones and reminders whose prep has ended."""
    return [_timer(r) for r in rows(
        db, f"SELECT {_TIMER} FROM {_TIMERS} "
        "WHERE t.fired_at IS NULL AND t.cancelled_at IS NULL AND t.due_at >= :stale "
        "AND NOT (t.kind = 'prep_reminder' AND EXISTS (SELECT 1 FROM timers e WHERE "
        "e.attempt_id = t.attempt_id AND e.kind = 'prep_end' AND e.due_at <= :now)) "
        "ORDER BY t.due_at, t.id",
        {"now": now, "stale": now - stale_after},
    )]


def _timer(row: dict[str, Any]) -> Timer:
    """A timers row joined with its attempt's motion text (the _TIMER columns, by name)."""
    return Timer(row["id"], row["attempt_id"], row["chat_id"], row["kind"], row["due_at"], row["motion_text"])
