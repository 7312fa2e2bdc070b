"""Club sessions in group chats: sign-up, the draw, timers, speeches, ballots, results, records.

Synchronous service functions taking the database first (adapters run them through
`Store.run`); plain values in and out; nothing here imports telegram.
"""

from bot.club.ballots import (
    BallotState,
    ballot,
    open_ballot,
    restart_ballot,
    set_band,
    set_comment,
    set_message,
    set_winner,
    submit_ballot,
)
from bot.club.model import (
    FORMATS,
    ClubError,
    Criterion,
    Format,
    Participant,
    Round,
    Scorer,
    Speech,
    Timer,
    Transition,
)
from bot.club.queries import active_round, active_round_id, load_round
from bot.club.records import (
    MotionStat,
    Standing,
    add_organiser,
    find_member,
    history,
    is_organiser,
    motion_stats,
    organisers,
    pick_motion,
    remove_organiser,
    standings,
)
from bot.club.rounds import (
    cancel,
    create_round,
    extend,
    fire_timer,
    join,
    pending,
    set_status_message,
    set_team,
    skip,
    start,
)
from bot.club.speeches import Opened, Received, focus, motion_of, open_private, receive_text, submit_speech

__all__ = [
    "FORMATS", "BallotState", "ClubError", "Criterion", "Format", "MotionStat", "Opened", "Participant",
    "Received", "Round", "Scorer", "Speech", "Standing", "Timer", "Transition", "active_round",
    "active_round_id", "add_organiser", "ballot", "cancel", "create_round", "extend", "find_member",
    "fire_timer", "focus", "history", "is_organiser", "join", "load_round", "motion_of", "motion_stats",
    "open_ballot", "open_private", "organisers", "pending", "pick_motion", "receive_text",
    "remove_organiser", "restart_ballot", "set_band", "set_comment", "set_message", "set_status_message",
    "set_team", "set_winner", "skip", "standings", "start", "submit_ballot", "submit_speech",
]
