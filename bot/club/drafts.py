"""A speech gathered over several private messages: each part is stored as it arrives, and the
draft becomes the speech on /done (or the Submit button), or by itself when its stage closes:
`close_at_deadline` hands in every draft and closes the stage in one transaction, so a part is
either stored before the close (and handed in with it) or finds the stage closed.

Telegram splits a long paste into several messages, so a speech is rarely one message.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from sqlite_utils import Database

from bot.club import queries as q
from bot.club.model import ClubError, Round, Scorer, Transition
from bot.club.rounds import fire_timer
from bot.club.speeches import Received, Unscored, focus, speaking_round, submit_speech, to_score, unscored
from bot.motions import Bank
from bot.speech_limits import check_speech_part, nothing_sent

# The stage-end timers whose stage's drafts are handed in when they fire.
CLOSING_TIMERS = {"speeches_end": ("speeches", "speech"), "rebuttal_end": ("rebuttal", "reply")}


@dataclass(frozen=True)
class Drafted:
    """A part added to a member's draft speech or reply (not handed in yet)."""

    round: Round
    purpose: str
    words: int


def draft_text(db: Database, round_id: int, user_id: int, stage: str) -> str:
    """The member's draft for this round's speech or reply ('' if none)."""
    found = q.rows(db, "SELECT text FROM club_drafts WHERE round_id = ? AND user_id = ? AND stage = ?",
                   (round_id, user_id, stage))
    return found[0]["text"] if found else ""


def receive_text(db: Database, user_id: int, text: str, now: float) -> Drafted | Received | None:
    """A private message for a round: a part of the speech or reply, or a ballot comment.

    None if the member's messages are not for a round (solo practice takes them).
    """
    target = focus(db, user_id)
    if target is None:
        return None
    round_id, purpose = target
    if purpose == "comment":
        from bot.club.ballots import set_comment
        return Received(set_comment(db, round_id, user_id, text), "comment")
    return add_part(db, round_id, user_id, text, purpose, now)


def add_part(db: Database, round_id: int, user_id: int, text: str, purpose: str, now: float) -> Drafted:
    """Append a part to the member's draft, stored at once (a restart loses nothing)."""
    rnd, _side = speaking_round(db, round_id, user_id)
    stage = "reply" if purpose == "reply" else "speech"
    if stage == "reply" and rnd.stage != "rebuttal":
        raise ClubError("The replies are closed; nothing was recorded.")
    part = text.strip()
    before = draft_text(db, round_id, user_id, stage)
    problem = check_speech_part(before, part, stage)  # the same limits as solo practice's
    if problem:
        raise ClubError(problem)
    draft = f"{before}\n\n{part}" if before and part else before or part
    with db.atomic():
        db.execute("INSERT INTO club_drafts (round_id, user_id, stage, text, updated_at) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id, user_id, stage) "
                   "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                   (round_id, user_id, stage, draft, now))
    return Drafted(rnd, stage, len(draft.split()))


def hand_in(
    db: Database, user_id: int, now: float, bank: Bank, scorer: Scorer | None, text: str | None = None,
) -> Received | None:
    """Hand in the member's draft (plus `text`, e.g. a .txt file, as its last part) as the speech.

    A second hand-in replaces the first; after the deadline it is marked late. None if the
    member's messages are not for a round's speech or reply.
    """
    target = focus(db, user_id)
    if target is None or target[1] == "comment":
        return None
    round_id, purpose = target
    stage = "reply" if purpose == "reply" else "speech"
    draft = draft_text(db, round_id, user_id, stage)
    if text and text.strip():
        draft = f"{draft}\n\n{text.strip()}" if draft else text.strip()
    if not draft:
        raise ClubError(nothing_sent(stage))
    got = submit_speech(db, round_id, user_id, draft, purpose, now, bank, scorer)
    _drop(db, round_id, user_id, stage)
    return got


@dataclass(frozen=True)
class Deadline:
    """What a stage-end timer did: the drafts it handed in, and the round's next step (None if
    the timer had nothing left to do)."""

    handed: tuple[Received, ...]
    step: Transition | None


def to_score_before(db: Database, timer_id: int, bank: Bank) -> list[Unscored]:
    """What must have a card before this timer closes its stage (a result may be decided from the
    cards): the drafts it will hand in and the round's speeches still without one. Nothing for a
    reminder, or a timer that no longer applies."""
    found = q.rows(db, "SELECT t.kind, t.fired, t.round_id, r.stage FROM club_timers t "
                       "JOIN club_rounds r ON r.id = t.round_id WHERE t.id = ?", (timer_id,))
    if not found or found[0]["fired"] or found[0]["kind"] in ("prep_half", "speeches_reminder"):
        return []
    round_id = found[0]["round_id"]
    due = unscored(db, bank, round_id)
    if found[0]["kind"] in CLOSING_TIMERS and found[0]["stage"] == CLOSING_TIMERS[found[0]["kind"]][0]:
        stage = CLOSING_TIMERS[found[0]["kind"]][1]
        rnd = q.load_round(db, round_id)
        for row in q.rows(db, "SELECT user_id, text FROM club_drafts WHERE round_id = ? AND stage = ?",
                          (round_id, stage)):
            me = rnd.participant(row["user_id"])
            if me is not None and me.side is not None and not me.skipped:
                due.append(to_score(rnd, row["user_id"], stage, me.side, row["text"], bank))
    return due


def close_at_deadline(db: Database, timer_id: int, now: float, bank: Bank, scorer: Scorer | None) -> Deadline:
    """A timer is due: hand in every draft left and close the stage, in one transaction. A part
    stored before it is in the round; one that comes after finds the stage closed."""
    with db.atomic():
        handed = hand_in_at_deadline(db, timer_id, bank, scorer)
        return Deadline(tuple(handed), fire_timer(db, timer_id, now))


def hand_in_at_deadline(db: Database, timer_id: int, bank: Bank, scorer: Scorer | None) -> list[Received]:
    """Before a stage-end timer closes speeches or replies: hand in every draft left, on time
    (as of its last part). Nothing happens for other timers or ones that no longer apply."""
    found = q.rows(db, "SELECT t.kind, t.fired, t.round_id, r.stage FROM club_timers t "
                       "JOIN club_rounds r ON r.id = t.round_id WHERE t.id = ?", (timer_id,))
    if not found or found[0]["fired"] or found[0]["kind"] not in CLOSING_TIMERS:
        return []
    round_stage, stage = CLOSING_TIMERS[found[0]["kind"]]
    round_id = found[0]["round_id"]
    if found[0]["stage"] != round_stage:
        return []
    handed: list[Received] = []
    drafts = q.rows(db, "SELECT user_id, text, updated_at FROM club_drafts "
                        "WHERE round_id = ? AND stage = ? ORDER BY updated_at", (round_id, stage))
    for row in drafts:
        # the member was skipped (or the draft breaks a speech limit, which its parts were checked
        # against as they came): the draft goes, nothing is recorded
        with contextlib.suppress(ClubError):
            handed.append(submit_speech(db, round_id, row["user_id"], row["text"], stage, row["updated_at"],
                                        bank, scorer))
        _drop(db, round_id, row["user_id"], stage)
    return handed


@dataclass(frozen=True)
class DraftDue:
    """A draft that a stage-end timer will hand in as it stands unless the member hands it in first."""

    round: Round
    user_id: int
    stage: str
    words: int


def drafts_due(db: Database, timer_id: int) -> list[DraftDue]:
    """The drafts this speech or reply deadline will hand in, if it is still to ring and its stage
    is running (whom to warn a minute before). Nothing for other timers."""
    found = q.rows(db, "SELECT t.kind, t.fired, t.round_id, r.stage FROM club_timers t "
                       "JOIN club_rounds r ON r.id = t.round_id WHERE t.id = ?", (timer_id,))
    if not found or found[0]["fired"] or found[0]["kind"] not in CLOSING_TIMERS:
        return []
    round_stage, stage = CLOSING_TIMERS[found[0]["kind"]]
    if found[0]["stage"] != round_stage:
        return []
    rnd = q.load_round(db, found[0]["round_id"])
    due = []
    for row in q.rows(db, "SELECT user_id, text FROM club_drafts WHERE round_id = ? AND stage = ? "
                          "ORDER BY user_id", (rnd.id, stage)):
        me = rnd.participant(row["user_id"])
        if me is not None and me.side is not None and not me.skipped and row["text"].strip():
            due.append(DraftDue(rnd, row["user_id"], stage, len(row["text"].split())))
    return due


def _drop(db: Database, round_id: int, user_id: int, stage: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM club_drafts WHERE round_id = ? AND user_id = ? AND stage = ?",
                   (round_id, user_id, stage))
