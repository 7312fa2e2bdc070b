"""Theses stated as the conclusion or the author's answer: "It results from the preceding considerations,
that X", "My answer is, first, that X", "What I have been preparing to say is, that X".

Old argument often builds its case first and states the thesis once, at the end, inside a frame that says it
is the conclusion ("It follows that X", "The result of these observations is that X", "Upon the whole, X", "To
conclude, X"), or a meeting's resolution ("Resolved, That X"). `concluded` gives X, so the thesis is worded
without the frame and ranked as the author's conclusion.
"""

from __future__ import annotations

import re

# A meeting's resolution: "Resolved, That …", "Be it therefore resolved that …".
RESOLVED = r"(?:be\s+it\s+(?:therefore\s+|further\s+)?resolved|resolved),?\s+that\s+"
_FRAME = re.compile(
    r"^(?:(?:and|so|thus|hence|therefore),?\s+)?(?:"
    r"it\s+(?:results|follows|appears|is\s+evident|is\s+plain|is\s+manifest)(?:,?\s+then,?)?(?:\s+(?:from|upon|on)"
    r"\s+[^,;:]{3,90}?,)?\s+that\s+"
    r"|(?:the|my|our)\s+(?:result|conclusion|upshot|sum|amount)(?:\s+(?:of|from)\s+[^,;:]{3,90}?)?"
    r"(?:,\s+(?:then|therefore|thus),)?\s+is,?\s+that\s+"
    r"|(?:I|we)\s+(?:(?:therefore|then|thus|must|can\s+only|am\s+(?:forced|driven|bound|led)\s+to"
    r"|are\s+(?:forced|driven|bound|led)\s+to|have\s+come\s+to)\s+)*conclude,?\s+"
    r"(?:(?:then|therefore|thus|accordingly|finally|at\s+last),?\s+)?that\s+"
    r"|(?:I|we)\s+(?:have\s+)?(?:come\s+to|reached|arrived\s+at)\s+the\s+conclusion,?\s+that\s+"
    r"|(?:my|our|the)\s+(?:answer|reply)\s+is,?\s+(?:first,?\s+|then,?\s+)?that\s+"
    r"|what\s+(?:I|we)\s+(?:have\s+been\s+preparing|wish|mean|want|intend|have\s+to)\s+(?:to\s+)?say"
    r"\s+is,?\s+that\s+"
    # a meeting's resolution
    r"|" + RESOLVED + r"|(?:we|I)\s+(?:therefore\s+)?resolve,?\s+that\s+"
    r"|(?:to\s+conclude|in\s+conclusion|upon\s+the\s+whole|on\s+the\s+whole|to\s+sum\s+up|in\s+fine|"
    r"in\s+a\s+word|finally),?\s+(?:then,?\s+)?"
    r")(?P<claim>.+)$",
    re.I,
)


# "In Wildness is the preservation of the World": the old order of place, predicate, subject.
_INVERTED = re.compile(
    r"^in\s+(?P<place>\w+(?:\s+\w+)?)\s+(?P<verb>is|are|lies|lie)\s+(?P<subject>[^,;:]+?)(?P<end>[.!]?)$",
    re.I,
)


def _located(claim: str) -> str:
    """ "In union is strength" → "strength is in union"; other claims unchanged."""
    match = _INVERTED.match(claim)
    if match is None:
        return claim
    verb, place = match.group("verb").lower(), match.group("place")
    return f"{match.group('subject')} {verb} in {place}{match.group('end')}"


def concluded(sentence: str) -> str | None:
    """The claim inside a conclusion frame ("It follows that X" → "X"), or None when there is no frame."""
    text = " ".join(sentence.split())
    match = _FRAME.match(text)
    if match is None:  # "The West is the Wild; and what I have been preparing to say is, that X"
        last = re.split(r";\s+", text)[-1]
        match = _FRAME.match(last) if last != text else None
    if match is None:
        return None
    # "I conclude that X, and that Y": X is the first conclusion, and a motion carries one
    claim = _located(re.split(r",?\s+and\s+(?:also\s+)?that\s+", match.group("claim").strip(), maxsplit=1)[0])
    if len(claim.split()) < 4:
        return None
    return claim[:1].upper() + claim[1:]
