"""Rhetorical questions read as the claims they make.

Old argument often states its thesis as a question that expects one answer: "Is it not evident that
X?", "Who can doubt that X?", "What is X but Y?". Such a question asserts X (or "X is Y"); `assertion`
gives the claim, or None for a real question, which is never a thesis.
"""

from __future__ import annotations

import re

_LEAD = r"^(?:(?:and|but|for|now|then|yet|nay|say|surely|indeed),?\s+)*"
# "Is it not evident that X?", "Is it not true, then, that X?", "Must it not be plain that X?"
_NOT_EVIDENT = re.compile(
    _LEAD + r"(?:is|was|must|will|would|can|does)\s+(?:it|this)\s+not\s+(?:be\s+|seem\s+|appear\s+)?"
    r"(?:then\s+|therefore\s+|also\s+)?(?:evident|plain|clear|certain|manifest|obvious|true|apparent|"
    r"undeniable|notorious|self-evident)(?:,\s*(?:then|therefore|sir|gentlemen)\s*,)?\s+that\s+(?P<claim>.+)\?$",
    re.I,
)
# "Who can doubt that X?", "Can any man deny that X?", "Will anyone pretend that X is Y?"
_WHO_DOUBTS = re.compile(
    _LEAD + r"(?:who\s+(?:can|will|could|would|shall|dare|dares)|(?:can|will|could|would|does|dare)\s+"
    r"(?:any\s*(?:one|man|body)|anybody|anyone|any\s+person|we|you))\s+(?:now\s+|seriously\s+|then\s+)?"
    r"(?:doubt|deny|dispute|question|pretend\s+that\s+it\s+is\s+false)\s+that\s+(?P<claim>.+)\?$",
    re.I,
)
# "Can it be doubted that X?", "Can it be denied that X?"
_BE_DOUBTED = re.compile(
    _LEAD + r"(?:can|could|will|shall)\s+it\s+(?:then\s+|now\s+)?be\s+(?:doubted|denied|disputed|questioned)"
    r"\s+that\s+(?P<claim>.+)\?$",
    re.I,
)
# "What is government itself, but the greatest of all reflections on human nature?" → "X is Y"
_WHAT_BUT = re.compile(
    _LEAD + r"what\s+(?P<verb>is|are|was|were)\s+(?P<subject>[^,?]{3,60}?),?\s+but\s+"
    r"(?P<predicate>[^?]{3,})\?$",
    re.I,
)


def assertion(question: str) -> str | None:
    """The claim a rhetorical question makes ("Who can doubt that X?" → "X"), or None."""
    text = " ".join(question.split())
    if not text.endswith("?"):
        return None
    for pattern in (_NOT_EVIDENT, _WHO_DOUBTS, _BE_DOUBTED):
        match = pattern.match(text)
        if match:
            claim = match.group("claim").strip().rstrip(",;")
            return claim[:1].upper() + claim[1:] + "." if len(claim.split()) >= 3 else None
    match = _WHAT_BUT.match(text)
    if match:
        subject = match.group("subject").strip()
        if re.match(r"^(?:it|this|that|these|those|they|he|she)\b", subject, re.I):
            return None  # "what is it but …": the subject is a pronoun, its referent elsewhere
        claim = f"{subject} {match.group('verb').lower()} {match.group('predicate').strip()}"
        return claim[:1].upper() + claim[1:] + "."
    return None
