"""Opening the database, applying migrations, and running every query on one thread."""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlite_utils import Database, Migrations

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

# Modules that define a `migrations: Migrations` set, applied in this order. Each feature
# owns its set (its own numbered steps); a set never touches another set's tables except
# through foreign keys.
MIGRATION_MODULES = ("bot.storage.practice", "bot.storage.club", "bot.storage.outbox",
                     "bot.storage.voice")  # voice: spoken speeches (issue 16)


def migration_sets() -> list[Migrations]:
    """Every feature's migration set, in order."""
    return [importlib.import_module(m).migrations for m in MIGRATION_MODULES]


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
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        return True
    busy, _frames, _copied = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
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
