"""`debate-bot backup`: a consistent copy of a live database, never over a file by accident."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from bot.cli import main
from bot.storage import open_database

ROW = "x" * 2000  # rows big enough that the copy spans many pages
STORED = 2000  # rows in the database before the writer starts


class Writer(threading.Thread):
    """Another connection (the bot's, say) inserting numbered rows, one transaction each."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path, self.committed = path, STORED
        self.stop, self.started_writing = threading.Event(), threading.Event()

    def run(self) -> None:
        db = open_database(self.path)
        try:
            while not self.stop.is_set():
                with db.conn:
                    db.execute("INSERT INTO load (n, body) VALUES (?, ?)", (self.committed + 1, ROW))
                self.committed += 1
                if self.committed >= STORED + 200:
                    self.started_writing.set()
        finally:
            db.close()


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "debate.db"
    db = open_database(path)
    db.execute("CREATE TABLE load (n INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    with db.conn:
        db.conn.executemany("INSERT INTO load (n, body) VALUES (?, ?)",
                            ((n, ROW) for n in range(1, STORED + 1)))
    db.close()
    return path


def test_backup_of_a_database_being_written_is_whole_and_consistent(
        live: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    writer = Writer(live)
    writer.start()
    try:
        assert writer.started_writing.wait(30)
        before = writer.committed
        target = tmp_path / "backups" / "copy.db"
        assert main(["backup", str(target), "--db", str(live)]) == 0
        after = writer.committed
    finally:
        writer.stop.set()
        writer.join(30)
    assert after > before, "the other connection kept writing during the backup"
    printed = capsys.readouterr().out
    assert str(target) in printed and f"({target.stat().st_size:,} bytes)" in printed
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "one self-contained file"
        count, top = copy.execute("SELECT COUNT(*), MAX(n) FROM load").fetchone()
        assert before <= count <= after and count == top, "a snapshot: every row up to one moment"
        assert {"people", "attempts", "club_rounds"} <= {
            r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        copy.close()
    assert [p.name for p in target.parent.iterdir()] == ["copy.db"], "no partial file left behind"
    restored = open_database(target)  # what the bot does with a restored file
    assert restored.execute("SELECT COUNT(*) FROM load").fetchone()[0] == count
    restored.close()


def test_backup_never_overwrites_unless_forced(live: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "copy.db"
    target.write_text("keep me", encoding="utf-8")
    assert main(["backup", str(target), "--db", str(live)]) == 1
    assert "already exists; pass --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"
    assert main(["backup", str(target), "--db", str(live), "--force"]) == 0
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT COUNT(*) FROM load").fetchone()[0] == STORED


def test_backup_refuses_what_it_cannot_do(live: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    missing = tmp_path / "nope.db"
    assert main(["backup", str(tmp_path / "a.db"), "--db", str(missing)]) == 1
    assert "no database at" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "a.db").exists()
    assert main(["backup", str(live), "--db", str(live), "--force"]) == 1
    assert "is the database itself" in capsys.readouterr().err
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("not a database " * 100, encoding="utf-8")
    assert main(["backup", str(tmp_path / "b.db"), "--db", str(not_a_db)]) == 1
    assert "could not copy" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("debate.db")) == ["notes.txt"]
