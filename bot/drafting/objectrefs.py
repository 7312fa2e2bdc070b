"""A closing command on "it": "Reopen it, and fund it properly", said of the essay's subject.

A short op-ed often ends on a command whose object is a pronoun; the motion cannot say "reopen it". When the
essay is plainly about one thing (a singular noun phrase its title names and its text names again and again,
"the lido"), the first "it" the command acts on stands for that thing: `with_object` restates the sentence
with it named ("Reopen the lido, and fund it properly"), for the proposal parser to read. An essay about no
one thing leaves the pronoun, and so does a nearer noun ("Cast down your bucket … Cast it down …"): the
motion is refused as before.

Within one sentence, a call on "it" after a clause about a thing names that thing: "The handwritten exam is
the fairest test we have, and universities should keep it" asks that universities keep the handwritten exam
(`with_clause_object`).
"""

from __future__ import annotations

import re
from collections import Counter

from bot.drafting.baseforms import opens_command
from bot.drafting.cues import STOPWORDS
from bot.drafting.reading import Essay, Sentence

MENTIONS = 3  # times the essay must name its subject's head noun (title included) to be plainly about it

_DETERMINER = re.compile(r"\b(?P<det>the|our|this|a|an|your|my|his|her|their|its|that)\s+", re.I)
_DEFINITE = frozenset(["the", "our", "this"])
MODIFIERS = 2  # words a phrase may hold before its head ("the old open-air lido")


def _phrases(text: str) -> list[tuple[str, str, str]]:
    """(determiner, phrase without it, head) for each noun phrase that opens on a determiner: "the old lido on
    Marsh Road" → ("the", "old lido", "lido"). The phrase runs to the first function word, capital or
    punctuation, so its last word is taken for the head."""
    found = []
    for match in _DETERMINER.finditer(text):
        words: list[str] = []
        for raw in text[match.end():].split()[: MODIFIERS + 1]:
            word = raw.strip(".,;:!?\"'()”“’")
            if not word.replace("-", "").isalpha() or not word.islower() or word in STOPWORDS:
                break
            words.append(word)
            if word != raw:  # punctuation after it ends the phrase
                break
        if words:
            found.append((match.group("det").lower(), " ".join(words), words[-1]))
    return found


# Heads that are never what a command acts on: times, places in a text, abstract words.
_NOT_THINGS_TEXT = (
    "time way year day week month end start case point fact question answer issue problem idea matter "
    "reason result truth world rest same first last most best other others whole number lot kind sort "
    "part side one morning evening night winter summer spring autumn past future"
)
_NOT_THINGS = frozenset(_NOT_THINGS_TEXT.split())
# A command on "it" at the sentence's start, after an optional vocative or "so": "So, councillors, reopen it".
_COMMAND_ON_IT = re.compile(
    r"^(?P<lead>(?:(?:so|now|then|please)\s*,?\s+)?(?:[\w' ]{1,30},\s+)?)(?P<verb>[A-Za-z]+)\s+it\b",
    re.I,
)


def essay_subject(essay: Essay) -> str | None:
    """The one singular thing the essay names most ("the lido"), when it names it at least MENTIONS times,
    more often than any other, and in its title; None otherwise."""
    counts: Counter[str] = Counter()
    phrases: dict[str, Counter[str]] = {}
    texts = [essay.title or ""] + [s.text for s in essay.sentences]
    for text in texts:
        for det, np_, head in _phrases(text):
            if det not in _DEFINITE or head in _NOT_THINGS or len(head) < 3 or (
                head.endswith("s") and not head.endswith("ss")
            ):
                continue
            phrases.setdefault(head, Counter())[np_] += 1
    for head in phrases:
        counts[head] = sum(len(re.findall(rf"\b{re.escape(head)}\b", t, re.I)) for t in texts)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    head = ranked[0][0]
    if not re.search(rf"\b{re.escape(head)}\b", essay.title or "", re.I):
        return None  # a thing the title does not name is what a part of the essay is about, not the whole
    return "the " + phrases[head].most_common(1)[0][0]


def _nearest_is(essay: Essay, sentence: Sentence, head: str) -> bool:
    """Whether "it" in this sentence can stand for the subject: the command opens its paragraph (a closing
    call on the essay's topic), or the last noun phrase before it in the paragraph is the subject ("Cast down
    your bucket … Cast it down …": "it" is the bucket, whatever the essay is about)."""
    earlier = [s for s in essay.paragraph(sentence.paragraph) if s.index < sentence.index]
    if not earlier:
        return True
    heads = [found[2] for found in _phrases(earlier[-1].text)]  # "your bucket", "a new leisure centre"
    return bool(heads) and heads[-1] == head


def with_object(essay: Essay, sentence: Sentence, known: set[str]) -> str | None:
    """The command with its first "it" named as the essay's subject ("Reopen it, and fund it properly" →
    "Reopen the lido, and fund it properly"), or None when the sentence is no command on "it", the essay has
    no plain subject, or a nearer thing stands between."""
    match = _COMMAND_ON_IT.match(sentence.text.strip())
    if match is None or not opens_command([match.group("verb"), "it"], known):
        return None
    subject = essay_subject(essay)
    if subject is None or not _nearest_is(essay, sentence, subject.split()[-1]):
        return None
    text = sentence.text.strip()
    return f"{text[: match.end('verb')]} {subject}{text[match.end():]}"


# "[But for the rest,] the handwritten exam remains the fairest test, and universities should keep it": the
# thing the first clause is about, then a call on "it" in the last one.
_CLAUSE_THEN_CALL = re.compile(
    r"^(?:(?:but|and|so|yet|still)\s+)?(?:[^,;]{2,40},\s+)?"
    r"(?P<thing>it|(?:the|this|our|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:is|are|remains|remain|has|have|works|work|does|do|was|were)\b[^;]*?(?:,\s+and|;)\s+"
    r"(?P<call>(?:we|[a-z][\w\s'-]{1,40}?)\s+(?:should|must|ought\s+to)\s+(?:\w+ly\s+)?[a-z]+)\s+it"
    r"(?P<rest>(?:\s+[^,;]*)?)[.!]?$",
    re.I,
)


def with_clause_object(essay: Essay, sentence: Sentence) -> str | None:
    """The call that ends a sentence with its "it" named as the thing the sentence's first clause is about
    ("…, and universities should keep it" → "universities should keep the handwritten exam"), or None. A first
    clause on "it" carries on the sentence before: when that one is about the essay's subject ("A lottery is
    a way of sharing out a shortage. It is not a way of ending it, and the city should abolish it"), "it" is
    the subject."""
    match = _CLAUSE_THEN_CALL.match(sentence.text.strip())
    if match is None:
        return None
    thing = match.group("thing")
    if thing.lower() == "it":
        thing = _carried_subject(essay, sentence) or ""
    if not thing or thing.split()[-1].lower() in STOPWORDS:
        return None
    call = match.group("call")
    if re.match(r"(?:it|they|he|she|this|that|these|those)\s", call, re.I):
        return None  # "…, and it should make it now": no actor of its own
    rest = match.group("rest").rstrip(".!")
    return f"{call[:1].upper()}{call[1:]} {thing[:1].lower()}{thing[1:]}{rest}."


def _carried_subject(essay: Essay, sentence: Sentence) -> str | None:
    """The essay's subject, when the sentence before this one (in its paragraph) opens on it."""
    subject = essay_subject(essay)
    earlier = [s for s in essay.paragraph(sentence.paragraph) if s.index < sentence.index]
    if subject is None or not earlier:
        return None
    opening = _phrases(earlier[-1].text)
    starts = bool(opening) and earlier[-1].text.lower().startswith(f"{opening[0][0]} {opening[0][1]}")
    return subject if starts and opening[0][2] == subject.split()[-1] else None
