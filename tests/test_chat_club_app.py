"""The club handlers inside the whole bot (bot.chat.app): they win over solo practice where they
should and leave solo practice alone everywhere else."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from clubfake import whole_bot
from fakebot import FakeBotApi


@pytest.fixture
async def whole_bot_api(tmp_path: Path) -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake, whole_bot(fake, tmp_path / "bot.db"):
        yield fake


async def test_group_cancel_gets_one_club_answer(whole_bot_api: FakeBotApi) -> None:
    fake = whole_bot_api
    admin = fake.user("Ana", "ana")
    group = fake.group("Club", admins=[admin])
    fake.command(admin, "/cancel", chat=group)
    reply = await fake.wait_for("sendMessage", chat_id=group.id)
    assert "No round is running" in reply.text
    fake.command(admin, "/standings", chat=group)
    await fake.wait_for("sendMessage", chat_id=group.id)
    assert len(fake.calls_to("sendMessage", chat_id=group.id)) == 2, "solo practice must not answer too"


async def test_deep_link_belongs_to_the_club_plain_start_to_practice(whole_bot_api: FakeBotApi) -> None:
    fake = whole_bot_api
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
