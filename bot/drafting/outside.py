"""Words that point outside the motion wherever they stand, and a gift with no receiver.

"such aid should be …" names aid of a kind the essay described before, and nothing in the motion says which
kind (no "such … as", "such … that"); "one view of the matter" takes "the matter" from the sentences before,
as object as much as subject ("the latter", "the former", "the foregoing" likewise). A recommendation
reworded from the passive keeps its second participle ("separate the weather service … and established as a
bureau"). "give easy access" grants something and never says to what or whom: lifted from a list of
counsels, it means nothing alone.
`outside_problem(body, policy)` names the pointer, or is None.
"""

from __future__ import annotations

import re

_SUCH = re.compile(r"\bsuch\s+(?:an?\s+)?(?!as\b|that\b)(?P<noun>[a-z]+)\b", re.I)
_BACK_NOUN = re.compile(
    r"\bthe\s+(?P<noun>matter|matters|latter|former|foregoing|aforesaid|said)\b(?!\s+(?:of|which|that|who|whom|"
    r"in\s+which|whereby|concerning|touching|regarding|as)\b)",
    re.I,
)
# What is granted and needs a receiver: "give easy access", "afford aid", "lend countenance".
_GIVING = frozenset(["give", "grant", "afford", "offer", "lend", "extend", "allow", "provide", "yield",
                     "pay"])
_RECEIVED = frozenset(["access", "aid", "help", "assistance", "support", "encouragement", "attention", "heed",
                       "countenance", "audience", "ear", "relief", "preference", "priority", "way", "place",
                       "room", "leave", "credit", "credence", "ease"])


# A consequence of something said before: "otherwise, we will end up with …", "if not, …", "in that case, …".
_CONSEQUENCE = re.compile(
    r"^(?:otherwise|else|if not|if so|in that case|in this case|failing that|then)\s*,", re.I
)


def outside_problem(body: str, policy: bool) -> str | None:
    """Why a motion's body points at something it does not hold, or None."""
    consequence = _CONSEQUENCE.match(body)
    if consequence:
        return f"opens on '{consequence.group(0)}': the consequence of something said before the motion"
    such = _SUCH.search(body)
    # "such things as …", "in such a way that …": said within a few words, with no comma between
    if such and not re.match(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:as|that)\b", body[such.end() :], re.I):
        return (f"'such {such.group('noun')}' points at a kind the essay described before; the motion never "
                "says which")
    modal = re.search(r"\bto\s+(?:should|must|will|would|shall|can|may|might|could)\b", body, re.I)
    if modal:
        return f"'{modal.group(0)}': a modal after 'to', left by a rewrite: not a sentence"
    back = _BACK_NOUN.search(body)
    if back:
        return f"'the {back.group('noun')}' points at something the essay spoke of before: never said here"
    words = body.lower().split()
    passive = re.search(r"\band\s+(?P<verb>[a-z]+ed)\s+(?:as|by|to|into|under|from)\b", body)
    earlier = passive and re.search(r"\b[a-z]+ed\s+(?:as|by|to|into|under|from)\b", body[: passive.start()])
    if policy and passive and not earlier and not words[0].endswith("ed"):
        return (f"'and {passive.group('verb')} …': a second verb left in the passive when the recommendation "
                "was reworded")
    if policy and 2 <= len(words) <= 3 and words[0] in _GIVING and words[-1] in _RECEIVED:
        return f"'{body}' never says to what or to whom: a counsel lifted from a list"
    return None
