"""A proposal named as a noun phrase after "we need": "We need phone-free lunch breaks: phones stay in bags
…", "So we urgently need a deposit on glass bottles." The noun phrase is the author's proposal and what
follows a colon or dash only explains it; the reading is "we should adopt NP", as "What we need is NP" is
read (`measures.pseudo_cleft`).

"We need X to V" (an actor asked to act) is the deontic reader's; "we need to V" is a modal; an abstract
want ("we need more time", "we need answers") or a pronoun ("we need it") names no measure.
"""

from __future__ import annotations

import re

_NEED = re.compile(
    r"^(?:(?:so|and|but|now|then|therefore|thus|instead|in short|quite simply|simply put),?\s+)*"
    r"(?:we|this\s+(?:town|city|country|county|village|school|nation)|the\s+(?:town|city|country|county|"
    r"village|school|nation))\s+"
    r"(?:(?:badly|urgently|simply|really|now|still|surely|therefore|also|just)\s+)*"
    r"(?:need|needs)\s+(?!to\b|not\b|no\b)(?P<rest>.+)$",
    re.I,
)
# What a measure opens with: an article or quantity word, or a modifier before a plural head.
_MEASURE_START = re.compile(r"^(?:a|an|the|more|fewer|less|some|proper|real|new|free)\s+\w", re.I)
_PLURAL_HEAD = re.compile(r"^(?:[a-z][\w'-]*\s+){1,3}[a-z][\w'-]*[^s\W]s$")
# Wants that name no measure the House could adopt.
_ABSTRACT = frozenset([
    "time", "money", "help", "answers", "courage", "leadership", "change", "action", "debate", "discussion",
    "conversation", "people", "leaders", "hope", "patience", "honesty", "faith", "vision", "ideas", "clarity",
    "reassurance", "support", "thought", "unity", "moment", "look", "word", "break", "rest",
])
# An actor asked to act: "we need the council to V" (the deontic reader's).
_ACTOR_TO = re.compile(
    r"^(?:the|our|every|each|all|its|their|these|those|this|[A-Z])\S*(?:\s+\S+){0,6}\s+to\s+[a-z]"
)
_PRONOUN = re.compile(
    r"^(?:it|them|this|that|these|those|him|her|you|us|one|something|somebody|someone)\b", re.I
)


def needed_measure(sentence: str) -> str | None:
    """ "We need NP[: explanation]" → "we should adopt NP", or None (see the module's docstring)."""
    text = sentence.strip()
    if text.endswith("?"):
        return None
    match = _NEED.match(text.rstrip(".!"))
    if match is None:
        return None
    explained = (
        r"\s*[:;]\s+|\s+[–—-]{1,2}\s+|(?<=\w)[–—-]{1,2}(?=(?:a|an|the)\s)|"
        r",\s+(?:which|so that|and|because|so)\b"
    )
    rest = re.split(explained, match.group("rest"))[0]
    rest = rest.strip().rstrip(",")
    if _PRONOUN.match(rest) or _ACTOR_TO.match(rest) or "," in rest:  # "the storm, the whirlwind": rhetoric
        return None
    head = re.split(r"\s+(?:of|for|on|in|at|from|to|with|which|that|who|where|between)\s+", rest)[0]
    words = head.lower().split()
    if len(words) < 2 or words[-1] in _ABSTRACT or len(rest.split()) > 16:
        return None
    if not (_MEASURE_START.match(head) or _PLURAL_HEAD.match(head)):
        return None
    return f"we should adopt {rest}"
