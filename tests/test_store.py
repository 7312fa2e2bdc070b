"""The database: migrations on a fresh file, idempotent re-open, WAL, foreign keys, one thread."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.storage import Store, open_database
from bot.storage.practice import PERSON_TABLES, migrations

PRACTICE_TABLES = set(PERSON_TABLES)


def applied(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def test_a_fresh_database_gets_every_practice_table(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new" / "debate.db")
    assert set(db.table_names()) >= PRACTICE_TABLES
    assert applied(db) == [
        "m001_people", "m002_person_settings", "m003_attempts", "m004_criterion_scores", "m005_timers",
        "m006_drills",
    ]
    assert migrations.pending(db) == []


def test_reopening_applies_nothing_twice_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "debate.db"
    db = open_database(path)
    db.execute("INSERT INTO people (key, name, created_at, seen_at) VALUES ('tg:1', 'Ada', 0, 0)")
    records = db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]
    db.close()
    again = open_database(path)
    assert again.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == records
    assert again.execute("SELECT name FROM people").fetchall() == [("Ada",)]


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    db = open_database(tmp_path / "debate.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO attempts (person_id, motion_id, motion_text, side, rubric, created_at) "
            "VALUES (999, 'm', 'This House would', 'prop', 'practice', 0)"
        )


def test_deleting_a_person_cascades_to_their_attempts_and_timers() -> None:
    db = open_database(":memory:")
    db.execute("INSERT INTO people (id, key, name, created_at, seen_at) VALUES (1, 'tg:1', 'Ada', 0, 0)")
    db.execute(
        "INSERT INTO attempts (id, person_id, motion_id, motion_text, side, rubric, created_at) "
        "VALUES (1, 1, 'm', 'This House would', 'prop', 'practice', 0)"
    )
    db.execute("INSERT INTO timers (attempt_id, kind, due_at) VALUES (1, 'prep_end', 10)")
    db.execute("DELETE FROM people WHERE id = 1")
    assert db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM timers").fetchone()[0] == 0


def test_bad_states_and_sides_are_refused() -> None:
    db = open_database(":memory:")
    db.execute("INSERT INTO people (id, key, name, created_at, seen_at) VALUES (1, 'tg:1', 'Ada', 0, 0)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO attempts (person_id, motion_id, motion_text, side, rubric, created_at) "
            "VALUES (1, 'm', 'This House would', 'both', 'practice', 0)"
        )


def test_store_runs_every_call_on_one_worker_thread(tmp_path: Path) -> None:
    store = Store(tmp_path / "debate.db")
    try:
        def thread_name(db: Database) -> str:
            return threading.current_thread().name

        names = {store.call(thread_name) for _ in range(3)}
        assert len(names) == 1 and names.pop().startswith("debate-db")
        assert "people" in store.call(lambda db: db.table_names())
    finally:
        store.close()


async def test_store_run_does_not_block_the_event_loop(tmp_path: Path) -> None:
    store = Store(tmp_path / "debate.db")
    try:
        def add(db: Database, key: str) -> int:
            db.execute("INSERT INTO people (key, name, created_at, seen_at) VALUES (?, '', 0, 0)", [key])
            return int(db.execute("SELECT COUNT(*) FROM people").fetchone()[0])

        assert await store.run(add, "tg:1") == 1
        assert await store.run(add, "tg:2") == 2
    finally:
        store.close()


def test_the_attempts_table_checks_exactly_the_states_the_code_uses(tmp_path: Path) -> None:
    import re

    from bot.practice.values import ATTEMPT_STATES

    db = open_database(tmp_path / "states.db")
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'attempts'").fetchone()[0]
    listed = re.search(r"state IN \(([^)]*)\)", sql)
    assert listed is not None
    states = tuple(s.strip().strip("'") for s in listed.group(1).replace("\n", " ").split(","))
    assert states == ATTEMPT_STATES
