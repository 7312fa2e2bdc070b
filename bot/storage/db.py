"""Opening the database, applying migrations, and running every query on one thread.

One style for every records module:
- rows are read by column name: `rows(db, sql, params)` gives every row as a dict, `first` the
  first row or None (a single value is named with `AS` and read by that name); nothing reads a
  row by position;
- a write of more than one statement runs in `with db.atomic():` (sqlite-utils: BEGIN ... COMMIT,
  rolled back on an error; a nested block becomes a savepoint, so a records function may be called
  inside a caller's transaction). A single statement commits on its own.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlite_utils import Database, Migrations

from bot.storage.club import migrations as club_migrations
from bot.storage.drafting import migrations as drafting_migrations
from bot.storage.outbox import migrations as outbox_migrations
from bot.storage.practice import migrations as practice_migrations
from bot.storage.voice import migrations as voice_migrations
from bot.storage.voice_club import migrations as voice_club_migrations

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

# Every feature's migration set, applied in this order. Each feature owns its set (its own
# numbered steps of frozen SQL); a set never touches another set's tables except through foreign
# keys.
MIGRATIONS: tuple[Migrations, ...] = (
    practice_migrations, club_migrations, outbox_migrations,
    voice_migrations,  # spoken speeches (issue 16)
    drafting_migrations,  # an essay pasted after /draft (issue 13)
    voice_club_migrations,  # spoken club speeches (issue 16)
)


def migration_sets() -> list[Migrations]:
    """Every feature's migration set, in order."""
    return list(MIGRATIONS)


Params = Sequence[Any] | dict[str, Any]


def rows(db: Database, sql: str, params: Params = ()) -> list[dict[str, Any]]:
    """Every row of a query as a dict of column name to value."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def first(db: Database, sql: str, params: Params = ()) -> dict[str, Any] | None:
    """The first row of a query as a dict of column name to value, or None when there is none."""
    cursor = db.execute(sql, params)
    try:
        row = cursor.fetchone()
        return None if row is None else dict(zip([d[0] for d in cursor.description], row, strict=True))
    finally:
        cursor.close()  # ends the statement now, not when the cursor is collected


def open_database(path: str | Path) -> Database:
    """Open (or create) the database: WAL, foreign keys on, deleted content zeroed on disk
    (`secure_delete`), all migrations applied.

    `":memory:"` gives an in-memory database for tests.
    """
    if str(path) == ":memory:":
        db = Database(memory=True)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
        db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA secure_delete = ON")
    for migrations in migration_sets():
        migrations.apply(db)
    return db


def flush_deleted(db: Database) -> bool:
    """Move deletions out of the write-ahead log onto the main file and empty the log.

    With `secure_delete` the deleted rows are zeros in the newest copy of each page, but older
    copies stay in the WAL file until it is rewritten. A TRUNCATE checkpoint copies every page
    to the main file and cuts the WAL to zero bytes. False when another connection's open read
    kept it from finishing (the old frames then stay until the WAL is next rewritten).
    """
    mode = first(db, "PRAGMA journal_mode")
    if mode is None or mode["journal_mode"] != "wal":
        return True
    checkpoint = first(db, "PRAGMA wal_checkpoint(TRUNCATE)")
    busy = bool(checkpoint and checkpoint["busy"])
    if busy:
        log.warning("another connection is reading the database: the WAL keeps deleted rows until "
                    "the next checkpoint")
    return not busy


class Store:
    """The database on its own worker thread: `await store.run(fn, *args)` calls
    `fn(db, *args)` there, so one connection serves every query and writes never race."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="debate-db")
        self._db: Database | None = None

    def _database(self) -> Database:
        if self._db is None:
            self._db = open_database(self.path)
        return self._db

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn(db, *args)` on the worker thread and wait (for sync callers)."""
        return self._executor.submit(lambda: fn(self._database(), *args, **kwargs)).result()

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn(db, *args)` on the worker thread without blocking the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, lambda: fn(self._database(), *args, **kwargs)
        )

    def close(self) -> None:
        """Close the connection and stop the worker thread."""
        def _close() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None
        self._executor.submit(_close).result()
        self._executor.shutdown(wait=True)
