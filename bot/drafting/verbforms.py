"""Irregular simple-past forms and their base forms, for the wish after "it is time (that) …"
("it is time the council made twenty miles an hour the limit" → "the council should make …").

One table for the one reader of such a wish (`exhortations.time_wish`, which `framing.py` and `asking.py`
use too); regular forms ("banned", "repealed") go through `baseforms.base_verb`.
"""

from __future__ import annotations

PAST_FORMS: dict[str, str] = {
    "took": "take", "gave": "give", "made": "make", "put": "put", "set": "set", "cut": "cut", "shut": "shut",
    "paid": "pay", "sold": "sell", "built": "build", "sent": "send", "brought": "bring", "kept": "keep",
    "left": "leave", "began": "begin", "spent": "spend", "threw": "throw", "broke": "break",
    "chose": "choose", "drove": "drive", "forbade": "forbid", "froze": "freeze", "laid": "lay",
    "withdrew": "withdraw", "taught": "teach", "bought": "buy", "heard": "hear", "did": "do",
    "let": "let", "held": "hold", "got": "get", "found": "find", "stood": "stand", "run": "run",
}
