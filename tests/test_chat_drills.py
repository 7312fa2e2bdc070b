"""Drills over Telegram, end to end: the real Application against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from botrunner import RunningBot, shipped_bank
from fakebot import FakeBotApi

from bot.motions import Motion, SideName
from bot.scoring.card import CriterionScore, Scorecard

MOTION = "swift-landlord-duties"
UNRELATED = "I like cats, and the weather was lovely at the seaside today."


def says(needle: str):
    return lambda call: needle in call.text


def weak_engagement(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    """A card whose weakest criterion is engagement (answering the other side)."""
    return Scorecard(motion=motion.text, side=side, rubric=rubric, total=55.0, scale=(0.0, 100.0),
                     criteria=(
        CriterionScore("relevance", "Relevance and side", 4, 16.0, "", "", ""),
        CriterionScore("engagement", "Engagement", 1, 1.0, "", "", "")))


@pytest.fixture
async def weak_bot(fake_api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=weak_engagement).start()
    try:
        yield bot
    finally:
        await bot.stop()


async def test_case_building_from_start_to_card(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    ada = fake.user("Ada")
    fake.command(ada, f"/drill case {MOTION}")
    prompt = await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("Case building drill"))
    motion = shipped_bank().get(MOTION)
    assert motion is not None and motion.text in prompt.text and "three strongest points" in prompt.text
    side = "prop" if "You are Proposition" in prompt.text else "opp"
    fake.message(ada, "\n".join(p.claim for p in motion.points(side)[:3]))
    card = await fake.wait_for("sendMessage", chat_id=ada.id, predicate=says("📋"))
    assert "Found:" in card.text and "Cases built this week: 1" in card.text
    rows = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT kind, state FROM drills").fetchall())
    assert rows == [("case", "judged")]
    attempts = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT COUNT(*) FROM attempts").fetchone())
    assert attempts == (0,)  # the answer went to the drill, not to a practice speech


async def test_a_failed_rebuttal_comes_back_and_forget_deletes_drills(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    bo = fake.user("Bo")
    fake.command(bo, f"/drill rebuttal {MOTION}")
    prompt = await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("Rebuttal drill"))
    said = prompt.text.split("says: ", 1)[1].split("\n", 1)[0]
    fake.message(bo, UNRELATED)
    card = await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("📋"))
    assert "You wrote: “I like cats" in card.text and "Strongest responses from the bank" in card.text
    assert "comes back in your next rebuttal drill" in card.text
    assert "Rebuttals this week: 1, answered 0" in card.text
    fake.command(bo, "/drill rebuttal")
    again = await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("Back again"))
    assert said in again.text
    fake.command(bo, "/cancel")
    await fake.wait_for("sendMessage", chat_id=bo.id, predicate=says("Dropped that drill"))
    fake.command(bo, "/forget")
    confirm = await fake.wait_for("sendMessage", chat_id=bo.id)
    fake.press(bo, confirm, "Yes, delete")
    await fake.wait_for("editMessageText", chat_id=bo.id, predicate=says("deleted everything"))
    left = await telegram_bot.services.store.run(
        lambda db: db.execute("SELECT COUNT(*) FROM drills").fetchone())
    assert left == (0,)


async def test_weighing_from_start_to_card(telegram_bot: RunningBot):
    fake = telegram_bot.fake
    cy = fake.user("Cy")
    fake.command(cy, f"/drill weighing {MOTION}")
    prompt = await fake.wait_for("sendMessage", chat_id=cy.id, predicate=says("Weighing drill"))
    assert "Your impact:" in prompt.text and "Their impact:" in prompt.text
    fake.message(cy, "Our harm is far bigger than theirs because it hits more people and is irreversible: "
                     "a family that loses its home cannot undo it for years, while their cost is temporary.")
    card = await fake.wait_for("sendMessage", chat_id=cy.id, predicate=says("📋"))
    assert "Weighing drill" in card.text and "Weighing drills this week: 1" in card.text


async def test_drill_without_a_kind_aims_at_the_weakest_criterion(weak_bot: RunningBot):
    fake = weak_bot.fake
    di = fake.user("Di")
    fake.command(di, "/practice")
    await fake.wait_for("sendMessage", chat_id=di.id, predicate=says("Your side"))
    fake.message(di, "We propose this because it helps people who need it most.")
    await fake.wait_for("sendMessage", chat_id=di.id, predicate=says("words so far"))
    fake.command(di, "/done")
    await fake.wait_for("sendMessage", chat_id=di.id, predicate=says("Scorecard"))
    fake.command(di, "/stats")
    stats = await fake.wait_for("sendMessage", chat_id=di.id, predicate=says("Your progress"))
    assert "Weakest: Engagement" in stats.text and "one 0–100 scale" in stats.text
    fake.command(di, "/drill")
    prompt = await fake.wait_for("sendMessage", chat_id=di.id, predicate=says("🎯"))
    assert "Rebuttal drill" in prompt.text and "weakest criterion is Engagement" in prompt.text
