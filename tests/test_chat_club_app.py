"""The club handlers inside the whole bot (bot.chat.app): they win over solo practice where they
should and leave solo practice alone everywhere else."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from clubfake import BANK, fake_score
from fakebot import FakeBotApi

from bot.config import Settings

app_module = pytest.importorskip("bot.chat.app")


@pytest.fixture
async def whole_bot(tmp_path: Path) -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        settings = Settings(token=fake.token, api_base_url=fake.base_url, api_file_url=fake.file_url,
                            db_path=str(tmp_path / "bot.db"))
        app = app_module.build_application(settings, bank=BANK, scorer=fake_score)
        if "bot.chat.club" not in app_module.HANDLER_MODULES:
            pytest.skip("bot.chat.club is not registered in bot.chat.app yet")
        await app.initialize()
        await app.updater.start_polling(timeout=1, poll_interval=0)
        await app.start()
        try:
            yield fake
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()


async def test_group_cancel_gets_one_club_answer(whole_bot: FakeBotApi) -> None:
    fake = whole_bot
    admin = fake.user("Ana", "ana")
    group = fake.group("Club", admins=[admin])
    fake.command(admin, "/cancel", chat=group)
    reply = await fake.wait_for("sendMessage", chat_id=group.id)
    assert "No round is running" in reply.text
    fake.command(admin, "/standings", chat=group)
    await fake.wait_for("sendMessage", chat_id=group.id)
    assert len(fake.calls_to("sendMessage", chat_id=group.id)) == 2, "solo practice must not answer too"


async def test_deep_link_belongs_to_the_club_plain_start_to_practice(whole_bot: FakeBotApi) -> None:
    fake = whole_bot
    admin, bea, jo = fake.user("Ana", "ana"), fake.user("Bea", "bea"), fake.user("Jo", "jo")
    group = fake.group("Club", admins=[admin])
    fake.command(admin, "/session night-trains", chat=group)
    card = await fake.wait_for("sendMessage", chat_id=group.id)
    fake.press(bea, card, "Join as speaker", chat=group)
    await fake.wait_for("answerCallbackQuery")
    fake.command(bea, "/start round-1")
    reply = await fake.wait_for("sendMessage", chat_id=bea.id)
    assert "draw is not made yet" in reply.text
    assert len(fake.calls_to("sendMessage", chat_id=bea.id)) == 1
    fake.command(jo, "/session")
    hint = await fake.wait_for("sendMessage", chat_id=jo.id)
    assert "group chats" in hint.text
    fake.command(jo, "/start")
    greeting = await fake.wait_for("sendMessage", chat_id=jo.id)
    assert "not in this round" not in greeting.text and "draw is not made" not in greeting.text
