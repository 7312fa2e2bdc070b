"""Malformed input is answered and contained: forged button data and broken /start payloads get a
short answer, every press is answered exactly once, and nothing reaches the error handler (whose
apology is kept for the bot's own failures)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from botrunner import RunningBot
from fakebot import FakeBotApi, FakeUser

from bot.chat.callback_data import EXPIRED, MAX_ID
from bot.chat.club_private import BROKEN_LINK
from bot.chat.errors import SORRY

NO_ROUND = "That round does not exist any more."


def says(needle: str):
    return lambda call: needle in call.text


@pytest.fixture
def errors(telegram_bot: RunningBot) -> list[BaseException]:
    """Every exception that reaches the error handlers while the test runs."""
    seen: list[BaseException] = []

    async def record(update: object, context: Any) -> None:
        seen.append(context.error)

    assert telegram_bot.app is not None
    telegram_bot.app.add_error_handler(record)
    return seen


async def settle(fake: FakeBotApi, user: FakeUser) -> None:
    """Updates are handled one at a time: once /help is answered, everything before it is done."""
    fake.command(user, "/help")
    await fake.wait_for("sendMessage", chat_id=user.id, predicate=says("/practice"))


def no_apology(fake: FakeBotApi) -> None:
    assert not [c for c in fake.calls if SORRY in c.text or SORRY in str(c.params.get("text", ""))]


# (data, the answer's text: EXPIRED, or a friendly refusal from the feature)
PRIVATE_PRESSES = [
    ("pr:ready:²", EXPIRED), ("pr:ready:٣", EXPIRED), ("pr:ready:99999999999999999999", EXPIRED),
    (f"pr:ready:{MAX_ID + 1}", EXPIRED), ("pr:ready:-1", EXPIRED), ("pr:ready:", EXPIRED),
    ("pr:ready", EXPIRED), ("pr:", EXPIRED), ("pr", EXPIRED), ("pr:full:1:2", EXPIRED),
    ("pr:set-prep:nan", EXPIRED),
    ("pr:set-prep:1e308", EXPIRED), ("pr:set-prep:61", EXPIRED), ("pr:set-rubric:../../etc", EXPIRED),
    ("pr:zzz", EXPIRED), ("pr:open:123456", "That speech is no longer stored."),
    ("pr:set-rubric:nosuch", "I know these rubrics"),
    ("club:b:1:2:3", EXPIRED), ("club:b:x:1:0:3", EXPIRED), ("club:b:1:1:0:9", EXPIRED),
    ("club:ba:99999999999999999999:1:3", EXPIRED), ("club:w:1", EXPIRED), ("club:w:1:draw", EXPIRED),
    ("club:sub:²", EXPIRED), ("club:done:٣", EXPIRED), ("club:redo:-4", EXPIRED), ("club:nope:1", EXPIRED),
    ("club:b:5:1:0:3", NO_ROUND), ("club:w:9223372036854775807:prop", NO_ROUND),
    ("", EXPIRED), ("x" * 64, EXPIRED), ("🙂:🙂", EXPIRED),
]
GROUP_PRESSES = [
    ("club:join:1", EXPIRED), ("club:join:1:x", EXPIRED), ("club:join:abc:s", EXPIRED),
    ("club:join:99999999999999999999:s", EXPIRED), ("club:start:", EXPIRED), ("club:start:²", EXPIRED),
    ("club:cancel:1:2", EXPIRED), ("club:zzz:1", EXPIRED), ("pr:ready:1", EXPIRED),
    ("pr:forget-yes", EXPIRED), ("club:join:424242:s", NO_ROUND), ("", EXPIRED),
]


async def test_forged_button_data_is_answered_once_and_contained(telegram_bot: RunningBot, errors, caplog):
    caplog.set_level(logging.INFO)
    fake = telegram_bot.fake
    eve, ana = fake.user("Eve", "eve"), fake.user("Ana", "ana")
    fake.command(eve, "/practice")
    card = await fake.wait_for("sendMessage", chat_id=eve.id)
    group = fake.group("Club", admins=[ana])
    fake.command(ana, "/session", chat=group)
    club_card = await fake.wait_for("sendMessage", chat_id=group.id)

    pushed = [(fake.forged_press(eve, data, message_id=card.message_id), answer)
              for data, answer in PRIVATE_PRESSES]
    pushed += [(fake.forged_press(eve, data, message_id=club_card.message_id, chat=group), answer)
               for data, answer in GROUP_PRESSES]
    pushed += [  # no data at all, a press on an inline message, a sender no Telegram id can be
        (fake.forged_press(eve, None, message_id=card.message_id), EXPIRED),
        (fake.forged_press(eve, "pr:ready:1"), EXPIRED),
        (fake.forged_press(eve, "club:start:1"), "That button belongs to another chat."),
        (fake.forged_press({"id": 2**64, "is_bot": False, "first_name": "Big"}, "pr:new"), EXPIRED),
    ]
    await settle(fake, eve)

    for update, answer in pushed:
        answers = fake.answers_to(update)
        data = update["callback_query"].get("data")
        assert len(answers) == 1, f"{data!r} answered {len(answers)} times"
        assert answer in str(answers[0].params.get("text")), (data, answers[0].params)
    assert errors == []
    no_apology(fake)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(fake.calls_to("sendMessage", chat_id=eve.id)) == 2, "the card and the help, nothing else"


async def test_bad_start_payloads_get_one_friendly_reply(telegram_bot: RunningBot, errors):
    fake = telegram_bot.fake
    kim = fake.user("Kim")
    payloads = [
        ("round-99999999999999999999", BROKEN_LINK), (f"round-{MAX_ID + 1}", BROKEN_LINK),
        ("round-", BROKEN_LINK), ("round-²", BROKEN_LINK), ("round-٣", BROKEN_LINK),
        ("round-1 2", BROKEN_LINK), ("round--5", BROKEN_LINK), ("round-0", BROKEN_LINK),
        ("round-+7", BROKEN_LINK),
        (f"round-{MAX_ID}", NO_ROUND), ("round-42", NO_ROUND),
        ("xyz", "Kim"), ("a" * 500, "Kim"), ("ROUND-5", "Kim"),
    ]
    start = fake.mark()
    for payload, reply in payloads:
        fake.command(kim, f"/start {payload}")
        got = await fake.wait_for("sendMessage", chat_id=kim.id)
        assert reply in got.text, (payload, got.text)
    await settle(fake, kim)
    replies = fake.calls_to("sendMessage", chat_id=kim.id, since=start)
    assert len(replies) == len(payloads) + 1, "one reply each, then the help"
    assert errors == []
    no_apology(fake)


async def test_a_sender_with_an_impossible_id_is_dropped_quietly(telegram_bot: RunningBot, errors):
    fake = telegram_bot.fake
    big = {"id": 2**64, "is_bot": False, "first_name": "Big"}
    command = [{"type": "bot_command", "offset": 0, "length": 9}]
    fake.push({"message": {"message_id": 1, "date": 0, "chat": {"id": 2**64, "type": "private"}, "from": big,
                           "text": "/practice", "entities": command}})
    lia = fake.user("Lia")
    await settle(fake, lia)
    assert errors == []
    assert len(fake.calls_to("sendMessage")) == 1, "only Lia's help"


async def test_a_press_that_fails_inside_is_answered_with_the_apology(telegram_bot: RunningBot, errors):
    fake = telegram_bot.fake
    max_ = fake.user("Max")
    fake.command(max_, "/practice")
    card = await fake.wait_for("sendMessage", chat_id=max_.id)
    fake.fail("sendMessage", 400, "Bad Request: chat not found")
    fake.press(max_, card, "ready to speak")
    answer = await fake.wait_for("answerCallbackQuery")
    assert answer.params.get("text") == SORRY and answer.params.get("show_alert") is True
    assert len(errors) == 1


async def test_a_press_answered_too_late_gets_no_apology(telegram_bot: RunningBot, errors, caplog):
    caplog.set_level(logging.INFO)
    fake = telegram_bot.fake
    noa = fake.user("Noa")
    fake.command(noa, "/settings")
    panel = await fake.wait_for("sendMessage", chat_id=noa.id)
    fake.fail("answerCallbackQuery", 400,
              "Bad Request: query is too old and response timeout expired or query id is invalid")
    fake.press(noa, panel, "10 min")
    await settle(fake, noa)
    assert len(errors) == 1  # reported to the handler, which knows it is nobody's fault
    no_apology(fake)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
