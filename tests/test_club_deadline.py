"""A club speech drafted but not handed in: the speaker is told a minute before the deadline that
the draft goes in as it stands, once (also across a restart), and it is handed in at the deadline."""

from __future__ import annotations

import asyncio

from clubfake import Club, drawn_round, hand_in, in_group, room

from bot import club
from bot.chat.club_runtime import LAST_MINUTE

__all__ = ["room"]  # the fixture

PARTS = ("Night trains cut emissions because rail is clean.",
         "Stations sit in city centres, but airports do not.")
AS_IT_STANDS = "your draft will be handed in as it stands"


async def _warn(room: Club, round_id: int, timeout: float = 5.0) -> float:
    """Run the last-minute warning of the round's speech deadline now; when it was due to run."""
    bot = room.bot
    assert bot.store is not None and bot.app is not None
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        timers = [t for t in bot.store.call(club.pending)
                  if t.round_id == round_id and t.kind == "speeches_end"]
        jobs = [j for t in timers
                for j in bot.app.job_queue.get_jobs_by_name(f"club-last-minute-timer-{t.id}")]
        if jobs:
            due = jobs[0].next_t
            assert due is not None
            await jobs[0].run(bot.app)
            return due.timestamp()
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"no last-minute warning armed for round {round_id}: {timers}")
        await asyncio.sleep(0.02)


async def test_a_draft_gets_one_warning_a_minute_before_the_deadline_and_is_handed_in_as_it_stands(
    room: Club,
) -> None:
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:3])
    await bot.fire(rid, "prep_end")
    writer, finished, silent = room.speakers[:3]
    await hand_in(room, finished, rid, "A speech handed in with /done, because it was ready.")
    fake.command(writer, f"/start round-{rid}")
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Send " in c.text)
    for part in PARTS:
        fake.message(writer, part)
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "so far" in c.text)

    mark = fake.mark()
    due = await _warn(room, rid)
    stage_deadline = bot.round(rid).stage_deadline
    assert stage_deadline is not None and abs(stage_deadline - LAST_MINUTE - due) < 2.0, "a minute before"
    warning = await fake.wait_for("sendMessage", chat_id=writer.id, since=mark,
                                  predicate=lambda c: AS_IT_STANDS in c.text)
    words = sum(len(p.split()) for p in PARTS)
    assert f"round #{rid}" in warning.text and f"({words} words)" in warning.text and "/done" in warning.text
    await asyncio.sleep(0.3)
    for other in (finished, silent):  # a speech already in, or nothing written: no warning
        assert not [t for t in fake.sent_texts(other.id, since=mark) if AS_IT_STANDS in t]
    assert bot.round(rid).speech(writer.id) is None, "the warning hands nothing in"

    await bot.restart()  # the warning is re-armed from the stored deadline, and not sent twice
    mark = fake.mark()
    await _warn(room, rid)
    await asyncio.sleep(0.3)
    assert not [t for t in fake.sent_texts(writer.id, since=mark) if AS_IT_STANDS in t]

    await bot.fire(rid, "speeches_end")
    told = await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Time is up" in c.text)
    assert f"({words} words)" in told.text
    await fake.wait_for("sendMessage", predicate=in_group(room, "📜 Speeches"))
    speech = bot.round(rid).speech(writer.id)
    assert speech is not None and not speech.late and speech.text == "\n\n".join(PARTS)


async def test_an_extended_deadline_moves_the_warning_with_it(room: Club) -> None:
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:2])
    await bot.fire(rid, "prep_end")
    writer = room.speakers[0]
    fake.command(writer, f"/start round-{rid}")
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Send " in c.text)
    fake.message(writer, PARTS[0])
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "so far" in c.text)
    assert bot.app is not None and bot.store is not None
    old = [t for t in bot.store.call(club.pending) if t.kind == "speeches_end"]

    fake.command(room.admin, "/extend 5", chat=room.group)
    await fake.wait_for("sendMessage", predicate=in_group(room, "Extended by 5 min"))
    mark = fake.mark()
    for job in bot.app.job_queue.get_jobs_by_name(f"club-last-minute-timer-{old[0].id}"):
        await job.run(bot.app)  # the old deadline's warning: that deadline is gone
    await asyncio.sleep(0.3)
    assert not [t for t in fake.sent_texts(writer.id, since=mark) if AS_IT_STANDS in t]
    due = await _warn(room, rid)  # the new deadline's
    stage_deadline = bot.round(rid).stage_deadline
    assert stage_deadline is not None and abs(stage_deadline - LAST_MINUTE - due) < 2.0
    await fake.wait_for("sendMessage", chat_id=writer.id, since=mark,
                        predicate=lambda c: AS_IT_STANDS in c.text)
