"""Progress as a picture: /progress sends a real PNG chart, the terminal prints a trend and writes
the same chart, and a debater with nothing scored gets a clear sentence instead."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from botrunner import RunningBot, simple_scorer
from fakebot import FakeBotApi

from bot.charts import progress_lines, progress_png
from bot.cli.progress import show_progress
from bot.clock import FakeClock
from bot.config import load_settings
from bot.motions import load_bank
from bot.practice import Practice, Progress
from bot.storage import Store

PNG_HEADER = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == PNG_HEADER
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def seed_speeches(db_path: Path, key: str, count: int) -> None:
    """`count` scored speeches for one debater, a minute apart, alternating rubrics."""
    settings = load_settings({"DEBATE_BOT_DB": str(db_path)})
    clock = FakeClock(1_700_000_000.0)
    practice = Practice(load_bank(), settings, clock, simple_scorer)
    store = Store(db_path)
    try:
        person = store.call(practice.person, key, "Ada")
        for k in range(count):
            store.call(practice.draw, person)
            store.call(practice.submit, person, " ".join(["because"] * (20 + 15 * k)))
            attempt = store.call(practice.history, person)[0]
            store.call(practice.score_attempt, attempt.id)
            clock.advance(60)
    finally:
        store.close()


def test_a_chart_is_a_phone_sized_png_and_its_lines_sum_it_up() -> None:
    progress = Progress(
        totals=tuple((float(k), 30.0 + 4 * k, "prop" if k % 2 else "opp") for k in range(10)),
        criteria={"Reasoning": tuple(20.0 + 5 * k for k in range(10)),
                  "Evidence": tuple(50.0 for _ in range(10))},
        drills={"rebuttal": (6, 4), "case": (2, 1)},
    )
    data = progress_png(progress)
    width, height = png_size(data)
    assert 600 <= width <= 1400 and 600 <= height <= 1400 and len(data) > 20_000
    lines = "\n".join(progress_lines(progress))
    assert "Totals (0–100, last 10)" in lines and "30 → 66" in lines
    assert "Proposition 5 · Opposition 5" in lines and "Rebuttal 4/6 passed" in lines


def test_nothing_to_draw_is_said_plainly() -> None:
    assert progress_lines(Progress((), {}, {}))[0].startswith("No scored speeches or drills yet")


def test_the_terminal_prints_the_trend_and_writes_the_chart(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    seed_speeches(db, "terminal:ada", 10)
    out, chart = io.StringIO(), tmp_path / "progress.png"
    settings = load_settings({"DEBATE_BOT_DB": str(db)})
    assert show_progress(settings, "Ada", chart, stdout=out) == 0
    assert "Totals (0–100, last 10)" in out.getvalue() and f"Chart written to {chart}" in out.getvalue()
    assert png_size(chart.read_bytes())[0] >= 600
    empty = io.StringIO()
    assert show_progress(settings, "Nobody", tmp_path / "none.png", stdout=empty) == 0
    assert "No scored speeches" in empty.getvalue() and not (tmp_path / "none.png").exists()


async def test_progress_in_telegram_sends_a_photo_or_says_there_is_nothing_yet(
    fake_api: FakeBotApi, tmp_path: Path,
) -> None:
    fake = fake_api
    ada, ben = fake.user("Ada"), fake.user("Ben")
    db = tmp_path / "bot.db"
    seed_speeches(db, f"tg:{ada.id}", 10)
    bot = await RunningBot(fake, db, scorer=simple_scorer).start()
    try:
        fake.command(ada, "/progress")
        photo = await fake.wait_for("sendPhoto", chat_id=ada.id, timeout=30)
        _name, data = photo.files["photo"]
        assert png_size(data)[0] >= 600 and len(data) > 20_000
        assert "Totals (0–100, last 10)" in photo.text
        fake.command(ben, "/progress")
        reply = await fake.wait_for("sendMessage", chat_id=ben.id)
        assert "No scored speeches or drills yet" in reply.text
        assert not fake.calls_to("sendPhoto", chat_id=ben.id)
    finally:
        await bot.stop()
