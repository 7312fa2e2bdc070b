"""Stored rows read back by column name: open drills, owed messages, debaters and their speeches;
and the club harness built as the bot is (typed context, one set of shared services)."""

from __future__ import annotations

import random
from pathlib import Path

from botrunner import shipped_bank
from clubfake import Club, room  # noqa: F401  (the fixture)

from bot import outbox
from bot.chat.club_runtime import runtime
from bot.chat.context import DebateContext, services_of
from bot.chat.outbox import sender
from bot.clock import FakeClock
from bot.config import Settings
from bot.drills import Drill, Drills
from bot.motions import Bank
from bot.practice import Draw, Practice
from bot.storage import open_database

MOTION = "swift-landlord-duties"


def test_an_open_drill_comes_back_as_it_was_set_even_after_its_motion_leaves_the_bank() -> None:
    db, clock, bank = open_database(":memory:"), FakeClock(), shipped_bank()
    practice = Practice(bank, Settings(), clock)
    person = practice.person(db, "terminal:ada", "Ada")
    drills = Drills(bank, Settings(), clock, rng=random.Random(5))
    drill = drills.set(db, person, "weighing", MOTION)
    assert isinstance(drill, Drill) and drill.point is not None and drill.own_point is not None

    found = drills.open(db, person)
    assert found is not None
    assert (found.id, found.kind, found.motion.id, found.side) == (drill.id, "weighing", MOTION, drill.side)
    assert (found.point, found.own_point) == (drill.point, drill.own_point)
    assert (found.created_at, found.due_at) == (drill.created_at, drill.due_at)

    without = Drills(Bank(tuple(m for m in bank.motions if m.id != MOTION)), Settings(), clock)
    kept = without.open(db, person)
    assert kept is not None, "a drill set before the bank changed can still be answered"
    assert kept.motion.text == drill.motion.text and kept.side == drill.side
    assert kept.point is not None and kept.point.claim == drill.point.claim
    assert kept.own_point is not None and kept.own_point.claim == drill.own_point.claim


def test_an_owed_message_reads_back_whole_and_its_outcome_counts_each_end(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bot.db")
    with db.atomic():
        sent = outbox.owe(db, 7, "<b>Scorecard</b>", 1.0, kind="scorecard", ref="attempt:3")
        dropped = outbox.owe(db, 8, "part two", 1.0, kind="scorecard", ref="attempt:3", parse_mode=None)
        outbox.owe(db, 9, "still owed", 1.0, kind="scorecard", ref="attempt:3", reply_markup='{"k": 1}')
    assert sent is not None and dropped is not None
    head = outbox.next_in(db, 7)
    assert head is not None
    assert (head.id, head.chat_id, head.text, head.parse_mode, head.reply_markup, head.kind, head.ref,
            head.tries, head.not_before) == (sent, 7, "<b>Scorecard</b>", "HTML", None, "scorecard",
                                             "attempt:3", 0, 0)
    assert outbox.mark_sent(db, sent, 2.0, 77)
    outbox.give_up(db, dropped, 2.0, "Forbidden: bot was blocked by the user")
    assert outbox.outcome(db, "scorecard", "attempt:3") == (1, 1, 1)
    assert outbox.pending_for(db, "scorecard", "attempt:3") == 1
    assert [(o.chat_id, o.reply_markup) for o in outbox.due(db)] == [(9, '{"k": 1}')]


def test_a_debater_and_their_handed_in_speeches_are_found_by_key() -> None:
    db, clock = open_database(":memory:"), FakeClock()
    practice = Practice(shipped_bank(), Settings(prep_minutes=4), clock, rng=random.Random(2))
    assert practice.known(db, "terminal:bo") is None, "looking someone up never creates them"
    bo = practice.person(db, "terminal:bo", "Bo")
    assert (bo.key, bo.name, bo.prep_minutes) == ("terminal:bo", "Bo", 4)
    practice.update_settings(db, bo, prep_minutes=0)
    again = practice.known(db, "terminal:bo")
    assert again is not None and (again.id, again.prep_minutes, again.rubric) == (bo.id, 0, bo.rubric)

    handed: list[int] = []
    for words in ("First speech because reasons.", "Second speech because more reasons."):
        draw = practice.draw(db, bo, motion_id=MOTION)
        assert isinstance(draw, Draw)
        clock.advance(5)
        handed.append(practice.submit(db, bo, words).id)
    assert practice.unscored(db) == handed, "oldest first"
    assert practice.owner_key(db, handed[1]) == "terminal:bo"
    assert practice.owner_key(db, 404) is None


async def test_the_club_harness_runs_on_the_typed_context_and_one_set_of_services(
    room: Club,  # noqa: F811
) -> None:
    app = room.bot.app
    assert app is not None
    assert app.context_types.context is DebateContext
    shared = services_of(app)
    assert runtime(app).store is shared.store is sender(app).store is room.bot.store
    assert runtime(app).pool() is shared.scoring
