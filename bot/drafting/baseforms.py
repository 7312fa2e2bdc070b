"""Base forms of verbs as the proposal parser meets them: "sanctioned" → "sanction", and whether a word can
open a verb phrase."""

from __future__ import annotations

import re
from collections.abc import Callable

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
    # verbs of thought an essay invites the reader to ("let us estimate the worth of …"): no House's act
    "estimate",
    "reckon",
    "weigh",
    "ponder",
    "contemplate",
    "reflect",
    "suppose",
    "imagine",
    "glance",
    "pause",
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


# Simple pasts, with their base forms, that are not also past participles (those are in IRREGULAR): what
# a sentence telling history opens its predicate with ("a time came", "Copenhagen built …").
SIMPLE_PAST = {
    "came": "come", "went": "go", "rose": "rise", "fell": "fall", "took": "take", "gave": "give",
    "began": "begin", "grew": "grow", "became": "become", "saw": "see", "knew": "know", "drew": "draw",
    "wrote": "write", "spoke": "speak", "broke": "break", "chose": "choose", "drove": "drive", "rode": "ride",
    "ran": "run", "threw": "throw", "froze": "freeze", "stole": "steal", "swore": "swear", "tore": "tear",
    "wore": "wear", "bore": "bear", "arose": "arise", "forbade": "forbid", "forgave": "forgive",
    "forgot": "forget", "overcame": "overcome", "undertook": "undertake", "overtook": "overtake",
    "withdrew": "withdraw", "understood": "understand", "stood": "stand", "fought": "fight", "sought": "seek",
    "taught": "teach", "caught": "catch", "bought": "buy", "struck": "strike", "thought": "think",
    "felt": "feel", "lost": "lose", "won": "win", "said": "say", "told": "tell", "meant": "mean",
    "got": "get", "built": "build", "spent": "spend", "sent": "send", "sold": "sell", "paid": "pay",
    "lent": "lend", "found": "find", "led": "lead", "put": "put", "set": "set", "cut": "cut", "shut": "shut",
    "let": "let", "stopped": "stop", "banned": "ban", "scrapped": "scrap", "dropped": "drop",
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


# Everyday verbs a short op-ed orders a public body with ("Bring the ferry back", "Run the late
# service"), which neither the policy list nor the essay's own -ing/-ed forms may hold: trusted only where a
# command opens and an object follows (`opens_command`), since many are nouns too ("Plant closures hurt
# towns"). Verbs that ask the reader to speak or write ("tell us", "write to your MP") are no policy.
_EVERYDAY_TEXT = """
bring put run send hand turn hold fix save rescue spare feed serve deliver hire rename rethink redesign
reverse undo slash trim curb tackle ease sack ditch axe scrap patch fence heat insulate pedestrianise
pedestrianize reroute revive halve lengthen shorten clamp build buy sell open shut drop cut give take pay
move stop double staff light plant clean clear free house test check track link connect switch swap pilot
trial stock keep knock pull tear win lend set make
"""
EVERYDAY = frozenset(_EVERYDAY_TEXT.split())
# What opens a command's object or its particle: "Bring the ferry back", "Hand it over", "Bring back the …".
_OBJECT_START_TEXT = """
the a an our their its his her your this that these those them it us him every each all more some no any
both back up down out off away over
"""
_OBJECT_START = frozenset(_OBJECT_START_TEXT.split())


def opens_command(words: list[str], known: set[str]) -> bool:
    """Whether a clause's first word is a verb that orders (a known verb, or an everyday one followed by its
    object or particle): "Run the late service …" yes, "Plant closures hurt …" no."""
    if not words:
        return False
    first = words[0].lower()
    if _IDIOM.match(" ".join(words[:4])):
        return False  # "Make no mistake about the cost": a phrase of emphasis, not an order
    if is_verb_like(first, known):
        return True
    second = words[1].lower().strip(",.;:!") if len(words) > 1 else ""
    return first in EVERYDAY and first not in STATIVE and (second in _OBJECT_START or second.isdigit())


# Everyday verbs in set phrases that order nothing: "make no mistake", "make the most of", "take it from me".
_IDIOM = re.compile(
    r"^(?:make\s+(?:no\s+mistake|sure|way|do|the\s+(?:most|best)\s+of)|take\s+it\s+from)\b", re.I)


def is_verb_like(word: str, known: set[str]) -> bool:
    """Whether a word can open a verb phrase: a bare verb seen elsewhere as -ing/-ed or known."""
    low = word.lower().strip("'’\"“”")
    if not low.isalpha() or low in STOPWORDS or word[:1].isupper():
        return False
    return low in known


def known_gerund_base(gerund: str, is_known: Callable[[str], bool]) -> str | None:
    """The base of an "-ing" form that `is_known` knows as a verb ("doubling" → "double", "banning" → "ban"),
    or None."""
    stem = gerund.lower()[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and is_known(base):
            return base
    return None
