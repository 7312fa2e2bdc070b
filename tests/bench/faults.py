"""Benchmark: solo practice and club rounds through `kill -9`s and flood waits, end to end.

    python tests/bench/faults.py [--kills 40] [--users 4] [--club-rounds 6] [--seed 7] [--skip-solo]

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

Then the club part, on a second database: a few groups (an admin, three speakers and an
adjudicator each) run `--club-rounds` open-format rounds with real, scaled timers
(DEBATE_BOT_TIME_SCALE=0.03: prep 27 s, speeches 9 s, adjudication 18 s) while the bot is killed
and started again up to another `--kills` times (until the rounds are over), so the kills fall in
sign-up, prep, speeches and adjudication. One speaker of each round hands in during prep, the
others once speeches are open (late, during adjudication, if the window passed while the bot was
down); the adjudicator takes a second or two over each ballot button. Members retry a step after a
silence. When the rounds are over it prints:

* club lost speeches: speeches the bot acknowledged ("Got your speech") that the round in the
  database does not hold;
* lost / duplicated scorecards: each speech of a finished round owes its speaker one private
  "Your scorecard" (club_speeches with a card);
* lost / duplicated results: each finished round owes the group one "🏁 Round #N" result;
* lost / duplicated ballots: each club_ballots row owes its adjudicator one ballot message;
* integrity-check failures of the club database file.

Target: all 0. It is a script, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import signal
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakebot import Call, FakeBotApi, FakeChat, FakeUser, keyboard_buttons  # noqa: E402

SPEECH = (
    "We take our side because the rule protects the people it governs. First, the harm is real: "
    "pupils, patients and workers each pay for the status quo, as the cases we know show. Second, "
    "the other side will say the cost is too high, but that cost is smaller, less likely and "
    "easier to undo than the harm we prevent. So we ask you to support our side."
)
STEP_TIMEOUT = 6.0


class Bot:
    """The bot as a child process that can be killed and started again."""

    def __init__(self, fake: FakeBotApi, db: Path, time_scale: str = "0.01") -> None:
        self.env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url,
                    "DEBATE_BOT_DB": str(db), "DEBATE_BOT_TIME_SCALE": time_scale,
                    "DEBATE_BOT_PREP_MINUTES": "1"}
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


async def solo_async(kills: int, users: int, seed: int) -> None:
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
            print(f"solo: kills: {kills}  flood waits injected: {floods}  debaters: {users}  "
                  f"run: {time.monotonic() - started:.0f} s")
            print(f"solo: speeches acknowledged: {sum(acknowledged.values())}  "
                  f"handed in: {sum(owed.values())}  "
                  f"cards delivered: {sum(cards_delivered(fake, p) for p in people)}")
            print(f"solo: lost speeches: {lost}  lost cards: {undelivered}  duplicated cards: {duplicated}  "
                  f"integrity: {check}", flush=True)

# ------------------------------------------------------------------ club rounds

CLUB_SCALE = "0.03"  # open format: prep 15 min, speeches 5, adjudication 10 -> 27 s, 9 s, 18 s
CLUB_STEP = 4.0
ROUND_LIMIT = 240.0  # a round that is not over after this long is reported as stuck
DONE = ("done", "cancelled")
ACKED = (re.compile(r"Got your speech for round #(\d+)"),
         re.compile(r"I handed in the speech you had sent \([^)]*\) for round #(\d+)"))
SCORECARD = re.compile(r"Your scorecard · round #(\d+)")
RESULT = re.compile(r"🏁 (?:<b>)?Round #(\d+): ")
BALLOT = re.compile(r"Ballot(?:</b>)? · round #(\d+)")


@dataclass
class Club:
    group: FakeChat
    admin: FakeUser
    speakers: list[FakeUser]
    judge: FakeUser
    rounds: list[int] = field(default_factory=list)
    stuck: list[int] = field(default_factory=list)


def query(db: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    """Rows from the bot's database, read-only ([] while it cannot be read)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
            return conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError:
        return []


def stage_of(db: Path, round_id: int) -> str | None:
    rows = query(db, "SELECT stage FROM club_rounds WHERE id = ?", round_id)
    return str(rows[0][0]) if rows else None


def last_sent(fake: FakeBotApi, chat_id: int, pattern: str) -> Call | None:
    found = [c for c in fake.calls_to("sendMessage", chat_id=chat_id) if pattern in c.text and c.buttons]
    return found[-1] if found else None


async def answered(fake: FakeBotApi, update: dict[str, Any], timeout: float = CLUB_STEP) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if fake.answers_to(update):
            return True
        await asyncio.sleep(0.1)
    return False


async def signed_up(fake: FakeBotApi, db: Path, club: Club) -> int:
    """The admin opens a round, the members join, the admin starts it: each step retried after a
    silence (the database says which steps took, as the group's status message would)."""
    while True:
        open_rows = query(db, "SELECT id FROM club_rounds WHERE chat_id = ? AND stage NOT IN ('done', "
                              "'cancelled') ORDER BY id DESC LIMIT 1", club.group.id)
        if open_rows:
            break
        mark = len(fake.calls)
        fake.command(club.admin, "/session", chat=club.group)
        with contextlib.suppress(AssertionError):
            await fake.wait_for("sendMessage", chat_id=club.group.id, since=mark, timeout=CLUB_STEP,
                                predicate=says("Club round #"))
    round_id = int(open_rows[0][0])
    while stage_of(db, round_id) == "signup":
        card = last_sent(fake, club.group.id, f"Club round #{round_id}")
        if card is None or not any("Join" in b.text for b in card.buttons):
            mark = len(fake.calls)
            fake.command(club.admin, "/round", chat=club.group)  # the card again
            with contextlib.suppress(AssertionError):
                await fake.wait_for("sendMessage", chat_id=club.group.id, since=mark, timeout=CLUB_STEP,
                                    predicate=says(f"Club round #{round_id}"))
            continue
        joined = {int(r[0]) for r in query(db, "SELECT user_id FROM club_participants WHERE round_id = ?",
                                           round_id)}
        todo = [(u, "Join as speaker") for u in club.speakers if u.id not in joined]
        if club.judge.id not in joined:
            todo.append((club.judge, "Join as adjudicator"))
        if not todo:
            todo = [(club.admin, "Start")]
        for user, label in todo:
            try:
                update = fake.press(user, card, label, chat=club.group)
            except LookupError:
                break
            await answered(fake, update)
    return round_id


async def club_speaker(fake: FakeBotApi, db: Path, user: FakeUser, round_id: int, *, in_prep: bool) -> None:
    """Open the private link, send the speech, hand it in; from the link again after a silence."""
    text = f"{user.first_name} in round {round_id}: {SPEECH}"
    while not in_prep and stage_of(db, round_id) in ("signup", "prep"):
        await asyncio.sleep(0.3)
    while stage_of(db, round_id) in ("prep", "speeches", "adjudication"):
        if any((round_id, user.id) in sent_matching(fake, user.id, pattern, user.id) for pattern in ACKED):
            return  # handed in (by the member, or by the deadline)
        fake.command(user, f"/start round-{round_id}")
        if await step(fake, user, says("Send "), timeout=CLUB_STEP) is None:
            continue
        fake.message(user, text)
        await step(fake, user, says("words so far"), timeout=CLUB_STEP)
        fake.command(user, "/done")
        got = await step(fake, user, says(f"Got your speech for round #{round_id}"), timeout=CLUB_STEP)
        if got is not None:
            return


async def club_judge(fake: FakeBotApi, db: Path, user: FakeUser, round_id: int, rng: random.Random) -> None:
    """Wait for the ballot, then press through it as it stands now: bands, a winner, hand in."""
    band, winner = f"all {rng.randint(2, 5)}", rng.choice(("prop", "opp"))
    while stage_of(db, round_id) not in (*DONE, None):
        sent = [c for c in fake.calls_to("sendMessage", chat_id=user.id) if f"round #{round_id}" in c.text
                and BALLOT.search(c.text)]
        if not sent:
            await asyncio.sleep(0.5)
            continue
        ballot = sent[-1]
        buttons = keyboard_buttons(fake.current(user.id, ballot.message_id or 0).get("reply_markup"))
        choice = ([b for b in buttons if b.text == band]
                  + [b for b in buttons if b.data == f"club:w:{round_id}:{winner}"]
                  + [b for b in buttons if (b.data or "").startswith("club:sub:")])
        if not choice:
            return  # handed in
        await asyncio.sleep(rng.uniform(1.0, 2.0))
        mark = len(fake.calls)
        fake.press(user, ballot, data=choice[0].data)
        with contextlib.suppress(AssertionError):
            await fake.wait_for("editMessageText", chat_id=user.id, since=mark, timeout=CLUB_STEP)


async def club_rounds(fake: FakeBotApi, db: Path, club: Club, rounds: int, rng: random.Random) -> None:
    for _ in range(rounds):
        round_id = await signed_up(fake, db, club)
        club.rounds.append(round_id)
        started = time.monotonic()
        await asyncio.gather(*(club_speaker(fake, db, u, round_id, in_prep=k == 0)
                               for k, u in enumerate(club.speakers)),
                             club_judge(fake, db, club.judge, round_id, rng))
        while stage_of(db, round_id) not in DONE:
            if time.monotonic() - started > ROUND_LIMIT:
                club.stuck.append(round_id)
                return
            await asyncio.sleep(0.5)


def outbox_pending(db: Path) -> int:
    rows = query(db, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
    return int(rows[0][0]) if rows else 0


def sent_matching(fake: FakeBotApi, chat_id: int, pattern: re.Pattern[str],
                  key: int) -> Counter[tuple[int, int]]:
    """(round id, key) for each message to `chat_id` that matches `pattern`."""
    found: Counter[tuple[int, int]] = Counter()
    for call in fake.calls_to("sendMessage", chat_id=chat_id):
        match = pattern.search(call.text)
        if match:
            found[(int(match.group(1)), key)] += 1
    return found


def off_by(owed: Counter[tuple[int, int]], sent: Counter[tuple[int, int]]) -> tuple[int, int]:
    """(missing, extra) messages against what was owed."""
    keys = set(owed) | set(sent)
    return (sum(max(0, owed[k] - sent[k]) for k in keys), sum(max(0, sent[k] - owed[k]) for k in keys))


async def club_async(kills: int, rounds: int, seed: int) -> None:
    rng = random.Random(seed + 1)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "club.db"
        async with FakeBotApi() as fake:
            bot = Bot(fake, db, time_scale=CLUB_SCALE)
            await bot.start()
            clubs = []
            for g in range(min(rounds, 3)):
                admin = fake.user(f"Admin{g}", f"admin{g}")
                clubs.append(Club(fake.group(f"Club {g}", admins=[admin]), admin,
                                  [fake.user(f"Speaker{g}x{k}", f"speaker{g}x{k}") for k in range(3)],
                                  fake.user(f"Judge{g}", f"judge{g}")))
            shares = [rounds // len(clubs) + (g < rounds % len(clubs)) for g in range(len(clubs))]
            tasks = [asyncio.create_task(club_rounds(fake, db, c, n, random.Random(rng.random())))
                     for c, n in zip(clubs, shares, strict=True)]
            started = time.monotonic()
            killed = floods = 0
            stages: Counter[str] = Counter()  # the stage of each open round at each kill
            while killed < kills and not all(t.done() for t in tasks):
                await asyncio.sleep(rng.uniform(0.5, 3.0))
                if rng.random() < 0.3:
                    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1,
                              when=lambda params: any(w in str(params.get("text", ""))
                                                      for w in ("Your scorecard", "🏁", "Ballot")))
                    floods += 1
                for (stage,) in query(db, "SELECT stage FROM club_rounds "
                                          "WHERE stage NOT IN ('done', 'cancelled')"):
                    stages[stage] += 1
                await bot.kill()
                await bot.start()
                killed += 1
            errors = [r for r in await asyncio.gather(*tasks, return_exceptions=True) if r is not None]
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                if outbox_pending(db) == 0 and not query(
                        db, "SELECT id FROM club_rounds WHERE stage NOT IN ('done', 'cancelled')"):
                    break
                await asyncio.sleep(1)
            await asyncio.sleep(3)  # a late duplicate would show up now
            await bot.stop()

            finished = {int(r[0]) for r in query(db, "SELECT id FROM club_rounds WHERE stage = 'done'")}
            every = {int(r[0]): str(r[1]) for r in query(db, "SELECT id, stage FROM club_rounds")}
            held = {(int(r), int(u)) for r, u in query(
                db, "SELECT round_id, user_id FROM club_speeches WHERE stage = 'speech'")}
            speakers = [u for c in clubs for u in c.speakers]
            acked: set[tuple[int, int]] = set()
            for user in speakers:
                for pattern in ACKED:
                    acked |= set(sent_matching(fake, user.id, pattern, user.id))
            lost = len(acked - held)
            cards_owed = Counter((int(r), int(u)) for r, u in query(
                db, "SELECT round_id, user_id FROM club_speeches WHERE card IS NOT NULL")
                if int(r) in finished)
            cards_sent: Counter[tuple[int, int]] = Counter()
            for user in speakers:
                cards_sent += sent_matching(fake, user.id, SCORECARD, user.id)
            results_owed = Counter((int(r), int(g)) for r, g in query(
                db, "SELECT id, chat_id FROM club_rounds WHERE stage = 'done'"))
            results_sent: Counter[tuple[int, int]] = Counter()
            for c in clubs:
                results_sent += sent_matching(fake, c.group.id, RESULT, c.group.id)
            ballots_owed = Counter((int(r), int(a)) for r, a in query(
                db, "SELECT round_id, adjudicator_id FROM club_ballots"))
            ballots_sent: Counter[tuple[int, int]] = Counter()
            for c in clubs:
                ballots_sent += sent_matching(fake, c.judge.id, BALLOT, c.judge.id)
            handed = len(query(db, "SELECT 1 FROM club_ballots WHERE submitted_at IS NOT NULL"))
            check = integrity(db)
            print(f"club: kills: {killed}  flood waits injected: {floods}  groups: {len(clubs)}  "
                  f"rounds asked: {rounds}  run: {time.monotonic() - started:.0f} s")
            print("club: open rounds' stages at the kills: "
                  + (", ".join(f"{k} {n}" for k, n in sorted(stages.items())) or "none"))
            print(f"club: rounds finished: {len(finished)}  other: "
                  f"{sorted(f'#{r} {s}' for r, s in every.items() if r not in finished) or 'none'}  "
                  f"stuck: {[r for c in clubs for r in c.stuck] or 'none'}  "
                  f"driver errors: {errors or 'none'}")
            late = len(query(db, "SELECT 1 FROM club_speeches WHERE stage = 'speech' AND late = 1"))
            by_deadline = sum(len(sent_matching(fake, u.id, ACKED[1], u.id)) for u in speakers)
            print(f"club: speeches acknowledged: {len(acked)} (handed in by the deadline: {by_deadline})  "
                  f"held: {len(held)} (late: {late})  "
                  f"scorecards owed: {sum(cards_owed.values())} sent: {sum(cards_sent.values())}  "
                  f"results owed: {sum(results_owed.values())} sent: {sum(results_sent.values())}  "
                  f"ballots owed: {sum(ballots_owed.values())} sent: {sum(ballots_sent.values())} "
                  f"handed in: {handed}")
            lost_cards, extra_cards = off_by(cards_owed, cards_sent)
            lost_results, extra_results = off_by(results_owed, results_sent)
            lost_ballots, extra_ballots = off_by(ballots_owed, ballots_sent)
            print(f"club: lost speeches: {lost}  lost scorecards: {lost_cards}  duplicated scorecards: "
                  f"{extra_cards}  lost results: {lost_results}  duplicated results: {extra_results}  "
                  f"lost ballots: {lost_ballots}  duplicated ballots: {extra_ballots}  integrity: {check}",
                  flush=True)


async def main_async(kills: int, users: int, club_rounds_wanted: int, seed: int, skip_solo: bool) -> int:
    if not skip_solo:
        await solo_async(kills, users, seed)
    if club_rounds_wanted > 0:
        await club_async(kills, club_rounds_wanted, seed)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--users", type=int, default=4)
    parser.add_argument("--club-rounds", type=int, default=6, help="club rounds to run (0: no club part)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-solo", action="store_true", help="run only the club part")
    args = parser.parse_args(argv)
    return asyncio.run(main_async(args.kills, args.users, args.club_rounds, args.seed, args.skip_solo))


if __name__ == "__main__":
    sys.exit(main())
