"""The real Telegram Application running against the fake Bot API, with restart for restart tests.

    async with FakeBotApi() as fake:
        bot = await RunningBot(fake, tmp_path / "bot.db").start()   # polling, post_init done
        ...
        await bot.restart()          # stop, then a brand-new Application on the same database
        await bot.stop()

`scorer=None` uses the real scorer (bot.scoring.score); pass a function to control the card.
Timers run at DEBATE_BOT_TIME_SCALE = TIME_SCALE, so 15 minutes of prep last 1.8 seconds.
"""

from __future__ import annotations

import functools
from pathlib import Path

from fakebot import FakeBotApi
from telegram.ext import Application

from bot.chat.app import Services, build_application
from bot.config import Settings, load_settings
from bot.motions import Bank, Motion, SideName, load_bank
from bot.practice import Scorer
from bot.scoring.card import CriterionScore, Scorecard

TIME_SCALE = 0.002


@functools.cache
def shipped_bank() -> Bank:
    """The shipped motion bank, loaded once per test run (parsing it takes a quarter second)."""
    return load_bank("")


class RunningBot:
    """One bot process, as far as the tests can tell: build, start polling, stop."""

    def __init__(
        self, fake: FakeBotApi, db_path: Path, *, scorer: Scorer | None = None, bank: Bank | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.fake = fake
        self.settings: Settings = load_settings({
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "DEBATE_BOT_DB": str(db_path),
            "DEBATE_BOT_TIME_SCALE": str(TIME_SCALE),
            **(env or {}),
        })
        self.scorer = scorer
        self.bank = bank
        self.app: Application | None = None
        self.starts = 0

    @property
    def services(self) -> Services:
        assert self.app is not None, "the bot is not running"
        found: Services = self.app.bot_data["services"]
        return found

    async def start(self) -> RunningBot:
        """Build a new Application and run it as run_polling would: init, post_init, poll, start."""
        app = build_application(self.settings, scorer=self.scorer, bank=self.bank or shipped_bank())
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(timeout=1, poll_interval=0)
        await app.start()
        self.app = app
        self.starts += 1
        return self

    async def stop(self) -> None:
        """Stop polling and shut down (post_shutdown closes the database)."""
        app, self.app = self.app, None
        if app is None:
            return
        assert app.updater is not None
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)

    async def restart(self) -> RunningBot:
        """Stop this Application and start a new one on the same database."""
        await self.stop()
        return await self.start()


def simple_scorer(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    """A transparent stand-in scorer: band 2 and up with length; quotes the first sentence."""
    words = len(speech.split())
    band = min(5, 2 + words // 40)
    first = speech.strip().split(".")[0][:200]
    criteria = (
        CriterionScore("reasoning", "Reasoning", band, band * 10.0, f"{words} words of reasoning.",
                       f"“{first}”", "Explain why your first claim matters."),
        CriterionScore("rebuttal", "Rebuttal", 1, 5.0, "No rebuttal yet.", "", "Answer the other side."),
    )
    return Scorecard(
        motion=motion.text, side=side, rubric=rubric, total=float(band * 10 + 5), scale=(0.0, 100.0),
        criteria=criteria, key_points_made=tuple(p.claim for p in motion.points(side)[:1]),
        key_points_missed=tuple(p.claim for p in motion.points(side)[1:]), scorer_version="simple-1",
    )
