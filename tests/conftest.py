"""Fixtures of general use: the fake Bot API, and the real bot running against it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fakebot import FakeBotApi

if TYPE_CHECKING:
    from botrunner import RunningBot


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """A fake Telegram Bot API on 127.0.0.1 (see tests/fakebot.py)."""
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
async def telegram_bot(fake_api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    """The real bot polling the fake API with a fresh database and the transparent `simple_scorer`
    (build a RunningBot with scorer=None for the real one)."""
    from botrunner import RunningBot, simple_scorer  # imported here so unrelated tests never load the bot

    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=simple_scorer).start()
    try:
        yield bot
    finally:
        await bot.stop()
