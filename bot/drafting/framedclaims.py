"""A thesis behind a frame that vouches for it: the claim a belief motion is worded from.

Two frames put the author's claim inside words that are not part of it:
- a thesis credited to the wise or to every sensible person, in the present tense: "The wisest among us
  understand that X", "Every thoughtful reader knows that X", "Any sensible person can see that X", "No honest
  observer denies that X" → X;
- a concessive lead-in that waves the other side's view aside: "Whether our critics admit it or not, X",
  "Like it or not, X", "Whatever its defenders may say, X", "Say what they will, X" → X.

A past or negated verb ("the wisest once believed that X", "few sensible men know that X") is a report, not
the author's claim, and opinion verbs (believe, think) are left alone: only verbs that grant X is so count.
"""

from __future__ import annotations

import re

_WISE = (
    r"(?:the\s+(?:wisest|wise|best|most\s+(?:thoughtful|sensible|intelligent|clear-sighted))"
    r"(?:\s+(?:men|women|people|persons|heads|minds|observers|thinkers|among\s+[\w\s]{2,20}?|of\s+[\w\s]{2,20}?))?"
    r"|(?:all|every|any)\s+(?:(?:sensible|thoughtful|reasonable|intelligent|honest|fair-minded|candid|"
    r"informed|wise|clear-sighted)\s+)+[a-z]+"
    r"|wise\s+(?:men|women|people))"
)
_GRANTING = (
    r"(?:know|knows|understand|understands|see|sees|recogni[sz]es?|reali[sz]es?|acknowledges?|admits?|"
    r"agree|agrees|perceive|perceives)"
)
_CAN = r"(?:(?:can|could|will|must|would)\s+(?:\w+ly\s+)?)?"
_ENDORSED = re.compile(
    rf"^(?:(?:and|but|so|now|today),?\s+)?(?:{_WISE},?\s+(?:(?:now|already|clearly|fully|well|all)\s+)?{_CAN}"
    rf"{_GRANTING}|no\s+(?:(?:sensible|thoughtful|reasonable|intelligent|honest|candid|informed|wise)\s+)+[a-z]+\s+"
    rf"{_CAN}(?:doubts?|denies|deny|disputes?|questions?))\s+that\s+(?P<claim>.+)$",
    re.I,
)
_CONCESSIVE = re.compile(
    r"^(?:whether\s+[^,;:]{2,60}?\s+(?:admits?|likes?|knows?|sees?|accepts?|acknowledges?)\s+it\s+or\s+not"
    r"|(?:like|believe)\s+it\s+or\s+not"
    r"|whatever\s+[^,;:]{2,50}?\s+(?:may|might|will|can)\s+(?:say|think|claim|pretend|protest)"
    r"|say\s+what\s+(?:they|you|we|he|she|its\s+\w+)\s+(?:will|may|like))"
    r",\s+(?P<claim>[^,;:].+)$",
    re.I,
)
# The claim's second half, "…, and that Y": a thesis of its own, dropped from a motion about the first.
_AND_THAT = re.compile(r",?\s+and\s+that\s+")


def framed_claim(sentence: str) -> str | None:
    """The claim inside a vouching frame ("The wisest understand that X" → "X"), or None without one."""
    text = " ".join(sentence.split())
    match = _ENDORSED.match(text) or _CONCESSIVE.match(text)
    if match is None:
        return None
    claim = _AND_THAT.split(match.group("claim"), maxsplit=1)[0].strip()
    if len(claim.split()) < 4 or claim.endswith("?"):
        return None
    claim = claim.rstrip(".!") + "."
    return claim[:1].upper() + claim[1:]
