"""SQLite storage through sqlite-utils: one database, migration sets per feature."""

from bot.storage.db import Store, first, flush_deleted, open_database, rows

__all__ = ["Store", "first", "flush_deleted", "open_database", "rows"]
