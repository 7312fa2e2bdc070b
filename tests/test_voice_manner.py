"""A spoken speech's delivery informs the rubric's manner criterion (bot/voice/manner.py): the same
text scores the same written, and spoken badly (fast, full of fillers) its Manner band drops with
the reason and the next step on the card; a clean delivery leaves it as the text earned it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from botrunner import RunningBot, shipped_bank
from fakebot import Call, FakeBotApi

from bot.card_render import html, layout
from bot.chat.voice import DESK_KEY, VoiceDesk
from bot.scoring.card import Scorecard
from bot.scoring.scorer import score
from bot.voice.delivery import allowed_seconds, analyse, with_delivery
from bot.voice.manner import inform_manner
from bot.voice.transcript import Transcript, Word

MOTION = "swift-landlord-duties"


def _speech() -> str:
    motion = shipped_bank().get(MOTION)
    assert motion is not None
    points = " ".join(f"{p.claim.capitalize()}, because {p.reasoning}." for p in motion.prop[:3])
    return (f"We support this motion. {points} The other side will say it costs too much, "
            "but that misses who carries the cost today.")


def spoken(text: str, seconds_per_word: float, fillers_every: int = 0) -> Transcript:
    """What the recognizer hears: the text at a steady pace, with "um" every few words if asked."""
    out: list[str] = []
    for i, word in enumerate(text.split(), 1):
        out.append(word)
        if fillers_every and i % fillers_every == 0:
            out.append("um,")
    words = tuple(Word(w, i * seconds_per_word, (i + 0.8) * seconds_per_word) for i, w in enumerate(out))
    return Transcript(" ".join(out), words, words[-1].end + 0.5)


def _manner(card: Scorecard) -> tuple[int, float, str, str]:
    found = next(c for c in card.criteria if c.id == "manner")
    return found.band, found.points, found.reason, found.next_step


@pytest.fixture(scope="module")
def written() -> Scorecard:
    motion = shipped_bank().get(MOTION)
    assert motion is not None
    return score(_speech(), motion, "prop", "australs")


def test_a_fast_filler_heavy_delivery_lowers_manner_and_says_why(written: Scorecard) -> None:
    hurried = spoken(_speech(), 0.25, fillers_every=6)  # 240 words a minute, an "um" every six words
    delivery = analyse([hurried], allowed_seconds("australs", 7.0))
    card = with_delivery(written, delivery)
    band, points, reason, step = _manner(card)
    before = _manner(written)
    assert band == max(1, before[0] - 1) and points <= before[1]
    assert "words a minute" in reason and "fillers" in reason and "Delivery:" in reason
    assert "slow down" in step and "fillers" in step
    assert card.total <= written.total
    assert inform_manner(card, delivery) == card  # informed once, however often it is asked
    others = [(c.id, c.band, c.points) for c in card.criteria if c.id != "manner"]
    assert others == [(c.id, c.band, c.points) for c in written.criteria if c.id != "manner"]
    shown = html(layout(card, detail="short"))  # Telegram's card: the Delivery section says it
    assert "Manner heard a pace of 240 words a minute" in shown
    assert f"drops from {before[0]} to {band}" in shown


def test_a_clean_delivery_leaves_manner_as_the_text_earned_it(written: Scorecard) -> None:
    steady = spoken(_speech(), 0.4)  # 150 words a minute, no fillers, no pauses
    delivery = analyse([steady], allowed_seconds("australs", 7.0))
    card = with_delivery(written, delivery)
    assert _manner(card) == _manner(written) and card.total == written.total
    assert "manner" not in card.extras["delivery"]  # the Delivery section keeps its plain note


def says(needle: str) -> Callable[[Call], bool]:
    return lambda call: needle in call.text


async def test_the_same_speech_spoken_and_written_on_the_australs_rubric(
    fake_api: FakeBotApi, tmp_path: Path,
) -> None:
    """End to end with the real scorer: spoken fast with fillers, Manner carries the delivery note
    and the Delivery section says so; the same text typed gets neither."""
    bot = await RunningBot(fake_api, tmp_path / "bot.db", env={"DEBATE_BOT_RUBRIC": "australs"}).start()
    try:
        assert bot.app is not None
        hurried = spoken(_speech(), 0.25, fillers_every=6)
        bot.app.bot_data[DESK_KEY] = VoiceDesk(transcribe=lambda _: hurried, available=lambda: True)
        kit = fake_api.user("Kit")
        fake_api.command(kit, f"/practice {MOTION}")
        await fake_api.wait_for("sendMessage", chat_id=kit.id)
        fake_api.recording(kit, b"OggS speech", duration=60)
        await fake_api.wait_for("sendMessage", chat_id=kit.id, predicate=says("Part 1 transcribed"))
        fake_api.command(kit, "/done")
        card = await fake_api.wait_for("sendMessage", chat_id=kit.id, predicate=says("Scorecard"), timeout=60)
        assert "Manner heard a pace of 240 words a minute (130–170 is comfortable)" in card.text
        assert "so its band drops from" in card.text and "The other marks read the transcript" in card.text

        mark = fake_api.mark()
        fake_api.command(kit, f"/practice {MOTION}")
        await fake_api.wait_for("sendMessage", chat_id=kit.id, since=mark)
        fake_api.message(kit, _speech())
        fake_api.command(kit, "/done")
        typed = await fake_api.wait_for("sendMessage", chat_id=kit.id, predicate=says("Scorecard"),
                                        since=mark, timeout=60)
        assert "Manner" in typed.text and "Delivery" not in typed.text and "Manner heard" not in typed.text
    finally:
        await bot.stop()
