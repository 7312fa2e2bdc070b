"""Settings from the environment (and CLI flags), validated once at start."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from bot.rubric import rubric_names

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_TOKEN = re.compile(r"^\d+:\S+$")


class SettingsError(ValueError):
    """A setting has a value the bot cannot use; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment."""

    token: str | None = None
    api_base_url: str = DEFAULT_API_BASE_URL
    api_file_url: str | None = None
    db_path: str = "debate.db"
    motions: str | None = None
    time_scale: float = 1.0
    rubric: str = "practice"
    prep_minutes: float = 15.0
    speech_minutes: float = 7.0
    scoring_workers: int = 1  # worker processes that score speeches (bot/scoring_worker.py)

    @property
    def file_url(self) -> str:
        """The file download base: given, or derived from the API base (…/bot → …/file/bot)."""
        if self.api_file_url:
            return self.api_file_url
        parts = urlsplit(self.api_base_url.rstrip("/"))
        head, _, tail = parts.path.rpartition("/")
        path = f"{head}/file/{tail}" if tail else "/file/bot"
        return urlunsplit(parts._replace(path=path))

    def seconds(self, minutes: float) -> float:
        """A timer length in seconds with the time scale applied."""
        return minutes * 60.0 * self.time_scale

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given (non-None) values replaced, e.g. from CLI flags."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def __repr__(self) -> str:  # never print the token
        shown = "set" if self.token else "unset"
        return f"Settings(token={shown}, db_path={self.db_path!r}, time_scale={self.time_scale})"


def _float(
    env: Mapping[str, str], key: str, default: float, *, zero_ok: bool = False, most: float | None = None,
) -> float:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{key} should be a number, not {raw!r}") from None
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero_ok):
        least = "0 or more" if zero_ok else "greater than 0"
        raise SettingsError(f"{key} should be {least}, not {raw}")
    if most is not None and value > most:
        raise SettingsError(f"{key} should be at most {most:g}, not {raw}")
    return value


def _count(env: Mapping[str, str], key: str, default: int, most: int) -> int:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= most:
        raise SettingsError(f"{key} should be a whole number from 1 to {most}, not {raw!r}")
    return int(raw)


def _url(env: Mapping[str, str], key: str) -> str | None:
    raw = env.get(key, "").strip()
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(
            f"{key} should be an http(s) address such as http://127.0.0.1:8081/bot, not {raw!r}"
        )
    return raw


def _token(env: Mapping[str, str]) -> str | None:
    raw = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not raw:
        return None
    if not _TOKEN.match(raw):
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN does not look like a token from @BotFather "
            "(digits, a colon, then letters, e.g. 123456:ABC-DEF…)"
        )
    return raw


def check_rubric(name: str, where: str) -> str:
    """The shipped rubric's name, lower-cased; SettingsError naming `where` and the known ones if none."""
    rubric = name.strip().lower()
    known = rubric_names()
    if rubric not in known:
        known_text = ", ".join(known)
        raise SettingsError(f"{where}: there is no rubric called {name.strip()!r}. I know {known_text}.")
    return rubric


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read every setting from the environment (see ENV_VARS); raise SettingsError on a bad value."""
    env = os.environ if env is None else env
    rubric = check_rubric(env.get("DEBATE_BOT_RUBRIC", "").strip() or "practice", "DEBATE_BOT_RUBRIC")
    return Settings(
        token=_token(env),
        api_base_url=_url(env, "TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL,
        api_file_url=_url(env, "TELEGRAM_API_FILE_URL"),
        db_path=env.get("DEBATE_BOT_DB", "").strip() or "debate.db",
        motions=env.get("DEBATE_BOT_MOTIONS", "").strip() or None,
        time_scale=_float(env, "DEBATE_BOT_TIME_SCALE", 1.0),
        rubric=rubric,
        prep_minutes=_float(env, "DEBATE_BOT_PREP_MINUTES", 15.0, zero_ok=True, most=60),
        speech_minutes=_float(env, "DEBATE_BOT_SPEECH_MINUTES", 7.0, most=60),
        scoring_workers=_count(env, "DEBATE_BOT_SCORING_WORKERS", 1, most=16),
    )


# Every environment variable the bot reads, with what it means (the README's table).
ENV_VARS: dict[str, str] = {
    "TELEGRAM_BOT_TOKEN": "the bot's token from @BotFather; without it the bot practises in the terminal",
    "TELEGRAM_API_BASE_URL": f"Bot API address (default {DEFAULT_API_BASE_URL})",
    "TELEGRAM_API_FILE_URL": "file download address (default: derived, …/bot → …/file/bot)",
    "DEBATE_BOT_DB": "SQLite database file (default debate.db in the working folder)",
    "DEBATE_BOT_MOTIONS": "an extra motions folder; prefix with = to replace the shipped bank",
    "DEBATE_BOT_TIME_SCALE": "factor on every timer, e.g. 0.01 for a quick trial (default 1)",
    "DEBATE_BOT_RUBRIC": "default rubric for new debaters (default practice)",
    "DEBATE_BOT_PREP_MINUTES": "default prep time in minutes, 0 for none (default 15)",
    "DEBATE_BOT_SPEECH_MINUTES": "speaking time after prep before a speech counts as late (default 7)",
    "DEBATE_BOT_SCORING_WORKERS": "processes that score speeches, each holding the model (default 1)",
}
