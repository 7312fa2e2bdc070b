"""SQLite storage through sqlite-utils: one database, migration sets per feature."""

from bot.storage.db import Store, flush_deleted, open_database

__all__ = ["Store", "flush_deleted", "open_database"]
