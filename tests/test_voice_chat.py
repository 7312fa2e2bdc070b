"""Voice speeches end to end: the real bot against the fake Bot API, from a voice message to a card
with a Delivery section, bad recordings, the bot without the voice extra, and a restart while a
recording is being transcribed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from botrunner import RunningBot, simple_scorer
from fakebot import Call, FakeBotApi, FakeUser
from test_voice import clips  # noqa: F401  (the session's recordings)

from bot.chat.voice import DESK_KEY, VoiceDesk
from bot.clock import SystemClock
from bot.config import Settings
from bot.motions import load_bank
from bot.practice import Practice
from bot.storage import Store
from bot.voice import records as voice_records
from bot.voice.transcript import Transcript

Clips = Callable[[str], Path]


def says(needle: str) -> Callable[[Call], bool]:
    return lambda call: needle in call.text


async def _motion(fake: FakeBotApi, user: FakeUser) -> None:
    fake.command(user, "/practice")
    await fake.wait_for("sendMessage", chat_id=user.id)  # the motion card


async def test_a_voice_message_becomes_a_card_with_a_delivery_section(
    telegram_bot: RunningBot, clips: Clips,  # noqa: F811
) -> None:
    fake = telegram_bot.fake
    ada = fake.user("Ada")
    await _motion(fake, ada)
    fake.recording(ada, clips("speech.ogg").read_bytes(), duration=39)
    await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("Transcribing your 39-second speech"))
    shown = await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("Part 1 transcribed"),
                                timeout=60)
    assert "<blockquote expandable>" in shown.params["text"] and "private cars" in shown.text
    assert fake.calls_to("getFile")
    fake.command(ada, "/done")
    card = await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("Scorecard"), timeout=30)
    assert "Delivery" in card.text and "words a minute" in card.text
    assert "Time: you spoke for 0:3" in card.text
    speech = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT speech FROM attempts WHERE state = 'scored'").fetchone()[0])
    assert "private cars" in speech.lower()  # the transcript is the stored speech


async def test_bad_recordings_get_a_clear_reply_and_text_still_works(
    telegram_bot: RunningBot, clips: Clips,  # noqa: F811
) -> None:
    fake = telegram_bot.fake
    bo = fake.user("Bo")
    await _motion(fake, bo)
    fake.recording(bo, clips("silence.ogg").read_bytes(), duration=5)
    await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("That recording is silent"), timeout=30)
    fake.recording(bo, clips("corrupt.ogg").read_bytes(), duration=30, kind="audio", file_name="speech.mp3",
                   mime_type="audio/mpeg")
    await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("looks damaged"), timeout=30)
    mark = fake.mark()
    fake.recording(bo, b"OggS", duration=2 * 3600)  # a 2-hour voice message: refused before downloading
    await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("over the 15-minute limit"))
    assert not fake.calls_to("getFile", since=mark)
    fake.message(bo, "Cities belong to people, because streets are shared by everyone who lives there.")
    await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("words so far"))
    fake.command(bo, "/done")
    card = await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("Scorecard"), timeout=30)
    assert "Delivery" not in card.text  # a written speech has no delivery section


async def test_without_the_voice_extra_the_bot_says_how_to_enable_it(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    cy = fake.user("Cy")
    assert telegram_bot.app is not None
    telegram_bot.app.bot_data[DESK_KEY] = VoiceDesk(available=lambda: False)
    fake.recording(cy, b"OggS", duration=60)
    reply = await fake.wait_for("sendMessage", chat_id=cy.id, predicate=says("voice support"))
    assert 'pip install ".[voice]"' in reply.text
    assert not [t for t in fake.sent_texts(cy.id) if "only read text" in t]


async def test_a_restart_mid_transcription_finishes_the_speech(
    fake_api: FakeBotApi, tmp_path: Path, clips: Clips,  # noqa: F811
) -> None:
    release = threading.Event()

    def stuck(data: bytes) -> Transcript:  # the bot stops while this recording is transcribed
        release.wait(30)
        raise RuntimeError("the process was stopped")

    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=simple_scorer).start()
    try:
        dee = fake_api.user("Dee")
        await _motion(fake_api, dee)
        assert bot.app is not None
        bot.app.bot_data[DESK_KEY] = VoiceDesk(transcribe=stuck)
        fake_api.recording(dee, clips("speech.ogg").read_bytes(), duration=39)
        await fake_api.wait_for("sendMessage", chat_id=dee.id, predicate=says("Transcribing"))
        fake_api.command(dee, "/done")
        waiting = await fake_api.wait_for("sendMessage", chat_id=dee.id, predicate=says("still transcribing"))
        await bot.restart()  # the recording's bytes and the hand-in are stored; the new bot finishes them
        release.set()
        shown = await fake_api.wait_for("sendMessage", chat_id=dee.id, predicate=says("Part 1 transcribed"),
                                        since=waiting.index, timeout=60)
        card = await fake_api.wait_for("sendMessage", chat_id=dee.id, predicate=says("Scorecard"),
                                       since=shown.index, timeout=30)
        assert "Delivery" in card.text
        assert sum("Part 1 transcribed" in t for t in fake_api.sent_texts(dee.id)) == 1
    finally:
        release.set()
        await bot.stop()



async def test_help_states_the_voice_limits_and_a_recording_without_a_motion_is_explained(
    telegram_bot: RunningBot,
) -> None:
    fake = telegram_bot.fake
    assert telegram_bot.app is not None
    # Voice support is installed here (the no-motion answer, not the install hint, is under test).
    telegram_bot.app.bot_data[DESK_KEY] = VoiceDesk(available=lambda: True)
    eve = fake.user("Eve")
    fake.command(eve, "/help")
    shown = await fake.wait_for("sendMessage", chat_id=eve.id)
    assert "Voice messages and audio files" in shown.text and "15 minutes" in shown.text
    fake.recording(eve, b"OggS", duration=60)
    reply = await fake.wait_for("sendMessage", chat_id=eve.id)
    assert "/practice" in reply.text and "send your recording again" in reply.text


async def test_a_recording_kept_before_a_crash_is_downloaded_transcribed_and_handed_in(
    fake_api: FakeBotApi, tmp_path: Path, clips: Clips,  # noqa: F811
) -> None:
    """The bot died after storing the voice message's file id and a /done, before downloading it."""
    fay = fake_api.user("Fay")
    file_id = fake_api.add_file(clips("speech.ogg").read_bytes(), "voice.ogg")
    db_path = tmp_path / "bot.db"
    store = Store(db_path)
    practice = Practice(load_bank(), Settings(), SystemClock(), simple_scorer)
    person = store.call(practice.person, f"tg:{fay.id}", "Fay")
    draw = store.call(practice.draw, person)
    store.call(voice_records.add_part, draw.attempt_id, fay.id, file_id, 39.0, 0.0)
    store.call(voice_records.request_hand_in, draw.attempt_id, fay.id, 0.0)
    store.close()

    bot = await RunningBot(fake_api, db_path, scorer=simple_scorer).start()
    try:
        shown = await fake_api.wait_for("sendMessage", chat_id=fay.id, predicate=says("Part 1 transcribed"),
                                        since=0, timeout=60)
        card = await fake_api.wait_for("sendMessage", chat_id=fay.id, predicate=says("Scorecard"),
                                       since=shown.index, timeout=30)
        assert "Delivery" in card.text and fake_api.calls_to("getFile")
    finally:
        await bot.stop()
