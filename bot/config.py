"""Settings from the environment (and CLI flags), validated once at start."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


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

    @property
    def file_url(self) -> str:
        """The file download base: given, or derived from the API base (…/bot → …/file/bot)."""
        if self.api_file_url:
            return self.api_file_url
        base = self.api_base_url.rstrip("/")
        head, _, tail = base.rpartition("/")
        return f"{head}/file/{tail}" if head else f"{base}/file"

    def seconds(self, minutes: float) -> float:
        """A timer length in seconds with the time scale applied."""
        return minutes * 60.0 * self.time_scale

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given (non-None) values replaced, e.g. from CLI flags."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def __repr__(self) -> str:  # never print the token
        shown = "set" if self.token else "unset"
        return f"Settings(token={shown}, db_path={self.db_path!r}, time_scale={self.time_scale})"


def _float(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{key} should be a number, not {raw!r}") from None
    if value <= 0:
        raise SettingsError(f"{key} should be greater than 0, not {raw}")
    return value


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, TELEGRAM_API_FILE_URL, DEBATE_BOT_DB,
    DEBATE_BOT_MOTIONS, DEBATE_BOT_TIME_SCALE, DEBATE_BOT_RUBRIC and DEBATE_BOT_PREP_MINUTES."""
    env = os.environ if env is None else env
    return Settings(
        token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
        api_base_url=env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL,
        api_file_url=env.get("TELEGRAM_API_FILE_URL", "").strip() or None,
        db_path=env.get("DEBATE_BOT_DB", "").strip() or "debate.db",
        motions=env.get("DEBATE_BOT_MOTIONS", "").strip() or None,
        time_scale=_float(env, "DEBATE_BOT_TIME_SCALE", 1.0),
        rubric=env.get("DEBATE_BOT_RUBRIC", "").strip() or "practice",
        prep_minutes=_float(env, "DEBATE_BOT_PREP_MINUTES", 15.0),
    )
