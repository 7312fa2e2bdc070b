"""The limits on a spoken speech, the same in Telegram and the terminal, and the refusal they give.

This module imports nothing heavy, so `/help`, the README and every adapter can quote the limits
without the transcription extra installed.
"""

from __future__ import annotations

MAX_PART_SECONDS = 15 * 60  # one voice message or audio file
MAX_SPEECH_SECONDS = 20 * 60  # every part of one speech together
MAX_AUDIO_BYTES = 20 * 1024 * 1024  # what a Telegram bot may download
MIN_SPEECH_SECONDS = 1.0  # shorter than this is not a speech
AUDIO_SUFFIXES = (".ogg", ".oga", ".opus", ".mp3", ".m4a", ".mp4", ".aac", ".wav")
AUDIO_KINDS = "OGG/Opus, MP3, M4A or WAV"
INSTALL_HINT = ("Voice speeches need the bot's optional voice support, which isn't installed here: whoever "
                'runs the bot can add it with pip install ".[voice]" and restart it. Until then, send your '
                "speech as text.")
TERMINAL_INSTALL_HINT = ("spoken speeches need the optional voice support: install it with "
                         'pip install ".[voice]" and try again, or give the speech as a text file.')


class AudioProblem(ValueError):
    """Audio that cannot be taken as a speech; `message` is one sentence to show as-is.

    `reason` says why: 'unavailable', 'too_big', 'too_long', 'corrupt', 'silence', 'no_speech',
    'not_english' or 'unsupported'."""

    def __init__(self, message: str, reason: str) -> None:
        self.message = message
        self.reason = reason
        super().__init__(message)


def minutes(seconds: float) -> str:
    """'6-minute', '45-second': the length of a recording as an adjective."""
    if seconds < 60:
        return f"{max(1, round(seconds))}-second"
    return f"{max(1, round(seconds / 60))}-minute"


def too_long(seconds: float) -> AudioProblem:
    return AudioProblem(
        f"That recording is {round(seconds / 60)} minutes long, over the {MAX_PART_SECONDS // 60}-minute "
        "limit for one part: send a shorter recording (or split the speech into parts).", "too_long")


def too_big(size: int) -> AudioProblem:
    return AudioProblem(
        f"That file is {size / 1024 / 1024:.0f} MB, over the {MAX_AUDIO_BYTES // 1024 // 1024} MB limit: "
        "send a shorter or more compressed recording.", "too_big")


def declared_problem(seconds: float | None, size: int | None) -> AudioProblem | None:
    """The refusal for a recording whose declared length or size is over the limits, or None."""
    if size is not None and size > MAX_AUDIO_BYTES:
        return too_big(size)
    if seconds is not None and seconds > MAX_PART_SECONDS:
        return too_long(seconds)
    return None


def limits_text() -> str:
    """One sentence for /help and the README."""
    return (f"Voice messages and audio files ({AUDIO_KINDS}) up to {MAX_PART_SECONDS // 60} minutes and "
            f"{MAX_AUDIO_BYTES // 1024 // 1024} MB each, {MAX_SPEECH_SECONDS // 60} minutes per speech "
            "in all; English only.")
