"""Adjudicators' private ballots, entered one button at a time and kept as they are entered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.club import queries as q
from bot.club.model import ClubError, Criterion, Participant, Round, Transition
from bot.club.rounds import close_adjudication_if_complete
from bot.motions import SideName


@dataclass(frozen=True)
class BallotState:
    """Where an adjudicator is in their ballot."""

    round: Round
    adjudicator_id: int
    bands: dict[tuple[int, str], int]
    winner: SideName | None
    comment: str
    submitted: bool
    message_id: int | None

    def speakers(self) -> list[Participant]:
        """The speakers this ballot scores, in speaking order."""
        return self.round.speakers(active_only=True)

    def next_band(self) -> tuple[Participant, Criterion] | None:
        """The next (speaker, criterion) without a band, or None when all are scored."""
        for speaker in self.speakers():
            for criterion in self.round.criteria:
                if (speaker.user_id, criterion.id) not in self.bands:
                    return speaker, criterion
        return None

    @property
    def ready(self) -> bool:
        """Every band and the winner are in: the ballot can be handed in."""
        return self.next_band() is None and self.winner is not None


def _check(db: Database, round_id: int, adjudicator_id: int) -> Round:
    rnd = q.load_round(db, round_id)
    me = rnd.participant(adjudicator_id)
    if me is None or me.role != "adjudicator":
        raise ClubError("Only this round's adjudicators fill in its ballot.")
    if rnd.stage != "adjudication":
        raise ClubError("This ballot is closed." if not rnd.is_open else "Adjudication has not started yet.")
    return rnd


def ballot(db: Database, round_id: int, adjudicator_id: int) -> BallotState:
    """The adjudicator's ballot so far (empty if nothing is entered yet); reading writes nothing."""
    rnd = q.load_round(db, round_id)
    found = q.rows(db, "SELECT * FROM club_ballots WHERE round_id = ? AND adjudicator_id = ?",
                   (round_id, adjudicator_id))
    row: dict[str, Any] = found[0] if found else {"winner": None, "comment": "", "submitted_at": None,
                                                  "message_id": None}
    bands = {
        (b["speaker_id"], b["criterion"]): b["band"]
        for b in q.rows(db, "SELECT * FROM club_ballot_scores WHERE round_id = ? AND adjudicator_id = ?",
                        (round_id, adjudicator_id))
    }
    return BallotState(rnd, adjudicator_id, bands, row["winner"], row["comment"],
                       row["submitted_at"] is not None, row["message_id"])


def _create(db: Database, round_id: int, adjudicator_id: int) -> None:
    """The ballot's row, once the adjudicator is checked (a refused press leaves none)."""
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO club_ballots (round_id, adjudicator_id) VALUES (?, ?)",
                   (round_id, adjudicator_id))


def open_ballot(db: Database, round_id: int, adjudicator_id: int) -> BallotState:
    """Open the ballot for entry (checks the member adjudicates a round in adjudication)."""
    _check(db, round_id, adjudicator_id)
    _create(db, round_id, adjudicator_id)
    return ballot(db, round_id, adjudicator_id)


def set_message(db: Database, round_id: int, adjudicator_id: int, message_id: int, *,
                replace: bool = True) -> None:
    """Remember the private message that shows this ballot, to edit it in place (`replace=False`:
    only if no message is remembered yet)."""
    keep = "" if replace else " AND message_id IS NULL"
    with db.atomic():
        db.execute("UPDATE club_ballots SET message_id = ? WHERE round_id = ? AND adjudicator_id = ?" + keep,
                   (message_id, round_id, adjudicator_id))


def _editable(db: Database, round_id: int, adjudicator_id: int) -> Round:
    """The round, if this adjudicator may still change their ballot (ClubError if not); nothing
    is written."""
    rnd = _check(db, round_id, adjudicator_id)
    if ballot(db, round_id, adjudicator_id).submitted:
        raise ClubError("Your ballot is already handed in.")
    return rnd


def set_band(db: Database, round_id: int, adjudicator_id: int, speaker_id: int, criterion: str,
             band: int) -> BallotState:
    """Score one speaker on one criterion (1–5)."""
    rnd = _editable(db, round_id, adjudicator_id)
    speaker = rnd.participant(speaker_id)
    if speaker is None or speaker.role != "speaker" or speaker.skipped:
        raise ClubError("That speaker is not on this ballot.")
    if criterion not in {c.id for c in rnd.criteria} or not 1 <= band <= 5:
        raise ClubError("Choose a band from 1 to 5 for a criterion of this ballot.")
    with db.atomic():
        _create(db, round_id, adjudicator_id)
        db.execute("INSERT OR REPLACE INTO club_ballot_scores "
                   "(round_id, adjudicator_id, speaker_id, criterion, band) VALUES (?, ?, ?, ?, ?)",
                   (round_id, adjudicator_id, speaker_id, criterion, band))
    return ballot(db, round_id, adjudicator_id)


def set_speaker_bands(db: Database, round_id: int, adjudicator_id: int, speaker_id: int,
                      band: int) -> BallotState:
    """Give one band to every criterion of this speaker not scored yet (a shortcut)."""
    _editable(db, round_id, adjudicator_id)
    state = ballot(db, round_id, adjudicator_id)
    for criterion in state.round.criteria:
        if (speaker_id, criterion.id) not in state.bands:
            state = set_band(db, round_id, adjudicator_id, speaker_id, criterion.id, band)
    return state


def set_winner(db: Database, round_id: int, adjudicator_id: int, side: SideName, now: float) -> BallotState:
    """Choose the winning side; the adjudicator's next private message becomes their comment."""
    _editable(db, round_id, adjudicator_id)
    if side not in ("prop", "opp"):
        raise ClubError("Choose Proposition or Opposition.")
    with db.atomic():
        _create(db, round_id, adjudicator_id)
        db.execute("UPDATE club_ballots SET winner = ? WHERE round_id = ? AND adjudicator_id = ?",
                   (side, round_id, adjudicator_id))
        db.execute("INSERT OR REPLACE INTO club_focus (user_id, round_id, purpose, set_at) "
                   "VALUES (?, ?, 'comment', ?)", (adjudicator_id, round_id, now))
    return ballot(db, round_id, adjudicator_id)


def set_comment(db: Database, round_id: int, adjudicator_id: int, text: str) -> Round:
    """Keep the adjudicator's comment (a second one replaces the first)."""
    _editable(db, round_id, adjudicator_id)
    with db.atomic():
        _create(db, round_id, adjudicator_id)
        db.execute("UPDATE club_ballots SET comment = ? WHERE round_id = ? AND adjudicator_id = ?",
                   (text.strip()[:1000], round_id, adjudicator_id))
    return q.load_round(db, round_id)


def restart_ballot(db: Database, round_id: int, adjudicator_id: int) -> BallotState:
    """Clear the bands and winner to enter the ballot again (before handing it in)."""
    _editable(db, round_id, adjudicator_id)
    with db.atomic():
        db.execute("DELETE FROM club_ballot_scores WHERE round_id = ? AND adjudicator_id = ?",
                   (round_id, adjudicator_id))
        db.execute("UPDATE club_ballots SET winner = NULL WHERE round_id = ? AND adjudicator_id = ?",
                   (round_id, adjudicator_id))
    return ballot(db, round_id, adjudicator_id)


def submit_ballot(db: Database, round_id: int, adjudicator_id: int, now: float
                  ) -> tuple[BallotState, Transition | None]:
    """Hand in a complete ballot; the result follows when the last ballot is in."""
    _editable(db, round_id, adjudicator_id)
    state = ballot(db, round_id, adjudicator_id)
    if not state.ready:
        raise ClubError("Score every speaker and pick the winner before handing in the ballot.")
    with db.atomic():
        db.execute("UPDATE club_ballots SET submitted_at = ? WHERE round_id = ? AND adjudicator_id = ?",
                   (now, round_id, adjudicator_id))
        db.execute("DELETE FROM club_focus WHERE user_id = ? AND round_id = ?", (adjudicator_id, round_id))
    step = close_adjudication_if_complete(db, round_id, now)
    return ballot(db, round_id, adjudicator_id), step
