"""A round's life: sign-up, the draw, prep, speeches, replies, adjudication; timers and controls."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from sqlite_utils import Database

from bot.club import queries as q
from bot.club.model import FORMATS, ClubError, Criterion, Round, RoundTimer, Speech, Transition
from bot.club.records import ensure_member, history, remembered_team
from bot.club.results import finish_round
from bot.draw import Entrant, make_draw
from bot.motions import Motion

# Which stage each timer belongs to: a timer of a stage the round has left does nothing.
TIMER_STAGES = {
    "prep_half": "prep", "prep_end": "prep",
    "speeches_reminder": "speeches", "speeches_end": "speeches",
    "rebuttal_end": "rebuttal", "adjudication_end": "adjudication",
}
STAGE_END_TIMERS = {"prep": "prep_end", "speeches": "speeches_end", "rebuttal": "rebuttal_end",
                    "adjudication": "adjudication_end"}


def create_round(
    db: Database, chat_id: int, title: str, user_id: int, motion: Motion, format_name: str,
    rubric: str, criteria: Sequence[Criterion], seconds: Callable[[float], float], now: float,
) -> Round:
    """Open sign-up for a new round in a chat that has none running."""
    fmt = FORMATS.get(format_name.lower())
    if fmt is None:
        raise ClubError(f"Unknown format. Choose one of: {', '.join(FORMATS)}.")
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO club_chats (chat_id, title, created_at) VALUES (?, ?, ?)",
                   (chat_id, title, now))
        if q.active_round_id(db, chat_id) is not None:
            raise ClubError("A round is already running here. Finish it or /cancel it first.")
        cursor = db.execute(
            """INSERT INTO club_rounds (chat_id, motion_id, motion_text, format, rubric, criteria, stage,
               created_by, created_at, prep_seconds, speech_seconds, reply_seconds, adjudication_seconds)
               VALUES (?, ?, ?, ?, ?, ?, 'signup', ?, ?, ?, ?, ?, ?)""",
            (chat_id, motion.id, motion.text, fmt.name, rubric,
             json.dumps([{"id": c.id, "name": c.name} for c in criteria]), user_id, now,
             seconds(fmt.prep_minutes), seconds(fmt.speech_minutes),
             seconds(fmt.reply_minutes) if fmt.reply_minutes else None, seconds(fmt.adjudication_minutes)),
        )
    return q.load_round(db, int(cursor.lastrowid or 0))


def set_status_message(db: Database, round_id: int, message_id: int) -> None:
    """Remember the group message the bot keeps editing for this round."""
    with db.atomic():
        db.execute("UPDATE club_rounds SET status_message_id = ? WHERE id = ?", (message_id, round_id))


def join(
    db: Database, round_id: int, user_id: int, name: str, role: str, now: float,
    username: str | None = None,
) -> tuple[Round, bool]:
    """Join as speaker or adjudicator (pressing again leaves); returns the round and whether joined."""
    rnd = q.load_round(db, round_id)
    if not rnd.is_open:
        raise ClubError("This round is over. Ask an organiser to start a new one with /session.")
    current = rnd.participant(user_id)
    if role == "speaker" and rnd.stage != "signup":
        raise ClubError("The draw is already made; you can join the next round as a speaker.")
    if role == "adjudicator" and rnd.stage not in ("signup", "prep", "speeches", "rebuttal"):
        raise ClubError("Adjudication has started; join the next round.")
    if current is not None and current.role == role:
        if rnd.stage != "signup":
            raise ClubError(f"You are already in as {role}.")
        with db.atomic():
            db.execute("DELETE FROM club_participants WHERE round_id = ? AND user_id = ?",
                       (round_id, user_id))
        return q.load_round(db, round_id), False
    if current is not None and rnd.stage != "signup":
        raise ClubError("You are a speaker in this round, so you cannot adjudicate it.")
    cap = rnd.format.max_speakers
    if role == "speaker" and cap is not None and len(rnd.speakers()) >= cap:
        raise ClubError(f"All {cap} speaker places are taken. You can join as adjudicator.")
    team = _club_team_with_room(db, rnd, user_id) if role == "speaker" else None
    with db.atomic():
        ensure_member(db, rnd.chat_id, user_id, name, username)
        db.execute(
            """INSERT INTO club_participants (round_id, user_id, name, role, team, joined_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (round_id, user_id) DO UPDATE SET role = excluded.role, team = excluded.team""",
            (round_id, user_id, name, role, team, now),
        )
    return q.load_round(db, round_id), True


def _club_team_with_room(db: Database, rnd: Round, user_id: int) -> str | None:
    """The member's club team, for a team format, while the round has a seat left in it."""
    team = remembered_team(db, rnd.chat_id, user_id) if rnd.format.team_size else None
    if team is None:
        return None
    size = sum(1 for p in rnd.speakers() if p.team and p.team.casefold() == team.casefold())
    return team if size < (rnd.format.team_size or 0) else None


def set_team(db: Database, round_id: int, user_id: int, name: str, team: str, now: float) -> Round:
    """Join (or stay) as a speaker in a named team, so the draw keeps the team together."""
    rnd = q.load_round(db, round_id)
    if rnd.format.team_size is None:
        raise ClubError("Open rounds have no teams; just join as a speaker.")
    team = team_name(team)
    current = rnd.participant(user_id)
    if current is None or current.role != "speaker":
        rnd, _ = join(db, round_id, user_id, name, "speaker", now)
    size = sum(1 for p in rnd.speakers()
               if p.team and p.team.casefold() == team.casefold() and p.user_id != user_id)
    if size >= (rnd.format.team_size or 0):
        raise ClubError(f"Team {team} is full ({size} speakers).")
    with db.atomic():
        db.execute("UPDATE club_participants SET team = ? WHERE round_id = ? AND user_id = ?",
                   (team, round_id, user_id))
    return q.load_round(db, round_id)


def team_name(typed: str) -> str:
    """A team's name as typed, tidied (spaces collapsed, at most 40 characters)."""
    team = " ".join(typed.split())[:40]
    if not team:
        raise ClubError("Give your team a name, e.g. /team Owls")
    return team


def start(db: Database, round_id: int, now: float, seed: int) -> Transition:
    """Make the draw from the members' history in this club, and start prep."""
    rnd = q.load_round(db, round_id)
    if rnd.stage != "signup":
        raise ClubError("This round has already started.")
    speakers = rnd.speakers()
    if len(speakers) < rnd.format.min_speakers:
        raise ClubError(
            f"A {rnd.format.name} round needs {rnd.format.min_speakers} speakers; "
            f"{len(speakers)} joined so far."
        )
    entrants = [Entrant(p.user_id, p.name, p.team) for p in speakers]
    draw = make_draw(entrants, history(db, rnd.chat_id), rnd.format.team_size, seed)
    with db.atomic():
        for seat in draw.seats:
            db.execute(
                "UPDATE club_participants SET side = ?, position = ?, team = ? "
                "WHERE round_id = ? AND user_id = ?",
                (seat.side, seat.position, seat.team, round_id, seat.user_id),
            )
        db.execute(
            "INSERT INTO club_draws (round_id, seed, reasons, drawn_at) VALUES (?, ?, ?, ?)",
            (round_id, seed, json.dumps({str(s.user_id): s.reason for s in draw.seats}), now),
        )
        db.execute("UPDATE club_rounds SET started_at = ? WHERE id = ?", (now, round_id))
        deadline = now + rnd.prep_seconds
        q.set_stage(db, round_id, "prep", deadline)
        timers = (q.add_timer(db, round_id, "prep_half", now + rnd.prep_seconds / 2),
                  q.add_timer(db, round_id, "prep_end", deadline))
    return Transition(q.load_round(db, round_id), ("drawn",), timers=timers, details={"draw": draw})


def fire_timer(db: Database, timer_id: int, now: float) -> Transition | None:
    """Run a timer once: a reminder or the end of a stage. None if it has nothing left to do."""
    found = q.rows(db, "SELECT * FROM club_timers WHERE id = ?", (timer_id,))
    if not found or found[0]["fired"]:
        return None
    timer = found[0]
    with db.atomic():
        db.execute("UPDATE club_timers SET fired = 1 WHERE id = ?", (timer_id,))
        rnd = q.load_round(db, timer["round_id"])
        if rnd.stage != TIMER_STAGES.get(timer["kind"]):
            return None
        kind = timer["kind"]
        if kind in ("prep_half", "speeches_reminder"):
            return Transition(rnd, (kind,))
        return _close_stage(db, rnd, now)


def _close_stage(db: Database, rnd: Round, now: float) -> Transition:
    """End the round's current stage and open the next one (inside the caller's transaction)."""
    q.retire_timers(db, rnd.id)
    if rnd.stage == "prep":
        deadline = now + rnd.speech_seconds
        q.set_stage(db, rnd.id, "speeches", deadline)
        timers = (q.add_timer(db, rnd.id, "speeches_reminder", now + rnd.speech_seconds * 0.75),
                  q.add_timer(db, rnd.id, "speeches_end", deadline))
        return Transition(q.load_round(db, rnd.id), ("speeches_open",), timers=timers)
    if rnd.stage == "speeches":
        q.clear_focus(db, rnd.id, now, ("speech",))
        revealed = _reveal(db, rnd.id, "speech")
        if rnd.reply_seconds:
            deadline = now + rnd.reply_seconds
            q.set_stage(db, rnd.id, "rebuttal", deadline)
            timer = q.add_timer(db, rnd.id, "rebuttal_end", deadline)
            return Transition(q.load_round(db, rnd.id), ("revealed", "rebuttal_open"), revealed, (timer,))
        return _open_adjudication(db, rnd, now, revealed, ("revealed",))
    if rnd.stage == "rebuttal":
        revealed = _reveal(db, rnd.id, "reply")
        return _open_adjudication(db, rnd, now, revealed, ("replies_revealed",))
    if rnd.stage == "adjudication":
        return _finish(db, rnd.id, now, ())
    raise ClubError("This round has no running timer.")


def _reveal(db: Database, round_id: int, stage: str) -> tuple[Speech, ...]:
    """Mark this stage's speeches revealed and return them."""
    db.execute("UPDATE club_speeches SET revealed = 1 WHERE round_id = ? AND stage = ?", (round_id, stage))
    return tuple(s for s in q.load_round(db, round_id).speeches if s.stage == stage)


def _open_adjudication(
    db: Database, rnd: Round, now: float, revealed: tuple[Speech, ...], events: tuple[str, ...],
) -> Transition:
    q.clear_focus(db, rnd.id, now, ("speech", "reply"))
    if not rnd.adjudicators():
        return _finish(db, rnd.id, now, revealed, events)
    deadline = now + rnd.adjudication_seconds
    q.set_stage(db, rnd.id, "adjudication", deadline)
    timer = q.add_timer(db, rnd.id, "adjudication_end", deadline)
    return Transition(q.load_round(db, rnd.id), (*events, "adjudication_open"), revealed, (timer,))


def _finish(
    db: Database, round_id: int, now: float, revealed: tuple[Speech, ...], events: tuple[str, ...] = (),
) -> Transition:
    q.retire_timers(db, round_id)
    q.clear_focus(db, round_id, now)
    result = finish_round(db, round_id, now)
    return Transition(q.load_round(db, round_id), (*events, "result"), revealed, details={"result": result})


def close_adjudication_if_complete(db: Database, round_id: int, now: float) -> Transition | None:
    """Give the result as soon as every adjudicator has handed in a ballot."""
    rnd = q.load_round(db, round_id)
    if rnd.stage != "adjudication" or len(rnd.ballots_in) < len(rnd.adjudicators()):
        return None
    with db.atomic():
        return _finish(db, round_id, now, ())


def cancel(db: Database, round_id: int, now: float) -> Transition:
    """Cancel the round; nothing of it counts in the club's record."""
    rnd = q.load_round(db, round_id)
    if not rnd.is_open:
        raise ClubError("This round is already over.")
    with db.atomic():
        q.retire_timers(db, round_id)
        q.clear_focus(db, round_id, now)
        db.execute("UPDATE club_rounds SET stage = 'cancelled', finished_at = ?, stage_deadline = NULL "
                   "WHERE id = ?", (now, round_id))
    return Transition(q.load_round(db, round_id), ("cancelled",))


def extend(db: Database, round_id: int, extra_seconds: float, now: float) -> Transition:
    """Push the running stage's deadline back; its reminders are dropped."""
    rnd = q.load_round(db, round_id)
    if rnd.stage not in STAGE_END_TIMERS or rnd.stage_deadline is None:
        raise ClubError("There is no timer to extend yet: start the round first.")
    deadline = max(rnd.stage_deadline, now) + extra_seconds
    with db.atomic():
        q.retire_timers(db, round_id)
        q.set_stage(db, round_id, rnd.stage, deadline)
        timer = q.add_timer(db, round_id, STAGE_END_TIMERS[rnd.stage], deadline)
    return Transition(q.load_round(db, round_id), ("extended",), timers=(timer,),
                      details={"extra_seconds": extra_seconds})


def skip(db: Database, round_id: int, user_id: int, now: float) -> Transition:
    """Stop waiting for a speaker; if everyone else has spoken, the speeches close now."""
    rnd = q.load_round(db, round_id)
    target = rnd.participant(user_id)
    if target is None or target.role != "speaker":
        raise ClubError("That member is not a speaker in this round.")
    if rnd.stage in ("signup", "adjudication") or not rnd.is_open:
        raise ClubError("Skipping is for speakers who have not spoken during prep or speeches.")
    if target.skipped:
        raise ClubError(f"{target.name} is already skipped.")
    if rnd.speech(user_id) is not None:
        raise ClubError(f"{target.name} has already handed in a speech.")
    with db.atomic():
        db.execute("UPDATE club_participants SET skipped = 1 WHERE round_id = ? AND user_id = ?",
                   (round_id, user_id))
        db.execute("DELETE FROM club_focus WHERE round_id = ? AND user_id = ?", (round_id, user_id))
        rnd = q.load_round(db, round_id)
        if rnd.stage == "speeches" and not rnd.missing():
            step = _close_stage(db, rnd, now)
            return Transition(step.round, ("skipped", *step.events), step.revealed, step.timers,
                              {"skipped": target.name, **step.details})
    return Transition(rnd, ("skipped",), details={"skipped": target.name})


def pending(db: Database) -> list[RoundTimer]:
    """Every timer to re-arm at start-up (a restart loses no deadline)."""
    return q.pending_timers(db)
