"""Whether a sentence tells what happened instead of arguing: its main verb in the simple past, and nothing
in its main clause that judges.

"A time came when men ceased to think their rulers a necessity of nature", "A strong sense of the value of
union induced the people to form a federal government": history told, which both benches could grant. An
essay may tell history on its way to a thesis, but its thesis, even one about the past, judges what happened
("the war was a mistake") or says what holds now. Used to weigh thesis candidates down, not to refuse them.
"""

from __future__ import annotations

import re

from bot.drafting.baseforms import IRREGULAR, SIMPLE_PAST
from bot.drafting.cues import EVALUATIVE, NOUN_MODIFIERS

# Finite verbs of the past, and the simple pasts and participles a narration opens its predicate with.
# (participles only, "taken", "done", are no simple past: "the steps taken …")
_PAST = frozenset(["was", "were", "had", "did"]) | frozenset(SIMPLE_PAST) | frozenset(
    w for w in IRREGULAR if not w.endswith(("en", "wn", "one")))
# Finite verbs of the present or a modal: a main clause that argues, predicts or prescribes.
PRESENT_OR_MODAL = frozenset([
    "is", "are", "am", "be", "has", "have", "does", "do", "can", "cannot", "could", "will", "would",
    "shall", "should", "must", "may", "might", "ought", "need", "needs", "isn't", "aren't", "doesn't",
    "don't", "can't", "won't", "wouldn't", "shouldn't", "mustn't", "hasn't", "haven't"
])
# Words before an -ed form that make it a participle or an adjective, not the clause's past verb.
NOT_FINITE_BEFORE = frozenset([
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "every", "each", "no", "some", "any", "all", "being", "been", "be", "is", "are", "was",
    "were", "has", "have", "had", "get", "gets", "got", "more", "most", "less", "least", "so", "very",
    "too", "well", "ill", "newly", "long"
])
# Words in -ed that are no verbs' past.
_NOT_PAST = frozenset([
    "need", "indeed", "hundred", "sacred", "naked", "wicked", "kindred", "wretched", "rugged",
    "beloved", "aged", "blessed", "learned", "crooked", "ragged", "dogged", "supposed",
    "called", "so-called"
])
# Words that may stand before a plural noun ("same storms", "few men"), and words that join or govern a noun
# ("value and blessings"): no verb follows either.
_ADJECTIVAL = NOUN_MODIFIERS | frozenset(["and", "or", "of", "in", "on", "for", "with", "by", "to", "from",
                                          "at", "as", "than", "into", "upon", "about"])
_OPENING_SUBORDINATOR = frozenset(["when", "if", "as", "since", "although", "though", "while", "because",
                                   "after", "before", "once", "until", "unless", "whereas"])
_CLAUSE_END = frozenset([",", ";", ":"])
_SUBORDINATE = frozenset(["that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if",
                          "as", "since", "though", "although", "so", "until", "unless", ";"])
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:]")
_COMPARED = re.compile(r"\b(?:more|less|fewer|better|worse|greater|smaller)\b.*\bthan\b", re.I)
SCAN = 16  # words of the sentence searched for its main verb


def _past_ed(word: str, before: str) -> bool:
    low = word.lower()
    return (len(low) > 4 and low.endswith("ed") and not low.endswith("eed") and low not in _NOT_PAST
            and before.lower() not in NOT_FINITE_BEFORE and word.islower())


def _present_s(word: str, before: str) -> bool:
    """A verb in -s after its subject: "nobody talks", "a single garden makes" (a plural noun after a
    determiner or an adjective is left alone, and read as no verb: "the same storms")."""
    low = word.lower()
    return (len(low) > 3 and word.islower() and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "ics", "'s", "’s"))
            and before.lower() not in NOT_FINITE_BEFORE and before not in _CLAUSE_END
            and not before.lower().endswith(("s", "ed", "ing")) and before.lower() not in _ADJECTIVAL)


def _finite_follows(words: list[str], start: int) -> bool:
    """Whether a finite verb comes after `start` before any punctuation: the -ed form was a participle in the
    subject ("children raised in poverty are …", "a single paved garden makes …")."""
    for at in range(start, min(len(words), start + 8)):
        word = words[at]
        if word in _CLAUSE_END:
            return False
        if word.lower() in PRESENT_OR_MODAL or word.lower() in _PAST or _present_s(word, words[at - 1]):
            return True
    return False


def _without_asides(words: list[str]) -> list[str]:
    """The words with every span between two commas left out: ", with a good deal of fanfare,"."""
    kept: list[str] = []
    inside = False
    for at, word in enumerate(words):
        if word == ",":
            inside = not inside and "," in words[at + 1 :]
            continue
        if not inside:
            kept.append(word)
    return kept


def narrates(text: str) -> bool:
    """Whether a sentence's main clause tells, in the simple past, what happened, judging nothing."""
    words = _WORDS.findall(text)
    start = 1
    if words and words[0].lower() in _OPENING_SUBORDINATOR:  # "When the war ended, the troops came home"
        if "," not in words:
            return False
        start = words.index(",") + 2
    relative = False  # a relative clause opened in the subject: its verb is not the main one
    for i in range(start, min(len(words), start + SCAN)):
        low = words[i].lower()
        if low in ("who", "which", "that", "whom"):
            relative = True
            continue
        if low in PRESENT_OR_MODAL or _present_s(words[i], words[i - 1]):
            if relative:
                relative = False
                continue
            return False
        past = low in _PAST or (_past_ed(words[i], words[i - 1]) and not _finite_follows(words, i + 1))
        if not past:
            continue
        if relative:  # "the men who fought in the war …"
            relative = False
            continue
        main: list[str] = []
        for word in _without_asides(words[i:]):
            if word.lower() in _SUBORDINATE:
                break
            main.append(word)
        if any(w.lower() in PRESENT_OR_MODAL for w in main[1:]):
            return False  # "was, and is, a disgrace"
        said = " ".join(main)
        if _COMPARED.search(said):
            return False  # "caused more crime than it prevented": a comparison weighs what happened
        return not any(w.lower() not in ("not", "never", "only") for w in EVALUATIVE.findall(said))
    return False
