"""Benchmark: solo practice through `kill -9`s and flood waits, end to end.

    python tests/bench/faults.py [--kills 40] [--users 4] [--seed 7]

Runs the real bot (`python -m bot run`, the real scorer and bank) as a separate process against
the fake Bot API on 127.0.0.1, while a few debaters draw motions, speak and hand in speeches.
Every 0.5-3 seconds it kills the bot with SIGKILL and starts it again on the same database;
now and then a scorecard is answered with a 429 flood wait. When the kills are done it lets the
bot finish, then prints:

* lost speeches: speeches the bot acknowledged ("saved") that the database does not hold as
  handed in;
* lost cards: speeches handed in whose scorecard never reached the debater;
* duplicated cards: scorecards delivered more than once for one speech;
* integrity-check failures of the database file.

Target: 0, 0, 0, 0. It is a script, not a test; club rounds are covered by the restart tests in
tests/test_chat_club_outbox.py, not here.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakebot import Call, FakeBotApi, FakeUser  # noqa: E402

SPEECH = (
    "We take our side because the rule protects the people it governs. First, the harm is real: "
    "pupils, patients and workers each pay for the status quo, as the cases we know show. Second, "
    "the other side will say the cost is too high, but that cost is smaller, less likely and "
    "easier to undo than the harm we prevent. So we ask you to support our side."
)
STEP_TIMEOUT = 6.0


class Bot:
    """The bot as a child process that can be killed and started again."""

    def __init__(self, fake: FakeBotApi, db: Path) -> None:
        self.env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url,
                    "DEBATE_BOT_DB": str(db), "DEBATE_BOT_TIME_SCALE": "0.01", "DEBATE_BOT_PREP_MINUTES": "1"}
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=str(ROOT), env=self.env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)

    async def kill(self) -> None:
        if self.process and self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
            await self.process.wait()

    async def stop(self) -> None:
        if self.process and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 20)
            except TimeoutError:
                await self.kill()


def says(*words: str):  # type: ignore[no-untyped-def]
    return lambda call: any(w in call.text for w in words)


async def step(fake: FakeBotApi, user: FakeUser, predicate, timeout: float = STEP_TIMEOUT) -> Call | None:  # type: ignore[no-untyped-def]
    """The bot's next matching message to this debater, or None if none came in time."""
    try:
        return await fake.wait_for("sendMessage", chat_id=user.id, predicate=predicate, timeout=timeout,
                                   since=len(fake.calls))
    except AssertionError:
        return None


async def debater(fake: FakeBotApi, user: FakeUser, running: asyncio.Event, acks: list[float]) -> None:
    """Draw, speak and hand in, over and over, starting again from a new draw after a silence."""
    while running.is_set():
        mark = len(fake.calls)
        fake.command(user, "/practice")
        card = await step(fake, user, says("Your side"))
        if card is None:
            continue
        fake.press(user, card, "ready")
        if await step(fake, user, says("Go ahead", "speech")) is None:
            continue
        fake.message(user, SPEECH)
        await step(fake, user, says("words so far"))
        fake.command(user, "/done")
        saved = await step(fake, user, says("saved"), timeout=STEP_TIMEOUT * 2)
        if saved is None:
            fake.command(user, "/done")  # ask again: the bot says where the speech is
            saved = await step(fake, user, says("saved"), timeout=STEP_TIMEOUT)
        if saved is not None and saved.index >= mark:
            acks.append(time.monotonic())


def cards_delivered(fake: FakeBotApi, user: FakeUser) -> int:
    return len([c for c in fake.calls_to("sendMessage", chat_id=user.id) if "Scorecard" in c.text])


def handed_in(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT p.key, COUNT(*) FROM attempts a JOIN people p ON p.id = a.person_id "
            "WHERE a.state IN ('submitted', 'scored') GROUP BY p.key").fetchall()
    return {key: count for key, count in rows}


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


async def main_async(kills: int, users: int, seed: int) -> int:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "faults.db"
        async with FakeBotApi() as fake:
            bot = Bot(fake, db)
            await bot.start()
            people = [fake.user(f"Debater{k}") for k in range(users)]
            for person in people:
                fake.command(person, "/start")
            running = asyncio.Event()
            running.set()
            acks: dict[int, list[float]] = {p.id: [] for p in people}
            tasks = [asyncio.create_task(debater(fake, p, running, acks[p.id])) for p in people]
            floods = 0
            started = time.monotonic()
            for _ in range(kills):
                await asyncio.sleep(rng.uniform(0.5, 3.0))
                if rng.random() < 0.3:
                    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1,
                              when=lambda params: "Scorecard" in str(params.get("text", "")))
                    floods += 1
                await bot.kill()
                await bot.start()
            running.clear()
            await asyncio.gather(*tasks, return_exceptions=True)
            # Let the last bot finish what it owes.
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                owed = handed_in(db)
                if all(cards_delivered(fake, p) >= owed.get(f"tg:{p.id}", 0) for p in people):
                    break
                await asyncio.sleep(1)
            await asyncio.sleep(3)  # a late duplicate would show up now
            await bot.stop()
            owed = handed_in(db)
            acknowledged = {p.id: len(acks[p.id]) for p in people}
            lost = sum(max(0, acknowledged[p.id] - owed.get(f"tg:{p.id}", 0)) for p in people)
            undelivered = sum(max(0, owed.get(f"tg:{p.id}", 0) - cards_delivered(fake, p)) for p in people)
            duplicated = sum(max(0, cards_delivered(fake, p) - owed.get(f"tg:{p.id}", 0)) for p in people)
            check = integrity(db)
            print(f"kills: {kills}  flood waits injected: {floods}  debaters: {users}  "
                  f"run: {time.monotonic() - started:.0f} s")
            print(f"speeches acknowledged: {sum(acknowledged.values())}  handed in: {sum(owed.values())}  "
                  f"cards delivered: {sum(cards_delivered(fake, p) for p in people)}")
            print(f"lost speeches: {lost}  lost cards: {undelivered}  duplicated cards: {duplicated}  "
                  f"integrity: {check}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--users", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    return asyncio.run(main_async(args.kills, args.users, args.seed))


if __name__ == "__main__":
    sys.exit(main())
