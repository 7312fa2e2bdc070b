"""Drills answered by voice, end to end through the real bot and the fake Bot API: the recording
is transcribed and judged exactly as the same answer typed, and a recorded answer left unjudged
by a restart is finished at the next start."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from botrunner import RunningBot, shipped_bank
from fakebot import Call, FakeBotApi
from test_voice import clips  # noqa: F401  (the session's recordings)

from bot.chat.voice import DESK_KEY, VoiceDesk
from bot.voice.transcript import Transcript, Word

MOTION = "swift-landlord-duties"
Clips = Callable[[str], Path]


def says(needle: str) -> Callable[[Call], bool]:
    return lambda call: needle in call.text


def heard(text: str) -> Callable[[bytes], Transcript]:
    """A transcriber that hears `text` at 150 words a minute, whatever the recording."""
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(text.split()))
    return lambda data: Transcript(text, words, words[-1].end + 0.5)


async def _case_drill(fake: FakeBotApi, user_name: str) -> tuple[int, str]:
    """A case-building drill on MOTION: the user's id and the three claims of their side."""
    user = fake.user(user_name)
    fake.command(user, f"/drill case {MOTION}")
    prompt = await fake.wait_for("sendMessage", chat_id=user.id, predicate=says("Case building drill"))
    motion = shipped_bank().get(MOTION)
    assert motion is not None
    side = "prop" if "You are Proposition" in prompt.text else "opp"
    return user.id, " ".join(p.claim for p in motion.points(side)[:3])


async def test_a_drill_answered_by_voice_is_transcribed_and_judged(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    user_id, claims = await _case_drill(fake, "Ada")
    assert telegram_bot.app is not None
    telegram_bot.app.bot_data[DESK_KEY] = VoiceDesk(transcribe=heard(claims), available=lambda: True)
    ada = fake.users[user_id]
    fake.recording(ada, b"OggS answer", duration=20)
    await fake.wait_for("sendMessage", chat_id=user_id, predicate=says("Transcribing your answer"))
    shown = await fake.wait_for("sendMessage", chat_id=user_id, predicate=says("Your answer, transcribed"),
                                timeout=30)
    assert "<blockquote expandable>" in shown.params["text"]
    card = await fake.wait_for("sendMessage", chat_id=user_id, predicate=says("📋"), timeout=30)
    assert "Found:" in card.text and "Cases built this week: 1" in card.text
    assert "Delivery" not in card.text  # a drill card has no delivery section (bot/chat/voice_drill.py)
    rows = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT state, answer FROM drills").fetchall())
    assert rows == [("judged", claims)]
    left = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT COUNT(*) FROM drill_voice_answers").fetchone())
    assert left == (0,)


async def test_a_recorded_drill_answer_is_judged_after_a_restart(
    fake_api: FakeBotApi, tmp_path: Path, clips: Clips,  # noqa: F811
) -> None:
    """A real recording (synthesised speech): the bot stops while it is transcribed; the next start
    transcribes it with the real recognizer and judges it."""
    release = threading.Event()

    def stuck(data: bytes) -> Transcript:  # the bot stops while this recording is transcribed
        release.wait(30)
        raise RuntimeError("the process was stopped")

    bot = await RunningBot(fake_api, tmp_path / "bot.db").start()
    try:
        user_id, _claims = await _case_drill(fake_api, "Bo")
        assert bot.app is not None
        bot.app.bot_data[DESK_KEY] = VoiceDesk(transcribe=stuck, available=lambda: True)
        fake_api.recording(fake_api.users[user_id], clips("speech.ogg").read_bytes(), duration=39)
        waiting = await fake_api.wait_for("sendMessage", chat_id=user_id, predicate=says("Transcribing"))
        await bot.restart()  # the new bot's own desk (the real recognizer) finishes it
        release.set()
        shown = await fake_api.wait_for("sendMessage", chat_id=user_id, since=waiting.index, timeout=60,
                                        predicate=says("Your answer, transcribed"))
        assert "private cars" in shown.text
        card = await fake_api.wait_for("sendMessage", chat_id=user_id, predicate=says("📋"),
                                       since=waiting.index, timeout=60)
        assert "private cars" in card.text.lower()  # the card quotes the transcribed answer
    finally:
        release.set()
        await bot.stop()
