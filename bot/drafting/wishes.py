"""A measure wished into being by a condition: "If now, and this is my idea, there were a conscription of
the whole youthful population …, the injustice would tend to be evened out."

"If there were X, good would follow" proposes X when the author owns the idea ("this is my idea", "I
suggest") or the main clause tells the good it would do; the House would introduce X. A condition whose
main clause tells a harm ("if there were a toll, the poor would suffer") proposes nothing.
"""

from __future__ import annotations

import re

from bot.drafting.measurephrase import adopted

_IF_THERE_WERE = re.compile(
    r"^if\s+(?:now\s*|only\s*)?(?P<aside>[–—-]{1,2}[^–—-]{2,60}[–—-]{1,2}\s*|,[^,]{2,60},\s*)?"
    r"there\s+(?:were|was|could\s+be)\s*,?\s+(?:instead\s+of\s+[\w\s-]{2,40}?\s+(?=an?\s))?"
    r"(?P<thing>(?:an?|some|more)\s+[^,;]{3,160}?),\s+(?P<main>[^;]*\bwould\b.*)$",
    re.I,
)
_OWNED = re.compile(r"\b(?:my|our)\s+(?:idea|proposal|suggestion|plan)\b|\b(?:I|we)\s+(?:suggest|propose)\b",
                    re.I)
# What the main clause may say the measure would do: a good, not a harm.
_GOOD = re.compile(
    r"\bwould\s+(?:\w+\s+){0,3}?(?:be\s+(?:evened|solved|cured|saved|ended|reduced|relieved|prevented|improved"
    r"|met|righted|redressed|removed)|follow|improve|restore|secure|save|end|relieve|cure|heal|protect"
    r"|strengthen|benefit|prevent|reduce)\b",
    re.I)


def wished_measure(sentence: str) -> str | None:
    """ "we should introduce X" for "If there were X, good would follow" that the author owns or praises;
    None otherwise."""
    text = " ".join(sentence.split()).rstrip(".!")
    found = _IF_THERE_WERE.match(text)
    if found is None:
        return None
    if not (_OWNED.search(found.group("aside") or "") or _GOOD.search(found["main"])):
        return None
    return f"we should {adopted(found['thing'].strip())}"
