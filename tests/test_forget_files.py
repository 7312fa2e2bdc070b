"""/forget leaves nothing on disk: the raw database files (main, -wal, -shm) hold no byte of the
person's id, names or speech once the bot has forgotten them, while the bot keeps running."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from clubfake import whole_bot
from fakebot import FakeBotApi, FakeUser

from bot.chat.club_runtime import runtime
from bot.storage import flush_deleted, open_database

USER_ID = 91_827_364_555_123  # needs 6 bytes as an SQLite integer: no chance match in the files
NAME, USERNAME, TEAM = "Quillimbrast", "quillimbrast_q", "Vantablorpians"
WORD = "zorvexianly"
SPEECH = (f"We propose night trains because sleepers carry people {WORD} across borders, "
          "and that matters because flights cost the climate more.")


def _varint(value: int) -> bytes:
    """SQLite's variable-length integer (how a rowid or a record header stores it)."""
    groups = []
    while True:
        groups.append(value & 0x7F)
        value >>= 7
        if not value:
            break
    groups.reverse()
    return bytes([g | 0x80 for g in groups[:-1]] + [groups[-1]])


NEEDLES = {
    "id as text": str(USER_ID).encode(),
    "id as an integer": USER_ID.to_bytes(6, "big"),
    "id as a varint": _varint(USER_ID),
    "first name": NAME.encode(),
    "username": USERNAME.encode(),
    "team": TEAM.encode(),
    "speech word": WORD.encode(),
}


def _files(db_path: Path) -> dict[str, bytes]:
    """The database's files on disk, as bytes (a missing -wal or -shm reads as empty)."""
    return {suffix or "main": (Path(f"{db_path}{suffix}").read_bytes()
                               if Path(f"{db_path}{suffix}").exists() else b"")
            for suffix in ("", "-wal", "-shm")}


def _found(files: dict[str, bytes]) -> list[str]:
    return [f"{what} in {name}" for name, data in files.items()
            for what, needle in NEEDLES.items() if needle in data]


async def test_forget_leaves_no_bytes_in_the_database_files(tmp_path: Path) -> None:
    db_path = tmp_path / "bot.db"
    async with FakeBotApi() as fake, whole_bot(fake, db_path) as app:
        person = FakeUser(USER_ID, NAME, USERNAME)
        fake.users[person.id] = person
        admin = fake.user("Ana", "ana")
        group = fake.group("Debate Club", admins=[admin])
        fake.command(person, f"/team {TEAM}", chat=group)
        await fake.wait_for("sendMessage", chat_id=group.id, predicate=lambda c: TEAM in c.text)
        fake.command(person, "/practice")
        await fake.wait_for("sendMessage", chat_id=person.id,
                            predicate=lambda c: "Start prep" in str(c.buttons))
        fake.message(person, SPEECH)
        await fake.wait_for("sendMessage", chat_id=person.id, predicate=lambda c: "words so far" in c.text)
        fake.command(person, "/done")
        await fake.wait_for("sendMessage", chat_id=person.id, predicate=lambda c: "Scorecard" in c.text)
        store = runtime(app).store
        # Copy the pages into the main file but keep the WAL's frames, as a busy bot would have.
        await store.run(lambda db: db.execute("PRAGMA wal_checkpoint(PASSIVE)"))
        before = _files(db_path)
        stored = {w for w in NEEDLES if w != "id as a varint"}  # no table keys rows by Telegram id
        assert set(_found({"main": before["main"]})) >= {f"{w} in main" for w in stored}
        assert _found({"-wal": before["-wal"]}), "the WAL holds copies of the person's pages too"

        fake.command(person, "/forget")
        confirm = await fake.wait_for("sendMessage", chat_id=person.id,
                                      predicate=lambda c: "delete" in c.text)
        fake.press(person, confirm, "Yes, delete")
        await fake.wait_for("editMessageText", chat_id=person.id, predicate=lambda c: "deleted" in c.text)

        after = _files(db_path)  # the bot still runs: no clean shutdown has tidied the WAL
        assert _found(after) == []
        assert after["-wal"] == b"", "the WAL was truncated"
        assert await store.run(lambda db: db.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"


def test_every_connection_zeroes_deleted_content(tmp_path: Path) -> None:
    for path in (tmp_path / "debate.db", ":memory:"):
        db = open_database(path)
        assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
        db.close()


def test_flush_says_when_a_reader_kept_old_frames(tmp_path: Path) -> None:
    path = tmp_path / "debate.db"
    db = open_database(path)
    db.execute("PRAGMA busy_timeout = 50")
    with db.conn:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("INSERT INTO notes VALUES (?)", [WORD])
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM notes").fetchone()  # holds a snapshot that still shows WORD
    with db.conn:
        db.execute("DELETE FROM notes")
    assert flush_deleted(db) is False
    reader.execute("COMMIT")
    assert flush_deleted(db) is True
    assert Path(f"{path}-wal").stat().st_size == 0 and WORD.encode() not in path.read_bytes()
    reader.close()
    db.close()
    assert flush_deleted(open_database(":memory:")) is True, "no WAL, nothing to do"
