"""`debate-bot run`: without a token it explains; with one it polls, and its logs never hold the token."""

from __future__ import annotations

import asyncio
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
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


def test_without_a_token_at_a_terminal_it_starts_terminal_practice(tmp_path: Path):
    pty = pytest.importorskip("pty")
    controller, terminal = pty.openpty()
    env = _env(DEBATE_BOT_DB=str(tmp_path / "t.db"))
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], stdin=terminal, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    out = b""
    try:
        deadline = time.monotonic() + 30
        while b"Your side" not in out and time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], 0.5)
            if ready:
                chunk = os.read(proc.stdout.fileno(), 4096)  # type: ignore[union-attr]
                if not chunk:
                    break
                out += chunk
    finally:
        proc.kill()
        proc.wait(timeout=10)
        os.close(controller)
        os.close(terminal)
    text = out.decode()
    assert "@BotFather" in text and "Your side" in text
