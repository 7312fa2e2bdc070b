"""A verb phrase in a series whose subject the sentence already gave: a description, not a command.

"They select striking instances, place characters in contrast, and direct our steps …": "direct our
steps" is the third predicate of "They". "… compositions which draw not too much from life, require no
deep application, and send back the student …": "require …" is a predicate of "which". Neither asks
the reader for anything.
"""

from __future__ import annotations

import re

# A sentence that opens on a plain subject and its own verb (no modal before it): "They select …".
_SUBJECT_OPENING = re.compile(
    r"^(?:(?:and|but|so|yet|thus|hence)\s+)?(?:they|we|he|she|it|these|those|such\s+\w+)\s+"
    r"(?:\w+ly\s+|not\s+|also\s+|often\s+|always\s+|never\s+)?(?P<verb>[a-z]+)\b",
    re.I,
)
# A relative clause right before the piece: "…, which draw not too much from life, require …".
_RELATIVE_BEFORE = re.compile(
    r"(?:^|[,;]\s+)(?:which|who|that)\s+(?:\w+ly\s+)?[a-z]+\b[^,;]*[,;]\s*(?:and\s+)?$", re.I
)
_NOT_FINITE = frozenset(["must", "should", "ought", "shall", "will", "would", "may", "might", "can", "could",
                         "need", "to", "had", "have", "do", "did", "does"])


def series_predicate(text: str, clause: str) -> bool:
    """Whether `clause`, a piece of `text` that opens on a verb, continues a series of predicates whose
    subject came before it (a plain subject opening the sentence, or a relative pronoun just before)."""
    at = text.find(clause)
    if at <= 0:
        return False
    before = text[:at]
    if _RELATIVE_BEFORE.search(before):
        return True
    opening = _SUBJECT_OPENING.match(text)
    return opening is not None and opening.group("verb").lower() not in _NOT_FINITE and opening.end() <= at
