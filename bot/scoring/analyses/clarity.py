"""Clarity (from text only): sentence length, fillers, run-ons and repeated sentences."""

from __future__ import annotations

import numpy as np

from bot.scoring.analyses.base import Context, Finding, short_quote
from bot.scoring.analyses.cues import FILLER
from bot.scoring.speech import words

IDEAL_WORDS = (10, 26)
LONG_SENTENCE = 45


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


def clarity(ctx: Context) -> Finding:
    """Readable sentences of a sensible length, few fillers, nothing said twice."""
    sentences = ctx.speech.sentences[: len(ctx.units) * 2] or ()
    if not ctx.units:
        return Finding("clarity", 0.0, (), "No speech to judge.", "Write your speech in full sentences.")
    lengths = np.asarray([len(s.split()) for s in sentences], dtype=np.float32)
    mean = float(lengths.mean())
    low, high = IDEAL_WORDS
    length_score = 1.0 if low <= mean <= high else max(0.0, 1.0 - (low - mean) / low if mean < low
                                                       else 1.0 - (mean - high) / 40.0)
    long_share = float((lengths > LONG_SENTENCE).mean())
    total_words = max(1, sum(len(words(u)) for u in ctx.units))
    fillers = sum(len(FILLER.findall(u)) for u in ctx.units) / total_words * 100
    repeats = repeated_units(ctx)
    score = (length_score * (1.0 - min(0.6, long_share * 1.5)) * max(0.3, 1.0 - fillers / 8.0)
             * max(0.2, 1.0 - 1.5 * len(repeats) / len(ctx.units)))
    longest = int(np.argmax(lengths)) if len(lengths) else 0
    reason = f"Sentences average {mean:.0f} words; {fillers:.1f} fillers per 100 words."
    if repeats:
        tip = f"Cut the repetition: {short_quote(ctx.units[repeats[0]])} says what you already said."
    elif long_share > 0.1 or mean > high:
        tip = f"Split long sentences such as {short_quote(sentences[longest], 70)}"
    elif fillers > 2:
        tip = "Drop fillers such as “like”, “you know” and “sort of”."
    else:
        tip = "Prefer short, concrete words for your key claims."
    clear = [i for i, u in enumerate(ctx.units) if low <= len(u.split()) <= high and ctx.on_topic[i] > 0]
    strength = f"Clear sentence: {short_quote(ctx.units[clear[0]])}" if clear else ""
    return Finding("clarity", float(max(0.0, min(1.0, score))), tuple(repeats[:5]), reason, tip, strength,
                   details={"mean_words": round(mean, 1), "fillers_per_100": round(fillers, 2),
                            "repeated_units": len(repeats), "long_share": round(long_share, 3)})
