"""The scoring worker: speeches are scored in worker processes; a worker killed mid-speech is
replaced and the speech scored again, so its card still arrives, once (solo and club)."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from botrunner import RunningBot, simple_scorer
from clubfake import BANK, Club, drawn_round, fake_score, hand_in, in_group, room
from fakebot import FakeBotApi

from bot import club
from bot.config import SettingsError, load_settings
from bot.motions import Motion, SideName
from bot.scoring.card import Scorecard
from bot.scoring_worker import MAX_TRIES, ScoringPool, SpeechToScore, WorkerDied
from bot.storage import open_database

__all__ = ["room"]  # the fixture

Scorer = Callable[[str, Motion, SideName, str], Scorecard]
SPEECH = "We should price pollution, because the commons is shared by all of us and nobody pays for it."


def stalls_once(marker: Path, then: Scorer) -> Scorer:
    """A scorer that, the first time anywhere, writes its process id to `marker` and stalls (to be
    killed there); every later call, in any process, scores with `then`."""

    def score(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            time.sleep(60)
        return then(speech, motion, side, rubric)

    return score


def kills_its_worker(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    """A speech the worker never survives."""
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("unreachable")


def fails(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    raise ValueError("the rubric file is broken")


async def kill_the_worker_scoring(marker: Path, pool: ScoringPool) -> int:
    """Wait until a worker is in the middle of a speech, then SIGKILL it; its process id."""
    for _ in range(500):
        if marker.exists() and marker.read_text():
            break
        await asyncio.sleep(0.02)
    pid = int(marker.read_text())
    assert pid != os.getpid() and pid in pool.pids(), "the speech is scored in a worker process"
    os.kill(pid, signal.SIGKILL)
    return pid


JOB = SpeechToScore(SPEECH, BANK.motions[0], "prop", "practice")


async def test_a_pool_scores_in_another_process_and_raises_the_scorers_own_error() -> None:
    pool = ScoringPool(simple_scorer, workers=1)
    try:
        card = await pool.score(JOB)
        assert card.scorer_version == "simple-1" and pool.pids() and os.getpid() not in pool.pids()
    finally:
        pool.close()
    broken = ScoringPool(fails, workers=1)
    try:
        with pytest.raises(ValueError, match="rubric file is broken"):
            await broken.score(JOB)
        assert broken.replaced == 0, "a scorer's error is not a dead worker"
    finally:
        broken.close()


async def test_a_speech_that_kills_every_worker_is_given_up_and_the_pool_works_on(tmp_path: Path) -> None:
    pool = ScoringPool(kills_its_worker, workers=1)
    try:
        with pytest.raises(WorkerDied):
            await pool.score(JOB)
        assert pool.replaced == MAX_TRIES
    finally:
        pool.close()
    marker = tmp_path / "stalled"
    pool = ScoringPool(stalls_once(marker, simple_scorer), workers=2)
    try:
        scoring = asyncio.ensure_future(pool.score(JOB))
        others = asyncio.gather(*(pool.score(JOB) for _ in range(3)))
        killed = await kill_the_worker_scoring(marker, pool)
        card, more = await asyncio.wait_for(asyncio.gather(scoring, others), 30)
        assert card.scorer_version == "simple-1" and len(more) == 3
        assert killed not in pool.pids() and pool.replaced == 1
    finally:
        pool.close()


async def test_a_stuck_worker_is_stopped_and_the_speech_scored_by_a_new_one(tmp_path: Path) -> None:
    pool = ScoringPool(stalls_once(tmp_path / "stalled", simple_scorer), workers=1, timeout=1.0)
    try:
        card = await asyncio.wait_for(pool.score(JOB), 30)
        assert card.scorer_version == "simple-1" and pool.replaced == 1
    finally:
        pool.close()


def test_the_number_of_workers_is_a_setting() -> None:
    assert load_settings({}).scoring_workers == 1
    assert load_settings({"DEBATE_BOT_SCORING_WORKERS": "3"}).scoring_workers == 3
    for wrong in ("0", "two", "-1", "17"):
        with pytest.raises(SettingsError, match="DEBATE_BOT_SCORING_WORKERS"):
            load_settings({"DEBATE_BOT_SCORING_WORKERS": wrong})


async def test_solo_a_worker_killed_mid_speech_still_delivers_the_card_once(fake_api: FakeBotApi,
                                                                            tmp_path: Path) -> None:
    marker = tmp_path / "stalled"
    bot = await RunningBot(fake_api, tmp_path / "bot.db", scorer=stalls_once(marker, simple_scorer),
                           bank=BANK).start()
    try:
        ada = fake_api.user("Ada")
        fake_api.command(ada, "/practice")
        await fake_api.wait_for("sendMessage", chat_id=ada.id,
                                predicate=lambda c: "Start prep" in str(c.buttons))
        fake_api.message(ada, SPEECH)
        await fake_api.wait_for("sendMessage", chat_id=ada.id, predicate=lambda c: "words so far" in c.text)
        fake_api.command(ada, "/done")
        await kill_the_worker_scoring(marker, bot.services.scoring)
        fake_api.command(ada, "/help")  # the bot answers while the worker is replaced
        await fake_api.wait_for("sendMessage", chat_id=ada.id,
                                predicate=lambda c: "How it works" in c.text)
        card = await fake_api.wait_for("sendMessage", chat_id=ada.id,
                                       predicate=lambda c: "Scorecard" in c.text, timeout=30)
        assert "We should price pollution" in card.text
        await asyncio.sleep(0.5)
        assert sum("Scorecard" in t for t in fake_api.sent_texts(ada.id)) == 1
        assert bot.services.scoring.replaced == 1
    finally:
        await bot.stop()


async def test_club_a_worker_killed_mid_speech_still_delivers_the_card_once(
    room: Club, tmp_path: Path,
) -> None:
    fake, bot = room.fake, room.bot
    marker = tmp_path / "stalled"
    assert bot.app is not None
    pool = ScoringPool(stalls_once(marker, fake_score), workers=1)
    bot.app.bot_data["club"].scoring = pool
    try:
        _card, rid, _draw = await drawn_round(room, room.speakers[:2], room.judge)
        await bot.fire(rid, "prep_end")
        bea, cal = room.speakers[:2]
        await hand_in(room, bea, rid, "Night trains cut emissions because sleepers replace flights.")
        await kill_the_worker_scoring(marker, pool)
        await hand_in(room, cal, rid, "Night trains are slow, so travellers will keep flying.")
        for _ in range(500):
            if all(s.card is not None for s in bot.round(rid).speeches):
                break
            await asyncio.sleep(0.02)
        assert all(s.card is not None for s in bot.round(rid).speeches) and pool.replaced == 1

        await bot.fire(rid, "speeches_end")
        await fake.wait_for("sendMessage", predicate=in_group(room, "Adjudication until"))
        for user in (bea, cal):
            await fake.wait_for("sendMessage", chat_id=user.id,
                                predicate=lambda c: "Your scorecard" in c.text)
        await asyncio.sleep(0.5)
        for user in (bea, cal):
            assert sum("Your scorecard" in t for t in fake.sent_texts(user.id)) == 1
    finally:
        pool.close()


async def test_club_a_draft_handed_in_by_the_deadline_is_scored_before_the_bot_decides(
    room: Club,
) -> None:
    """No adjudicator: the result comes from the bot's cards, so every draft the deadline hands in
    is scored (in the worker) before the stage closes."""
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:2])
    await bot.fire(rid, "prep_end")
    for user in room.speakers[:2]:
        fake.command(user, f"/start round-{rid}")
        await fake.wait_for("sendMessage", chat_id=user.id, predicate=lambda c: "Send " in c.text)
        fake.message(user, f"{user.first_name} argues that sleepers matter because emissions fall.")
    for _ in range(500):
        drafts = bot.store.call(lambda db: db.execute("SELECT COUNT(*) FROM club_drafts").fetchone()[0])
        if drafts == 2:
            break
        await asyncio.sleep(0.02)
    await bot.fire(rid, "speeches_end")
    result = await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    assert "the bot" in result.text.lower()
    speeches = bot.round(rid).speeches
    assert len(speeches) == 2 and all(s.card is not None for s in speeches)
    assert bot.store.call(lambda db: club.unscored(db, BANK)) == []


ORPHAN_SCRIPT = """
import asyncio, sys
sys.path[:0] = [{root!r}, {tests!r}]
from botrunner import simple_scorer
from bot.scoring_worker import ScoringPool

async def main():
    pool = ScoringPool(simple_scorer, workers=1)
    pool.warm()
    while not pool.pids():
        await asyncio.sleep(0.05)
    print(pool.pids()[0], flush=True)
    await asyncio.sleep(60)

asyncio.run(main())
"""


def test_a_worker_ends_when_its_bot_is_killed(tmp_path: Path) -> None:
    """A bot killed outright (SIGKILL, out of memory) leaves no scoring worker behind."""
    import subprocess
    import sys

    tests = Path(__file__).parent
    script = ORPHAN_SCRIPT.format(root=str(tests.parent), tests=str(tests))
    bot = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert bot.stdout is not None
        worker = int(bot.stdout.readline())
        assert running(worker)
    finally:
        bot.kill()
        bot.wait()
    for _ in range(100):
        if not running(worker):
            return
        time.sleep(0.05)
    os.kill(worker, signal.SIGKILL)
    raise AssertionError("the scoring worker outlived its bot")


def running(pid: int) -> bool:
    """Whether the process runs (an ended one waiting to be reaped does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


async def test_club_a_speech_stored_without_a_card_is_scored_at_start(room: Club) -> None:
    """A speech handed in just before the bot stopped (its card not made yet) is queued for the
    scoring worker at the next start, and its card reaches the speaker at adjudication."""
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:2], room.judge)
    await bot.fire(rid, "prep_end")
    bea = room.speakers[0]
    await bot.stop()
    db = open_database(bot.db_path)  # as a bot stopped between the hand-in and its card would leave it
    club.open_private(db, rid, bea.id, time.time())
    club.hand_in(db, bea.id, time.time(), BANK, None, "Sleepers replace flights because trains run full.")
    assert [s.card for s in club.load_round(db, rid).speeches] == [None]
    db.close()

    await bot.start()
    for _ in range(500):
        if all(s.card is not None for s in bot.round(rid).speeches):
            break
        await asyncio.sleep(0.02)
    assert [s.card is not None for s in bot.round(rid).speeches] == [True]
    await bot.fire(rid, "speeches_end")
    await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "Your scorecard" in c.text)
