"""Clarity and manner, as far as text shows them: readable sentences, nothing said twice, and a
speaker talking to an audience rather than reciting a list.

Transcribed speeches by good debaters are full of long sentences and "you know"; only extremes
cost marks here.
"""

from __future__ import annotations

import re

import numpy as np

from bot.scoring.analyses.base import Context, Finding, Tip, praise, saturate, short_quote
from bot.scoring.analyses.cues import FILLER
from bot.scoring.speech import words

MAX_MEAN_WORDS = 38
MIN_MEAN_WORDS = 6
HEAVY_FILLERS = 5.0  # per 100 words
# Words addressing listeners (we, I, you) per 100 that earn full marks: about the top tenth of
# the rated speeches in ../shared/data/speeches (median 2.2, ninetieth percentile 6.6).
ADDRESS_TARGET = 6.0
_ADDRESS = re.compile(r"\b(we|i|you|our|us|my|your|let's)\b", re.IGNORECASE)


def repeated_units(ctx: Context) -> list[int]:
    """Units that say again what an earlier unit said, nearly word for word."""
    out = []
    for i in range(1, len(ctx.units)):
        stems = ctx.unit_stems[i]
        if len(stems) < 3:
            continue
        for j in range(max(0, i - 40), i):
            other = ctx.unit_stems[j]
            if other and len(stems & other) / len(stems | other) >= 0.8:
                out.append(i)
                break
    return out


def address_rate(ctx: Context) -> float:
    """Words per 100 in topical units that speak as a speaker to listeners (we, I, you)."""
    topical = [u for u, t in zip(ctx.units, ctx.on_topic, strict=True) if t > 0]
    total = sum(len(u.split()) for u in topical)
    return 100.0 * sum(len(_ADDRESS.findall(u)) for u in topical) / total if total else 0.0


def clarity(ctx: Context) -> Finding:
    """Readable sentence lengths, no repetition, few heavy fillers, and a voice that addresses people."""
    if not ctx.units:
        return Finding("clarity", 0.0, (), "No speech to judge.", "Write your speech in full sentences.")
    sentences = ctx.speech.sentences[: len(ctx.units) * 2] or ctx.units
    lengths = np.asarray([len(s.split()) for s in sentences], dtype=np.float32)
    mean = float(lengths.mean())
    readable = 1.0
    if mean > MAX_MEAN_WORDS:
        readable = max(0.2, 1.0 - (mean - MAX_MEAN_WORDS) / 30.0)
    elif mean < MIN_MEAN_WORDS:
        readable = max(0.2, mean / MIN_MEAN_WORDS)
    total_words = max(1, sum(len(words(u)) for u in ctx.units))
    fillers = sum(len(FILLER.findall(u)) for u in ctx.units) / total_words * 100
    if fillers > HEAVY_FILLERS:
        readable *= max(0.4, 1.0 - (fillers - HEAVY_FILLERS) / 10.0)
    repeats = repeated_units(ctx)
    padded = ctx.padded_units()
    readable *= max(0.2, 1.0 - 1.5 * len(repeats) / len(ctx.units))
    address = address_rate(ctx)
    score = 0.5 * readable + 0.5 * saturate(address, ADDRESS_TARGET)
    longest = int(np.argmax(lengths))
    reason = (f"Sentences average {mean:.0f} words; the speech addresses its listeners"
              f" {address:.1f} times per 100 words.")
    tips: list[Tip] = []
    if repeats:
        again = repeats[0]
        tips.append(Tip(f"Cut the repetition: {short_quote(ctx.units[again])} says what you already said.",
                        quotes=(again,)))
    if mean > MAX_MEAN_WORDS:
        tips.append(Tip(f"Split long sentences such as {short_quote(sentences[longest], 70)}"))
    if fillers > HEAVY_FILLERS:
        tips.append(Tip("Drop fillers such as “like”, “you know” and “sort of”."))
    if address < 2.0:
        tips.append(Tip("Speak to the room: say what “we” argue and why “you” should agree, "
                        "not a list of statements."))
    tips.append(Tip("Prefer short, concrete words for your key claims.", generic=True))
    clear = [i for i, u in enumerate(ctx.units) if 8 <= len(u.split()) <= 25 and ctx.on_topic[i] > 0]
    if not clear:
        fallback = [i for i, u in enumerate(ctx.units) if len(u.split()) >= 6 and ctx.on_topic[i] > 0]
        clear = sorted(fallback, key=lambda i: len(ctx.units[i]))
    return Finding("clarity", float(max(0.0, min(1.0, score))), tuple(repeats[:5]), reason, "",
                   tips=tuple(tips),
                   praise=praise("Clear sentence", ctx.units, clear),
                   details={"mean_words": round(mean, 1), "fillers_per_100": round(fillers, 2),
                            "repeated_units": len(repeats), "address_per_100": round(address, 2),
                            "padded_share": round(len(padded) / len(ctx.units), 3)})
