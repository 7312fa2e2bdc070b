"""Tables of the practice feature: its own numbered migration set.

people          one row per debater (key "tg:12345" or "terminal:alice")
person_settings each debater's rubric and prep time, when they changed them
attempts        one drawn motion and everything that happened to it: side, speech, scorecard
criterion_scores the card's criteria as rows, so progress can be summed in SQL
timers          prep deadlines, stored so a restart can re-arm them
drills          short drills (rebuttal, case building, weighing): the point set, the answer, the result

Everything hangs off `people` with ON DELETE CASCADE, so forgetting a person removes all of it.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("debate.practice")


def _run(db: Database, *statements: str) -> None:
    for sql in statements:
        db.execute(sql)


@migrations()
def m001_people(db: Database) -> None:
    """Debaters, one row per chat account or terminal name."""
    _run(
        db,
        """CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            seen_at REAL NOT NULL
        )""",
    )


@migrations()
def m002_person_settings(db: Database) -> None:
    """A debater's own rubric and prep time (NULL means the bot's default)."""
    _run(
        db,
        """CREATE TABLE person_settings (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            rubric TEXT,
            prep_minutes REAL,
            updated_at REAL NOT NULL
        )""",
    )


@migrations()
def m003_attempts(db: Database) -> None:
    """Attempts: motion, side and why, the speech, the scorecard JSON and every timestamp.

    Frozen SQL: the states are written out here, never built from the code's current list, so a
    fresh database and a migrated one always agree.
    """
    _run(
        db,
        """CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            motion_id TEXT NOT NULL,
            motion_text TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('prop', 'opp')),
            side_reason TEXT NOT NULL DEFAULT '',
            rubric TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'drafted' CHECK (state IN ('drafted', 'prepping', 'speaking',
                'submitted', 'scored', 'cancelled')),
            speech TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            prep_ends_at REAL,
            speaking_at REAL,
            submitted_at REAL,
            scored_at REAL,
            late INTEGER NOT NULL DEFAULT 0,
            total REAL,
            card TEXT,
            scorer_version TEXT
        )""",
        "CREATE INDEX attempts_by_person ON attempts (person_id, state)",
        "CREATE INDEX attempts_by_state ON attempts (state)",
    )


@migrations()
def m004_criterion_scores(db: Database) -> None:
    """One row per criterion of a scored attempt."""
    _run(
        db,
        """CREATE TABLE criterion_scores (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            name TEXT NOT NULL,
            band INTEGER NOT NULL,
            points REAL NOT NULL,
            PRIMARY KEY (attempt_id, criterion)
        )""",
    )


@migrations()
def m005_timers(db: Database) -> None:
    """Prep deadlines; a timer is pending until it is fired or cancelled (frozen SQL: the kinds
    are written out, as bot.practice.values.TIMER_KINDS listed them when this step was made)."""
    _run(
        db,
        """CREATE TABLE timers (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            chat_id INTEGER,
            kind TEXT NOT NULL CHECK (kind IN ('prep_reminder', 'prep_end')),
            due_at REAL NOT NULL,
            fired_at REAL,
            cancelled_at REAL
        )""",
        "CREATE INDEX timers_pending ON timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL",
        "CREATE INDEX timers_by_attempt ON timers (attempt_id)",
    )


@migrations()
def m006_drills(db: Database) -> None:
    """Drills: a short exercise on one motion (rebuttal, case building, weighing), its answer and result."""
    _run(
        db,
        """CREATE TABLE drills (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('rebuttal', 'case', 'weighing')),
            motion_id TEXT NOT NULL,
            motion_text TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('prop', 'opp')),
            point TEXT NOT NULL DEFAULT '',
            own_point TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'set' CHECK (state IN ('set', 'judged', 'cancelled')),
            answer TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            due_at REAL NOT NULL,
            answered_at REAL,
            score REAL,
            passed INTEGER,
            result TEXT
        )""",
        "CREATE INDEX drills_by_person ON drills (person_id, created_at)",
    )


# Tables holding a person's data, children first: the order `forget` deletes in.
PERSON_TABLES = ("drills", "timers", "criterion_scores", "attempts", "person_settings", "people")
