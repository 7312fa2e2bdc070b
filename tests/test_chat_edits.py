"""Edited messages never run a command again, and an edited speech part never rewrites a speech
(it is ignored, and the debater is told how to correct it), in solo practice and in club rounds."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from botrunner import RunningBot, simple_scorer
from clubfake import whole_bot
from fakebot import FakeBotApi, FakeUser

from bot import club
from bot.chat import speech
from bot.chat.guards import EDITED_COMMAND


def says(needle: str):
    return lambda call: needle in call.text


async def attempts_of(bot: RunningBot, user: FakeUser) -> list[dict[str, Any]]:
    def read(db: Any) -> list[dict[str, Any]]:
        cursor = db.execute(
            "SELECT a.id, a.state, a.speech, a.prep_ends_at FROM attempts a "
            "JOIN people p ON p.id = a.person_id WHERE p.key = ? ORDER BY a.id", [f"tg:{user.id}"])
        return [dict(zip(("id", "state", "speech", "prep_ends_at"), row, strict=True)) for row in cursor]

    return await bot.services.store.run(read)


@pytest.fixture
async def slow_bot(fake_api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    """The whole bot with real-length timers, so prep is still running when the edits arrive."""
    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=simple_scorer,
                           env={"DEBATE_BOT_TIME_SCALE": "1"}).start()
    try:
        yield bot
    finally:
        await bot.stop()


async def test_editing_an_old_practice_during_prep_keeps_the_attempt(slow_bot: RunningBot):
    fake = slow_bot.fake
    ada = fake.user("Ada")
    practice = fake.command(ada, "/practice")
    card = await fake.wait_for("sendMessage", chat_id=ada.id)
    fake.press(ada, card, "Start prep")
    await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("Prep"))
    before = await attempts_of(slow_bot, ada)
    assert [a["state"] for a in before] == ["prepping"]

    mark = fake.mark()
    for text in ("/practice economy", "/cancel", "/done"):
        fake.edit(ada, practice, text)
        note = await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("edited commands"))
        assert note.text == EDITED_COMMAND.format(command=text.split()[0])
    fake.command(ada, "/help")
    await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("/practice"))
    assert len(fake.sent_texts(ada.id, since=mark)) == 4, "one note per edit, then the help"
    assert await attempts_of(slow_bot, ada) == before, "not redrawn, cancelled or handed in"


async def test_an_edited_part_is_ignored_with_a_note_at_every_stage(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    bo = fake.user("Bo")
    early = fake.message(bo, "A message before any motion.")
    await fake.wait_for("sendMessage", chat_id=bo.id)
    fake.command(bo, "/practice")
    await fake.wait_for("sendMessage", chat_id=bo.id)

    fake.edit(bo, early, "An edit before the speech.")
    assert (await fake.wait_for("sendMessage", chat_id=bo.id)).text == speech.EDIT_BEFORE_SPEECH
    part = fake.message(bo, "Commons need rules because open access ruins them.")
    await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("so far"))
    fake.edit(bo, part, "Commons need firm rules.")
    note = await fake.wait_for("sendMessage", chat_id=bo.id)
    assert note.text == speech.EDIT_IN_DRAFT.format(words=8)
    assert [a["speech"] for a in await attempts_of(telegram_bot, bo)] == [
        "Commons need rules because open access ruins them."]

    fake.command(bo, "/done")
    await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("Scorecard"))
    fake.edit(bo, part, "A better speech, written after it was scored.")
    assert (await fake.wait_for("sendMessage", chat_id=bo.id)).text == speech.EDIT_NOT_KEPT
    (attempt,) = await attempts_of(telegram_bot, bo)
    assert attempt["state"] == "scored"
    assert attempt["speech"] == "Commons need rules because open access ruins them."


@pytest.fixture
async def club_api(tmp_path: Path) -> AsyncIterator[tuple[FakeBotApi, Any]]:
    async with FakeBotApi() as fake, whole_bot(fake, tmp_path / "bot.db") as app:
        yield fake, app


async def test_an_organisers_edited_extend_or_cancel_does_not_run_again(club_api: tuple[FakeBotApi, Any]):
    fake, app = club_api
    store = app.bot_data["services"].store
    ana, bea, cal = fake.user("Ana", "ana"), fake.user("Bea", "bea"), fake.user("Cal", "cal")
    group = fake.group("Club", admins=[ana])
    fake.command(ana, "/session night-trains", chat=group)
    card = await fake.wait_for("sendMessage", chat_id=group.id)
    for member in (bea, cal):
        fake.press(member, card, "Join as speaker", chat=group)
        await fake.wait_for("answerCallbackQuery")
    fake.press(ana, card, "Start", chat=group)
    await fake.wait_for("sendMessage", chat_id=group.id, predicate=says("The draw"))
    rid = (await store.run(club.active_round, group.id)).id

    extend = fake.command(ana, "/extend 1", chat=group)
    await fake.wait_for("sendMessage", chat_id=group.id, predicate=says("Extended by"))
    deadline = (await store.run(club.load_round, rid)).stage_deadline
    mark = fake.mark()
    for text in ("/extend 1", "/extend 5", "/cancel", "/skip @bea", "/session"):
        fake.edit(ana, extend, text)
    fake.command(ana, "/round", chat=group)
    await fake.wait_for("sendMessage", chat_id=group.id, predicate=says(f"Club round #{rid}"))
    assert len(fake.calls_to("sendMessage", since=mark)) == 1, "the edits are ignored quietly in the group"
    rnd = await store.run(club.load_round, rid)
    assert (rnd.stage, rnd.stage_deadline) == ("prep", deadline)
    assert not any(p.skipped for p in rnd.participants)
