"""Test speech made on the spot: eSpeak NG (the `espeakng-loader` wheel, driven with ctypes)
speaks a script into samples, and PyAV encodes them as a Telegram voice message (OGG/Opus), MP3
or WAV. Pauses are SSML breaks. Nothing is downloaded; the clips are cached per test session.
"""

from __future__ import annotations

import ctypes
import io
import re
from functools import cache, lru_cache
from typing import Any

import numpy as np

SPEECH = (
    "Madam Speaker, this house would ban private cars from city centres. "
    "My first argument is about health. Cars fill the air of our cities with fumes, and the people who "
    "breathe them most are children walking to school. "
    "My second argument is about space. A parking space takes the room of a bench, a tree or a café table, "
    "so a centre without cars gives the streets back to the people who live there. "
    "The opposition will say that shops need drivers. That is not true: shoppers who walk "
    "visit more often and spend more each week. "
    "For these reasons I am proud to propose."
)


@lru_cache(maxsize=1)
def _engine() -> tuple[Any, int]:
    import espeakng_loader

    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    rate = lib.espeak_Initialize(2, 0, espeakng_loader.get_data_path().encode(), 0)  # synchronous
    if rate <= 0:
        raise RuntimeError("eSpeak NG did not start")
    return lib, rate


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


def speak(script: str, *, voice: str = "en-us", wpm: int = 160) -> tuple[np.ndarray, int]:
    """The script spoken as int16 samples and their rate; `<pause 3>` in the script is a 3 s pause."""
    lib, rate = _engine()
    chunks: list[np.ndarray] = []

    @_CALLBACK
    def collect(wav: Any, count: int, _events: Any) -> int:
        if count > 0:
            chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        return 0

    lib.espeak_SetSynthCallback(collect)
    lib.espeak_SetVoiceByName(voice.encode())
    lib.espeak_SetParameter(1, wpm, 0)  # espeakRATE
    escaped = script.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ssml = re.sub(r"&lt;pause (\d+(?:\.\d+)?)&gt;", r'<break time="\1s"/>', escaped)
    text = f"<speak>{ssml}</speak>".encode()
    lib.espeak_Synth(text, len(text) + 1, 0, 0, 0, 0x1 | 0x10, None, None)  # UTF-8, SSML
    lib.espeak_Synchronize()
    return np.concatenate(chunks) if chunks else np.zeros(0, np.int16), rate


def encode(samples: np.ndarray, rate: int, fmt: str = "ogg") -> bytes:
    """int16 mono samples as an OGG/Opus voice message, an MP3 or a WAV file."""
    import av

    codec, out_rate, layout = {"ogg": ("libopus", 48_000, "mono"), "mp3": ("libmp3lame", 44_100, "mono"),
                               "wav": ("pcm_s16le", rate, "mono")}[fmt]
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=fmt) as container:
        stream = container.add_stream(codec, rate=out_rate)
        stream.layout = layout  # type: ignore[union-attr]
        pcm = samples.reshape(1, -1).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = rate
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=out_rate)  # type: ignore[union-attr]
        for part in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(part):  # type: ignore[union-attr]
                container.mux(packet)
        for packet in stream.encode(None):  # type: ignore[union-attr]
            container.mux(packet)
    return buffer.getvalue()


def voice_message(script: str = SPEECH, fmt: str = "ogg", **options: Any) -> bytes:
    """The script as an encoded recording."""
    samples, rate = speak(script, **options)
    return encode(samples, rate, fmt)


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance over the reference length, ignoring case and punctuation."""
    ref, hyp = _words(reference), _words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(1, len(ref))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("café", "cafe"))


_RATE = 16_000


def _tune(seconds: float = 6.0) -> np.ndarray:
    """Four notes played in turn: music with no words."""
    t = np.arange(int(_RATE * seconds)) / _RATE
    notes = (261.6, 329.6, 392.0, 523.3)
    wave = sum(np.sin(2 * np.pi * f * t) * (np.floor(t * 2 + i) % 4 == 0) for i, f in enumerate(notes))
    return (np.asarray(wave) * 6000).astype(np.int16)


def _noise(seconds: float = 8.0) -> np.ndarray:
    """Hiss at a speaking level."""
    return np.random.default_rng(7).normal(0, 3000, int(_RATE * seconds)).astype(np.int16)


FILLERS = ("Um, so this house would, uh, ban cars. You know, cities are, like, full of smoke. "
           "Basically, I mean, we should act.")
FRENCH = ("Mesdames et messieurs, cette assemblée interdirait les voitures privées dans les centres-villes. "
          "Mon premier argument concerne la santé des enfants qui marchent vers l'école.")
PAUSED_SPEECH = SPEECH.replace("My second", "<pause 3> My second")  # a 3-second pause before argument two
CLIPS = {
    "speech.ogg": lambda: voice_message(PAUSED_SPEECH, "ogg"),
    "speech.mp3": lambda: voice_message(PAUSED_SPEECH, "mp3"),
    "speech.wav": lambda: voice_message(PAUSED_SPEECH, "wav"),
    "fillers.ogg": lambda: voice_message(FILLERS, "ogg"),
    "french.ogg": lambda: voice_message(FRENCH, "ogg", voice="fr"),
    "silence.ogg": lambda: encode(np.zeros(_RATE * 5, np.int16), _RATE, "ogg"),
    "noise.ogg": lambda: encode(_noise(), _RATE, "ogg"),
    "music.ogg": lambda: encode(_tune(), _RATE, "ogg"),
    "corrupt.ogg": lambda: b"OggS" + bytes(range(256)) * 40,
}


@cache
def clip_bytes(name: str) -> bytes:
    """One of CLIPS, made once per test session."""
    return CLIPS[name]()
