"""Items listed under a resolving header: "This Council therefore resolves: / 6. To restore a cumulative
impact policy … / 7. To ask the licensing committee to review …". Each item is the body's own act, worded as
an infinitive that the header governs; under "calls on the Department:" it is the Department's act.
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

# The header: the body resolves, agrees, undertakes … or calls on someone, and a colon ends it.
_HEADER = re.compile(
    r"\b(?:(?P<own>resolves?|resolved|agrees?|undertakes?|pledges?|decides?|determines?|commits?\s+(?:itself|"
    r"ourselves|themselves)|will|shall)|(?:calls?\s+(?:up)?on|urges?|asks?|requests?)\s+(?P<actor>(?:the|its|"
    r"our|all|every)\s+[^,;:]{2,60}?))\s*:$",
    re.I,
)
_ITEM = re.compile(r"^(?:\(?[0-9a-z]{1,3}[.)]\s+)?to\s+(?P<vp>[a-z][^;:]{3,})$", re.I)
_ITEMS_WITHIN = 8  # listed items that may stand between the header and the item


def resolved_item(essay: Essay, index: int) -> str | None:
    """ "we should V …" (or "ACTOR should V …") for an infinitive item listed under a resolving header;
    None for any other sentence."""
    item = _ITEM.match(essay.sentences[index].text.strip().rstrip("."))
    if item is None:
        return None
    for back in range(index - 1, max(-1, index - 1 - _ITEMS_WITHIN), -1):
        text = essay.sentences[back].text.strip()
        header = _HEADER.search(text)
        if header is not None:
            actor = "we" if header.group("own") else header.group("actor")
            return f"{actor} should {item.group('vp')}"
        if _ITEM.match(text.rstrip(".")) is None:
            return None  # the run of items is broken: this infinitive stands under no header
    return None
