"""Test helpers for club rounds: a small motion bank, a transparent fake scorer, ballot criteria."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fakebot import Call, FakeBotApi, FakeChat, FakeUser
from telegram.ext import Application, ApplicationBuilder

from bot import club
from bot.chat import app as app_module
from bot.chat.club import register
from bot.chat.club_runtime import ClubRuntime
from bot.chat.context import CONTEXT_TYPES, SERVICES_KEY, Services
from bot.clock import SystemClock
from bot.club import Criterion
from bot.config import Settings
from bot.motions import Bank, KeyPoint, Motion, SideName, Source, other_side
from bot.practice import Practice
from bot.scoring.card import CriterionScore, Scorecard
from bot.scoring_worker import ScoringPool
from bot.storage import Store

CRITERIA = (Criterion("reasoning", "Reasoning"), Criterion("rebuttal", "Rebuttal"))

SOURCE = Source(title="Night trains and the short-haul flight", author="A. Writer", summary="Rail vs air.")

NIGHT_TRAINS = Motion(
    id="night-trains", text="This House would replace short-haul flights with night trains",
    type="policy", info_slide="Several countries subsidise sleeper services.", source=SOURCE,
    tags=("transport", "climate"),
    prop=(KeyPoint("emissions fall", "rail emits far less per passenger"),
          KeyPoint("city centres connect", "stations sit in the middle of cities")),
    opp=(KeyPoint("journeys get slower", "a night is longer than a flight"),
         KeyPoint("tickets cost more", "sleeper berths are expensive to run")),
)
HOMEWORK = Motion(
    id="ban-homework", text="This House would ban homework in primary schools", type="policy",
    info_slide="", source=SOURCE, tags=("education",),
    prop=(KeyPoint("play matters", "children learn through play"),),
    opp=(KeyPoint("practice matters", "repetition builds skill"),),
)
BANK = Bank((NIGHT_TRAINS, HOMEWORK))


def fake_score(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    """Bands grow with 'because' (reasoning) and 'but' (rebuttal); key points match by their claim."""
    text = speech.lower()
    reasoning = min(5, 1 + text.count("because"))
    rebuttal = min(5, 1 + text.count(" but "))
    made = tuple(p.claim for p in motion.points(side) if p.claim in text)
    answered = tuple(p.claim for p in motion.points(other_side(side)) if p.claim in text)
    criteria = (
        CriterionScore("reasoning", "Reasoning", reasoning, reasoning * 10.0, "", "", ""),
        CriterionScore("rebuttal", "Rebuttal", rebuttal, rebuttal * 10.0, "", "", ""),
    )
    return Scorecard(
        motion=motion.id, side=side, rubric=rubric, total=60.0 + reasoning + rebuttal, scale=(50.0, 80.0),
        criteria=criteria, key_points_made=made, opposing_answered=answered,
        key_points_missed=tuple(p.claim for p in motion.points(side) if p.claim not in made),
        scorer_version="fake-1",
    )


# ------------------------------------------------------------------ end-to-end harness


class ClubBot:
    """The real PTB Application with the club handlers, against a FakeBotApi, on a database file,
    built as bot.chat.app builds it: the typed context (CONTEXT_TYPES) and the shared Services."""

    def __init__(self, fake: FakeBotApi, db_path: Path, time_scale: float = 1.0) -> None:
        self.fake, self.db_path, self.time_scale = fake, db_path, time_scale
        self.app: Application | None = None
        self.store: Store | None = None

    async def start(self) -> ClubBot:
        """Build, register and start polling (again, after a stop: a restart)."""
        self.store = Store(self.db_path)
        app = (ApplicationBuilder().context_types(CONTEXT_TYPES).token(self.fake.token)
               .base_url(self.fake.base_url).base_file_url(self.fake.file_url).build())
        settings = Settings(time_scale=self.time_scale, db_path=str(self.db_path))
        clock = SystemClock()
        services = Services(
            settings=settings, store=self.store, bank=BANK,
            practice=Practice(BANK, settings, clock, fake_score), clock=clock, owns_store=False,
            scoring=ScoringPool(fake_score, settings.scoring_workers),
        )
        app.bot_data[SERVICES_KEY] = services
        app.bot_data["club"] = ClubRuntime(services, criteria=CRITERIA, status_delay=0.05, ack_delay=0.3)
        register(app)
        await app.initialize()
        await app.updater.start_polling(timeout=1, poll_interval=0)
        await app.start()
        self.app = app
        return self

    async def stop(self) -> None:
        """Stop polling and shut down, as a process would on restart."""
        app, self.app = self.app, None
        if app is not None:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            app.bot_data[SERVICES_KEY].scoring.close()
        if self.store is not None:
            self.store.close()
            self.store = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    def round(self, round_id: int) -> club.Round:
        assert self.store is not None
        return self.store.call(club.load_round, round_id)

    async def fire(self, round_id: int, kind: str, timeout: float = 5.0) -> None:
        """Run a round's stored timer now through its armed job (waits for it to be armed)."""
        assert self.store is not None and self.app is not None
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            timers = [t for t in self.store.call(club.pending) if t.round_id == round_id and t.kind == kind]
            jobs = [j for t in timers for j in self.app.job_queue.get_jobs_by_name(f"club-timer-{t.id}")]
            if jobs:
                await jobs[0].run(self.app)
                return
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"no armed {kind} timer for round {round_id}: {timers}")
            await asyncio.sleep(0.02)


@asynccontextmanager
async def whole_bot(fake: FakeBotApi, db_path: Path) -> AsyncIterator[Application]:
    """The whole bot (bot.chat.app: practice, club and the rest) with this bank and fake scorer, polling."""
    settings = Settings(token=fake.token, api_base_url=fake.base_url, api_file_url=fake.file_url,
                        db_path=str(db_path))
    app = app_module.build_application(settings, bank=BANK, scorer=fake_score)
    await app.initialize()
    await app.updater.start_polling(timeout=1, poll_interval=0)
    await app.start()
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


def group_text(fake: FakeBotApi, chat_id: int) -> str:
    """Everything the bot posted to the group, for checking nothing leaked."""
    return "\n".join(fake.sent_texts(chat_id))


# ------------------------------------------------------------------ a club of simulated members


@dataclass
class Club:
    fake: FakeBotApi
    bot: ClubBot
    group: FakeChat
    admin: FakeUser
    speakers: list[FakeUser]
    judge: FakeUser


@pytest.fixture
async def room(tmp_path: Path) -> AsyncIterator[Club]:
    async with FakeBotApi() as fake:
        admin = fake.user("Ana", "ana")
        speakers = [fake.user(n, n.lower()) for n in ("Bea", "Cal", "Dot", "Eli")]
        judge = fake.user("Jo", "jo")
        group = fake.group("Debate Club", admins=[admin])
        bot = await ClubBot(fake, tmp_path / "club.db").start()
        try:
            yield Club(fake, bot, group, admin, speakers, judge)
        finally:
            await bot.stop()


def in_group(room: Club, needle: str) -> Callable[[Call], bool]:
    return lambda c: c.chat_id == room.group.id and needle in c.text


async def open_round(room: Club, args: str = "night-trains", who: FakeUser | None = None) -> tuple[Call, int]:
    room.fake.command(who or room.admin, f"/session {args}".strip(), chat=room.group)
    card = await room.fake.wait_for("sendMessage", chat_id=room.group.id)
    match = re.search(r"Club round #(\d+)", card.text)
    assert match, card.text
    return card, int(match.group(1))


async def join(room: Club, card: Call, user: FakeUser, label: str = "Join as speaker") -> None:
    room.fake.press(user, card, label, chat=room.group)
    await room.fake.wait_for("answerCallbackQuery")


async def start(room: Club, card: Call) -> Call:
    room.fake.press(room.admin, card, "Start", chat=room.group)
    return await room.fake.wait_for("sendMessage", predicate=in_group(room, "The draw"))


async def hand_in(room: Club, user: FakeUser, round_id: int, text: str) -> Call:
    room.fake.command(user, f"/start round-{round_id}")
    await room.fake.wait_for("sendMessage", chat_id=user.id, predicate=lambda c: "Send " in c.text)
    room.fake.message(user, text)
    room.fake.command(user, "/done")
    return await room.fake.wait_for("sendMessage", chat_id=user.id, predicate=lambda c: "Got your" in c.text)


async def drawn_round(room: Club, speakers: list[FakeUser], judge: FakeUser | None = None,
                      args: str = "night-trains") -> tuple[Call, int, Call]:
    """Open a round, sign up `speakers` (and `judge` as adjudicator), make the draw.

    Returns the round's card, its id and the draw message.
    """
    card, round_id = await open_round(room, args)
    for user in speakers:
        await join(room, card, user)
    if judge is not None:
        await join(room, card, judge, "Join as adjudicator")
    return card, round_id, await start(room, card)

