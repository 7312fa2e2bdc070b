"""Organiser controls end to end (extend, skip, organisers, /round) and two clubs at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from clubfake import Club, ClubBot, drawn_round, hand_in, in_group, join, open_round, room, start
from fakebot import FakeBotApi

__all__ = ["room"]  # the fixture


async def test_extend_and_skip_are_announced(room: Club) -> None:
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:3])
    before = bot.round(rid).stage_deadline
    fake.command(room.admin, "/extend 3", chat=room.group)
    extended = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "Extended by 3 min (by Ana)" in extended.text
    assert bot.round(rid).stage_deadline == before + 180
    fake.command(room.admin, "/extend soon", chat=room.group)
    assert "Use /extend MINUTES" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text

    await bot.fire(rid, "prep_end")
    for user in room.speakers[:2]:
        await hand_in(room, user, rid, f"{user.first_name} has a speech because of course.")
    fake.command(room.speakers[0], "/skip @dot", chat=room.group)
    assert "Only chat administrators" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    fake.command(room.admin, "/skip @dot", chat=room.group)
    skipped = await fake.wait_for("sendMessage", predicate=in_group(room, "skipped"))
    assert "Dot is skipped in this round (by Ana)" in skipped.text
    await fake.wait_for("sendMessage", predicate=in_group(room, "📜 Speeches"))
    result = await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    assert "Dot: skipped" in result.text


async def test_organisers_list_and_remove_and_round_reposts(room: Club) -> None:
    fake = room.fake
    fake.command(room.admin, "/organisers", chat=room.group)
    assert "No organisers yet" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    fake.command(room.admin, "/organisers add @cal", chat=room.group)
    unknown = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "can't tell who @cal is" in unknown.text, "Cal has never shown up here"
    fake.command(room.speakers[1], "/standings", chat=room.group)  # now the bot has seen Cal
    await fake.wait_for("sendMessage", chat_id=room.group.id)
    fake.command(room.admin, "/organisers add @cal", chat=room.group)
    assert "@cal is now an organiser" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    fake.command(room.speakers[0], "/organisers", chat=room.group)
    assert "@cal" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    fake.command(room.admin, "/organisers remove @cal", chat=room.group)
    assert "no longer" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    fake.command(room.speakers[1], "/session", chat=room.group)
    assert "Only chat administrators" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text

    fake.command(room.admin, "/round", chat=room.group)
    assert "No round is running" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    card, rid = await open_round(room, "education 1v1")
    assert "ban homework" in card.text and "1v1" in card.text
    fake.command(room.speakers[0], "/round", chat=room.group)
    again = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert f"Club round #{rid}" in again.text and any("Join as speaker" in b.text for b in again.buttons)
    fake.command(room.admin, "/session astrology", chat=room.group)
    assert "No motion or tag" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text


async def test_two_groups_run_rounds_independently(tmp_path: Path) -> None:
    async with FakeBotApi() as fake:
        admin = fake.user("Ana", "ana")
        members = [fake.user(n, n.lower()) for n in ("Bea", "Cal", "Dot", "Eli")]
        bot = await ClubBot(fake, tmp_path / "two.db").start()
        try:
            north = Club(fake, bot, fake.group("North", admins=[admin]), admin, members[:2], members[0])
            south = Club(fake, bot, fake.group("South", admins=[admin]), admin, members[2:], members[2])
            rounds = {}
            for room_ in (north, south):
                _card, rid, _draw = await drawn_round(room_, room_.speakers)
                rounds[room_.group.id] = rid
            await bot.fire(rounds[north.group.id], "prep_end")
            await fake.wait_for("sendMessage", predicate=in_group(north, "Speeches are open"))
            assert bot.round(rounds[south.group.id]).stage == "prep"
            await bot.fire(rounds[north.group.id], "speeches_end")
            await fake.wait_for("sendMessage", predicate=in_group(north, "🏁"))
            assert not fake.calls_to("sendMessage", chat_id=south.group.id, since=0)[2:], "south stays quiet"
            assert bot.round(rounds[south.group.id]).stage == "prep"
        finally:
            await bot.stop()


async def test_adjudicator_opens_the_ballot_from_the_group_button(room: Club) -> None:
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:2], room.judge)
    fake.command(room.judge, f"/start round-{rid}")
    early = await fake.wait_for("sendMessage", chat_id=room.judge.id)
    assert "ballot opens when the speeches are in" in early.text
    await bot.fire(rid, "prep_end")
    await bot.fire(rid, "speeches_end")
    await fake.wait_for("sendMessage", chat_id=room.judge.id, predicate=lambda c: "Ballot" in c.text)
    fake.command(room.judge, f"/start round-{rid}")
    fresh = await fake.wait_for("sendMessage", chat_id=room.judge.id, predicate=lambda c: "Ballot" in c.text)
    fake.press(room.judge, fresh, "all 3")
    edited = await fake.wait_for("editMessageText", chat_id=room.judge.id)
    assert edited.message_id == fresh.message_id
    late = room.speakers[0]
    fake.command(late, f"/start round-{rid}")
    assert "will be marked late" in (await fake.wait_for("sendMessage", chat_id=late.id)).text
    fake.message(late, "Better late than never, because rail matters.")
    fake.command(late, "/done")
    got = await fake.wait_for("sendMessage", chat_id=late.id, predicate=lambda c: "Got your" in c.text)
    assert "marked late" in got.text
    shown = await fake.wait_for("sendMessage", predicate=in_group(room, "Late speech"))
    assert "Better late than never" in shown.text
    await fake.wait_for("sendMessage", chat_id=late.id, predicate=lambda c: "Your scorecard" in c.text)


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own RetryAfter
async def test_long_speech_as_a_file_and_a_flood_wait_loses_nothing(room: Club) -> None:
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:2])
    long_speech = "Night trains win because emissions fall. " * 150  # over one message's 4096 characters
    writer = room.speakers[0]
    fake.command(writer, f"/start round-{rid}")
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: ".txt file" in c.text)
    fake.document(writer, long_speech.encode(), file_name="speech.txt")
    await fake.wait_for("sendMessage", chat_id=writer.id, predicate=lambda c: "Got your speech" in c.text)
    fake.document(writer, b"\xff\xfe\x00 not text", file_name="speech.txt")
    assert "UTF-8" in (await fake.wait_for("sendMessage", chat_id=writer.id)).text
    assert bot.round(rid).speech(writer.id).text == long_speech.strip()

    await bot.fire(rid, "prep_end")
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    await bot.fire(rid, "speeches_end")
    await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"), since=0)
    parts = [c for c in fake.calls_to("sendMessage", chat_id=room.group.id, since=0)
             if "night trains win" in c.text.lower()]
    assert len(parts) == 2 and "(cont.)" in parts[1].text, "a long speech is revealed in two messages"
    sent = [c.text for c in fake.calls_to("sendMessage", chat_id=room.group.id, since=0)]
    assert len(sent) == len(set(sent)), "the message refused with a 429 was sent once, after the wait"


async def test_cancel_button_ends_sign_up_and_frees_the_chat(room: Club) -> None:
    fake, bot = room.fake, room.bot
    card, rid = await open_round(room)
    await join(room, card, room.speakers[0])
    fake.press(room.admin, card, "Cancel", chat=room.group)
    announced = await fake.wait_for("sendMessage", predicate=in_group(room, "cancelled"))
    assert "(by Ana)" in announced.text
    status = await fake.wait_for("editMessageText", chat_id=room.group.id,
                                 predicate=lambda c: "Cancelled" in c.text)
    assert not status.buttons, "a cancelled round has no buttons left"
    assert bot.round(rid).stage == "cancelled"
    _card, second = await open_round(room)
    assert second == rid + 1


async def test_names_and_teams_with_html_characters_are_shown_as_typed(room: Club) -> None:
    fake = room.fake
    odd = fake.user("<Zed & co>", "zed")
    await open_round(room, "2v2")
    fake.command(odd, "/team <b>Owls</b> & Co", chat=room.group)
    joined = await fake.wait_for("sendMessage", chat_id=room.group.id)
    shown_team = fake.current(room.group.id, joined.message_id)["text"]
    assert shown_team.startswith("You are now in team <b>Owls</b> & Co.")
    status = await fake.wait_for("editMessageText", chat_id=room.group.id)
    shown = fake.current(room.group.id, status.message_id)["text"]
    assert "<Zed & co> (<b>Owls</b> & Co)" in shown


async def test_a_team_set_between_rounds_is_kept_and_the_draw_seats_it_together(room: Club) -> None:
    fake, bot = room.fake, room.bot
    bea, cal = room.speakers[:2]
    fake.command(bea, "/team", chat=room.group)
    assert "You have no team here" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    for user in (bea, cal):
        fake.command(user, "/team Kites", chat=room.group)
        await fake.wait_for("sendMessage", chat_id=room.group.id, predicate=lambda c: "Kites" in c.text)
    fake.command(bea, "/team", chat=room.group)
    shown = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "You are in team Kites with Cal" in fake.current(room.group.id, shown.message_id)["text"]

    for n in range(2):  # two rounds: the team needs no /team again
        card, rid = await open_round(room, "2v2")
        for user in room.speakers:
            await join(room, card, user)
        draw = await start(room, card)
        assert "Kites" in draw.text
        seats = {p.user_id: p for p in bot.round(rid).speakers()}
        assert seats[bea.id].side == seats[cal.id].side, f"round {n + 1}"
        fake.command(room.admin, "/cancel", chat=room.group)
        await fake.wait_for("sendMessage", predicate=in_group(room, "cancelled"))

    fake.command(cal, "/team off", chat=room.group)
    assert "left team Kites" in fake.current(
        room.group.id, (await fake.wait_for("sendMessage", chat_id=room.group.id)).message_id)["text"]
    card, rid = await open_round(room, "2v2")
    await join(room, card, cal)
    assert bot.round(rid).participant(cal.id).team is None
