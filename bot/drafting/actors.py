"""Keeping a proposal's actor: "It should dredge the brook", said of the council, is the council's task.

A proposal whose subject is a pronoun ("it", "they") has its actor named earlier in the paragraph. When
that is an institution that acts in its own name (a council, a board, the magistrates: see
wording.INSTITUTION), the proposal is restated with it as the subject, so the motion keeps the actor
("This House believes that the county council should dredge the brook") instead of losing it.
"""

from __future__ import annotations

import re

from bot.drafting.cues import MODALS
from bot.drafting.reading import Essay, Sentence
from bot.drafting.wording import INSTITUTION, head_noun

LOOK_BACK = 3  # sentences of the same paragraph searched for the pronoun's institution

_PRONOUN_PROPOSAL = re.compile(
    rf"^(?P<lead>(?:(?:so|then|now|therefore|instead|and|but|surely|first),?\s+)*)(?P<pronoun>it|they)\s+"
    rf"(?P<rest>(?:{MODALS})\s.+)$",
    re.I,
)
# "the county council", "Fenwick Borough Council", "the magistrates": a determiner or proper names, then
# up to three modifiers, then the institution.
_NAMED = re.compile(
    r"\b(?P<np>(?:(?i:the|our|this|your)\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:[a-z][\w'-]*\s+){0,2}?"
    + "(?i:" + INSTITUTION + ")"
    + r")\b(?!'s|’s)",
)
_PLURAL = re.compile(r"(?:s|ies|police|magistrates)$", re.I)


def _institutions(sentences: list[Sentence], plural: bool) -> list[str]:
    """The institutions the sentences name, nearest last (singular or plural, as asked)."""
    named = []
    for s in sentences:
        for match in _NAMED.finditer(s.text):
            np_ = match.group("np").strip()
            if not re.match(r"^(?:the|our|this|your|[A-Z])", np_) or re.match(r"^an?\s", np_, re.I):
                continue  # a bare common noun ("council houses") or "a firm" names no one in particular
            if bool(_PLURAL.search(np_)) == plural:
                named.append(re.sub(r"^(?:the|our|this|your)\s+", "the ", np_, flags=re.I))
    return named


def named_institution(essay: Essay, sentence: Sentence, plural: bool) -> str | None:
    """The institution named nearest before this sentence in its paragraph (singular for "it", plural
    for "they"); failing that, for a sentence that opens its paragraph, the one institution the text has
    named before it (a letter's closing "It should …" after naming the council once); or None."""
    earlier = [s for s in essay.paragraph(sentence.paragraph) if s.index < sentence.index]
    near = _institutions(earlier[-LOOK_BACK:], plural)
    if near:
        return near[-1]
    if earlier:
        return None
    return _only_institution(" ".join(s.text for s in essay.sentences[: sentence.index]), plural)


# Every institution a text mentions, with all its modifiers ("the parish council", not "the parish").
_MENTION = re.compile(
    r"\b(?:the|our|this|your)\s+(?:(?!(?:the|of|a|an|and|or)\b)[\w'-]+\s+){0,3}?(?:" + INSTITUTION + r")\b"
    r"(?:\s+(?:" + INSTITUTION + r")\b)*",
    re.I,
)
# A place, not a body that acts: "this part of the county", "the town" (but "the county council" acts).
_PLACE = re.compile(r"\b(?:count(?:y|ies)|towns?|cit(?:y|ies)|boroughs?|parish(?:es)?)$", re.I)


def _only_institution(text: str, plural: bool) -> str | None:
    """The one institution a text names, however often ("the district council" … "the council"), or None
    when it names none or more than one."""
    names = [re.sub(r"^\w+\s+", "", m.group(0)) for m in _MENTION.finditer(text)]
    names = [n for n in names if bool(_PLURAL.search(n)) == plural and not _PLACE.search(n)]
    if not names:
        return None
    longest = max(names, key=len)
    if not all(longest.lower().endswith(n.lower()) for n in names):
        return None
    return "the " + longest


def with_actor(essay: Essay, sentence: Sentence) -> str | None:
    """The sentence with its pronoun subject replaced by the institution it stands for ("It should dredge
    the brook" → "the county council should dredge the brook"), or None when there is none."""
    match = _PRONOUN_PROPOSAL.match(sentence.text.strip())
    if match is None:
        return None
    plural = match.group("pronoun").lower() == "they"
    actor = (named_institution(essay, sentence, plural) or _asked_actor(essay, sentence)
             or (None if plural else _scheme_before(essay, sentence)))
    if actor is None:
        return None
    return f"{actor} {match.group('rest')}"


# A scheme the sentence before is about, as its subject: "The new farm payment scheme is being drawn up this
# year. It ought to pay farmers properly for laying hedges."
_SCHEME_SUBJECT = re.compile(
    r"^(?:the|this|our)\s+(?:[\w-]+\s+){0,4}?(?:scheme|programme|program|fund|policy|budget|bill|law|"
    r"settlement|strategy)\b(?=\s+(?:is|will|has|was|must|should|would)\b)", re.I)


def _scheme_before(essay: Essay, sentence: Sentence) -> str | None:
    """The scheme named as the subject of the sentence just before, in the same paragraph, or None."""
    if sentence.index == 0:
        return None
    before = essay.sentences[sentence.index - 1]
    found = _SCHEME_SUBJECT.match(before.text.strip()) if before.paragraph == sentence.paragraph else None
    return found.group(0).lower() if found else None


# The question an answer follows: "What should the government do?" (an interview's or an FAQ's).
_WHAT_TO_DO = re.compile(
    r"^(?:so\s+)?what\s+(?:should|must|can|could|ought)\s+(?P<actor>[^,;:?]{2,60}?)\s+(?:to\s+)?do\b[^?]*\?$",
    re.I)


def _asked_actor(essay: Essay, sentence: Sentence) -> str | None:
    """The actor of "What should X do?" just before an answer ("It should scrap the contract"), or None."""
    if sentence.index == 0:
        return None
    asked = _WHAT_TO_DO.match(essay.sentences[sentence.index - 1].text.strip())
    if asked is None or re.fullmatch(r"(?:we|you|I|they|it|he|she)", asked.group("actor"), re.I):
        return None
    return asked.group("actor")


# "They should be scrapped": a passive call whose pronoun stands for what the sentence before was about.
_PRONOUN_PASSIVE = re.compile(
    r"^(?P<lead>(?:(?:so|then|now|therefore|and|but)\s*,?\s+)*)(?P<pronoun>it|they)\s+"
    r"(?P<rest>(?:should|must|ought\s+to)\s+(?:\w+ly\s+)?be\s+[a-z]+(?:ed|en)\b.*)$",
    re.I,
)
# What may open a subject named again by a pronoun: a determiner or a noun, never a pronoun or a connective.
_NOT_SUBJECT = re.compile(r"^(?:it|they|this|that|there|we|i|you|he|she|but|and|so|yet|if|when|as)$", re.I)


def with_patient(essay: Essay, sentence: Sentence) -> str | None:
    """A passive call with a pronoun subject ("They should be scrapped") restated with the subject of the
    sentence before it in the paragraph ("Standardised tests at eleven should be scrapped"), where the two
    agree in number; None otherwise."""
    match = _PRONOUN_PASSIVE.match(sentence.text.strip())
    if match is None or sentence.index == 0:
        return None
    before = essay.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    from bot.drafting.grammar import VERBS, finite_at, tokens  # here: grammar reads this module's callers

    words = tokens(before.text.strip())
    at = finite_at(words, VERBS)
    if not 1 <= at <= 7 or _NOT_SUBJECT.match(words[0]) or any(not w.isalpha() for w in words[:at]):
        return None  # "Standardised tests at eleven do not measure …": the words before its verb
    np_ = " ".join(words[:at])
    if words[0].lower() not in essay.names:
        np_ = np_[:1].lower() + np_[1:]
    head = head_noun(np_)
    if (match.group("pronoun").lower() == "they") != head.lower().endswith("s"):
        return None
    return f"{np_} {match.group('rest')}"
