"""Benchmark: the whole Telegram bot, end to end over HTTP against the fake Bot API on loopback.

    python tests/bench/bot.py [--users 20] [--rounds 5] [--speeches 10] [--club 10]

Prints updates handled per second (a burst of non-scoring commands from many users at once),
p50/p95 reply latency for single non-scoring commands and for scored speeches (from /done to
the scorecard), the latency of other users' commands while speeches are scored (solo, and in a
club round where `--club` members hand in at once), and the process's peak RSS. It uses the
real scorer and the shipped motion bank, a temporary database, and stops by itself; it is a
script, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from botrunner import RunningBot  # noqa: E402
from fakebot import Call, FakeBotApi, FakeUser  # noqa: E402

COMMANDS = ("/help", "/stats", "/history", "/motions", "/settings")
OTHERS_ROUNDS = 3  # /help from each other user, a second apart, while speeches are scored
SPEECH = (
    "Thank you. Our case rests on two claims. First, a rule matters only when it protects people, "
    "because a law that harms the people it governs loses its claim on them. For example, laws that "
    "kept people from voting were changed only after citizens broke them in public. Second, the other "
    "side will say that order matters more, but order built on injustice is not peace. This matters "
    "because millions of lives are shaped by such rules, and it outweighs the cost of disorder. "
) * 4


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


async def reply_to(fake: FakeBotApi, user: FakeUser, text: str, needle: str = "") -> tuple[float, Call]:
    """Send one command or message and wait for the matching reply; (seconds, reply)."""
    started = time.monotonic()
    if text.startswith("/"):
        fake.command(user, text)
    else:
        fake.message(user, text)
    reply = await fake.wait_for("sendMessage", chat_id=user.id, predicate=lambda c: needle in c.text,
                                timeout=60)
    return reply.at - started, reply


async def burst(fake: FakeBotApi, users: list[FakeUser], rounds: int) -> tuple[int, float]:
    """Every user sends `rounds` commands at once; (updates, seconds until every reply arrived)."""
    mark = fake.mark()
    started = time.monotonic()
    count = 0
    for r in range(rounds):
        for user in users:
            fake.command(user, COMMANDS[(r + user.id) % len(COMMANDS)])
            count += 1
    deadline = started + 120
    while len(fake.calls_to("sendMessage", since=mark)) < count and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    replies = fake.calls_to("sendMessage", since=mark)
    return count, max(c.at for c in replies) - started


async def while_scoring(fake: FakeBotApi, speakers: list[FakeUser], others: list[FakeUser]) -> list[float]:
    """Speakers hand in speeches at once; meanwhile others send /help. Their reply latencies."""
    for person in speakers:
        await reply_to(fake, person, "/practice", "Your side")
        await reply_to(fake, person, SPEECH, "words so far")
    mark = fake.mark()
    for person in speakers:
        fake.command(person, "/done")
    latencies = await meanwhile(fake, others)
    for person in speakers:
        await fake.wait_for("sendMessage", chat_id=person.id, predicate=lambda c: "Scorecard" in c.text,
                            since=mark, timeout=60)
    return latencies


async def meanwhile(fake: FakeBotApi, others: list[FakeUser]) -> list[float]:
    """While speeches are scored, each of `others` sends /help OTHERS_ROUNDS times, a second
    apart, the users spread over each second (so some commands arrive with the hand-ins and some
    while the cards are made); the reply latencies."""
    started = time.monotonic()

    async def one_user(n: int, person: FakeUser) -> list[float]:
        found = []
        for turn in range(OTHERS_ROUNDS):
            await asyncio.sleep(max(0.0, started + turn + n / len(others) - time.monotonic()))
            found.append((await reply_to(fake, person, "/help", "How it works"))[0])
        return found

    per_user = await asyncio.gather(*(one_user(n, person) for n, person in enumerate(others)))
    return [latency for latencies in per_user for latency in latencies]


async def club_round(fake: FakeBotApi, speakers: int, others: list[FakeUser]) -> list[float]:
    """A club round whose `speakers` hand in their speeches at once (a real organiser's round at
    time scale 1, so no deadline passes); meanwhile `others` send /help. Their reply latencies."""
    admin = fake.user("Organiser")
    group = fake.group("Bench Club", admins=[admin])
    members = [fake.user(f"Member {i}") for i in range(speakers)]
    fake.command(admin, "/session open", chat=group)
    card = await fake.wait_for("sendMessage", chat_id=group.id, predicate=lambda c: "Club round #" in c.text)
    round_id = int(re.findall(r"Club round #(\d+)", card.text)[0])
    for member in members:
        mark = fake.mark()
        fake.press(member, card, "Join as speaker", chat=group)
        await fake.wait_for("answerCallbackQuery", since=mark)
    fake.press(admin, card, "Start", chat=group)
    await fake.wait_for("sendMessage", chat_id=group.id, predicate=lambda c: "The draw" in c.text, timeout=60)
    for member in members:
        await reply_to(fake, member, f"/start round-{round_id}", "Send ")
        fake.message(member, SPEECH)
    await asyncio.sleep(1.5)  # the burst acknowledgements
    mark = fake.mark()
    for member in members:
        fake.command(member, "/done")
    latencies = await meanwhile(fake, others)
    for member in members:
        await fake.wait_for("sendMessage", chat_id=member.id, predicate=lambda c: "Got your" in c.text,
                            since=mark, timeout=120)
    return latencies


async def main(users: int, rounds: int, speeches: int, club: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with FakeBotApi() as fake:
            bot = await RunningBot(fake, Path(folder) / "bench.db", scorer=None).start()
            try:
                people = [fake.user(f"Debater {i}") for i in range(users)]
                for person in people:
                    await reply_to(fake, person, "/start")

                single = [(await reply_to(fake, people[i % users], COMMANDS[i % len(COMMANDS)]))[0]
                          for i in range(users * 2)]
                count, seconds = await burst(fake, people, rounds)

                scored = []
                for i in range(speeches):
                    person = people[i % users]
                    await reply_to(fake, person, "/practice", "Your side")
                    await reply_to(fake, person, SPEECH, "words so far")
                    scored.append((await reply_to(fake, person, "/done", "Scorecard"))[0])
                half = max(1, users // 2)
                during = await while_scoring(fake, people[:half], people[half:] or people[:1])
            finally:
                await bot.stop()
            # a club round at time scale 1, so that no stage closes while the bench runs
            bot = await RunningBot(fake, Path(folder) / "club.db", scorer=None,
                                   env={"DEBATE_BOT_TIME_SCALE": "1"}).start()
            try:
                in_club = await club_round(fake, club, people[:half])
            finally:
                await bot.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ms = 1000.0
    print(f"users: {users}, loopback fake Bot API, real scorer, {len(SPEECH.split())}-word speeches")
    print(f"burst: {count} commands from {users} users in {seconds:.2f} s = {count / seconds:.0f} updates/s")
    print(f"command reply latency (n={len(single)}): p50 {percentile(single, 0.5) * ms:.0f} ms, "
          f"p95 {percentile(single, 0.95) * ms:.0f} ms, mean {statistics.mean(single) * ms:.0f} ms")
    print(f"scored speech, /done to scorecard (n={len(scored)}): p50 {percentile(scored, 0.5) * ms:.0f} ms, "
          f"p95 {percentile(scored, 0.95) * ms:.0f} ms")
    print(f"command latency while {min(half, users)} speeches are scored (n={len(during)}): "
          f"p50 {percentile(during, 0.5) * ms:.0f} ms, p95 {percentile(during, 0.95) * ms:.0f} ms")
    print(f"command latency while {club} club speeches are handed in and scored (n={len(in_club)}): "
          f"p50 {percentile(in_club, 0.5) * ms:.0f} ms, p95 {percentile(in_club, 0.95) * ms:.0f} ms")
    print(f"peak RSS: {rss_mb:.0f} MB (bot and fake server in one process)")
    workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if workers_mb:
        print(f"peak RSS of a scoring worker process: {workers_mb:.0f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--speeches", type=int, default=10)
    parser.add_argument("--club", type=int, default=10, help="speakers in the club round")
    args = parser.parse_args()
    asyncio.run(main(max(1, args.users), max(1, args.rounds), max(1, args.speeches), max(2, args.club)))
