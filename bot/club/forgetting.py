"""Forgetting a member: everything the club tables hold about one person goes.

People's speeches are theirs. `forget_member` deletes a person's club speeches (text and
scorecard), their ballot comments, their memberships, organiser roles and pending
private-message state. What other members' records rest on is kept, without the person:

* In a finished round the person's participant row stays as an anonymous "(removed)" seat
  under a stand-in id (negative, unique in that round, never a Telegram id), with no name
  and no speech. Their ballot bands and winner vote stay under the same stand-in, and the
  stored result names them "(removed)" (their ballot comment is dropped from it), so the
  round's result, votes and the other speakers' scores still add up. Standings leave the
  removed seat out.
* In a round still running the seat is anonymised the same way and a speaker's seat is marked
  skipped, so the round no longer counts them as missing (the stage still ends at its timer).
  An adjudicator who has not handed in a ballot leaves the running round altogether: no ballot
  is owed to them and the result does not wait for theirs (`Forgotten.left_rounds`: the caller
  gives the result at once if every other ballot is in).
* In a round still signing up, or cancelled, nothing rests on them: their rows are deleted.
* Rounds they started or organisers they added keep the record with the id set to 0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.club import queries as q

REMOVED = "(removed)"


@dataclass(frozen=True)
class Forgotten:
    """What forgetting a member removed from the club tables."""

    speeches: int = 0
    ballots: int = 0
    rounds: int = 0  # rounds whose seat was kept as "(removed)"
    memberships: int = 0
    organiser_roles: int = 0
    left_rounds: tuple[int, ...] = ()  # running rounds they adjudicated without a ballot in, now left

    @property
    def total(self) -> int:
        """Every removed or anonymised item."""
        return (self.speeches + self.ballots + self.rounds + self.memberships + self.organiser_roles
                + len(self.left_rounds))


def forget_member(db: Database, user_id: int, username: str | None = None) -> Forgotten:
    """Remove everything the club tables hold about this person (see the module's docstring)."""
    names = {r["username"] for r in q.rows(
        db, "SELECT username FROM club_members WHERE user_id = ? AND username IS NOT NULL", (user_id,))}
    if username:
        names.add(username.strip().lstrip("@").lower())
    with db.atomic():
        speeches = db.execute("DELETE FROM club_speeches WHERE user_id = ?", (user_id,)).rowcount
        ballots = len(q.rows(db, "SELECT round_id FROM club_ballots WHERE adjudicator_id = ?", (user_id,)))
        rounds = q.rows(
            db, "SELECT r.id, r.stage FROM club_rounds r JOIN club_participants p ON p.round_id = r.id "
                "WHERE p.user_id = ? ORDER BY r.id", (user_id,))
        anonymised, left = 0, []
        for row in rounds:
            if row["stage"] in ("signup", "cancelled"):
                _delete_seat(db, row["id"], user_id)
            elif row["stage"] != "done" and _judging_without_ballot(db, row["id"], user_id):
                _delete_seat(db, row["id"], user_id)
                left.append(row["id"])
            else:
                _anonymise_seat(db, row["id"], user_id, row["stage"])
                anonymised += 1
        _delete_seat_leftovers(db, user_id)
        db.execute("UPDATE club_rounds SET created_by = 0 WHERE created_by = ?", (user_id,))
        db.execute("UPDATE club_organisers SET added_by = 0 WHERE added_by = ?", (user_id,))
        db.execute("UPDATE club_organisers_unlinked SET added_by = 0 WHERE added_by = ?", (user_id,))
        marks = ", ".join("?" for _ in names)
        organiser_roles = db.execute("DELETE FROM club_organisers WHERE user_id = ?", (user_id,)).rowcount
        organiser_roles += db.execute(
            f"DELETE FROM club_organisers_unlinked WHERE username IN ({marks})", tuple(names)).rowcount
        db.execute("DELETE FROM club_focus WHERE user_id = ?", (user_id,))
        db.execute("DELETE FROM club_drafts WHERE user_id = ?", (user_id,))
        db.execute("DELETE FROM club_teams WHERE user_id = ?", (user_id,))
        memberships = db.execute("DELETE FROM club_members WHERE user_id = ?", (user_id,)).rowcount
    return Forgotten(speeches, ballots, anonymised, memberships, organiser_roles, tuple(left))


def _judging_without_ballot(db: Database, round_id: int, user_id: int) -> bool:
    """Whether the person adjudicates this round and has not handed in a ballot."""
    return bool(q.rows(
        db, "SELECT 1 FROM club_participants p "
            "WHERE p.round_id = ? AND p.user_id = ? AND p.role = 'adjudicator' AND NOT EXISTS "
            "(SELECT 1 FROM club_ballots b WHERE b.round_id = p.round_id "
            "AND b.adjudicator_id = p.user_id AND b.submitted_at IS NOT NULL)", (round_id, user_id)))


def _delete_seat(db: Database, round_id: int, user_id: int) -> None:
    db.execute("DELETE FROM club_participants WHERE round_id = ? AND user_id = ?", (round_id, user_id))
    db.execute("DELETE FROM club_ballots WHERE round_id = ? AND adjudicator_id = ?", (round_id, user_id))
    db.execute("DELETE FROM club_ballot_scores WHERE round_id = ? AND (adjudicator_id = ? OR speaker_id = ?)",
               (round_id, user_id, user_id))
    _rekey_draw(db, round_id, user_id, None)


def _delete_seat_leftovers(db: Database, user_id: int) -> None:
    """Ballot rows about the person in rounds where they held no seat (none in a consistent club)."""
    db.execute("DELETE FROM club_ballots WHERE adjudicator_id = ?", (user_id,))
    db.execute("DELETE FROM club_ballot_scores WHERE adjudicator_id = ? OR speaker_id = ?",
               (user_id, user_id))


def _anonymise_seat(db: Database, round_id: int, user_id: int, stage: str) -> None:
    lowest = q.rows(db, "SELECT MIN(user_id) AS low FROM club_participants WHERE round_id = ?", (round_id,))
    stand_in = min(0, lowest[0]["low"] or 0) - 1
    comments = {r["comment"] for r in q.rows(
        db, "SELECT comment FROM club_ballots WHERE round_id = ? AND adjudicator_id = ? AND comment != ''",
        (round_id, user_id))}
    seat = q.rows(db, "SELECT name FROM club_participants WHERE round_id = ? AND user_id = ?",
                  (round_id, user_id))
    name = seat[0]["name"] if seat else None
    still_running = stage != "done"
    db.execute("UPDATE club_participants SET user_id = ?, name = ?, "
               "skipped = CASE WHEN ? AND role = 'speaker' THEN 1 ELSE skipped END "
               "WHERE round_id = ? AND user_id = ?", (stand_in, REMOVED, still_running, round_id, user_id))
    db.execute("UPDATE club_ballots SET adjudicator_id = ?, comment = '' "
               "WHERE round_id = ? AND adjudicator_id = ?", (stand_in, round_id, user_id))
    db.execute("UPDATE club_ballot_scores SET adjudicator_id = ? WHERE round_id = ? AND adjudicator_id = ?",
               (stand_in, round_id, user_id))
    db.execute("UPDATE club_ballot_scores SET speaker_id = ? WHERE round_id = ? AND speaker_id = ?",
               (stand_in, round_id, user_id))
    db.execute("DELETE FROM club_focus WHERE round_id = ? AND user_id = ?", (round_id, user_id))
    _rekey_draw(db, round_id, user_id, stand_in)
    stored = q.rows(db, "SELECT result FROM club_rounds WHERE id = ? AND result IS NOT NULL", (round_id,))
    if stored:
        result = _anonymised_result(json.loads(stored[0]["result"]), user_id, stand_in,
                                    _Comments(comments, name))
        db.execute("UPDATE club_rounds SET result = ? WHERE id = ?", (json.dumps(result), round_id))


@dataclass(frozen=True)
class _Comments:
    """The person's ballot comments in a round and their name there: results stored before
    comments carried the adjudicator's id are matched by both."""

    texts: set[str]
    name: str | None

    def theirs(self, entry: dict[str, Any], user_id: int) -> bool:
        if "adjudicator_id" in entry:
            return bool(entry["adjudicator_id"] == user_id)
        return entry.get("comment") in self.texts and entry.get("adjudicator") == self.name


def _anonymised_result(
    result: dict[str, Any], user_id: int, stand_in: int, comments: _Comments,
) -> dict[str, Any]:
    """The stored result with the person's line renamed "(removed)" and their comments dropped."""
    for line in result.get("speakers", []):
        if line.get("user_id") == user_id:
            line.update(user_id=stand_in, name=REMOVED, removed=True)
    if result.get("best_speaker") == user_id:
        result["best_speaker"] = stand_in
    result["comments"] = [c for c in result.get("comments", []) if not comments.theirs(c, user_id)]
    return result


def _rekey_draw(db: Database, round_id: int, user_id: int, stand_in: int | None) -> None:
    """The draw's reasons are keyed by user id: move the person's to the stand-in (or drop it)."""
    found = q.rows(db, "SELECT reasons FROM club_draws WHERE round_id = ?", (round_id,))
    if not found:
        return
    reasons = json.loads(found[0]["reasons"])
    reason = reasons.pop(str(user_id), None)
    if stand_in is not None and reason is not None:
        reasons[str(stand_in)] = reason
    db.execute("UPDATE club_draws SET reasons = ? WHERE round_id = ?", (json.dumps(reasons), round_id))
