"""Rhetorical questions read as the claims they make.

Old argument often states its thesis as a question that expects one answer: "Is it not evident that
X?", "Who can doubt that X?", "What is X but Y?", "Is not X a Y?". Such a question asserts X (or "X is Y");
`assertion`
gives the claim, or None for a real question, which is never a thesis.
"""

from __future__ import annotations

import re

from bot.drafting.proposals import base_verb

_LEAD = r"^(?:(?:and|but|for|now|then|yet|nay|say|surely|indeed),?\s+)*"
# "Is it not evident that X?", "Is it not true, then, that X?", "Must it not be plain that X?"
_NOT_EVIDENT = re.compile(
    _LEAD + r"(?:is|was|must|will|would|can|does)\s+(?:it|this)\s+not\s+(?:be\s+|seem\s+|appear\s+)?"
    r"(?:then\s+|therefore\s+|also\s+)?(?:evident|plain|clear|certain|manifest|obvious|true|apparent|"
    r"undeniable|notorious|self-evident)(?:,\s*(?:then|therefore|sir|gentlemen)\s*,)?\s+that\s+(?P<claim>.+)\?$",
    re.I,
)
# "Who can doubt that X?", "Can any man deny that X?", "Will anyone pretend that X is Y?"
_WHO_DOUBTS = re.compile(
    _LEAD + r"(?:who\s+(?:can|will|could|would|shall|dare|dares)|(?:can|will|could|would|does|dare)\s+"
    r"(?:any\s*(?:one|man|body)|anybody|anyone|any\s+person|we|you))\s+(?:now\s+|seriously\s+|then\s+)?"
    r"(?:doubt|deny|dispute|question|pretend\s+that\s+it\s+is\s+false)\s+that\s+(?P<claim>.+)\?$",
    re.I,
)
# "Can it be doubted that X?", "Can it be denied that X?"
_BE_DOUBTED = re.compile(
    _LEAD + r"(?:can|could|will|shall)\s+it\s+(?:then\s+|now\s+)?be\s+(?:doubted|denied|disputed|questioned)"
    r"\s+that\s+(?P<claim>.+)\?$",
    re.I,
)
# "What is government itself, but the greatest of all reflections on human nature?" → "X is Y"
_WHAT_BUT = re.compile(
    _LEAD + r"what\s+(?P<verb>is|are|was|were)\s+(?P<subject>[^,?]{3,60}?),?\s+but\s+"
    r"(?P<predicate>[^?]{3,})\?$",
    re.I,
)


# "Is not the vote a trust?", "Are not the poor the first to suffer?": a negative question expects "yes".
_IS_NOT = re.compile(
    _LEAD + r"(?P<verb>is|are)\s+not\s+(?P<subject>(?:the|our|all|every|a|an)\s+"
    r"(?:(?!(?:a|an|the|than)\s)[\w'-]+\s+)"
    r"{0,4}?(?!(?:a|an|the|of|in|for|to|with|on|at|by|and|or|than)\s)[\w'-]+)\s+"
    # The predicate: a noun phrase, a likeness, or a comparison ("better than a town", "worth more than").
    r"(?P<predicate>(?:(?:a|an|the|as|more|less|far|one)\b|(?:\w+er|worse|worth(?:\s+\w+)?)\s+than\b)[^?]{3,})\?$",
    re.I,
)


# An exclamation that judges: "And how utterly fallacious the stereotyped notion that X!" → "the stereotyped
# notion that X is utterly fallacious".
_EXCLAIMED = re.compile(
    r"^(?:and\s+|but\s+|oh,?\s+)?how\s+(?P<adv>(?:utterly|very|truly|wholly|entirely|completely|deeply"
    r"|altogether|monstrously|absurdly)\s+)?(?P<adj>(?!(?:much|many|often|far|long|few|little|soon|well)\b)[a-z]{4,})"
    r"\s+(?P<verb>(?:is|are|was|were)\s+)?(?P<subject>(?:the|this|that|these|those|our|their|such|a|an)\s+[^!?]+?)"
    r"\s*[.!]$",
    re.I,
)


def exclaimed(sentence: str) -> str | None:
    """The claim an exclamation makes ("How utterly fallacious the notion that X!" → "The notion that X is
    utterly fallacious."), or None."""
    match = _EXCLAIMED.match(" ".join(sentence.split()))
    if match is None:
        return None
    verb = (match.group("verb") or "is ").strip().lower()
    subject = match.group("subject").strip().rstrip(",;")
    claim = f"{subject} {verb} {(match.group('adv') or '').lower()}{match.group('adj').lower()}"
    return claim[:1].upper() + claim[1:] + "."


def assertion(question: str) -> str | None:
    """The claim a rhetorical question makes ("Who can doubt that X?" → "X"), or None."""
    text = " ".join(question.split())
    if not text.endswith("?"):
        return None
    for pattern in (_NOT_EVIDENT, _WHO_DOUBTS, _BE_DOUBTED):
        match = pattern.match(text)
        if match:
            claim = match.group("claim").strip().rstrip(",;")
            return claim[:1].upper() + claim[1:] + "." if len(claim.split()) >= 3 else None
    negative = _IS_NOT.match(text)
    pronoun = negative and re.search(
        r"\b(?:it|this|that|these|those|they|he|she)$", negative.group("subject"), re.I
    )
    if negative and not pronoun:
        verb, predicate = negative.group("verb").lower(), negative.group("predicate").strip()
        claim = f"{negative.group('subject')} {verb} {predicate}"
        return claim[:1].upper() + claim[1:] + "."
    match = _WHAT_BUT.match(text)
    if match:
        subject = match.group("subject").strip()
        if re.match(r"^(?:it|this|that|these|those|they|he|she)\b", subject, re.I):
            return None  # "what is it but …": the subject is a pronoun, its referent elsewhere
        claim = f"{subject} {match.group('verb').lower()} {match.group('predicate').strip()}"
        return claim[:1].upper() + claim[1:] + "."
    return None


# A question of use, asked so the next sentences can answer it: "To what other objects shall these surpluses
# be appropriated …?", "To what purposes should the fund be applied?" (after an optional lead: "The question
# therefore now comes forward, …").
_USE_QUESTION = re.compile(
    r"^(?:[^?]{0,60}?,\s*)?to\s+what\s+(?:other\s+)?(?:objects?|purposes?|uses?|ends?)\s+"
    r"(?:shall|should|will|can|ought\s+to|may)\s+(?P<thing>[^,?]{3,60}?)\s+be\s+(?P<verb>[a-z]+ed)\b",
    re.I,
)
# The answer: "… prefer its continuance and application to the great purposes of the public education, roads,
# rivers, canals, and such other objects …", "the surplus should be devoted to schools and roads".
_USE_ANSWER = re.compile(
    r"\b(?:application|applied|apply|devoted|devote|appropriated|appropriation|employed|spent|given)\s+to\s+"
    r"(?:the\s+(?:great\s+|chief\s+|main\s+)?(?:purposes?|objects?|uses?)\s+of\s+)?(?P<uses>[^.;:?]+)",
    re.I,
)
_USES_END = re.compile(
    r",?\s+(?:and\s+)?(?:such|all|any)\s+other\b|,?\s+(?:as|which|that|whereby|by)\s+.*$", re.I
)
ANSWER_WITHIN = 3  # sentences after a question in which its answer is looked for


def answered_use(question: str, following: list[str], known: set[str]) -> str | None:
    """The proposal that a question of use and the answer after it make together: "To what objects shall
    these surpluses be appropriated?" … "… their application to the great purposes of the public education,
    roads, rivers, canals …" → "we should appropriate these surpluses to public education, roads, rivers and
    canals"; None when the question is not one of use or no answer follows within ANSWER_WITHIN sentences."""
    asked = _USE_QUESTION.match(" ".join(question.split()))
    if asked is None or not question.rstrip().endswith("?"):
        return None
    for text in following[:ANSWER_WITHIN]:
        answer = _USE_ANSWER.search(text)
        if answer is None or text.rstrip().endswith("?"):
            continue
        uses = _USES_END.split(answer.group("uses"), maxsplit=1)[0].strip(" ,")
        uses = re.sub(r"^the\s+", "", uses, flags=re.I)
        items = [item.strip() for item in re.split(r",\s*(?:and\s+)?", uses) if item.strip()]
        if not items or len(" ".join(items).split()) < 2:
            continue
        listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        verb = base_verb(asked.group("verb"), known | {"devote", "appropriate", "apply", "employ", "spend"})
        return f"we should {verb} {asked.group('thing').strip()} to {listed}"
    return None
