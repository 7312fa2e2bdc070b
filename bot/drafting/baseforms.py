"""Base forms of verbs as the proposal parser meets them: "sanctioned" → "sanction", and whether a word can
open a verb phrase."""

from __future__ import annotations

from bot.drafting.cues import STOPWORDS

# Verbs of state or perception: "we must accept / remember / be …" asks no act the House could take.
STATIVE = {
    "be",
    "feel",
    "know",
    "understand",
    "remember",
    "realise",
    "realize",
    "recognise",
    "recognize",
    "accept",
    "see",
    "face",
    "learn",
    "expect",
    "wonder",
    "ask",
    "admit",
    "note",
    "consider",
    "think",
    "believe",
    "bear",
    "keep",
    "have",
    "get",
    "go",
    "come",
    "look",
}
IRREGULAR = {
    "taken": "take",
    "given": "give",
    "made": "make",
    "held": "hold",
    "brought": "bring",
    "kept": "keep",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "built": "build",
    "shut": "shut",
    "set": "set",
    "put": "put",
    "cut": "cut",
    "spent": "spend",
    "sent": "send",
    "told": "tell",
    "left": "leave",
    "done": "do",
    "forbidden": "forbid",
    "withdrawn": "withdraw",
    "frozen": "freeze",
    "broken": "break",
    "written": "write",
    "chosen": "choose",
    "driven": "drive",
    "laid": "lay",
    "met": "meet",
}


def base_verb(word: str, known: set[str]) -> str:
    """The base form of a past participle: "sanctioned" → "sanction", "banned" → "ban"."""
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low.endswith("ied"):
        return low[:-3] + "y"
    if low.endswith("ed"):
        stem = low[:-2]
        for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if candidate and candidate in known:
                return candidate
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        if stem.endswith(("s", "v", "z", "c", "g", "u", "at", "iz", "ur", "ar")) and not stem.endswith("ss"):
            return stem + "e"
        return stem
    if low.endswith("en") and low[:-1] in known:
        return low[:-1]
    return low


def is_verb_like(word: str, known: set[str]) -> bool:
    """Whether a word can open a verb phrase: a bare verb seen elsewhere as -ing/-ed or known."""
    low = word.lower().strip("'’\"“”")
    if not low.isalpha() or low in STOPWORDS or word[:1].isupper():
        return False
    return low in known
