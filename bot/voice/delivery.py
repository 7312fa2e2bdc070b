"""Delivery of a spoken speech, from its word timings: time used against the format's limit,
pace, long pauses, filler words, and roughly how the time was split between the debater's own
arguments and rebuttal.

Plain values in, plain values out: the figures go on the card as `extras["delivery"]` and
bot/card_render.py turns them into the card's Delivery section. Written speeches have none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from bot.scoring.analyses.cues import REBUTTAL
from bot.scoring.card import Scorecard
from bot.voice.transcript import Transcript, Word

# Adjudicators follow 130-170 words a minute comfortably; competitive speakers often run faster,
# but past about 190 points get lost, and under 110 the speech drags.
COMFORTABLE_WPM = (130, 170)
LONG_PAUSE_SECONDS = 2.0
MAX_PAUSES_LISTED = 3
# Speaking time per speech in each format's usual rules (minutes); others use the bot's setting.
FORMAT_MINUTES = {"bp": 7.0, "wsdc": 8.0, "australs": 8.0, "pf": 4.0}
OVERTIME_GRACE_SECONDS = 15.0  # the usual "grace" before a chair calls time
_HESITATIONS = {"um", "umm", "uh", "uhm", "er", "erm", "ah", "hmm", "mm"}
_PHRASES = ("you know", "i mean", "sort of", "kind of")
_SINGLE_FILLERS = {"basically", "literally"}
MARKS_NOTE = "The marks above read the transcript; these figures are feedback on how you spoke it."
_WORD = re.compile(r"[a-z']+")
_SENTENCE_END = re.compile(r"[.?!]$")


@dataclass(frozen=True)
class Delivery:
    """The figures behind the card's Delivery section."""

    spoken_seconds: float
    allowed_seconds: float
    words: int
    wpm: float
    long_pauses: tuple[tuple[float, float], ...] = ()  # (seconds into the speech, pause length)
    fillers: dict[str, int] = field(default_factory=dict)
    rebuttal_seconds: float = 0.0
    parts: int = 1

    @property
    def filler_count(self) -> int:
        return sum(self.fillers.values())

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["long_pauses"] = [list(p) for p in self.long_pauses]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Delivery:
        pauses = tuple((float(a), float(b)) for a, b in data.get("long_pauses", ()))
        return cls(
            spoken_seconds=float(data["spoken_seconds"]), allowed_seconds=float(data["allowed_seconds"]),
            words=int(data["words"]), wpm=float(data["wpm"]), long_pauses=pauses,
            fillers={str(k): int(v) for k, v in dict(data.get("fillers", {})).items()},
            rebuttal_seconds=float(data.get("rebuttal_seconds", 0.0)), parts=int(data.get("parts", 1)),
        )


def allowed_seconds(rubric: str, default_minutes: float) -> float:
    """The speaking time a format allows, in seconds."""
    return 60.0 * FORMAT_MINUTES.get(rubric, default_minutes)


def _plain(word: Word) -> str:
    found = _WORD.findall(word.text.lower())
    return found[0] if found else ""


def count_fillers(words: Sequence[Word]) -> Counter[str]:
    """Hesitations (um, uh), filler phrases (you know, I mean) and "like" set off by commas."""
    plain = [_plain(w) for w in words]
    found: Counter[str] = Counter()
    for i, token in enumerate(plain):
        if token in _HESITATIONS:
            found["um/uh"] += 1
        elif token in _SINGLE_FILLERS:
            found[token] += 1
        elif token == "like" and (words[i].text.endswith(",") or (i and words[i - 1].text.endswith(","))):
            found["like"] += 1
        elif i + 1 < len(plain) and f"{token} {plain[i + 1]}" in _PHRASES:
            found[f"{token} {plain[i + 1]}"] += 1
    return found


def _sentences(words: Sequence[Word]) -> list[list[Word]]:
    out: list[list[Word]] = [[]]
    for word in words:
        out[-1].append(word)
        if _SENTENCE_END.search(word.text):
            out.append([])
    return [s for s in out if s]


def rebuttal_seconds(words: Sequence[Word]) -> float:
    """Time spent on sentences that answer the other side (the scorer's rebuttal cues)."""
    total = 0.0
    for sentence in _sentences(words):
        if REBUTTAL.search(" ".join(w.text for w in sentence)):
            total += max(0.0, sentence[-1].end - sentence[0].start)
    return total


def long_pauses(parts: Sequence[Transcript]) -> list[tuple[float, float]]:
    """Gaps of LONG_PAUSE_SECONDS or more between words, with where they fall in the speech."""
    found: list[tuple[float, float]] = []
    offset = 0.0
    for part in parts:
        for before, after in zip(part.words, part.words[1:], strict=False):
            gap = after.start - before.end
            if gap >= LONG_PAUSE_SECONDS:
                found.append((round(offset + before.end - part.words[0].start, 1), round(gap, 1)))
        offset += part.spoken_seconds
    return found


def analyse(parts: Sequence[Transcript], allowed: float) -> Delivery:
    """The delivery of a speech given as one or more recordings, against `allowed` seconds."""
    words = [w for part in parts for w in part.words]
    spoken = sum(part.spoken_seconds for part in parts)
    wpm = len(words) / (spoken / 60) if spoken > 0 else 0.0
    return Delivery(
        spoken_seconds=round(spoken, 1), allowed_seconds=round(allowed, 1), words=len(words), wpm=round(wpm),
        long_pauses=tuple(long_pauses(parts)), fillers=dict(count_fillers(words)),
        rebuttal_seconds=round(sum(rebuttal_seconds(p.words) for p in parts), 1), parts=len(parts),
    )


def with_delivery(card: Scorecard, delivery: Delivery) -> Scorecard:
    """The card with its Delivery section (`extras["delivery"]`), and its manner criterion, if the
    rubric has one, informed by the delivery (bot/voice/manner.py)."""
    from bot.voice.manner import inform_manner  # manner reads this module's figures

    return inform_manner(replace(card, extras={**card.extras, "delivery": delivery.to_json()}), delivery)


# --------------------------------------------------------------------------- sentences for the card


def _clock(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def time_line(d: Delivery) -> str:
    used, allowed = _clock(d.spoken_seconds), _clock(d.allowed_seconds)
    if d.spoken_seconds > d.allowed_seconds + OVERTIME_GRACE_SECONDS:
        return (f"Time: you spoke for {used}, {_clock(d.spoken_seconds - d.allowed_seconds)} over the "
                f"{allowed} limit, past the usual {OVERTIME_GRACE_SECONDS:g} seconds' grace: finish on time.")
    if d.spoken_seconds < 0.75 * d.allowed_seconds:
        return f"Time: you spoke for {used} of your {allowed}; use more of it to develop your arguments."
    return f"Time: you spoke for {used} of your {allowed}."


def pace_line(d: Delivery) -> str:
    low, high = COMFORTABLE_WPM
    verdict = ("a pace adjudicators follow comfortably" if low <= d.wpm <= high
               else "fast: slow down on your key lines so none is lost" if d.wpm > high
               else "slow: pick up the pace to fit more analysis in")
    return f"Pace: {d.wpm:.0f} words a minute ({low}–{high} is comfortable), {verdict}."


def pause_line(d: Delivery) -> str:
    if not d.long_pauses:
        return f"Pauses: none longer than {LONG_PAUSE_SECONDS:g} seconds."
    shown = ", ".join(f"{p:g} s at {_clock(at)}" for at, p in d.long_pauses[:MAX_PAUSES_LISTED])
    extra = len(d.long_pauses) - MAX_PAUSES_LISTED
    more = f" and {extra} more" if extra > 0 else ""
    return (f"Pauses: {len(d.long_pauses)} long ({shown}{more}); a short pause lands a point, "
            "a long one loses the room.")


def filler_line(d: Delivery) -> str:
    if not d.filler_count:
        return "Fillers: none heard."
    per_minute = d.filler_count / max(d.spoken_seconds / 60, 1 / 60)
    common = ", ".join(f"“{k}” ×{v}" for k, v in sorted(d.fillers.items(), key=lambda kv: -kv[1])[:4])
    advice = " Replace them with a brief pause." if per_minute >= 2 else ""
    return f"Fillers: {d.filler_count} ({common}), {per_minute:.1f} a minute.{advice}"


def split_line(d: Delivery) -> str:
    if d.spoken_seconds <= 0:
        return ""
    share = d.rebuttal_seconds / d.spoken_seconds
    if share == 0:
        return "Split: all of your time went on your own case; no sentence answered the other side."
    return (f"Split: about {_clock(d.spoken_seconds - d.rebuttal_seconds)} on your own arguments and "
            f"{_clock(d.rebuttal_seconds)} ({share:.0%}) answering the other side.")


def delivery_lines(data: dict[str, Any]) -> list[str]:
    """The card's Delivery section as sentences, from `extras["delivery"]`."""
    d = Delivery.from_json(data)
    manner = data.get("manner")  # bot.voice.manner: how these figures moved the manner criterion
    note = f"{manner} The other marks read the transcript." if manner else MARKS_NOTE
    lines = (time_line(d), pace_line(d), pause_line(d), filler_line(d), split_line(d), note)
    return [line for line in lines if line]
