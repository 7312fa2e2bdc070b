"""Solo practice over Telegram, end to end: the real Application against the fake Bot API."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from botrunner import RunningBot
from fakebot import Call, FakeBotApi, FakeUser, keyboard_buttons

from bot.chat import speech

SPEECH_PARTS = (
    "Thank you. We stand firmly for this motion, and I will give two reasons. First, when a rich "
    "person can prevent suffering at little cost, failing to act is a moral failure, because a "
    "life far away counts exactly as much as a life next door.",
    "Second, the evidence shows that well chosen charities save lives cheaply, for example by "
    "funding bed nets that stop malaria. The other side will say that charity should begin at "
    "home, but distance does not change the value of a person. So we propose.",
)


def says(needle: str):
    return lambda call: needle in call.text


async def draw(fake: FakeBotApi, user: FakeUser, args: str = "") -> Call:
    fake.command(user, f"/practice {args}".strip())
    return await fake.wait_for("sendMessage", chat_id=user.id)


@pytest.fixture
async def real_scorer_bot(fake_api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=None).start()  # bot.scoring.score
    try:
        yield bot
    finally:
        await bot.stop()


async def test_a_debater_practises_a_speech_and_reads_the_scorecard(real_scorer_bot: RunningBot):
    telegram_bot = real_scorer_bot
    fake = telegram_bot.fake
    alice = fake.user("Alice")
    fake.command(alice, "/start")
    welcome = await fake.wait_for("sendMessage", chat_id=alice.id)
    assert "Alice" in welcome.text and "/practice" in welcome.text

    card = await draw(fake, alice)
    assert "Your side:" in card.text and "Aim for" in card.text and "From:" in card.text
    labels = [b.text for b in card.buttons]
    assert any("Start prep" in b for b in labels) and any("ready" in b for b in labels)
    first_motion = card.text.split("\n", 1)[0]

    fake.press(alice, card, "Another motion")
    redrawn = await fake.wait_for("editMessageText", chat_id=alice.id)
    assert redrawn.text.split("\n", 1)[0] != first_motion
    await fake.wait_for("answerCallbackQuery")

    fake.press(alice, card, "ready")
    await fake.wait_for("sendMessage", chat_id=alice.id, predicate=says("Go ahead"))
    for part in SPEECH_PARTS:
        fake.message(alice, part)
        ack = await fake.wait_for("sendMessage", chat_id=alice.id, predicate=says("words so far"))
    assert [b.text for b in ack.buttons] == ["✅ Submit speech"]

    fake.command(alice, "/done")
    saved = await fake.wait_for("sendMessage", chat_id=alice.id, predicate=says("saved"))
    words = sum(len(p.split()) for p in SPEECH_PARTS)
    assert f"({words} words)" in saved.text
    scorecard = await fake.wait_for("sendMessage", chat_id=alice.id, predicate=says("Scorecard"))
    assert re.search(r"Total: [\d.]+</b> on 0–100", scorecard.text)
    assert "Fix first" in scorecard.text
    assert {b.text for b in scorecard.buttons} >= {"📋 Full feedback", "🔁 Try again", "🆕 New motion"}

    fake.press(alice, scorecard, "Full feedback")
    full = await fake.wait_for("sendMessage", chat_id=alice.id, predicate=says("Full feedback"))
    assert re.search(r"\d/5 · [\d.]+ points: \S", full.text), "each criterion says what was found"

    attempts = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT state, speech FROM attempts WHERE state != 'cancelled'").fetchall())
    assert attempts == [("scored", "\n\n".join(SPEECH_PARTS))]

    fake.command(alice, "/history")
    history = await fake.wait_for("sendMessage", chat_id=alice.id)
    assert "Your recent speeches" in history.text and len(history.buttons) == 1
    fake.press(alice, history, "#")
    again = await fake.wait_for("sendMessage", chat_id=alice.id, predicate=says("Scorecard"))
    assert again.text == scorecard.text

    fake.command(alice, "/stats")
    stats = await fake.wait_for("sendMessage", chat_id=alice.id)
    assert "Speeches: 1 (1 scored)" in stats.text

    fake.press(alice, scorecard, "Try again")
    retry = await fake.wait_for("sendMessage", chat_id=alice.id, predicate=says("Your side"))
    assert retry.text.split("\n", 1)[0] == scorecard_motion_line(redrawn)
    fake.press(alice, again, "Try again")  # the reopened card: its Full feedback outlives Try again
    await fake.wait_for("sendMessage", chat_id=alice.id, predicate=says("Your side"))
    await fake.wait_for("editMessageReplyMarkup", chat_id=alice.id)
    left = keyboard_buttons(fake.current(alice.id, again.message_id or 0).get("reply_markup"))
    assert [b.text for b in left] == ["📋 Full feedback"]


def scorecard_motion_line(card: Call) -> str:
    return card.text.split("\n", 1)[0]


async def test_a_speech_sent_as_a_text_file_is_scored(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    bob = fake.user("Bob")
    await draw(fake, bob)
    fake.document(bob, "\n\n".join(SPEECH_PARTS).encode("utf-8-sig"), file_name="speech.txt")
    await fake.wait_for("sendMessage", chat_id=bob.id, predicate=says("saved"))
    await fake.wait_for("sendMessage", chat_id=bob.id, predicate=says("Scorecard"))


async def test_topics_motions_settings_and_rubric(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    cleo = fake.user("Cleo")
    bank = telegram_bot.services.bank
    motion = bank.motions[0]
    card = await draw(fake, cleo, motion.id)
    assert card.text.startswith(f"🏛 <b>{motion.text}") or motion.text[:20] in card.text

    tag = bank.tags()[0]
    fake.command(cleo, f"/motions {tag}")
    listing = await fake.wait_for("sendMessage", chat_id=cleo.id)
    assert all(f"/practice {m.id}" in listing.text for m in bank.filter(tag=tag))

    fake.command(cleo, "/settings")
    settings = await fake.wait_for("sendMessage", chat_id=cleo.id)
    assert "Prep time: 15 minutes" in settings.text
    fake.press(cleo, settings, "5 min")
    edited = await fake.wait_for("editMessageText", chat_id=cleo.id)
    assert "Prep time: 5 minutes" in edited.text

    fake.command(cleo, "/rubric bp")
    await fake.wait_for("sendMessage", chat_id=cleo.id,
                        predicate=says("Rubric set to <b>British Parliamentary (<code>bp</code>)</b>"))
    fake.command(cleo, "/rubric")
    choice = await fake.wait_for("sendMessage", chat_id=cleo.id)
    assert "• World Schools (WSDC) (<code>wsdc</code>)" in choice.text  # names, not bare ids
    assert "✓ British Parliamentary" in [b.text for b in choice.buttons]
    fake.command(cleo, "/rubric nonsense")
    reply = await fake.wait_for("sendMessage", chat_id=cleo.id)
    assert "I know these rubrics" in reply.text

    card = await draw(fake, cleo)
    assert any("Start prep (5 min)" in b.text for b in card.buttons)


async def test_cancel_and_forget_delete_what_they_say(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    dan = fake.user("Dan")
    fake.command(dan, "/cancel")
    nothing = await fake.wait_for("sendMessage", chat_id=dan.id)
    assert "Nothing to cancel" in nothing.text

    card = await draw(fake, dan)
    fake.command(dan, "/cancel")
    await fake.wait_for("sendMessage", chat_id=dan.id, predicate=says("Dropped"))
    fake.press(dan, card, "Start prep")
    expired = await fake.wait_for("answerCallbackQuery")
    assert expired.params.get("show_alert") is True and "Prep is over" in expired.text

    fake.command(dan, "/forget")
    confirm = await fake.wait_for("sendMessage", chat_id=dan.id)
    fake.press(dan, confirm, "Keep")
    await fake.wait_for("editMessageText", chat_id=dan.id, predicate=says("Nothing was deleted"))
    fake.command(dan, "/forget")
    confirm = await fake.wait_for("sendMessage", chat_id=dan.id)
    fake.press(dan, confirm, "Yes, delete")
    await fake.wait_for("editMessageText", chat_id=dan.id, predicate=says("deleted everything"))
    people = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT COUNT(*) FROM people WHERE key = ?", [f"tg:{dan.id}"]).fetchone()[0])
    attempts = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0])
    assert (people, attempts) == (0, 0)


async def test_the_command_menu_is_published_and_help_lists_it(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    menu = fake.commands['{"type": "all_private_chats"}']
    commands = [c["command"] for c in menu]
    assert {"practice", "done", "history", "stats", "forget"} <= set(commands)
    assert len(commands) == len(set(commands))
    ivy = fake.user("Ivy")
    fake.command(ivy, "/help")
    help_text = (await fake.wait_for("sendMessage", chat_id=ivy.id)).text
    assert all(f"/{command} " in help_text for command in commands)


async def test_a_pasted_speech_in_many_messages_gets_one_acknowledgement(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    eva = fake.user("Eva")
    await draw(fake, eva)
    start = fake.mark()
    for i in range(6):
        fake.message(eva, f"Part {i}: the commons is overgrazed because no herder bears the full cost.")
    ack = await fake.wait_for("sendMessage", chat_id=eva.id, predicate=says("words so far"), since=start)
    assert "78 words so far" in ack.text
    await asyncio.sleep(speech.ACK_SECONDS + 0.3)
    assert len(fake.calls_to("sendMessage", chat_id=eva.id, since=start)) == 1

    fake.message(eva, "A last line, then I hand it in at once.")
    fake.command(eva, "/done")
    await fake.wait_for("sendMessage", chat_id=eva.id, predicate=says("Scorecard"))
    await asyncio.sleep(speech.ACK_SECONDS + 0.3)
    assert not [t for t in fake.sent_texts(eva.id, since=ack.index + 1) if "words so far" in t]


async def test_the_groups_message_me_link_starts_a_practice(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    kim = fake.user("Kim")
    fake.command(kim, "/practice", chat=fake.group("Club", admins=[kim]))
    pointer = await fake.wait_for("sendMessage")
    link = re.search(r'href="https://t.me/[^?"]+\?start=([\w-]+)"', pointer.text)
    assert link is not None
    fake.command(kim, f"/start {link.group(1)}")  # what Telegram sends when the link is opened
    await fake.wait_for("sendMessage", chat_id=kim.id, predicate=says("Hi Kim"))
    card = await fake.wait_for("sendMessage", chat_id=kim.id, predicate=says("Your side"))
    assert any("ready to speak" in b.text for b in card.buttons)
    fake.command(kim, "/start")  # a plain /start only greets
    hello = await fake.wait_for("sendMessage", chat_id=kim.id, predicate=says("Hi Kim"))
    await asyncio.sleep(0.3)
    assert not [t for t in fake.sent_texts(kim.id, since=hello.index) if "Your side" in t]


async def test_a_new_motion_never_silently_drops_a_half_sent_speech(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    lea = fake.user("Lea")
    card = await draw(fake, lea)
    fake.message(lea, SPEECH_PARTS[0])
    await fake.wait_for("sendMessage", chat_id=lea.id, predicate=says("words so far"))
    fake.command(lea, "/practice")
    refused = await fake.wait_for("sendMessage", chat_id=lea.id)
    assert "middle of a speech" in refused.text and "/done" in refused.text
    assert "Your side" not in refused.text
    fake.press(lea, card, "Another motion")
    alert = await fake.wait_for("answerCallbackQuery")
    assert alert.params.get("show_alert") is True and "middle of a speech" in alert.text
    assert len(alert.text) <= 200
    fake.command(lea, "/done")
    await fake.wait_for("sendMessage", chat_id=lea.id, predicate=says("Scorecard"))
    words = len(SPEECH_PARTS[0].split())
    assert any(f"saved ({words} words)" in t for t in fake.sent_texts(lea.id, since=refused.index))
