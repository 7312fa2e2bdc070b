"""How a motion's body may not open: with an order after "believes that" ("weaken the power of the purse and
one weakens …"), on "here," or "there," (a place the essay named), with "this kind of …" (a kind it
described), or with a modal's verb joined to a later "and to …" whose series lost its head ("researchers
should learn techniques, and to gain intuition", cut from "must struggle to understand X, to learn Y, and to
gain Z"), on the verb of an inverted clause whose fronted phrase was cut ("arises a new unity", from "Hence
arises …"), or on an object put first ("this the schools are working to accomplish"). Each was printed once
as a motion on a real text the drafter had not seen.
"""

from __future__ import annotations

import re

from bot.drafting.baseforms import EVERYDAY
from bot.drafting.cues import STOPWORDS
from bot.drafting.grammar import VERBS

# Words that may stand before an article at the head of a claim ("half the town", "twice a week").
_BEFORE_ARTICLE = frozenset(["half", "twice", "thrice", "quite", "rather", "such", "many", "what", "all",
                             "both", "like", "unlike", "despite"])
# Articles and possessives an order's object opens with ("weaken the power of the purse").
_ARTICLES = frozenset(["the", "a", "an", "our", "their", "your", "its", "his", "her", "this", "these",
                       "those"])
# Endings that make a bare word a verb: "weaken", "legalise", "simplify", "abolish".
_VERB_ENDING = re.compile(r"^[a-z]{3,}(?:en|ise|ize|ify|ish)$")
# Verbs of being, coming and staying: the only ones whose subject may follow them after a fronted phrase
# ("Hence arises a new unity", "Thus began a war", "Here lies the difficulty"). Cut from that phrase, the
# clause opens on its verb.
_INVERTING_TEXT = """
arise arises arose come comes came follow follows followed remain remains remained stand stands stood
lie lies lay rise rises rose appear appears appeared emerge emerges emerged exist exists existed begin
begins began spring springs sprang flow flows flowed result results resulted ensue ensues ensued grow
grows grew go goes went sit sits sat hang hangs hung live lives lived dwell dwells dwelt occur occurs
occurred happen happens happened enter enters entered start starts started rest rests rested lurk lurks
lurked loom looms loomed await awaits awaited
"""
_INVERTING = frozenset(_INVERTING_TEXT.split())
# Adverbs that point back into the essay before such a verb: "thence flows a stream of …", "hence arises …".
_FROM_THERE = frozenset(["thence", "hence", "whence", "thereupon", "therefrom", "herein", "therein"])
# What the subject after such a verb opens with.
_SUBJECT_START = _ARTICLES | {"no", "every", "each", "some", "many", "another", "two", "three"}
# A bullet or dash that opens an item of a list: "- Licensing issues due to …".
_LIST_MARK = re.compile(r"^\s*(?:[-–—*•·+]|\d+[.)])\s")
# A verb that reports what its lost subject shows: "means that …", "proves that …" (from "That means that …").
_REPORTING = frozenset(["means", "meant", "shows", "showed", "proves", "proved", "suggests", "suggested",
                        "implies", "implied", "explains", "demonstrates", "indicates", "says", "tells"])
# A participle's phrase first, its subject outside: "being enacted for the good of …, its obligations …".
_PARTICIPLE_OPENING = re.compile(r"^(?:being|having)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b", re.I)
# "this the schools are working to accomplish": the object fronted from its clause, which points outside.
_FRONTED_OBJECT = re.compile(r"^(?:this|that|these|those)\s+(?:the|a|an|our|their|his|her|its)\b", re.I)
# "demand is not only what is reported" cut from "…; it is also what people no longer report"
_NOT_ONLY = re.compile(r"\bnot\s+only\b", re.I)
# "there will be the fireplace of course": one thing of a scene the essay describes, named as known
_SCENE_ITEM = re.compile(
    r"^there\s+(?:is|are|was|were|will\s+be|would\s+be|must\s+be|may\s+be)\s+the\s+\w+(?:\s+\w+)?"
    r"(?:,?\s+(?:of\s+course|too|also|then))?$", re.I)
# "this kind of work", "that sort of school": a kind the essay described before.
_THIS_KIND = re.compile(r"\b(?:this|that|these|those)\s+(?:kinds?|sorts?|types?|class|manner)\s+of\b", re.I)
# "here, adequate protection is not given", "here is the opportunity …": a place in the essay
_PLACE_POINTER = re.compile(r"^(?:(?:here|there)\s*,|here\s+(?:is|are|was|were|lies|lie|comes|come)\b)", re.I)
# "researchers should learn techniques, and to gain intuition": the infinitive series lost its head ("must
# struggle to understand X, to learn Y, and to gain Z"); no "to" before the modal's verb and the "and to".
_BROKEN_SERIES = re.compile(
    r"\b(?:should|must|will|would|can|could|may|might|shall)\s+(?:not\s+)?(?!be\b|have\b)[a-z]+\b"
    r"(?:(?!\bto\b)[^;:])*?,?\s+and\s+to\s+[a-z]+", re.I)


# A request or a word to someone present: "pray sir, do not fail of …", "gentlemen, the hour is late".
_ADDRESSED = re.compile(r"^(?:pray|prithee|please)\b|\b(?:sir|madam|gentlemen|ladies|my\s+lords?)\s*,", re.I)


def head_problem(opening: str, body: str) -> str | None:
    """What is wrong with how the motion's body opens or runs, or None."""
    belief = opening.startswith("This House believes")
    first_two = body.split()[:2]
    if _LIST_MARK.match(body):
        return "opens on a list mark: an item of the essay's list, not a claim of its own"
    if (belief and len(first_two) == 2 and first_two[1] in _ARTICLES
            and first_two[0] not in STOPWORDS | _BEFORE_ARTICLE
            and (first_two[0] in VERBS | EVERYDAY or _VERB_ENDING.search(first_two[0]))):
        return f"an order ('{first_two[0]} {first_two[1]} …') after 'believes that': a command, not a claim"
    words = body.split()
    if belief and len(words) > 2 and words[0].lower() in _FROM_THERE and words[1].lower() in _INVERTING:
        return f"opens on '{words[0]} {words[1]}': where it comes from is a place in the essay"
    inverted = len(first_two) == 2 and first_two[0].lower() in _INVERTING and first_two[1] in _SUBJECT_START
    if belief and inverted:
        return (f"opens on its verb ('{first_two[0]} {first_two[1]} …'): the phrase before the verb was cut, "
                "so the clause has no subject first")
    if belief and len(first_two) == 2 and first_two[0].lower() in _REPORTING and first_two[1] == "that":
        return f"opens on '{first_two[0]} that': what it says this of was cut off"
    if belief and _PARTICIPLE_OPENING.match(body):
        return f"opens on a participle ('{' '.join(first_two)} …') whose subject is outside the motion"
    if belief and _FRONTED_OBJECT.match(body):
        return f"'{first_two[0]}' before '{first_two[1]}': an object put first, pointing outside the motion"
    lone = _NOT_ONLY.search(body)
    if lone and not re.search(r"\b(?:but|also)\b", body[lone.end():]):
        return "'not only' with its second half cut away: the claim's point was in the part left out"
    if belief and _SCENE_ITEM.match(body):
        return "names one thing of a scene the essay describes ('there will be the …'): no claim"
    kind_pointer = _THIS_KIND.search(body)
    if kind_pointer:  # "better support this kind of work"
        return f"'{kind_pointer.group(0)} …' points at a kind described outside the motion"
    if belief and _ADDRESSED.search(body):
        return "speaks to someone present ('pray', 'sir,'): a request or an aside, not a claim"
    if _PLACE_POINTER.match(body):
        return "opens on 'here,', 'there,' or 'here is': a place in the essay the motion does not name"
    if belief and _BROKEN_SERIES.search(body):
        return "a modal's verb and a later 'and to …' are not one series: an item of the essay's list was cut"
    return None
