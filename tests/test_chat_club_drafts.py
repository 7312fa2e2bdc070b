"""A club speech pasted as several messages: gathered into a draft, handed in with /done or the
Submit button, or by itself at the deadline (across a restart)."""

from __future__ import annotations

import asyncio

from clubfake import Club, drawn_round, group_text, in_group, room

__all__ = ["room"]  # the fixture

PARTS = ("First, night trains cut emissions because rail is clean.",
         "Second, stations sit in city centres, so journeys start where people live.",
         "Finally, the other side will say it is slower, but a night spent asleep is not lost.")


async def test_a_pasted_speech_in_three_messages_gets_one_acknowledgement_and_is_handed_in_whole(
    room: Club,
) -> None:
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:2])
    writer = room.speakers[0]
    fake.command(writer, f"/start round-{rid}")
    prompt = await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Send " in c.text)
    assert "/done" in prompt.text
    mark = fake.mark()
    sent = [fake.message(writer, part) for part in PARTS]
    ack = await fake.wait_for("sendMessage", chat_id=writer.id, since=mark,
                              predicate=lambda c: "words so far" in c.text)
    words = sum(len(p.split()) for p in PARTS)
    assert f"Got it: {words} words so far" in ack.text
    await asyncio.sleep(0.5)  # longer than the acknowledgement's quiet spell
    assert len([t for t in fake.sent_texts(writer.id, since=mark) if "so far" in t]) == 1, "one per burst"
    assert bot.round(rid).speech(writer.id) is None, "not handed in before Submit"
    status = await fake.wait_for("editMessageText", chat_id=room.group.id, since=mark,
                                 predicate=lambda c: "writing" in c.text)
    line = next(ln for ln in status.text.splitlines() if writer.first_name in ln)
    assert "✍️ writing" in line and not any(p in status.text for p in PARTS)

    fake.edit(writer, sent[0], "First, an edited opening.")
    note = await fake.wait_for("sendMessage", chat_id=writer.id)
    assert "that edit isn't in your speech" in note.text

    fake.press(writer, ack, "Submit speech")
    got = await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Got your" in c.text)
    assert f"({words} words)" in got.text and "marked late" not in got.text
    assert bot.round(rid).speech(writer.id).text == "\n\n".join(PARTS)

    fake.message(writer, "A shorter second version, because less is more.")
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "so far" in c.text)
    fake.command(writer, "/done")
    again = await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Got your" in c.text)
    assert "replaces your earlier one" in again.text
    assert bot.round(rid).speech(writer.id).text == "A shorter second version, because less is more."

    fake.command(writer, "/done")
    empty = await fake.wait_for("sendMessage", chat_id=writer.id)
    assert "Nothing to hand in yet" in empty.text
    assert not any(p in group_text(fake, room.group.id) for p in PARTS), "nothing leaks before the deadline"


async def test_a_draft_left_without_done_survives_a_restart_and_is_handed_in_on_time_at_the_deadline(
    room: Club,
) -> None:
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:2], room.judge)
    await bot.fire(rid, "prep_end")
    writer = room.speakers[1]
    fake.command(writer, f"/start round-{rid}")
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Send " in c.text)
    for part in PARTS[:2]:
        fake.message(writer, part)
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "so far" in c.text)

    await bot.restart()
    fake.message(writer, PARTS[2])
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "so far" in c.text)
    await bot.fire(rid, "speeches_end")
    told = await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Time is up" in c.text)
    assert f"round #{rid}" in told.text
    reveal = await fake.wait_for("sendMessage", predicate=in_group(room, "📜 Speeches"))
    assert all(part in reveal.text for part in PARTS)
    speech = bot.round(rid).speech(writer.id)
    assert speech is not None and not speech.late
    assert speech.text == "\n\n".join(PARTS)
