"""Proposals put as rhetorical questions that expect one answer.

"Is it not time we banned X?" asks the reader to ban X; "Is there any good reason left to let an airline
sell a seat twice?" and "Why do we still allow X to V?" ask that X be stopped; "Why not V X?" asks for V X.
`asked_policy` gives the proposal as a plain sentence ("We should ban X."), or None for any other question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.drafting.exhortations import time_wish

_LEAD = r"^(?:(?:and|but|so|then|now|surely|well),?\s+)*"
# "Is it not time to ban X?", "Is it not time for Parliament to ban X?"
_TIME_TO = re.compile(
    _LEAD + r"(?:is\s+it\s+not|isn['’]t\s+it|is\s+not\s+this)\s+(?:high\s+|about\s+|now\s+)?time\s+"
    r"(?:for\s+(?P<actor>[\w-]+(?:\s+[\w-]+){0,3}?)\s+)?to\s+(?P<vp>[a-z]+\s[^?]{3,})\?$",
    re.I,
)
_SUFFER = r"(?:let|allow|permit|tolerate|suffer)"
# "Is there any (good) reason (left) to let X V Y?", "Why do we still allow X to V Y?"
_NO_REASON = re.compile(
    _LEAD + r"(?:is\s+there\s+(?:any|a\s+single)\s+(?:good\s+|real\s+|sound\s+)?(?:reason|excuse|case)\s+"
    r"(?:left\s+|still\s+)?(?:to|why\s+we\s+should)|"
    r"why\s+(?:do|should|must|does)\s+(?:we|the\s+law|the\s+state|the\s+government|parliament)\s+"
    r"(?:still\s+|continue\s+to\s+|go\s+on\s+to\s+)?)\s*" + _SUFFER + r"\s+"
    r"(?P<who>(?:an?|the|any|our|their|such)\s+(?:[\w-]+\s+){0,3}?[\w-]+|[a-z-]+s)\s+(?:to\s+)?"
    r"(?P<vp>(?P<verb>[a-z]+)\s[^?]{3,})\?$",
    re.I,
)
# "Why not V X?"
_WHY_NOT = re.compile(_LEAD + r"why\s+not\s+(?P<vp>[a-z]+\s[^?]{3,})\?$", re.I)

# A relative clause with no "that": "a seat it has already sold" → "a seat that it has already sold".
_CONTACT = re.compile(
    r"\b((?:a|an|the|any)\s+[a-z-]+)\s+((?:it|they|he|she|we|you)\s+(?:has|have|had|already|\w+ed)\b)"
)


def asked_policy(question: str, is_verb: Callable[[str], bool], base: Callable[[str], str]) -> str | None:
    """The proposal a rhetorical question asks for, as a sentence with "should", or None.

    `is_verb(word)` says whether a word can be a verb, `base(word)` gives the base form of a past tense.
    """
    text = " ".join(question.split())
    if not text.endswith("?"):
        return None
    wish = time_wish(text, base, is_verb)  # "Is it not (high) time (that) we banned X?"
    if wish is not None:
        return f"{wish}."
    match = _TIME_TO.match(text)
    if match and is_verb(match.group("vp").split()[0].lower()):
        vp = re.sub(r",?\s+and\s+to\s+(?=[a-z])", " and ", match.group("vp"))  # "to stop X, and to insist …"
        return f"{match.group('actor') or 'We'} should {vp}."
    match = _NO_REASON.match(text)
    if match and is_verb(match.group("verb").lower()) and match.group("verb").lower() not in ("be", "to"):
        vp = _CONTACT.sub(r"\1 that \2", match.group("vp"))
        return f"We should forbid {match.group('who')} to {vp}."
    match = _WHY_NOT.match(text)
    if match and is_verb(match.group("vp").split()[0].lower()):
        return f"We should {match.group('vp')}."
    return None
