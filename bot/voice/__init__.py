"""Spoken speeches: recordings checked and transcribed offline, and their delivery analysed.

Public face:
- `limits`: the limits and refusals (no heavy imports; safe without the voice extra);
- `available()`: whether the `voice` extra (faster-whisper and a model folder) is installed;
- `transcribe_bytes(data)` / `transcribe_file(path)` -> Transcript, or AudioProblem saying why not;
- `analyse(parts, allowed_seconds)` -> Delivery; `with_delivery(card, delivery)` puts it on a card.

Transcription takes seconds of CPU: call it from a worker thread, never on the event loop.
"""

from bot.voice.limits import AudioProblem, limits_text
from bot.voice.model import available
from bot.voice.transcript import Transcript, Word

__all__ = ["AudioProblem", "Transcript", "Word", "available", "limits_text"]
