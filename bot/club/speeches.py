"""Speeches handed in privately: what a member's next private message is for, and storing it."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from sqlite_utils import Database

from bot.club import queries as q
from bot.club.model import OPEN_STAGES, ClubError, Round, Scorer, Speech
from bot.motions import Bank, Motion, SideName
from bot.scoring.card import Scorecard
from bot.speech_limits import check_speech_text
from bot.voice import club_records as spoken  # a speech given as recordings (issue 16)

log = logging.getLogger(__name__)

CLOSED_NOTICE_SECONDS = 600.0  # a message this long after its stage closed is told so; later, solo's


@dataclass(frozen=True)
class Opened:
    """What a member can do in private for a round: 'speech', 'reply' or 'ballot'."""

    round: Round
    purpose: str


@dataclass(frozen=True)
class Received:
    """A stored speech, reply or ballot comment."""

    round: Round
    purpose: str
    late: bool = False
    replaced: bool = False
    speech: Speech | None = None


@dataclass(frozen=True)
class Unscored:
    """A stored speech (or one a deadline is about to hand in) without a card: what the scorer reads."""

    round_id: int
    user_id: int
    stage: str
    text: str
    motion: Motion
    side: SideName
    rubric: str


class NotScoredYet(LookupError):
    """A scorer that only looks up cards made beforehand has none for this speech; the speech is
    stored without a card, and the scoring worker scores it afterwards."""


@dataclass(frozen=True)
class Closed:
    """A member's message came after the stage it was for had closed: the round, what the
    message was for, and what of theirs the stage took (None: nothing)."""

    round: Round
    purpose: str
    speech: Speech | None


def open_private(db: Database, round_id: int, user_id: int, now: float) -> Opened:
    """Set what this member's next private message is for (from the deep link)."""
    rnd = q.load_round(db, round_id)
    me = rnd.participant(user_id)
    if me is None:
        raise ClubError("You are not in this round. Join it with the buttons in the group first.")
    if not rnd.is_open:
        raise ClubError("This round is over. See the result in the group.")
    if me.role == "adjudicator":
        if rnd.stage != "adjudication":
            raise ClubError("Your ballot opens when the speeches are in; I'll post in the group.")
        return Opened(rnd, "ballot")
    if me.skipped:
        raise ClubError("An organiser skipped you in this round, so there is nothing to hand in.")
    if rnd.stage == "signup":
        raise ClubError("The draw is not made yet. Wait for the organiser to start the round.")
    has_speech = rnd.speech(user_id) is not None
    if rnd.stage == "rebuttal" and has_speech:
        purpose = "reply"
    elif rnd.stage == "adjudication" and has_speech:
        raise ClubError("Your speech is in. The result comes after adjudication.")
    else:
        purpose = "speech"
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO club_focus (user_id, round_id, purpose, set_at) "
                   "VALUES (?, ?, ?, ?)",
                   (user_id, round_id, purpose, now))
    return Opened(q.load_round(db, round_id), purpose)


def focus(db: Database, user_id: int) -> tuple[int, str] | None:
    """(round id, purpose) if this member's next private message belongs to a round."""
    found = q.rows(db, "SELECT round_id, purpose FROM club_focus WHERE user_id = ? AND closed_at IS NULL",
                   (user_id,))
    return (found[0]["round_id"], found[0]["purpose"]) if found else None


def has_closed_focus(db: Database, user_id: int, now: float) -> bool:
    """Whether the stage this member was sending to closed in the last CLOSED_NOTICE_SECONDS
    (read only; `closed_focus` tells them so, once)."""
    found = q.rows(db, "SELECT closed_at FROM club_focus WHERE user_id = ? AND closed_at IS NOT NULL",
                   (user_id,))
    return bool(found) and found[0]["closed_at"] >= now - CLOSED_NOTICE_SECONDS


def closed_focus(db: Database, user_id: int, now: float) -> Closed | None:
    """The stage this member was sending to, if it closed in the last CLOSED_NOTICE_SECONDS:
    their message came too late. Told once: the closed focus goes."""
    found = q.rows(db, "SELECT round_id, purpose, closed_at FROM club_focus "
                       "WHERE user_id = ? AND closed_at IS NOT NULL", (user_id,))
    if not found:
        return None
    with db.atomic():
        db.execute("DELETE FROM club_focus WHERE user_id = ? AND closed_at IS NOT NULL", (user_id,))
    row = found[0]
    if row["closed_at"] < now - CLOSED_NOTICE_SECONDS:
        return None
    try:
        rnd = q.load_round(db, row["round_id"])
    except ClubError:
        return None
    purpose = row["purpose"]
    stage = "reply" if purpose == "reply" else "speech"
    return Closed(rnd, purpose, None if purpose == "comment" else rnd.speech(user_id, stage))


def speaking_round(db: Database, round_id: int, user_id: int) -> tuple[Round, str]:
    """The round and the member's side, if it still takes their speech; else clear their focus and say so."""
    rnd = q.load_round(db, round_id)
    me = rnd.participant(user_id)
    if not rnd.is_open or me is None or me.side is None or me.skipped:
        with db.atomic():
            db.execute("DELETE FROM club_focus WHERE user_id = ?", (user_id,))
        raise ClubError("This round no longer takes speeches from you; nothing was recorded.")
    return rnd, me.side


def submit_speech(
    db: Database, round_id: int, user_id: int, text: str, purpose: str, now: float,
    bank: Bank, scorer: Scorer | None,
) -> Received:
    """Store a speech (a second one replaces the first), score it, and say whether it was late.

    With no scorer the speech is stored without a card: the bot's scoring worker scores it
    (`unscored`, then `store_card`), so the database thread never scores."""
    text = text.strip()
    # the same limits as solo practice and the command line (bot.speech_limits)
    problem = check_speech_text(text, f"Your {'reply' if purpose == 'reply' else 'speech'}")
    if problem:
        raise ClubError(problem)
    rnd, side = speaking_round(db, round_id, user_id)
    stage = "reply" if purpose == "reply" else "speech"
    on_time_stages = ("rebuttal",) if stage == "reply" else ("prep", "speeches")
    late = rnd.stage not in on_time_stages
    if stage == "reply" and rnd.stage != "rebuttal":
        raise ClubError("The replies are closed; nothing was recorded.")
    with db.atomic():
        replaced = q.rows(db, "SELECT user_id FROM club_speeches WHERE round_id = ? AND stage = ? AND "
                              "(user_id = ? OR (stage = 'reply' AND side = ?))",
                          (round_id, stage, user_id, side))
        db.execute("DELETE FROM club_speeches WHERE round_id = ? AND stage = ? AND "
                   "(user_id = ? OR (stage = 'reply' AND side = ?))", (round_id, stage, user_id, side))
        cursor = db.execute(
            "INSERT INTO club_speeches (round_id, user_id, stage, side, text, submitted_at, late, revealed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (round_id, user_id, stage, side, text, now, int(late), int(late)),
        )
        assert cursor.lastrowid is not None
        spoken.attach_to_speech(db, round_id, user_id, stage, cursor.lastrowid)
    if scorer is not None:
        _store_card(db, rnd, user_id, stage, side, text, bank, scorer)
    rnd = q.load_round(db, round_id)
    return Received(rnd, stage, late=late, replaced=bool(replaced), speech=rnd.speech(user_id, stage))


def _store_card(db: Database, rnd: Round, user_id: int, stage: str, side: str, text: str, bank: Bank,
                scorer: Scorer) -> bool:
    card = _score(text, rnd, side, bank, scorer)
    if card is None:
        return False
    card = _with_delivery(db, rnd, user_id, stage, text, card)
    with db.atomic():
        db.execute("UPDATE club_speeches SET card = ?, total = ?, scorer_version = ? "
                   "WHERE round_id = ? AND user_id = ? AND stage = ?",
                   (json.dumps(card.to_json()), card.total, card.scorer_version, rnd.id, user_id, stage))
    return True


def score_missing(db: Database, bank: Bank, scorer: Scorer) -> int:
    """Score speeches of running rounds stored without a card (the bot stopped mid-scoring)."""
    marks = ", ".join("?" * len(OPEN_STAGES))
    scored = 0
    for row in q.rows(db, f"""SELECT s.round_id, s.user_id, s.stage, s.side, s.text FROM club_speeches s
                              JOIN club_rounds r ON r.id = s.round_id
                              WHERE s.card IS NULL AND r.stage IN ({marks})""", OPEN_STAGES):
        rnd = q.load_round(db, row["round_id"])
        scored += _store_card(db, rnd, row["user_id"], row["stage"], row["side"], row["text"], bank, scorer)
    return scored


def unscored(db: Database, bank: Bank, round_id: int | None = None, user_id: int | None = None,
             stage: str | None = None) -> list[Unscored]:
    """Speeches of running rounds stored without a card (of one round, member and stage if given),
    oldest first: the scoring worker's queue."""
    marks = ", ".join("?" * len(OPEN_STAGES))
    where = [f"r.stage IN ({marks})", "s.card IS NULL"]
    args: list[str | int] = list(OPEN_STAGES)
    for column, value in (("s.round_id", round_id), ("s.user_id", user_id), ("s.stage", stage)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    rows = q.rows(db, "SELECT s.round_id, s.user_id, s.stage, s.side, s.text FROM club_speeches s "
                      "JOIN club_rounds r ON r.id = s.round_id WHERE " + " AND ".join(where)
                  + " ORDER BY s.submitted_at", tuple(args))
    rounds: dict[int, Round] = {}
    found = []
    for row in rows:
        if row["round_id"] not in rounds:
            rounds[row["round_id"]] = q.load_round(db, row["round_id"])
        rnd = rounds[row["round_id"]]
        found.append(to_score(rnd, row["user_id"], row["stage"], row["side"], row["text"], bank))
    return found


def to_score(rnd: Round, user_id: int, stage: str, side: str, text: str, bank: Bank) -> Unscored:
    """What the scorer reads for this member's speech or reply."""
    return Unscored(rnd.id, user_id, stage, text.strip(), motion_of(rnd, bank),
                    "prop" if side == "prop" else "opp", rnd.rubric)


def store_card(db: Database, speech: Unscored, card: Scorecard) -> bool:
    """Keep the scoring worker's card if the speech is still the one it read and has no card yet
    (a second hand-in replaces the text, and its own card follows); whether it was kept. A spoken
    speech's card gains its Delivery section here."""
    rnd = q.load_round(db, speech.round_id)
    card = _with_delivery(db, rnd, speech.user_id, speech.stage, speech.text, card)
    with db.atomic():
        stored = db.execute(
            "UPDATE club_speeches SET card = ?, total = ?, scorer_version = ? WHERE round_id = ? "
            "AND user_id = ? AND stage = ? AND text = ? AND card IS NULL",
            (json.dumps(card.to_json()), card.total, card.scorer_version, speech.round_id, speech.user_id,
             speech.stage, speech.text)).rowcount
    return bool(stored)


def _with_delivery(db: Database, rnd: Round, user_id: int, stage: str, text: str,
                   card: Scorecard) -> Scorecard:
    """The card of a speech given as recordings, with its Delivery section against the round's
    speaking time (a written speech's card is unchanged)."""
    found = q.rows(db, "SELECT id FROM club_speeches WHERE round_id = ? AND user_id = ? AND stage = ? "
                       "AND text = ?", (rnd.id, user_id, stage, text.strip()))
    if not found:
        return card
    minutes = rnd.format.reply_minutes if stage == "reply" else None
    allowed = 60.0 * (minutes or rnd.format.speech_minutes)
    return spoken.card_with_delivery(db, found[0]["id"], card, allowed)


def motion_of(rnd: Round, bank: Bank) -> Motion:
    """The round's motion from the bank (or as typed, if the bank has dropped it)."""
    return bank.get(rnd.motion_id) or Motion.ad_hoc(rnd.motion_text)


def _score(text: str, rnd: Round, side: str, bank: Bank, scorer: Scorer) -> Scorecard | None:
    try:
        return scorer(text, motion_of(rnd, bank), "prop" if side == "prop" else "opp", rnd.rubric)
    except NotScoredYet:
        return None
    except Exception:  # the speech is stored either way; a card can be missing, a speech cannot
        log.exception("scoring a club speech failed (round %s)", rnd.id)
        return None
