"""Old spelling and old verb forms put into today's English before a motion is worded.

Eighteenth- and nineteenth-century texts write "hath", "doth", "'tis", "shew", "connexion", "publick" and
"-eth" verbs ("it maketh"); a motion is read by today's debaters, and the structural check knows today's
verb forms, so the motion is worded in modern spelling. Only whole words change; meaning never does.
"""

from __future__ import annotations

import re
from functools import partial

_WORDS = {
    "hath": "has", "doth": "does", "hast": "have", "dost": "do", "shew": "show", "shews": "shows",
    "shewn": "shown", "shewed": "showed", "shewing": "showing", "connexion": "connection",
    "connexions": "connections", "publick": "public", "musick": "music", "compleat": "complete",
    "chuse": "choose", "chuses": "chooses", "chusing": "choosing", "betwixt": "between", "amongst": "among",
    "whilst": "while", "controul": "control", "controuled": "controlled", "encrease": "increase",
    "encreased": "increased", "gaol": "jail", "gaols": "jails", "oeconomy": "economy", "œconomy": "economy",
    "despatch": "dispatch", "intreat": "entreat", "burthen": "burden", "burthens": "burdens",
    "cloathed": "clothed", "antient": "ancient", "antients": "ancients", "surprize": "surprise",
    "expence": "expense", "expences": "expenses", "chearful": "cheerful", "labour'd": "laboured",
}
_CONTRACTED = [
    (re.compile(r"(?<![\w'’])['’]tis\b", re.I), "it is"),
    (re.compile(r"(?<![\w'’])['’]twas\b", re.I), "it was"),
    (re.compile(r"(?<![\w'’])['’]twere\b", re.I), "it were"),
]
# "-eth" verbs: "maketh" → "makes", "speaketh" → "speaks"; not ordinals ("twentieth") nor "teeth".
_ETH = re.compile(r"\b[a-z]{2,}eth\b")
_ETH_KEEP = frozenset(["beneath", "teeth", "seeth", "saith"])


def _eth(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _ETH_KEEP or word.endswith("ieth"):
        return word
    stem = word[:-3]
    if stem.endswith(("o", "s", "sh", "ch", "x", "z")):
        return stem + "es"  # "goeth" → "goes", "wisheth" → "wishes"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "sl":
        return stem[:-1] + "s"  # "committeth" → "commits"
    if re.search(r"[^aeiou][aeiou][bcdfgkmnprtvz]$", stem) or stem.endswith(("v", "c", "dg")):
        return stem + "es"  # "maketh" → "makes", "giveth" → "gives"
    return stem + "s"  # "speaketh" → "speaks", "needeth" → "needs"


def _cased(modern: str, found: str) -> str:
    return modern.capitalize() if found[:1].isupper() else modern


def _contracted(modern: str, match: re.Match[str]) -> str:
    return _cased(modern, match.group(0)[1:])  # "'Tis" → "It is"


def modernise(text: str) -> str:
    """The text with old spellings and verb forms in today's English ("hath" → "has", "'tis" → "it is")."""
    for pattern, modern in _CONTRACTED:
        text = pattern.sub(partial(_contracted, modern), text)

    def word(match: re.Match[str]) -> str:
        found = match.group(0)
        modern = _WORDS.get(found.lower())
        if modern is None:
            return found
        return _cased(modern, found)

    text = re.sub(r"[A-Za-zœ']+", word, text)
    return _ETH.sub(_eth, text)
