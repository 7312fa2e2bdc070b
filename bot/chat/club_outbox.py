"""What a club round owes its members, stored in the outbox with the change that owes it.

`owe_step` turns a round's Transition into messages: the group's announcement (the draw,
notices, reveals and the result, laid end to end in as few messages as fit), each speaker's
scorecard and each adjudicator's ballot. `owe_last_minute` warns members whose drafts a deadline
will hand in, `owe_handed` writes the "time is up" notes to members whose drafts a deadline
handed in, `owe_late` a late speech's reveal and scorecard. They run on
the database thread inside the caller's transaction, so a round never moves on without its
messages owed (bot/chat/outbox.py delivers them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from sqlite_utils import Database

from bot import club
from bot.chat import club_render as render
from bot.chat.batching import Block, flow
from bot.chat.outbox import after_sent, owe_html

GROUP = "club_group"
CARD = "club_card"
BALLOT = "ballot"
NOTE = "club_note"


def owe_group(db: Database, rnd: club.Round, blocks: Iterable[Block | str], bot_username: str,
              now: float) -> None:
    """The blocks in as few group messages as fit; the round's buttons under the last one."""
    messages = flow(blocks)
    keyboard = render.running_keyboard(rnd, bot_username)
    for n, text in enumerate(messages):
        owe_html(db, rnd.chat_id, text, now, markup=keyboard if n == len(messages) - 1 else None,
                 kind=GROUP, ref=f"round:{rnd.id}")


def step_blocks(step: club.Transition, now: float, by: str | None = None) -> list[Block | str]:
    """The group's announcement of a step, in order, as blocks for `batching.flow`."""
    rnd = step.round
    blocks: list[Block | str] = []
    if "drawn" in step.events and "draw" in step.details:
        blocks.append(render.draw_message(rnd, step.details["draw"]))
    for event in step.events:
        if event in ("revealed", "replies_revealed"):
            kind = "📜 Speeches" if event == "revealed" else "↩️ Replies"
            blocks += render.reveal_blocks(rnd, step.revealed, f"{kind}, round #{rnd.id}")
        elif event == "result":
            blocks += render.result_blocks(rnd, step.details["result"])
        elif (line := render.event_line(event, rnd, now, step.details, by)) is not None:
            blocks.append(line)
    return blocks


def owe_step(
    db: Database, step: club.Transition, bot_username: str, now: float, by: str | None = None,
) -> None:
    """Everything a step owes: the group's announcement, speakers' scorecards, ballots."""
    rnd = step.round
    owe_group(db, rnd, step_blocks(step, now, by), bot_username, now)
    # Scorecards go out when adjudication opens, or with the result of a round that skipped it
    # (no adjudicators when the speeches closed); not again when a forgotten adjudicator's
    # leaving ends adjudication.
    revealed_now = bool({"revealed", "replies_revealed"} & set(step.events))
    skipped_adjudication = "result" in step.events and revealed_now
    if "adjudication_open" in step.events or (skipped_adjudication and not rnd.adjudicators()):
        for speech in rnd.speeches:
            owe_scorecard(db, rnd, speech, now)
    if "adjudication_open" in step.events:
        for adjudicator in rnd.adjudicators():
            owe_ballot(db, rnd, adjudicator.user_id, now)


def owe_scorecard(db: Database, rnd: club.Round, speech: club.Speech, now: float) -> None:
    """The bot's scorecard of a speech, privately to its speaker."""
    if speech.card is not None and speech.user_id > 0:  # a forgotten member's seat has no chat
        owe_html(db, speech.user_id, render.scorecard_message(rnd, speech.card), now, kind=CARD,
                 ref=f"round:{rnd.id}")


def owe_ballot(db: Database, rnd: club.Round, adjudicator_id: int, now: float) -> None:
    """An adjudicator's ballot (none for a seat whose member was forgotten or cannot adjudicate)."""
    if adjudicator_id <= 0:
        return
    with contextlib.suppress(club.ClubError), db.atomic():
        text, keyboard = render.ballot_message(club.open_ballot(db, rnd.id, adjudicator_id))
        owe_html(db, adjudicator_id, text, now, markup=keyboard, kind=BALLOT,
                 ref=f"{rnd.id}:{adjudicator_id}")


@after_sent(BALLOT)
def _remember_ballot(db: Database, ref: str, message_id: int) -> None:
    """The ballot's message is the one to edit as bands come in (unless one was opened since)."""
    round_id, adjudicator_id = (int(n) for n in ref.split(":"))
    club.set_message(db, round_id, adjudicator_id, message_id, replace=False)


def owe_handed(db: Database, handed: Iterable[club.Received], now: float) -> None:
    """Tell each member whose draft a deadline handed in what went in."""
    for got in handed:
        if got.speech is not None:
            what = "reply" if got.speech.stage == "reply" else "speech"
            owe_html(db, got.speech.user_id,
                     f"⏰ Time is up: I handed in the {what} you had sent "
                     f"({len(got.speech.text.split()):,} words) for round #{got.round.id}.", now,
                     kind=NOTE, ref=f"round:{got.round.id}")


LAST_MINUTE_NOTE = ("⏳ One minute left in round #{round_id}: your draft will be handed in as it stands "
                    "({words:,} words) at the deadline. Add to it until then, or send /done to hand it "
                    "in now.")


def owe_last_minute(db: Database, timer_id: int, due: Iterable[club.DraftDue], now: float) -> None:
    """Tell each member whose draft this deadline will hand in, once (keyed by timer and member,
    so a warning re-rung after a restart is not sent twice)."""
    for draft in due:
        owe_html(db, draft.user_id, LAST_MINUTE_NOTE.format(round_id=draft.round.id, words=draft.words), now,
                 kind=NOTE, ref=f"round:{draft.round.id}", key=f"last-minute:{timer_id}:{draft.user_id}")


def owe_late(db: Database, got: club.Received, user_id: int, bot_username: str, now: float) -> None:
    """A speech or reply handed in after its deadline: shown in the group at once (and, during
    adjudication, its scorecard to the speaker)."""
    rnd, speech = got.round, got.speech
    if speech is None:
        return
    speaker = rnd.participant(user_id)
    if speaker is None:  # a speech is only taken from a participant
        return
    what = "reply" if got.purpose == "reply" else "speech"
    heading = f"📜 Late {what} ({render.seat(speaker)}), round #{rnd.id}"
    owe_group(db, rnd, render.reveal_blocks(rnd, [speech], heading), bot_username, now)
    if rnd.stage == "adjudication":
        owe_scorecard(db, rnd, speech, now)
