"""Migrations are frozen SQL: a database made today and one upgraded step by step over the bot's
life have the same tables, and a CHECK list that the code outgrows fails here, not in production."""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from bot.drills.values import KINDS as DRILL_KINDS
from bot.motions import SIDES
from bot.practice.values import ATTEMPT_STATES, TIMER_KINDS
from bot.storage import first, open_database, rows
from bot.storage.db import migration_sets

STORAGE = Path(__file__).resolve().parents[1] / "bot" / "storage"
# Every module of bot/storage that defines a migration set.
MIGRATION_MODULES = sorted(
    p.stem for p in STORAGE.glob("*.py") if "Migrations(" in p.read_text(encoding="utf-8")
)


def schema(db: Database) -> set[tuple[str, str, str | None]]:
    """Every table, index and trigger as SQLite keeps it: (type, name, the SQL it was made with)."""
    return {(r["type"], r["name"], r["sql"]) for r in rows(db, "SELECT type, name, sql FROM sqlite_master")}


def step_once(migrations: Migrations, db: Database) -> bool:
    """Apply this set's next pending migration alone; False when none was pending."""
    pending = migrations.pending(db)
    if not pending:
        return False
    migrations.apply(db, stop_before=pending[1].name if len(pending) > 1 else None)
    return True


def upgraded_step_by_step(path: Path) -> Database:
    """A database that lived through every release: one migration at a time, the feature sets
    interleaved (as features were added side by side), the file closed and opened between steps."""
    stepped = True
    while stepped:
        stepped = False
        for migrations in migration_sets():
            db = Database(path)
            db.execute("PRAGMA foreign_keys = ON")
            stepped = step_once(migrations, db) or stepped
            db.close()
    return Database(path)


def test_a_fresh_database_and_an_upgraded_one_have_the_same_schema(tmp_path: Path) -> None:
    fresh = open_database(tmp_path / "fresh.db")
    upgraded = upgraded_step_by_step(tmp_path / "upgraded.db")
    assert schema(upgraded) == schema(fresh)
    assert {"attempts", "timers", "drills", "club_rounds", "club_organisers", "outbox", "voice_parts"} <= {
        name for kind, name, _sql in schema(fresh) if kind == "table"
    }
    assert all(m.pending(upgraded) == [] for m in migration_sets())


def test_the_first_schema_holds_only_the_first_step(tmp_path: Path) -> None:
    """The step-by-step upgrade really starts from the first release's schema."""
    db = Database(tmp_path / "first.db")
    step_once(migration_sets()[0], db)
    assert set(db.table_names()) == {"people", "_sqlite_migrations"}


def test_an_organiser_kept_before_the_club_tables_were_rebuilt_survives_the_upgrade(tmp_path: Path) -> None:
    """A row written under an old schema is carried through the later migrations that rebuild its
    table (club m009 and m012), so upgrading loses no one."""
    path = tmp_path / "old.db"
    club = next(m for m in migration_sets() if m.name == "debate.club")
    db = Database(path)
    club.apply(db, stop_before="m009_organisers_by_user_id")
    db.execute("INSERT INTO club_chats (chat_id, title, created_at) VALUES (-100, 'Club', 0)")
    db.execute("INSERT INTO club_organisers (chat_id, username, user_id, added_by, added_at) "
               "VALUES (-100, 'alex', 7, 1, 0)")
    db.close()
    upgraded = open_database(path)
    assert rows(upgraded, "SELECT chat_id, user_id, username FROM club_organisers") == [
        {"chat_id": -100, "user_id": 7, "username": "alex"}]


def checked_values(db: Database, table: str, column: str) -> tuple[str, ...]:
    """The values a table's `CHECK (column IN (...))` allows, in the order written."""
    made = first(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table])
    assert made is not None, table
    listed = re.search(rf"\b{column}\b[^,]*?CHECK \({column} IN \(([^)]*)\)\)", made["sql"])
    assert listed is not None, f"{table}.{column} has no CHECK list"
    return tuple(v.strip().strip("'") for v in listed.group(1).split(","))


@pytest.mark.parametrize(("table", "column", "live"), [
    ("attempts", "state", ATTEMPT_STATES),
    ("attempts", "side", SIDES),
    ("timers", "kind", TIMER_KINDS),
    ("drills", "kind", DRILL_KINDS),
    ("drills", "side", SIDES),
])
def test_each_frozen_check_lists_exactly_the_values_the_code_uses(
    table: str, column: str, live: tuple[str, ...],
) -> None:
    """A value added to the code without a migration that widens the CHECK fails here."""
    assert checked_values(open_database(":memory:"), table, column) == tuple(live)


def test_a_value_outside_the_frozen_list_is_refused() -> None:
    db = open_database(":memory:")
    db.execute("INSERT INTO people (id, key, name, created_at, seen_at) VALUES (1, 'tg:1', 'Ada', 0, 0)")
    db.execute("INSERT INTO attempts (id, person_id, motion_id, motion_text, side, rubric, created_at) "
               "VALUES (1, 1, 'm', 'This House would', 'prop', 'practice', 0)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE attempts SET state = 'adjourned' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO timers (attempt_id, kind, due_at) VALUES (1, 'speech_end', 10)")


def test_every_migration_set_is_applied() -> None:
    """A feature's set that bot/storage/db.py does not list would never run."""
    assert len(MIGRATION_MODULES) >= 4
    listed = {m.name for m in migration_sets()}
    for module in MIGRATION_MODULES:
        assert f'Migrations("debate.{module}")' in (STORAGE / f"{module}.py").read_text(encoding="utf-8")
        assert f"debate.{module}" in listed, f"bot/storage/{module}.py is not in MIGRATIONS"


@pytest.mark.parametrize("module", MIGRATION_MODULES)
def test_migration_modules_hold_only_literal_sql(module: str) -> None:
    """No migration builds its SQL from something that can change: the module imports nothing of
    the bot's and formats no string (no f-string, no .format, no % or + on text)."""
    tree = ast.parse((STORAGE / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.module in ("__future__", "sqlite_utils"), f"{module}.py imports {node.module}"
        elif isinstance(node, ast.Import):
            pytest.fail(f"{module}.py imports {[a.name for a in node.names]}")
        assert not isinstance(node, ast.JoinedStr), f"{module}.py line {node.lineno}: an f-string"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in ("format", "join"), f"{module}.py line {node.lineno}: built SQL"
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
            pytest.fail(f"{module}.py line {node.lineno}: SQL joined from parts")
