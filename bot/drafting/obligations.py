"""Proposals worded round a condition of sincerity or a duty made by law, put plainly.

"If ministers are serious about cutting food waste, they should make it a legal duty for large supermarkets
to give X" proposes "Ministers should require large supermarkets to give X": the condition only flatters
the actor, and "make it a legal duty for A to V" is "require A to V" ("make it an offence for A to V" is
"forbid A to V").
"""

from __future__ import annotations

import re

_SINCERE = re.compile(
    r"^if\s+(?P<actor>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:is|are|were)\s+(?:really\s+|truly\s+)?"
    r"(?:serious|sincere|in earnest)\s+about\s+[^,]{3,80},\s+(?:then\s+)?(?:they|it|he|she)\s+"
    r"(?P<rest>(?:should|must|ought to|need to)\s.+)$",
    re.I,
)
_DUTY = re.compile(
    r"\bmake\s+it\s+(?:a\s+(?:legal\s+|statutory\s+)?(?:duty|requirement|obligation)|compulsory|mandatory|"
    r"obligatory)\s+for\s+(?P<who>[^,;]{3,60}?)\s+to\s+",
    re.I,
)
_OFFENCE = re.compile(
    r"\bmake\s+it\s+(?:an?\s+(?:criminal\s+)?(?:offence|offense|crime)|illegal|unlawful)\s+for\s+"
    r"(?P<who>[^,;]{3,60}?)\s+to\s+",
    re.I,
)


def plain_obligation(text: str) -> str:
    """The sentence with a sincerity condition dropped and a duty made by law worded as "require"/"forbid"."""
    sincere = _SINCERE.match(text.strip())
    if sincere:
        actor = sincere.group("actor")
        text = f"{actor[:1].upper()}{actor[1:]} {sincere.group('rest')}"
    text = _DUTY.sub(lambda m: f"require {m.group('who')} to ", text, count=1)
    return _OFFENCE.sub(lambda m: f"forbid {m.group('who')} to ", text, count=1)


def flatters(sentence: str) -> bool:
    """Whether the sentence opens on a condition of sincerity ("If ministers are serious about X, they …"),
    which conditions nothing."""
    return bool(_SINCERE.match(sentence.strip().rstrip(".!")))
