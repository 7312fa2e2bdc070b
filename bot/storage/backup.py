"""A copy of the database made with SQLite's online backup, safe while the bot writes to it.

The copy is one consistent snapshot (a write that lands during the copy is either wholly in it
or not at all). It is written to a hidden file next to the target, checked, switched to the
plain rollback journal (one self-contained file), then moved into place, so a failed backup
never leaves a half-written file under the target's name or replaces a good one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path


class BackupError(Exception):
    """A backup that was refused or failed, with a sentence saying why."""


def backup_database(source: Path, target: Path, *, force: bool = False) -> int:
    """Copy the database at `source` to `target`; the copy's size in bytes.

    Refuses a missing source, a target that is the source, and an existing target unless `force`.
    """
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError(f"{target} is the database itself; choose another file")
    if target.is_dir():
        raise BackupError(f"{target} is a folder; name the backup file")
    if target.exists() and not force:
        raise BackupError(f"{target} already exists; pass --force to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        _copy(source, partial)
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise BackupError(f"could not copy {source}: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target.stat().st_size


def _copy(source: Path, partial: Path) -> None:
    """Back up `source` into the empty file `partial` and check the copy."""
    with contextlib.closing(sqlite3.connect(source, timeout=30)) as live, \
            contextlib.closing(sqlite3.connect(partial)) as copy:
        live.backup(copy, sleep=0.05)
        copy.execute("PRAGMA journal_mode = DELETE")  # one file; the bot turns WAL back on at start
        copy.row_factory = sqlite3.Row  # columns by name, as everywhere else
        verdict = copy.execute("PRAGMA integrity_check").fetchone()["integrity_check"]
    if verdict != "ok":
        raise BackupError(f"the copy failed SQLite's integrity check: {verdict}")
