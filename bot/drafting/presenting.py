"""Imperatives that present something to the reader rather than ask for an act: "Read the language of these
wandering eyebeams", "Consider the lilies", "Look at the Red Cross", "Let us take another society of the
same kind". The author shows the reader a passage or an example; nothing is proposed that a House could do.

An imperative is a request only when the author tells the reader or the nation what to DO; verbs of reading,
looking and taking up an example introduce what the essay goes on to say.
"""

from __future__ import annotations

import re

# Verbs that always show the reader something when they open a command.
_SHOWING = (
    r"read|peruse|consider|contemplate|behold|observe|note|notice|look(?!\s+(?:to|after)\b)|"
    r"see(?!\s+(?:that|to)\b)|witness|listen|hear|recall|remember|imagine|suppose|compare|examine|glance|"
    # "Watch a match this weekend and count the adverts": an invitation to the reader
    r"think\s+of|picture|watch(?!\s+over\b)|"
    # "Walk into any branch on a weekday afternoon", "Stand outside any school gate at half past three": the
    # reader taken to a scene that the essay goes on to describe
    r"(?:walk|step|stroll|wander|go|pop|stand|sit|spend\s+an?\s+\w+)\s+(?:into|in|through|down|along|past|outside|"
    r"round|around|by|at|to)\s+(?:any|a|an|the|your\s+(?:local|nearest)|the\s+nearest)\b"
)
# "take" introduces an example: "take another society", "take, for instance, …", "take the case of …".
_TAKING = (
    r"take\s*,?\s+(?:for\s+(?:example|instance)\b|as\s+an?\s+(?:example|instance)\b|another\b(?!\s+steps?\b)|"
    r"one\s+more\b|a\s+second\b|(?:the|an?)\s+(?:\w+\s+)?(?:case|example|instance)s?\b|the\s+following\b)"
)
_PRESENTING = re.compile(rf"^(?:now\s+|then\s+|next\s+|but\s+|and\s+)?(?:(?:{_SHOWING})\b|{_TAKING})", re.I)


def presenting(vp: str) -> bool:
    """Whether a command ("read …", "let us take another …") presents a passage or an example to the reader
    instead of asking for an act."""
    return _PRESENTING.match(vp.strip()) is not None
