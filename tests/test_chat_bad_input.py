"""What a debater can get wrong over Telegram gets a clear reply, and nothing they sent is lost."""

from __future__ import annotations

import asyncio
import logging

from botrunner import RunningBot

from bot.speech_limits import MAX_SPEECH_WORDS


def says(needle: str):
    return lambda call: needle in call.text


async def speech_of(bot: RunningBot, user_id: int) -> str:
    row = await bot.services.store.run(lambda db: db.execute(
        "SELECT a.speech FROM attempts a JOIN people p ON p.id = a.person_id "
        "WHERE p.key = ? ORDER BY a.id DESC LIMIT 1", [f"tg:{user_id}"]).fetchone())
    return row[0] if row else ""


async def test_unknown_commands_and_motions_are_explained(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    amy = fake.user("Amy")
    fake.command(amy, "/fly away")
    reply = await fake.wait_for("sendMessage", chat_id=amy.id)
    assert "I don't know /fly" in reply.text and "/practice" in reply.text

    fake.command(amy, "/practice xylophonics")
    reply = await fake.wait_for("sendMessage", chat_id=amy.id)
    assert "No motion" in reply.text and "/motions" in reply.text
    assert not reply.buttons

    fake.message(amy, "Here is my speech about nothing in particular.")
    reply = await fake.wait_for("sendMessage", chat_id=amy.id)
    assert "No motion is waiting" in reply.text


async def test_an_empty_or_missing_speech_is_refused_kindly(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    ben = fake.user("Ben")
    fake.command(ben, "/done")
    assert "No motion is waiting" in (await fake.wait_for("sendMessage", chat_id=ben.id)).text
    fake.command(ben, "/practice")
    await fake.wait_for("sendMessage", chat_id=ben.id)
    fake.command(ben, "/done")
    early = (await fake.wait_for("sendMessage", chat_id=ben.id)).text
    assert "Nothing to hand in yet" in early and "then /done" in early  # says how, not "submit it"


async def test_a_30000_character_message_is_kept(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    cat = fake.user("Cat")
    fake.command(cat, "/practice")
    await fake.wait_for("sendMessage", chat_id=cat.id)
    sentence = "Shared land is overused because each herder gains the whole benefit of one more animal. "
    huge = (sentence * (30_000 // len(sentence) + 1))[:30_000]
    fake.message(cat, huge)
    reply = await fake.wait_for("sendMessage", chat_id=cat.id)
    assert "words so far" in reply.text
    assert await speech_of(telegram_bot, cat.id) == huge.strip()


async def test_a_speech_over_the_limit_asks_to_shorten_and_keeps_the_draft(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    dev = fake.user("Dev")
    fake.command(dev, "/practice")
    await fake.wait_for("sendMessage", chat_id=dev.id)
    fake.message(dev, "My opening stays safe.")
    await fake.wait_for("sendMessage", chat_id=dev.id)
    fake.message(dev, "word " * (MAX_SPEECH_WORDS + 100))
    reply = await fake.wait_for("sendMessage", chat_id=dev.id)
    assert "shorten" in reply.text and f"{MAX_SPEECH_WORDS:,}" in reply.text
    assert await speech_of(telegram_bot, dev.id) == "My opening stays safe."


async def test_an_edited_part_is_not_silently_added_twice(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    ona = fake.user("Ona")
    fake.command(ona, "/practice")
    await fake.wait_for("sendMessage", chat_id=ona.id)
    sent = fake.message(ona, "Commons need rules.")
    await fake.wait_for("sendMessage", chat_id=ona.id)
    fake.edit(ona, sent, "Commons need firm rules.")
    reply = await fake.wait_for("sendMessage", chat_id=ona.id)
    assert "as a new message" in reply.text
    assert await speech_of(telegram_bot, ona.id) == "Commons need rules."

    fake.push({"message": {"message_id": 999, "date": 0, "chat": ona.chat(), "from": ona.to_dict(),
                           "sticker": {"file_id": "S1", "file_unique_id": "s1", "type": "regular",
                                       "width": 512, "height": 512, "is_animated": False,
                                       "is_video": False}}})
    reply = await fake.wait_for("sendMessage", chat_id=ona.id)
    assert "only read text" in reply.text


async def test_files_that_are_not_text_are_refused_with_a_hint(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    eli = fake.user("Eli")
    fake.command(eli, "/practice")
    await fake.wait_for("sendMessage", chat_id=eli.id)
    fake.document(eli, bytes(range(256)) * 4, file_name="speech.txt")
    assert "isn't readable text" in (await fake.wait_for("sendMessage", chat_id=eli.id)).text
    fake.document(eli, "caf\xe9 latin-1".encode("latin-1"), file_name="speech.txt")
    assert "UTF-8" in (await fake.wait_for("sendMessage", chat_id=eli.id)).text
    fake.document(eli, b"%PDF-1.4", file_name="speech.pdf", mime_type="application/pdf")
    assert "plain text" in (await fake.wait_for("sendMessage", chat_id=eli.id)).text
    fake.document(eli, b"big", file_name="speech.txt", declared_size=25 * 1024 * 1024)
    assert "under 1 MB" in (await fake.wait_for("sendMessage", chat_id=eli.id)).text
    assert len(fake.calls_to("getFile")) == 2  # the PDF and the huge file were never downloaded
    assert await speech_of(telegram_bot, eli.id) == ""


async def test_html_in_names_and_speeches_is_shown_as_text(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    mallory = fake.user("<b>x</b> & co")
    fake.command(mallory, "/start")
    welcome = await fake.wait_for("sendMessage", chat_id=mallory.id)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; co" in welcome.text
    assert "<b>x</b> & co" in fake.current(mallory.id, welcome.message_id)["text"]

    fake.command(mallory, "/practice")
    await fake.wait_for("sendMessage", chat_id=mallory.id)
    fake.message(mallory, "<script>alert(1)</script> & my point. Then more words follow here.")
    await fake.wait_for("sendMessage", chat_id=mallory.id)
    fake.command(mallory, "/done")
    card = await fake.wait_for("sendMessage", chat_id=mallory.id, predicate=says("Scorecard"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; my point" in card.text


async def test_solo_commands_in_a_group_point_to_a_private_chat(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    fay = fake.user("Fay")
    club = fake.group("Club", admins=[fay])
    fake.command(fay, "/practice", chat=club)
    reply = await fake.wait_for("sendMessage", chat_id=club.id)
    assert "private chat" in reply.text and "t.me/" in reply.text
    people = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0])
    assert people == 0


async def test_an_error_is_apologised_for_and_the_token_never_logged(telegram_bot: RunningBot, caplog):
    caplog.set_level(logging.DEBUG)
    fake = telegram_bot.fake
    gus = fake.user("Gus")
    fake.fail("sendMessage", 400, f"Bad Request: chat not found (debug: bot{fake.token})")
    fake.command(gus, "/help")
    sorry = await fake.wait_for("sendMessage", chat_id=gus.id)
    assert "Nothing you sent was lost" in sorry.text
    logging.getLogger("bot.test").warning("calling https://api.telegram.org/bot%s/getMe", fake.token)

    fake.command(gus, "/practice")
    await fake.wait_for("sendMessage", chat_id=gus.id)
    assert any(r.levelno >= logging.ERROR for r in caplog.records)
    secret = fake.token.split(":", 1)[1]
    assert secret not in caplog.text
    for record in caplog.records:
        assert secret not in record.getMessage() and secret not in (record.exc_text or "")
    assert not [r for r in caplog.records if r.name.startswith("httpx") and r.levelno < logging.WARNING]


async def test_a_user_who_blocked_the_bot_gets_no_apology_attempts(telegram_bot: RunningBot, caplog):
    caplog.set_level(logging.INFO)
    fake = telegram_bot.fake
    hal = fake.user("Hal")
    fake.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
    fake.command(hal, "/help")
    await asyncio.sleep(0.5)
    attempts = [c for c in fake.calls if c.method == "sendMessage" and c.chat_id == hal.id]
    assert len(attempts) == 1 and attempts[0].error is not None
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
