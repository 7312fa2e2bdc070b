"""Tables of spoken speeches: their own numbered migration set.

voice_parts     each recording handed in for a speech, kept from the moment it arrives: the
                Telegram file id at once, the downloaded bytes until transcribed, then the
                transcript with word timings (JSON), or why it was refused
voice_handins   a /done that waits for recordings still being transcribed

Both hang off `attempts` with ON DELETE CASCADE, so forgetting a debater removes them too.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("debate.voice")


@migrations()
def m001_voice_parts(db: Database) -> None:
    """Recordings of a speech, from arrival to transcript (frozen SQL: states written out)."""
    db.execute(
        """CREATE TABLE voice_parts (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            chat_id INTEGER,
            file_id TEXT,
            audio BLOB,
            declared_seconds REAL,
            state TEXT NOT NULL DEFAULT 'received'
                CHECK (state IN ('received', 'transcribed', 'refused')),
            transcript TEXT,
            problem TEXT,
            received_at REAL NOT NULL,
            transcribed_at REAL
        )""")
    db.execute("CREATE INDEX voice_parts_attempt ON voice_parts (attempt_id, id)")
    db.execute("CREATE INDEX voice_parts_state ON voice_parts (state)")


@migrations()
def m002_voice_handins(db: Database) -> None:
    """A hand-in (/done) waiting for the speech's recordings to be transcribed."""
    db.execute(
        """CREATE TABLE voice_handins (
            attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
            chat_id INTEGER NOT NULL,
            requested_at REAL NOT NULL
        )""")
