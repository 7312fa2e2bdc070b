"""Reading a spoken speech for `debate-bot score --audio` and `debate-bot practice --audio`."""

from __future__ import annotations

from pathlib import Path

from bot.speech_limits import SpeechInputError, speech_text_error
from bot.voice import AudioProblem, Transcript, available
from bot.voice.limits import TERMINAL_INSTALL_HINT


def transcribe_speech(path: str | Path) -> Transcript:
    """The transcript of a recording on disk, checked as a speech; AudioProblem or
    SpeechInputError with one sentence saying why it cannot be scored."""
    where = Path(path)
    if not where.is_file():
        raise AudioProblem(f"There is no audio file at {where}.", "missing")
    if not available():
        raise AudioProblem(TERMINAL_INSTALL_HINT, "unavailable")
    from bot.voice.transcribe import transcribe_file  # loads faster-whisper: only once it is needed

    transcript = transcribe_file(where)
    problem = speech_text_error(transcript.text, "The transcript")
    if problem is not None:
        raise problem
    return transcript


def transcript_note(transcript: Transcript) -> str:
    """'Transcribed 6:12 of speech (1,020 words):' and the text, for the terminal."""
    seconds = round(transcript.spoken_seconds)
    return (f"Transcribed {seconds // 60}:{seconds % 60:02d} of speech ({len(transcript.words):,} words):\n"
            f"{transcript.text}\n")


__all__ = ["SpeechInputError", "transcribe_speech", "transcript_note"]
