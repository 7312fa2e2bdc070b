"""Prep timers and restarts: stored deadlines ring once, even across a restart of the bot."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path

from botrunner import TIME_SCALE, RunningBot, simple_scorer
from fakebot import Call, FakeBotApi, FakeUser, keyboard_buttons

from bot.clock import SystemClock
from bot.config import Settings
from bot.motions import load_bank
from bot.practice import Practice
from bot.storage import Store

PREP_SECONDS = 15 * 60 * TIME_SCALE  # the default 15 minutes at the test time scale


def says(needle: str):
    return lambda call: needle in call.text


async def start_prep(fake: FakeBotApi, user: FakeUser) -> tuple[Call, Call]:
    """Draw a motion and press Start prep: the motion card and the "Prep started" message."""
    fake.command(user, "/practice")
    card = await fake.wait_for("sendMessage", chat_id=user.id)
    fake.press(user, card, "Start prep")
    return card, await fake.wait_for("sendMessage", chat_id=user.id, predicate=says("Prep started"))


async def test_prep_reminds_a_minute_before_the_end_then_ends(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    eve = fake.user("Eve")
    card, started = await start_prep(fake, eve)
    assert "You then have 7 minutes to hand in your speech" in started.text  # "late" is never a surprise
    now_shown = keyboard_buttons(fake.current(eve.id, card.message_id).get("reply_markup"))
    assert [b.text for b in now_shown] == ["🎤 I'm ready to speak"]
    reminder = await fake.wait_for("sendMessage", chat_id=eve.id, predicate=says("One minute"), timeout=5)
    over = await fake.wait_for("sendMessage", chat_id=eve.id, predicate=says("Prep time is over"), timeout=5)
    assert reminder.index < over.index
    drawn = [m.text for m in load_bank().motions if html.escape(m.text, quote=False) in card.text]
    assert drawn, "the motion card names a motion of the bank"
    for ring in (reminder, over):  # each names the motion it is for, so several preps are told apart
        assert f"<b>{html.escape(drawn[0].rstrip('.'), quote=False)}</b>. " in ring.text  # one full stop
        assert ring.params.get("parse_mode") == "HTML"
    assert "Send your speech within 7 minutes" in over.text
    assert over.at - reminder.at < PREP_SECONDS


async def test_speaking_early_silences_the_prep_timers(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    finn = fake.user("Finn")
    await start_prep(fake, finn)
    fake.message(finn, "I start speaking before prep is over, because I am ready.")
    await fake.wait_for("sendMessage", chat_id=finn.id, predicate=says("words so far"))
    await asyncio.sleep(PREP_SECONDS + 0.5)
    assert not [t for t in fake.sent_texts(finn.id) if "Prep time is over" in t or "One minute" in t]


async def test_a_restart_during_prep_keeps_the_deadline(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    gia = fake.user("Gia")
    fake.command(gia, "/settings prep 30")  # 3.6 s at the test time scale: room for a slow restart
    await fake.wait_for("sendMessage", chat_id=gia.id)
    _card, started = await start_prep(fake, gia)
    await telegram_bot.restart()
    assert not [t for t in fake.sent_texts(gia.id) if "Prep time is over" in t]
    await fake.wait_for("sendMessage", chat_id=gia.id, predicate=says("Prep time is over"),
                        since=started.index, timeout=10)
    await asyncio.sleep(0.5)
    assert sum("Prep time is over" in t for t in fake.sent_texts(gia.id)) == 1
    assert sum("One minute" in t for t in fake.sent_texts(gia.id)) == 1
    assert telegram_bot.starts == 2


def _broken_scorer(*args: object) -> object:
    raise RuntimeError("the model file is missing")


async def test_a_speech_left_unscored_is_scored_after_a_restart(fake_api: FakeBotApi, tmp_path: Path):
    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=_broken_scorer).start()  # type: ignore[arg-type]
    try:
        hana = fake_api.user("Hana")
        fake_api.command(hana, "/practice")
        await fake_api.wait_for("sendMessage", chat_id=hana.id)
        fake_api.message(hana, "Pollution has a price, because the commons is shared by all of us.")
        await fake_api.wait_for("sendMessage", chat_id=hana.id, predicate=says("words so far"))
        fake_api.command(hana, "/done")
        sorry = await fake_api.wait_for("sendMessage", chat_id=hana.id, predicate=says("could not score"))
        assert "saved" in sorry.text.lower()

        bot.scorer = simple_scorer
        await bot.restart()
        card = await fake_api.wait_for("sendMessage", chat_id=hana.id, predicate=says("Scorecard"),
                                       since=sorry.index)
        assert "Pollution has a price" in card.text
    finally:
        await bot.stop()


async def test_a_speech_stored_before_a_crash_gets_its_card(fake_api: FakeBotApi, tmp_path: Path):
    ivo = fake_api.user("Ivo")
    db_path = tmp_path / "bot.db"
    store = Store(db_path)  # another process stored the speech, then died before scoring it
    practice = Practice(load_bank(), Settings(), SystemClock(), simple_scorer)
    person = store.call(practice.person, f"tg:{ivo.id}", "Ivo")
    store.call(practice.draw, person)
    store.call(practice.submit, person, "Markets fail when nobody owns the pasture, so rules must.")
    store.close()

    bot = await RunningBot(fake_api, db_path, scorer=simple_scorer).start()
    try:
        card = await fake_api.wait_for("sendMessage", chat_id=ivo.id, predicate=says("Scorecard"), since=0)
        assert "Markets fail" in card.text
    finally:
        await bot.stop()
