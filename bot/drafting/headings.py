"""Section headings printed inline: "… next year. TAX REDUCTION As a result of economy …".

Long addresses copied from print often run their section headings into the text, so the heading opens the
next sentence and ends up in its motion ("This House believes that ECONOMY Our present state of prosperity
…") or makes a proposal's wording a fragment. A heading here is a run of words set wholly in capitals at the
start of a sentence, before a word in ordinary case that begins the sentence proper. An acronym ("NATO
Secretary-General …") is never printed in lower case, so a run counts as a heading only when one of its
longer words also appears in lower case elsewhere in the text (as `reading._plain_opening` tells a printer's
capitals from an acronym).
"""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"^(?P<heading>(?:[A-Z][A-Z'’-]+|AND|OF|THE|FOR|IN|ON|TO|&)(?:\s+(?:[A-Z][A-Z'’-]+|AND|OF|THE|FOR|IN|ON|TO|&))"
    r"{0,5})\s+(?P<rest>(?:[A-Z][a-z]|I\s)\S*.*)$",
    re.S,
)
LONGER = 4  # letters a heading word needs before its lower-case use elsewhere counts


def strip_inline_heading(sentence: str, text: str) -> str:
    """The sentence without a section heading run into its start; unchanged when it has none."""
    match = _HEADING.match(sentence)
    if match is None:
        return sentence
    words = [w for w in re.findall(r"[A-Z'’-]+", match.group("heading")) if len(w) >= LONGER]
    if not any(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in words):
        return sentence  # an acronym or a name in capitals, not a heading
    rest = match.group("rest").strip()
    return rest if len(rest.split()) >= 3 else sentence
