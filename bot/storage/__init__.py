"""SQLite storage through sqlite-utils: one database, migration sets per feature."""

from bot.storage.db import Store, open_database

__all__ = ["Store", "open_database"]
