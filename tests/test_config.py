"""Settings from the environment: defaults, derived file address, clear errors."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_API_BASE_URL, ENV_VARS, Settings, SettingsError, load_settings
from bot.rubric import rubric_names


def test_defaults_with_an_empty_environment() -> None:
    settings = load_settings({})
    assert settings.token is None
    assert settings.api_base_url == DEFAULT_API_BASE_URL
    assert settings.file_url == "https://api.telegram.org/file/bot"
    assert (settings.db_path, settings.motions, settings.time_scale) == ("debate.db", None, 1.0)
    assert (settings.rubric, settings.prep_minutes, settings.speech_minutes) == ("practice", 15.0, 7.0)


def test_every_variable_is_read() -> None:
    settings = load_settings({
        "TELEGRAM_BOT_TOKEN": " 123456:ABC-def_ghi ",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
        "DEBATE_BOT_DB": "/tmp/club.db",
        "DEBATE_BOT_MOTIONS": "=/srv/motions",
        "DEBATE_BOT_TIME_SCALE": "0.01",
        "DEBATE_BOT_RUBRIC": "WSDC",
        "DEBATE_BOT_PREP_MINUTES": "0",
        "DEBATE_BOT_SPEECH_MINUTES": "8",
    })
    assert settings.token == "123456:ABC-def_ghi"
    assert settings.file_url == "http://127.0.0.1:8081/file/bot"
    assert (settings.db_path, settings.motions) == ("/tmp/club.db", "=/srv/motions")
    assert (settings.time_scale, settings.rubric) == (0.01, "wsdc")
    assert (settings.prep_minutes, settings.speech_minutes) == (0.0, 8.0)
    assert settings.seconds(15) == pytest.approx(9.0)


@pytest.mark.parametrize(("base", "files"), [
    ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot"),
    ("http://127.0.0.1:8081/bot/", "http://127.0.0.1:8081/file/bot"),
    ("http://proxy.local/telegram/bot", "http://proxy.local/telegram/file/bot"),
    ("http://127.0.0.1:8081", "http://127.0.0.1:8081/file/bot"),
])
def test_the_file_address_is_derived_from_the_api_address(base: str, files: str) -> None:
    assert load_settings({"TELEGRAM_API_BASE_URL": base}).file_url == files


def test_a_given_file_address_wins() -> None:
    settings = load_settings({
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
        "TELEGRAM_API_FILE_URL": "http://files.local/file/bot",
    })
    assert settings.file_url == "http://files.local/file/bot"


@pytest.mark.parametrize(("key", "value", "says"), [
    ("DEBATE_BOT_TIME_SCALE", "fast", "should be a number"),
    ("DEBATE_BOT_TIME_SCALE", "0", "greater than 0"),
    ("DEBATE_BOT_TIME_SCALE", "nan", "greater than 0"),
    ("DEBATE_BOT_PREP_MINUTES", "-1", "0 or more"),
    ("DEBATE_BOT_PREP_MINUTES", "90", "at most 60"),
    ("TELEGRAM_BOT_TOKEN", "not a token", "@BotFather"),
    ("TELEGRAM_API_BASE_URL", "127.0.0.1:8081/bot", "http(s) address"),
    ("DEBATE_BOT_RUBRIC", "two words", "no rubric called 'two words'. I know practice, "),
    ("DEBATE_BOT_RUBRIC", "nope", "no rubric called 'nope'. I know practice, "),
    ("DEBATE_BOT_RUBRIC", "../bot/rubrics/wsdc.yaml", "I know practice, "),  # names only, never a path
])
def test_bad_values_name_the_variable(key: str, value: str, says: str) -> None:
    with pytest.raises(SettingsError, match=key) as caught:
        load_settings({key: value})
    assert says in str(caught.value)


def test_the_token_never_shows_in_repr() -> None:
    settings = Settings(token="123:secret")
    assert "secret" not in repr(settings)
    assert "token=set" in repr(settings)


def test_overrides_skip_none() -> None:
    settings = Settings().with_overrides(db_path="x.db", rubric=None)
    assert (settings.db_path, settings.rubric) == ("x.db", "practice")


def test_every_variable_is_documented() -> None:
    assert set(ENV_VARS) >= {
        "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "TELEGRAM_API_FILE_URL", "DEBATE_BOT_DB",
        "DEBATE_BOT_MOTIONS", "DEBATE_BOT_TIME_SCALE",
    }


def test_every_shipped_rubric_is_accepted_and_the_error_lists_them_all() -> None:
    for name in rubric_names():
        assert load_settings({"DEBATE_BOT_RUBRIC": f" {name.upper()} "}).rubric == name
    assert load_settings({"DEBATE_BOT_RUBRIC": "  "}).rubric == "practice"
    with pytest.raises(SettingsError) as caught:
        load_settings({"DEBATE_BOT_RUBRIC": "Oxford"})
    known = ", ".join(rubric_names())
    assert str(caught.value) == f"DEBATE_BOT_RUBRIC: there is no rubric called 'Oxford'. I know {known}."
