"""One row style and one transaction style: rows come back by column name, and a write of several
statements lands whole or not at all."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from bot.drills import records as drill_records
from bot.practice import records as practice_records
from bot.storage import first, open_database, rows


@pytest.fixture
def db() -> Database:
    db = open_database(":memory:")
    db.execute("INSERT INTO people (id, key, name, created_at, seen_at) VALUES (1, 'tg:1', 'Ada', 0, 0)")
    return db


def test_rows_and_first_name_every_column(db: Database) -> None:
    assert rows(db, "SELECT id, name FROM people") == [{"id": 1, "name": "Ada"}]
    assert first(db, "SELECT COUNT(*) AS people FROM people") == {"people": 1}
    assert first(db, "SELECT name FROM people WHERE key = ?", ["tg:2"]) is None
    assert rows(db, "SELECT name FROM people WHERE key = :key", {"key": "tg:1"}) == [{"name": "Ada"}]


def test_a_stored_attempt_reads_back_field_by_field(db: Database) -> None:
    db.execute(
        "INSERT INTO attempts (id, person_id, motion_id, motion_text, side, side_reason, rubric, state, "
        "speech, created_at, submitted_at, late) VALUES (7, 1, 'ubi', 'This House would pay everyone', "
        "'opp', 'You proposed last time.', 'wsdc', 'submitted', 'We oppose.', 10, 20, 1)")
    attempt = practice_records.load(db, 7)
    assert attempt is not None
    assert (attempt.motion_id, attempt.side, attempt.state, attempt.speech) == ("ubi", "opp", "submitted",
                                                                                 "We oppose.")
    assert (attempt.side_reason, attempt.rubric, attempt.late, attempt.submitted_at) == (
        "You proposed last time.", "wsdc", True, 20)
    assert attempt.card is None and attempt.scored_at is None


def test_a_timer_reads_back_with_its_motion(db: Database) -> None:
    db.execute("INSERT INTO attempts (id, person_id, motion_id, motion_text, side, rubric, created_at) "
               "VALUES (3, 1, 'ubi', 'This House would pay everyone', 'prop', 'wsdc', 0)")
    stored = practice_records.add_timer(db, 3, 42, "prep_end", 100.0, "This House would pay everyone")
    assert practice_records.pending_timers(db, now=50.0, stale_after=3600.0) == [stored]
    fired = practice_records.fire_timer(db, stored.id, now=100.0)
    assert fired == stored
    assert practice_records.fire_timer(db, stored.id, now=101.0) is None  # never rings twice


def test_an_open_drill_reads_back_by_name(db: Database) -> None:
    drill_id = drill_records.add(db, 1, "rebuttal", "ubi", "This House would pay everyone", "opp",
                                 "It ends poverty traps", "", now=5.0, due_at=95.0)
    found = drill_records.open_row(db, 1)
    assert found is not None
    assert (found.id, found.kind, found.side, found.point, found.due_at) == (
        drill_id, "rebuttal", "opp", "It ends poverty traps", 95.0)


def test_a_failed_write_of_several_statements_leaves_nothing_half_done(db: Database) -> None:
    """Setting a new drill cancels the open one and stores the new one in one transaction: when
    the new one cannot be stored, the open drill is still there to answer."""
    drill_records.add(db, 1, "case", "ubi", "This House would pay everyone", "prop", "", "", 5.0, 95.0)
    with pytest.raises(sqlite3.IntegrityError):
        drill_records.add(db, 1, "case", "ubi", "This House would pay everyone", "both", "", "", 6.0, 96.0)
    still_open = drill_records.open_row(db, 1)
    assert still_open is not None and still_open.side == "prop"
    assert first(db, "SELECT COUNT(*) AS drills FROM drills") == {"drills": 1}


def test_records_join_a_transaction_the_caller_opened(db: Database) -> None:
    """A records function called inside the caller's `db.atomic()` is undone with it."""
    with pytest.raises(RuntimeError), db.atomic():
        drill_records.add(db, 1, "case", "ubi", "This House would pay everyone", "prop", "", "", 5.0, 95.0)
        raise RuntimeError("the caller's next step failed")
    assert drill_records.open_row(db, 1) is None
