"""Solo practice through the outbox, end to end: a scored card is always delivered, once, after
a flood wait, a Bot API error or a restart; /done again says where the speech is."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from botrunner import RunningBot, simple_scorer
from fakebot import Call, FakeBotApi, FakeUser

from bot.practice import Scorer

CARD_STATE = ("SELECT COALESCE(SUM(sent_at IS NULL AND failed_at IS NULL), 0), "
              "COALESCE(SUM(sent_at IS NOT NULL), 0), COALESCE(SUM(failed_at IS NOT NULL), 0) "
              "FROM outbox WHERE kind = 'scorecard'")
SPEECH = "We should price pollution, because the commons is shared by all of us and nobody pays for it."


def says(needle: str):
    return lambda c: needle in c.text


def card_call(params: dict) -> bool:
    return "Scorecard" in str(params.get("text", ""))


async def speak(fake: FakeBotApi, user: FakeUser) -> None:
    fake.command(user, "/practice")
    await fake.wait_for("sendMessage", chat_id=user.id, predicate=lambda c: "Start prep" in str(c.buttons))
    fake.message(user, SPEECH)
    await fake.wait_for("sendMessage", chat_id=user.id, predicate=says("words so far"))


def cards_sent(fake: FakeBotApi, user: FakeUser) -> list[Call]:
    return [c for c in fake.calls_to("sendMessage", chat_id=user.id) if "Scorecard" in c.text]


async def owed_card_state(bot: RunningBot) -> tuple[int, int, int]:
    """(pending, sent, given up) scorecard messages in the outbox."""
    return await bot.services.store.run(lambda db: db.execute(CARD_STATE).fetchone())


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own RetryAfter
async def test_a_flood_wait_on_the_scorecard_delays_it_and_it_arrives_once(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    ada = fake.user("Ada")
    await speak(fake, ada)
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, when=card_call)
    fake.command(ada, "/done")
    await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("Your speech is saved"))
    card = await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("Scorecard"), timeout=10)
    refused = [c for c in fake.calls if c.error and "Scorecard" in c.text]
    assert len(refused) == 1 and card.at - refused[0].at >= 0.9, "sent again after Telegram's wait"
    await asyncio.sleep(0.3)
    assert len(cards_sent(fake, ada)) == 1
    assert await owed_card_state(telegram_bot) == (0, 1, 0)


async def test_a_card_refused_by_a_network_error_arrives_after_a_restart_once(fake_api: FakeBotApi,
                                                                              tmp_path: Path):
    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=simple_scorer).start()
    try:
        bea = fake_api.user("Bea")
        await speak(fake_api, bea)
        fake_api.fail("sendMessage", 500, "Internal Server Error: test", when=card_call)
        fake_api.command(bea, "/done")
        await fake_api.wait_for("sendMessage", chat_id=bea.id, predicate=says("Your speech is saved"))
        while not [c for c in fake_api.calls if c.error and "Scorecard" in c.text]:
            await asyncio.sleep(0.02)
        assert await owed_card_state(bot) == (1, 0, 0), "stored with its card, owed, not given up"
        await bot.restart()  # before the sender's next try
        await fake_api.wait_for("sendMessage", chat_id=bea.id, predicate=says("Scorecard"), since=0)
        await asyncio.sleep(0.3)
        assert len(cards_sent(fake_api, bea)) == 1
        assert await owed_card_state(bot) == (0, 1, 0)
    finally:
        await bot.stop()


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_done_again_while_the_card_waits_says_it_is_on_its_way(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    cal = fake.user("Cal")
    await speak(fake, cal)
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2, when=card_call)
    fake.command(cal, "/done")
    while not [c for c in fake.calls if c.error and "Scorecard" in c.text]:
        await asyncio.sleep(0.02)
    fake.command(cal, "/done")
    status = await fake.wait_for("sendMessage", chat_id=cal.id, predicate=lambda c: "Scorecard" not in c.text)
    assert "on its way" in status.text and "No motion" not in status.text
    await fake.wait_for("sendMessage", chat_id=cal.id, predicate=says("Scorecard"), timeout=10)
    await asyncio.sleep(0.3)
    assert len(cards_sent(fake, cal)) == 1


async def test_done_again_after_scoring_failed_scores_it_now(fake_api: FakeBotApi, tmp_path: Path):
    calls = {"n": 0}

    def flaky(*args: object) -> object:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("the model is not loaded yet")
        return simple_scorer(*args)  # type: ignore[arg-type]

    scorer: Scorer = flaky  # type: ignore[assignment]
    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=scorer).start()
    try:
        dan = fake_api.user("Dan")
        await speak(fake_api, dan)
        fake_api.command(dan, "/done")
        await fake_api.wait_for("sendMessage", chat_id=dan.id, predicate=says("could not score"))
        fake_api.command(dan, "/done")
        status = await fake_api.wait_for("sendMessage", chat_id=dan.id, predicate=says("handed in"))
        assert "scoring it now" in status.text and "No motion" not in status.text
        await fake_api.wait_for("sendMessage", chat_id=dan.id, predicate=says("Scorecard"))
        assert len(cards_sent(fake_api, dan)) == 1
    finally:
        await bot.stop()


async def test_a_user_who_blocked_the_bot_is_given_up_with_the_reason(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    eve = fake.user("Eve")
    await speak(fake, eve)
    fake.fail("sendMessage", 403, "Forbidden: bot was blocked by the user", when=card_call)
    fake.command(eve, "/done")
    while (await owed_card_state(telegram_bot))[2] == 0:
        await asyncio.sleep(0.02)
    reason = await telegram_bot.services.store.run(lambda db: db.execute(
        "SELECT last_error FROM outbox WHERE kind = 'scorecard'").fetchone()[0])
    assert "blocked" in reason
    fake.command(eve, "/done")
    status = await fake.wait_for("sendMessage", chat_id=eve.id)
    assert "/history" in status.text
