"""Tables of the club feature: its own numbered migration set.

Everything a club round needs survives a restart: the chat and its organisers, each round
(session) with its stage and deadlines, who joined as what, the draw and its seed, every
speech with its scorecard, every ballot score as it is entered, and the timers to re-arm.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("debate.club")


def _run(db: Database, *statements: str) -> None:
    for sql in statements:
        db.execute(sql)


@migrations()
def m001_clubs_and_organisers(db: Database) -> None:
    """Group chats that run rounds, and the members allowed to run them."""
    _run(
        db,
        """CREATE TABLE club_chats (
            chat_id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL
        )""",
        """CREATE TABLE club_organisers (
            chat_id INTEGER NOT NULL REFERENCES club_chats(chat_id),
            username TEXT NOT NULL,
            user_id INTEGER,
            added_by INTEGER NOT NULL,
            added_at REAL NOT NULL,
            PRIMARY KEY (chat_id, username)
        )""",
        """CREATE TABLE club_members (
            chat_id INTEGER NOT NULL REFERENCES club_chats(chat_id),
            user_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            username TEXT,
            PRIMARY KEY (chat_id, user_id)
        )""",
    )


@migrations()
def m002_rounds(db: Database) -> None:
    """A round (session): motion, format, stage, timings and the result."""
    _run(
        db,
        """CREATE TABLE club_rounds (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL REFERENCES club_chats(chat_id),
            motion_id TEXT NOT NULL,
            motion_text TEXT NOT NULL,
            format TEXT NOT NULL,
            rubric TEXT NOT NULL,
            criteria TEXT NOT NULL,
            stage TEXT NOT NULL,
            created_by INTEGER NOT NULL,
            created_at REAL NOT NULL,
            started_at REAL,
            finished_at REAL,
            stage_deadline REAL,
            prep_seconds REAL NOT NULL,
            speech_seconds REAL NOT NULL,
            reply_seconds REAL,
            adjudication_seconds REAL NOT NULL,
            status_message_id INTEGER,
            winner TEXT,
            result_source TEXT,
            result TEXT
        )""",
        "CREATE INDEX club_rounds_chat ON club_rounds(chat_id, stage)",
    )


@migrations()
def m003_participants(db: Database) -> None:
    """Who joined a round, as speaker or adjudicator, with side, position and team."""
    _run(
        db,
        """CREATE TABLE club_participants (
            round_id INTEGER NOT NULL REFERENCES club_rounds(id),
            user_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('speaker', 'adjudicator')),
            side TEXT CHECK (side IN ('prop', 'opp')),
            position INTEGER,
            team TEXT,
            skipped INTEGER NOT NULL DEFAULT 0,
            joined_at REAL NOT NULL,
            PRIMARY KEY (round_id, user_id)
        )""",
    )


@migrations()
def m004_speeches(db: Database) -> None:
    """Speeches as submitted: text, time, lateness and the bot's scorecard."""
    _run(
        db,
        """CREATE TABLE club_speeches (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES club_rounds(id),
            user_id INTEGER NOT NULL,
            stage TEXT NOT NULL CHECK (stage IN ('speech', 'reply')),
            side TEXT NOT NULL,
            text TEXT NOT NULL,
            submitted_at REAL NOT NULL,
            late INTEGER NOT NULL DEFAULT 0,
            revealed INTEGER NOT NULL DEFAULT 0,
            card TEXT,
            total REAL,
            scorer_version TEXT NOT NULL DEFAULT '',
            UNIQUE (round_id, user_id, stage)
        )""",
    )


@migrations()
def m005_ballots(db: Database) -> None:
    """Adjudicators' ballots: a band per speaker per criterion, the winner, a comment."""
    _run(
        db,
        """CREATE TABLE club_ballots (
            round_id INTEGER NOT NULL REFERENCES club_rounds(id),
            adjudicator_id INTEGER NOT NULL,
            winner TEXT CHECK (winner IN ('prop', 'opp')),
            comment TEXT NOT NULL DEFAULT '',
            submitted_at REAL,
            message_id INTEGER,
            PRIMARY KEY (round_id, adjudicator_id)
        )""",
        """CREATE TABLE club_ballot_scores (
            round_id INTEGER NOT NULL REFERENCES club_rounds(id),
            adjudicator_id INTEGER NOT NULL,
            speaker_id INTEGER NOT NULL,
            criterion TEXT NOT NULL,
            band INTEGER NOT NULL CHECK (band BETWEEN 1 AND 5),
            PRIMARY KEY (round_id, adjudicator_id, speaker_id, criterion)
        )""",
    )


@migrations()
def m006_timers_and_draws(db: Database) -> None:
    """Deadlines to re-arm after a restart, and each draw's seed and reasons."""
    _run(
        db,
        """CREATE TABLE club_timers (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES club_rounds(id),
            kind TEXT NOT NULL,
            due_at REAL NOT NULL,
            fired INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX club_timers_pending ON club_timers(fired, due_at)",
        """CREATE TABLE club_draws (
            round_id INTEGER PRIMARY KEY REFERENCES club_rounds(id),
            seed INTEGER NOT NULL,
            reasons TEXT NOT NULL,
            drawn_at REAL NOT NULL
        )""",
    )


@migrations()
def m007_private_focus(db: Database) -> None:
    """What a member's next private message is for: a speech, a reply or a ballot comment."""
    _run(
        db,
        """CREATE TABLE club_focus (
            user_id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES club_rounds(id),
            purpose TEXT NOT NULL CHECK (purpose IN ('speech', 'reply', 'comment')),
            set_at REAL NOT NULL
        )""",
    )


@migrations()
def m008_speech_drafts(db: Database) -> None:
    """A speech or reply gathered over several private messages until it is handed in."""
    _run(
        db,
        """CREATE TABLE club_drafts (
            round_id INTEGER NOT NULL REFERENCES club_rounds(id),
            user_id INTEGER NOT NULL,
            stage TEXT NOT NULL CHECK (stage IN ('speech', 'reply')),
            text TEXT NOT NULL,
            updated_at REAL NOT NULL,
            PRIMARY KEY (round_id, user_id, stage)
        )""",
    )


@migrations()
def m009_organisers_by_user_id(db: Database) -> None:
    """Organisers named by user id too (added by replying to a member without a @username):
    the table is rebuilt with a nullable username; existing organisers carry over."""
    _run(
        db,
        """CREATE TABLE club_organisers_new (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL REFERENCES club_chats(chat_id),
            username TEXT,
            user_id INTEGER,
            name TEXT NOT NULL DEFAULT '',
            added_by INTEGER NOT NULL,
            added_at REAL NOT NULL,
            CHECK (username IS NOT NULL OR user_id IS NOT NULL)
        )""",
        """INSERT INTO club_organisers_new (chat_id, username, user_id, name, added_by, added_at)
           SELECT chat_id, username, user_id, username, added_by, added_at FROM club_organisers""",
        "DROP TABLE club_organisers",
        "ALTER TABLE club_organisers_new RENAME TO club_organisers",
        "CREATE UNIQUE INDEX club_organisers_username ON club_organisers(chat_id, username)",
        "CREATE UNIQUE INDEX club_organisers_user ON club_organisers(chat_id, user_id)",
    )


@migrations()
def m010_club_teams(db: Database) -> None:
    """Each member's team in a club, kept across rounds until they change or leave it."""
    _run(
        db,
        """CREATE TABLE club_teams (
            chat_id INTEGER NOT NULL REFERENCES club_chats(chat_id),
            user_id INTEGER NOT NULL,
            team TEXT NOT NULL,
            set_at REAL NOT NULL,
            PRIMARY KEY (chat_id, user_id)
        )""",
    )


@migrations()
def m011_closed_focus(db: Database) -> None:
    """When a stage closes, what members were sending is marked closed rather than forgotten, so a
    message that arrives just after the deadline is told so (once) instead of going astray."""
    _run(db, "ALTER TABLE club_focus ADD COLUMN closed_at REAL")


@migrations()
def m012_organisers_are_user_ids(db: Database) -> None:
    """Organisers are Telegram user ids; the @username is only shown (Telegram can give it to
    someone else). An organiser stored by @username alone takes the user id of the one club
    member last seen with that @username; if none or several, they move to
    club_organisers_unlinked, which grants nothing and is listed so an administrator can add
    them again. Frozen SQL: it must not change when the code does."""
    _run(
        db,
        """CREATE TABLE club_organisers_by_id (
            chat_id INTEGER NOT NULL REFERENCES club_chats(chat_id),
            user_id INTEGER NOT NULL,
            username TEXT,
            name TEXT NOT NULL DEFAULT '',
            added_by INTEGER NOT NULL,
            added_at REAL NOT NULL,
            PRIMARY KEY (chat_id, user_id)
        )""",
        """INSERT OR IGNORE INTO club_organisers_by_id (chat_id, user_id, username, name, added_by, added_at)
           SELECT chat_id, user_id, username, name, added_by, added_at FROM club_organisers
           WHERE user_id IS NOT NULL ORDER BY id""",
        """INSERT OR IGNORE INTO club_organisers_by_id (chat_id, user_id, username, name, added_by, added_at)
           SELECT o.chat_id, m.user_id, o.username, m.name, o.added_by, o.added_at
           FROM club_organisers o JOIN club_members m ON m.chat_id = o.chat_id AND m.username = o.username
           WHERE o.user_id IS NULL
             AND (SELECT COUNT(*) FROM club_members n
                  WHERE n.chat_id = o.chat_id AND n.username = o.username) = 1
           ORDER BY o.id""",
        """CREATE TABLE club_organisers_unlinked (
            chat_id INTEGER NOT NULL REFERENCES club_chats(chat_id),
            username TEXT NOT NULL,
            added_by INTEGER NOT NULL,
            added_at REAL NOT NULL,
            PRIMARY KEY (chat_id, username)
        )""",
        """INSERT OR IGNORE INTO club_organisers_unlinked (chat_id, username, added_by, added_at)
           SELECT o.chat_id, o.username, o.added_by, o.added_at FROM club_organisers o
           WHERE o.user_id IS NULL AND o.username IS NOT NULL
             AND (SELECT COUNT(*) FROM club_members n
                  WHERE n.chat_id = o.chat_id AND n.username = o.username) != 1""",
        "DROP TABLE club_organisers",
        "ALTER TABLE club_organisers_by_id RENAME TO club_organisers",
    )
