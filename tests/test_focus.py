"""The private-message router end to end (bot/chat/focus.py): a member with an essay being pasted
after /draft AND a club speech due gets each message routed in the stated order (drafting before
the club), across a restart; an essay left quiet across a restart is drafted at start-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from botrunner import RunningBot
from clubfake import BANK, Club, ClubBot, drawn_round, fake_score
from fakebot import Call, FakeBotApi, FakeUser
from telegram.ext import Application

from bot import club
from bot.chat import drafting, focus, pastes
from bot.chat.club_runtime import runtime
from bot.chat.context import DebateContext

ESSAY = ("Cities should close their centres to private cars because streets are for people.",
         "Buses and bicycles move more people in less space, and the air gets cleaner.")
CLUB_PART = "Night trains cut emissions because rail is clean."
PASTED = "Paste the rest"  # drafting's acknowledgement; the club's says "Send more"
CLUB_ACK = "/done to hand in your speech"  # the solo speech says "/done to hand it in"


async def said(fake: FakeBotApi, user: FakeUser, needle: str, since: int | None = None,
               timeout: float = 5.0) -> Call:
    """The bot's first private message to `user` containing `needle`."""
    return await fake.wait_for("sendMessage", chat_id=user.id, since=since, timeout=timeout,
                               predicate=lambda c: needle in c.text)


@dataclass
class Room:
    """The whole bot with a club: Ana organises; Bea and Cal speak."""

    fake: FakeBotApi
    bot: RunningBot
    club: Club
    drafted: list[str]

    def sync(self) -> None:
        """Point the club helpers at the running application (after a restart)."""
        app = self.bot.app
        assert app is not None
        self.club.bot.app, self.club.bot.store = app, runtime(app).store

    def club_draft(self, round_id: int, user_id: int) -> str:
        assert self.club.bot.store is not None
        return self.club.bot.store.call(club.draft_text, round_id, user_id, "speech")


@pytest.fixture
async def room(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Room]:
    drafted: list[str] = []

    async def draft_and_send(app: Application, chat_id: int, text: str, name: str, fmt: str | None) -> None:
        drafted.append(text)  # the drafting itself is tested in test_drafting_chat.py
        await app.bot.send_message(chat_id, f"Drafted from {len(text.split())} words.")

    monkeypatch.setattr(drafting, "_draft_and_send", draft_and_send)
    async with FakeBotApi() as fake:
        # real time: the round stays in prep, waiting for the speeches, however slow the machine
        bot = await RunningBot(fake, tmp_path / "bot.db", scorer=fake_score, bank=BANK,
                               env={"DEBATE_BOT_TIME_SCALE": "1"}).start()
        try:
            admin = fake.user("Ana", "ana")
            speakers = [fake.user("Bea", "bea"), fake.user("Cal", "cal")]
            group = fake.group("Debate Club", admins=[admin])
            helper = ClubBot(fake, tmp_path / "bot.db")
            members = Club(fake, helper, group, admin, speakers, fake.user("Jo", "jo"))
            found = Room(fake, bot, members, drafted)
            found.sync()
            yield found
        finally:
            await bot.stop()


async def test_the_order_is_stated_once_with_every_feature_in_it(room: Room) -> None:
    assert focus.ORDER == ("voice", "drill", "drafting", "club", "solo")
    app = room.bot.app
    assert app is not None
    router = app.bot_data[focus.ROUTER_KEY]
    assert isinstance(router, focus.Router) and set(router.features) == set(focus.ORDER)
    assert [f.name for f in router.candidates("done")] == ["voice", "drafting", "club", "solo"]
    assert [f.name for f in router.candidates("text")] == ["drill", "drafting", "club", "solo"]
    assert app.context_types.context is DebateContext  # handlers get context.services


async def test_a_paste_comes_before_a_club_speech_due_and_both_survive_a_restart(room: Room) -> None:
    fake = room.fake
    _card, rid, _draw = await drawn_round(room.club, room.club.speakers)
    bea = room.club.speakers[0]
    fake.command(bea, f"/start round-{rid}")
    await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "Send " in c.text)
    fake.command(bea, "/draft")
    await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "Send me the essay" in c.text)

    fake.message(bea, ESSAY[0])  # a club speech is due, but drafting comes first in the order
    ack = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "so far" in c.text)
    assert PASTED in ack.text and f"{len(ESSAY[0].split())} words" in ack.text
    assert room.club_draft(rid, bea.id) == "", "the essay is not in the club speech"

    await room.bot.restart()  # the paste and the club's focus are both in the database
    room.sync()
    mark = fake.mark()
    fake.message(bea, ESSAY[1])
    ack = await said(fake, bea, "so far", since=mark)
    words = len(" ".join(ESSAY).split())
    assert PASTED in ack.text and f"{words} words" in ack.text, "the piece before the restart is kept"
    fake.command(bea, "/done")  # drafting's /done: what was pasted is drafted, no speech handed in
    await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "Drafted from" in c.text)
    assert room.drafted == ["\n\n".join(ESSAY)]
    assert room.club.bot.round(rid).speech(bea.id) is None

    fake.message(bea, CLUB_PART)  # no essay awaited any more: the club's focus is next
    ack = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "so far" in c.text)
    assert CLUB_ACK in ack.text
    assert room.club_draft(rid, bea.id) == CLUB_PART
    fake.command(bea, "/done")
    got = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "Got your speech" in c.text)
    assert f"round #{rid}" in got.text
    speech = room.club.bot.round(rid).speech(bea.id)
    assert speech is not None and speech.text == CLUB_PART
    assert room.drafted == ["\n\n".join(ESSAY)], "the club speech was not drafted as an essay"


async def test_without_a_club_speech_due_the_same_text_is_a_solo_speech_part(room: Room) -> None:
    fake = room.fake
    cal = room.club.speakers[1]
    fake.command(cal, "/practice")
    await said(fake, cal, "Your side")
    fake.command(cal, "/draft")
    await fake.wait_for("sendMessage", chat_id=cal.id, predicate=lambda c: "Send me the essay" in c.text)
    fake.message(cal, ESSAY[0])  # drafting before the solo speech
    ack = await fake.wait_for("sendMessage", chat_id=cal.id, predicate=lambda c: "so far" in c.text)
    assert PASTED in ack.text
    fake.command(cal, "/done")
    await fake.wait_for("sendMessage", chat_id=cal.id, predicate=lambda c: "Drafted from" in c.text)
    mark = fake.mark()
    fake.message(cal, CLUB_PART)  # nothing else holds Cal's focus: a part of the solo speech
    ack = await said(fake, cal, "so far", since=mark)
    assert "/done to hand it in" in ack.text and PASTED not in ack.text and CLUB_ACK not in ack.text
    svc = room.bot.services
    person = svc.store.call(svc.practice.known, f"tg:{cal.id}")
    assert person is not None
    active = svc.store.call(svc.practice.active, person)
    assert active is not None and active.speech == CLUB_PART


async def test_an_essay_left_quiet_across_a_restart_is_drafted_at_start_up(
    room: Room, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(drafting, "QUIET_SECONDS", 3.0)
    monkeypatch.setattr(drafting, "ACK_SECONDS", 0.1)
    fake = room.fake
    dot = fake.user("Dot", "dot")
    fake.command(dot, "/draft " + ESSAY[0])
    await fake.wait_for("sendMessage", chat_id=dot.id, predicate=lambda c: "so far" in c.text)
    await room.bot.stop()  # before the quiet spell is over: its job goes with the process
    assert room.drafted == []
    await room.bot.start()
    room.sync()
    await said(fake, dot, "Drafted from", timeout=10)
    assert room.drafted == [ESSAY[0]]


async def test_forget_deletes_an_essay_being_pasted(room: Room) -> None:
    fake = room.fake
    eve = fake.user("Eve", "eve")
    fake.command(eve, "/draft " + ESSAY[0])
    await said(fake, eve, "so far")
    svc = room.bot.services
    assert svc.store.call(pastes.find, eve.id) is not None
    fake.command(eve, "/forget")
    confirm = await fake.wait_for("sendMessage", chat_id=eve.id,
                                  predicate=lambda c: any("delete everything" in b.text for b in c.buttons))
    fake.press(eve, confirm, "Yes, delete everything")
    await fake.wait_for("answerCallbackQuery")
    assert svc.store.call(pastes.find, eve.id) is None
    fake.message(eve, ESSAY[1])  # no essay awaited any more: a solo message
    reply = await said(fake, eve, "/practice")
    assert PASTED not in reply.text
