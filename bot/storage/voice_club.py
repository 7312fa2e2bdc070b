"""Tables of spoken club speeches and drill answers: their own numbered migration set.

drill_voice_answers  a drill's answer sent as a recording, until it is transcribed and judged

club_voice_parts     each recording a member sends for a round's speech or reply, from arrival
                     (the Telegram file id, then the downloaded bytes) to its transcript with word
                     timings (JSON), or why it was refused; a part's transcript joins the
                     member's draft (club_drafts) the moment it is kept; from then on `in_draft`
                     ties it to that draft (a foreign key, unchecked while NULL), so it goes
                     with the draft: handed in, dropped, or the member forgotten
club_voice_handins   a /done that waits for the member's recordings still being transcribed
club_voice_speeches  the transcripts of a handed-in speech, moved here from club_voice_parts in
                     the hand-in's transaction: what the card's Delivery section is read from. It
                     hangs off club_speeches with ON DELETE CASCADE, so a replaced speech and a
                     forgotten member take their transcripts with them.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("debate.voice_club")


@migrations()
def m001_club_voice(db: Database) -> None:
    """Recordings of club speeches, waiting hand-ins, and the transcripts of handed-in speeches
    (frozen SQL: stages and states written out)."""
    db.execute(
        """CREATE TABLE club_voice_parts (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES club_rounds(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL,
            stage TEXT NOT NULL CHECK (stage IN ('speech', 'reply')),
            chat_id INTEGER,
            file_id TEXT,
            audio BLOB,
            declared_seconds REAL,
            state TEXT NOT NULL DEFAULT 'received'
                CHECK (state IN ('received', 'transcribed', 'refused')),
            transcript TEXT,
            problem TEXT,
            received_at REAL NOT NULL,
            transcribed_at REAL,
            in_draft TEXT CHECK (in_draft IN ('speech', 'reply')),
            FOREIGN KEY (round_id, user_id, in_draft) REFERENCES club_drafts (round_id, user_id, stage)
                ON DELETE CASCADE
        )""")
    db.execute("CREATE INDEX club_voice_parts_member ON club_voice_parts (round_id, user_id, stage, id)")
    db.execute("CREATE INDEX club_voice_parts_state ON club_voice_parts (state)")
    db.execute(
        """CREATE TABLE club_voice_handins (
            round_id INTEGER NOT NULL REFERENCES club_rounds(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL,
            stage TEXT NOT NULL CHECK (stage IN ('speech', 'reply')),
            chat_id INTEGER NOT NULL,
            requested_at REAL NOT NULL,
            PRIMARY KEY (round_id, user_id, stage)
        )""")
    db.execute(
        """CREATE TABLE club_voice_speeches (
            speech_id INTEGER PRIMARY KEY REFERENCES club_speeches(id) ON DELETE CASCADE,
            transcripts TEXT NOT NULL
        )""")


@migrations()
def m002_drill_voice_answers(db: Database) -> None:
    """A drill's answer sent as a recording, kept until it is transcribed and judged (then the
    drill itself holds the answer and the row goes)."""
    db.execute(
        """CREATE TABLE drill_voice_answers (
            id INTEGER PRIMARY KEY,
            drill_id INTEGER NOT NULL REFERENCES drills(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL,
            chat_id INTEGER,
            file_id TEXT,
            audio BLOB,
            declared_seconds REAL,
            received_at REAL NOT NULL
        )""")
