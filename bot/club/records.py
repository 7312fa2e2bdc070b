"""The club's record: members, organisers, side history, standings and motion statistics."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import fmean

from sqlite_utils import Database

from bot.club import queries as q
from bot.club.model import ClubError
from bot.draw import History
from bot.motions import Bank, Motion


def ensure_member(db: Database, chat_id: int, user_id: int, name: str, username: str | None) -> None:
    """Record (or refresh) a member's display name in this club (and in its organisers' list)."""
    handle = (username or "").lower() or None
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO club_chats (chat_id, title, created_at) VALUES (?, '', 0)",
                   (chat_id,))
        db.execute(
            """INSERT INTO club_members (chat_id, user_id, name, username) VALUES (?, ?, ?, ?)
               ON CONFLICT (chat_id, user_id) DO UPDATE SET name = excluded.name,
               username = excluded.username""",
            (chat_id, user_id, name, handle),
        )
        db.execute("UPDATE club_organisers SET name = ?, username = ? WHERE chat_id = ? AND user_id = ?",
                   (name, handle, chat_id, user_id))


def note_members(db: Database, chat_id: int, people: Sequence[tuple[int, str, str | None]]) -> None:
    """Remember who showed up in the group (a command, joining it): (user id, name, @username)
    each, so that /organisers add @name can find them."""
    with db.atomic():
        for user_id, name, username in people:
            ensure_member(db, chat_id, user_id, name, username)


def find_member(db: Database, chat_id: int, handle: str) -> tuple[int, str] | None:
    """A member of this club by @username or by name: (user id, name)."""
    wanted = handle.strip().lstrip("@").lower()
    for row in q.rows(db, "SELECT user_id, name, username FROM club_members WHERE chat_id = ?", (chat_id,)):
        if wanted and (row["username"] == wanted or row["name"].lower() == wanted):
            return row["user_id"], row["name"]
    return None


def remembered_team(db: Database, chat_id: int, user_id: int) -> str | None:
    """The team this member keeps in this club (set with /team NAME), if any."""
    found = q.rows(db, "SELECT team FROM club_teams WHERE chat_id = ? AND user_id = ?", (chat_id, user_id))
    return found[0]["team"] if found else None


# ------------------------------------------------------------------ organisers
# An organiser is a Telegram user id: a @username can change hands, so it is only shown.


def organiser_handle(handle: str) -> str:
    """A typed @username, checked and lower-cased (ClubError if it cannot be one)."""
    name = handle.strip().lstrip("@").lower()
    if not name or not all(c.isalnum() or c == "_" for c in name) or not name.isascii():
        raise ClubError("Name the organiser by @username, e.g. /organisers add @alex")
    return name


def member_by_username(db: Database, chat_id: int, handle: str) -> int | None:
    """The user id of the one member of this club last seen with this @username, if exactly one.
    (Telegram lets bots look up nobody by @username; the caller checks it is still theirs.)"""
    found = q.rows(db, "SELECT user_id FROM club_members WHERE chat_id = ? AND username = ?",
                   (chat_id, organiser_handle(handle)))
    return found[0]["user_id"] if len(found) == 1 else None


def add_organiser(
    db: Database, chat_id: int, user_id: int, name: str, username: str | None, added_by: int, now: float,
) -> str:
    """Let a member (by user id; the @username is kept to show) run rounds here; returns how they
    are shown."""
    handle = (username or "").lower() or None
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO club_chats (chat_id, title, created_at) VALUES (?, '', ?)",
                   (chat_id, now))
        ensure_member(db, chat_id, user_id, name, handle)
        db.execute("INSERT OR REPLACE INTO club_organisers "
                   "(chat_id, user_id, username, name, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                   (chat_id, user_id, handle, name, added_by, now))
        if handle:
            db.execute("DELETE FROM club_organisers_unlinked WHERE chat_id = ? AND username = ?",
                       (chat_id, handle))
    return _label(handle, name)


def remove_organiser(db: Database, chat_id: int, handle: str) -> str:
    """Take the organiser shown as this @username off the list; ClubError if none is."""
    name = organiser_handle(handle)
    with db.atomic():
        removed = db.execute("DELETE FROM club_organisers WHERE chat_id = ? AND username = ?",
                             (chat_id, name)).rowcount
        removed += db.execute("DELETE FROM club_organisers_unlinked WHERE chat_id = ? AND username = ?",
                              (chat_id, name)).rowcount
    if not removed:
        raise ClubError(f"@{name} is not an organiser here.")
    return f"@{name}"


def remove_organiser_member(db: Database, chat_id: int, user_id: int, name: str, username: str | None) -> str:
    """Take a member (by user id, e.g. from a reply) off the organisers; ClubError if not one."""
    handle = (username or "").lower() or None
    with db.atomic():
        removed = db.execute("DELETE FROM club_organisers WHERE chat_id = ? AND user_id = ?",
                             (chat_id, user_id)).rowcount
        removed += db.execute("DELETE FROM club_organisers_unlinked WHERE chat_id = ? AND username = ?",
                              (chat_id, handle)).rowcount
    if not removed:
        raise ClubError(f"{name} is not an organiser here.")
    return _label(handle, name)


def _label(username: str | None, name: str) -> str:
    return f"@{username}" if username else name


def organisers(db: Database, chat_id: int) -> list[str]:
    """The organisers as shown: @username, or the name of a member without one; sorted."""
    return sorted((_label(r["username"], r["name"]) for r in q.rows(
        db, "SELECT username, name FROM club_organisers WHERE chat_id = ?", (chat_id,))), key=str.lower)


def unlinked_organisers(db: Database, chat_id: int) -> list[str]:
    """Organisers named by @username before organisers were user ids, whose user id was never
    known: they run nothing until an administrator adds them again (by replying to them)."""
    return [f"@{r['username']}" for r in q.rows(
        db, "SELECT username FROM club_organisers_unlinked WHERE chat_id = ? ORDER BY username", (chat_id,))]


def is_organiser(db: Database, chat_id: int, user_id: int) -> bool:
    """Whether this member (by user id: never by @username) organises this club."""
    return bool(q.rows(db, "SELECT 1 FROM club_organisers WHERE chat_id = ? AND user_id = ?",
                       (chat_id, user_id)))


# ------------------------------------------------------------------ history and motions


def history(db: Database, chat_id: int) -> dict[int, History]:
    """Each member's sides and openings over the club's finished rounds."""
    found: dict[int, History] = {}
    for row in q.rows(
        db,
        """SELECT p.user_id,
                  SUM(p.side = 'prop') AS prop, SUM(p.side = 'opp') AS opp, SUM(p.position = 1) AS led
           FROM club_participants p JOIN club_rounds r ON r.id = p.round_id
           WHERE r.chat_id = ? AND r.stage = 'done' AND p.role = 'speaker' AND p.skipped = 0
           GROUP BY p.user_id""",
        (chat_id,),
    ):
        found[row["user_id"]] = History(prop=row["prop"] or 0, opp=row["opp"] or 0, led=row["led"] or 0)
    return found


def pick_motion(db: Database, chat_id: int, bank: Bank, wanted: str | None, rng: random.Random) -> Motion:
    """The motion by id, or the club's least-debated motion with this tag (or of the whole bank)."""
    if wanted:
        motion = bank.get(wanted)
        if motion is not None:
            return motion
        choices = bank.filter(tag=wanted)
        if not choices:
            raise ClubError(f"No motion or tag called “{wanted}”. Try /session with no arguments.")
    else:
        choices = list(bank.motions)
    if not choices:
        raise ClubError("The motion bank is empty; ask the bot's keeper to add motions.")
    used = {r["motion_id"]: r["n"] for r in q.rows(
        db, "SELECT motion_id, COUNT(*) AS n FROM club_rounds WHERE chat_id = ? AND stage != 'cancelled' "
            "GROUP BY motion_id", (chat_id,))}
    fewest = min(used.get(m.id, 0) for m in choices)
    return rng.choice([m for m in choices if used.get(m.id, 0) == fewest])


# ------------------------------------------------------------------ standings


@dataclass
class Standing:
    """A member's club record."""

    user_id: int
    name: str
    rounds: int = 0
    wins: int = 0
    prop: int = 0
    opp: int = 0
    scores: list[float] = field(default_factory=list)
    criteria: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    @property
    def average(self) -> float | None:
        """Mean speaker score (bands 1–5) over scored rounds."""
        return round(fmean(self.scores), 2) if self.scores else None

    def criterion_averages(self) -> dict[str, float]:
        """Mean band per rubric criterion."""
        return {c: round(fmean(v), 2) for c, v in self.criteria.items() if v}


def _finished_results(db: Database, chat_id: int) -> list[dict]:
    return q.rows(db, "SELECT id, motion_id, motion_text, winner, result FROM club_rounds "
                      "WHERE chat_id = ? AND stage = 'done' ORDER BY id", (chat_id,))


def standings(db: Database, chat_id: int) -> list[Standing]:
    """Every member who has spoken here: rounds, wins, scores, side balance; best first."""
    table: dict[int, Standing] = {}
    for row in _finished_results(db, chat_id):
        result = json.loads(row["result"])
        for line in result["speakers"]:
            if line["skipped"] or line.get("removed"):  # a member who asked to be forgotten
                continue
            entry = table.setdefault(line["user_id"], Standing(line["user_id"], line["name"]))
            entry.name = line["name"]
            entry.rounds += 1
            entry.wins += line["side"] == row["winner"]
            entry.prop += line["side"] == "prop"
            entry.opp += line["side"] == "opp"
            if line["score"] is not None:
                entry.scores.append(line["score"])
            for criterion, band in line["criteria"].items():
                entry.criteria[criterion].append(band)
    return sorted(table.values(), key=lambda s: (-s.wins, -(s.average or 0), s.name.lower()))


@dataclass(frozen=True)
class MotionStat:
    """How a motion has gone in this club."""

    motion_id: str
    text: str
    rounds: int
    prop_wins: int
    opp_wins: int


def motion_stats(db: Database, chat_id: int) -> list[MotionStat]:
    """Per motion debated here: rounds and wins by side, most debated first."""
    return [
        MotionStat(r["motion_id"], r["motion_text"], r["rounds"], r["prop"] or 0, r["opp"] or 0)
        for r in q.rows(
            db,
            """SELECT motion_id, MAX(motion_text) AS motion_text, COUNT(*) AS rounds,
                      SUM(winner = 'prop') AS prop, SUM(winner = 'opp') AS opp
               FROM club_rounds WHERE chat_id = ? AND stage = 'done'
               GROUP BY motion_id ORDER BY rounds DESC, motion_id""",
            (chat_id,),
        )
    ]
