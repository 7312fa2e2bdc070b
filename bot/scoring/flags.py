"""Flags: problems that stop a speech being scored normally (codes from card.FLAGS).

Text-level flags (garbage, not_english, too_short, repetitive, copied) come from the raw text;
padding, off_topic and wrong_side come from the clarity, relevance and side analyses.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping

from bot.motions import Motion
from bot.scoring.analyses.base import Finding
from bot.scoring.card import FLAGS
from bot.scoring.speech import STOPWORDS, ParsedSpeech, words

MIN_WORDS = 80
COPY_SHINGLE = 6
COPY_SHARE = 0.4
REPEAT_SHARE = 0.3
# A speech with this share of its four-word runs spent on a phrase's third or later use loops: in the
# rated speeches of ../shared/data only machine-made ones reach it (3 of 291, mean rating 1.6 of 5).
LOOPED_SHARE = 0.15
# Share of a speech's sentences that hold only connectives, markers and stock phrases.
PADDING_SHARE = 0.35
# How far each flag caps a criterion's quality (0..1); the strictest flag wins.
CAPS: dict[str, float] = {
    "garbage": 0.0, "not_english": 0.0, "off_topic": 0.12, "wrong_side": 0.2, "copied": 0.3,
    "repetitive": 0.4, "padding": 0.4, "too_short": 0.1,
}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}|^[bcdfghjklmnpqrstvwxz]{4,}", re.IGNORECASE)


def is_garbage(speech: ParsedSpeech) -> bool:
    """No readable words: symbols, emoji, keyboard mashing."""
    text = speech.text
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    letters = len(_LETTER.findall(text))
    if letters / len(visible) < 0.5:
        return True
    if len(_LATIN.findall(text)) < 0.5 * letters:
        return False  # another script: not garbage, judged by not_english
    tokens = words(text)
    if not tokens:
        return True
    wordlike = [t for t in tokens if t[0].isdigit() or (
        _VOWEL.search(t) and len(t) <= 20 and not _CONSONANT_RUN.search(t))]
    known = sum(t in STOPWORDS for t in tokens)
    return len(wordlike) / len(tokens) < 0.6 or (len(tokens) >= 8 and known == 0 and len(set(tokens)) < 4)


def is_not_english(speech: ParsedSpeech) -> bool:
    """Mostly another script, or Latin-script words with almost no English function words."""
    letters = len(_LETTER.findall(speech.text))
    if letters == 0:
        return False
    if len(_LATIN.findall(speech.text)) < 0.5 * letters:
        return True
    tokens = [t for t in words(speech.text) if not t[0].isdigit()]
    if len(tokens) < 6:
        return False
    share = sum(t in STOPWORDS for t in tokens) / len(tokens)
    return share < 0.12


def is_repetitive(speech: ParsedSpeech, repeated_units: int, looped: float = 0.0) -> bool:
    """The same sentences again and again, the same phrases looping (`looped`: the share of four-word
    runs that are a run's third or later use), or text that compresses far too well."""
    if (speech.units and repeated_units / len(speech.units) >= REPEAT_SHARE) or looped >= LOOPED_SHARE:
        return True
    raw = speech.text.encode("utf-8")
    return speech.word_count >= 150 and len(zlib.compress(raw)) / len(raw) < 0.22


def copied_share(speech: ParsedSpeech, motion: Motion) -> float:
    """Share of the speech's six-word runs that appear in the motion's source material."""
    material = " ".join([
        motion.info_slide, motion.source.summary,
        *(p.text() for p in (*motion.prop, *motion.opp)),
    ])
    source = _shingles(words(material))
    if not source:
        return 0.0
    mine = _shingles(words(" ".join(speech.units)))
    return len(mine & source) / len(mine) if len(mine) >= 10 else 0.0


def _shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + COPY_SHINGLE]) for i in range(len(tokens) - COPY_SHINGLE + 1)}


def detect(speech: ParsedSpeech, motion: Motion, findings: Mapping[str, Finding]) -> tuple[str, ...]:
    """Every flag that applies, in the order of card.FLAGS."""
    found: set[str] = set()
    if speech.is_empty or is_garbage(speech):
        found.add("garbage" if not speech.is_empty else "too_short")
    if not found and is_not_english(speech):
        found.add("not_english")
    if speech.word_count < MIN_WORDS:
        found.add("too_short")
    readable = not found & {"garbage", "not_english"} and not speech.is_empty
    if readable:
        clarity = findings.get("clarity")
        repeats = int(clarity.details.get("repeated_units", 0)) if clarity else 0
        looped = float(clarity.details.get("looped_share", 0.0)) if clarity else 0.0
        if is_repetitive(speech, repeats, looped):
            found.add("repetitive")
        padded = clarity.details.get("padded_share", 0.0) if clarity else 0.0
        if padded >= PADDING_SHARE and speech.word_count >= MIN_WORDS:
            found.add("padding")
        if copied_share(speech, motion) >= COPY_SHARE:
            found.add("copied")
        if findings.get("relevance") and findings["relevance"].details.get("off_topic"):
            found.add("off_topic")
        elif findings.get("side") and findings["side"].details.get("wrong_side"):
            found.add("wrong_side")
    return tuple(code for code in FLAGS if code in found)


def cap(flags: tuple[str, ...]) -> float:
    """The highest quality any criterion may reach with these flags."""
    return min((CAPS[f] for f in flags), default=1.0)


# Which flag explains a card first: the one that makes the rest of the feedback beside the point.
FLAG_PRIORITY = ("garbage", "not_english", "off_topic", "wrong_side", "copied", "repetitive", "padding",
                  "too_short")
# Flags under which no analysis's reading describes the speech: another subject, unreadable text.
NOTHING_TO_READ = ("garbage", "not_english", "off_topic")


def capped_because(flags: tuple[str, ...]) -> str:
    """'Capped: the speech argues the other side.' for the flag that matters most."""
    first = next((f for f in FLAG_PRIORITY if f in flags), None)
    return f"Capped: the speech {FLAGS[first]}." if first else ""
