"""Preferences: the speaker choosing one of the two options a motion of preference weighs.

On "This House prefers high-speed rail to new airport runways", "I'd take a fast train over another
runway any day" and "Robots, not astronauts, should lead" choose the first option; "I'm proud to back
the new runway, not the train" the second. The chosen option is the one named before "over", "rather
than", "instead of", "not" or "before"; which of the motion's options it is, the one it sits nearer
in meaning says (the static encoder: "a fast train" is high-speed rail). A choice denied ("Nobody
should choose a runway over a rail line") is turned round.
"""

from __future__ import annotations

import re

import numpy as np

from bot.scoring.encoder import get_encoder

# "This House prefers A to B", "… prefers a world where A to one where B" (not "… prefers a world
# where the state leaves marriage to private contracts", which weighs one world against today's).
_WORLDS = re.compile(
    r"\bprefers?\s+a\s+world\s+(?:(?:where|in\s+which)\s+)?(?P<a>.+?)\s+(?:to|over)\s+(?:one|a\s+world)\s+"
    r"(?:(?:where|in\s+which)\s+)?(?P<b>.+?)[.!]?\s*$", re.IGNORECASE)
_PLAIN = re.compile(r"\bprefers?\s+(?!a\s+world\b)(?P<a>.+?)\s+(?:to|over)\s+(?P<b>.+?)[.!]?\s*$",
                    re.IGNORECASE)
# One option chosen over another: "X rather than Y", "X, not Y", and, after a verb of choosing,
# "I'd take X over Y", "build X before Y" ("emits less carbon over the same distance" chooses nothing).
_CHOICE = re.compile(
    r"(?P<chosen>[^,;:.!?]+?)(?:\s+(?:rather\s+than|instead\s+of|in\s+place\s+of)|\s*,\s+not(?:\s+just)?)\s+"
    r"(?P<passed>[^,;:.!?]+)"
    r"|(?P<chosen2>[^,;:.!?]*?\b(?:i'd|we'd|i\s+would|we\s+would|give\s+me|let's|choose|choosing|pick|prefer"
    r"|favou?r|opt\s+for|go\s+for|back|take|put|build|fund|send)\b[^,;:.!?]*?)\s+(?:over|before|ahead\s+of|above)\s+"
    r"(?P<passed2>[^,;:.!?]+)", re.IGNORECASE)
# Someone else's choice, not the speaker's.
_OTHERS = re.compile(r"^\W*(?:they|he|she|critics|opponents|our\s+opponents|the\s+other\s+(?:side|bench)"
                     r"|the\s+(?:proposition|opposition)|some|many|people|others)\b", re.IGNORECASE)
# Everything up to the last word of choosing, and what closes a choice: "I'd take", "any day".
_CHOOSING = re.compile(r"^.*\b(?:i'd|we'd|would|give\s+me|let's|choose|choosing|pick|prefer|favou?r|opt\s+for"
                       r"|go\s+for|back|take|put)\b\s*", re.IGNORECASE)
_TRAILING = re.compile(r"\s+(?:any\s+day|every\s+time|every\s+day|in\s+a\s+heartbeat|for\s+me|for\s+us"
                       r"|tonight)\b.*$", re.IGNORECASE)
# How far apart the chosen and the passed-over option must sit between the motion's two options.
MARGIN = 0.05
_DENIED = re.compile(r"\b(?:nobody|no\s+one|never|not|cannot|won't|wouldn't|don't|shouldn't)\b|n't\b"
                     r"|\bcount\s+(?:me|us)\s+out\b",
                     re.IGNORECASE)


def options(motion_text: str) -> tuple[str, str] | None:
    """The two options a motion of preference weighs, or None for any other motion."""
    match = _WORLDS.search(motion_text) or _PLAIN.search(motion_text)
    return (match.group("a"), match.group("b")) if match else None


def preference(unit: str, motion_text: str) -> float:
    """+1 when the speaker chooses the motion's first option over its second, -1 the reverse, else 0."""
    weighed = options(motion_text)
    if weighed is None or "?" in unit:
        return 0.0
    match = _CHOICE.search(unit)
    if match is None:
        return 0.0
    picked = match.group("chosen") or match.group("chosen2")
    if _OTHERS.match(picked):
        return 0.0  # "They would pick X over Y": someone else's choice
    # The options themselves, without the words of choosing around them.
    named = [_CHOOSING.sub("", picked), _TRAILING.sub("", match.group("passed") or match.group("passed2"))]
    chosen, passed, first, second = get_encoder().encode([*named, *weighed])
    # Each named option must sit nearer a different one of the motion's: the choice puts them apart.
    towards = first - second
    picked_lean, passed_lean = float(chosen @ towards), float(passed @ towards)
    if picked_lean * passed_lean >= 0 or min(abs(picked_lean), abs(passed_lean)) < MARGIN / 2:
        return 0.0
    side = float(np.sign(picked_lean))
    return -side if _DENIED.search(picked) else side
