"""A member's team in a club, kept across rounds: /team NAME sets it, /team shows it, /team off
leaves it. In 2v2 and 3v3 rounds a member joins with their team, so the draw keeps it together."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from bot.club import queries as q
from bot.club.model import ClubError, Round
from bot.club.records import ensure_member, remembered_team
from bot.club.rounds import set_team, team_name


@dataclass(frozen=True)
class ClubTeam:
    """A member's club team (None: no team), their teammates' names, and the round it applied to."""

    name: str | None
    mates: tuple[str, ...] = ()
    round: Round | None = None


def team_of(db: Database, chat_id: int, user_id: int) -> ClubTeam:
    """The member's team in this club and who else is in it."""
    team = remembered_team(db, chat_id, user_id)
    return ClubTeam(team, _mates(db, chat_id, user_id, team))


def choose_team(
    db: Database, chat_id: int, user_id: int, name: str, username: str | None, typed: str, now: float,
) -> ClubTeam:
    """Keep this team for the member in this club (until changed), and, if a 2v2 or 3v3 round is
    taking sign-ups, join it as a speaker in that team."""
    team = team_name(typed)
    round_id = q.active_round_id(db, chat_id)
    rnd = q.load_round(db, round_id) if round_id is not None else None
    joined = None
    if rnd is not None and rnd.stage == "signup" and rnd.format.team_size:
        joined = set_team(db, rnd.id, user_id, name, team, now)  # a full team refuses before anything is kept
    with db.atomic():
        ensure_member(db, chat_id, user_id, name, username)
        db.execute("INSERT INTO club_teams (chat_id, user_id, team, set_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (chat_id, user_id) DO UPDATE SET team = excluded.team, "
                   "set_at = excluded.set_at",
                   (chat_id, user_id, team, now))
    return ClubTeam(team, _mates(db, chat_id, user_id, team), joined)


def leave_team(db: Database, chat_id: int, user_id: int) -> ClubTeam:
    """Leave the member's club team (and their team in a round taking sign-ups); returns the old team."""
    team = remembered_team(db, chat_id, user_id)
    if team is None:
        raise ClubError("You are not in a team here. Join one with /team NAME.")
    round_id = q.active_round_id(db, chat_id)
    with db.atomic():
        db.execute("DELETE FROM club_teams WHERE chat_id = ? AND user_id = ?", (chat_id, user_id))
        if round_id is not None:
            db.execute("UPDATE club_participants SET team = NULL WHERE round_id = ? AND user_id = ? AND "
                       "EXISTS (SELECT 1 FROM club_rounds WHERE id = ? AND stage = 'signup')",
                       (round_id, user_id, round_id))
    return ClubTeam(team, (), q.load_round(db, round_id) if round_id is not None else None)


def _mates(db: Database, chat_id: int, user_id: int, team: str | None) -> tuple[str, ...]:
    if team is None:
        return ()
    return tuple(r["name"] for r in q.rows(
        db, """SELECT m.name FROM club_teams t
               JOIN club_members m ON m.chat_id = t.chat_id AND m.user_id = t.user_id
               WHERE t.chat_id = ? AND t.user_id != ? AND t.team = ? COLLATE NOCASE ORDER BY t.set_at""",
        (chat_id, user_id, team)))
