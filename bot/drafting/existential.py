"""Frames of certainty around a claim: "There is no doubt (whatever) that X", "I feel no doubt that X",
"It is beyond question that X". The claim is X; a motion that keeps a piece of the frame is a fragment."""

from __future__ import annotations

import re

_DOUBT = (
    r"(?:no|little|not the (?:least|slightest)|not any) (?:doubt|question)(?: whatever| at all| whatsoever)?"
)
CERTAINTY_FRAME = re.compile(
    r"^(?:(?:there|it) (?:is|can be|could be|remains?|was)\s+" + _DOUBT + r"|"
    r"(?:i|we) (?:feel|have|entertain|can have|can feel|can entertain)\s+" + _DOUBT + r"|"
    r"(?:it is|it's) (?:beyond|past) (?:all )?(?:doubt|question)|"
    r"(?:no one|nobody|none) (?:can |could |will )?(?:doubts?|questions?|denies|deny)|"
    r"(?:it is|it's) (?:undeniable|unquestionable|indisputable|beyond dispute)"
    r")\s*,?\s*(?:but\s+)?that\s+",
    re.I,
)
# What is left when only the front of the frame was stripped: "no doubt whatever that X", "doubt that X".
_LEFT = re.compile(r"^(?:" + _DOUBT + r"|(?:doubt|question)|is " + _DOUBT + r"|beyond (?:doubt|question))"
                   r"\s*,?\s*(?:but\s+)?that\b", re.I)

# "this advantage of rejecting X, there are many Y": the "Besides"/"Beyond" that held the phrase was lost.
_ORPHAN_PHRASE = re.compile(
    r"^(?:this|that|these|those|the|a|an|such|all)\s[^,]{0,160},(?:[^,]{0,80},)?\s+there\s+"
    r"(?:is|are|was|were|remains?|will be|may be)\b",
    re.I,
)


def strip_certainty(text: str) -> str:
    """The claim inside a frame of certainty: "There is no doubt that X" → "X"."""
    return CERTAINTY_FRAME.sub("", text.strip(), count=1)


def frame_left(body: str) -> str | None:
    """Why a motion's body is the tail of a certainty frame, or None."""
    if _LEFT.match(body):
        return "keeps part of a frame of certainty ('no doubt that …'): the claim is what follows 'that'"
    if _ORPHAN_PHRASE.match(body):
        return "a noun phrase before 'there is/are' lost its preposition ('Besides this advantage, …')"
    return None
