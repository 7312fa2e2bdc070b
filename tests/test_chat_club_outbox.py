"""Club rounds through the outbox, end to end: flood waits, a failure or a restart in the middle of
an announcement, and parts that arrive at the deadline."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from clubfake import Club, drawn_round, hand_in, in_group, room
from fakebot import Call, FakeUser

from bot import club

__all__ = ["room"]  # the fixture

OUTBOX_STATE = ("SELECT COALESCE(SUM(sent_at IS NULL AND failed_at IS NULL), 0), "
                "COALESCE(SUM(sent_at IS NOT NULL), 0), COALESCE(SUM(failed_at IS NOT NULL), 0) FROM outbox")
SECRET = "{name} argues because night trains cut emissions, but journeys get slower. "


def says(needle: str):
    return lambda c: needle in c.text


def sent_to(room: Club, user: FakeUser, needle: str, since: int = 0) -> list[Call]:
    return [c for c in room.fake.calls_to("sendMessage", chat_id=user.id, since=since) if needle in c.text]


async def outbox_state(room: Club) -> tuple[int, int, int]:
    """(pending, sent, given up) messages in the outbox."""
    assert room.bot.store is not None
    return await room.bot.store.run(lambda db: db.execute(OUTBOX_STATE).fetchone())


async def delivered(room: Club, timeout: float = 10.0) -> None:
    """Wait until nothing is owed any more."""
    for _ in range(int(timeout / 0.05)):
        if (await outbox_state(room))[0] == 0:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"still owed: {await outbox_state(room)}")


async def assert_each_owed_message_sent_once(room: Club, speakers: list[FakeUser], since: int) -> None:
    await delivered(room)
    await asyncio.sleep(0.2)
    group = [c.text for c in room.fake.calls_to("sendMessage", chat_id=room.group.id, since=since)]
    assert len(group) == len(set(group)), "no group message twice"
    revealed = "\n".join(group)
    for user in speakers:
        assert SECRET.format(name=user.first_name).strip() in revealed, f"{user.first_name}'s speech revealed"
        assert len(sent_to(room, user, "Your scorecard", since)) == 1, user.first_name
    assert len(sent_to(room, room.judge, "Ballot", since)) == 1
    pending, sent, refused = await outbox_state(room)
    assert pending == refused == 0 and sent > 0


async def speeches_in(room: Club, speakers: list[FakeUser], words: int = 1) -> int:
    _card, rid, _draw = await drawn_round(room, speakers, room.judge)
    await room.bot.fire(rid, "prep_end")
    for user in speakers:
        await hand_in(room, user, rid, SECRET.format(name=user.first_name) * words)
    return rid


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own RetryAfter
async def test_a_flood_wait_on_a_private_scorecard_is_waited_out_and_sent_once(room: Club) -> None:
    fake, bot = room.fake, room.bot
    first, second = room.speakers[:2]
    rid = await speeches_in(room, [first, second])
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1,
              when=lambda p: p.get("chat_id") == first.id and "Your scorecard" in str(p.get("text")))
    mark = fake.mark()
    await bot.fire(rid, "speeches_end")
    card = await fake.wait_for("sendMessage", chat_id=first.id, predicate=says("Your scorecard"), timeout=10)
    refused = [c for c in fake.calls[mark:] if c.error and c.chat_id == first.id]
    assert len(refused) == 1 and card.at - refused[0].at >= 0.9, "sent again once Telegram's wait was over"
    other = sent_to(room, second, "Your scorecard", mark)
    assert other and other[0].at < card.at, "one chat's flood wait holds up no other chat"
    await assert_each_owed_message_sent_once(room, [first, second], mark)
    ballot = sent_to(room, room.judge, "Ballot", mark)[0]
    fake.press(room.judge, ballot, "all 3")
    edited = await fake.wait_for("editMessageText", chat_id=room.judge.id)
    assert edited.message_id == ballot.message_id, "the ballot's message id was kept when it was sent"


async def test_a_failure_mid_announce_then_a_restart_sends_every_owed_message_once(room: Club) -> None:
    fake, bot = room.fake, room.bot
    speakers = room.speakers
    rid = await speeches_in(room, speakers, words=25)  # ~2,000 characters each: several group messages
    group_calls: list[dict[str, Any]] = []

    def second_group_message(params: dict[str, Any]) -> bool:
        if params.get("chat_id") != room.group.id:
            return False
        group_calls.append(params)
        return len(group_calls) == 2

    fake.fail("sendMessage", 500, "Internal Server Error: test", when=second_group_message)
    mark = fake.mark()
    await bot.fire(rid, "speeches_end")
    while not [c for c in fake.calls[mark:] if c.error]:
        await asyncio.sleep(0.02)
    await bot.restart()  # the sender had not tried it again: the new run resumes where it stopped
    assert bot.round(rid).stage == "adjudication"
    await assert_each_owed_message_sent_once(room, speakers, mark)
    failed = next(c for c in fake.calls[mark:] if c.error)
    group = fake.calls_to("sendMessage", chat_id=room.group.id, since=mark)
    assert len(group) >= 2 and failed.text in [c.text for c in group], "refused, then sent after the restart"
    assert [c.text for c in group].index(failed.text) == 1, "in its place: the group's messages stay in order"


async def test_a_restart_right_at_the_close_of_speeches_loses_and_repeats_nothing(room: Club) -> None:
    bot = room.bot
    speakers = room.speakers[:3]
    rid = await speeches_in(room, speakers, words=10)
    mark = room.fake.mark()
    await bot.fire(rid, "speeches_end")
    await bot.restart()  # at once: some, all or none of the messages went out before it
    await assert_each_owed_message_sent_once(room, speakers, mark)
    await room.fake.wait_for("sendMessage", predicate=in_group(room, "Adjudication until"), since=mark)


async def _open_with_a_part(room: Club, user: FakeUser, rid: int, part: str) -> None:
    room.fake.command(user, f"/start round-{rid}")
    await room.fake.wait_for("sendMessage", chat_id=user.id, predicate=says("Send "))
    room.fake.message(user, part)
    await room.fake.wait_for("sendMessage", chat_id=user.id, predicate=says("words so far"))


async def _stored(room: Club, rid: int, user: FakeUser, needle: str) -> None:
    assert room.bot.store is not None
    while needle not in room.bot.store.call(club.draft_text, rid, user.id, "speech"):
        await asyncio.sleep(0.01)


async def test_a_part_at_the_deadline_is_in_the_round_or_told_it_came_late(room: Club) -> None:
    fake, bot = room.fake, room.bot
    early, racing, late = room.speakers[:3]
    _card, rid, _draw = await drawn_round(room, [early, racing, late])
    await bot.fire(rid, "prep_end")
    first = {u.id: f"{u.first_name} opens because trains are cleaner." for u in (early, racing, late)}
    second = {u.id: f"{u.first_name} closes because the night is free." for u in (early, racing, late)}
    for user in (early, racing, late):
        await _open_with_a_part(room, user, rid, first[user.id])
    mark = fake.mark()
    fake.message(early, second[early.id])
    await _stored(room, rid, early, second[early.id])
    fake.message(racing, second[racing.id])  # lands just before or just after the close
    await bot.fire(rid, "speeches_end")
    fake.message(late, second[late.id])
    fake.command(late, "/done")
    await fake.wait_for("sendMessage", predicate=in_group(room, "📜 Speeches"), since=mark)
    await fake.wait_for("sendMessage", chat_id=late.id, predicate=says("came too late"), since=mark)
    await delivered(room)
    await asyncio.sleep(0.5)  # past the acknowledgement's debounce

    rnd = bot.round(rid)
    for user in (early, racing, late):
        speech = rnd.speech(user.id)
        assert speech is not None and first[user.id] in speech.text, "what was sent in time is in the round"
        kept = second[user.id] in speech.text
        words = len(speech.text.split())
        told_late = sent_to(room, user, "came too late", mark)
        assert sent_to(room, user, f"Time is up: I handed in the speech you had sent ({words} words)", mark)
        acks = [c.text for c in sent_to(room, user, "words so far", mark)]
        if kept:
            assert not told_late, f"{user.first_name}: in the round, so not told it was late"
        else:
            assert told_late and f"({words} words)" in told_late[0].text, f"{user.first_name} is told"
            assert not any(f"Got it: {words + 7} words" in a for a in acks), "never acknowledged, then lost"
    assert second[early.id] in rnd.speech(early.id).text
    assert second[late.id] not in rnd.speech(late.id).text
    assert len(sent_to(room, late, "came too late", mark)) == 1, "told once; /done then goes to solo practice"


async def test_a_part_acknowledged_before_a_restart_is_handed_in_at_the_deadline(room: Club) -> None:
    fake, bot = room.fake, room.bot
    writer, other = room.speakers[:2]
    _card, rid, _draw = await drawn_round(room, [writer, other])
    await bot.fire(rid, "prep_end")
    await _open_with_a_part(room, writer, rid, "Rail wins because it is cleaner.")
    fake.message(writer, "And the sleeper berth is a hotel room saved.")
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=says("15 words so far"))
    await bot.restart()
    mark = fake.mark()
    await bot.fire(rid, "speeches_end")
    note = await fake.wait_for("sendMessage", chat_id=writer.id, predicate=says("Time is up"), since=mark)
    assert "(15 words)" in note.text
    reveal = await fake.wait_for("sendMessage", predicate=in_group(room, "📜 Speeches"), since=mark)
    assert "hotel room saved" in reveal.text
