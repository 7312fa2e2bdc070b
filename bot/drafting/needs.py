"""A proposal named as a noun phrase after "we need": "We need phone-free lunch breaks: phones stay in bags
…", "So we urgently need a deposit on glass bottles." The noun phrase is the author's proposal and what
follows a colon or dash only explains it; the reading is "we should introduce NP" ("impose" a levy, "grant" a
hearing: `measurephrase.adopted`), worded as `asks.py` and `measures.pseudo_cleft` word a request.

"We need X to V" (an actor asked to act) is the deontic reader's; "we need to V" is a modal; an abstract
want ("we need more time", "we need answers") or a pronoun ("we need it") names no measure.
"""

from __future__ import annotations

import re

from bot.drafting.measurephrase import MAX_WORDS, adopted, content_joined, measure_phrase

_NEED = re.compile(
    r"^(?:(?:so|and|but|now|then|therefore|thus|instead|in short|quite simply|simply put),?\s+)*"
    r"(?:we|this\s+(?:town|city|country|county|village|school|nation)|the\s+(?:town|city|country|county|"
    r"village|school|nation))\s+"
    r"(?:(?:badly|urgently|simply|really|now|still|surely|therefore|also|just)\s+)*"
    r"(?:need|needs)\s+(?!to\b|not\b|no\b)(?P<rest>.+)$",
    re.I,
)
# An actor asked to act: "we need the council to V" (the deontic reader's).
_ACTOR_TO = re.compile(
    r"^(?:the|our|every|each|all|its|their|these|those|this|[A-Z])\S*(?:\s+\S+){0,6}\s+to\s+[a-z]"
)


def needed_measure(sentence: str) -> str | None:
    """ "We need NP[: explanation]" → "we should introduce NP", or None (see the module's docstring)."""
    text = sentence.strip()
    if text.endswith("?"):
        return None
    match = _NEED.match(text.rstrip(".!"))
    if match is None or _ACTOR_TO.match(match.group("rest")):
        return None
    asked = content_joined(match.group("rest"))  # "a legal guarantee: every child …" holds a clause
    rest = measure_phrase(asked)
    if rest is None:
        return None
    # a "that" clause or a ", with …" phrase carries the measure's point; other phrases stay short
    carried = re.search(
        r"^[^,]*?\b(?:guarantee|rule|law|duty|right|requirement|promise|pledge)\s+that\b|, with\b",
        asked,
        re.I,
    )
    return None if len(rest.split()) > (MAX_WORDS if carried else 16) else f"we should {adopted(rest)}"
