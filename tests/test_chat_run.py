"""`debate-bot run`: without a token it explains; with one it polls, and its logs never hold the token."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from fakebot import FakeBotApi

ROOT = Path(__file__).resolve().parent.parent


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DEBATE_BOT_"))}
    return {**env, "PYTHONPATH": str(ROOT), **extra}


def test_without_a_token_it_says_how_to_get_one():
    done = subprocess.run([sys.executable, "-m", "bot", "run"], env=_env(), stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0
    assert "@BotFather" in done.stdout and "debate-bot practice" in done.stdout


def test_a_bad_flag_is_reported():
    done = subprocess.run([sys.executable, "-m", "bot", "run", "--time-scale", "0"], env=_env(),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 2 and "--time-scale" in done.stderr


async def test_the_bot_runs_against_the_api_and_stops_on_ctrl_c(fake_api: FakeBotApi, tmp_path: Path):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--db", str(tmp_path / "run.db"), "--time-scale", "0.01",
        env=_env(TELEGRAM_BOT_TOKEN=fake_api.token, TELEGRAM_API_BASE_URL=fake_api.base_url),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        await fake_api.wait_for("getMe", since=0, timeout=30)
        await fake_api.wait_for("setMyCommands", since=0, timeout=10)
        alice = fake_api.user("Alice")
        fake_api.command(alice, "/start")
        await fake_api.wait_for("sendMessage", chat_id=alice.id, timeout=10)
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    logs = (out + err).decode()
    assert proc.returncode == 0, logs
    assert "ready" in logs  # the start-up line was logged...
    assert fake_api.token.split(":", 1)[1] not in logs  # ...and nothing carried the token
    assert (tmp_path / "run.db").exists()
