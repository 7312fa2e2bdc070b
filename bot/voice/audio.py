"""Reading a recording: any container FFmpeg knows, checked, as 16 kHz mono samples for Whisper.

Refused with a clear reason (bot.voice.limits.AudioProblem): bytes that are not audio or are cut
off before any sound, a recording over the length limit (judged from its header when it has one,
so a 2-hour file is never decoded), and silence.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.voice.limits import (
    MAX_AUDIO_BYTES,
    MAX_PART_SECONDS,
    MIN_SPEECH_SECONDS,
    AudioProblem,
    too_big,
    too_long,
)

SAMPLE_RATE = 16_000
SILENCE_DBFS = -50.0  # quieter than this throughout (a muted microphone, an empty room) is silence
CORRUPT = AudioProblem(
    "I couldn't read that recording: the file looks damaged or isn't audio. Please record it again "
    "and send the new recording.",
    "corrupt")
SILENT = AudioProblem(
    "That recording is silent: I couldn't hear anything. Check your microphone and record it again.",
    "silence")
TOO_SHORT = AudioProblem(
    f"That recording is under {MIN_SPEECH_SECONDS:g} second long: there is no speech in it to score.",
    "silence")


@dataclass(frozen=True)
class Audio:
    """Mono float32 samples at SAMPLE_RATE and their length in seconds."""

    samples: np.ndarray
    seconds: float


def _open(data: bytes) -> object:
    import av

    try:
        return av.open(io.BytesIO(data), mode="r")
    except (av.FFmpegError, ValueError, OSError) as exc:
        raise CORRUPT from exc


def read_audio(source: bytes | Path) -> Audio:
    """Decode and check a recording; raises AudioProblem saying why it cannot be a speech."""
    import av

    data = source.read_bytes() if isinstance(source, Path) else source
    if len(data) > MAX_AUDIO_BYTES:
        raise too_big(len(data))
    container = _open(data)
    with container as c:  # type: ignore[attr-defined]
        if not c.streams.audio:
            raise CORRUPT
        if c.duration is not None and c.duration / 1_000_000 > MAX_PART_SECONDS + 1:
            raise too_long(c.duration / 1_000_000)
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        count, limit = 0, int((MAX_PART_SECONDS + 1) * SAMPLE_RATE)
        try:
            for frame in c.decode(audio=0):
                for out in resampler.resample(frame):
                    chunk = out.to_ndarray().reshape(-1)
                    chunks.append(chunk)
                    count += chunk.size
                if count > limit:  # no (or a false) length in the header: stop decoding early
                    raise too_long(count / SAMPLE_RATE)
        except av.FFmpegError as exc:
            if count == 0:
                raise CORRUPT from exc  # a cut-off tail is kept; nothing decodable is not
    if count == 0:
        raise CORRUPT
    pcm = np.concatenate(chunks)
    chunks.clear()
    samples = pcm.astype(np.float32)
    del pcm
    samples /= 32768.0  # in place: a 15-minute part is 58 MB of samples, kept once
    return check_sound(samples)


def check_sound(samples: np.ndarray) -> Audio:
    """The samples as Audio, or AudioProblem for a recording too short or silent to hold a speech."""
    seconds = samples.size / SAMPLE_RATE
    if seconds < MIN_SPEECH_SECONDS:
        raise TOO_SHORT
    loudest = _loudest_dbfs(samples)
    if loudest < SILENCE_DBFS:
        raise SILENT
    return Audio(samples, seconds)


def _loudest_dbfs(samples: np.ndarray, window: int = SAMPLE_RATE // 2) -> float:
    """The loudness (RMS in dB below full scale) of the loudest half second."""
    usable = samples[: samples.size - samples.size % window] if samples.size >= window else samples
    frames = usable.reshape(-1, min(window, usable.size))
    rms = float(np.sqrt(np.mean(np.square(frames, dtype=np.float64), axis=1)).max())
    return 20 * float(np.log10(max(rms, 1e-10)))
