"""A transcript with word timings: what the recognizer heard, stored as JSON with the speech."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Word:
    """One recognised word with its start and end in seconds from the start of its recording."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Transcript:
    """The text of one recording, its words with timings and the recording's length."""

    text: str
    words: tuple[Word, ...]
    seconds: float

    @property
    def spoken_seconds(self) -> float:
        """From the first word to the last: the speaking time a timekeeper would count."""
        return max(0.0, self.words[-1].end - self.words[0].start) if self.words else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "seconds": round(self.seconds, 2),
                "words": [[w.text, round(w.start, 2), round(w.end, 2)] for w in self.words]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Transcript:
        words = tuple(Word(str(t), float(s), float(e)) for t, s, e in data.get("words", ()))
        return cls(str(data.get("text", "")), words, float(data.get("seconds", 0.0)))
