"""Speech to text with faster-whisper: English only, word timings, and a refusal for recordings
that hold no speech (silence, noise, music) or speech the English model cannot follow.

Runs on the caller's thread and takes seconds: adapters call it from a worker, never from the
event loop or the database thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bot.voice.audio import SAMPLE_RATE, Audio, read_audio
from bot.voice.limits import AudioProblem
from bot.voice.model import whisper
from bot.voice.transcript import Transcript, Word

MIN_WORDS = 3
# Whisper's sign of a decoder stuck in a loop ("I don't know what to say, I don't know what..."),
# which is how the English model hears much of a foreign language: text that gzip squeezes more
# than this. Half the speaking time in such segments is no English speech.
MAX_COMPRESSION_RATIO = 2.4
MAX_LOOPING_SHARE = 0.5
SEED = 16  # Whisper retries an unsure stretch with sampling: seeded, the same recording reads the same
WINDOW_SECONDS = 60.0  # transcribed a stretch at a time, so memory stays flat however long the speech
CUT_SEARCH_SECONDS = 10.0
# Segments the model is this unsure of on average read as another language or as noise: English
# speech from a synthesiser sits around -0.3, French and noise below -0.9 (tests/test_voice.py).
MIN_MEAN_LOGPROB = -0.85
NO_SPEECH = AudioProblem(
    "I couldn't hear any speech in that recording (only noise, music or silence). "
    "Record your speech somewhere quiet and send it again.", "no_speech")
NOT_ENGLISH = AudioProblem(
    "I couldn't make out English speech in that recording. I transcribe English only: speak clearly, "
    "close to the microphone, and send it again (or send your speech as text).", "not_english")

Transcriber = Callable[[bytes], Transcript]


def _same_draws() -> None:
    import ctranslate2

    ctranslate2.set_random_seed(SEED)


def windows(samples: np.ndarray, window: float = WINDOW_SECONDS) -> list[tuple[int, int]]:
    """Cut a long recording into stretches of at most `window` seconds, each cut at the quietest
    tenth of a second in its last CUT_SEARCH_SECONDS (between words, not through one). Whisper's
    features for a whole speech at once would take hundreds of megabytes."""
    size, step = samples.size, int(window * SAMPLE_RATE)
    frame, search = SAMPLE_RATE // 10, int(CUT_SEARCH_SECONDS * SAMPLE_RATE)
    cuts: list[tuple[int, int]] = []
    start = 0
    while size - start > step:
        tail = samples[start + step - search: start + step]
        frames = tail[: tail.size - tail.size % frame].reshape(-1, frame)
        energy = np.square(frames, dtype=np.float64).sum(axis=1)
        end = start + step - search + int(np.argmin(energy)) * frame + frame // 2
        cuts.append((start, end))
        start = end
    cuts.append((start, size))
    return cuts


def transcribe_audio(audio: Audio, model: Any | None = None) -> Transcript:
    """The transcript of checked audio; AudioProblem when it holds no English speech."""
    model = model if model is not None else whisper()
    words: list[Word] = []
    texts: list[str] = []
    weighted, spoken, looping = 0.0, 0.0, 0.0
    for begin, end in windows(audio.samples):
        offset = begin / SAMPLE_RATE
        _same_draws()
        segments, _info = model.transcribe(
            audio.samples[begin:end], language="en", beam_size=5, word_timestamps=True, vad_filter=True,
            condition_on_previous_text=False,
        )
        for segment in segments:
            texts.append(segment.text.strip())
            length = max(0.01, segment.end - segment.start)
            weighted += segment.avg_logprob * length
            spoken += length
            looping += length if segment.compression_ratio > MAX_COMPRESSION_RATIO else 0.0
            words += [Word(w.word.strip(), offset + float(w.start), offset + float(w.end))
                      for w in segment.words or () if w.word.strip()]
    if len(words) < MIN_WORDS:
        raise NO_SPEECH
    if weighted / spoken < MIN_MEAN_LOGPROB or looping / spoken > MAX_LOOPING_SHARE:
        raise NOT_ENGLISH
    return Transcript(" ".join(t for t in texts if t), tuple(words), audio.seconds)


def transcribe_bytes(data: bytes) -> Transcript:
    """Decode, check and transcribe a recording (a Transcriber); raises AudioProblem."""
    model = whisper()  # without the voice extra, say so before judging the audio
    return transcribe_audio(read_audio(data), model)


def transcribe_file(path: Path) -> Transcript:
    """The same for a file on disk."""
    model = whisper()
    return transcribe_audio(read_audio(path), model)
